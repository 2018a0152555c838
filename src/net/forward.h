// port-forward's kernel side: listening sockets on the host, and connections made inside a
// pod's network namespace. A socket keeps the network namespace it was created in, so the
// thread enters the pod's namespace only for socket(2) and returns at once; the connect and
// all the copying then happen from the host's side. That is why a port that listens only on
// the pod's loopback (not on its address) is reachable, as through kubelet's port-forward.
#pragma once

#include <cstdint>
#include <string>

#include "common/fd.h"

namespace podrun::net {

// A non-blocking TCP listener on `address` (an IPv4 or IPv6 literal) and `port` (0: the
// kernel picks one). Throws SysError naming the address, e.g. "listen on 127.0.0.1:8080:
// bind: Address already in use".
UniqueFd listen_tcp(const std::string& address, std::uint16_t port);

// The port a listener is bound to (after port 0).
std::uint16_t bound_port(int listener);

// A TCP connection to `port` on the loopback of the network namespace `netns_fd`: 127.0.0.1
// first, then ::1, as the CRI's port-forward dials "localhost". Returned connected, in
// non-blocking mode. Throws SysError with both attempts' errors when neither answers.
UniqueFd connect_in_netns(int netns_fd, std::uint16_t port);

}  // namespace podrun::net
