// NetworkPolicies on one machine: stored as applied, and enforced by the controller process,
// which turns them and the pods that run into the nftables tables of plan/network_policy.h on
// every pass (a pod's address, labels or namespace changing changes the rules). As on a
// cluster, enforcement follows the objects within a moment, not within the apply: a pod that
// starts is reachable until the next pass (half a second) has its rules.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "loader/loader.h"
#include "model/network_policy.h"
#include "model/selector.h"
#include "plan/network_policy.h"
#include "pods/apply.h"
#include "pods/context.h"
#include "pods/observe.h"

namespace podrun::pods {

struct NetworkPolicyView {
  std::string ns, name;
  nlohmann::json object;  // as applied, with uid and creationTimestamp
  model::NetworkPolicy policy;
  std::map<std::string, std::string> labels() const { return policy.metadata.labels; }
  nlohmann::json shown() const { return object; }
};
std::vector<NetworkPolicyView> list_network_policies(const Context& ctx, const std::string& ns);  // "" = all

// Step 3e of apply: each NetworkPolicy of the input stored (kept when unchanged).
std::vector<ObjectResult> apply_network_policies(const Context& ctx, const loader::LoadResult& loaded,
                                                 const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                                 std::set<std::string>& keys);
std::vector<ObjectResult> prune_network_policies(const Context& ctx, const std::string& applyset,
                                                 const std::optional<model::Selector>& selector, const std::set<std::string>& keys,
                                                 bool dry_run);
bool delete_network_policy(const Context& ctx, const std::string& ns, const std::string& name);

// What the policies see of the pods: those with an address on the pod network (not
// hostNetwork), their labels and named ports; and every namespace's labels.
std::vector<plan::PolicyPod> policy_pods(const std::vector<PodView>& pods, ManifestCache& manifests);
std::vector<plan::PolicyNamespace> policy_namespaces(const Context& ctx);

// The nftables tables (inet and bridge) of a state root's policies: podrun_np_<8 hex digits>.
std::string network_policy_table(const Context& ctx);

}  // namespace podrun::pods
