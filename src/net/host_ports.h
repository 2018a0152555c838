// hostPort, as the CNI portmap plugin does it: DNAT in the kernel, nothing in user space.
//
// For each pod with host ports, a table of its own, loaded with one `nft -f` when the pod's
// network is up and deleted with the pod:
//
//   table ip podrun_hp_<uid> {
//     chain prerouting  { type nat hook prerouting priority dstnat; fib daddr type local [ip daddr HOSTIP] tcp dport HP dnat to POD:CP }
//     chain output      { type nat hook output priority -100;       the same rules (the host's own connections, 127.0.0.1 too) }
//     chain postrouting { type nat hook postrouting priority srcnat; ct status dnat ip saddr { 127.0.0.0/8, SUBNET } ip daddr POD
//     masquerade }
//   }
//
// `fib daddr type local`: only traffic for this host is taken, never traffic it forwards
// (the portmap plugin's CVE-like bug #1209). The masquerade makes replies come back through
// the host for clients the pod would otherwise answer directly: the host itself (127.0.0.1,
// which also needs route_localnet on the bridge, see net/nat.h for the guard that goes with
// it) and other pods on the bridge (hairpin).
//
// A connection flood to a host port is the pod's to bear: no descriptor of the supervisor is
// involved (a relay in user space was starved by 9,995 connections, and the pod's probes
// with it). Two pods (or a host program) claiming one port still collide where they should:
// the supervisor holds a bound, never-listening socket per host port, so a second bind fails
// with EADDRINUSE, and the port stays the pod's for as long as it lives.
#pragma once

#include <string>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"

namespace podrun::net {

struct HostPort {
  std::string host_ip;  // "" = every address of the host
  int host_port = 0;
  int container_port = 0;
  enum class Transport { Tcp, Udp } transport = Transport::Tcp;  // SCTP: the loader refuses it
};

std::string host_port_table(const std::string& pod_uid);  // podrun_hp_<11 hex digits>

// The ruleset above (pure; tested). `owner` goes into the table's comment (the pod's
// directory and uid), so that gc can tell whose it is when the pod is gone.
std::string host_port_ruleset(const std::string& table, const std::string& owner, const std::string& subnet_cidr, const std::string& pod_ip,
                              const std::vector<HostPort>& ports);

// One bound socket per host port, held for the pod's life. Throws SysError naming the
// port ("hostPort 18080 (another pod or program uses it): bind `0.0.0.0:18080`: Address
// already in use").
std::vector<UniqueFd> reserve_host_ports(const std::vector<HostPort>& ports);

// Loads the pod's table (replacing an older one of the same name); throws SysError
// with nft's message.
void add_host_ports(const std::string& table, const std::string& ruleset);
// Removes it; nothing when it is not there.
void remove_host_ports(const std::string& table);
// The tables of this kind that exist, with their owner comments (for gc: those of pods that
// are gone).
std::vector<std::pair<std::string, std::string>> host_port_tables();

}  // namespace podrun::net
