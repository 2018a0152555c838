// podrun ui's JSON: what the page shows, read from the state and /proc (docs/ui.md).
#include <ctime>

#include "cli/matrix_svg.h"
#include "cli/svg.h"
#include "cli/ui.h"
#include "common/files.h"
#include "common/process.h"
#include "plan/render.h"
#include "pods/observe.h"
#include "pods/processes.h"
#include "state/pod_status.h"

namespace podrun::cli {

using nlohmann::json;

namespace {

json pod_row(const pods::PodView& p, std::time_t now) {
  const state::PodState& s = p.state;
  json containers = json::array();
  for (const auto& c : s.containers)
    containers.push_back({{"name", c.name},
                          {"type", state::container_type_name(c.type)},
                          {"image", c.image},
                          {"state", state::run_state_name(c.state)},
                          {"reason", c.reason},
                          {"ready", c.ready},
                          {"restarts", c.restart_count},
                          {"pid", c.state == state::RunState::Running && process_alive(c.pid, c.start_time) ? c.pid : 0}});
  return {{"namespace", s.ns},
          {"name", s.name},
          {"ready", state::pod_ready_column(s)},
          {"status", pods::status_of(p)},
          {"restarts", state::pod_restarts_column(s, now)},
          {"age", state::pod_age(s, now)},
          {"ip", s.pod_ip},
          {"containers", containers}};
}

}  // namespace

json UiData::pods() const {
  std::time_t now = std::time(nullptr);
  json rows = json::array();
  for (const auto& p : pods::list_pods(ctx_, "")) rows.push_back(pod_row(p, now));
  return {{"pods", rows}};
}

std::string UiData::graph_svg(const std::string& dot) {
  {
    std::lock_guard<std::mutex> l(mu_);
    if (auto it = graphs_.find(dot); it != graphs_.end()) return it->second;
  }
  std::string svg = inline_svg(dot_to_svg(dot));  // outside the lock: it takes a few tens of ms
  std::lock_guard<std::mutex> l(mu_);
  if (graphs_.size() >= 64) graphs_.clear();
  graphs_[dot] = svg;
  return svg;
}

std::optional<json> UiData::pod(const std::string& ns, const std::string& name) {
  std::optional<pods::PodView> p = pods::find_pod(ctx_, ns, name);
  if (!p) return std::nullopt;
  json out = pod_row(*p, std::time(nullptr));
  // The namespace graph of the plan the pod runs (its run.json), as `podrun plan -o svg` draws it.
  if (std::optional<exec::RunConfig> rc = pods::run_config(*p)) {
    plan::Plan one;
    one.pods.push_back(rc->plan);
    try {
      out["graph"] = graph_svg(plan::plan_dot(one));
    } catch (const std::exception& e) {
      out["graphError"] = e.what();
    }
  } else {
    out["graphError"] = "the pod's plan (run.json) cannot be read";
  }
  // The isolation matrix the kernel shows, with the namespaces' inode numbers.
  pods::Matrix m = pods::observed_matrix({*p});
  json rows = json::array();
  for (const auto& r : m.rows) {
    json cells = json::array();
    for (const auto& c : r.cells)
      cells.push_back({{"kind", c.kind}, {"observed", c.observed}, {"planned", c.planned}, {"inodes", {c.inode_a, c.inode_b}}});
    rows.push_back({{"pair", matrix_row_label(r, false)}, {"a", r.a}, {"b", r.b}, {"cells", cells}});
  }
  out["matrix"] = {{"rows", rows}, {"differences", m.differences}};
  out["matrixSvg"] = inline_svg(matrix_svg(m.rows));
  return out;
}

std::optional<json> UiData::container(const std::string& ns, const std::string& name, const std::string& container) const {
  std::optional<pods::PodView> p = pods::find_pod(ctx_, ns, name);
  if (!p) return std::nullopt;
  const state::ContainerState* c = nullptr;
  for (const auto& s : p->state.containers)
    if (s.name == container) c = &s;
  if (!c) return std::nullopt;
  json out = {{"namespace", ns}, {"pod", name}, {"container", container}, {"state", state::run_state_name(c->state)}};
  int pid = c->state == state::RunState::Running && process_alive(c->pid, c->start_time) ? c->pid : 0;
  out["pid"] = pid;
  json procs = json::array(), mounts = json::array();
  if (pid) {
    for (const auto& v : pods::namespace_processes(pid))
      procs.push_back(
          {{"pid", v.pid}, {"hostPid", v.host_pid}, {"uid", v.uid}, {"hostUid", v.host_uid}, {"name", v.name}, {"command", v.command}});
    std::string mountinfo = files::read("/proc/" + std::to_string(pid) + "/mountinfo").value_or("");
    for (const auto& m : pods::parse_mountinfo(mountinfo))
      mounts.push_back(
          {{"mountPoint", m.mount_point}, {"root", m.root}, {"fsType", m.fs_type}, {"source", m.source}, {"options", m.options}});
    // The process may have exited between the state's word and /proc's: say so, not "none".
    if (!process_alive(c->pid, c->start_time)) out["pid"] = 0;
  }
  out["processes"] = procs;
  out["mounts"] = mounts;
  return out;
}

}  // namespace podrun::cli
