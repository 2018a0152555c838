// NetworkPolicies as pure functions: the verdict the API's semantics give one new connection,
// the policies that isolate a pod, and the nftables ruleset that enforces them on podrun's
// bridge. The controller process (pods/) feeds them what runs and applies what they return
// with `nft -f`. Tested in tests/plan/network_policy_test.cc.
//
// The semantics, as the NetworkPolicy API documents them: a pod is isolated for ingress when
// a policy of its namespace selects it and lists Ingress in its policyTypes (egress alike). A
// connection from S to D is allowed iff
//   (D is not ingress-isolated, or an ingress rule of a policy selecting D allows S and the port)
//   and (S is not egress-isolated, or an egress rule of a policy selecting S allows D and the port).
// Rules add up; nothing denies what another policy allows. Named ports resolve against the
// destination pod's container ports (name and protocol), in both directions, so a destination
// that is not a pod never matches one.
//
// ipBlock matches addresses, pod addresses included: the API leaves the cluster-internal
// meaning of ipBlock to the implementation (Calico and Cilium match pods' own addresses too,
// others only what is outside the cluster); on one machine with one bridge, matching by address
// is the rule a reader can check with `ip addr`.
//
// IPv4 only: pods' IPv6 link-local traffic (fe80::, if their netns has IPv6) is not matched by
// these rules; pod setup is where to turn it off.
//
// Traffic the host itself sends (probes, `curl` from the host, a hostNetwork pod) is never
// filtered, as the API allows for the pod's own node and as most CNI plugins do; replies of
// established connections always pass.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/network_policy.h"

namespace podrun::plan {

// A pod with an IPv4 address on podrun's bridge (hostNetwork pods are not passed).
struct PolicyPod {
  std::string ns, name, ip;
  std::map<std::string, std::string> labels;
  struct Port {
    std::string name, protocol;
    int port = 0;
  };
  std::vector<Port> ports;  // its containers' ports: named ports resolve against these
};

// A namespace's labels for namespaceSelector. kubernetes.io/metadata.name=<name> is added when
// missing, as the API server does; a namespace that pods use but that is not listed has only it.
struct PolicyNamespace {
  std::string name;
  std::map<std::string, std::string> labels;
};

// The verdict for one new connection from src_ip to dst_ip (protocol "TCP", "UDP", ... and the
// destination port; port 0 for protocols without ports). An address that is no pod's is
// outside: never isolated, matched by ipBlocks only. The node exemption is the caller's: host
// traffic never meets the ruleset.
bool policy_allows(const std::vector<model::NetworkPolicy>& policies, const std::vector<PolicyPod>& pods,
                   const std::vector<PolicyNamespace>& namespaces, const std::string& src_ip, const std::string& dst_ip,
                   const std::string& protocol, int port);

// The names of the policies that isolate `pod` for ingress (or egress), sorted.
std::vector<std::string> policies_selecting(const std::vector<model::NetworkPolicy>& policies, const PolicyPod& pod, bool egress);

struct PolicyRulesetOptions {
  std::string table;       // the tables' name: an inet and a bridge table of that name
  std::string pod_subnet;  // "10.85.0.0/16": traffic neither from nor to it is let through at once
  // The bridge table's `ct state` needs bridge conntrack (nf_conntrack_bridge, a module of
  // Debian's kernel, loaded by nft on demand); without it nft refuses the whole ruleset
  // ("Could not process rule: Protocol error"). A host whose bridged frames already pass the
  // inet hooks (br_netfilter with net.bridge.bridge-nf-call-iptables=1) needs no bridge table:
  // false leaves it out (the removal still deletes an older one).
  bool bridge_table = true;
  // The pod network's bridge: IPv6 forwarded on it (pods' link-local addresses, which no rule
  // names) is dropped while a policy isolates a pod. "" leaves IPv6 alone.
  std::string bridge = "";
};

// Both tables, as `nft -f` takes them, replacing the previous ones in one transaction:
//
//   table inet T {                         the host routes: pod → Service VIP (after DNAT),
//     chain in_0 { ip saddr {…} tcp dport 80 return; drop }      pod → outside, outside → pod
//     chain eg_1 { … return; drop }
//     chain forward { filter hook forward; ct state established,related accept;
//                     ip daddr <isolated pod> jump in_0 …; ip saddr <isolated pod> jump eg_1 … }
//     chain input   { filter hook input; established accept; ip saddr <pod> jump eg_N … }
//   }
//   table bridge T { the same in_/eg_ chains; chain forward { the same jumps } }
//                                          the bridge switches pod → pod frames itself
//
// One allow chain per isolated pod and direction, named by the pod's index in (ns, name)
// order: its allowed (peer, port) combinations return, the rest is dropped. Ingress jumps come
// first, so an allowed packet returns to the egress check of its source. With no isolated pod,
// only the removal. Equal input, byte-equal output.
std::string network_policy_ruleset(const std::vector<model::NetworkPolicy>& policies, const std::vector<PolicyPod>& pods,
                                   const std::vector<PolicyNamespace>& namespaces, const PolicyRulesetOptions& options);
// What removes both tables (nothing when they are not there).
std::string network_policy_ruleset_removal(const std::string& table);

}  // namespace podrun::plan
