#include "supervisor/lifecycle.h"

#include <algorithm>

#include "supervisor/backoff.h"

namespace podrun::supervisor {

using plan::ContainerKind;
using plan::ContainerPlan;

const char* probe_kind_name(ProbeKind k) {
  switch (k) {
    case ProbeKind::Startup: return "Startup";
    case ProbeKind::Liveness: return "Liveness";
    case ProbeKind::Readiness: return "Readiness";
  }
  return "";
}

const char* life_name(Life l) {
  switch (l) {
    case Life::NotStarted: return "NotStarted";
    case Life::PostStart: return "PostStart";
    case Life::Running: return "Running";
    case Life::StopDue: return "StopDue";
    case Life::PreStop: return "PreStop";
    case Life::TermDue: return "TermDue";
    case Life::Terminating: return "Terminating";
    case Life::Killed: return "Killed";
    case Life::BackOff: return "BackOff";
    case Life::Exited: return "Exited";
  }
  return "";
}

bool alive(Life l) {
  switch (l) {
    case Life::PostStart:
    case Life::Running:
    case Life::StopDue:
    case Life::PreStop:
    case Life::TermDue:
    case Life::Terminating:
    case Life::Killed: return true;
    case Life::NotStarted:
    case Life::BackOff:
    case Life::Exited: return false;
  }
  return false;
}

const char* action_name(Action::Type t) {
  switch (t) {
    case Action::Type::Start: return "Start";
    case Action::Type::RunProbe: return "RunProbe";
    case Action::Type::CancelProbe: return "CancelProbe";
    case Action::Type::RunPreStop: return "RunPreStop";
    case Action::Type::CancelHook: return "CancelHook";
    case Action::Type::Terminate: return "Terminate";
    case Action::Type::Kill: return "Kill";
    case Action::Type::StopPod: return "StopPod";
    case Action::Type::CheckStorage: return "CheckStorage";
    case Action::Type::EndStop: return "EndStop";
    case Action::Type::RecreateSandbox: return "RecreateSandbox";
    case Action::Type::Finish: return "Finish";
    case Action::Type::PullImage: return "PullImage";
    case Action::Type::RestartAll: return "RestartAll";
  }
  return "";
}

PodTrack make_track(const plan::PodPlan& plan) {
  PodTrack t;
  t.containers.resize(plan.containers.size());
  for (std::size_t i = 0; i < plan.containers.size(); ++i) t.containers[i].image_pending = plan.containers[i].image_wait.has_value();
  return t;
}

namespace {

const plan::ProbePlan* probe_plan(const ContainerPlan& c, ProbeKind k) {
  const std::optional<plan::ProbePlan>* p = nullptr;
  switch (k) {
    case ProbeKind::Startup: p = &c.startup_probe; break;
    case ProbeKind::Liveness: p = &c.liveness_probe; break;
    case ProbeKind::Readiness: p = &c.readiness_probe; break;
  }
  return p && *p ? &**p : nullptr;
}

std::chrono::seconds seconds(std::int64_t s) { return std::chrono::seconds(s); }

bool due(const ContainerTrack& t, TimePoint now) {
  if (t.image_pending) return false;  // waits for its image
  return t.life == Life::NotStarted || (t.life == Life::BackOff && now >= t.restart_at);
}

// An init container that succeeded, or a sidecar that started: the next may go.
bool init_done(const ContainerPlan& c, const ContainerTrack& t) {
  if (c.kind == ContainerKind::Init) return t.life == Life::Exited && t.exit_code == 0;
  if (c.kind == ContainerKind::Sidecar) return t.started_once;
  return true;
}

bool initialized(const plan::PodPlan& plan, const PodTrack& pod) {
  for (std::size_t i = 0; i < plan.containers.size(); ++i)
    if (!init_done(plan.containers[i], pod.containers[i])) return false;
  return true;
}

bool terminal(Phase p) { return p == Phase::Succeeded || p == Phase::Failed; }

bool any_alive(const PodTrack& pod) {
  return std::any_of(pod.containers.begin(), pod.containers.end(), [](const ContainerTrack& t) { return alive(t.life); });
}

bool any_child(const PodTrack& pod) {
  for (const auto& t : pod.containers) {
    if (t.hook_running || t.pulling) return true;
    for (const auto& p : t.probes)
      if (p.running) return true;
  }
  return false;
}

// Running and started: what Kubernetes reports as started; ready without a readiness probe.
void mark_running(const ContainerPlan& c, ContainerTrack& t) {
  t.started = !c.startup_probe;
  if (t.started && c.kind == ContainerKind::Sidecar) t.started_once = true;
  t.ready = t.started && !c.readiness_probe && c.kind != ContainerKind::Init;
}

// Whose turn it is to stop while the pod stops: the app and init containers together, then
// the sidecars one at a time, the last declared (alive) first.
bool stop_turn(const plan::PodPlan& plan, const PodTrack& pod, std::size_t i) {
  if (plan.containers[i].kind != ContainerKind::Sidecar) return true;
  for (std::size_t j = 0; j < plan.containers.size(); ++j)
    if (plan.containers[j].kind != ContainerKind::Sidecar && alive(pod.containers[j].life)) return false;
  for (std::size_t j = plan.containers.size(); j-- > 0;)
    if (plan.containers[j].kind == ContainerKind::Sidecar && alive(pod.containers[j].life)) return j == i;
  return false;
}

// Images are pulled again while the pod may still start containers.
bool pulls_allowed(const plan::PodPlan& plan, const PodTrack& pod) {
  return !pod.stopping && !pod.failed && pod.sandbox != Sandbox::Gone && !terminal(pod_status(plan, pod).phase);
}

// 1. Starts: init containers and sidecars in order, each holding back the ones after it; then
//    the app containers in order, each after the previous one's postStart hook.
void start_actions(const plan::PodPlan& plan, const PodTrack& pod, TimePoint now, bool is_terminal, std::vector<Action>& out) {
  const std::size_t n = plan.containers.size();
  bool initializing = false;
  for (std::size_t i = 0; i < n; ++i) {
    const ContainerPlan& c = plan.containers[i];
    if (c.kind == ContainerKind::App) break;
    if (init_done(c, pod.containers[i])) continue;
    initializing = true;
    if (due(pod.containers[i], now)) out.push_back({Action::Type::Start, i});
    break;
  }
  // A sidecar that has started once restarts whenever it is due, during initialization too.
  for (std::size_t i = 0; i < n; ++i) {
    const ContainerTrack& t = pod.containers[i];
    if (plan.containers[i].kind == ContainerKind::Sidecar && t.started_once && t.life == Life::BackOff && now >= t.restart_at)
      out.push_back({Action::Type::Start, i});
  }
  if (initializing || is_terminal) return;
  for (std::size_t i = 0; i < n; ++i) {
    const ContainerPlan& c = plan.containers[i];
    if (c.kind != ContainerKind::App) continue;
    const ContainerTrack& t = pod.containers[i];
    if (due(t, now)) {
      out.push_back({Action::Type::Start, i});
      if (c.post_start) break;  // the next one waits for this one's postStart hook
    } else if (t.life == Life::PostStart) {
      break;
    }
  }
}

// Every container is to start again from the first init container (a new sandbox, or an
// in-place restart of the whole pod). `keep_succeeded`: an app container that succeeded under
// OnFailure stays done (a new sandbox); an in-place restart runs every container again.
void start_over(const plan::PodPlan& plan, PodTrack& pod, bool keep_succeeded) {
  for (std::size_t i = 0; i < plan.containers.size(); ++i) {
    ContainerTrack& t = pod.containers[i];
    bool done = keep_succeeded && plan.containers[i].kind == ContainerKind::App && plan.restart_policy == plan::RestartPolicy::OnFailure &&
                t.life == Life::Exited && t.exit_code == 0;
    if (done) continue;
    // Keeps ever_started (the next instance counts as a restart) and the back-off streak.
    t.life = Life::NotStarted;
    t.started = t.ready = t.started_once = false;
    t.kill_at = kNever;
    t.probes = {};
  }
}

}  // namespace

std::vector<Action> compute_actions(const plan::PodPlan& plan, const PodTrack& pod, TimePoint now) {
  std::vector<Action> out;
  const std::size_t n = plan.containers.size();
  const bool is_terminal = terminal(pod_status(plan, pod).phase);

  // 1. Starts, in a sandbox that is there, while the pod neither stops nor has failed.
  if (!pod.stopping && !pod.failed && !pod.restarting_all && pod.sandbox == Sandbox::Ready) start_actions(plan, pod, now, is_terminal, out);
  // Pulls of images that failed before, each when its back-off is over. The kubelet pulls as
  // it starts a container; podrun pulls as soon as it may, whoever's turn it is to start.
  if (pulls_allowed(plan, pod))
    for (std::size_t i = 0; i < n; ++i) {
      const ContainerTrack& t = pod.containers[i];
      if (t.image_pending && !t.pulling && now >= t.pull_at) out.push_back({Action::Type::PullImage, i});
    }

  for (std::size_t i = 0; i < n; ++i) {
    const ContainerPlan& c = plan.containers[i];
    const ContainerTrack& t = pod.containers[i];
    // 2. Probes: startup until it passes, then liveness and readiness; a run over its time
    //    is killed.
    for (ProbeKind k : kProbeKinds) {
      const ProbeTrack& p = t.probe(k);
      if (p.running && now >= p.deadline) out.push_back({Action::Type::CancelProbe, i, k});
      if (t.life != Life::Running || pod.stopping || pod.restarting_all || !probe_plan(c, k) || p.running || now < p.next) continue;
      if ((k == ProbeKind::Startup) == t.started) continue;
      out.push_back({Action::Type::RunProbe, i, k});
    }
    // 3. A hook over its time is killed.
    if (t.hook_running && now >= t.hook_deadline) out.push_back({Action::Type::CancelHook, i});
    // 4. Stopping: preStop, then SIGTERM, SIGKILL when the grace period is over.
    bool asked =
        t.life == Life::StopDue || (pod.stopping && (t.life == Life::PostStart || t.life == Life::Running) && stop_turn(plan, pod, i));
    if (asked) out.push_back({c.pre_stop ? Action::Type::RunPreStop : Action::Type::Terminate, i});
    else if (t.life == Life::TermDue) out.push_back({Action::Type::Terminate, i});
    bool over = (pod.stopping && now >= pod.stop_deadline) || now >= t.kill_at;
    if (alive(t.life) && t.life != Life::Killed && over) out.push_back({Action::Type::Kill, i});
  }

  // 5. A pod that completed (or failed) stops what still runs: its sidecars.
  if (!pod.stopping && is_terminal && any_alive(pod)) out.push_back({Action::Type::StopPod});
  // 6. Local ephemeral storage, measured now and then.
  if (!pod.stopping && now >= pod.storage_check_at) out.push_back({Action::Type::CheckStorage});
  // 7. Everything has stopped: after a RestartAllContainers rule, start over once its back-off
  //    is over; or the pod's stop ends.
  if (pod.restarting_all && !pod.stopping && !any_alive(pod) && !any_child(pod) && now >= pod.restart_all_at)
    out.push_back({Action::Type::RestartAll});
  if (pod.stopping && !any_alive(pod) && !any_child(pod)) {
    if (pod.deleting) out.push_back({Action::Type::Finish});
    else if (pod.sandbox == Sandbox::Lost) {
      if (now >= pod.sandbox_retry_at) out.push_back({Action::Type::RecreateSandbox});
    } else {
      out.push_back({Action::Type::EndStop});
    }
  }
  return out;
}

void note(const plan::PodPlan& plan, PodTrack& pod, const Action& a, TimePoint now) {
  ContainerTrack* t = a.container < pod.containers.size() ? &pod.containers[a.container] : nullptr;
  // Being stopped with the pod: SIGKILL at the pod's deadline at the latest.
  auto bound_kill = [&] {
    if (pod.stopping) t->kill_at = std::min(t->kill_at, pod.stop_deadline);
  };
  switch (a.type) {
    case Action::Type::Start: break;  // on_started or on_exit say how it went
    case Action::Type::RunProbe: {
      ProbeTrack& p = t->probe(a.probe);
      const plan::ProbePlan* pp = probe_plan(plan.containers[a.container], a.probe);
      p.running = true;
      p.deadline = now + seconds(pp ? pp->timeout_seconds : 1);
      // A gRPC probe keeps its timeout itself, to say what the kubelet says ("health rpc did
      // not complete within 1s"); it is killed only if it overruns it (handler.h).
      if (pp && pp->handler.type == plan::HandlerType::Grpc) p.deadline += kGrpcProbeGrace;
      p.next = now + seconds(pp ? pp->period_seconds : 10);
      break;
    }
    case Action::Type::CancelProbe: t->probe(a.probe).deadline = kNever; break;
    case Action::Type::RunPreStop:
      bound_kill();
      if (t->kill_at == kNever) t->kill_at = now + seconds(plan.termination_grace_period_seconds);
      t->life = Life::PreStop;
      t->ready = false;
      t->hook_running = true;
      t->hook_deadline = std::max(t->kill_at, now + std::chrono::seconds(1));
      break;
    case Action::Type::CancelHook: t->hook_deadline = kNever; break;
    case Action::Type::Terminate:
      bound_kill();
      t->life = Life::Terminating;
      t->ready = false;
      break;
    case Action::Type::Kill: t->life = Life::Killed; break;
    case Action::Type::StopPod: begin_stop(pod, false, plan.termination_grace_period_seconds, now); break;
    case Action::Type::CheckStorage: pod.storage_check_at = now + pod.storage_period; break;
    case Action::Type::EndStop:
      pod.stopping = false;
      pod.stop_deadline = kNever;
      break;
    case Action::Type::PullImage: t->pulling = true; break;
    case Action::Type::RestartAll:
      pod.restarting_all = false;
      start_over(plan, pod, false);
      break;
    case Action::Type::RecreateSandbox:
    case Action::Type::Finish: break;
  }
}

Millis on_pull_failed(PodTrack& pod, std::size_t i, TimePoint now, const exec::BackoffPolicy& backoff) {
  ContainerTrack& t = pod.containers[i];
  t.pulling = false;
  t.pull_failures++;
  // The kubelet's image back-off: 10 s after the first failure, doubling to 300 s.
  Millis d = backoff.base;
  for (int k = 1; k < t.pull_failures && d < backoff.max; ++k) d *= 2;
  d = std::min(d, backoff.max);
  t.pull_at = now + d;
  return d;
}

void on_pulled(PodTrack& pod, std::size_t i) {
  ContainerTrack& t = pod.containers[i];
  t.pulling = false;
  t.image_pending = false;
  t.pull_failures = 0;
}

void on_started(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, TimePoint now) {
  const ContainerPlan& c = plan.containers[i];
  ContainerTrack& t = pod.containers[i];
  t.ever_started = true;
  t.started_at = now;
  t.kill_at = kNever;
  t.started = t.ready = false;
  // Probes start over with each instance, each after its initial delay.
  for (ProbeKind k : kProbeKinds) {
    t.probe(k) = ProbeTrack{};
    if (const plan::ProbePlan* p = probe_plan(c, k)) t.probe(k).next = now + seconds(p->initial_delay_seconds);
  }
  if (c.post_start) {
    // Until postStart returns the container is not reported running (kubelet: the hook runs
    // synchronously in startContainer), bounded by the pod's grace period.
    t.life = Life::PostStart;
    t.hook_running = true;
    t.hook_deadline = now + seconds(std::max<std::int64_t>(plan.termination_grace_period_seconds, 1));
  } else {
    t.life = Life::Running;
    mark_running(c, t);
  }
}

bool on_post_start_done(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, bool ok) {
  ContainerTrack& t = pod.containers[i];
  t.hook_running = false;
  t.hook_deadline = kNever;
  if (t.life != Life::PostStart) return false;  // it exited, or is being stopped, meanwhile
  if (!ok) {
    t.life = Life::Killed;  // a failed postStart kills the container, which restarts per its policy
    return true;
  }
  t.life = Life::Running;
  mark_running(plan.containers[i], t);
  return false;
}

void on_pre_stop_done(PodTrack& pod, std::size_t i) {
  ContainerTrack& t = pod.containers[i];
  t.hook_running = false;
  t.hook_deadline = kNever;
  if (t.life == Life::PreStop) t.life = Life::TermDue;
}

ExitOutcome on_exit(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, int exit_code, TimePoint now,
                    const exec::BackoffPolicy& backoff) {
  const ContainerPlan& c = plan.containers[i];
  ContainerTrack& t = pod.containers[i];
  t.life = Life::Exited;
  t.exit_code = exit_code;
  t.started = t.ready = false;
  t.kill_at = kNever;
  for (auto& p : t.probes) {  // the supervisor kills the runs in flight; their results no longer count
    p.running = false;
    p.deadline = kNever;
  }
  if (c.kind == ContainerKind::Init && exit_code == 0) return {ExitOutcome::Kind::Done};
  if (pod.stopping || pod.sandbox != Sandbox::Ready || pod.restarting_all) return {ExitOutcome::Kind::Stopped};
  // 1. restartPolicyRules, the first that matches; 2. the container's restart policy.
  const std::optional<plan::RestartAction> rule = plan::matching_restart_rule(c.restart_rules, exit_code);
  const plan::RestartPolicy policy = c.restart_policy;
  bool restart = rule ? true : policy == plan::RestartPolicy::Always || (policy == plan::RestartPolicy::OnFailure && exit_code != 0);
  // A pod that has completed restarts nothing, its sidecars included.
  if (c.kind == ContainerKind::Sidecar && terminal(pod_status(plan, pod).phase)) restart = false;
  if (restart && rule == plan::RestartAction::RestartAllContainers) {
    auto ran = std::chrono::duration_cast<Millis>(now - t.started_at);
    t.streak = next_streak(backoff, t.streak, ran);
    Millis delay = restart_delay(backoff, t.streak);
    pod.restarting_all = true;
    pod.restart_all_at = now + delay;
    for (auto& other : pod.containers) {
      if (alive(other.life)) other.kill_at = now;  // SIGKILL now: an in-place restart keeps no grace period
      else if (other.life == Life::BackOff) other.life = Life::Exited;
      other.ready = false;
    }
    return {ExitOutcome::Kind::RestartAll, delay};
  }
  if (!restart) {
    if (c.kind != ContainerKind::Init) return {ExitOutcome::Kind::Done};
    pod.failed = true;  // an init container failed under restartPolicy Never
    begin_stop(pod, false, plan.termination_grace_period_seconds, now);
    return {ExitOutcome::Kind::InitFailed};
  }
  auto ran = std::chrono::duration_cast<Millis>(now - t.started_at);
  t.streak = next_streak(backoff, t.streak, ran);
  Millis delay = restart_delay(backoff, t.streak);
  t.life = Life::BackOff;
  t.restart_at = now + delay;
  return {ExitOutcome::Kind::Restart, delay};
}

ProbeOutcome on_probe_result(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, ProbeKind k, bool ok, TimePoint now) {
  const ContainerPlan& c = plan.containers[i];
  ContainerTrack& t = pod.containers[i];
  ProbeTrack& p = t.probe(k);
  p.running = false;
  p.deadline = kNever;
  const plan::ProbePlan* pp = probe_plan(c, k);
  ProbeOutcome out;
  if (!pp || t.life != Life::Running) return out;  // the container exited, or is being stopped
  if (ok) {
    p.failures = 0;
    if (++p.successes >= pp->success_threshold) p.passed = true;
  } else {
    p.successes = 0;
    ++p.failures;
    out.unhealthy = true;
    if (p.failures >= pp->failure_threshold) p.passed = false;
  }
  if (k == ProbeKind::Startup && p.passed && !t.started) {
    t.started = true;
    if (c.kind == ContainerKind::Sidecar) t.started_once = true;
    t.ready = !c.readiness_probe && c.kind != ContainerKind::Init;
    // Liveness and readiness begin now, each after its own initial delay from the start.
    for (ProbeKind q : {ProbeKind::Liveness, ProbeKind::Readiness})
      if (const plan::ProbePlan* qp = probe_plan(c, q)) t.probe(q).next = std::max(now, t.started_at + seconds(qp->initial_delay_seconds));
  }
  if (k == ProbeKind::Readiness) t.ready = t.started && p.passed;
  if (!ok && p.failures >= pp->failure_threshold && (k == ProbeKind::Liveness || k == ProbeKind::Startup)) {
    out.stop = true;
    out.grace_seconds = pp->termination_grace_period_seconds.value_or(plan.termination_grace_period_seconds);
    t.life = Life::StopDue;
    t.kill_at = now + seconds(out.grace_seconds);
    t.ready = false;
  }
  return out;
}

void begin_stop(PodTrack& pod, bool deleting, std::int64_t grace_seconds, TimePoint now) {
  if (deleting) pod.deleting = true;
  TimePoint deadline = now + seconds(grace_seconds);
  pod.stop_deadline = pod.stopping ? std::min(pod.stop_deadline, deadline) : deadline;
  pod.stopping = true;
  pod.restarting_all = false;  // a stop wins over an in-place restart
  for (auto& t : pod.containers) {
    if (t.life == Life::BackOff) t.life = Life::Exited;  // nothing restarts any more
    if (t.kill_at != kNever) t.kill_at = std::min(t.kill_at, pod.stop_deadline);
  }
}

void evict(PodTrack& pod, TimePoint now) {
  pod.failed = true;
  pod.storage_check_at = kNever;
  begin_stop(pod, false, 1, now);
}

SandboxDecision on_sandbox_lost(const plan::PodPlan& plan, PodTrack& pod, TimePoint now) {
  if (pod.deleting || pod.sandbox != Sandbox::Ready) return SandboxDecision::Ignore;
  const std::int64_t grace = plan.termination_grace_period_seconds;
  auto kill_pod = [&] {
    pod.sandbox = Sandbox::Gone;
    begin_stop(pod, false, grace, now);
    return SandboxDecision::KillPod;
  };
  // restartPolicy Never, once a container was created: the pod is not started again.
  bool any_created = std::any_of(pod.containers.begin(), pod.containers.end(), [](const ContainerTrack& t) { return t.ever_started; });
  if (pod.failed || (plan.restart_policy == plan::RestartPolicy::Never && any_created)) return kill_pod();
  // Nothing left to run (OnFailure, every app container succeeded): no new sandbox either.
  bool to_start = false;
  for (std::size_t i = 0; i < plan.containers.size(); ++i) {
    const ContainerTrack& t = pod.containers[i];
    if (plan.containers[i].kind != ContainerKind::App) continue;
    bool succeeded = t.life == Life::Exited && t.exit_code == 0;
    if (!(plan.restart_policy == plan::RestartPolicy::OnFailure && succeeded)) to_start = true;
  }
  if (!to_start && initialized(plan, pod)) return kill_pod();
  pod.sandbox = Sandbox::Lost;
  pod.sandbox_retry_at = now;
  begin_stop(pod, false, grace, now);
  return SandboxDecision::Recreate;
}

void on_sandbox_recreated(const plan::PodPlan& plan, PodTrack& pod) {
  pod.sandbox = Sandbox::Ready;
  pod.stopping = false;
  pod.stop_deadline = kNever;
  start_over(plan, pod, true);
}

void on_sandbox_failed(PodTrack& pod, TimePoint retry_at) { pod.sandbox_retry_at = retry_at; }

PodStatus pod_status(const plan::PodPlan& plan, const PodTrack& pod) {
  PodStatus s;
  s.initialized = initialized(plan, pod);
  bool any_running = false, any_restarting = false, all_launched = true, any_failed = false, all_ready = true;
  bool waiting_image = false;  // an app container never ran and waits for its image
  for (std::size_t i = 0; i < plan.containers.size(); ++i) {
    const ContainerTrack& t = pod.containers[i];
    const ContainerKind kind = plan.containers[i].kind;
    if (kind != ContainerKind::Init && !t.ready) all_ready = false;
    if (kind != ContainerKind::App) continue;
    if (alive(t.life)) any_running = true;
    if (t.image_pending && !t.ever_started) waiting_image = true;
    if (t.life == Life::BackOff) any_restarting = true;
    if (t.life == Life::NotStarted) all_launched = false;
    if ((t.life == Life::Exited || t.life == Life::BackOff) && t.exit_code != 0) any_failed = true;
  }
  if (pod.failed) s.phase = Phase::Failed;
  else if (pod.restarting_all) s.phase = Phase::Pending;  // KEP-5532: Pending while the pod restarts in place
  else if (!s.initialized) s.phase = Phase::Pending;
  else if (waiting_image) s.phase = Phase::Pending;  // the kubelet's getPhase: a waiting container
  else if (any_running || any_restarting) s.phase = Phase::Running;
  else if (!all_launched) s.phase = Phase::Pending;
  else s.phase = any_failed ? Phase::Failed : Phase::Succeeded;
  // A sandbox that is gone for good, and nothing runs: the pod will not get further.
  if (pod.sandbox == Sandbox::Gone && !terminal(s.phase) && !any_alive(pod)) s.phase = Phase::Failed;
  bool done = terminal(s.phase);
  s.containers_ready = all_ready && !done;
  s.ready_reason = done ? "PodCompleted" : all_ready ? "" : "ContainersNotReady";
  return s;
}

bool first_start_settled(const plan::PodPlan& plan, const PodTrack& pod) {
  if (pod.failed || terminal(pod_status(plan, pod).phase)) return true;
  for (std::size_t i = 0; i < pod.containers.size(); ++i) {
    const ContainerTrack& t = pod.containers[i];
    if (t.life == Life::BackOff) return true;  // waits in back-off: the pod exists, apply is done
    if (t.image_pending) {
      // Waits for its image: settled, and so is all an init container holds back.
      if (plan.containers[i].kind != ContainerKind::App) return true;
      continue;
    }
    if (!t.ever_started || t.life == Life::PostStart) return false;
    // An init container runs (kubectl's Init:N/M): the pod is accepted and started, and apply
    // returns as kubectl's does; what follows it waits on its exit, seen in get and describe.
    if (plan.containers[i].kind == ContainerKind::Init && alive(t.life)) return true;
  }
  return true;
}

TimePoint next_due(const plan::PodPlan& plan, const PodTrack& pod) {
  TimePoint next = kNever;
  auto consider = [&](TimePoint t) { next = std::min(next, t); };
  for (std::size_t i = 0; i < plan.containers.size(); ++i) {
    const ContainerTrack& t = pod.containers[i];
    if (t.life == Life::BackOff) consider(t.restart_at);
    if (t.image_pending && !t.pulling && pulls_allowed(plan, pod)) consider(t.pull_at);
    // A container already sent SIGKILL has nothing more due: its exit comes as SIGCHLD. (Its
    // past kill_at would make every wait 0 ms, a busy loop until the kernel has reaped it.)
    if (alive(t.life) && t.life != Life::Killed) consider(t.kill_at);
    if (t.hook_running) consider(t.hook_deadline);
    for (ProbeKind k : kProbeKinds) {
      const ProbeTrack& p = t.probe(k);
      if (p.running) consider(p.deadline);
      else if (t.life == Life::Running && probe_plan(plan.containers[i], k) && (k == ProbeKind::Startup) != t.started) consider(p.next);
    }
  }
  if (pod.stopping) {
    if (std::any_of(pod.containers.begin(), pod.containers.end(),
                    [](const ContainerTrack& t) { return alive(t.life) && t.life != Life::Killed; }))
      consider(pod.stop_deadline);
  } else {
    consider(pod.storage_check_at);
  }
  if (pod.sandbox == Sandbox::Lost) consider(pod.sandbox_retry_at);
  if (pod.restarting_all) consider(pod.restart_all_at);
  return next;
}

}  // namespace podrun::supervisor
