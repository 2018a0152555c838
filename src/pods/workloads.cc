#include "pods/workloads.h"

#include <sys/random.h>

#include <algorithm>
#include <ctime>
#include <stdexcept>

#include "common/clock.h"
#include "common/files.h"
#include "loader/workloads.h"
#include "pods/observe.h"
#include "state/pod_state.h"
#include "state/pod_status.h"

namespace podrun::pods {

using nlohmann::json;
using Kind = state::StateStore::ObjectKind;

namespace {

Kind spec_kind(WorkloadKind k) {
  switch (k) {
    case WorkloadKind::Job: return Kind::Job;
    case WorkloadKind::CronJob: return Kind::CronJob;
    case WorkloadKind::DaemonSet: return Kind::DaemonSet;
    case WorkloadKind::StatefulSet: return Kind::StatefulSet;
    default: return Kind::Deployment;
  }
}
Kind status_kind(WorkloadKind k) {
  switch (k) {
    case WorkloadKind::Job: return Kind::JobStatus;
    case WorkloadKind::CronJob: return Kind::CronJobStatus;
    case WorkloadKind::DaemonSet: return Kind::DaemonSetStatus;
    case WorkloadKind::StatefulSet: return Kind::StatefulSetStatus;
    default: return Kind::DeploymentStatus;
  }
}

}  // namespace

std::string new_uid() {
  unsigned char b[16] = {};
  if (::getrandom(b, sizeof b, 0) != static_cast<ssize_t>(sizeof b))
    for (auto& c : b) c = static_cast<unsigned char>(std::rand());
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[b[i] >> 4];
    out += hex[b[i] & 15];
  }
  return out;
}

namespace {

std::string rfc3339(std::int64_t t) {
  if (t <= 0) return "";
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  ::gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}
std::int64_t seconds(const json& j, const char* key) {
  auto t = state::parse_rfc3339(j.value(key, ""));
  return t ? static_cast<std::int64_t>(*t) : 0;
}

json conditions_json(const std::vector<plan::Condition>& cs) {
  json out = json::array();
  for (const auto& c : cs)
    out.push_back({{"type", c.type},
                   {"status", c.status ? "True" : "False"},
                   {"reason", c.reason},
                   {"message", c.message},
                   {"lastTransitionTime", rfc3339(c.last_transition)},
                   {"lastUpdateTime", rfc3339(c.last_update)}});
  return out;
}
std::vector<plan::Condition> conditions_of(const json& j) {
  std::vector<plan::Condition> out;
  if (j.is_array())
    for (const auto& c : j)
      out.push_back({c.value("type", ""), c.value("status", "") == "True", c.value("reason", ""), c.value("message", ""),
                     seconds(c, "lastTransitionTime"), seconds(c, "lastUpdateTime")});
  return out;
}

}  // namespace

// A Deployment's ReplicaSets, a StatefulSet's ControllerRevisions: records in the status file.
json revisions_json(const std::vector<plan::ReplicaSetRecord>& records) {
  json out = json::array();
  for (const auto& r : records)
    out.push_back({{"hash", r.hash},
                   {"uid", r.uid},
                   {"revision", r.revision},
                   {"replicas", r.replicas},
                   {"template", json::parse(r.template_json, nullptr, false)},
                   {"changeCause", r.change_cause},
                   {"created", rfc3339(r.created)}});
  return out;
}
std::vector<plan::ReplicaSetRecord> revisions_of(const json& j) {
  std::vector<plan::ReplicaSetRecord> out;
  for (const auto& r : j)
    out.push_back({r.value("hash", ""), r.value("uid", ""), r.value("revision", 0), r.value("replicas", 0),
                   r.contains("template") ? r["template"].dump() : "{}", r.value("changeCause", ""), seconds(r, "created")});
  return out;
}

// The status files: what the API's status says, plus the ReplicaSets' records.
json job_status_json(const plan::JobStatus& s) {
  json j = {{"active", s.active}, {"ready", s.ready}, {"succeeded", s.succeeded}, {"failed", s.failed}, {"terminating", s.terminating}};
  if (s.start_time) j["startTime"] = rfc3339(s.start_time);
  if (s.completion_time) j["completionTime"] = rfc3339(s.completion_time);
  if (!s.completed_indexes.empty()) j["completedIndexes"] = s.completed_indexes;
  if (!s.conditions.empty()) j["conditions"] = conditions_json(s.conditions);
  return j;
}
plan::JobStatus job_status_of(const json& j) {
  plan::JobStatus s;
  if (!j.is_object()) return s;
  s.active = j.value("active", 0);
  s.ready = j.value("ready", 0);
  s.succeeded = j.value("succeeded", 0);
  s.failed = j.value("failed", 0);
  s.terminating = j.value("terminating", 0);
  s.start_time = seconds(j, "startTime");
  s.completion_time = seconds(j, "completionTime");
  s.completed_indexes = j.value("completedIndexes", "");
  s.conditions = conditions_of(j.value("conditions", json::array()));
  return s;
}
json deployment_status_json(const plan::DeploymentStatus& s) {
  json j = {{"observedGeneration", s.observed_generation},
            {"replicas", s.replicas},
            {"updatedReplicas", s.updated},
            {"readyReplicas", s.ready},
            {"availableReplicas", s.available},
            {"unavailableReplicas", s.unavailable}};
  if (!s.conditions.empty()) j["conditions"] = conditions_json(s.conditions);
  j["podrun.io/replicaSets"] = revisions_json(s.sets);
  return j;
}
plan::DeploymentStatus deployment_status_of(const json& j) {
  plan::DeploymentStatus s;
  if (!j.is_object()) return s;
  s.observed_generation = j.value("observedGeneration", 0);
  s.replicas = j.value("replicas", 0);
  s.updated = j.value("updatedReplicas", 0);
  s.ready = j.value("readyReplicas", 0);
  s.available = j.value("availableReplicas", 0);
  s.unavailable = j.value("unavailableReplicas", 0);
  s.conditions = conditions_of(j.value("conditions", json::array()));
  s.sets = revisions_of(j.value("podrun.io/replicaSets", json::array()));
  return s;
}

json statefulset_status_json(const plan::StatefulSetStatus& s) {
  json j = {{"observedGeneration", s.observed_generation},
            {"replicas", s.replicas},
            {"readyReplicas", s.ready},
            {"currentReplicas", s.current},
            {"updatedReplicas", s.updated},
            {"availableReplicas", s.available},
            {"currentRevision", s.current_revision},
            {"updateRevision", s.update_revision},
            {"collisionCount", 0}};
  j["podrun.io/controllerRevisions"] = revisions_json(s.revisions);
  return j;
}
plan::StatefulSetStatus statefulset_status_of(const json& j) {
  plan::StatefulSetStatus s;
  if (!j.is_object()) return s;
  s.observed_generation = j.value("observedGeneration", 0);
  s.replicas = j.value("replicas", 0);
  s.ready = j.value("readyReplicas", 0);
  s.current = j.value("currentReplicas", 0);
  s.updated = j.value("updatedReplicas", 0);
  s.available = j.value("availableReplicas", 0);
  s.current_revision = j.value("currentRevision", "");
  s.update_revision = j.value("updateRevision", "");
  s.revisions = revisions_of(j.value("podrun.io/controllerRevisions", json::array()));
  return s;
}

json cronjob_status_json(const plan::CronJobStatus& s) {
  json j = json::object();
  if (s.last_schedule) j["lastScheduleTime"] = rfc3339(s.last_schedule);
  if (s.last_successful) j["lastSuccessfulTime"] = rfc3339(s.last_successful);
  if (!s.active.empty()) {
    j["active"] = json::array();
    for (const auto& a : s.active) j["active"].push_back({{"apiVersion", "batch/v1"}, {"kind", "Job"}, {"name", a}});
  }
  return j;
}
plan::CronJobStatus cronjob_status_of(const json& j) {
  plan::CronJobStatus s;
  if (!j.is_object()) return s;
  s.last_schedule = seconds(j, "lastScheduleTime");
  s.last_successful = seconds(j, "lastSuccessfulTime");
  for (const auto& a : j.value("active", json::array())) s.active.push_back(a.value("name", ""));
  return s;
}

const char* workload_kind_name(WorkloadKind kind) {
  switch (kind) {
    case WorkloadKind::Job: return "job";
    case WorkloadKind::CronJob: return "cronjob";
    case WorkloadKind::DaemonSet: return "daemonset";
    case WorkloadKind::StatefulSet: return "statefulset";
    default: return "deployment";
  }
}
const char* workload_group(WorkloadKind kind) {
  return kind == WorkloadKind::Deployment || kind == WorkloadKind::DaemonSet || kind == WorkloadKind::StatefulSet ? "apps" : "batch";
}

std::optional<WorkloadKind> parse_workload_kind(const std::string& w) {
  if (w == "deployment" || w == "deployments" || w == "deploy" || w == "deployment.apps" || w == "deployments.apps")
    return WorkloadKind::Deployment;
  if (w == "job" || w == "jobs" || w == "job.batch" || w == "jobs.batch") return WorkloadKind::Job;
  if (w == "cronjob" || w == "cronjobs" || w == "cj" || w == "cronjob.batch" || w == "cronjobs.batch") return WorkloadKind::CronJob;
  if (w == "daemonset" || w == "daemonsets" || w == "ds" || w == "daemonset.apps" || w == "daemonsets.apps") return WorkloadKind::DaemonSet;
  if (w == "statefulset" || w == "statefulsets" || w == "sts" || w == "statefulset.apps" || w == "statefulsets.apps")
    return WorkloadKind::StatefulSet;
  return std::nullopt;
}

WorkloadKind workload_kind_of(const model::Workload& w) {
  std::string word;
  for (char c : w.kind) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return parse_workload_kind(word).value_or(WorkloadKind::Deployment);
}

json WorkloadView::shown() const {
  json out = object;
  if (kind == WorkloadKind::Job) {
    out["status"] = job_status_json(job);
  } else if (kind == WorkloadKind::CronJob) {
    out["status"] = cronjob_status_json(cronjob);
  } else if (kind == WorkloadKind::StatefulSet) {
    out["status"] = statefulset_status_json(statefulset);
    out["status"].erase("podrun.io/controllerRevisions");
  } else if (kind == WorkloadKind::DaemonSet) {
    // As a DaemonSet's status says it, on a node of one.
    out["status"] = {{"desiredNumberScheduled", 1},
                     {"currentNumberScheduled", deployment.replicas},
                     {"numberReady", deployment.ready},
                     {"updatedNumberScheduled", deployment.updated},
                     {"numberAvailable", deployment.available},
                     {"numberUnavailable", deployment.unavailable},
                     {"numberMisscheduled", 0},
                     {"observedGeneration", deployment.observed_generation}};
  } else {
    out["status"] = deployment_status_json(deployment);
    out["status"].erase("podrun.io/replicaSets");
    int revision = 0;
    for (const auto& s : deployment.sets) revision = std::max(revision, s.revision);
    if (revision) out["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = std::to_string(revision);
  }
  return out;
}

namespace {

std::optional<WorkloadView> view_of(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name,
                                    const std::string& text) {
  json obj = json::parse(text, nullptr, false);
  if (!obj.is_object()) return std::nullopt;
  WorkloadView v;
  v.kind = kind;
  v.ns = ns;
  v.name = name;
  v.object = obj;
  v.uid = obj["metadata"].value("uid", "");
  v.generation = obj["metadata"].value("generation", 1);
  v.model = loader::decode_workload(obj);
  state::StateStore store(ctx.state_root);
  json st = json::parse(store.load_object(status_kind(kind), ns, name).value_or("null"), nullptr, false);
  // A status of an earlier object of the same name (deleted, applied again) is not this one's.
  if (st.is_object() && st.value("uid", "") == v.uid) {
    if (kind == WorkloadKind::Job) v.job = job_status_of(st);
    else if (kind == WorkloadKind::CronJob) v.cronjob = cronjob_status_of(st);
    else if (kind == WorkloadKind::StatefulSet) v.statefulset = statefulset_status_of(st);
    else v.deployment = deployment_status_of(st);
  }
  return v;
}

}  // namespace

std::vector<WorkloadView> list_workloads(const Context& ctx, WorkloadKind kind, const std::string& ns) {
  std::vector<WorkloadView> out;
  for (const auto& o : state::StateStore(ctx.state_root).objects(spec_kind(kind), ns))
    if (auto v = view_of(ctx, kind, o.ns, o.name, o.text)) out.push_back(std::move(*v));
  return out;
}

std::optional<WorkloadView> find_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name) {
  auto text = state::StateStore(ctx.state_root).load_object(spec_kind(kind), ns, name);
  if (!text) return std::nullopt;
  return view_of(ctx, kind, ns, name, *text);
}

std::set<std::string> owner_uids(const WorkloadView& w) {
  std::set<std::string> owners{w.uid};
  for (const auto& s : w.deployment.sets)
    if (!s.uid.empty()) owners.insert(s.uid);
  return owners;
}

bool owned_by(const json& manifest, const std::set<std::string>& uids) {
  if (!manifest.is_object() || !manifest.contains("metadata") || !manifest["metadata"].is_object()) return false;
  for (const auto& ref : manifest["metadata"].value("ownerReferences", json::array()))
    if (uids.count(ref.value("uid", ""))) return true;
  return false;
}

std::vector<PodName> owned_pods(const Context& ctx, const WorkloadView& w) {
  const std::set<std::string> owners = owner_uids(w);
  ManifestCache manifests;
  std::vector<PodName> out;
  for (const auto& pod : list_pods(ctx, w.ns))
    if (owned_by(manifests.of(pod), owners)) out.emplace_back(pod.state.ns, pod.state.name);
  return out;
}

namespace {

// What a change of the object is: its spec, labels or annotations.
bool same_spec(const json& a, const json& b) { return a.value("spec", json()) == b.value("spec", json()); }

void save_spec(const Context& ctx, WorkloadKind kind, const json& obj) {
  state::StateStore(ctx.state_root)
      .save_object(spec_kind(kind), obj["metadata"].value("namespace", "default"), obj["metadata"]["name"].get<std::string>(), obj.dump());
}

}  // namespace

std::vector<ObjectResult> apply_workloads(const Context& ctx, const loader::LoadResult& loaded,
                                          const std::optional<model::Selector>& selector, const std::string& applyset, bool dry_run,
                                          std::set<std::string>& keys) {
  std::vector<ObjectResult> out;
  for (const auto& w : loaded.workloads) {
    if (selector && !selector->matches(w.metadata.labels)) continue;
    WorkloadKind kind = workload_kind_of(w);
    const std::string& ns = w.metadata.ns;
    const std::string& name = w.metadata.name;
    keys.insert(std::string(workload_kind_name(kind)) + "/" + ns + "/" + name);
    json obj;
    for (const auto& o : loaded.objects)
      if (o.value("kind", "") == w.kind && o["metadata"].value("name", "") == name && o["metadata"].value("namespace", "default") == ns)
        obj = o;
    if (obj.is_null()) continue;
    if (!obj["metadata"].contains("namespace")) obj["metadata"]["namespace"] = ns;
    if (!applyset.empty()) obj["metadata"]["labels"][kApplySetLabel] = applyset;
    ObjectResult r{workload_kind_name(kind), ns, name, ObjectResult::Outcome::Created, ""};
    auto before = find_workload(ctx, kind, ns, name);
    if (before) {
      json old = before->object;
      for (const char* k : {"uid", "generation", "creationTimestamp"}) obj["metadata"][k] = old["metadata"][k];
      bool spec_same = same_spec(old, obj);
      if (!spec_same) obj["metadata"]["generation"] = before->generation + 1;
      if (kind == WorkloadKind::Job && !spec_same) {
        // The API server lets a Job's template, completions and most of its spec never change.
        json a = old["spec"], b = obj["spec"];
        for (json* s : {&a, &b})
          for (const char* k : {"parallelism", "suspend", "activeDeadlineSeconds", "ttlSecondsAfterFinished"}) s->erase(k);
        if (a != b) {
          r.outcome = ObjectResult::Outcome::Failed;
          r.message = "Job.batch \"" + name + "\" is invalid: spec.template: Invalid value: field is immutable (delete the Job first)";
          out.push_back(r);
          continue;
        }
      }
      r.outcome = old == obj ? ObjectResult::Outcome::Unchanged : ObjectResult::Outcome::Configured;
    } else {
      obj["metadata"]["uid"] = new_uid();
      obj["metadata"]["generation"] = 1;
      obj["metadata"]["creationTimestamp"] = now_rfc3339();
    }
    if (!dry_run && r.outcome != ObjectResult::Outcome::Unchanged) save_spec(ctx, kind, obj);
    out.push_back(r);
  }
  return out;
}

std::vector<ObjectResult> prune_workloads(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                          const std::set<std::string>& keys, bool dry_run) {
  std::vector<ObjectResult> out;
  for (WorkloadKind kind :
       {WorkloadKind::Deployment, WorkloadKind::Job, WorkloadKind::CronJob, WorkloadKind::DaemonSet, WorkloadKind::StatefulSet})
    for (const auto& w : list_workloads(ctx, kind, "")) {
      auto labels = w.labels();
      auto member = labels.find(kApplySetLabel);
      if (member == labels.end() || member->second != applyset) continue;
      if (selector && !selector->matches(labels)) continue;
      std::string key = std::string(workload_kind_name(kind)) + "/" + w.ns + "/" + w.name;
      if (keys.count(key)) continue;
      if (!dry_run) delete_workload(ctx, kind, w.ns, w.name, std::nullopt, false);
      out.push_back({workload_kind_name(kind), w.ns, w.name, ObjectResult::Outcome::Pruned, ""});
    }
  return out;
}

bool delete_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, std::optional<int> grace,
                     bool wait) {
  auto w = find_workload(ctx, kind, ns, name);
  if (!w) return false;
  state::StateStore store(ctx.state_root);
  // The object first (its controller makes no new pod), then its pods (a CronJob's: its
  // Jobs, with theirs), then its status.
  store.remove_object(spec_kind(kind), ns, name);
  if (kind == WorkloadKind::CronJob)
    for (const auto& job : list_workloads(ctx, WorkloadKind::Job, ns))
      for (const auto& ref : job.object["metadata"].value("ownerReferences", json::array()))
        if (ref.value("uid", "") == w->uid) delete_workload(ctx, WorkloadKind::Job, ns, job.name, grace, wait);
  std::vector<PodName> pods = owned_pods(ctx, *w);
  if (!pods.empty())
    delete_pods(ctx, pods, grace, wait || (kind == WorkloadKind::StatefulSet && w->model.statefulset.delete_claims_when_deleted));
  // A StatefulSet's claims stay (Retain), unless whenDeleted: Delete — once its pods are gone,
  // so that no container still writes there.
  if (kind == WorkloadKind::StatefulSet && w->model.statefulset.delete_claims_when_deleted)
    for (const auto& claim : statefulset_claims(ctx, *w)) files::remove_all(claims_dir(ctx, ns) + "/" + claim);
  store.remove_object(status_kind(kind), ns, name);
  return true;
}

void create_job(const Context& ctx, json job) {
  job["metadata"]["uid"] = new_uid();
  job["metadata"]["generation"] = 1;
  job["metadata"]["creationTimestamp"] = now_rfc3339();
  save_spec(ctx, WorkloadKind::Job, job);
}

std::string claims_dir(const Context& ctx, const std::string& ns) { return ctx.storage_root + "/volumes/" + ns; }

std::vector<std::string> statefulset_claims(const Context& ctx, const WorkloadView& set) {
  std::vector<std::string> out;
  std::vector<files::Entry> entries;
  files::list(claims_dir(ctx, set.ns), entries);
  for (const auto& e : entries)
    for (const auto& claim : set.model.statefulset.claims)
      if (e.name.compare(0, claim.size() + 1, claim + "-") == 0 && plan::statefulset_ordinal(set.name, e.name.substr(claim.size() + 1))) {
        out.push_back(e.name);
        break;
      }
  return out;
}

json pod_of_template(const std::string& ns, const std::string& template_json, const std::string& name,
                     const std::map<std::string, std::string>& labels, const std::map<std::string, std::string>& annotations) {
  json tmpl = json::parse(template_json, nullptr, false);
  json pod = {{"apiVersion", "v1"}, {"kind", "Pod"}};
  pod["metadata"] = tmpl.is_object() && tmpl.contains("metadata") && tmpl["metadata"].is_object() ? tmpl["metadata"] : json::object();
  pod["metadata"]["name"] = name;
  pod["metadata"]["namespace"] = ns;
  for (const auto& [k, v] : labels) pod["metadata"]["labels"][k] = v;
  for (const auto& [k, v] : annotations) pod["metadata"]["annotations"][k] = v;
  pod["spec"] = tmpl.is_object() && tmpl.contains("spec") ? tmpl["spec"] : json::object();
  return pod;
}

void statefulset_identity(json& pod, const model::StatefulSetSpec& spec, const std::string& pod_name) {
  pod["spec"]["hostname"] = pod_name;
  if (!spec.service_name.empty()) pod["spec"]["subdomain"] = spec.service_name;
  for (const auto& claim : spec.claims) {
    json volume = {{"name", claim}, {"persistentVolumeClaim", {{"claimName", claim + "-" + pod_name}}}};
    json& volumes = pod["spec"]["volumes"];
    if (!volumes.is_array()) volumes = json::array();
    bool replaced = false;
    for (auto& v : volumes)
      if (v.value("name", "") == claim) v = volume, replaced = true;
    if (!replaced) volumes.push_back(volume);
  }
}

// The five random characters a controller appends to a pod's name (generateName) are drawn
// when it makes the pod; a plan made before shows this instead, so no one mistakes it for the
// name the pod will have.
constexpr const char* kSuffixChosenAtRun = "xxxxx";

json example_pod(const model::Workload& w) {
  const std::string& ns = w.metadata.ns;
  const std::string hash = plan::pod_template_hash(w.template_json);
  switch (workload_kind_of(w)) {
    case WorkloadKind::Deployment:
      return pod_of_template(ns, w.template_json, w.metadata.name + "-" + hash + "-" + kSuffixChosenAtRun, {{"pod-template-hash", hash}},
                             {});
    case WorkloadKind::DaemonSet:
      return pod_of_template(ns, w.template_json, w.metadata.name + "-" + kSuffixChosenAtRun, {{"controller-revision-hash", hash}}, {});
    case WorkloadKind::StatefulSet: {
      const std::string name = w.metadata.name + "-" + std::to_string(w.statefulset.ordinals_start);
      json pod = pod_of_template(ns, w.template_json, name,
                                 {{"controller-revision-hash", w.metadata.name + "-" + hash},
                                  {"statefulset.kubernetes.io/pod-name", name},
                                  {"apps.kubernetes.io/pod-index", std::to_string(w.statefulset.ordinals_start)}},
                                 {});
      statefulset_identity(pod, w.statefulset, name);
      return pod;
    }
    case WorkloadKind::Job:
    case WorkloadKind::CronJob:
      // A CronJob's template_json is its Job's pod template (loader/workloads.cc).
      return pod_of_template(ns, w.template_json, w.metadata.name + "-" + kSuffixChosenAtRun, {{"job-name", w.metadata.name}}, {});
  }
  return json::object();
}

void add_example_pods(loader::LoadResult& loaded, const loader::LoadOptions& options) {
  for (const auto& w : loaded.workloads) {
    loader::LoadOptions o = options;
    o.keep_json = false;
    o.one_definition = false;
    json pod = example_pod(w);
    loader::LoadResult r = loader::load_text(w.file + " (" + w.kind + " " + w.metadata.name + "'s pod)", pod.dump(), o);
    for (auto& p : r.pods) loaded.pods.push_back(std::move(p));
  }
}

void save_workload_status(const Context& ctx, const WorkloadView& w) {
  json st = w.kind == WorkloadKind::Job           ? job_status_json(w.job)
            : w.kind == WorkloadKind::CronJob     ? cronjob_status_json(w.cronjob)
            : w.kind == WorkloadKind::StatefulSet ? statefulset_status_json(w.statefulset)
                                                  : deployment_status_json(w.deployment);
  st["uid"] = w.uid;
  state::StateStore store(ctx.state_root);
  if (!store.load_object(spec_kind(w.kind), w.ns, w.name)) return;  // deleted meanwhile: no status left behind
  store.save_object(status_kind(w.kind), w.ns, w.name, st.dump());
}

void update_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name,
                     const std::function<void(json&)>& edit) {
  auto w = find_workload(ctx, kind, ns, name);
  if (!w) throw std::invalid_argument(std::string(workload_kind_name(kind)) + "s." + workload_group(kind) + " \"" + name + "\" not found");
  json obj = w->object;
  edit(obj);
  if (!same_spec(obj, w->object)) obj["metadata"]["generation"] = w->generation + 1;
  save_spec(ctx, kind, obj);
}

void scale_workload(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, int replicas) {
  update_workload(ctx, kind, ns, name, [&](json& obj) { obj["spec"][kind == WorkloadKind::Job ? "parallelism" : "replicas"] = replicas; });
}

int rollout_undo(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name, int to_revision) {
  auto w = find_workload(ctx, kind, ns, name);
  if (!w) throw std::invalid_argument(std::string(workload_kind_name(kind)) + "s.apps \"" + name + "\" not found");
  std::vector<plan::ReplicaSetRecord> sets = kind == WorkloadKind::StatefulSet ? w->statefulset.revisions : w->deployment.sets;
  std::sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) { return a.revision > b.revision; });
  const plan::ReplicaSetRecord* target = nullptr;
  if (to_revision == 0) {
    if (sets.size() < 2)
      throw std::invalid_argument("no rollout history found for " + std::string(workload_kind_name(kind)) + " \"" + name + "\"");
    target = &sets[1];
  } else {
    for (const auto& s : sets)
      if (s.revision == to_revision) target = &s;
    if (!target) throw std::invalid_argument("unable to find specified revision " + std::to_string(to_revision) + " in history");
  }
  json tmpl = json::parse(target->template_json, nullptr, false);
  update_workload(ctx, kind, ns, name, [&](json& obj) { obj["spec"]["template"] = tmpl; });
  return target->revision;
}

void rollout_restart(const Context& ctx, WorkloadKind kind, const std::string& ns, const std::string& name) {
  update_workload(ctx, kind, ns, name, [&](json& obj) {
    obj["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] = now_rfc3339();
  });
}

}  // namespace podrun::pods
