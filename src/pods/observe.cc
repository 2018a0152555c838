#include "pods/observe.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <thread>

#include "cgroup/cgroup.h"
#include "common/files.h"
#include "common/process.h"
#include "host/machine_config.h"
#include "loader/loader.h"
#include "plan/matrix.h"
#include "plan/planner.h"
#include "pods/inputs.h"
#include "state/pod_status.h"

namespace podrun::pods {

using nlohmann::json;

std::vector<PodView> list_pods(const Context& ctx, const std::string& ns) {
  state::StateStore store(ctx.state_root);
  std::vector<PodView> out;
  for (auto& s : store.list(ns)) {
    bool supervised = process_alive(s.supervisor_pid, s.supervisor_start);
    std::string dir = store.pod_dir(s.ns, s.name);
    out.push_back({std::move(s), supervised, dir});
  }
  return out;
}

std::optional<PodView> find_pod(const Context& ctx, const std::string& ns, const std::string& name) {
  state::StateStore store(ctx.state_root);
  auto s = store.load(ns, name);
  if (!s) return std::nullopt;
  bool supervised = process_alive(s->supervisor_pid, s->supervisor_start);
  return PodView{std::move(*s), supervised, store.pod_dir(ns, name)};
}

std::string status_of(const PodView& pod) { return pod.supervised ? state::pod_status_reason(pod.state) : "Unknown"; }

namespace {

json terminated_json(const state::TerminatedState& t) {
  json j{{"exitCode", t.exit_code}, {"reason", t.reason}, {"startedAt", t.started_at}, {"finishedAt", t.finished_at}};
  if (t.signal) j["signal"] = t.signal;
  if (!t.message.empty()) j["message"] = t.message;
  return j;
}

json container_status(const state::ContainerState& c) {
  json st;
  if (c.state == state::RunState::Running) st["running"] = {{"startedAt", c.started_at}};
  else if (c.state == state::RunState::Terminated)
    st["terminated"] = terminated_json({c.exit_code, c.signal, c.reason, c.message, c.started_at, c.finished_at});
  else {
    st["waiting"] = {{"reason", c.reason.empty() ? "ContainerCreating" : c.reason}};
    if (!c.message.empty()) st["waiting"]["message"] = c.message;
  }
  json j{{"name", c.name},   {"state", st},   {"ready", c.ready},    {"restartCount", c.restart_count},
         {"image", c.image}, {"imageID", ""}, {"started", c.started}};
  j["lastState"] = c.last_state ? json{{"terminated", terminated_json(*c.last_state)}} : json::object();
  return j;
}

}  // namespace

namespace {

std::map<std::string, std::string> labels_of(const json& manifest) {
  std::map<std::string, std::string> out;
  if (!manifest.is_object()) return out;
  auto meta = manifest.find("metadata");
  if (meta == manifest.end() || !meta->is_object()) return out;
  auto labels = meta->find("labels");
  if (labels == meta->end() || !labels->is_object()) return out;
  for (auto it = labels->begin(); it != labels->end(); ++it)
    if (it->is_string()) out[it.key()] = it->get<std::string>();
  return out;
}

json read_manifest(const PodView& pod) {
  json m = json::parse(files::read(state::PodPaths{pod.dir}.manifest()).value_or(""), nullptr, false);
  return m.is_discarded() ? json() : m;
}

}  // namespace

std::map<std::string, std::string> pod_labels(const PodView& pod) { return labels_of(read_manifest(pod)); }

const json& ManifestCache::of(const PodView& pod) {
  auto it = read_.find(pod.dir);
  if (it == read_.end()) it = read_.emplace(pod.dir, read_manifest(pod)).first;
  return it->second;
}

std::map<std::string, std::string> ManifestCache::labels(const PodView& pod) { return labels_of(of(pod)); }

std::vector<PodView> select_pods(std::vector<PodView> pods, const model::Selector& selector) {
  if (selector.requirements.empty()) return pods;
  pods.erase(std::remove_if(pods.begin(), pods.end(), [&](const PodView& p) { return !selector.matches(pod_labels(p)); }), pods.end());
  return pods;
}

json pod_object(const PodView& view) {
  const state::PodState& s = view.state;
  json pod;
  try {
    pod = json::parse(files::read(state::PodPaths{view.dir}.manifest()).value_or(""));
  } catch (const json::exception&) {
    // A pod whose manifest is gone (a start killed before writing it): its identity only.
    pod = {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", {{"name", s.name}, {"namespace", s.ns}}}};
  }
  pod["metadata"]["uid"] = s.uid;
  pod["metadata"]["namespace"] = s.ns;
  pod["metadata"]["creationTimestamp"] = s.created;
  if (!s.deletion_timestamp.empty()) pod["metadata"]["deletionTimestamp"] = s.deletion_timestamp;
  json init = json::array(), apps = json::array();
  for (const auto& c : s.containers)
    (c.type == state::ContainerType::Init || c.type == state::ContainerType::Sidecar ? init : apps).push_back(container_status(c));
  json conditions = json::array();
  for (const auto& c : s.conditions) {
    json cj{{"type", c.type}, {"status", c.status ? "True" : "False"}, {"lastTransitionTime", c.last_transition}};
    if (!c.reason.empty()) cj["reason"] = c.reason;
    conditions.push_back(cj);
  }
  pod["status"] = {{"phase", state::phase_name(s.phase)},
                   {"conditions", conditions},
                   {"startTime", s.start_time},
                   {"qosClass", s.qos},
                   {"containerStatuses", apps}};
  if (!s.reason.empty()) pod["status"]["reason"] = s.reason;
  if (!s.message.empty()) pod["status"]["message"] = s.message;
  if (!s.pod_ip.empty()) {
    pod["status"]["podIP"] = s.pod_ip;
    pod["status"]["podIPs"] = json::array({{{"ip", s.pod_ip}}});
  }
  if (!init.empty()) pod["status"]["initContainerStatuses"] = init;
  // Debug containers (`podrun debug`): their specs as requested, their statuses as run.
  if (!s.ephemeral_containers.empty()) {
    json specs = json::array(), statuses = json::array();
    for (const auto& c : s.ephemeral_containers) {
      std::optional<std::string> text = files::read(state::PodPaths{view.dir}.ephemeral_request(c.name));
      try {
        if (text) specs.push_back(json::parse(exec::decode_ephemeral_request(*text).spec_json));
      } catch (const std::exception&) {
        specs.push_back({{"name", c.name}, {"image", c.image}});
      }
      statuses.push_back(container_status(c));
    }
    pod["spec"]["ephemeralContainers"] = specs;
    pod["status"]["ephemeralContainerStatuses"] = statuses;
  }
  return pod;
}

std::optional<exec::RunConfig> run_config(const PodView& pod) {
  std::optional<std::string> text = files::read(state::PodPaths{pod.dir}.run_config());
  if (!text) return std::nullopt;
  try {
    return exec::decode_run_config(*text);
  } catch (const std::runtime_error&) {
    return std::nullopt;  // describe shows what the state has
  }
}

std::vector<WaitResult> wait_ready(const Context& ctx, const std::vector<PodName>& pods, long long timeout_ms) {
  state::StateStore store(ctx.state_root);
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  std::vector<WaitResult> out;
  for (const auto& pod : pods) {
    for (;;) {
      auto s = store.load(pod.first, pod.second);
      bool ready = false, failed = !s;
      if (s) {
        for (const auto& c : s->conditions)
          if (c.type == "Ready" && c.status) ready = true;
        failed = s->phase == state::PodPhase::Failed || s->phase == state::PodPhase::Succeeded;
      }
      if (ready) {
        out.push_back({pod, WaitResult::Outcome::Ready, ""});
        break;
      }
      if (failed || std::chrono::steady_clock::now() >= until) {
        out.push_back(
            {pod, failed ? WaitResult::Outcome::WillNotBeReady : WaitResult::Outcome::TimedOut, s ? state::pod_status_reason(*s) : "gone"});
        return out;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  return out;
}

namespace {

unsigned long long ns_inode(int pid, plan::NsKind k) {
  struct stat st {};
  std::string p = "/proc/" + std::to_string(pid) + "/ns/" + plan::ns_name(k);
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

}  // namespace

Matrix observed_matrix(const std::vector<PodView>& pods) {
  // The plan side: re-plan the applied manifests (the planner is pure and deterministic).
  std::vector<std::string> manifests;
  for (const auto& p : pods) manifests.push_back(state::PodPaths{p.dir}.manifest());
  loader::LoadResult loaded = loader::load_paths(manifests, loader::LoadOptions{});
  plan::Plan plan = plan::make_plan(plan_input(Context{}, loaded, host::MachineConfig{}));
  // Debug containers that run (podrun debug): their planned namespaces from their requests.
  for (const auto& p : pods)
    for (const auto& c : p.state.ephemeral_containers) {
      if (c.state != state::RunState::Running || !process_alive(c.pid, c.start_time)) continue;
      auto text = files::read(state::PodPaths{p.dir}.ephemeral_request(c.name));
      for (auto& pp : plan.pods)
        if (text && pp.ns == p.state.ns && pp.name == p.state.name) try {
            pp.containers.push_back(exec::decode_ephemeral_request(*text).plan);
          } catch (const std::exception&) {}
    }
  auto planned = plan::isolation_matrix(plan);

  // The kernel side: /proc/PID/ns/* of every container, and of the host (this process's own).
  std::map<std::string, int> pid_of;  // "ns/pod/container" → pid
  for (const auto& p : pods)
    for (const auto* list : {&p.state.containers, &p.state.ephemeral_containers})
      for (const auto& c : *list)
        if (c.state == state::RunState::Running && process_alive(c.pid, c.start_time))
          pid_of[p.state.ns + "/" + p.state.name + "/" + c.name] = c.pid;
  int self = static_cast<int>(::getpid());
  auto side = [&](const plan::MatrixRow& r, const std::string& who) -> int {
    if (who == "host") return self;
    if (who.rfind("pod ", 0) == 0) {  // a pod: its first running container
      std::string key = who.substr(4) + "/";
      for (const auto& [k, pid] : pid_of)
        if (k.rfind(key, 0) == 0) return pid;
      return 0;
    }
    auto it = pid_of.find(r.pod + "/" + who);
    return it == pid_of.end() ? 0 : it->second;
  };
  Matrix m;
  for (const auto& r : planned) {
    MatrixRow row{r.pod, r.a, r.b, {}};
    int pa = side(r, r.a), pb = side(r, r.b);
    if (!pa || !pb) continue;
    for (std::size_t k = 0; k < plan::kMatrixKinds.size(); ++k) {
      plan::NsKind kind = plan::kMatrixKinds[k];
      unsigned long long ia = ns_inode(pa, kind), ib = ns_inode(pb, kind), host = ns_inode(self, kind);
      plan::Sharing got = ia != ib ? plan::Sharing::Isolated : ia == host ? plan::Sharing::SharedHost : plan::Sharing::SharedPod;
      if (got != r.cells[k]) ++m.differences;
      row.cells.push_back({plan::kMatrixColumns[k], plan::sharing_name(got), plan::sharing_name(r.cells[k]), ia, ib});
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

std::vector<Usage> sample_usage(const std::vector<PodView>& pods, bool containers, int interval_ms) {
  struct Row {
    Usage usage;
    std::string path;
    std::unique_ptr<cgroup::Driver> cg;
    cgroup::Usage a, b;
  };
  std::vector<Row> rows;
  for (const auto& p : pods)
    for (const auto& c : p.state.cgroups) {
      bool pod_row = c.owner == "pod";
      if (containers ? (pod_row || c.owner == "pause") : !pod_row) continue;
      auto v = p.state.cgroup_version == "v2" ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
      rows.push_back({{p.state.name, c.owner, 0, 0}, c.path, cgroup::make_driver(v, cgroup::default_root(v)), {}, {}});
    }
  // Two samples: CPU is a rate (millicores over the interval), memory the working set now.
  for (auto& r : rows) r.a = r.cg->usage(r.path);
  std::this_thread::sleep_for(std::chrono::milliseconds(interval_ms));
  for (auto& r : rows) r.b = r.cg->usage(r.path);
  std::vector<Usage> out;
  for (auto& r : rows) {
    std::uint64_t d = r.b.cpu_ns > r.a.cpu_ns ? r.b.cpu_ns - r.a.cpu_ns : 0;
    r.usage.millicores = d * 1000 / (static_cast<std::uint64_t>(interval_ms) * 1'000'000);
    r.usage.memory_bytes = r.b.memory_working_set;
    out.push_back(r.usage);
  }
  return out;
}

}  // namespace podrun::pods
