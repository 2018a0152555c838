// A NetworkPolicy (networking.k8s.io/v1), typed: which pods it selects, which directions it
// isolates them in, and the (peer, port) combinations it allows. podrun's pods have IPv4
// addresses only, so an IPv6 ipBlock is kept (the API takes it) but never matches. Checked
// and decoded by loader/network_policies.cc; turned into verdicts and an nftables ruleset by
// plan/network_policy.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/model.h"
#include "model/selector.h"

namespace podrun::model {

// One item of `from` (ingress) or `to` (egress): pods by label (with a namespace selector:
// in the namespaces it selects; without: in the policy's own namespace), or addresses.
struct NetworkPolicyPeer {
  std::optional<Selector> pod_selector, namespace_selector;  // present but empty: all pods / namespaces
  std::string cidr;                                          // ipBlock: "" when the peer has none
  std::vector<std::string> except;                           // ipBlock.except: within cidr
};

struct NetworkPolicyPort {
  std::string protocol = "TCP";  // TCP, UDP (SCTP is refused by podrun's checks)
  int port = 0;                  // 0 and no port_name: every port of the protocol
  std::string port_name;         // a named container port of the destination pod
  int end_port = 0;              // 0: port alone; else the range port..end_port
};

// Empty peers: every peer; empty ports: every port and protocol.
struct NetworkPolicyRule {
  std::vector<NetworkPolicyPeer> peers;
  std::vector<NetworkPolicyPort> ports;
};

struct NetworkPolicy {
  ObjectMeta metadata;
  Selector pod_selector;  // empty: every pod of the namespace
  // policyTypes, with the API's default when it is not given: Ingress always, Egress when the
  // policy has egress rules. A direction the policy does not list ignores its rules.
  bool ingress_isolated = true;
  bool egress_isolated = false;
  std::vector<NetworkPolicyRule> ingress, egress;
  std::string file;
  Mark mark;
};

}  // namespace podrun::model
