// Ephemeral (debug) containers: added to the running pod by `podrun debug` (pods/debug.h), which
// writes a request under <pod dir>/ephemeral/ and sends SIGUSR1. Each is started once, in the
// pod's namespaces (and its target's PID namespace), by the same child as every container
// (exec/container.h); it is never restarted, and it goes with the pod. lifecycle.h knows
// nothing of them: they take no part in the pod's phase, readiness or restarts, as in the
// kubelet.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "common/files.h"
#include "common/log.h"
#include "common/process.h"
#include "exec/console.h"
#include "exec/seccomp.h"
#include "supervisor/pod_supervisor.h"

namespace podrun::supervisor {

namespace {

UniqueFd open_stream(const std::string& path, int flags) {
  if (path.empty()) return UniqueFd();
  UniqueFd fd(::open(path.c_str(), flags | O_NOCTTY | O_CLOEXEC));
  if (!fd) throw SysError("attach the debug container", "open", path, errno);
  return fd;
}

}  // namespace

// Every request not seen before, started in the order of its name.
void PodSupervisor::start_ephemeral_requests() {
  std::vector<files::Entry> entries;
  files::list(paths_.ephemeral(), entries);
  std::sort(entries.begin(), entries.end(), [](const files::Entry& a, const files::Entry& b) { return a.name < b.name; });
  for (const auto& e : entries) {
    if (e.name.size() < 6 || e.name.compare(e.name.size() - 5, 5, ".json") != 0) continue;
    std::string name = e.name.substr(0, e.name.size() - 5);
    if (std::any_of(ephemeral_.begin(), ephemeral_.end(), [&](const auto& x) { return x->request.plan.name == name; })) continue;
    auto text = files::read(paths_.ephemeral_request(name));
    if (!text) continue;
    auto x = std::make_unique<EphemeralRuntime>();
    try {
      x->request = exec::decode_ephemeral_request(*text);
    } catch (const std::exception& ex) {
      log::warn(std::string("debug container ") + name + ": " + ex.what());
      continue;
    }
    x->object = "spec.ephemeralContainers{" + name + "}";
    x->index = st_.ephemeral_containers.size();
    state::ContainerState cs;
    cs.name = name;
    cs.type = state::ContainerType::Ephemeral;
    cs.image = x->request.plan.image;
    cs.reason = "ContainerCreating";
    st_.ephemeral_containers.push_back(cs);
    ephemeral_.push_back(std::move(x));
    launch_ephemeral(*ephemeral_.back());
  }
  dirty_ = true;
}

// 1. Refused while the pod stops or has no sandbox; 2. its cgroup, seccomp program, log and
// streams; 3. the child, joined to the pod (and the target's PID namespace); 4. running.
void PodSupervisor::launch_ephemeral(EphemeralRuntime& x) {
  const plan::ContainerPlan& c = x.request.plan;
  state::ContainerState& cs = st_.ephemeral_containers[x.index];
  auto fail = [&](const std::string& reason, const std::string& message) {
    cs.state = state::RunState::Terminated;
    cs.reason = reason;
    cs.message = message;
    cs.exit_code = reason == "StartError" ? 128 : 126;
    cs.finished_at = now_rfc3339();
    event("Warning", "Failed", x.object, "Error: " + message);
  };
  // 1. What would make it fail at once.
  if (track_.stopping || track_.sandbox != Sandbox::Ready || pause_.pid <= 0)
    return fail("CreateContainerError", "the pod is not running (it stops, or its sandbox is being made again)");
  if (!c.start_errors.empty()) return fail(c.start_errors[0].substr(0, c.start_errors[0].find(':')), c.start_errors[0]);
  UniqueFd target_pid_ns;
  if (c.namespaces.at(plan::NsKind::Pid).type == plan::NsSource::Type::Container) {
    const std::string& target = c.namespaces.at(plan::NsKind::Pid).container;
    auto t = std::find_if(st_.containers.begin(), st_.containers.end(), [&](const auto& s) { return s.name == target; });
    if (t == st_.containers.end() || t->pid <= 0 || t->state != state::RunState::Running)
      return fail("StartError", "the target container " + target + " is not running");
    target_pid_ns.reset(::open(("/proc/" + std::to_string(t->pid) + "/ns/pid").c_str(), O_RDONLY | O_CLOEXEC));
    if (!target_pid_ns) return fail("StartError", "open the PID namespace of " + target + ": " + std::strerror(errno));
  }
  try {
    // 2. Cgroup (under the pod's, no limits), seccomp (compiled by the CLI), log, streams.
    record_cgroup(c.name, c.cgroup.path, cg_->apply(c.cgroup));
    x.cgroup_made = true;
    std::optional<std::string> seccomp = exec::load_seccomp_program(c, paths_);
    ::mkdir(paths_.container(c.name).c_str(), 0700);
    ::mkdir(paths_.container_logs(c.name).c_str(), 0750);
    UniqueFd in = open_stream(x.request.stdin_path, O_RDWR);
    UniqueFd out = open_stream(x.request.stdout_path, O_WRONLY);
    UniqueFd err = open_stream(x.request.stderr_path, O_WRONLY);
    UniqueFd console;
    if (!x.request.console_socket.empty()) console = exec::connect_console(x.request.console_socket);
    UniqueFd out_r, err_r, out_w, err_w;
    if (!console && (!out || !err)) {
      int o[2], e[2];
      if (::pipe2(o, O_CLOEXEC) != 0) throw SysError("start the debug container", "pipe2", "", errno);
      out_r.reset(o[0]);
      out_w.reset(o[1]);
      if (::pipe2(e, O_CLOEXEC) != 0) throw SysError("start the debug container", "pipe2", "", errno);
      err_r.reset(e[0]);
      err_w.reset(e[1]);
      x.log = std::make_shared<state::CriLogWriter>(paths_.container_log(c.name, 0), cfg_.log_max_bytes, cfg_.log_max_files);
    }
    // 3. The child, as prepare() makes any container's.
    exec::ContainerLaunch l;
    l.plan = &c;
    l.pod = paths_;
    l.container_dir = paths_.container_fs(c.name);
    l.rootfs = paths_.container_rootfs(c.name);
    l.layers = x.request.image.layers;
    l.mount_points = x.request.image.mount_points;
    l.image_user = x.request.image.user;
    join_pod(l, c);
    if (target_pid_ns) {  // Container: the target's PID namespace, joined as the pod's would be
      l.pid_mode = exec::PidMode::Pod;
      l.pod_pid_ns = target_pid_ns.get();
    }
    l.stdout_fd = out ? out.get() : out_w.get();
    l.stderr_fd = err ? err.get() : err_w.get();
    l.stdin_fd = in ? in.get() : -1;
    l.console_fd = console ? console.get() : -1;
    l.seccomp_bpf = seccomp ? &*seccomp : nullptr;
    exec::LaunchResult res = exec::launch_container(l);
    if (res.failed) return fail(res.start_error ? "StartError" : "CreateContainerError", res.message);
    // 4. Running.
    out_w.reset();
    err_w.reset();
    if (out_r) add_pipe(std::move(out_r), x.log, state::Stream::Stdout);
    if (err_r) add_pipe(std::move(err_r), x.log, state::Stream::Stderr);
    x.pid = res.pid;
    cs.pid = res.pid;
    cs.start_time = process_start_time(res.pid);
    cs.state = state::RunState::Running;
    cs.reason.clear();
    cs.started = true;
    cs.started_at = now_rfc3339();
    event("Normal", "Created", x.object, "Created container " + c.name);
    event("Normal", "Started", x.object, "Started container " + c.name);
  } catch (const std::exception& e) {
    fail("CreateContainerError", e.what());
  }
}

void PodSupervisor::on_ephemeral_exit(EphemeralRuntime& x, int status) {
  state::ContainerState& cs = st_.ephemeral_containers[x.index];
  for (auto it = pipes_.begin(); it != pipes_.end();) {
    auto next = std::next(it);
    if (x.log && it->second.log == x.log) on_pipe(it->first);
    it = next;
  }
  x.pid = 0;
  cs.pid = 0;
  cs.state = state::RunState::Terminated;
  cs.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  cs.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + cs.signal;
  cs.reason = cs.exit_code == 0 ? "Completed" : "Error";
  cs.finished_at = now_rfc3339();
  dirty_ = true;
}

// The pod stops (or loses its sandbox): `sig` to every debug container still running; the
// pod's teardown kills what is left with its cgroup.
void PodSupervisor::signal_ephemeral(int sig) {
  for (auto& x : ephemeral_)
    if (x->pid > 0) ::kill(x->pid, sig);
}

}  // namespace podrun::supervisor
