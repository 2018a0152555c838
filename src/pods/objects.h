// ConfigMaps and Secrets as stored objects: applied, listed, deleted; what loading and
// planning see of them; and what a change does to running pods — their configMap, secret and
// downwardAPI volumes are rewritten in place, as the kubelet does within a sync period.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "host/machine_config.h"
#include "loader/loader.h"
#include "model/selector.h"
#include "pods/apply.h"
#include "pods/context.h"
#include "pods/delete.h"
#include "state/pod_state.h"

namespace podrun::pods {

using ObjectKind = state::StateStore::ObjectKind;

// "configmap" or "secret", as get and apply name them.
const char* object_kind_name(ObjectKind kind);
// From what a user types: configmap(s), cm, secret(s); nullopt for anything else.
std::optional<ObjectKind> parse_object_kind(const std::string& word);

struct StoredObjectView {
  ObjectKind kind = ObjectKind::ConfigMap;
  std::string ns, name;
  nlohmann::json object;           // as applied, with metadata.creationTimestamp
  std::size_t data_count() const;  // keys, as kubectl's DATA column counts them
  // As the API server returns it: a Secret's stringData merged into its data, base64.
  nlohmann::json shown() const;
  // Each key and its value, decoded (describe: a ConfigMap's values, a Secret's sizes).
  std::map<std::string, std::string> contents() const;
  std::map<std::string, std::string> labels() const;
};
std::vector<StoredObjectView> list_objects(const Context& ctx, ObjectKind kind, const std::string& ns);  // "" = all
std::optional<StoredObjectView> find_object(const Context& ctx, ObjectKind kind, const std::string& ns, const std::string& name);

// The keys of every stored ConfigMap and Secret, for the loader (LoadOptions::stored_objects).
loader::ObjectCatalog stored_catalog(const Context& ctx);
// The stored ConfigMaps and Secrets that `loaded` does not define, added to it: the planner
// then resolves a pod's references to objects applied before.
void add_stored_objects(const Context& ctx, loader::LoadResult& loaded);

// Step 3 of apply: every ConfigMap and Secret of the input (as `loaded` keeps their JSON) that
// `selector` matches, with the set's label when `applyset` is given, compared with the stored
// one and saved. An immutable object is refused a change, as the API server refuses it.
// `keys` receives "kind/ns/name" of each (prune skips them).
std::vector<ObjectResult> apply_objects(const Context& ctx, const loader::LoadResult& loaded,
                                        const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                        std::set<std::string>& keys);
// The set's stored ConfigMaps and Secrets that the input no longer has (--prune), deleted
// unless `dry_run`.
std::vector<ObjectResult> prune_objects(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                        const std::set<std::string>& keys, bool dry_run);
// What apply_objects and prune_objects would change, for `podrun diff`: each object's stored
// version (live) and the one apply would store (merged), a Secret's values masked.
std::vector<DiffObject> diff_objects(const Context& ctx, const loader::LoadResult& loaded, const std::optional<model::Selector>& selector,
                                     const std::string& applyset, bool prune);
// false when there was none.
bool delete_object(const Context& ctx, ObjectKind kind, const std::string& ns, const std::string& name);

// Every running pod's (or, when `only` is given, those pods') configMap, secret and
// downwardAPI volumes made equal to the stored objects and the pod's labels and annotations:
// each pod's manifest planned again and the volumes whose files differ swapped atomically
// (exec::update_projected_volume). A pod whose references no longer resolve (an object
// deleted) keeps its files, as the kubelet keeps them. `updated` names "ns/pod: volume".
struct VolumeRefresh {
  std::vector<std::string> updated, errors;
};
VolumeRefresh refresh_volumes(const Context& ctx, const host::MachineConfig& machine,
                              const std::optional<std::set<PodName>>& only = std::nullopt);

}  // namespace podrun::pods
