// rtnetlink, the few requests a pod's network needs, written out (no library, no `ip`):
// kernel-costs.md measured six `ip` commands at 13.5 ms and these messages at about 1 ms.
//
// A socket acts in the network namespace it was opened in: `Netlink::in_namespace(fd)` opens
// one inside a pod's namespace (setns there and back, from a single-threaded process), so the
// pod side of a veth is configured without entering the pod.
#pragma once

#include <netinet/in.h>

#include <cstdint>
#include <string>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"

namespace podrun::net {

class Netlink {
 public:
  Netlink();                                  // in the caller's network namespace
  static Netlink in_namespace(int netns_fd);  // in another one

  // ifindex of `name`, or 0 when there is no such link.
  int link_index(const std::string& name);
  void create_bridge(const std::string& name);
  // A veth pair: `host_name` here, enslaved to `master_index`, and its peer created directly
  // inside the namespace `peer_netns_fd` as `peer_name` (no move afterwards: moving a link
  // between namespaces waits for an RCU grace period, about 16 ms here).
  void create_veth(const std::string& host_name, int master_index, const std::string& peer_name, int peer_netns_fd);
  void set_up(int index);
  void add_address(int index, in_addr addr, int prefix);
  void add_default_route(in_addr gateway);
  // Drops the neighbour (ARP) entry of `addr` on link `index`; none is not an error.
  void forget_neighbor(int index, in_addr addr);
  void delete_link(int index);

 private:
  explicit Netlink(UniqueFd fd) : fd_(std::move(fd)) {}
  // Sends one request and waits for its acknowledgement; throws SysError naming `what`.
  void request(void* msg, std::size_t len, const std::string& what);
  // The kernel's answer as an errno (0: done); the socket's own failures still throw.
  int request_errno(void* msg, std::size_t len, const std::string& what);
  UniqueFd fd_;
  std::uint32_t seq_ = 1;
};

}  // namespace podrun::net
