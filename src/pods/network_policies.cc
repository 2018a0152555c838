#include "pods/network_policies.h"

#include <cstdio>

#include "common/clock.h"
#include "loader/network_policies.h"
#include "pods/workloads.h"
#include "state/pod_state.h"

namespace podrun::pods {

using nlohmann::json;
using Kind = state::StateStore::ObjectKind;

std::vector<NetworkPolicyView> list_network_policies(const Context& ctx, const std::string& ns) {
  std::vector<NetworkPolicyView> out;
  for (const auto& o : state::StateStore(ctx.state_root).objects(Kind::NetworkPolicy, ns)) {
    json obj = json::parse(o.text, nullptr, false);
    if (obj.is_object()) out.push_back({o.ns, o.name, obj, loader::decode_network_policy(obj)});
  }
  return out;
}

std::vector<ObjectResult> apply_network_policies(const Context& ctx, const loader::LoadResult& loaded,
                                                 const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                                 std::set<std::string>& keys) {
  std::vector<ObjectResult> out;
  state::StateStore store(ctx.state_root);
  for (const auto& np : loaded.network_policies) {
    if (selector && !selector->matches(np.metadata.labels)) continue;
    const std::string& ns = np.metadata.ns;
    const std::string& name = np.metadata.name;
    keys.insert("networkpolicy/" + ns + "/" + name);
    json obj;
    for (const auto& o : loaded.objects)
      if (o.value("kind", "") == "NetworkPolicy" && o["metadata"].value("name", "") == name &&
          o["metadata"].value("namespace", "default") == ns)
        obj = o;
    if (obj.is_null()) continue;
    obj["metadata"]["namespace"] = ns;
    if (!applyset.empty()) obj["metadata"]["labels"][kApplySetLabel] = applyset;
    ObjectResult r{"networkpolicy", ns, name, ObjectResult::Outcome::Created, ""};
    json before = json::parse(store.load_object(Kind::NetworkPolicy, ns, name).value_or("null"), nullptr, false);
    if (before.is_object()) {
      for (const char* k : {"uid", "creationTimestamp", "generation"}) obj["metadata"][k] = before["metadata"][k];
      r.outcome = before == obj ? ObjectResult::Outcome::Unchanged : ObjectResult::Outcome::Configured;
    } else {
      obj["metadata"]["uid"] = new_uid();
      obj["metadata"]["generation"] = 1;
      obj["metadata"]["creationTimestamp"] = now_rfc3339();
    }
    if (!dry_run && r.outcome != ObjectResult::Outcome::Unchanged) store.save_object(Kind::NetworkPolicy, ns, name, obj.dump());
    out.push_back(r);
  }
  return out;
}

std::vector<ObjectResult> prune_network_policies(const Context& ctx, const std::string& applyset,
                                                 const std::optional<model::Selector>& selector, const std::set<std::string>& keys,
                                                 bool dry_run) {
  std::vector<ObjectResult> out;
  for (const auto& p : list_network_policies(ctx, "")) {
    auto labels = p.labels();
    auto member = labels.find(kApplySetLabel);
    if (member == labels.end() || member->second != applyset) continue;
    if (selector && !selector->matches(labels)) continue;
    if (keys.count("networkpolicy/" + p.ns + "/" + p.name)) continue;
    if (!dry_run) delete_network_policy(ctx, p.ns, p.name);
    out.push_back({"networkpolicy", p.ns, p.name, ObjectResult::Outcome::Pruned, ""});
  }
  return out;
}

bool delete_network_policy(const Context& ctx, const std::string& ns, const std::string& name) {
  return state::StateStore(ctx.state_root).remove_object(Kind::NetworkPolicy, ns, name);
}

std::vector<plan::PolicyPod> policy_pods(const std::vector<PodView>& pods, ManifestCache& manifests) {
  std::vector<plan::PolicyPod> out;
  for (const auto& pod : pods) {
    const json& m = manifests.of(pod);
    if (pod.state.pod_ip.empty() || !m.is_object()) continue;
    const json spec = m.value("spec", json::object());
    if (spec.value("hostNetwork", false)) continue;  // the host's address: the node, never isolated
    plan::PolicyPod p;
    p.ns = pod.state.ns;
    p.name = pod.state.name;
    p.ip = pod.state.pod_ip;
    const json labels = m.value("metadata", json::object()).value("labels", json::object());
    for (auto it = labels.begin(); it != labels.end(); ++it)
      if (it.value().is_string()) p.labels[it.key()] = it.value().get<std::string>();
    for (const char* list : {"containers", "initContainers"})
      for (const auto& c : spec.value(list, json::array()))
        for (const auto& port : c.value("ports", json::array()))
          p.ports.push_back({port.value("name", ""), port.value("protocol", "TCP"), port.value("containerPort", 0)});
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<plan::PolicyNamespace> policy_namespaces(const Context& ctx) {
  std::vector<plan::PolicyNamespace> out;
  for (const auto& [name, labels] : state::StateStore(ctx.state_root).namespaces()) out.push_back({name, labels});
  return out;
}

std::string network_policy_table(const Context& ctx) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : ctx.state_root) {
    h ^= c;
    h *= 16777619u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "podrun_np_%08x", h);
  return buf;
}

}  // namespace podrun::pods
