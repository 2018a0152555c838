#include "pods/controllers.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "common/log.h"
#include "exec/supervisor_process.h"
#include "model/cron.h"
#include "plan/controllers.h"
#include "pods/observe.h"
#include "pods/services.h"
#include "pods/workloads.h"
#include "state/pod_state.h"
#include "state/pod_status.h"

namespace podrun::pods {

using nlohmann::json;

namespace {

std::string controller_dir(const Context& ctx) { return ctx.state_root + "/controllers"; }

json settings_json(const ControllerSettings& s) {
  return {{"podPidsLimit", s.policy.pod_pids_limit},
          {"allowedUnsafeSysctls", s.policy.allowed_unsafe_sysctls},
          {"seccompDefault", s.policy.seccomp_default},
          {"podSecurity", s.policy.pod_security},
          {"imagePullPolicy", s.policy.image_pull_policy},
          {"kubernetesVersion", s.policy.kubernetes_version},
          {"backoffBaseMs", s.settings.backoff.base.count()},
          {"backoffMaxMs", s.settings.backoff.max.count()},
          {"logMaxBytes", s.settings.log_max_bytes},
          {"bridge", s.settings.bridge},
          {"subnet", s.settings.subnet},
          {"idmappedMounts", s.settings.idmapped_mounts},
          {"serviceCIDR", s.settings.service_cidr},
          {"resolvConf", s.settings.resolv_conf},
          {"authfile", s.pull.authfile},
          {"insecureRegistries", s.pull.insecure},
          {"platform", s.pull.platform}};
}

ControllerSettings load_settings(const Context& ctx) {
  ControllerSettings s;
  json j = json::parse(files::read(controller_dir(ctx) + "/settings.json").value_or("{}"), nullptr, false);
  if (!j.is_object()) return s;
  s.policy.pod_pids_limit = j.value("podPidsLimit", "");
  s.policy.allowed_unsafe_sysctls = j.value("allowedUnsafeSysctls", "");
  s.policy.seccomp_default = j.value("seccompDefault", "");
  s.policy.pod_security = j.value("podSecurity", "");
  s.policy.image_pull_policy = j.value("imagePullPolicy", "");
  s.policy.kubernetes_version = j.value("kubernetesVersion", "");
  s.settings.backoff.base = std::chrono::milliseconds(j.value("backoffBaseMs", s.settings.backoff.base.count()));
  s.settings.backoff.max = std::chrono::milliseconds(j.value("backoffMaxMs", s.settings.backoff.max.count()));
  s.settings.log_max_bytes = j.value("logMaxBytes", s.settings.log_max_bytes);
  s.settings.bridge = j.value("bridge", s.settings.bridge);
  s.settings.subnet = j.value("subnet", s.settings.subnet);
  s.settings.idmapped_mounts = j.value("idmappedMounts", s.settings.idmapped_mounts);
  s.settings.service_cidr = j.value("serviceCIDR", s.settings.service_cidr);
  s.settings.resolv_conf = j.value("resolvConf", s.settings.resolv_conf);
  s.pull.authfile = j.value("authfile", "");
  s.pull.insecure = j.value("insecureRegistries", std::vector<std::string>{});
  s.pull.platform = j.value("platform", "");
  return s;
}

// Five characters of the API server's name alphabet (generateName's suffix).
std::string name_suffix() {
  static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
  unsigned char b[5] = {};
  if (::getrandom(b, sizeof b, 0) != static_cast<ssize_t>(sizeof b))
    for (auto& c : b) c = static_cast<unsigned char>(std::rand());
  std::string out;
  for (unsigned char c : b) out += alphabet[c % (sizeof alphabet - 1)];
  return out;
}

std::int64_t time_of(const std::string& rfc) {
  auto t = state::parse_rfc3339(rfc);
  return t ? static_cast<std::int64_t>(*t) : 0;
}

// A pod as its controller sees it: phase, readiness (and since when), exit codes, and the
// labels and annotations that say which index or ReplicaSet it belongs to.
plan::OwnedPod owned_pod(const PodView& pod, ManifestCache& manifests) {
  const state::PodState& s = pod.state;
  plan::OwnedPod p;
  p.name = s.name;
  switch (s.phase) {
    case state::PodPhase::Pending: p.phase = plan::OwnedPod::Phase::Pending; break;
    case state::PodPhase::Running: p.phase = plan::OwnedPod::Phase::Running; break;
    case state::PodPhase::Succeeded: p.phase = plan::OwnedPod::Phase::Succeeded; break;
    case state::PodPhase::Failed: p.phase = plan::OwnedPod::Phase::Failed; break;
  }
  // A pod nobody supervises any more (its supervisor was killed) is lost, as a pod on a lost
  // node: it counts as failed, and is replaced.
  if (!pod.supervised && !state::is_terminal(s.phase)) p.phase = plan::OwnedPod::Phase::Failed;
  p.terminating = s.deleting || !s.deletion_timestamp.empty();
  p.created = time_of(s.created);
  for (const auto& c : s.conditions)
    if (c.type == "Ready" && c.status) {
      p.ready = true;
      p.ready_since = time_of(c.last_transition);
      if (p.ready_since == 0) p.ready_since = p.created;
    }
  for (const auto& c : s.containers) {
    p.restarts += c.restart_count;
    p.finished = std::max(p.finished, time_of(c.finished_at));
    if (c.state == state::RunState::Terminated && c.exit_code != 0) p.exit_codes.emplace_back(c.name, c.exit_code);
  }
  if (p.finished == 0) p.finished = p.created;
  std::map<std::string, std::string> labels = manifests.labels(pod);
  if (auto it = labels.find("pod-template-hash"); it != labels.end()) p.hash = it->second;
  if (auto it = labels.find("controller-revision-hash"); it != labels.end()) p.hash = it->second;  // a DaemonSet's, a StatefulSet's
  if (auto it = labels.find("batch.kubernetes.io/job-completion-index"); it != labels.end()) {
    try {
      p.index = std::stoi(it->second);
    } catch (const std::exception&) {}
  }
  return p;
}

// The pods of `w` among `pods` (ownerReferences).
std::vector<const PodView*> pods_of(const WorkloadView& w, const std::vector<PodView>& pods, ManifestCache& manifests) {
  const std::set<std::string> owners = owner_uids(w);
  std::vector<const PodView*> out;
  for (const auto& pod : pods)
    if (pod.state.ns == w.ns && owned_by(manifests.of(pod), owners)) out.push_back(&pod);
  return out;
}

// A pod of the template: its labels and annotations, the owner, and what the kind adds.
json make_pod(const WorkloadView& w, const std::string& template_json, const std::string& name, const json& owner,
              const std::map<std::string, std::string>& labels, const std::map<std::string, std::string>& annotations) {
  json pod = pod_of_template(w.ns, template_json, name, labels, annotations);
  pod["metadata"]["ownerReferences"] = json::array({owner});
  return pod;
}

struct PodToMake {
  std::string key;  // "job/ns/name": whose
  json pod;
};

// 1-3 of one Job's sync: observe, decide, record; the pods to make go to `make`, those to
// remove to `remove`.
void sync_job(const Context& ctx, WorkloadView& w, const std::vector<const PodView*>& mine, ManifestCache& manifests, std::int64_t now,
              std::vector<PodToMake>& make, std::vector<PodName>& remove, ControllerSync& out) {
  std::vector<plan::OwnedPod> observed;
  for (const PodView* p : mine) observed.push_back(owned_pod(*p, manifests));
  plan::JobActions a = plan::job_actions(w.model.job, w.job, observed, now);
  const std::string key = "job/" + w.ns + "/" + w.name;
  if (a.delete_job) {
    out.changes.push_back(key + ": deleted (ttlSecondsAfterFinished)");
    delete_workload(ctx, WorkloadKind::Job, w.ns, w.name, std::nullopt, false);
    return;
  }
  bool was_finished = w.job.finished();
  w.job = a.status;
  save_workload_status(ctx, w);
  if (!was_finished && w.job.finished())
    out.changes.push_back(
        key + (w.job.complete() ? ": Complete" : ": Failed (" + plan::find_condition(w.job.conditions, "Failed")->reason + ")"));
  if (a.requeue_at && (!out.next_at || a.requeue_at < out.next_at)) out.next_at = a.requeue_at;
  for (const auto& n : a.remove) remove.emplace_back(w.ns, n);
  json owner = {{"apiVersion", "batch/v1"},  {"kind", "Job"}, {"name", w.name}, {"uid", w.uid}, {"controller", true},
                {"blockOwnerDeletion", true}};
  std::map<std::string, std::string> labels = {{"batch.kubernetes.io/controller-uid", w.uid},
                                               {"batch.kubernetes.io/job-name", w.name},
                                               {"controller-uid", w.uid},
                                               {"job-name", w.name}};
  for (int i = 0; i < a.create; ++i)
    make.push_back({key, make_pod(w, w.model.template_json, w.name + "-" + name_suffix(), owner, labels, {})});
  for (int index : a.create_indexes) {
    std::string idx = std::to_string(index);
    auto l = labels;
    l["batch.kubernetes.io/job-completion-index"] = idx;
    json pod = make_pod(w, w.model.template_json, w.name + "-" + idx + "-" + name_suffix(), owner, l,
                        {{"batch.kubernetes.io/job-completion-index", idx}});
    // As the Job controller: JOB_COMPLETION_INDEX from the annotation, and a hostname of
    // the index (a stable name under the template's subdomain).
    json env = {{"name", "JOB_COMPLETION_INDEX"},
                {"valueFrom", {{"fieldRef", {{"fieldPath", "metadata.annotations['batch.kubernetes.io/job-completion-index']"}}}}}};
    for (const char* list : {"initContainers", "containers"})
      if (pod["spec"].contains(list))
        for (auto& c : pod["spec"][list]) c["env"].push_back(env);
    if (!pod["spec"].contains("hostname")) pod["spec"]["hostname"] = w.name + "-" + idx;
    make.push_back({key, pod});
  }
}

void sync_deployment(const Context& ctx, WorkloadView& w, const std::vector<const PodView*>& mine, ManifestCache& manifests,
                     std::int64_t now, std::vector<PodToMake>& make, std::vector<PodName>& remove, ControllerSync& out) {
  std::vector<plan::OwnedPod> observed;
  for (const PodView* p : mine) observed.push_back(owned_pod(*p, manifests));
  plan::DeploymentInput in;
  in.spec = &w.model.deployment;
  in.generation = w.generation;
  in.template_json = w.model.template_json;
  in.name = w.name;
  if (auto it = w.model.metadata.annotations.find("kubernetes.io/change-cause"); it != w.model.metadata.annotations.end())
    in.change_cause = it->second;
  plan::DeploymentActions a = plan::deployment_actions(in, w.deployment, observed, now);
  for (auto& s : a.status.sets)
    if (s.uid.empty()) s.uid = new_uid();  // a new ReplicaSet: an identity for its pods' ownerReferences
  w.deployment = a.status;
  save_workload_status(ctx, w);
  const bool daemonset = w.kind == WorkloadKind::DaemonSet;
  const std::string key = std::string(daemonset ? "daemonset/" : "deployment/") + w.ns + "/" + w.name;
  if (a.requeue_at && (!out.next_at || a.requeue_at < out.next_at)) out.next_at = a.requeue_at;
  for (const auto& n : a.remove) remove.emplace_back(w.ns, n);
  for (const auto& [hash, count] : a.create) {
    const plan::ReplicaSetRecord* set = nullptr;
    for (const auto& s : w.deployment.sets)
      if (s.hash == hash) set = &s;
    if (!set) continue;
    // A Deployment's pods belong to its ReplicaSet <name>-<hash>; a DaemonSet's to the DaemonSet
    // itself, labelled with its revision's hash and its template's generation.
    json owner = {{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"}, {"name", w.name + "-" + hash},
                  {"uid", set->uid},         {"controller", true},   {"blockOwnerDeletion", true}};
    std::map<std::string, std::string> labels = {{"pod-template-hash", hash}};
    if (daemonset) {
      owner = {{"apiVersion", "apps/v1"}, {"kind", "DaemonSet"},       {"name", w.name}, {"uid", w.uid},
               {"controller", true},      {"blockOwnerDeletion", true}};
      labels = {{"controller-revision-hash", hash}, {"pod-template-generation", std::to_string(w.generation)}};
    }
    for (int n = 0; n < count; ++n)
      make.push_back(
          {key, make_pod(w, set->template_json, w.name + "-" + (daemonset ? "" : hash + "-") + name_suffix(), owner, labels, {})});
  }
}

// 1-3 of one StatefulSet's sync. Its pods are <name>-<ordinal>, with that hostname under the
// governing Service (serviceName) and a claim per volumeClaimTemplate, made of the revision
// the decision names.
void sync_statefulset(const Context& ctx, WorkloadView& w, const std::vector<const PodView*>& mine, ManifestCache& manifests,
                      std::int64_t now, std::vector<PodToMake>& make, std::vector<PodName>& remove, ControllerSync& out) {
  std::vector<plan::OwnedPod> observed;
  for (const PodView* p : mine) observed.push_back(owned_pod(*p, manifests));
  const model::StatefulSetSpec& spec = w.model.statefulset;
  plan::StatefulSetInput in;
  in.spec = &spec;
  in.generation = w.generation;
  in.template_json = w.model.template_json;
  in.name = w.name;
  plan::StatefulSetActions a = plan::statefulset_actions(in, w.statefulset, observed, now);
  w.statefulset = a.status;
  save_workload_status(ctx, w);
  const std::string key = "statefulset/" + w.ns + "/" + w.name;
  if (a.requeue_at && (!out.next_at || a.requeue_at < out.next_at)) out.next_at = a.requeue_at;
  for (const auto& n : a.remove) remove.emplace_back(w.ns, n);
  // whenScaled: Delete: the claims of ordinals scaled away, once their pods are gone.
  for (const auto& claim : plan::condemned_claims(spec, w.name, statefulset_claims(ctx, w), observed)) {
    files::remove_all(claims_dir(ctx, w.ns) + "/" + claim);
    out.changes.push_back(key + ": claim " + claim + " deleted (whenScaled: Delete)");
  }
  json owner = {{"apiVersion", "apps/v1"}, {"kind", "StatefulSet"},     {"name", w.name}, {"uid", w.uid},
                {"controller", true},      {"blockOwnerDeletion", true}};
  for (const auto& [ordinal, revision] : a.create) {
    std::string tmpl = w.model.template_json;
    for (const auto& r : w.statefulset.revisions)
      if (w.name + "-" + r.hash == revision) tmpl = r.template_json;
    const std::string name = w.name + "-" + std::to_string(ordinal);
    json pod = make_pod(w, tmpl, name, owner,
                        {{"controller-revision-hash", revision},
                         {"statefulset.kubernetes.io/pod-name", name},
                         {"apps.kubernetes.io/pod-index", std::to_string(ordinal)}},
                        {});
    statefulset_identity(pod, spec, name);
    make.push_back({key, pod});
  }
}

// The machine's own time zone (kube-controller-manager's, for a CronJob without timeZone): the
// name /etc/localtime links to, else UTC.
std::string local_time_zone() {
  char buf[512];
  ssize_t n = ::readlink("/etc/localtime", buf, sizeof buf - 1);
  if (n <= 0) return "";
  std::string target(buf, static_cast<std::size_t>(n));
  auto at = target.find("zoneinfo/");
  return at == std::string::npos ? "" : target.substr(at + 9);
}

void sync_cronjob(const Context& ctx, WorkloadView& w, const std::vector<WorkloadView>& jobs, std::int64_t now,
                  std::vector<PodName>& remove, ControllerSync& out) {
  (void)remove;
  const model::CronJobSpec& spec = w.model.cronjob;
  auto schedule = model::parse_cron_schedule(spec.schedule);
  if (!schedule) return;  // the loader refused it; an edited file is not read here
  const std::string tz = spec.time_zone.empty() ? local_time_zone() : spec.time_zone;
  // 1. Its Jobs: those whose owner is this CronJob.
  std::vector<plan::OwnedJob> mine;
  for (const auto& j : jobs) {
    if (j.ns != w.ns) continue;
    bool owned = false;
    for (const auto& ref : j.object["metadata"].value("ownerReferences", json::array())) owned = owned || ref.value("uid", "") == w.uid;
    if (!owned) continue;
    plan::OwnedJob o;
    o.name = j.name;
    o.created = time_of(j.object["metadata"].value("creationTimestamp", ""));
    json ann = j.object["metadata"].value("annotations", json::object());
    o.scheduled = time_of(ann.value("batch.kubernetes.io/cronjob-scheduled-timestamp", ""));
    if (!o.scheduled) o.scheduled = o.created;
    o.finished = j.job.finished();
    o.succeeded = j.job.complete();
    for (const auto& c : j.job.conditions)
      if ((c.type == "Complete" || c.type == "Failed") && c.status) o.finished_at = c.last_transition;
    mine.push_back(o);
  }
  // 2. The decision; 3. carried out: Jobs made (the next pass runs them) and deleted.
  std::int64_t created = time_of(w.object["metadata"].value("creationTimestamp", ""));
  auto next = [&](std::int64_t t) { return model::next_cron_time(*schedule, t, tz); };
  plan::CronJobActions a = plan::cronjob_actions(spec, w.cronjob, created, mine, next, now);
  const std::string key = "cronjob/" + w.ns + "/" + w.name;
  for (const auto& name : a.remove) {
    delete_workload(ctx, WorkloadKind::Job, w.ns, name, std::nullopt, false);
    out.changes.push_back(key + ": job " + name + " deleted");
  }
  if (a.create_for) {
    json tmpl = json::parse(spec.job_template_json, nullptr, false);
    json job = {{"apiVersion", "batch/v1"}, {"kind", "Job"}};
    job["metadata"] = tmpl.is_object() && tmpl.contains("metadata") && tmpl["metadata"].is_object() ? tmpl["metadata"] : json::object();
    // As the CronJob controller: <name>-<scheduled time in minutes>, which also makes a run
    // happen once however many passes see it due.
    std::string name = w.name + "-" + std::to_string(a.create_for / 60);
    job["metadata"]["name"] = name;
    job["metadata"]["namespace"] = w.ns;
    char at[32];
    std::time_t t = static_cast<std::time_t>(a.create_for);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    job["metadata"]["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"] = at;
    job["metadata"]["ownerReferences"] = json::array({{{"apiVersion", "batch/v1"},
                                                       {"kind", "CronJob"},
                                                       {"name", w.name},
                                                       {"uid", w.uid},
                                                       {"controller", true},
                                                       {"blockOwnerDeletion", true}}});
    job["spec"] = tmpl.is_object() && tmpl.contains("spec") ? tmpl["spec"] : json::object();
    if (!find_workload(ctx, WorkloadKind::Job, w.ns, name)) {
      create_job(ctx, job);
      a.status.active.push_back(name);
      out.changes.push_back(key + ": job " + name + " created");
    }
  }
  w.cronjob = a.status;
  save_workload_status(ctx, w);
  if (a.requeue_at && (!out.next_at || a.requeue_at < out.next_at)) out.next_at = a.requeue_at;
}

}  // namespace

void save_controller_settings(const Context& ctx, const ControllerSettings& settings) {
  const std::string dir = controller_dir(ctx);
  if (!files::make_dirs(dir, 0700)) throw SysError("save the controllers' settings", "mkdir", dir, errno);
  if (!files::write(dir + "/settings.json", settings_json(settings).dump(), 0600))
    throw SysError("save the controllers' settings", "write", dir + "/settings.json", errno);
}

ControllerSync sync_workloads(const Context& ctx, std::int64_t now, ServiceProxy* proxy) {
  ControllerSync out;
  // 1. Everything there is: the workloads and the pods (read once for all).
  std::vector<WorkloadView> workloads = list_workloads(ctx, WorkloadKind::Job, "");
  const std::vector<WorkloadView> jobs = workloads;
  for (auto& d : list_workloads(ctx, WorkloadKind::Deployment, "")) workloads.push_back(std::move(d));
  for (auto& c : list_workloads(ctx, WorkloadKind::CronJob, "")) workloads.push_back(std::move(c));
  for (auto& d : list_workloads(ctx, WorkloadKind::DaemonSet, "")) workloads.push_back(std::move(d));
  for (auto& t : list_workloads(ctx, WorkloadKind::StatefulSet, "")) workloads.push_back(std::move(t));
  out.workloads = workloads.size();
  std::vector<PodView> pods = list_pods(ctx, "");
  ManifestCache manifests;  // each pod's pod.json, read once this pass
  // 2. Each controller's decision, carried out together: the pods to remove asked to stop,
  //    then the new ones applied as one input (their supervisors start in parallel).
  std::vector<PodToMake> make;
  std::vector<PodName> remove;
  for (auto& w : workloads) {
    try {
      if (w.kind == WorkloadKind::CronJob) {
        sync_cronjob(ctx, w, jobs, now, remove, out);
        continue;
      }
      auto mine = pods_of(w, pods, manifests);
      if (w.kind == WorkloadKind::Job) sync_job(ctx, w, mine, manifests, now, make, remove, out);
      else if (w.kind == WorkloadKind::StatefulSet) sync_statefulset(ctx, w, mine, manifests, now, make, remove, out);
      else sync_deployment(ctx, w, mine, manifests, now, make, remove, out);
    } catch (const std::exception& e) {
      out.errors.push_back(std::string(workload_kind_name(w.kind)) + "/" + w.ns + "/" + w.name + ": " + e.what());
    }
  }
  // 3. The garbage collector's part: a pod whose controlling owner (a Job, a ReplicaSet) no
  //    longer exists goes — one made while its workload was being deleted, say.
  std::set<std::string> owners;
  for (const auto& w : workloads) {
    std::set<std::string> mine = owner_uids(w);
    owners.insert(mine.begin(), mine.end());
  }
  for (const auto& pod : pods) {
    if (pod.state.deleting || !pod.state.deletion_timestamp.empty()) continue;
    const std::string key = pod.state.ns + "/" + pod.state.name;
    const json& m = manifests.of(pod);
    if (!m.is_object() || !m.contains("metadata") || !m["metadata"].is_object()) continue;
    for (const auto& ref : m["metadata"].value("ownerReferences", json::array())) {
      bool ours =
          (ref.value("kind", "") == "Job" && ref.value("apiVersion", "") == "batch/v1") ||
          ((ref.value("kind", "") == "ReplicaSet" || ref.value("kind", "") == "DaemonSet" || ref.value("kind", "") == "StatefulSet") &&
           ref.value("apiVersion", "") == "apps/v1");
      if (ours && ref.value("controller", false) && !owners.count(ref.value("uid", ""))) {
        remove.emplace_back(pod.state.ns, pod.state.name);
        out.changes.push_back("pod/" + key + ": its " + ref.value("kind", "") + " " + ref.value("name", "") + " is gone");
        break;
      }
    }
  }
  if (!remove.empty()) {
    delete_pods(ctx, remove, std::nullopt, false);
    for (const auto& [ns, name] : remove) out.changes.push_back("pod/" + ns + "/" + name + " deleted");
  }
  // 4. Services: endpoints (without the pods just asked to stop), rules, names.
  if (proxy) {
    ControllerSettings settings = load_settings(ctx);
    std::set<std::string> leaving;
    for (const auto& [ns, name] : remove) leaving.insert(ns + "/" + name);
    try {
      out.services = proxy->sync(pods, manifests, leaving, settings.settings.subnet, settings.settings.bridge,
                                 settings.settings.service_cidr, settings.settings.resolv_conf, out.changes);
    } catch (const std::exception& e) {
      out.services = 1;
      out.errors.push_back(std::string("services: ") + e.what());
    }
  }
  if (make.empty()) return out;
  const std::string dir = controller_dir(ctx) + "/new-pods";
  files::remove_all(dir);
  if (!files::make_dirs(dir, 0700)) {
    out.errors.push_back("create " + dir + ": " + std::strerror(errno));
    return out;
  }
  ApplyRequest req;
  ControllerSettings settings = load_settings(ctx);
  req.policy = settings.policy;
  req.settings = settings.settings;
  req.pull = settings.pull;
  for (std::size_t i = 0; i < make.size(); ++i) {
    // A workload deleted since it was read makes no pod (what slips through, step 3 collects).
    const std::string& key = make[i].key;
    auto kind = *parse_workload_kind(key.substr(0, key.find('/')));
    std::string rest = key.substr(key.find('/') + 1);  // "job/..." or "deployment/..."
    if (!find_workload(ctx, kind, rest.substr(0, rest.find('/')), rest.substr(rest.find('/') + 1))) continue;
    std::string path = dir + "/" + std::to_string(i) + ".json";
    if (!files::write(path, make[i].pod.dump(), 0600)) continue;
    req.files.push_back(path);
  }
  ApplyResult r = apply(ctx, req, [&](loader::DocumentResult&& d) {
    for (const auto& diag : d.diagnostics)
      if (diag.severity == Severity::Error) out.errors.push_back("pod " + d.name + ": " + diag.path + ": " + diag.message);
  });
  for (const auto& o : r.objects)
    if (o.outcome == ObjectResult::Outcome::Failed) out.errors.push_back("pod/" + o.ns + "/" + o.name + ": " + o.message);
    else if (o.outcome == ObjectResult::Outcome::Created) out.changes.push_back("pod/" + o.ns + "/" + o.name + " created");
  files::remove_all(dir);
  return out;
}

namespace {

// The lock file of the root's controller process; its pid is written in it.
std::string lock_path(const Context& ctx) { return controller_dir(ctx) + "/lock"; }

}  // namespace

int controller_pid(const Context& ctx) {
  int fd = ::open(lock_path(ctx).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  int pid = 0;
  if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
    char buf[32] = {};
    if (::read(fd, buf, sizeof buf - 1) > 0) pid = std::atoi(buf);
  }
  ::close(fd);
  return pid;
}

int run_controllers(const Context& ctx, int stop_fd) {
  // 1. One controller process per root: the lock, with the pid in it.
  if (!files::make_dirs(controller_dir(ctx), 0700)) throw SysError("start the controllers", "mkdir", controller_dir(ctx), errno);
  int fd = ::open(lock_path(ctx).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw SysError("start the controllers", "open", lock_path(ctx), errno);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return 1;
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  // Its lines timed, with its name and pid, in ROOT/controllers/log (also its stderr, where
  // dnsmasq and a crash write): what a pass changed can be set against what a client saw, and
  // when (a Service's rules load at the pass after its endpoints change).
  log::to_file(controller_dir(ctx) + "/log", log::current_level(), "controllers");
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) log::warn("cannot write the lock's pid");
  log::info("running, pid " + std::to_string(::getpid()));
  // 2. Sync every half second; leave after a few seconds with nothing to control.
  ServiceProxy proxy(ctx);
  int idle = 0;
  for (;;) {
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    ControllerSync s;
    try {
      s = sync_workloads(ctx, now, &proxy);
    } catch (const std::exception& e) {
      log::error(e.what());
      s.workloads = 1;  // not idle: the workloads are there, what failed may pass
    }
    for (const auto& c : s.changes) log::info(c);
    for (const auto& e : s.errors) log::warn(e);
    idle = s.workloads || s.services ? 0 : idle + 1;
    if (idle >= 6) break;  // 3 s with no workload
    struct pollfd p = {stop_fd, POLLIN, 0};
    if (stop_fd >= 0 && ::poll(&p, 1, 500) > 0) break;
    if (stop_fd < 0) ::usleep(500'000);
  }
  // 3. The lock file goes with the lock: a later controller makes it again.
  ::unlink(lock_path(ctx).c_str());
  ::close(fd);
  log::info("no workload left, exiting");
  return 0;
}

void ensure_controllers(const Context& ctx) {
  if (controller_pid(ctx) > 0) return;
  if (!files::make_dirs(controller_dir(ctx), 0700)) throw SysError("start the controllers", "mkdir", controller_dir(ctx), errno);
  std::vector<std::string> args = {exec::self_binary(), "--root", ctx.state_root, "--storage", ctx.storage_root, "--log-level", "info"};
  if (ctx.config_named) {
    args.push_back("--config");
    args.push_back(ctx.config_path);
  }
  if (ctx.cgroup_version) {
    args.push_back("--cgroup-version");
    args.push_back(std::to_string(ctx.cgroup_version));
  }
  args.push_back("controllers");
  const std::string log_file = controller_dir(ctx) + "/log";
  pid_t child = ::fork();
  if (child < 0) throw SysError("start the controllers", "fork", "", errno);
  if (child == 0) {
    // A daemon: its own session, a second fork (no controlling terminal ever), stdio on
    // /dev/null and the log, no fd of the caller's.
    ::setsid();
    if (::fork() != 0) ::_exit(0);
    int null = ::open("/dev/null", O_RDWR);
    int log = ::open(log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (null >= 0) ::dup2(null, 0), ::dup2(null, 1);
    if (log >= 0) ::dup2(log, 2);
    for (int i = 3; i < 1024; ++i) ::close(i);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::waitpid(child, nullptr, 0);
}

}  // namespace podrun::pods
