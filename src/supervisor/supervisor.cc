// The supervisor's loop, kubelet's SyncPod for one pod: compute the actions (lifecycle.h),
// do them, tell lifecycle.h what happened (exits, hook and probe results, a lost sandbox),
// record it in state.json, and wait for the next event or deadline.
#include "supervisor/supervisor.h"

#include <signal.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "common/clock.h"
#include "common/files.h"
#include "common/log.h"
#include "common/process.h"
#include "common/trace.h"
#include "supervisor/eviction.h"
#include "supervisor/handler.h"
#include "supervisor/pod_supervisor.h"

// Gives free heap memory back to the kernel: glibc's (in <malloc.h>, not included here: musl
// has no such header entry), or supervisor/musl_malloc.cc's.
extern "C" int malloc_trim(size_t pad) noexcept;

namespace podrun::supervisor {

using plan::ContainerKind;
using state::ContainerState;

namespace {

const plan::ProbePlan* probe_plan(const plan::ContainerPlan& c, ProbeKind k) {
  const std::optional<plan::ProbePlan>& p = k == ProbeKind::Startup    ? c.startup_probe
                                            : k == ProbeKind::Liveness ? c.liveness_probe
                                                                       : c.readiness_probe;
  return p ? &*p : nullptr;
}

std::string duration_text(Millis d) {
  auto ms = d.count();
  if (ms % 1000 != 0) return std::to_string(ms) + "ms";
  auto s = ms / 1000;
  if (s >= 60) return std::to_string(s / 60) + "m" + (s % 60 ? std::to_string(s % 60) + "s" : "0s");
  return std::to_string(s) + "s";
}

state::PodPhase phase_of(Phase p) {
  switch (p) {
    case Phase::Pending: return state::PodPhase::Pending;
    case Phase::Running: return state::PodPhase::Running;
    case Phase::Succeeded: return state::PodPhase::Succeeded;
    case Phase::Failed: return state::PodPhase::Failed;
  }
  return state::PodPhase::Pending;
}

}  // namespace

[[noreturn]] void PodSupervisor::run() {
  // 1. Signals through a signalfd; children are reaped here (a subreaper: the orphans of
  //    hostPID containers too).
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGUSR1}) sigaddset(&set, s);
  ::sigprocmask(SIG_BLOCK, &set, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  ::prctl(PR_SET_NAME, "podrun-sup");
  // Its diagnostics: appended to <root>/supervisor.log (its stderr is /dev/null), at the level
  // the CLI that started it ran at.
  log::to_file(cfg_.state_root + "/supervisor.log", log::parse_level(cfg_.log_level).value_or(log::Level::Warn),
               "supervisor " + plan_.ns + "/" + plan_.name);
  epoll_.reset(::epoll_create1(EPOLL_CLOEXEC));
  sigfd_.reset(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
  watch(sigfd_.get());
  // 2. The pod: state, files and volumes, the pause holder.
  try {
    start_pod();
  } catch (const std::exception& e) {
    fail_start(e.what());
  }
  // 3. The loop: do what is due, then wait for the next event or deadline.
  for (;;) {
    reconcile();
    if (finished_) break;
    if (dirty_) save();
    if (!trimmed_) {
      // The start's garbage (run.json's JSON tree above all) is free by now: its pages go
      // back to the kernel, as they would not by themselves (supervisor/heap.h).
      trimmed_ = true;
      ::malloc_trim(0);
    }
    epoll_event evs[16];
    int n = ::epoll_wait(epoll_.get(), evs, 16, wait_ms());
    for (int i = 0; i < n; ++i) {
      int fd = evs[i].data.fd;
      if (fd == sigfd_.get()) on_signals();
      else on_pipe(fd);
    }
  }
  teardown_pod();
  ::_exit(0);
}

// Until nothing more is due: a start can make the next container due, a completed pod begins
// stopping its sidecars, and so on. Each action changes the track so that it is not due again
// (a bound on the passes all the same: a deadline in the past is the next wait's 0 ms).
void PodSupervisor::reconcile() {
  for (int pass = 0; pass < 32 && !finished_; ++pass) {
    TimePoint now = Clock::now();
    std::vector<Action> batch = compute_actions(plan_, track_, now);
    if (batch.empty()) break;
    for (const Action& a : batch) {
      apply(a, now);
      if (finished_) break;
    }
    discard_prestarted();  // none is left unless a launch stopped the batch: made again when due
  }
  if (network_pending_ && !finished_) {
    // No container was launched (each one failed before its process): the network anyway.
    network_pending_ = false;
    try {
      attach_network();
      pause_ready();
    } catch (const std::exception& e) {
      fail_start(e.what());
    }
  }
  update_status();
  if (report_ >= 0 && first_start_settled(plan_, track_)) {
    // Saved before the CLI returns: `podrun apply && podrun exec` must find the containers.
    trace::mark("sup.settled");
    save();
    trace::mark("sup.reported");
    report("OK");
  }
}

void PodSupervisor::apply(const Action& a, TimePoint now) {
  using T = Action::Type;
  const bool of_pod = a.type == T::StopPod || a.type == T::CheckStorage || a.type == T::EndStop || a.type == T::RecreateSandbox ||
                      a.type == T::Finish || a.type == T::RestartAll;
  ContainerRuntime* r = !of_pod && a.container < containers_.size() ? &containers_[a.container] : nullptr;
  dirty_ = true;
  if (log::enabled(log::Level::Debug))
    log::debug(
        std::string(action_name(a.type)) + (r ? " " + r->plan->name : "") +
        (a.type == Action::Type::RunProbe || a.type == Action::Type::CancelProbe ? std::string(" ") + probe_kind_name(a.probe) : "") +
        (r ? std::string(" (") + life_name(track(*r).life) + ")" : ""));
  switch (a.type) {
    case Action::Type::Start: {
      // An earlier action of the batch may have changed the pod (it failed, it stops).
      Life l = track(*r).life;
      bool due = (l == Life::NotStarted || l == Life::BackOff) && !track_.stopping && !track_.failed && track_.sandbox == Sandbox::Ready;
      if (due) launch(*r);
      return;
    }
    case Action::Type::RunProbe:
      if (track(*r).life != Life::Running || r->probe(a.probe).pid > 0) return;
      note(plan_, track_, a, now);
      start_probe(*r, a.probe);
      return;
    case Action::Type::CancelProbe:
      if (r->probe(a.probe).pid > 0) ::kill(r->probe(a.probe).pid, SIGKILL);
      note(plan_, track_, a, now);
      return;
    case Action::Type::RunPreStop:
      note(plan_, track_, a, now);
      start_hook(*r, *r->plan->pre_stop, false);
      return;
    case Action::Type::CancelHook:
      if (r->hook.pid > 0) ::kill(r->hook.pid, SIGKILL);
      note(plan_, track_, a, now);
      return;
    case Action::Type::Terminate:
      if (r->pid > 0) ::kill(r->pid, r->plan->stop_signal);  // SIGTERM, or lifecycle.stopSignal
      note(plan_, track_, a, now);
      if (r->pid > 0 && signal_dropped_by_init(r->pid, r->plan->stop_signal))
        // The kernel discarded the signal: the container's PID 1 has no handler for it (as
        // `sleep` has none). It runs on until SIGKILL ends the grace period, as on a kubelet;
        // this says why the delete waits.
        event("Warning", "StopSignalIgnored", r->object,
              "Container " + r->plan->name + "'s PID 1 has no handler for " +
                  (r->plan->stop_signal == SIGTERM ? std::string("SIGTERM") : "signal " + std::to_string(r->plan->stop_signal)) +
                  ": the kernel dropped it, and the container is killed when the grace period ends");
      return;
    case Action::Type::Kill:
      if (r->pid > 0) ::kill(r->pid, SIGKILL);
      note(plan_, track_, a, now);
      return;
    case Action::Type::StopPod: stop_pod(false, plan_.termination_grace_period_seconds); return;
    case Action::Type::CheckStorage:
      note(plan_, track_, a, now);
      check_storage();
      return;
    case Action::Type::EndStop: note(plan_, track_, a, now); return;
    case Action::Type::RecreateSandbox: {
      std::string why;
      if (!recreate_sandbox(why)) {
        log::warn("a new sandbox failed: " + why);
        event("Warning", "FailedCreatePodSandBox", "", "Failed to create pod sandbox: " + why);
        on_sandbox_failed(track_, now + std::chrono::seconds(10));
        return;
      }
      log::info("a new sandbox: pause holder " + std::to_string(pause_.pid));
      on_sandbox_recreated(plan_, track_);
      return;
    }
    case Action::Type::Finish: finished_ = true; return;
    case Action::Type::RestartAll:
      log::info("every container stopped: the pod starts again from its first init container, in the same sandbox");
      note(plan_, track_, a, now);
      return;
    case Action::Type::PullImage:
      note(plan_, track_, a, now);
      start_pull(*r);
      return;
  }
}

// Begin stopping the pod: delete (`deleting`), or it completed, failed or was evicted.
void PodSupervisor::stop_pod(bool deleting, std::int64_t grace_seconds) {
  if (deleting && !st_.deleting) {
    st_.deleting = true;
    st_.deletion_timestamp = now_rfc3339();
  }
  if (!track_.stopping)
    for (auto& r : containers_)
      if (r.pid > 0) event("Normal", "Killing", r.object, "Stopping container " + r.plan->name);
  for (auto& r : containers_)
    if (r.pull.pid > 0) ::kill(r.pull.pid, SIGKILL);  // nothing is to start: its result would count for nothing
  signal_ephemeral(SIGTERM);                          // debug containers stop with the pod; its teardown kills what is left
  begin_stop(track_, deleting, grace_seconds, Clock::now());
  dirty_ = true;
}

// --- what happened ---------------------------------------------------------------------------

void PodSupervisor::on_signals() {
  signalfd_siginfo si;
  bool chld = false, debug = false;
  while (::read(sigfd_.get(), &si, sizeof si) == sizeof si) {
    if (si.ssi_signo == SIGCHLD) chld = true;
    else if (si.ssi_signo == SIGUSR1) debug = true;  // `podrun debug` left a request
    else stop_pod(true, read_grace());
  }
  if (chld) reap();
  if (debug) start_ephemeral_requests();
}

// `podrun delete --grace-period N` writes N to the pod directory before its SIGTERM.
std::int64_t PodSupervisor::read_grace() const {
  std::optional<std::string> text = files::read(paths_.grace());
  if (text && !text->empty() && std::isdigit(static_cast<unsigned char>((*text)[0]))) return std::atoll(text->c_str());
  return plan_.termination_grace_period_seconds;
}

void PodSupervisor::reap() {
  for (;;) {
    int status = 0;
    pid_t pid = ::waitpid(-1, &status, WNOHANG);
    if (pid <= 0) break;
    if (pid == pause_.pid) {
      on_pause_exit();
      continue;
    }
    for (auto& x : ephemeral_)
      if (x->pid == pid) on_ephemeral_exit(*x, status);
    for (auto& r : containers_) {
      if (r.pid == pid) on_container_exit(r, status);
      else if (r.hook.pid == pid) on_hook_done(r, status);
      else if (r.pull.pid == pid) on_pull_done(r, status);
      else
        for (ProbeKind k : kProbeKinds)
          if (r.probe(k).pid == pid) on_probe_done(r, k, status);
    }
  }
}

void PodSupervisor::on_pause_exit() {
  pause_.pid = 0;
  st_.pause_pid = 0;
  st_.pause_start = 0;
  dirty_ = true;  // saved even when the loss was seen earlier (pause_dying): no stale pid in the state
  sandbox_lost();
}

// The pause holder died (killed from the host, or by the OOM killer): the kubelet's
// SandboxChanged. lifecycle.h decides whether the pod gets a new sandbox.
void PodSupervisor::sandbox_lost() {
  bool was_stopping = track_.stopping;
  SandboxDecision d = on_sandbox_lost(plan_, track_, Clock::now());
  if (d == SandboxDecision::Ignore) return;
  log::info(std::string("the pause holder exited: ") +
            (d == SandboxDecision::Recreate ? "a new sandbox once the pod has stopped" : "the pod stops for good"));
  if (d == SandboxDecision::Recreate) event("Normal", "SandboxChanged", "", "Pod sandbox changed, it will be killed and re-created.");
  else
    event("Warning", "SandboxChanged", "",
          "Pod sandbox changed: its pause holder exited, and restartPolicy " +
              std::string(plan::restart_policy_name(plan_.restart_policy)) + " starts nothing again: the pod is stopped");
  if (!was_stopping)
    for (auto& r : containers_)
      if (r.pid > 0) event("Normal", "Killing", r.object, "Stopping container " + r.plan->name);
  signal_ephemeral(SIGKILL);  // their namespaces are gone; a debug container is never started again
  dirty_ = true;
}

void PodSupervisor::on_container_exit(ContainerRuntime& r, int status) {
  ContainerState& cs = this->status(r);
  drain_pipes(r);
  r.pid = 0;
  cs.pid = 0;
  cs.state = state::RunState::Terminated;
  cs.signal = 0;
  if (WIFEXITED(status)) cs.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    cs.signal = WTERMSIG(status);
    cs.exit_code = 128 + cs.signal;  // 137 for SIGKILL, 143 for SIGTERM
  }
  cs.reason = cs.exit_code == 0 ? "Completed" : "Error";
  // The OOM killer acted in the container's cgroup during this instance: OOMKilled (137).
  if (cs.exit_code != 0 && cg_->oom_kills(r.plan->cgroup.path) > r.oom_baseline) cs.reason = "OOMKilled";
  cs.message.clear();
  cs.finished_at = now_rfc3339();
  // Its hook and probes in flight die with it; their results, when reaped, count for nothing.
  if (r.hook.pid > 0) ::kill(r.hook.pid, SIGKILL);
  for (auto& p : r.probes)
    if (p.pid > 0) ::kill(p.pid, SIGKILL);
  // Killed with the pod's PID namespace, whose holder is on its way out: the sandbox is lost
  // first, so that this exit is the pod's stop and not a crash to restart.
  if (r.plan->namespaces.at(plan::NsKind::Pid).type == plan::NsSource::Type::Pod && track_.sandbox == Sandbox::Ready && pause_dying())
    sandbox_lost();
  after_exit(r);
}

// What follows an exit (or a failed start): done, a restart after back-off, or the pod fails.
void PodSupervisor::after_exit(ContainerRuntime& r) {
  ContainerState& cs = status(r);
  dirty_ = true;
  ExitOutcome o = on_exit(plan_, track_, r.index, cs.exit_code, Clock::now(), cfg_.backoff);
  switch (o.kind) {
    case ExitOutcome::Kind::Done:
    case ExitOutcome::Kind::Stopped: return;
    case ExitOutcome::Kind::InitFailed:
      event("Warning", "Failed", r.object, "Init container " + r.plan->name + " failed with exit code " + std::to_string(cs.exit_code));
      if (report_ >= 0)
        fail_start("init container " + r.plan->name + " exited with " + std::to_string(cs.exit_code) + " (" + log_tail(r) + ")");
      return;
    case ExitOutcome::Kind::Restart: break;
    case ExitOutcome::Kind::RestartAll:
      // KEP-5532: an in-place restart of the whole pod; its sandbox, address and volumes stay.
      event("Normal", "RestartAllContainers", r.object,
            "Container " + r.plan->name + " exited with code " + std::to_string(cs.exit_code) +
                ", triggering pod restart (restartPolicyRules: RestartAllContainers); every container is killed and the pod "
                "starts again from its first init container" +
                (o.delay.count() > 0 ? " after a back-off of " + duration_text(o.delay) : ""));
      cs.last_state = state::TerminatedState{cs.exit_code, cs.signal, cs.reason, cs.message, cs.started_at, cs.finished_at};
      return;
  }
  cs.last_state = state::TerminatedState{cs.exit_code, cs.signal, cs.reason, cs.message, cs.started_at, cs.finished_at};
  if (o.delay.count() > 0) {
    std::string pod = plan_.name + "_" + plan_.ns + "(" + plan_.uid + ")";
    cs.state = state::RunState::Waiting;
    cs.reason = "CrashLoopBackOff";
    cs.message = "back-off " + duration_text(o.delay) + " restarting failed container=" + r.plan->name + " pod=" + pod;
    event("Warning", "BackOff", r.object, "Back-off restarting failed container " + r.plan->name + " in pod " + pod);
  }
}

// --- images pulled again (ImagePullBackOff) ----------------------------------------------------

// A pull of r's image failed (apply's, or a retry): it waits in back-off for the next one.
void PodSupervisor::pull_failed(ContainerRuntime& r, const std::string& why) {
  on_pull_failed(track_, r.index, Clock::now(), cfg_.backoff);
  ContainerState& cs = status(r);
  cs.state = state::RunState::Waiting;
  cs.reason = "ImagePullBackOff";
  cs.message = "Back-off pulling image \"" + r.plan->image + "\": ErrImagePull: " + why;
  event("Normal", "BackOff", r.object, "Back-off pulling image \"" + r.plan->image + "\"");
  event("Warning", "Failed", r.object, "Error: ImagePullBackOff");
  dirty_ = true;
}

// `podrun image pull-for-pod`: the podrun that applied the pod pulls with the apply's settings
// and completes the containers that waited in run.json (pods/images.h); this static binary has
// no HTTP client, and no planner to complete a container's process with the image's config.
void PodSupervisor::start_pull(ContainerRuntime& r) {
  event("Normal", "Pulling", r.object, "Pulling image \"" + r.plan->image + "\"");
  status(r).reason = "ErrImagePull";  // kubectl shows the pull's state while it runs as the last one's
  const exec::PullRetry& pr = cfg_.pull_retry;
  std::vector<std::string> argv = {pr.podrun_binary, "--root", cfg_.state_root, "--storage", pr.storage_root, "--log-level", "off"};
  if (!pr.config_path.empty()) argv.insert(argv.end(), {"--config", pr.config_path});
  argv.insert(argv.end(), {"image", "pull-for-pod", dir_, r.plan->name});
  try {
    HandlerChild child = start_program(argv);
    r.pull.pid = child.pid;
    r.pull.output = std::move(child.output);
  } catch (const std::exception& e) {
    r.pull.pid = 0;
    event("Warning", "Failed", r.object, "Failed to pull image \"" + r.plan->image + "\": " + e.what());
    pull_failed(r, e.what());
  }
}

void PodSupervisor::on_pull_done(ContainerRuntime& r, int status) {
  std::string out = drain_output(r.pull.output.get());
  r.pull.pid = 0;
  r.pull.output.reset();
  dirty_ = true;
  const std::string image = r.plan->image;
  if (!track(r).image_pending || track_.stopping) {
    track(r).pulling = false;  // another container's pull of the same image got it first, or the pod stops
    return;
  }
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && out.rfind("OK ", 0) == 0;
  if (!ok) {
    std::string why = out.rfind("ERR ", 0) == 0 ? out.substr(4)
                      : WIFSIGNALED(status)     ? "the pull was killed by signal " + std::to_string(WTERMSIG(status))
                                                : "the pull exited with " + std::to_string(WEXITSTATUS(status));
    event("Warning", "Failed", r.object, "Failed to pull image \"" + image + "\": " + why);
    event("Warning", "Failed", r.object, "Error: ErrImagePull");
    pull_failed(r, why);
    return;
  }
  // "OK <size> <seconds>": the helper completed every container that waited for this image
  // in run.json; they take their new plan from there.
  std::string size = files::split(out, ' ').size() > 1 ? files::split(out, ' ')[1] : "0";
  std::string secs = files::split(out, ' ').size() > 2 ? files::split(out, ' ')[2] : "0";
  exec::RunConfig fresh;
  try {
    fresh = exec::decode_run_config(files::read(paths_.run_config()).value_or(""));
  } catch (const std::exception& e) {
    event("Warning", "Failed", r.object, "Failed to pull image \"" + image + "\": " + e.what());
    pull_failed(r, e.what());
    return;
  }
  track(r).pulling = false;
  for (const auto& [ref, layers] : fresh.images) cfg_.images[ref] = layers;
  for (auto& other : containers_) {
    const std::size_t i = other.index;
    if (i >= fresh.plan.containers.size() || !track(other).image_pending || fresh.plan.containers[i].image_wait) continue;
    cfg_.plan.containers[i] = fresh.plan.containers[i];  // other.plan points at it
    on_pulled(track_, i);
    other.pulled_here = true;
    ContainerState& cs = this->status(other);
    cs.reason = other.plan->kind == ContainerKind::App && !was_initialized_ ? "PodInitializing" : "ContainerCreating";
    cs.message.clear();
    event("Normal", "Pulled", other.object,
          "Successfully pulled image \"" + image + "\" in " + secs + "s. Image size: " + size + " bytes.");
  }
}

// --- hooks and probes ------------------------------------------------------------------------

int PodSupervisor::net_ns_fd() const {
  auto it = pause_.ns.find(plan::NsKind::Net);
  return it == pause_.ns.end() ? -1 : it->second->get();
}

void PodSupervisor::start_hook(ContainerRuntime& r, const plan::HandlerPlan& h, bool post_start) {
  r.hook.post_start = post_start;
  try {
    HandlerChild child = start_handler(h, r.pid, st_.pod_ip, net_ns_fd(), r.seccomp.value_or(""));
    r.hook.pid = child.pid;
    r.hook.output = std::move(child.output);
  } catch (const std::exception& e) {
    r.hook.pid = 0;
    hook_result(r, post_start, false, e.what());
  }
}

void PodSupervisor::on_hook_done(ContainerRuntime& r, int status) {
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  std::string out = drain_output(r.hook.output.get());
  if (!ok && out.empty()) out = WIFSIGNALED(status) ? "timed out" : "exit status " + std::to_string(WEXITSTATUS(status));
  r.hook.pid = 0;
  r.hook.output.reset();
  hook_result(r, r.hook.post_start, ok, out);
}

void PodSupervisor::hook_result(ContainerRuntime& r, bool post_start, bool ok, const std::string& out) {
  dirty_ = true;
  if (!post_start) {
    bool current = track(r).life == Life::PreStop;
    on_pre_stop_done(track_, r.index);
    if (!ok && current) event("Warning", "FailedPreStopHook", r.object, "PreStopHook failed: " + out);
    return;
  }
  bool current = track(r).life == Life::PostStart;
  bool kill = on_post_start_done(plan_, track_, r.index, ok);
  if (!current) return;  // the container exited, or is being stopped, meanwhile
  if (ok) {
    mark_running(r);
    return;
  }
  // A failed postStart kills the container, which then restarts per its policy.
  event("Warning", "FailedPostStartHook", r.object, "PostStartHook failed: " + out);
  if (kill && r.pid > 0) ::kill(r.pid, SIGKILL);
}

void PodSupervisor::start_probe(ContainerRuntime& r, ProbeKind k) {
  const plan::ProbePlan* p = probe_plan(*r.plan, k);
  try {
    GrpcProber grpc{cfg_.pull_retry.podrun_binary, p->timeout_seconds};
    HandlerChild child = start_handler(p->handler, r.pid, st_.pod_ip, net_ns_fd(), r.seccomp.value_or(""), grpc);
    r.probe(k).pid = child.pid;
    r.probe(k).output = std::move(child.output);
  } catch (const std::exception& e) {
    probe_result(r, k, false, e.what());
  }
}

void PodSupervisor::on_probe_done(ContainerRuntime& r, ProbeKind k, int status) {
  HandlerRun& run = r.probe(k);
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  std::string out = drain_output(run.output.get());
  if (!ok && WIFSIGNALED(status)) out = "command timed out after " + std::to_string(probe_plan(*r.plan, k)->timeout_seconds) + "s";
  run.pid = 0;
  run.output.reset();
  probe_result(r, k, ok, out);
}

void PodSupervisor::probe_result(ContainerRuntime& r, ProbeKind k, bool ok, const std::string& out) {
  dirty_ = true;
  ProbeOutcome o = on_probe_result(plan_, track_, r.index, k, ok, Clock::now());
  if (o.unhealthy)
    event("Warning", "Unhealthy", r.object, std::string(probe_kind_name(k)) + " probe failed: " + (out.empty() ? "exit status 1" : out));
  if (o.stop) {
    std::string kind = k == ProbeKind::Liveness ? "liveness" : "startup";
    event("Normal", "Killing", r.object, "Container " + r.plan->name + " failed " + kind + " probe, will be restarted");
  }
}

// --- local ephemeral storage: measured, and the pod evicted over a limit -----------------------
// The kubelet's eviction: the pod fails with reason Evicted, its containers are stopped with a
// grace period of 1 second and never restarted; the pod stays until deleted.
void PodSupervisor::check_storage() {
  StorageUsage usage;
  for (const auto& v : plan_.volumes)
    if (v.type == plan::VolumeType::EmptyDir && v.medium == plan::StorageMedium::Disk)
      usage.volumes[v.name] = files::disk_usage(paths_.volume(v.name));
  for (const auto& c : plan_.containers)
    usage.containers[c.name] = files::disk_usage(paths_.container_fs(c.name)) + files::disk_usage(paths_.container_logs(c.name));
  std::optional<std::string> why = storage_eviction(plan_, usage);
  if (!why) return;
  event("Warning", "Evicted", "", *why);
  st_.reason = "Evicted";
  st_.message = *why;
  for (auto& r : containers_)
    if (r.pid > 0) event("Normal", "Killing", r.object, "Stopping container " + r.plan->name);
  evict(track_, Clock::now());
}

// --- status ----------------------------------------------------------------------------------

void PodSupervisor::mark_running(ContainerRuntime& r) {
  ContainerState& cs = status(r);
  cs.state = state::RunState::Running;
  cs.reason.clear();
  cs.message.clear();
  cs.started_at = now_rfc3339();
  cs.finished_at.clear();
  dirty_ = true;
}

void PodSupervisor::update_status() {
  PodStatus s = pod_status(plan_, track_);
  if (s.initialized && !was_initialized_) {
    was_initialized_ = true;
    for (std::size_t i = 0; i < st_.containers.size(); ++i) {
      ContainerState& cs = st_.containers[i];
      if (cs.type == state::ContainerType::App && cs.state == state::RunState::Waiting && !track_.containers[i].image_pending)
        cs.reason = "ContainerCreating";
    }
  }
  if (!s.initialized) was_initialized_ = false;  // a new sandbox runs its init containers again
  state::PodPhase phase = phase_of(s.phase);
  if (phase != st_.phase) {
    st_.phase = phase;
    dirty_ = true;
  }
  for (std::size_t i = 0; i < containers_.size(); ++i) {
    const ContainerTrack& t = track_.containers[i];
    ContainerState& cs = st_.containers[i];
    if (cs.started != t.started || cs.ready != t.ready) {
      cs.started = t.started;
      cs.ready = t.ready;
      dirty_ = true;
    }
  }
  set_condition("Initialized", s.initialized, "");
  set_condition("ContainersReady", s.containers_ready, s.ready_reason);
  set_condition("Ready", s.containers_ready, s.ready_reason);
}

void PodSupervisor::set_condition(const std::string& type, bool status, const std::string& reason) {
  for (auto& c : st_.conditions)
    if (c.type == type && (c.status != status || c.reason != reason)) {
      if (c.status != status) c.last_transition = now_rfc3339();
      c.status = status;
      c.reason = reason;
      dirty_ = true;
    }
}

// Kubernetes' event recorder aggregates repeats: same type, reason, object and message.
void PodSupervisor::event(const std::string& type, const std::string& reason, const std::string& object, const std::string& message) {
  std::string t = now_rfc3339();
  dirty_ = true;
  for (auto& e : st_.events)
    if (e.type == type && e.reason == reason && e.object == object && e.message == message) {
      e.count++;
      e.last = t;
      return;
    }
  st_.events.push_back(state::Event{type, reason, object, message, 1, t, t});
  constexpr std::size_t kMaxEvents = 100;
  if (st_.events.size() > kMaxEvents) st_.events.erase(st_.events.begin());
}

void PodSupervisor::save() {
  try {
    auto lock = store_.lock_pod(st_.ns, st_.name);
    store_.save(st_);
    dirty_ = false;
  } catch (const std::exception& e) {
    // The directory is going (a failed start): said, nothing else to do.
    log::debug(std::string("state.json not saved: ") + e.what());
  }
}

// Until the next thing that is due (lifecycle.h's next_due), at most a minute.
int PodSupervisor::wait_ms() const {
  auto now = Clock::now();
  TimePoint next = std::min(next_due(plan_, track_), now + std::chrono::seconds(60));
  auto ms = std::chrono::duration_cast<Millis>(next - now).count();
  return static_cast<int>(std::clamp<long long>(ms + 1, 0, 60'000));
}

void supervise(RunConfig& config, int report_fd, std::optional<exec::PooledSandbox> pooled, exec::CgroupsAhead cgroups,
               UniqueFd storage_word) {
  PodSupervisor(config, report_fd, std::move(pooled), std::move(cgroups), std::move(storage_word)).run();
}

}  // namespace podrun::supervisor
