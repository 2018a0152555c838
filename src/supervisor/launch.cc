// A container instance, up to its exec: its checks, cgroup, writable layer, seccomp filter,
// log pipes, and its child (exec/container.h); then the pipes that carry its output to its log.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "common/clock.h"
#include "common/fault.h"
#include "common/files.h"
#include "common/process.h"
#include "common/trace.h"
#include "exec/seccomp.h"
#include "supervisor/pod_supervisor.h"

namespace podrun::supervisor {

using plan::ContainerKind;
using state::ContainerState;

namespace {

// Keeps this instance's log and the previous one's; older ones go.
void prune_logs(const std::string& ldir, int current) {
  std::vector<files::Entry> entries;
  files::list(ldir, entries);
  for (const auto& e : entries)
    if (std::atoi(e.name.c_str()) < current - 1) ::unlink((ldir + "/" + e.name).c_str());
}

}  // namespace

// The checks, the cgroup, a fresh writable layer for a restart, seccomp, the log pipes, and
// the child cloned (exec::start_container): it joins the pod and builds its filesystem, then
// waits for its go. nullopt on failure, with `why` (empty when it was handled here: a start
// error fails the pod).
std::optional<Prepared> PodSupervisor::prepare(ContainerRuntime& r, bool place, std::string& why) {
  std::optional<Prepared> p = prepare_child(r, place, why);
  if (p && !prepare_files(r, *p, why)) {
    exec::discard_container(p->child);
    return std::nullopt;
  }
  return p;
}

// Up to the child's clone: nothing of the pod's storage (its layer's and log's directories,
// its log file) is needed; the child stops before its filesystem until prepare_files.
std::optional<Prepared> PodSupervisor::prepare_child(ContainerRuntime& r, bool place, std::string& why) {
  const plan::ContainerPlan& c = *r.plan;
  ContainerState& cs = status(r);
  const bool restart = track(r).ever_started;
  dirty_ = true;
  // 1. Reasons the manifest is valid but this container cannot run (CreateContainerConfigError,
  //    ErrImageNeverPull, ...): the kubelet keeps trying; podrun fails the apply at once, as
  //    nothing will change without a new manifest.
  if (!c.start_errors.empty()) {
    std::string reason = c.start_errors[0].substr(0, c.start_errors[0].find(':'));
    if (reason.find(' ') != std::string::npos) reason = "CreateContainerConfigError";
    cs.state = state::RunState::Waiting;
    cs.reason = reason;
    cs.message = c.start_errors[0];
    event("Warning", "Failed", r.object, "Error: " + c.start_errors[0]);
    if (report_ >= 0) fail_start("container " + c.name + ": " + c.start_errors[0]);
    track_.failed = true;
    return std::nullopt;
  }
  // 2. The container's cgroup, with the plan's values, once; a restart reuses it, emptied.
  try {
    if (!r.cgroup_made) record_cgroup(c.name, c.cgroup.path, cg_->apply(c.cgroup));
    else if (restart) cg_->kill_all(c.cgroup.path, 1000);
    r.cgroup_made = true;
  } catch (const std::exception& e) {
    why = e.what();
    return std::nullopt;
  }
  r.oom_baseline = cg_->oom_kills(c.cgroup.path);
  if (restart) {
    cs.restart_count++;
    // A restarted container gets a fresh writable layer, as a new CRI container does.
    files::remove_all(paths_.container_fs(c.name));
  }
  // 3. seccomp: compiled by the CLI into the pod directory (exec/seccomp.h), where `podrun
  //    exec` reads it too; loaded once per container (restarts reuse it).
  if (!r.seccomp_loaded) {
    try {
      r.seccomp = exec::load_seccomp_program(c, paths_);
      r.seccomp_loaded = true;
    } catch (const std::exception& e) {
      why = e.what();
      return std::nullopt;
    }
  }
  // 4. The log pipes (the log file comes with prepare_files).
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0) {
    why = "create the log pipes: " + std::string(std::strerror(errno));
    return std::nullopt;
  }
  Prepared p;
  p.out_r.reset(out[0]);
  p.out_w.reset(out[1]);
  if (::pipe2(err, O_CLOEXEC) != 0) {
    why = "create the log pipes: " + std::string(std::strerror(errno));
    return std::nullopt;
  }
  p.err_r.reset(err[0]);
  p.err_w.reset(err[1]);
  // 5. The child: what it joins, its image, its user.
  exec::ContainerLaunch l;
  l.plan = &c;
  l.pod = paths_;
  l.container_dir = paths_.container_fs(c.name);
  l.rootfs = paths_.container_rootfs(c.name);
  auto img = cfg_.images.find(c.image);
  if (img != cfg_.images.end()) {
    l.layers = img->second.layers;
    l.mount_points = img->second.mount_points;
    l.image_user = img->second.user;
  }
  for (const auto& m : c.mounts)
    if (m.source.kind == plan::MountSource::Kind::ImageVolume)
      if (auto v = cfg_.images.find(m.source.ref); v != cfg_.images.end()) l.image_volumes[m.source.ref] = v->second.layers;
  join_pod(l, c);
  l.stdout_fd = p.out_w.get();
  l.stderr_fd = p.err_w.get();
  l.seccomp_bpf = r.seccomp ? &*r.seccomp : nullptr;
  l.await_files = true;
  // Apply's pull of this image, when it pulled one, already said Pulling and Pulled.
  bool pulled_by_apply = std::any_of(cfg_.prior_events.begin(), cfg_.prior_events.end(),
                                     [&](const exec::PriorEvent& e) { return e.reason == "Pulled" && e.object == r.object; });
  if (!restart && !pulled_by_apply && !r.pulled_here)
    event("Normal", "Pulled", r.object, "Container image \"" + c.image + "\" already present on machine");
  try {
    fault::point("sup.container");
    p.child = exec::start_container(l, place);
  } catch (const std::exception& e) {
    why = e.what();
    return std::nullopt;
  }
  return p;
}

// What the child's filesystem and output need on the pod's storage: the directories of its
// writable layer and of its logs, <pod>/logs/<name>/<restartCount>.log (the previous
// instance's file is kept); then the child goes on to its filesystem. false, with `why`.
bool PodSupervisor::prepare_files(ContainerRuntime& r, Prepared& p, std::string& why) {
  const plan::ContainerPlan& c = *r.plan;
  const ContainerState& cs = status(r);
  std::string cdir = paths_.container(c.name);
  ::mkdir(cdir.c_str(), 0700);
  std::string ldir = paths_.container_logs(c.name);
  ::mkdir(ldir.c_str(), 0750);
  prune_logs(ldir, cs.restart_count);
  try {
    r.log = std::make_shared<state::CriLogWriter>(paths_.container_log(c.name, cs.restart_count), cfg_.log_max_bytes, cfg_.log_max_files);
  } catch (const std::exception& e) {
    why = std::string("open the log file: ") + e.what();
    return false;
  }
  p.files_done = true;
  exec::release_files(p.child);
  trace::mark("sup.files-released");
  return true;
}

// What every container of the pod joins and gets at its start: the pause holder's network,
// IPC and UTS namespaces, its PID namespace (Pod), its user namespace (hostUsers: false), the
// values known only now, its cgroup and OOM score. A debug container's target changes the PID
// namespace after (supervisor/ephemeral.cc).
void PodSupervisor::join_pod(exec::ContainerLaunch& l, const plan::ContainerPlan& c) {
  using plan::NsKind;
  const std::pair<NsKind, int> order[] = {{NsKind::Ipc, CLONE_NEWIPC}, {NsKind::Uts, CLONE_NEWUTS}, {NsKind::Net, CLONE_NEWNET}};
  for (const auto& [kind, type] : order)
    if (c.namespaces.at(kind).type == plan::NsSource::Type::Pod && pause_.ns.count(kind)) l.join.emplace_back(pause_.ns[kind]->get(), type);
  auto pid = c.namespaces.at(NsKind::Pid).type;
  l.pid_mode = pid == plan::NsSource::Type::Pod    ? exec::PidMode::Pod
               : pid == plan::NsSource::Type::Host ? exec::PidMode::Host
                                                   : exec::PidMode::Private;
  if (l.pid_mode == exec::PidMode::Pod) l.pod_pid_ns = pause_.ns.at(NsKind::Pid)->get();
  if (pause_.ns.count(NsKind::User) && userns_host_) {
    l.user_ns = pause_.ns[NsKind::User]->get();
    l.userns_host_id = *userns_host_;
    l.userns_idmap = userns_idmap_;
  }
  l.own_pid_ns = own_pid_ns_.get();
  std::string ip = st_.pod_ip.empty() ? host_ip() : st_.pod_ip;
  l.start_values = {{"status.podIP", ip}, {"status.podIPs", ip}, {"status.hostIP", host_ip()}, {"status.hostIPs", host_ip()}};
  l.cgroup_attach = cg_->attach_files(c.cgroup.path);
  l.oom_score_adj = c.oom_score_adj;
}

// The app container started right after `r` during the pod's first start, when nothing
// orders them (no postStart hook on `r`): its child is made while r's sets up. It is the next
// Start of the same batch of actions (compute_actions starts app containers in order, up to
// the first with a postStart hook).
ContainerRuntime* PodSupervisor::prestart_candidate(const ContainerRuntime& r) {
  if (report_ < 0 || r.plan->kind != ContainerKind::App || r.plan->post_start) return nullptr;
  for (std::size_t i = r.index + 1; i < containers_.size(); ++i) {
    ContainerRuntime& n = containers_[i];
    if (n.plan->kind != ContainerKind::App) continue;
    if (track(n).life != Life::NotStarted || track(n).ever_started || n.prestarted || !n.plan->start_errors.empty()) return nullptr;
    return &n;
  }
  return nullptr;
}

// The pod's first start: the child of the container that starts first, cloned as soon as
// its cgroup and the pause holder's namespaces exist, so that it joins them and makes its own
// on the other CPU while this process makes the pod's storage and files (start_pod); it
// builds its filesystem once its launch has made its log (prepare_files). The first Start of
// compute_actions is the first container in the pod's order (init containers first) that can
// start; one not launched by the first batch is discarded, as any pre-start.
void PodSupervisor::prestart_first() {
  if (report_ < 0 || containers_.empty()) return;
  ContainerRuntime& r = containers_.front();
  if (track(r).life != Life::NotStarted || r.plan->image_wait || !r.plan->start_errors.empty()) return;
  std::string why;
  try {
    r.prestarted = prepare_child(r, true, why);
  } catch (const std::exception&) {  // its own launch meets the same failure, and reports it
    r.prestarted.reset();
  }
}

// A failed pre-start is forgotten: the container's own launch tries again and reports it.
void PodSupervisor::prestart(ContainerRuntime& n, bool place) {
  std::string why;
  try {
    n.prestarted = prepare(n, place, why);
  } catch (const std::exception&) {  // its own launch meets the same failure, and reports it
    n.prestarted.reset();
  }
}

void PodSupervisor::discard_prestarted() {
  for (auto& r : containers_)
    if (r.prestarted) {
      exec::discard_container(r.prestarted->child);
      r.prestarted.reset();
    }
}

void PodSupervisor::launch(ContainerRuntime& r) {
  const plan::ContainerPlan& c = *r.plan;
  ContainerState& cs = status(r);
  // 1. Its child, made already (prestart) or now. The supervisor's own work meanwhile (the
  //    pod's network at the first launch, the next container's child) goes on while the
  //    child sets up on the other CPU.
  ContainerRuntime* next = prestart_candidate(r);
  const bool network = std::exchange(network_pending_, false);
  std::optional<Prepared> made = std::exchange(r.prestarted, std::nullopt);
  std::string why;
  if (made && !made->files_done && !prepare_files(r, *made, why)) {  // cloned before the pod's storage
    exec::discard_container(made->child);
    made.reset();
  } else if (!made) {
    made = prepare(r, network || next, why);
  }
  if (!made) {
    network_pending_ = network;  // for the next launch
    if (!why.empty()) launch_failed(r, why, false);
    return;
  }
  const bool place_next = !made->child.placed;
  auto meanwhile = [&] {
    if (network) attach_network();
    if (next) prestart(*next, place_next);
    pause_ready();  // the hostname set, loopback up: its container may run
  };
  // 2. Its go, then its exec.
  exec::LaunchResult res;
  try {
    res = exec::finish_container(made->child, meanwhile);
  } catch (const PodSandboxError& e) {
    fail_start(e.what());
  } catch (const std::exception& e) {
    res.failed = true;
    res.message = e.what();
  }
  made->out_w.reset();
  made->err_w.reset();
  UniqueFd out_r = std::move(made->out_r), err_r = std::move(made->err_r);
  if (res.failed) {
    launch_failed(r, res.message, res.start_error);
    return;
  }
  // 3. It runs: its output to its log; what lifecycle.h makes of it (postStart first?).
  add_pipe(std::move(out_r), r.log, state::Stream::Stdout);
  add_pipe(std::move(err_r), r.log, state::Stream::Stderr);
  r.pid = res.pid;
  cs.pid = res.pid;
  cs.start_time = process_start_time(res.pid);
  check_oom_score(res.pid, c.oom_score_adj, r.object, "container " + c.name);
  event("Normal", "Created", r.object, "Created container " + c.name);
  event("Normal", "Started", r.object, "Started container " + c.name);
  on_started(plan_, track_, r.index, Clock::now());
  if (track(r).life == Life::PostStart) {
    // Until postStart returns the container is not reported running and the next container
    // waits (kubelet: the hook runs synchronously in startContainer).
    cs.state = state::RunState::Waiting;
    cs.reason = "ContainerCreating";
    start_hook(r, *c.post_start, true);
  } else {
    mark_running(r);
  }
}

// An instance that never ran: reported, then an exit like any other (126 or 128), so that it
// restarts per its policy after its back-off. During the first start the pod fails instead.
void PodSupervisor::launch_failed(ContainerRuntime& r, const std::string& message, bool start_error) {
  ContainerState& cs = status(r);
  event("Warning", "Failed", r.object, "Error: " + message);
  if (report_ >= 0) fail_start("container " + r.plan->name + ": " + message);
  // A pause holder on its way out fails every launch (clone into its PID namespace: ENOMEM):
  // that is the sandbox's loss.
  if (pause_dying()) sandbox_lost();
  cs.state = state::RunState::Terminated;
  cs.reason = start_error ? "StartError" : "CreateContainerError";
  cs.message = message;
  cs.exit_code = start_error ? 128 : 126;
  cs.finished_at = now_rfc3339();
  // Counted as an instance that ran for no time: the next one is a restart, after back-off.
  ContainerTrack& t = track(r);
  t.ever_started = true;
  t.started_at = Clock::now();
  after_exit(r);
}

void PodSupervisor::add_pipe(UniqueFd fd, std::shared_ptr<state::CriLogWriter> log, state::Stream s) {
  int raw = fd.get();
  ::fcntl(raw, F_SETFL, ::fcntl(raw, F_GETFL) | O_NONBLOCK);
  watch(raw);
  pipes_[raw] = LogPipe{std::move(fd), std::move(log), s};
}

void PodSupervisor::watch(int fd) {
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = fd;
  ::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev);
}

void PodSupervisor::on_pipe(int fd) {
  auto it = pipes_.find(fd);
  if (it == pipes_.end()) return;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) {
      it->second.log->feed(it->second.stream, std::string_view(buf, static_cast<std::size_t>(n)));
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    it->second.log->flush_eof(it->second.stream);
    ::epoll_ctl(epoll_.get(), EPOLL_CTL_DEL, fd, nullptr);
    pipes_.erase(it);
    return;
  }
}

// What is left in an exited instance's pipes belongs to it.
void PodSupervisor::drain_pipes(const ContainerRuntime& r) {
  for (auto it = pipes_.begin(); it != pipes_.end();) {
    auto next = std::next(it);
    if (it->second.log == r.log) on_pipe(it->first);
    it = next;
  }
}

std::string PodSupervisor::log_tail(const ContainerRuntime& r) {
  std::optional<std::string> file = files::read(paths_.container_log(r.plan->name, st_.containers[r.index].restart_count));
  std::string text;
  for (const std::string& line : files::split(file.value_or(""), '\n')) {
    // <time> <stream> <tag> <text>
    std::size_t p = 0;
    for (int i = 0; i < 3 && p != std::string::npos; ++i) p = line.find(' ', p == 0 ? 0 : p + 1);
    if (p != std::string::npos) text += line.substr(p + 1) + "\n";
  }
  if (text.size() > 200) text = "..." + text.substr(text.size() - 200);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.empty() ? "no output" : "last output: " + text;
}

}  // namespace podrun::supervisor
