// Services on one machine: stored with their virtual IP and nodePorts allocated (as the API
// server allocates them), and made real by the controller process — the endpoints controller,
// kube-proxy (an nftables table of the state root's own) and cluster DNS (a dnsmasq of
// Debian's, fed a hosts file, forwarding every other name to the host's resolvers).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "loader/loader.h"
#include "model/selector.h"
#include "model/service.h"
#include "plan/services.h"
#include "pods/apply.h"
#include "pods/context.h"
#include "pods/observe.h"

namespace podrun::pods {

struct ServiceView {
  std::string ns, name;
  nlohmann::json object;  // as stored: clusterIP and nodePorts allocated
  model::Service service;
  std::map<std::string, std::string> labels() const { return service.metadata.labels; }
  nlohmann::json shown() const { return object; }
};
std::vector<ServiceView> list_services(const Context& ctx, const std::string& ns);  // "" = all
std::optional<ServiceView> find_service(const Context& ctx, const std::string& ns, const std::string& name);

// Step 3d of apply: each Service of the input stored, its clusterIP (from `service_cidr`,
// skipping the range's first eleven addresses, which clusters keep for the API and DNS) and
// NodePort ports (30000-32767) allocated unless given; an allocated clusterIP never changes.
// A Service that cannot be allocated (an address or port taken, outside the range) fails.
std::vector<ObjectResult> apply_services(const Context& ctx, const loader::LoadResult& loaded,
                                         const std::optional<model::Selector>& selector, const std::string& applyset,
                                         const std::string& service_cidr, bool dry_run, std::set<std::string>& keys);
std::vector<ObjectResult> prune_services(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                         const std::set<std::string>& keys, bool dry_run);
bool delete_service(const Context& ctx, const std::string& ns, const std::string& name);

// What the endpoints controller sees of the pods (their IP, readiness, labels, ports).
std::vector<plan::EndpointPod> endpoint_pods(const std::vector<PodView>& pods, ManifestCache& manifests);

// The cluster's DNS server for pods planned now: the pod network's gateway when the machine
// has a Service (stored, or in `loaded`), else "".
std::string cluster_dns_address(const Context& ctx, const loader::LoadResult& loaded, const std::string& pod_subnet);

// The controller process's part: the table and dnsmasq made equal to the Services and the
// pods (`leaving`: pods being deleted now, already no endpoints). Keeps dnsmasq running while
// there is a Service; removes the table, dnsmasq and its files with the last one.
class ServiceProxy {
 public:
  explicit ServiceProxy(Context ctx) : ctx_(std::move(ctx)) {}
  ~ServiceProxy();
  ServiceProxy(const ServiceProxy&) = delete;
  ServiceProxy& operator=(const ServiceProxy&) = delete;
  // The Services' table and DNS, and the NetworkPolicies' tables (pods/network_policies.h).
  // Returns the number of Services and NetworkPolicies; throws SysError when nft refuses a
  // ruleset.
  std::size_t sync(const std::vector<PodView>& pods, ManifestCache& manifests, const std::set<std::string>& leaving,
                   const std::string& pod_subnet, const std::string& bridge, const std::string& service_cidr,
                   const std::string& resolv_conf, std::vector<std::string>& changes);
  // The table and dnsmasq gone (the process stops; the Services stay stored).
  void stop_dns();

 private:
  void ensure_dnsmasq(const std::string& listen, const std::string& resolv_conf);
  std::size_t sync_policies(const std::vector<PodView>& pods, ManifestCache& manifests, const std::string& pod_subnet,
                            const std::string& bridge, std::vector<std::string>& changes);
  Context ctx_;
  std::string applied_;                 // the ruleset last loaded
  std::string applied_policies_;        // .. of the NetworkPolicies
  bool policy_tables_checked_ = false;  // tables an earlier controller process left, removed once
  int dnsmasq_pid_ = 0;
  std::string dnsmasq_listen_;
};

// The nftables table of a state root's Services: podrun_svc_<8 hex digits of the root>.
std::string services_table(const Context& ctx);

}  // namespace podrun::pods
