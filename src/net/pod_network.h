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

// The pod network's defaults, in one place: the bridge made on first use, and its subnet
// (the host is its .1). `apply --bridge` and `--subnet` choose others.
inline constexpr const char* kDefaultBridge = "podrun0";
inline constexpr const char* kDefaultSubnet = "10.85.0.0/16";

struct NetworkConfig {
  std::string bridge = kDefaultBridge;
  std::string subnet = kDefaultSubnet;
  std::string state_dir = address_dir();  // the allocation tables (net/ipam.h)
};

struct PodAddress {
  std::string ip, gateway;
  int prefix = 16;
  std::string host_veth;  // the host's end, on the bridge
};

// The owner key of a pod's allocation: "<pod dir> <uid>". The pod's directory says which state
// root it belongs to: tables are machine-wide, shared by every --root on a bridge.
std::string address_owner(const std::string& pod_dir, const std::string& uid);

// The host's end of a veth into the network namespace whose inode is `netns_inode`: `prefix`
// ("pr" for a pod's, "pp" for one made in a pooled sandbox) and the inode in decimal, as
// /proc/PID/ns/net shows it ("net:[4026532291]": pr4026532291, 12 characters). Unique among
// the host's links by construction: no two live namespaces share an inode, and a namespace's
// veth is gone before the kernel frees its inode. A pod deleted and applied again, whose old
// namespace the kernel may not have torn down yet, so never meets its old veth's name (taking
// that away by hand waited 10-40 ms for its unregistration).
std::string pod_veth_name(const char* prefix, unsigned long netns_inode);

// Throws std::runtime_error (bad subnet, subnet full).
PodAddress allocate_address(const NetworkConfig& cfg, const std::string& owner);
void release_address(const NetworkConfig& cfg, const std::string& owner);
// A pooled sandbox's address handed to its pod (net/ipam.h Ipam::reassign). Throws
// std::runtime_error when `from` holds none (a gc took it: the pod starts without the pool's).
void reassign_address(const NetworkConfig& cfg, const std::string& from, const std::string& to);

// The veth into `pod_netns_fd`, named by pod_veth_name(`veth_prefix`, its inode) into
// addr.host_veth, on the bridge; eth0 with the address. Throws SysError naming the step (and
// the overlapping route, for a subnet clash).
void attach_pod(const NetworkConfig& cfg, PodAddress& addr, int pod_netns_fd, const char* veth_prefix = "pr");

// The inverse of the bridge's making: when nothing is plugged into `bridge` any more (a veth
// of a pod deleted a moment ago goes with its network namespace, within milliseconds: it is
// given a second), the bridge and its nftables table go. false when something is still
// plugged in (another state root's pods may share the bridge). Throws SysError.
bool remove_bridge_if_unused(const std::string& bridge);

}  // namespace podrun::net
