// hostPort, forwarded by the pod's supervisor: a listening socket on the host for each TCP
// hostPort, and for each connection a relay to the pod's address and containerPort.
//
// Why a proxy rather than a DNAT rule: it reaches the pod from 127.0.0.1 too (DNAT of local
// traffic to another address needs route_localnet and a masquerade rule, as kube-proxy
// does), it changes nothing in the host's firewall, and two pods asking for one port collide
// where they should, at bind(2). The price: the pod sees the host's bridge address as the
// client, not the original one, and bytes cross user space (docs/network.md).
#pragma once

#include <sys/epoll.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "exec/sys.h"

namespace podrun::supervisor {

struct Forward {
  std::string host_ip;  // "" = 0.0.0.0
  int host_port = 0;
  std::string pod_ip;
  int container_port = 0;
};

class PortForwarder {
 public:
  // `watch(fd, events)` adds or changes an fd in the caller's epoll set, `unwatch(fd)` removes it.
  PortForwarder(std::function<void(int, std::uint32_t)> watch, std::function<void(int)> unwatch)
      : watch_(std::move(watch)), unwatch_(std::move(unwatch)) {}
  // Binds every listener; throws exec::ExecError ("hostPort 18080: bind: Address already in use").
  void listen(const std::vector<Forward>& forwards);
  bool owns(int fd) const { return listeners_.count(fd) || ends_.count(fd); }
  void on_event(int fd, std::uint32_t events);
  void close_all();

 private:
  struct Relay;
  void accept_on(int listener);
  void pump(Relay& r, bool from_client);
  void finish(const std::shared_ptr<Relay>& r);
  std::function<void(int, std::uint32_t)> watch_;
  std::function<void(int)> unwatch_;
  std::map<int, std::pair<exec::UniqueFd, Forward>> listeners_;
  std::map<int, std::shared_ptr<Relay>> ends_;  // both fds of each relay
};

}  // namespace podrun::supervisor
