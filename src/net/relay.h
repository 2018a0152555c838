// hostPorts of a rootless pod: the kernel cannot DNAT from the host's network into a network
// namespace an ordinary user owns, so a relay copies instead (podman's rootlessport does the
// same). The relay runs in the session's network namespace, where the pod's address is
// reachable, and holds sockets bound on the host's network (a socket keeps the namespace it
// was made in): each TCP connection accepted there gets a connection of its own to the pod,
// each UDP peer a socket of its own, idle for 30 s at most.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/fd.h"

namespace podrun::net {

struct RelayPort {
  UniqueFd host_socket;  // TCP: listening; UDP: bound
  bool udp = false;
  std::string pod_ip;  // IPv4
  std::uint16_t pod_port = 0;
};

// Copies until the process is killed; returns only when it cannot poll.
void run_relay(std::vector<RelayPort>& ports);

}  // namespace podrun::net
