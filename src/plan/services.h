// Services as pure functions: which pods back each port (the endpoints controller), the
// nftables ruleset that load-balances a Service's virtual IP to them (kube-proxy's nftables
// mode, on one node), and the names the cluster's DNS server answers (CoreDNS's kubernetes
// plugin, as a hosts file for dnsmasq). The controller process (pods/services.h) feeds them
// what runs and applies what they return. Tested in tests/plan/services_test.cc.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/service.h"

namespace podrun::plan {

// A pod as the endpoints controller sees it.
struct EndpointPod {
  std::string ns, name, ip, hostname, subdomain;
  bool ready = false;        // the Ready condition
  bool terminating = false;  // being deleted: never an endpoint
  std::map<std::string, std::string> labels;
  struct Port {
    std::string name, protocol;
    int port = 0;
  };
  std::vector<Port> ports;  // the containers' ports
};

struct Backend {
  std::string pod, ip;
  int port = 0;
  bool ready = false;
};

// A Service (its clusterIP and nodePorts allocated) with the backends of each of its ports.
struct ServicePlan {
  model::Service service;
  std::vector<std::vector<Backend>> backends;  // by port, in the Service's port order
};

// The backends of each port: the pods of the Service's namespace its selector matches, with an
// address, not being deleted, Ready (or any, with publishNotReadyAddresses), whose containers
// have the target port (by name: the pod's port of that name and protocol). A Service without
// a selector has none.
ServicePlan service_plan(const model::Service& service, const std::vector<EndpointPod>& pods);

struct RulesetOptions {
  std::string table;         // the nftables table, ip family: one per state root
  std::string service_cidr;  // traffic to it that no rule translated is refused, never routed away
  // Pods' connections to a VIP are masqueraded (to the gateway): the endpoint may be a pod on
  // the same bridge, whose reply would otherwise go to the client at layer 2, past the host,
  // never translated back (unless br_netfilter is loaded, which podrun does not require).
  std::string pod_subnet;
  std::uint32_t masquerade_mark = 0x4000;
};
// The whole table, as `nft -f` takes it, replacing the previous one in one transaction:
//   nat prerouting/output → services: VIP:port (and NodePorts on the host's addresses) →
//   one chain per port picking an endpoint at random (numgen), or the client's last one
//   (sessionAffinity: ClientIP, a timed set per endpoint) → DNAT; a pod's connection is
//   masqueraded (see pod_subnet; a pod reaching itself is the hairpin case), and a VIP with no endpoint is refused
//   (TCP reset, ICMP for UDP) instead of leaving the machine.
std::string services_ruleset(const std::vector<ServicePlan>& services, const RulesetOptions& options);
// What removes the table (nothing when it is not there).
std::string services_ruleset_removal(const std::string& table);

// dnsmasq's hosts file: for each Service <name>.<ns>.svc.<domain> → its clusterIP, or, for a
// headless one, every backend's address; and <hostname>.<subdomain>.<ns>.svc.<domain> for each
// pod whose subdomain names a headless Service of its namespace (StatefulSet members, Indexed
// Jobs' pods). Sorted: equal input, equal file.
std::string dns_hosts(const std::vector<ServicePlan>& services, const std::vector<EndpointPod>& pods, const std::string& domain);

// kubectl's PORT(S) column: "80/TCP", "80:30080/TCP,53/UDP", "<none>".
std::string ports_column(const model::Service& service);

}  // namespace podrun::plan
