// Addresses for pods on the node's bridge network: the CIDR arithmetic and the choice of a
// free address are pure (tests/net/ipam_test.cc); the allocations live in
// /run/podrun-net/<bridge>.json, read and written under /run/podrun-net/lock, so concurrent
// applies never hand out one address twice and a restart of podrun forgets nothing. The
// tables are machine-wide, as the bridge is: pods of every --root on one bridge share its
// subnet (each owner names its pod's directory), and /run empties them at a reboot, when no
// pod runs any more.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "common/run_dirs.h"

namespace podrun::net {

// Where the allocation tables are, unless told otherwise: /run/podrun-net, or the rootless
// session's own (common/run_dirs.h).
inline std::string address_dir() { return shared_run_dir("podrun-net"); }

struct Subnet {
  std::uint32_t network = 0;  // host byte order, host bits zero
  int prefix = 16;
  std::uint32_t gateway() const { return network + 1; }  // the bridge's address
  std::uint32_t broadcast() const { return network | ~mask(); }
  std::uint32_t mask() const { return prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix); }
  bool contains(std::uint32_t ip) const { return (ip & mask()) == network; }
  bool overlaps(const Subnet& o) const {
    std::uint32_t m = prefix < o.prefix ? mask() : o.mask();
    return (network & m) == (o.network & m);
  }
};

// "10.85.0.0/16"; nullopt when it is not an IPv4 CIDR with a prefix of 8..30.
std::optional<Subnet> parse_cidr(const std::string& text);
std::string ip_string(std::uint32_t ip);  // dotted quad
std::optional<std::uint32_t> parse_ip(const std::string& text);

// The lowest free address for a pod: after the gateway, before the broadcast address.
std::optional<std::uint32_t> first_free(const Subnet& s, const std::set<std::uint32_t>& used);

// A route of /proc/net/route (its text) whose destination overlaps `s` on an interface other
// than `own_bridge`: "eth0 10.0.0.0/8"; nullopt when there is none.
std::optional<std::string> overlapping_route(const Subnet& s, const std::string& proc_net_route, const std::string& own_bridge);

class Ipam {
 public:
  Ipam(std::string state_dir, std::string bridge, Subnet subnet);
  // The owner's address (the same one again if it has one); throws std::runtime_error when
  // the subnet is full or was allocated from with another subnet.
  std::string allocate(const std::string& owner);
  void release(const std::string& owner);
  // The address of `from` becomes `to`'s, in one transaction (a pooled sandbox adopted by its
  // pod); false when `from` has none.
  bool reassign(const std::string& from, const std::string& to);
  std::map<std::string, std::string> allocations();  // address → owner
  // Drops the allocations whose owner `alive` says is gone; returns how many remain.
  std::size_t prune(const std::function<bool(const std::string& owner)>& alive);
  // Removes the table when it holds no address (its bridge is gone: the next pod may bring
  // another subnet); false when an allocation came in meanwhile or there was no table.
  bool remove_if_empty();

 private:
  std::string dir_, bridge_;
  Subnet subnet_;
};

}  // namespace podrun::net
