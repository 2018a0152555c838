// Deployments and Jobs: stored as applied, listed, scaled, rolled back, deleted with their
// pods — and run by the controller process (pods/controllers.h), which makes and removes their
// pods as the controllers' decisions (plan/controllers.h) say.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "loader/loader.h"
#include "model/selector.h"
#include "model/workloads.h"
#include "plan/controllers.h"
#include "pods/apply.h"
#include "pods/context.h"
#include "pods/delete.h"

namespace podrun::pods {

enum class WorkloadKind { Deployment, Job, CronJob, DaemonSet, StatefulSet };

// A random (version 4) UUID: an object's metadata.uid.
std::string new_uid();
const char* workload_kind_name(WorkloadKind kind);  // "deployment", "job", "cronjob"
const char* workload_group(WorkloadKind kind);      // "apps", "batch": kubectl's deployment.apps/NAME
// deployment(s), deploy; daemonset(s), ds; statefulset(s), sts; job(s); cronjob(s), cj; nullopt for anything else.
std::optional<WorkloadKind> parse_workload_kind(const std::string& word);
// The kind of a loaded workload (its `kind`: Deployment, StatefulSet, ...).
WorkloadKind workload_kind_of(const model::Workload& w);

struct WorkloadView {
  WorkloadKind kind = WorkloadKind::Deployment;
  std::string ns, name, uid;
  std::int64_t generation = 1;
  nlohmann::json object;  // as applied, with uid, generation and creationTimestamp
  model::Workload model;
  plan::JobStatus job;                  // what its controller last recorded
  plan::DeploymentStatus deployment;    // .. (a DaemonSet's too)
  plan::CronJobStatus cronjob;          // ..
  plan::StatefulSetStatus statefulset;  // ..
  std::map<std::string, std::string> labels() const { return model.metadata.labels; }
  nlohmann::json shown() const;  // the object with its status, as the API server returns it
};
std::vector<WorkloadView> list_workloads(const Context& ctx, WorkloadKind kind, const std::string& ns);  // "" = all
std::optional<WorkloadView> find_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name);

// The uids a workload's pods name as their owner: the workload's own (a Job, a DaemonSet) and
// its ReplicaSets' (a Deployment).
std::set<std::string> owner_uids(const WorkloadView& w);
// The manifest's ownerReferences name one of `uids`.
bool owned_by(const nlohmann::json& manifest, const std::set<std::string>& uids);
// The pods a workload owns (ownerReferences: the Job, or one of the Deployment's ReplicaSets).
std::vector<PodName> owned_pods(const Context& ctx, const WorkloadView& w);

// Step 3c of apply: every Deployment and Job of the input that `selector` matches, stored (a
// new uid for a new one; generation + 1 when its spec changed), with the set's label when
// `applyset` is given. `keys` receives "kind/ns/name" of each (prune skips them).
std::vector<ObjectResult> apply_workloads(const Context& ctx, const loader::LoadResult& loaded,
                                          const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                          std::set<std::string>& keys);
std::vector<ObjectResult> prune_workloads(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                          const std::set<std::string>& keys, bool dry_run);

// The workload, its status, and its pods (each asked to stop; waited for with `wait`), as
// kubectl delete's cascade. false when it did not exist.
bool delete_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, std::optional<int> grace,
                     bool wait);

// kubectl scale: spec.replicas (Deployment) or spec.parallelism (Job). Throws
// std::invalid_argument when the workload does not exist.
void scale_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, int replicas);
// kubectl rollout undo [--to-revision N] (0: the one before the current): the Deployment's (or
// DaemonSet's) template becomes that revision's. Returns the revision rolled back to.
int rollout_undo(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, int to_revision);
// kubectl rollout restart: the template's kubectl.kubernetes.io/restartedAt annotation.
void rollout_restart(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name);

// Stores a Job a CronJob made (uid, generation, creationTimestamp added).
void create_job(const Context& ctx, nlohmann::json job);

// The directory of a StatefulSet's claims (<storage>/volumes/<ns>), and the claims of `set`
// found in it (<claim>-<set>-<ordinal>).
std::string claims_dir(const Context& ctx, const std::string& ns);
std::vector<std::string> statefulset_claims(const Context& ctx, const WorkloadView& set);

// A Pod (JSON) of a template: the template's metadata and spec, named `name` in `ns`, with
// `labels` and `annotations` added: what every controller starts from.
nlohmann::json pod_of_template(const std::string& ns, const std::string& template_json, const std::string& name,
                               const std::map<std::string, std::string>& labels, const std::map<std::string, std::string>& annotations);
// As the StatefulSet controller makes member `pod_name`: its hostname, the governing Service
// as subdomain, and a persistentVolumeClaim volume per claim template (<claim>-<pod_name>),
// replacing a template volume of the same name.
void statefulset_identity(nlohmann::json& pod, const model::StatefulSetSpec& spec, const std::string& pod_name);
// The pod a workload's controller would make first, for `podrun plan`: a StatefulSet's
// member at its first ordinal, with its identity and claims; a Deployment's, DaemonSet's,
// Job's or CronJob's Job's from its template, named with "xxxxx" where the controller will
// draw a random suffix when it runs (an Indexed Job's index is not in the example's name).
nlohmann::json example_pod(const model::Workload& w);
// Each workload's example pod, loaded (checked and decoded as a Pod of `options`) and added to
// `loaded.pods`; `loaded`'s own pods come first.
void add_example_pods(loader::LoadResult& loaded, const loader::LoadOptions& options);

// Records what the controller decided (w.job or w.deployment), for the workload's uid.
void save_workload_status(const Context& ctx, const WorkloadView& w);

// Edits the stored workload's JSON with `edit` (generation + 1 when its spec changed).
void update_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name,
                     const std::function<void(nlohmann::json&)>& edit);

}  // namespace podrun::pods
