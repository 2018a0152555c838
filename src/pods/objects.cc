#include "pods/objects.h"

#include <algorithm>

#include "common/files.h"
#include "common/log.h"
#include "common/process.h"
#include "exec/pod_setup.h"
#include "image/credentials.h"
#include "loader/decode.h"
#include "plan/planner.h"
#include "pods/inputs.h"

namespace podrun::pods {

using nlohmann::json;

const char* object_kind_name(ObjectKind kind) { return kind == ObjectKind::Secret ? "secret" : "configmap"; }

std::optional<ObjectKind> parse_object_kind(const std::string& word) {
  if (word == "configmap" || word == "configmaps" || word == "cm") return ObjectKind::ConfigMap;
  if (word == "secret" || word == "secrets") return ObjectKind::Secret;
  return std::nullopt;
}

namespace {

const char* api_kind(ObjectKind kind) { return kind == ObjectKind::Secret ? "Secret" : "ConfigMap"; }

std::string object_key(ObjectKind kind, const std::string& ns, const std::string& name) {
  return std::string(object_kind_name(kind)) + "/" + ns + "/" + name;
}

// The keys an object holds: data and binaryData (ConfigMap), data and stringData (Secret).
std::set<std::string> keys_of(const json& obj) {
  std::set<std::string> keys;
  for (const char* field : {"data", "binaryData", "stringData"})
    if (obj.contains(field) && obj[field].is_object())
      for (auto it = obj[field].begin(); it != obj[field].end(); ++it) keys.insert(it.key());
  return keys;
}

// What a workload reads of an object: its keys and values, decoded (a Secret's data is
// base64, its stringData plain; a ConfigMap's binaryData base64).
std::map<std::string, std::string> contents_of(ObjectKind kind, const json& obj) {
  std::map<std::string, std::string> out;
  auto add = [&](const char* field, bool base64) {
    if (!obj.contains(field) || !obj[field].is_object()) return;
    for (auto it = obj[field].begin(); it != obj[field].end(); ++it)
      if (it.value().is_string())
        out[it.key()] = base64 ? loader::base64_decode(it.value().get<std::string>()) : it.value().get<std::string>();
  };
  add("data", kind == ObjectKind::Secret);
  add("binaryData", true);
  add("stringData", false);  // the API server merges it over data
  return out;
}

bool immutable(const json& obj) { return obj.contains("immutable") && obj["immutable"].is_boolean() && obj["immutable"].get<bool>(); }

// The object without what the store adds to it, for comparing with an input's.
json as_written(json obj) {
  if (obj.contains("metadata") && obj["metadata"].is_object()) obj["metadata"].erase("creationTimestamp");
  return obj;
}

// The API server's ValidateConfigMapUpdate / ValidateSecretUpdate: "" when `after` may
// replace `before`, else its Forbidden (or Invalid) message.
std::string update_forbidden(ObjectKind kind, const std::string& name, const json& before, const json& after) {
  const std::string who = std::string(api_kind(kind)) + " \"" + name + "\" is invalid: ";
  if (kind == ObjectKind::Secret) {
    std::string t0 = before.value("type", "Opaque"), t1 = after.value("type", "Opaque");
    if (t0 != t1) return who + "type: Invalid value: \"" + t1 + "\": field is immutable";
  }
  if (!immutable(before)) return "";
  if (!immutable(after)) return who + "immutable: Forbidden: field is immutable when `immutable` is set";
  if (contents_of(kind, before) != contents_of(kind, after)) return who + "data: Forbidden: field is immutable when `immutable` is set";
  return "";
}

std::optional<json> parse(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  return j;
}

std::map<std::string, std::string> labels_of(const json& obj) {
  std::map<std::string, std::string> out;
  if (!obj.contains("metadata") || !obj["metadata"].is_object() || !obj["metadata"].contains("labels")) return out;
  const json& labels = obj["metadata"]["labels"];
  if (!labels.is_object()) return out;
  for (auto it = labels.begin(); it != labels.end(); ++it)
    if (it.value().is_string()) out[it.key()] = it.value().get<std::string>();
  return out;
}

// A pod's manifest has a volume whose files come from objects or its own metadata.
bool has_projected_volume(const json& pod) {
  if (!pod.contains("spec") || !pod["spec"].is_object() || !pod["spec"].contains("volumes") || !pod["spec"]["volumes"].is_array())
    return false;
  for (const auto& v : pod["spec"]["volumes"])
    if (v.is_object() && (v.contains("configMap") || v.contains("secret") || v.contains("downwardAPI") || v.contains("projected")))
      return true;
  return false;
}

// The input's ConfigMaps and Secrets that `selector` matches, as apply stores them (with the
// set's label when `applyset` is given).
struct InputObject {
  ObjectKind kind;
  std::string ns, name;
  json object;
};
std::vector<InputObject> input_objects(const loader::LoadResult& loaded, const std::optional<model::Selector>& selector,
                                       const std::string& applyset) {
  std::vector<InputObject> out;
  for (const auto& input : loaded.objects) {
    const std::string k = input.value("kind", "");
    if (k != "ConfigMap" && k != "Secret") continue;
    if (selector && !selector->matches(labels_of(input))) continue;
    json obj = input;
    if (!applyset.empty()) obj["metadata"]["labels"][kApplySetLabel] = applyset;
    out.push_back({k == "Secret" ? ObjectKind::Secret : ObjectKind::ConfigMap, obj["metadata"].value("namespace", "default"),
                   obj["metadata"].value("name", ""), obj});
  }
  return out;
}

}  // namespace

std::size_t StoredObjectView::data_count() const { return keys_of(object).size(); }

nlohmann::json StoredObjectView::shown() const {
  json out = object;
  if (kind == ObjectKind::Secret && out.contains("stringData") && out["stringData"].is_object()) {
    for (auto it = out["stringData"].begin(); it != out["stringData"].end(); ++it)
      if (it.value().is_string()) out["data"][it.key()] = image::base64_encode(it.value().get<std::string>());
    out.erase("stringData");
  }
  return out;
}

std::map<std::string, std::string> StoredObjectView::contents() const { return contents_of(kind, object); }

std::map<std::string, std::string> StoredObjectView::labels() const { return labels_of(object); }

std::vector<StoredObjectView> list_objects(const Context& ctx, ObjectKind kind, const std::string& ns) {
  std::vector<StoredObjectView> out;
  for (const auto& o : state::StateStore(ctx.state_root).objects(kind, ns))
    if (auto obj = parse(o.text)) out.push_back({kind, o.ns, o.name, *obj});
  return out;
}

std::optional<StoredObjectView> find_object(const Context& ctx, ObjectKind kind, const std::string& ns, const std::string& name) {
  if (!loader::check_dns1123_subdomain(name).empty() || !loader::check_dns1123_label(ns).empty()) return std::nullopt;
  auto text = state::StateStore(ctx.state_root).load_object(kind, ns, name);
  if (!text) return std::nullopt;
  auto obj = parse(*text);
  if (!obj) return std::nullopt;
  return StoredObjectView{kind, ns, name, *obj};
}

loader::ObjectCatalog stored_catalog(const Context& ctx) {
  loader::ObjectCatalog catalog;
  for (ObjectKind kind : {ObjectKind::ConfigMap, ObjectKind::Secret})
    for (const auto& o : list_objects(ctx, kind, ""))
      (kind == ObjectKind::Secret ? catalog.secrets : catalog.configmaps)[o.ns + "/" + o.name] = keys_of(o.object);
  return catalog;
}

void add_stored_objects(const Context& ctx, loader::LoadResult& loaded) {
  std::set<std::string> have;
  for (const auto& c : loaded.configmaps) have.insert(object_key(ObjectKind::ConfigMap, c.metadata.ns, c.metadata.name));
  for (const auto& s : loaded.secrets) have.insert(object_key(ObjectKind::Secret, s.metadata.ns, s.metadata.name));
  state::StateStore store(ctx.state_root);
  loader::LoadOptions lo;
  for (ObjectKind kind : {ObjectKind::ConfigMap, ObjectKind::Secret})
    for (const auto& o : store.objects(kind, "")) {
      if (have.count(object_key(kind, o.ns, o.name))) continue;
      // Decoded as any input is (binaryData and base64 decoded, stringData merged): it was
      // valid when applied.
      loader::LoadResult one = loader::load_text(object_key(kind, o.ns, o.name), o.text, lo);
      for (auto& c : one.configmaps) loaded.configmaps.push_back(std::move(c));
      for (auto& s : one.secrets) loaded.secrets.push_back(std::move(s));
    }
}

std::vector<ObjectResult> apply_objects(const Context& ctx, const loader::LoadResult& loaded,
                                        const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                        std::set<std::string>& keys) {
  std::vector<ObjectResult> out;
  state::StateStore store(ctx.state_root);
  for (auto& [kind, ns, name, obj] : input_objects(loaded, selector, applyset)) {
    keys.insert(object_key(kind, ns, name));
    ObjectResult r{object_kind_name(kind), ns, name, ObjectResult::Outcome::Created, ""};
    auto global = store.lock_global();
    std::optional<json> before;
    if (auto text = store.load_object(kind, ns, name)) before = parse(*text);
    if (before) {
      if (as_written(*before) == obj) {
        r.outcome = ObjectResult::Outcome::Unchanged;
        out.push_back(r);
        continue;
      }
      r.outcome = ObjectResult::Outcome::Configured;
      r.message = update_forbidden(kind, name, *before, obj);
      if (!r.message.empty()) {
        r.outcome = ObjectResult::Outcome::Failed;
        out.push_back(r);
        continue;
      }
    }
    obj["metadata"]["creationTimestamp"] = before && (*before)["metadata"].contains("creationTimestamp")
                                               ? (*before)["metadata"]["creationTimestamp"]
                                               : json(state::now_rfc3339());
    if (!dry_run) {
      try {
        store.save_object(kind, ns, name, obj.dump(2) + "\n");
      } catch (const std::exception& e) {
        r.outcome = ObjectResult::Outcome::Failed;
        r.message = e.what();
      }
    }
    out.push_back(r);
  }
  return out;
}

std::vector<ObjectResult> prune_objects(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                        const std::set<std::string>& keys, bool dry_run) {
  std::vector<ObjectResult> out;
  state::StateStore store(ctx.state_root);
  for (ObjectKind kind : {ObjectKind::ConfigMap, ObjectKind::Secret})
    for (const auto& o : list_objects(ctx, kind, "")) {
      std::map<std::string, std::string> labels = labels_of(o.object);
      auto member = labels.find(kApplySetLabel);
      if (member == labels.end() || member->second != applyset) continue;
      if (selector && !selector->matches(labels)) continue;
      if (keys.count(object_key(kind, o.ns, o.name))) continue;
      if (!dry_run) {
        auto global = store.lock_global();
        store.remove_object(kind, o.ns, o.name);
      }
      out.push_back({object_kind_name(kind), o.ns, o.name, ObjectResult::Outcome::Pruned, ""});
    }
  return out;
}

namespace {
// A Secret as kubectl diff shows it: stringData merged into data, and every value replaced by
// "***", or "*** (before)" / "*** (after)" where the two versions differ.
void mask_secrets(std::optional<json>& live, std::optional<json>& merged) {
  auto data_of = [](const std::optional<json>& obj) {
    std::map<std::string, std::string> d;
    if (obj) d = contents_of(ObjectKind::Secret, *obj);
    return d;
  };
  const auto before = data_of(live), after = data_of(merged);
  auto mask = [](std::optional<json>& obj, const std::map<std::string, std::string>& mine, const std::map<std::string, std::string>& other,
                 const char* changed) {
    if (!obj) return;
    obj->erase("stringData");
    json data = json::object();
    for (const auto& [k, v] : mine) {
      auto it = other.find(k);
      data[k] = it != other.end() && it->second == v ? "***" : changed;
    }
    if (!mine.empty()) (*obj)["data"] = data;
    else obj->erase("data");
  };
  mask(live, before, after, "*** (before)");
  mask(merged, after, before, "*** (after)");
}
}  // namespace

std::vector<DiffObject> diff_objects(const Context& ctx, const loader::LoadResult& loaded, const std::optional<model::Selector>& selector,
                                     const std::string& applyset, bool prune) {
  std::vector<DiffObject> out;
  std::set<std::string> keys;
  state::StateStore store(ctx.state_root);
  auto live_of = [&](ObjectKind kind, const std::string& ns, const std::string& name) -> std::optional<json> {
    auto text = store.load_object(kind, ns, name);
    auto obj = text ? parse(*text) : std::nullopt;
    if (obj) *obj = as_written(*obj);
    return obj;
  };
  for (auto& [kind, ns, name, obj] : input_objects(loaded, selector, applyset)) {
    keys.insert(object_key(kind, ns, name));
    out.push_back({api_kind(kind), ns, name, live_of(kind, ns, name), obj});
  }
  if (prune && !applyset.empty())
    for (const auto& r : prune_objects(ctx, applyset, selector, keys, true)) {
      ObjectKind kind = r.kind == "secret" ? ObjectKind::Secret : ObjectKind::ConfigMap;
      out.push_back({api_kind(kind), r.ns, r.name, live_of(kind, r.ns, r.name), std::nullopt});
    }
  for (auto& d : out)
    if (d.kind == "Secret") mask_secrets(d.live, d.merged);
  return out;
}

bool delete_object(const Context& ctx, ObjectKind kind, const std::string& ns, const std::string& name) {
  // Names reach the file system: only what the API server would take as names.
  if (!loader::check_dns1123_subdomain(name).empty() || !loader::check_dns1123_label(ns).empty()) return false;
  state::StateStore store(ctx.state_root);
  auto global = store.lock_global();
  return store.remove_object(kind, ns, name);
}

VolumeRefresh refresh_volumes(const Context& ctx, const host::MachineConfig& machine, const std::optional<std::set<PodName>>& only) {
  VolumeRefresh out;
  state::StateStore store(ctx.state_root);
  loader::LoadOptions lo = load_options(ctx, machine);
  for (const auto& s : store.list()) {
    if (only && !only->count({s.ns, s.name})) continue;
    if (!process_alive(s.supervisor_pid, s.supervisor_start)) continue;
    const state::PodPaths paths = store.paths(s.ns, s.name);
    auto text = files::read(paths.manifest());
    auto manifest = text ? parse(*text) : std::nullopt;
    if (!manifest || !has_projected_volume(*manifest)) continue;
    const std::string who = s.ns + "/" + s.name;
    try {
      // 1. The pod planned again from its manifest, with the objects as they are now.
      loader::LoadResult loaded = loader::load_text(paths.manifest(), *text, lo);
      if (loaded.pods.size() != 1) {
        log::debug("volumes of " + who + " kept: its manifest does not load now (an object it names is gone?)");
        continue;
      }
      add_stored_objects(ctx, loaded);
      plan::Plan p = plan::make_plan(plan_input(ctx, loaded, machine));
      const plan::PodPlan& pod = p.pods.at(0);
      if (pod.uid != s.uid) continue;  // not the pod that runs (replaced meanwhile)
      // 2. Each volume whose files differ, swapped under the pod's lock (delete takes it).
      auto lock = store.lock_pod(s.ns, s.name);
      auto now = store.load(s.ns, s.name);
      if (!now || now->uid != s.uid || !process_alive(now->supervisor_pid, now->supervisor_start)) continue;
      for (const auto& v : pod.volumes) {
        if (!plan::has_files(v.type)) continue;
        if (exec::projected_volume_current(paths, v)) continue;
        exec::update_projected_volume(paths, v);
        out.updated.push_back(who + ": " + v.name);
      }
    } catch (const std::exception& e) {
      out.errors.push_back(who + ": " + e.what());
    }
  }
  return out;
}

}  // namespace podrun::pods
