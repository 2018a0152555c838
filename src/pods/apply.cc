#include "pods/apply.h"

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <deque>
#include <functional>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "cgroup/cgroup.h"
#include "common/fault.h"
#include "common/files.h"
#include "common/log.h"
#include "common/process.h"
#include "common/trace.h"
#include "exec/pod_setup.h"
#include "exec/rootless_session.h"
#include "exec/sandbox_pool.h"
#include "exec/seccomp.h"
#include "exec/supervisor_process.h"
#include "host/host_facts.h"
#include "image/mount_points.h"
#include "image/rootfs.h"
#include "image/store.h"
#include "plan/render.h"
#include "plan/rootless.h"
#include "plan/sandbox_pool.h"
#include "pods/controllers.h"
#include "pods/delete.h"
#include "pods/images.h"
#include "pods/network_policies.h"
#include "pods/objects.h"
#include "pods/observe.h"
#include "pods/sandbox_pool.h"
#include "pods/services.h"
#include "pods/workloads.h"
#include "state/pod_state.h"

namespace podrun::pods {

using nlohmann::json;

bool ApplyResult::any_failed() const {
  for (const auto& o : objects)
    if (o.outcome == ObjectResult::Outcome::Failed) return true;
  return false;
}

namespace {

// One pod to start: its plan, what its supervisor needs besides, the manifest as applied.
struct PodRequest {
  plan::PodPlan plan;
  plan::CgroupVersion cgroup_version = plan::CgroupVersion::V1;  // the plan's host facts
  std::string cgroup_root;                                       // "": none (a rootless session without delegation)
  std::map<std::string, exec::ImageLayers> images;               // by reference as the manifest writes it
  std::string manifest_json;
  std::vector<exec::PriorEvent> image_events;                     // apply's pulls, for the pod's events
  exec::PullRetry pull_retry;                                     // how its supervisor pulls again what failed
  std::vector<std::pair<std::string, std::string>> pull_secrets;  // its imagePullSecrets, for those pulls
  // plan.json (`podrun plan -o json` of this pod), made while the supervisor starts the pod:
  // only people and later commands read it.
  std::function<std::string()> plan_json;
};

void write_file(const std::string& path, const std::string& text) {
  if (!files::write(path, text, 0600)) throw SysError("write the pod's files", "write", path, errno);
}

// The labels and annotations of the pod.json at `path` and of `manifest_json` are the same.
bool same_metadata(const std::string& path, const std::string& manifest_json) {
  json before = json::parse(files::read(path).value_or(""), nullptr, false);
  json after = json::parse(manifest_json, nullptr, false);
  auto part = [](const json& pod, const char* key) {
    if (!pod.is_object() || !pod.contains("metadata") || !pod["metadata"].is_object()) return json();
    auto it = pod["metadata"].find(key);
    return it == pod["metadata"].end() ? json() : *it;
  };
  return part(before, "labels") == part(after, "labels") && part(before, "annotations") == part(after, "annotations");
}

// The JSON paths under `path` where `a` and `b` differ (at most `limit`).
void differing_paths(const json& a, const json& b, const std::string& path, std::vector<std::string>& out, std::size_t limit) {
  if (out.size() >= limit || a == b) return;
  if (a.is_object() && b.is_object()) {
    std::set<std::string> keys;
    for (auto it = a.begin(); it != a.end(); ++it) keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it) keys.insert(it.key());
    for (const auto& k : keys) differing_paths(a.contains(k) ? a[k] : json(), b.contains(k) ? b[k] : json(), path + "." + k, out, limit);
    return;
  }
  if (a.is_array() && b.is_array() && a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i) differing_paths(a[i], b[i], path + "[" + std::to_string(i) + "]", out, limit);
    return;
  }
  out.push_back(path);
}

// What apply would do to the pod `p`, changing nothing (--dry-run): as step 1 of apply_pod.
ObjectResult dry_outcome(const Context& ctx, const plan::PodPlan& p, const std::string& manifest_json, bool force) {
  ObjectResult r{"pod", p.ns, p.name, ObjectResult::Outcome::Configured, ""};
  state::StateStore store(ctx.state_root);
  auto existing = store.load(p.ns, p.name);
  const std::string manifest = store.paths(p.ns, p.name).manifest();
  if (!existing && !files::exists(store.pod_dir(p.ns, p.name))) r.outcome = ObjectResult::Outcome::Created;
  bool running = existing && process_alive(existing->supervisor_pid, existing->supervisor_start);
  if (running && existing->spec_hash == p.spec_hash && same_metadata(manifest, manifest_json)) r.outcome = ObjectResult::Outcome::Unchanged;
  if (running && existing->spec_hash != p.spec_hash && !force) {
    r.message = pod_update_forbidden(p.name, json::parse(files::read(manifest).value_or(""), nullptr, false),
                                     json::parse(manifest_json, nullptr, false));
    if (!r.message.empty()) r.outcome = ObjectResult::Outcome::Failed;
  }
  return r;
}

// The set's members that the input no longer has (--prune): every pod labelled with the set,
// in any namespace, that `-l` (when given) matches and the input does not name.
std::vector<PodName> prune_targets(const Context& ctx, const ApplyRequest& request, const std::set<PodName>& applied) {
  std::vector<PodName> out;
  for (const auto& pod : list_pods(ctx, "")) {
    std::map<std::string, std::string> labels = pod_labels(pod);
    auto member = labels.find(kApplySetLabel);
    if (member == labels.end() || member->second != request.applyset) continue;
    if (request.selector && !request.selector->matches(labels)) continue;
    if (applied.count({pod.state.ns, pod.state.name}) || request.keep.count("pod/" + pod.state.ns + "/" + pod.state.name)) continue;
    out.emplace_back(pod.state.ns, pod.state.name);
  }
  return out;
}

// A pod handed to its supervisor, whose report is still to come (or a result known at once:
// unchanged, refused).
struct StartingPod {
  ObjectResult result;
  UniqueFd report;  // invalid when `result` is final
  pid_t supervisor = -1;
};

// Where a pod's supervisor comes from when a sandbox pool runs (pods/sandbox_pool.h).
using SupervisorSource = std::function<std::optional<exec::StandbySupervisor>()>;

// Step 4 for one pod, up to handing it to its supervisor. `standby`, when given and not used
// yet, becomes its supervisor.
StartingPod start_pod(const Context& ctx, const SupervisorSettings& settings, std::int64_t eviction_period_ms, const PodRequest& req,
                      exec::StandbySupervisor* standby, bool force, const SupervisorSource& from_pool_source) {
  const plan::PodPlan& p = req.plan;
  state::StateStore store(ctx.state_root);
  std::string dir = store.pod_dir(p.ns, p.name);
  StartingPod out{{"pod", p.ns, p.name, ObjectResult::Outcome::Created, ""}, {}, -1};
  ObjectResult& result = out.result;
  // 0. What the kubelet refuses before it starts anything (SysctlForbidden): nothing changes.
  if (!p.admission_errors.empty()) {
    result.outcome = ObjectResult::Outcome::Failed;
    result.message = p.admission_errors.front();
    return out;
  }
  UniqueFd& report = out.report;
  pid_t& sup = out.supervisor;
  {
    // 1. Name allocation, under the global lock: unchanged, changed, or new.
    auto global = store.lock_global();
    auto existing = store.load(p.ns, p.name);
    bool running = existing && process_alive(existing->supervisor_pid, existing->supervisor_start);
    // A pod whose container waits for its image is applied again when this apply's plan has
    // every image (this apply pulled it, or an override made the stored one do). While one is
    // still missing the pod is left to its supervisor's back-off: making it again would reset
    // the back-off and restart its other containers (podrun serve applies at every sync).
    bool waits_for_image = existing && std::any_of(existing->containers.begin(), existing->containers.end(), [](const auto& c) {
                             return c.state == state::RunState::Waiting && (c.reason == "ImagePullBackOff" || c.reason == "ErrImagePull");
                           });
    bool plan_has_images = std::none_of(p.containers.begin(), p.containers.end(), [](const auto& c) { return c.image_wait.has_value(); });
    if (running && existing->spec_hash == p.spec_hash && !(waits_for_image && plan_has_images)) {
      // The same spec: the pod runs on. Its labels and annotations (a spec hash does not cover
      // them: kubectl apply changes them in place) are updated when they changed.
      result.outcome = ObjectResult::Outcome::Unchanged;
      if (!same_metadata(state::PodPaths{dir}.manifest(), req.manifest_json)) {
        auto pod_lock = store.lock_pod(p.ns, p.name);
        const std::string path = state::PodPaths{dir}.manifest(), tmp = path + ".tmp";
        write_file(tmp, req.manifest_json);
        if (::rename(tmp.c_str(), path.c_str()) != 0) throw SysError("update the pod's labels", "rename", path, errno);
        result.outcome = ObjectResult::Outcome::Configured;
      }
      return out;
    }
    // A running pod's spec changes only as far as the API server lets a Pod update change it;
    // beyond that, only with --force (delete and create, as kubectl apply --force).
    if (running && existing->spec_hash != p.spec_hash && !force) {
      json before = json::parse(files::read(state::PodPaths{dir}.manifest()).value_or(""), nullptr, false);
      std::string why = pod_update_forbidden(p.name, before, json::parse(req.manifest_json, nullptr, false));
      if (!why.empty()) {
        result.outcome = ObjectResult::Outcome::Failed;
        result.message = why;
        return out;
      }
    }
    if (existing || files::exists(dir)) {
      result.outcome = ObjectResult::Outcome::Configured;
      global = state::StateStore::Lock();  // delete takes it again
      delete_pods(ctx, {{p.ns, p.name}}, std::nullopt, true);
      global = store.lock_global();
    }
    // With serve's pool: a supervisor whose sandbox is made, for a pod of the pool's shape,
    // taken now, so that it can decode the pod's configuration and go on with the pod while
    // this process writes its files.
    exec::StandbySupervisor own;
    bool pooled = false;
    if ((!standby || !*standby) && from_pool_source && plan::pooled_sandbox_misfit(p).empty())
      if (std::optional<exec::StandbySupervisor> from_pool = from_pool_source()) {
        own = std::move(*from_pool);
        standby = &own;
        pooled = true;
        trace::mark("apply.pool-taken");
      }
    // The supervisor's run configuration, made before the pod's directory: the early (or
    // pooled) supervisor decodes it on the other CPU while this process makes the directory
    // and its files; run.json gets the same configuration as JSON (the supervisor's reload, `podrun exec`).
    exec::RunConfig run;
    run.plan = p;
    run.images = req.images;
    run.state_root = ctx.state_root;
    run.pause_binary = exec::helper_binary("podrun-pause");
    run.backoff = settings.backoff;
    run.log_max_bytes = settings.log_max_bytes;
    run.cgroup_version = req.cgroup_version;
    run.bridge = settings.bridge;
    run.subnet = settings.subnet;
    run.idmapped_mounts = settings.idmapped_mounts;
    run.storage_dir = exec::pod_storage_dir(ctx.storage_root, dir, p.uid);
    run.eviction_period_ms = eviction_period_ms;
    run.log_level = log::level_name(log::current_level());
    run.cgroup_root = req.cgroup_root;
    run.prior_events = req.image_events;
    run.pull_retry = req.pull_retry;
    if (standby && *standby) standby->tell_run_config(exec::encode_run_config_word(run));
    exec::make_pod_dir(dir);
    // From here until the supervisor has the pod, a failure removes the directory again.
    struct Undo {
      const std::string& dir;
      bool armed = true;
      ~Undo() {
        if (!armed) return;
        try {
          exec::remove_pod_files(dir);
        } catch (const std::exception&) {
          // Left for `delete`: the directory holds no process, and its state says nothing runs.
        }
        ::rmdir(files::parent(dir).c_str());  // the namespace directory, when empty
      }
    } undo{dir};
    // The early supervisor (or the pool's) makes the pod's cgroups meanwhile, and releases the
    // pause holder it made ahead into them (it undoes both when it is not handed the pod).
    if (standby && *standby) {
      exec::PodAhead ahead;
      ahead.version = req.cgroup_version;
      ahead.root = req.cgroup_root;
      ahead.cgroups = {p.cgroup};
      for (const auto& c : p.containers) ahead.cgroups.push_back(c.cgroup);
      ahead.pause_cgroup = cgroup::pause_cgroup_path(p, req.cgroup_version);
      ahead.hostname = p.pause.hostname;
      ahead.oom_score_adj = p.pause.oom_score_adj;
      ahead.pod_dir = dir;
      standby->tell_pod_ahead(ahead);
    }
    fault::point("apply.pod-dir");
    const state::PodPaths paths{dir};
    write_file(paths.manifest(), req.manifest_json);
    // run.json's JSON (0.1 ms) once the words are out: the supervisor reads it only when it
    // could not read the word (another build's), and then after the hand-over below.
    write_file(paths.run_config(), exec::encode_run_config(run));
    bool waits = std::any_of(p.containers.begin(), p.containers.end(), [](const auto& c) { return c.image_wait.has_value(); });
    if (waits && !req.pull_secrets.empty()) write_pull_secrets(dir, req.pull_secrets);
    exec::write_seccomp_programs(p, paths, ctx.state_root);
    fault::point("apply.run-config");

    // 2. The supervisor: started before the manifest was read, or now. Its pid goes into the
    //    state before the global lock is released, so that a caller killed from here on
    //    leaves a pod that delete (or a re-apply) can find.
    if (!standby || !*standby) {
      own = exec::StandbySupervisor::spawn(exec::helper_binary("podrun-supervisor"));
      standby = &own;
    }
    sup = standby->pid();
    // Its first state names it before it is handed the pod: a caller killed at any point from
    // here leaves a pod that delete, gc or a re-apply finds (a supervisor that was never
    // handed its pod exits when this process does, and the pod shows Unknown).
    state::PodState initial;
    initial.ns = p.ns;
    initial.name = p.name;
    initial.uid = p.uid;
    initial.spec_hash = p.spec_hash;
    initial.created = state::now_rfc3339();
    auto name_supervisor = [&](pid_t pid) {
      initial.supervisor_pid = pid;
      initial.supervisor_start = process_start_time(pid);
      auto pod_lock = store.lock_pod(p.ns, p.name);
      store.save(initial);
    };
    name_supervisor(sup);
    UniqueFd storage_word;
    try {
      report = standby->start(dir, &storage_word);
    } catch (const SysError& e) {
      if (!pooled) throw;
      // A pooled supervisor that is gone (killed while it waited): one of the pod's own.
      log::debug(std::string("pooled supervisor gone: ") + e.what());
      own = exec::StandbySupervisor::spawn(exec::helper_binary("podrun-supervisor"));
      sup = own.pid();
      name_supervisor(sup);
      report = own.start(dir, &storage_word);
    }
    undo.armed = false;  // the supervisor's, and delete's
    fault::point("apply.supervisor");
    // 3. The pod's storage on disk, made here while the supervisor adopts its sandbox and makes
    //    its cgroups on the other CPU (made before the hand-over, it delayed the hand-over as
    //    much as it saved). A failure is the supervisor's to report: it makes what is missing.
    try {
      exec::attach_pod_storage(dir, run.storage_dir, p.uid);
      const std::string word = std::string(exec::kStorageMade) + "\n";
      if (::send(storage_word.get(), word.data(), word.size(), MSG_NOSIGNAL) < 0) {}  // gone: nothing to tell
      trace::mark("apply.storage");
      // Then the first container's directories on that disk, ahead of its start (the socket
      // stays open until they are made: the supervisor tears nothing down before). Only the
      // first's: with three containers, all of theirs took the CPU their starts needed.
      if (!p.containers.empty()) exec::make_container_dirs(paths, {p.containers.front().name});
    } catch (const std::exception& e) {
      log::debug("pod/" + p.name + ": storage left to the supervisor: " + e.what());
    }
    storage_word.reset();
    trace::mark("apply.container-dirs");
    // 4. plan.json, as `podrun plan -o json` shows the pod: for people, and for delete's bound
    //    on its wait (the grace period). Rendered while the supervisor starts the pod on the
    //    other CPU (a sixth of this command's instructions), and before the global lock is
    //    released, so that no delete reads the directory without it.
    if (req.plan_json) try {
        write_file(paths.plan(), req.plan_json());
      } catch (const std::exception& e) {
        log::warn("pod/" + p.name + ": plan.json not written (delete waits the default 30 s grace): " + e.what());
      }
  }
  return out;
}

// Step 3 of a pod's start: the supervisor's report, OK once every container runs, or what
// went wrong.
ObjectResult finish_pod(const Context& ctx, StartingPod& starting) {
  ObjectResult& result = starting.result;
  if (!starting.report) return result;
  const UniqueFd report = std::move(starting.report);
  const pid_t sup = starting.supervisor;
  std::string reply;
  char buf[512];
  ssize_t n;
  // One line; the supervisor's children may keep the pipe open a little longer.
  while (reply.find('\n') == std::string::npos && ((n = ::read(report.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)))
    if (n > 0) reply.append(buf, static_cast<std::size_t>(n));
  while (!reply.empty() && reply.back() == '\n') reply.pop_back();
  ::waitpid(sup, nullptr, WNOHANG);  // reaped here if it already gave up
  if (reply == "OK") return result;
  result.outcome = ObjectResult::Outcome::Failed;
  result.message = reply.rfind("ERR ", 0) == 0 ? reply.substr(4) : "the supervisor died while starting the pod";
  // The supervisor undid what it did; remove the directory of a pod that never ran.
  delete_pods(ctx, {{result.ns, result.name}}, 0, true);
  ::waitpid(sup, nullptr, 0);
  return result;
}

// Steps 2 of apply and diff: the input loaded (every problem to `on_document`), then narrowed
// and marked as the caller asked: -l keeps the pods and namespaces it matches (ConfigMaps and
// Secrets stay: the pods read them); --applyset labels every pod a member of the set, in the
// model (the planner's downward API sees it) and in its JSON (pod.json). Kept until the
// process ends (the CLI exits without destructors: freeing the documents node by node is
// wasted time). nullptr, with out.status set, when there is nothing to go on with.
loader::LoadResult* load_input(const Context& ctx, const ApplyRequest& request, const host::MachineConfig& machine,
                               const loader::DocumentSink& on_document, ApplyResult& out, bool partial) {
  loader::LoadOptions lo = load_options(ctx, machine);
  lo.keep_json = true;
  lo.jobs = static_cast<int>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
  lo.default_namespace = request.default_namespace;
  std::size_t invalid = 0;
  loader::DocumentSink sink = [&](loader::DocumentResult&& d) {
    if (!d.valid()) ++invalid;
    on_document(std::move(d));
  };
  loader::LoadResult& r = *new loader::LoadResult(loader::load_paths(request.files, lo, &sink));
  if (!r.input_errors.empty()) {
    out.status = ApplyResult::Status::BadInput;
    out.input_errors = r.input_errors;
    return nullptr;
  }
  // An invalid document: diff (`partial` false) stops; apply goes on with the valid objects,
  // unless there are none.
  out.invalid_documents = invalid;
  if (invalid && (!partial || (r.pods.empty() && r.namespaces.empty() && r.configmaps.empty() && r.secrets.empty() && r.workloads.empty() &&
                               r.services.empty() && r.network_policies.empty()))) {
    out.status = ApplyResult::Status::Invalid;
    return nullptr;
  }
  if (request.selector) {
    auto matches = [&](const std::map<std::string, std::string>& labels) { return request.selector->matches(labels); };
    r.pods.erase(std::remove_if(r.pods.begin(), r.pods.end(), [&](const model::Pod& p) { return !matches(p.metadata.labels); }),
                 r.pods.end());
    r.namespaces.erase(std::remove_if(r.namespaces.begin(), r.namespaces.end(), [&](const auto& n) { return !matches(n.labels); }),
                       r.namespaces.end());
  }
  if (!request.applyset.empty()) {
    for (auto& pod : r.pods) pod.metadata.labels[kApplySetLabel] = request.applyset;
    for (auto& obj : r.objects)
      if (obj.value("kind", "") == "Pod") obj["metadata"]["labels"][kApplySetLabel] = request.applyset;
  }
  if (r.pods.empty() && r.namespaces.empty() && r.configmaps.empty() && r.secrets.empty() && r.workloads.empty() && r.services.empty() &&
      r.network_policies.empty() && !request.prune) {
    out.status = ApplyResult::Status::NoObjects;
    return nullptr;
  }
  return &r;
}

// The pod as apply stores it (pod.json): its object from the input, with what admission
// recorded (Pod Security's policy and audit verdict) in its annotations.
json applied_object(const loader::LoadResult& r, const std::string& ns, const std::string& name) {
  for (const auto& obj : r.objects)
    if (obj.value("kind", "") == "Pod" && obj["metadata"].value("name", "") == name &&
        obj["metadata"].value("namespace", "default") == ns) {
      json applied = obj;
      for (const auto& pod : r.pods)
        if (pod.metadata.ns == ns && pod.metadata.name == name)
          for (const auto& [k, v] : pod.admission_annotations) applied["metadata"]["annotations"][k] = v;
      return applied;
    }
  return json();
}

// The first ConfigMap or Secret that `pod` (JSON) names without `optional: true` and that
// `r` (valid input and stored objects) lacks, as `ConfigMap "name"`; "" when none.
std::string missing_reference(const loader::LoadResult& r, const json& pod, const std::string& ns) {
  auto has = [&](bool secret, const std::string& name) {
    if (secret)
      return std::any_of(r.secrets.begin(), r.secrets.end(), [&](const auto& s) { return s.metadata.ns == ns && s.metadata.name == name; });
    return std::any_of(r.configmaps.begin(), r.configmaps.end(),
                       [&](const auto& c) { return c.metadata.ns == ns && c.metadata.name == name; });
  };
  std::string missing;
  std::function<void(const json&)> walk = [&](const json& j) {
    if (!missing.empty()) return;
    if (j.is_array())
      for (const auto& v : j) walk(v);
    if (!j.is_object()) return;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const json& v = it.value();
      const std::string& k = it.key();
      bool cm = k == "configMap" || k == "configMapRef" || k == "configMapKeyRef";
      bool secret = k == "secret" || k == "secretRef" || k == "secretKeyRef";
      if ((cm || secret) && v.is_object() && !v.value("optional", false)) {
        std::string name = v.value(k == "secret" ? "secretName" : "name", "");
        if (k == "secret" && name.empty()) name = v.value("name", "");  // a projected volume's secret source
        if (!name.empty() && !has(secret, name)) missing = std::string(secret ? "Secret" : "ConfigMap") + " \"" + name + "\"";
      }
      walk(v);
    }
  };
  if (pod.is_object() && pod.contains("spec")) walk(pod["spec"]);
  return missing;
}

}  // namespace

std::string pod_update_forbidden(const std::string& name, const json& before, const json& after) {
  // The API server's ValidatePodUpdate: the new spec with the mutable fields taken from the
  // old one must equal the old spec.
  json old_spec = before.is_object() && before.contains("spec") ? before["spec"] : json::object();
  json munged = after.is_object() && after.contains("spec") ? after["spec"] : json::object();
  for (const char* list : {"containers", "initContainers"}) {
    if (!munged.contains(list) || !old_spec.contains(list) || !munged[list].is_array() || !old_spec[list].is_array()) continue;
    for (std::size_t i = 0; i < munged[list].size() && i < old_spec[list].size(); ++i)
      if (munged[list][i].is_object() && old_spec[list][i].is_object()) {
        if (old_spec[list][i].contains("image")) munged[list][i]["image"] = old_spec[list][i]["image"];
        else munged[list][i].erase("image");
      }
  }
  for (const char* field : {"activeDeadlineSeconds", "terminationGracePeriodSeconds", "tolerations"}) {
    if (old_spec.contains(field)) munged[field] = old_spec[field];
    else munged.erase(field);
  }
  std::vector<std::string> changed;
  differing_paths(old_spec, munged, "spec", changed, 6);
  if (changed.empty()) return "";
  std::string fields;
  for (std::size_t i = 0; i < changed.size() && i < 5; ++i) fields += (fields.empty() ? "" : ", ") + changed[i];
  if (changed.size() > 5) fields += ", ...";
  return "Pod \"" + name + "\" is invalid: spec: Forbidden: pod updates may not change fields other than " +
         "`spec.containers[*].image`, `spec.initContainers[*].image`, `spec.activeDeadlineSeconds`, `spec.tolerations` " +
         "(only additions to existing tolerations), `spec.terminationGracePeriodSeconds`; changed: " + fields +
         " (apply --force deletes the pod and creates it again; its emptyDir volumes are lost)";
}

namespace {

// Open files a pod start may need at once in one process: the CLI's pipes and sockets, the
// supervisor's namespaces, pipes, logs and netlink sockets, a container's child's. Below it,
// steps fail half-way with EMFILE in whichever process runs out first.
constexpr rlim_t kMinOpenFiles = 256;

// The soft limit of open files raised to the hard one (as the caller may); below the minimum
// even then, apply refuses before it changes anything. The pod's processes inherit it.
void ensure_open_files() {
  rlimit rl{};
  if (::getrlimit(RLIMIT_NOFILE, &rl) != 0) return;
  if (rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = rl.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &rl);
  }
  if (rl.rlim_cur < kMinOpenFiles)
    throw std::runtime_error("apply needs at least " + std::to_string(kMinOpenFiles) + " open files per process, and `ulimit -n` is " +
                             std::to_string(rl.rlim_cur) + " (raise it: a pod's supervisor and containers hold several each)");
}

}  // namespace

ApplyResult apply(const Context& ctx, const ApplyRequest& request, const loader::DocumentSink& on_document) {
  ApplyResult out;
  // 0. Enough open files for every step, or nothing is done.
  ensure_open_files();
  // 1. The policy, and the first pod's supervisor, started now on the other CPU while the
  //    manifests are read, validated and planned; it does nothing until it is handed a pod.
  host::MachineConfig machine = machine_policy(ctx, request.policy);
  SupervisorSource pool_source = request.sandbox_source;
  if (!pool_source && request.use_sandbox_pool && sandbox_pool_may_answer(ctx))
    pool_source = [dir = sandbox_pool_claim_dir(ctx)] { return exec::StandbySupervisor::take_pooled(dir); };
  exec::StandbySupervisor standby;
  try {
    // Not for an ordinary user: below, apply starts no pod of theirs (rootless is not built yet).
    // With serve's pool, its pods' supervisors come from the pool (start_pod).
    if (!request.dry_run && ::geteuid() == 0 && !pool_source)
      standby =
          exec::StandbySupervisor::spawn_ahead(exec::helper_binary("podrun-supervisor"),
                                               {exec::helper_binary("podrun-pause"), request.settings.bridge, request.settings.subnet});
    trace::mark("apply.standby");
  } catch (const SysError&) {
    // apply_pod starts one itself, and reports why it cannot.
  }
  // 2. Load (narrowed and marked as the flags say), plan, images.
  loader::LoadResult* loaded = load_input(ctx, request, machine, on_document, out, true);
  if (!loaded) return out;
  loader::LoadResult& r = *loaded;
  trace::mark("apply.loaded");
  // The early supervisor has forked a pause holder of the pool's shape: it gives it an address
  // while this process pulls, plans and writes the pod's directory when the first pod fits it,
  // forks one with a PID namespace instead for a pod whose containers share one, and kills it
  // now when neither fits (a pod handed to it that does not fit, or none, discards it).
  if (standby) standby.tell_fit(r.pods.empty() ? std::nullopt : plan::ahead_sandbox_shape(r.pods.front().spec));
  add_stored_objects(ctx, r);  // a pod may use a ConfigMap or Secret applied before
  // With documents refused, a pod may name a ConfigMap or Secret whose document was one of
  // them (the loader resolved it against the whole input): such a pod is refused too.
  if (out.invalid_documents > 0)
    r.pods.erase(std::remove_if(r.pods.begin(), r.pods.end(),
                                [&](const model::Pod& pod) {
                                  std::string missing =
                                      missing_reference(r, applied_object(r, pod.metadata.ns, pod.metadata.name), pod.metadata.ns);
                                  if (missing.empty()) return false;
                                  out.objects.push_back({"pod", pod.metadata.ns, pod.metadata.name, ObjectResult::Outcome::Failed,
                                                         missing + " is not applied (its document is invalid), and the pod needs it"});
                                  return true;
                                }),
                 r.pods.end());
  // Run by an ordinary user: what such a user may not ask of the host is refused here, before
  // anything is pulled or made, naming each field. The rest runs in the user's rootless
  // session (exec/rootless_session.h), joined (and started when none runs) before the pulls:
  // the layers are unpacked with the session's IDs, the pods made in its namespaces.
  if (::geteuid() != 0) {
    const plan::RootlessFacts facts = host::rootless_facts();
    r.pods.erase(std::remove_if(r.pods.begin(), r.pods.end(),
                                [&](const model::Pod& pod) {
                                  std::string why;
                                  for (const auto& refusal : plan::rootless_refusals(pod, facts))
                                    why += (why.empty() ? "" : "; ") + refusal.path + ": " + refusal.message;
                                  if (why.empty()) return false;
                                  out.objects.push_back({"pod", pod.metadata.ns, pod.metadata.name, ObjectResult::Outcome::Failed,
                                                         "not for an ordinary user (uid " + std::to_string(facts.uid) + "): " + why});
                                  return true;
                                }),
                 r.pods.end());
    // The host's network stays for the pulls (a registry on the host's loopback is reached);
    // the session's is joined below, before any pod is made.
    if (!request.dry_run && !r.pods.empty()) exec::enter_user_session(exec::user_session_dir(), true, false);
  }
  plan::PlanInput in = plan_input(ctx, r, machine);
  // Pods of a machine with Services ask the cluster's DNS server (ClusterFirst).
  in.node.cluster_dns = cluster_dns_address(ctx, r, request.settings.subnet);
  image::Store store(ctx.storage_root);
  in.image_store = true;
  // A dry run pulls nothing (a pull changes the store): images it lacks are only warnings.
  std::map<std::string, PodImages> pulls;
  if (!request.dry_run) pulls = pull_images(store, r.pods, r.secrets, machine, request.pull);
  if (!request.dry_run) exec::enter_session_network();
  trace::mark("apply.pulled");
  if (request.on_pulled) request.on_pulled();
  for (const auto& [pod, pi] : pulls) {
    for (const auto& [image, why] : pi.failed) in.image_errors[image] = why;
    for (const auto& w : pi.warnings) out.warnings.push_back("pod/" + pod.substr(pod.find('/') + 1) + ": " + w);
  }
  std::map<std::string, image::ImageRecord> records;
  image_configs(store, r.pods, in.images, &records);
  // A failed pull is ErrImagePull, as in the kubelet, even with an older copy stored: the
  // policy asked for the registry's (the override is the way to run from the store).
  for (const auto& [image, why] : in.image_errors) {
    in.images.erase(image);
    records.erase(image);
  }
  std::map<std::string, exec::ImageLayers> images;
  for (const auto& [ref, record] : records)
    images[ref] = {image::layer_dirs(store, record), in.images[ref].user, request.dry_run ? "" : image::mount_point_layer(store, record)};
  plan::Plan& p = *new plan::Plan(plan::make_plan(in));
  auto& plan_doc = *new std::optional<json>();  // plan.json, made once for every pod when first needed

  // 3. Namespaces first: their labels hold for the pods applied after them.
  state::StateStore states(ctx.state_root);
  for (const auto& n : r.namespaces) {
    auto before = states.load_namespace(n.name);
    if ((!before || *before != n.labels) && !request.dry_run) states.save_namespace(n.name, n.labels);
    out.objects.push_back({"namespace", "", n.name,
                           !before               ? ObjectResult::Outcome::Created
                           : *before == n.labels ? ObjectResult::Outcome::Unchanged
                                                 : ObjectResult::Outcome::Configured,
                           ""});
  }
  // 3b. ConfigMaps and Secrets, before the pods that read them.
  std::set<std::string> object_keys;
  bool objects_changed = false;
  for (auto& o : apply_objects(ctx, r, request.selector, request.applyset, request.dry_run, object_keys)) {
    objects_changed = objects_changed || o.outcome == ObjectResult::Outcome::Created || o.outcome == ObjectResult::Outcome::Configured;
    out.objects.push_back(std::move(o));
  }
  // 3c. Deployments and Jobs: stored, and (below) their controller process started if it is
  //     not running (it makes their pods, now and after this command has returned).
  for (auto& o : apply_workloads(ctx, r, request.selector, request.applyset, request.dry_run, object_keys))
    out.objects.push_back(std::move(o));
  // 3d. Services: their virtual IP allocated; the controller process makes them real.
  for (auto& o : apply_services(ctx, r, request.selector, request.applyset, request.settings.service_cidr, request.dry_run, object_keys))
    out.objects.push_back(std::move(o));
  // 3e. NetworkPolicies: stored; the controller process enforces them.
  for (auto& o : apply_network_policies(ctx, r, request.selector, request.applyset, request.dry_run, object_keys))
    out.objects.push_back(std::move(o));
  if (!request.dry_run && (!r.workloads.empty() || !r.services.empty() || !r.network_policies.empty())) {
    save_controller_settings(ctx, {request.policy, request.settings, request.pull});
    try {
      ensure_controllers(ctx);
    } catch (const SysError& e) {
      out.warnings.push_back(std::string("the controllers did not start: ") + e.what());
    }
  }
  // 4. The pods: each handed to its supervisor in turn (names and addresses are allocated
  //    under the global lock), their starts overlapping. Each supervisor sets up its pod on
  //    whichever CPU is free while the next is handed out; a bounded number start at once, so
  //    that a large input does not hold a pipe and a half-made pod per document.
  constexpr std::size_t kStartingAtOnce = 16;
  std::set<PodName> applied, relabelled;
  std::deque<std::pair<std::size_t, StartingPod>> starting;  // index into out.objects
  std::size_t settled = 0;
  auto finish_oldest = [&] {
    auto& [at, pod] = starting.front();
    try {
      out.objects[at] = finish_pod(ctx, pod);
    } catch (const std::exception& e) {
      out.objects[at] = {"pod", pod.result.ns, pod.result.name, ObjectResult::Outcome::Failed, e.what()};
    }
    if (out.objects[at].outcome == ObjectResult::Outcome::Configured) relabelled.insert({out.objects[at].ns, out.objects[at].name});
    starting.pop_front();
    if (request.on_pod_settled) request.on_pod_settled(++settled, p.pods.size());
  };
  // In a rootless session, cgroups only where a v2 subtree is delegated to the user.
  const bool rootless = exec::in_user_session();
  const std::string cgroup_root = !rootless ? cgroup::default_root(p.host.cgroup_version)
                                  : p.host.cgroup_version == plan::CgroupVersion::V2
                                      ? cgroup::delegated_root(files::read("/proc/self/cgroup").value_or(""), "/sys/fs/cgroup", ::geteuid())
                                      : "";
  for (std::size_t i = 0; i < p.pods.size(); ++i) {
    PodRequest req;
    req.plan = p.pods[i];
    req.cgroup_version = p.host.cgroup_version;
    req.cgroup_root = cgroup_root;
    if (rootless && cgroup_root.empty() && !request.dry_run)
      out.warnings.push_back(
          "pod/" + req.plan.name + ": runs without cgroups: no resource limits, requests or pids limit (" +
          (p.host.cgroup_version == plan::CgroupVersion::V1
               ? std::string("cgroup v1 gives an ordinary user none")
               : std::string("no cgroup v2 subtree is delegated to this user here; systemd-run --user --scope gives one")) +
          "; docs/rootless.md)");
    req.images = images;
    const PodImages& pi = pulls[req.plan.ns + "/" + req.plan.name];
    req.image_events = pi.events;
    req.pull_secrets = pi.secret_configs;
    req.pull_retry = exec::PullRetry{exec::self_binary(),   ctx.storage_root,      ctx.config_path,      ctx.config_named,
                                     request.pull.authfile, request.pull.insecure, request.pull.platform};
    for (const auto& c : req.plan.containers)
      if (c.image_wait)
        out.warnings.push_back("pod/" + req.plan.name + ": container " + c.name + ": ErrImagePull: " + c.image_wait->error +
                               "; the pod runs, and its supervisor pulls again with back-off (ImagePullBackOff): `podrun describe pod " +
                               req.plan.name + "`");
    req.plan_json = [&p, &plan_doc, i] {
      if (!plan_doc) plan_doc = plan::plan_json(p);
      return (*plan_doc)["pods"][i].dump(2);
    };
    if (json applied = applied_object(r, req.plan.ns, req.plan.name); !applied.is_null()) req.manifest_json = applied.dump();
    applied.insert({req.plan.ns, req.plan.name});
    if (request.dry_run) {
      ObjectResult o = dry_outcome(ctx, req.plan, req.manifest_json, request.force);
      if (!req.plan.admission_errors.empty()) {
        o.outcome = ObjectResult::Outcome::Failed;
        o.message = req.plan.admission_errors.front();
      }
      out.objects.push_back(o);
      continue;
    }
    if (starting.size() == kStartingAtOnce) finish_oldest();
    out.objects.push_back({"pod", req.plan.ns, req.plan.name, ObjectResult::Outcome::Failed, ""});
    try {
      starting.emplace_back(out.objects.size() - 1, start_pod(ctx, request.settings, machine.eviction_monitoring_period_ms, req, &standby,
                                                              request.force, pool_source));
    } catch (const std::exception& e) {
      out.objects.back().message = e.what();
    }
  }
  while (!starting.empty()) finish_oldest();
  // 5. Prune: after every creation, the set's members the input no longer has — never while a
  //    document is refused: its objects would look removed.
  if (request.prune && !request.applyset.empty() && out.invalid_documents > 0)
    out.warnings.push_back("nothing pruned: " + std::to_string(out.invalid_documents) +
                           " document(s) of the input are invalid, and their objects would look removed");
  if (request.prune && !request.applyset.empty() && out.invalid_documents == 0) {
    std::vector<PodName> gone = prune_targets(ctx, request, applied);
    std::vector<PodName> missing;
    if (!request.dry_run && !gone.empty()) missing = delete_pods(ctx, gone, std::nullopt, true);
    for (const auto& g : gone)
      if (std::find(missing.begin(), missing.end(), g) == missing.end())
        out.objects.push_back({"pod", g.first, g.second, ObjectResult::Outcome::Pruned, ""});
    object_keys.insert(request.keep.begin(), request.keep.end());
    for (auto& o : prune_objects(ctx, request.applyset, request.selector, object_keys, request.dry_run))
      out.objects.push_back(std::move(o));
    for (auto& o : prune_workloads(ctx, request.applyset, request.selector, object_keys, request.dry_run))
      out.objects.push_back(std::move(o));
    for (auto& o : prune_services(ctx, request.applyset, request.selector, object_keys, request.dry_run))
      out.objects.push_back(std::move(o));
    for (auto& o : prune_network_policies(ctx, request.applyset, request.selector, object_keys, request.dry_run))
      out.objects.push_back(std::move(o));
  }
  // 6. Running pods see what changed: their configMap, secret and downwardAPI volumes follow
  //    the objects (every pod, when an object changed) and their own labels and annotations.
  if (!request.dry_run && (objects_changed || !relabelled.empty())) {
    VolumeRefresh refreshed = refresh_volumes(ctx, machine, objects_changed ? std::nullopt : std::optional(relabelled));
    for (const auto& u : refreshed.updated) log::info("volume updated: " + u);
    for (const auto& e : refreshed.errors) out.warnings.push_back("a volume was not updated: " + e);
  }
  return out;
}

DiffResult diff(const Context& ctx, const ApplyRequest& request, const loader::DocumentSink& on_document) {
  DiffResult out;
  host::MachineConfig machine = machine_policy(ctx, request.policy);
  ApplyResult status;
  loader::LoadResult* loaded = load_input(ctx, request, machine, on_document, status, false);
  out.status = status.status;
  out.input_errors = status.input_errors;
  if (!loaded) return out;
  state::StateStore store(ctx.state_root);
  std::set<PodName> in_input;
  auto live_of = [&](const std::string& ns, const std::string& name) -> std::optional<json> {
    if (!store.load(ns, name)) return std::nullopt;
    json live = json::parse(files::read(store.paths(ns, name).manifest()).value_or(""), nullptr, false);
    if (live.is_discarded()) return std::nullopt;
    return live;
  };
  for (const auto& pod : loaded->pods) {
    in_input.insert({pod.metadata.ns, pod.metadata.name});
    out.objects.push_back({"Pod", pod.metadata.ns, pod.metadata.name, live_of(pod.metadata.ns, pod.metadata.name),
                           applied_object(*loaded, pod.metadata.ns, pod.metadata.name)});
  }
  if (request.prune && !request.applyset.empty())
    for (const auto& [ns, name] : prune_targets(ctx, request, in_input))
      out.objects.push_back({"Pod", ns, name, live_of(ns, name), std::nullopt});
  for (auto& o : diff_objects(ctx, *loaded, request.selector, request.applyset, request.prune)) out.objects.push_back(std::move(o));
  // Workloads, Services and NetworkPolicies: the stored object next to the input's, with what
  // apply keeps of the stored one (uid, creationTimestamp, generation — one more when the spec
  // changed — and a Service's allocated clusterIP and nodePorts).
  for (const auto& obj : loaded->objects) {
    const std::string kind = obj.value("kind", "");
    if (kind == "Pod" || kind == "ConfigMap" || kind == "Secret" || kind == "Namespace" || !obj.contains("metadata")) continue;
    const json& meta = obj["metadata"];
    const std::string name = meta.value("name", ""), ns = meta.value("namespace", "default");
    std::map<std::string, std::string> labels;
    const json label_map = meta.value("labels", json::object());
    for (auto it = label_map.begin(); it != label_map.end(); ++it)
      if (it.value().is_string()) labels[it.key()] = it.value().get<std::string>();
    if (request.selector && !request.selector->matches(labels)) continue;
    std::optional<json> live;
    std::string word;
    for (char c : kind) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto wk = parse_workload_kind(word)) {
      if (auto w = find_workload(ctx, *wk, ns, name)) live = w->object;
    } else if (kind == "Service") {
      if (auto s = find_service(ctx, ns, name)) live = s->object;
    } else if (kind == "NetworkPolicy") {
      if (auto text = store.load_object(state::StateStore::ObjectKind::NetworkPolicy, ns, name)) live = json::parse(*text, nullptr, false);
    }
    json merged = obj;
    merged["metadata"]["namespace"] = ns;
    if (!request.applyset.empty()) merged["metadata"]["labels"][kApplySetLabel] = request.applyset;
    if (live && live->is_object()) {
      for (const char* k : {"uid", "creationTimestamp", "generation"})
        if ((*live)["metadata"].contains(k)) merged["metadata"][k] = (*live)["metadata"][k];
      if (merged["metadata"].contains("generation") && live->value("spec", json()) != merged.value("spec", json()))
        merged["metadata"]["generation"] = (*live)["metadata"].value("generation", 1) + 1;
      if (kind == "Service") {
        json& spec = merged["spec"];
        const json& was = (*live)["spec"];
        for (const char* k : {"clusterIP", "clusterIPs", "type", "sessionAffinity"})
          if (!spec.contains(k) && was.contains(k)) spec[k] = was[k];
        if (spec.contains("ports") && was.contains("ports"))
          for (auto& p : spec["ports"]) {
            if (!p.contains("protocol")) p["protocol"] = "TCP";
            for (const auto& q : was["ports"])
              if (!p.contains("nodePort") && q.contains("nodePort") && q.value("port", 0) == p.value("port", 0))
                p["nodePort"] = q["nodePort"];
          }
      }
    }
    out.objects.push_back({kind, ns, name, live, merged});
  }
  return out;
}

}  // namespace podrun::pods
