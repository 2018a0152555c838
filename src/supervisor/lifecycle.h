// The supervisor's decisions, as pure functions: what the kubelet's computePodActions, its
// prober and its status manager decide, from the pod's plan, where each container is in its
// life, and the time. Nothing here makes a syscall or reads a clock: the supervisor is to do
// what compute_actions says (launch, signal, run hooks and probes), then tell these functions
// what happened (note, on_started, on_exit, ...). Table-tested without root in
// tests/supervisor/lifecycle_test.cc; carried out by PodSupervisor (pod_supervisor.h).
//
// The rules (docs/lifecycle.md has them for users):
//   - init containers one at a time, each until it exits 0; a sidecar (an init container with
//     restartPolicy Always) until it has started (its startup probe passed), then the next;
//   - then the app containers in order, each after the previous one's postStart hook;
//   - restarts per restartPolicyRules (the first rule that matches the exit code), else per the
//     container's restartPolicy (sidecars always), after CrashLoopBackOff (backoff.h); a
//     RestartAllContainers rule kills every container at once and starts the pod over from its
//     first init container in the same sandbox, after the exited container's back-off;
//   - a container whose image could not be pulled waits (ErrImagePull, ImagePullBackOff): its
//     pull is retried after 10 s, 20 s, ... 300 s, and it starts once the image is there; an
//     init container waiting so holds back the ones after it, an app container does not;
//   - probes: startup first, then liveness and readiness, each by its thresholds; a failed
//     liveness or startup probe stops the container (preStop, SIGTERM, SIGKILL at its grace);
//   - stopping the pod (delete, or it completed): the app and init containers together
//     (preStop, then SIGTERM), then the sidecars one at a time, the last declared first;
//     SIGKILL to whatever runs when the grace period ends;
//   - a pause holder that dies (the sandbox): the pod is stopped and given a new one, its
//     containers started again from the first init container, unless restartPolicy Never
//     (or OnFailure with every container done) says nothing is to run again.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "exec/run_config.h"
#include "plan/plan.h"

namespace podrun::supervisor {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;
using Millis = std::chrono::milliseconds;
constexpr TimePoint kNever = TimePoint::max();

enum class ProbeKind { Startup, Liveness, Readiness };
constexpr std::array<ProbeKind, 3> kProbeKinds = {ProbeKind::Startup, ProbeKind::Liveness, ProbeKind::Readiness};
const char* probe_kind_name(ProbeKind k);  // "Startup", "Liveness", "Readiness", as events say it

struct ProbeTrack {
  int successes = 0, failures = 0;  // in a row
  bool passed = false;              // the verdict past its threshold
  TimePoint next{};                 // when the next run is due
  bool running = false;             // a run is in flight ...
  TimePoint deadline = kNever;      // ... and is killed then (timeoutSeconds; gRPC: + kGrpcProbeGrace)
};

// A gRPC probe (`podrun probe grpc`) ends itself at its timeout with the kubelet's message;
// the supervisor kills it this much later, if it has not (an exec of podrun is milliseconds).
constexpr Millis kGrpcProbeGrace{1000};

// Where a container is in its life: one state, not a set of flags.
enum class Life {
  NotStarted,  // no instance yet (in this sandbox)
  PostStart,   // its process runs; its postStart hook has not returned: not "running" yet
  Running,
  StopDue,      // to be stopped (a liveness or startup probe failed): preStop, then SIGTERM
  PreStop,      // being stopped: its preStop hook runs
  TermDue,      // being stopped: its preStop hook returned; SIGTERM is due
  Terminating,  // SIGTERM sent; SIGKILL at kill_at
  Killed,       // SIGKILL sent; its exit is on the way
  BackOff,      // exited; its next instance is due at restart_at
  Exited,       // exited, not to run again: an init container that succeeded, or by policy
};
const char* life_name(Life l);
bool alive(Life l);  // a process of it runs: PostStart ... Killed

struct ContainerTrack {
  Life life = Life::NotStarted;
  bool ever_started = false;  // an instance ran once: the next one is a restart (restartCount + 1)
  int exit_code = 0;          // the last instance's
  bool started = false;       // Kubernetes' "started": running, and its startup probe passed
  bool ready = false;
  bool started_once = false;  // a sidecar that started once no longer holds back the ones after it
  int streak = 0;             // exits in a row, for the back-off
  TimePoint started_at{}, restart_at{};
  TimePoint kill_at = kNever;        // while being stopped: SIGKILL then
  bool hook_running = false;         // a postStart or preStop hook is in flight ...
  TimePoint hook_deadline = kNever;  // ... and is killed then
  std::array<ProbeTrack, 3> probes;
  // Its image could not be pulled yet (ContainerPlan::image_wait): pulls are retried with the
  // kubelet's image back-off (ImagePullBackOff) until one succeeds; it starts after that.
  bool image_pending = false;
  bool pulling = false;   // a pull is in flight
  int pull_failures = 0;  // in a row
  TimePoint pull_at{};    // when the next pull is due
  ProbeTrack& probe(ProbeKind k) { return probes[static_cast<std::size_t>(k)]; }
  const ProbeTrack& probe(ProbeKind k) const { return probes[static_cast<std::size_t>(k)]; }
};

// The sandbox: the pause holder and the namespaces it holds.
enum class Sandbox {
  Ready,
  Lost,  // the pause holder died: the pod is being stopped, to be given a new sandbox
  Gone,  // the pause holder died and nothing is to run again (restartPolicy Never, ...)
};

struct PodTrack {
  std::vector<ContainerTrack> containers;  // as the plan orders them
  bool failed = false;                     // whatever the containers say: an init container failed under Never, evicted, ...
  bool stopping = false, deleting = false;
  TimePoint stop_deadline = kNever;
  Sandbox sandbox = Sandbox::Ready;
  TimePoint sandbox_retry_at{};         // Lost: the next try to make a new one
  TimePoint storage_check_at = kNever;  // pods with ephemeral-storage limits: the next measure ...
  Millis storage_period{10'000};        // ... and the one after it
  // A RestartAllContainers rule matched: every container is killed (no grace, no preStop), then
  // the pod starts again from its first init container at restart_all_at, in the same sandbox.
  bool restarting_all = false;
  TimePoint restart_all_at{};
};

PodTrack make_track(const plan::PodPlan& plan);

// ---------------------------------------------------------------------------------------------
// What to do now.

struct Action {
  enum class Type {
    Start,            // a new instance of the container (the first, or a restart)
    RunProbe,         // one run of one of its probes
    CancelProbe,      // that run passed timeoutSeconds: kill it (its result: a failure)
    RunPreStop,       // its preStop hook, before its SIGTERM
    CancelHook,       // its postStart or preStop hook passed its time: kill it
    Terminate,        // SIGTERM
    Kill,             // SIGKILL: its grace period is over
    StopPod,          // the pod completed (or failed): stop what still runs (sidecars)
    CheckStorage,     // measure local ephemeral storage against the limits (eviction.h)
    EndStop,          // the completed pod has stopped: it stays, with its sandbox, until deleted
    RecreateSandbox,  // the sandbox was lost and everything has stopped: make a new one
    Finish,           // deleted, and everything has stopped: tear the pod down, exit
    PullImage,        // pull the container's image again (its back-off is over)
    RestartAll,       // a RestartAllContainers rule matched and everything has stopped: start over
  } type;
  std::size_t container = 0;
  ProbeKind probe = ProbeKind::Startup;
  bool operator==(const Action&) const = default;
};
const char* action_name(Action::Type t);

std::vector<Action> compute_actions(const plan::PodPlan& plan, const PodTrack& pod, TimePoint now);

// The track after an action was carried out (for Start: use on_started or on_exit instead).
void note(const plan::PodPlan& plan, PodTrack& pod, const Action& a, TimePoint now);

// ---------------------------------------------------------------------------------------------
// What happened: each updates the track and says what the supervisor should report.

// An instance of container `i` runs (its exec succeeded).
void on_started(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, TimePoint now);

// Its postStart hook returned: true when the container is now to be killed (the hook failed).
bool on_post_start_done(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, bool ok);

// Its preStop hook returned (or failed): SIGTERM is due.
void on_pre_stop_done(PodTrack& pod, std::size_t i);

struct ExitOutcome {
  enum class Kind {
    Done,        // exited for good: an init container that succeeded, or restartPolicy says so
    Restart,     // restarts after `delay`
    InitFailed,  // an init container failed under restartPolicy Never: the pod fails and stops
    Stopped,     // exited while the pod stops: nothing follows
    RestartAll,  // a RestartAllContainers rule matched: the others are killed, all start over after `delay`
  } kind = Kind::Done;
  Millis delay{0};
};
// Container `i` exited with `exit_code` (126/128 for an instance that could not start).
ExitOutcome on_exit(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, int exit_code, TimePoint now,
                    const exec::BackoffPolicy& backoff);

// A pull of container `i`'s image failed (also apply's own, when the supervisor starts): the
// next one is due after the returned delay (ImagePullBackOff).
Millis on_pull_failed(PodTrack& pod, std::size_t i, TimePoint now, const exec::BackoffPolicy& backoff);
// A pull of it succeeded: the container is due to start.
void on_pulled(PodTrack& pod, std::size_t i);

struct ProbeOutcome {
  bool unhealthy = false;          // a failed run: a Warning "Unhealthy" event
  bool stop = false;               // the failure threshold was reached on a liveness or startup probe
  std::int64_t grace_seconds = 0;  // for `stop`: the probe's terminationGracePeriodSeconds or the pod's
};
ProbeOutcome on_probe_result(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, ProbeKind k, bool ok, TimePoint now);

// Begin stopping the pod (delete: `deleting`; or it completed, failed, was evicted or lost
// its sandbox). A second call may shorten the grace period, never lengthen it.
void begin_stop(PodTrack& pod, bool deleting, std::int64_t grace_seconds, TimePoint now);

// Evicted (local ephemeral storage over a limit): the pod fails; its containers stop with a
// grace period of 1 second and never restart.
void evict(PodTrack& pod, TimePoint now);

enum class SandboxDecision {
  Ignore,    // the pod is being deleted, or the sandbox was already lost
  Recreate,  // "Pod sandbox changed, it will be killed and re-created."
  KillPod,   // nothing is to run again: stop what runs; no new sandbox
};
// The pause holder died.
SandboxDecision on_sandbox_lost(const plan::PodPlan& plan, PodTrack& pod, TimePoint now);
// A new sandbox exists: every container that is to run again starts over, init containers
// from the first.
void on_sandbox_recreated(const plan::PodPlan& plan, PodTrack& pod);
// Making it failed: tried again at `retry_at`.
void on_sandbox_failed(PodTrack& pod, TimePoint retry_at);

// ---------------------------------------------------------------------------------------------
// What the pod looks like.

enum class Phase { Pending, Running, Succeeded, Failed };

struct PodStatus {
  Phase phase = Phase::Pending;
  bool initialized = false;  // every init container exited 0, every sidecar started
  bool containers_ready = false;
  std::string ready_reason;  // "", ContainersNotReady, PodCompleted
};
PodStatus pod_status(const plan::PodPlan& plan, const PodTrack& pod);

// The first start is settled (apply may return): every container started once, or one waits in
// back-off, or the pod failed or completed.
bool first_start_settled(const plan::PodPlan& plan, const PodTrack& pod);

// When something is next due (a restart, a probe, a deadline), for the supervisor's wait.
TimePoint next_due(const plan::PodPlan& plan, const PodTrack& pod);

}  // namespace podrun::supervisor
