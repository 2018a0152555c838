// A pod's address on the node's bridge network, as a CNI bridge plugin gives one to a kubelet:
//
//   1. allocate_address: the next free address of the subnet (IPAM, under a lock);
//   2. attach_pod, once the pause holder owns the pod's network namespace: the bridge
//      (created on first use, the host at .1, refused when the subnet overlaps a route of this
//      host), a veth pair created with its peer already inside the pod's namespace as eth0,
//      the address, links up, the default route via the bridge;
//   3. on the way out, nothing to undo in the kernel: the pod's namespace going away takes its
//      veth with it (an explicit delete would block about 15 ms); release_address frees the
//      address.
#pragma once

#include <string>

#include "net/ipam.h"

namespace podrun::net {

struct NetworkConfig {
  std::string bridge = "podrun0";
  std::string subnet = "10.85.0.0/16";
  std::string state_dir;  // <state root>/network
};

struct PodAddress {
  std::string ip, gateway;
  int prefix = 16;
  std::string host_veth;  // the host's end, on the bridge
};

// The owner key of a pod's allocation.
std::string address_owner(const std::string& ns, const std::string& name, const std::string& uid);

// Throws std::runtime_error (bad subnet, subnet full).
PodAddress allocate_address(const NetworkConfig& cfg, const std::string& owner, const std::string& uid);
void release_address(const NetworkConfig& cfg, const std::string& owner);

// Throws SysError naming the step (and the overlapping route, for a subnet clash).
void attach_pod(const NetworkConfig& cfg, const PodAddress& addr, int pod_netns_fd);

}  // namespace podrun::net
