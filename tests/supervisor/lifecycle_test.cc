// The supervisor's decisions, table by table, without a process in sight: what the kubelet's
// computePodActions, prober and status manager decide (kuberuntime_manager.go,
// prober/worker.go, status/generate.go), as supervisor/lifecycle.h computes them. One file for
// the whole of lifecycle.h: the tables share their fixtures and read as its specification.
#include <catch2/catch.hpp>

#include "supervisor/lifecycle.h"

using namespace podrun;
using namespace podrun::supervisor;
using plan::ContainerKind;
using plan::RestartPolicy;

namespace {

const TimePoint t0 = TimePoint{} + std::chrono::hours(1);
TimePoint at(double seconds) { return t0 + std::chrono::milliseconds(static_cast<long long>(seconds * 1000)); }

// A container as the planner makes it: sidecars restart Always; init containers OnFailure,
// unless the pod's policy is Never; app containers by the pod's policy.
plan::ContainerPlan container(const std::string& name, ContainerKind kind, RestartPolicy pod_policy) {
  plan::ContainerPlan c;
  c.name = name;
  c.kind = kind;
  c.restart_policy = kind == ContainerKind::Sidecar ? RestartPolicy::Always
                     : kind == ContainerKind::Init  ? (pod_policy == RestartPolicy::Never ? RestartPolicy::Never : RestartPolicy::OnFailure)
                                                    : pod_policy;
  return c;
}

// "i:init s:sidecar a:app" → a pod of those containers.
plan::PodPlan pod_of(std::initializer_list<std::pair<const char*, ContainerKind>> cs, RestartPolicy policy = RestartPolicy::Always,
                     std::int64_t grace = 30) {
  plan::PodPlan p;
  p.name = std::string(1, 'p');  // not = "p": GCC 12 warns falsely (-Wrestrict) on that assignment here
  p.restart_policy = policy;
  p.termination_grace_period_seconds = grace;
  for (const auto& [name, kind] : cs) p.containers.push_back(container(name, kind, policy));
  return p;
}

plan::ProbePlan probe(int period = 10, int failure = 3, int success = 1, int delay = 0) {
  plan::ProbePlan p;
  p.period_seconds = period;
  p.failure_threshold = failure;
  p.success_threshold = success;
  p.initial_delay_seconds = delay;
  p.timeout_seconds = 1;
  return p;
}

std::string text(const std::vector<Action>& actions, const plan::PodPlan& plan) {
  std::string out;
  for (const auto& a : actions) {
    if (!out.empty()) out += " ";
    out += action_name(a.type);
    bool per_container = a.type != Action::Type::StopPod && a.type != Action::Type::CheckStorage && a.type != Action::Type::EndStop &&
                         a.type != Action::Type::RecreateSandbox && a.type != Action::Type::Finish && a.type != Action::Type::RestartAll;
    if (per_container) out += "(" + plan.containers[a.container].name;
    if (a.type == Action::Type::RunProbe || a.type == Action::Type::CancelProbe) out += std::string(",") + probe_kind_name(a.probe);
    if (per_container) out += ")";
  }
  return out;
}

std::string actions(const plan::PodPlan& plan, const PodTrack& pod, TimePoint now) { return text(compute_actions(plan, pod, now), plan); }

// Starts every container the way the supervisor would: its instance runs from `now`.
void start(const plan::PodPlan& plan, PodTrack& pod, std::size_t i, TimePoint now = t0) { on_started(plan, pod, i, now); }

const exec::BackoffPolicy kBackoff;

// What happened to a pod's containers, in order, all at `when`: "i1:+" container i1 started,
// "s:^" its startup probe passed, "a:3" it exited with 3.
void play(const plan::PodPlan& p, PodTrack& pod, const std::string& story, TimePoint when) {
  std::size_t pos = 0;
  while (pos < story.size()) {
    std::size_t end = story.find(' ', pos);
    if (end == std::string::npos) end = story.size();
    const std::string step = story.substr(pos, end - pos);
    pos = end + 1;
    if (step.empty()) continue;
    const std::size_t colon = step.find(':');
    const std::string name = step.substr(0, colon), what = step.substr(colon + 1);
    std::size_t i = 0;
    while (i < p.containers.size() && p.containers[i].name != name) ++i;
    REQUIRE(i < p.containers.size());
    if (what == "+") on_started(p, pod, i, when);
    else if (what == "^") on_probe_result(p, pod, i, ProbeKind::Startup, true, when);
    else on_exit(p, pod, i, std::stoi(what), when, kBackoff);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Exits: restartPolicy × exit code × kind.

TEST_CASE("exits: every restart policy, exit code and kind of container (table)", "[supervisor][lifecycle]") {
  using K = ExitOutcome::Kind;
  struct Row {
    RestartPolicy policy;
    ContainerKind kind;
    int exit_code;
    K outcome;
    Life life;
  } rows[] = {
      {RestartPolicy::Always, ContainerKind::App, 0, K::Restart, Life::BackOff},
      {RestartPolicy::Always, ContainerKind::App, 1, K::Restart, Life::BackOff},
      {RestartPolicy::Always, ContainerKind::App, 137, K::Restart, Life::BackOff},
      {RestartPolicy::Always, ContainerKind::Init, 0, K::Done, Life::Exited},
      {RestartPolicy::Always, ContainerKind::Init, 1, K::Restart, Life::BackOff},
      {RestartPolicy::Always, ContainerKind::Sidecar, 0, K::Restart, Life::BackOff},
      {RestartPolicy::Always, ContainerKind::Sidecar, 1, K::Restart, Life::BackOff},
      {RestartPolicy::OnFailure, ContainerKind::App, 0, K::Done, Life::Exited},
      {RestartPolicy::OnFailure, ContainerKind::App, 1, K::Restart, Life::BackOff},
      {RestartPolicy::OnFailure, ContainerKind::App, 143, K::Restart, Life::BackOff},
      {RestartPolicy::OnFailure, ContainerKind::Init, 0, K::Done, Life::Exited},
      {RestartPolicy::OnFailure, ContainerKind::Init, 2, K::Restart, Life::BackOff},
      {RestartPolicy::OnFailure, ContainerKind::Sidecar, 0, K::Restart, Life::BackOff},
      {RestartPolicy::OnFailure, ContainerKind::Sidecar, 1, K::Restart, Life::BackOff},
      {RestartPolicy::Never, ContainerKind::App, 0, K::Done, Life::Exited},
      {RestartPolicy::Never, ContainerKind::App, 1, K::Done, Life::Exited},
      {RestartPolicy::Never, ContainerKind::Init, 0, K::Done, Life::Exited},
      {RestartPolicy::Never, ContainerKind::Init, 1, K::InitFailed, Life::Exited},
      {RestartPolicy::Never, ContainerKind::Sidecar, 0, K::Restart, Life::BackOff},
      {RestartPolicy::Never, ContainerKind::Sidecar, 1, K::Restart, Life::BackOff},
  };
  for (const auto& r : rows) {
    CAPTURE(plan::restart_policy_name(r.policy), plan::container_kind_name(r.kind), r.exit_code);
    // The container under test, and a running app container (so that a sidecar's pod is not done).
    plan::PodPlan p = pod_of({{"c", r.kind}, {"main", ContainerKind::App}}, r.policy);
    if (r.kind == ContainerKind::App) p = pod_of({{"c", r.kind}, {"other", ContainerKind::App}}, r.policy);
    PodTrack pod = make_track(p);
    start(p, pod, 0);
    start(p, pod, 1);
    ExitOutcome o = on_exit(p, pod, 0, r.exit_code, at(5), kBackoff);
    CHECK(o.kind == r.outcome);
    CHECK(life_name(pod.containers[0].life) == std::string(life_name(r.life)));
    CHECK(pod.containers[0].exit_code == r.exit_code);
    if (r.outcome == K::Restart) CHECK(o.delay.count() == 0);  // the first restart is immediate
    CHECK(pod.failed == (r.outcome == K::InitFailed));
    CHECK(pod.stopping == (r.outcome == K::InitFailed));
  }
}

TEST_CASE("exits: a pod that stops restarts nothing, an init container's success still counts", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"i", ContainerKind::Init}, {"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  begin_stop(pod, true, 30, t0);
  CHECK(on_exit(p, pod, 1, 143, at(1), kBackoff).kind == ExitOutcome::Kind::Stopped);
  CHECK(pod.containers[1].life == Life::Exited);
  CHECK(on_exit(p, pod, 0, 0, at(1), kBackoff).kind == ExitOutcome::Kind::Done);
}

TEST_CASE("exits: a sidecar of a completed pod is not restarted", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s", ContainerKind::Sidecar}, {"a", ContainerKind::App}}, RestartPolicy::Never);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  on_exit(p, pod, 1, 0, at(2), kBackoff);
  CHECK(pod_status(p, pod).phase == Phase::Succeeded);
  CHECK(on_exit(p, pod, 0, 0, at(3), kBackoff).kind == ExitOutcome::Kind::Done);
  CHECK(pod.containers[0].life == Life::Exited);
}

// ---------------------------------------------------------------------------------------------
// restartPolicyRules: the first rule whose exit codes match decides; else the container's policy.

TEST_CASE("exits: restartPolicyRules, first match wins, else the container's restartPolicy (table)", "[supervisor][lifecycle]") {
  using K = ExitOutcome::Kind;
  using plan::RestartAction;
  const plan::RestartRule in42{RestartAction::Restart, true, {42, 43}};
  const plan::RestartRule notin0{RestartAction::Restart, false, {0}};
  const plan::RestartRule in_none{RestartAction::Restart, true, {}};
  const plan::RestartRule notin_none{RestartAction::Restart, false, {}};
  const plan::RestartRule all88{RestartAction::RestartAllContainers, true, {88}};
  struct Row {
    const char* what;
    ContainerKind kind;
    RestartPolicy container_policy;
    std::vector<plan::RestartRule> rules;
    int exit_code;
    K outcome;
  } rows[] = {
      // kubelet's ContainerShouldRestart: a matching rule restarts whatever the policy says.
      {"In 42 under Never, 42", ContainerKind::App, RestartPolicy::Never, {in42}, 42, K::Restart},
      {"In 42 under Never, 43", ContainerKind::App, RestartPolicy::Never, {in42}, 43, K::Restart},
      {"In 42 under Never, 1: the policy", ContainerKind::App, RestartPolicy::Never, {in42}, 1, K::Done},
      {"In 42 under Never, 0: the policy", ContainerKind::App, RestartPolicy::Never, {in42}, 0, K::Done},
      {"NotIn 0 under Never, 7", ContainerKind::App, RestartPolicy::Never, {notin0}, 7, K::Restart},
      {"NotIn 0 under Never, 0", ContainerKind::App, RestartPolicy::Never, {notin0}, 0, K::Done},
      {"NotIn 0 under OnFailure, 0: the policy", ContainerKind::App, RestartPolicy::OnFailure, {notin0}, 0, K::Done},
      {"In [] matches nothing", ContainerKind::App, RestartPolicy::Never, {in_none}, 3, K::Done},
      {"NotIn [] matches every code", ContainerKind::App, RestartPolicy::Never, {notin_none}, 0, K::Restart},
      {"first rule wins: RestartAll before Restart", ContainerKind::App, RestartPolicy::Never, {all88, notin_none}, 88, K::RestartAll},
      {"first rule wins: Restart before RestartAll", ContainerKind::App, RestartPolicy::Never, {notin_none, all88}, 88, K::Restart},
      {"the container's own Always in a Never pod", ContainerKind::App, RestartPolicy::Always, {}, 0, K::Restart},
      {"the container's own Never in an Always pod", ContainerKind::App, RestartPolicy::Never, {}, 1, K::Done},
      // Init containers: an exit 0 is success whatever the rules; a failure asks them.
      {"init, In 42, exit 0: done", ContainerKind::Init, RestartPolicy::Never, {in42}, 0, K::Done},
      {"init, In 42, exit 42: restart", ContainerKind::Init, RestartPolicy::Never, {in42}, 42, K::Restart},
      {"init, In 42, exit 1 under Never: the pod fails", ContainerKind::Init, RestartPolicy::Never, {in42}, 1, K::InitFailed},
      {"sidecar, RestartAll 88", ContainerKind::Sidecar, RestartPolicy::Always, {all88}, 88, K::RestartAll},
      {"sidecar, RestartAll 88, exit 1: restarts alone", ContainerKind::Sidecar, RestartPolicy::Always, {all88}, 1, K::Restart},
  };
  for (const auto& r : rows) {
    CAPTURE(r.what);
    plan::PodPlan p = pod_of({{"c", r.kind}, {"other", ContainerKind::App}}, RestartPolicy::Never);
    p.containers[0].restart_policy = r.container_policy;
    p.containers[0].restart_rules = r.rules;
    PodTrack pod = make_track(p);
    start(p, pod, 0);
    start(p, pod, 1);
    ExitOutcome o = on_exit(p, pod, 0, r.exit_code, at(5), kBackoff);
    CHECK(o.kind == r.outcome);
    CHECK(pod.restarting_all == (r.outcome == K::RestartAll));
    if (r.outcome == K::Restart) CHECK(pod.containers[0].life == Life::BackOff);
  }
}

TEST_CASE("exits: RestartAllContainers kills everything at once, then starts over from the first init container",
          "[supervisor][lifecycle]") {
  // The docs' restart-all-containers example: an init container, a watcher sidecar whose exit 88
  // restarts the whole pod, and an app container, under restartPolicy Never.
  plan::PodPlan p =
      pod_of({{"setup", ContainerKind::Init}, {"watcher", ContainerKind::Sidecar}, {"main", ContainerKind::App}}, RestartPolicy::Never, 30);
  p.containers[1].restart_rules = {{plan::RestartAction::RestartAllContainers, true, {88}}};
  p.containers[2].pre_stop = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_exit(p, pod, 0, 0, at(1), kBackoff);
  start(p, pod, 1, at(1));
  start(p, pod, 2, at(1));
  REQUIRE(pod_status(p, pod).phase == Phase::Running);

  ExitOutcome o = on_exit(p, pod, 1, 88, at(61), kBackoff);
  CHECK(o.kind == ExitOutcome::Kind::RestartAll);
  CHECK(o.delay.count() == 0);  // the first restart is immediate, as a container's is
  CHECK(pod_status(p, pod).phase == Phase::Pending);
  // No preStop, no SIGTERM, no grace period: SIGKILL at once; nothing starts, no probe runs.
  CHECK(actions(p, pod, at(61)) == "Kill(main)");
  note(p, pod, {Action::Type::Kill, 2}, at(61));
  CHECK(actions(p, pod, at(61)) == "");
  // The killed container's exit restarts nothing by itself.
  CHECK(on_exit(p, pod, 2, 137, at(61.1), kBackoff).kind == ExitOutcome::Kind::Stopped);
  CHECK(actions(p, pod, at(61.1)) == "RestartAll");
  note(p, pod, {Action::Type::RestartAll}, at(61.1));
  CHECK_FALSE(pod.restarting_all);
  CHECK(actions(p, pod, at(61.1)) == "Start(setup)");          // the init container runs again
  for (const auto& t : pod.containers) CHECK(t.ever_started);  // each next instance counts as a restart
  // The sandbox was never lost.
  CHECK(pod.sandbox == Sandbox::Ready);
}

TEST_CASE("exits: RestartAllContainers in a row waits out the back-off, a delete during it wins", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}}, RestartPolicy::Never, 30);
  p.containers[0].restart_rules = {{plan::RestartAction::RestartAllContainers, false, {}}};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  on_exit(p, pod, 0, 3, at(1), kBackoff);
  note(p, pod, {Action::Type::Kill, 1}, at(1));
  on_exit(p, pod, 1, 137, at(1), kBackoff);
  note(p, pod, {Action::Type::RestartAll}, at(1));
  start(p, pod, 0, at(1));
  start(p, pod, 1, at(1));
  // A second exit soon after: the back-off of the container that asked (10 s).
  ExitOutcome o = on_exit(p, pod, 0, 3, at(2), kBackoff);
  CHECK(o.kind == ExitOutcome::Kind::RestartAll);
  CHECK(o.delay == std::chrono::seconds(10));
  note(p, pod, {Action::Type::Kill, 1}, at(2));
  on_exit(p, pod, 1, 137, at(2), kBackoff);
  CHECK(actions(p, pod, at(5)) == "");
  CHECK(next_due(p, pod) == at(12));
  CHECK(actions(p, pod, at(12)) == "RestartAll");
  // Deleted while waiting: the pod finishes; it does not start over.
  begin_stop(pod, true, 30, at(6));
  CHECK_FALSE(pod.restarting_all);
  CHECK(actions(p, pod, at(12)) == "Finish");
}

// ---------------------------------------------------------------------------------------------
// CrashLoopBackOff.

TEST_CASE("back-off: exits in a row wait 0, 10, 20, 40, 80, 160, 300, 300 s, a 10-minute run starts over (table)",
          "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  struct Row {
    double ran_seconds;
    long long delay_ms;
  } rows[] = {{1, 0}, {1, 10'000}, {1, 20'000}, {1, 40'000}, {1, 80'000}, {1, 160'000}, {1, 300'000}, {1, 300'000}, {600, 0}, {1, 10'000}};
  TimePoint now = t0;
  int n = 0;
  for (const auto& r : rows) {
    CAPTURE(++n, r.ran_seconds);
    start(p, pod, 0, now);
    now += std::chrono::milliseconds(static_cast<long long>(r.ran_seconds * 1000));
    ExitOutcome o = on_exit(p, pod, 0, 1, now, kBackoff);
    CHECK(o.kind == ExitOutcome::Kind::Restart);
    CHECK(o.delay.count() == r.delay_ms);
    CHECK(pod.containers[0].restart_at == now + std::chrono::milliseconds(r.delay_ms));
    // Not due before its time, due at it.
    if (r.delay_ms > 0) CHECK(actions(p, pod, now) == "");
    now = pod.containers[0].restart_at;
    CHECK(actions(p, pod, now) == "Start(a)");
  }
}

// ---------------------------------------------------------------------------------------------
// The order of starts.

TEST_CASE("starts: init containers one at a time, sidecars until started, then the app containers (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"i1", ContainerKind::Init},
                            {"s", ContainerKind::Sidecar},
                            {"i2", ContainerKind::Init},
                            {"a", ContainerKind::App},
                            {"b", ContainerKind::App}});
  p.containers[1].startup_probe = probe(1);
  struct Row {
    const char* name;
    const char* story;  // play()
    const char* expected;
  } rows[] = {
      {"a fresh pod: the first init container", "", "Start(i1)"},
      {"while it runs: nothing", "i1:+", ""},
      {"it failed: after its back-off", "i1:+ i1:1", "Start(i1)"},
      {"it succeeded: the sidecar", "i1:+ i1:0", "Start(s)"},
      {"the sidecar runs, its startup probe not passed: it holds back i2", "i1:+ i1:0 s:+", "RunProbe(s,Startup)"},
      {"the sidecar started: i2", "i1:+ i1:0 s:+ s:^", "Start(i2)"},
      {"initialized: both app containers at once", "i1:+ i1:0 s:+ s:^ i2:+ i2:0", "Start(a) Start(b)"},
      {"a sidecar that crashed during initialization restarts then", "i1:+ i1:0 s:+ s:^ i2:+ s:1", "Start(s)"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    PodTrack pod = make_track(p);
    play(p, pod, r.story, at(1));
    CHECK(actions(p, pod, at(1)) == r.expected);
  }
}

TEST_CASE("starts: an app container with postStart holds back the next until the hook returns", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}});
  p.containers[0].post_start = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  CHECK(actions(p, pod, t0) == "Start(a)");
  start(p, pod, 0);
  CHECK(pod.containers[0].life == Life::PostStart);
  CHECK(actions(p, pod, t0) == "");
  CHECK(pod_status(p, pod).phase == Phase::Running);
  CHECK_FALSE(on_post_start_done(p, pod, 0, true));
  CHECK(pod.containers[0].life == Life::Running);
  CHECK(pod.containers[0].ready);
  CHECK(actions(p, pod, t0) == "Start(b)");
}

TEST_CASE("starts: a failed postStart kills its container, which restarts by its policy", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].post_start = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  CHECK(on_post_start_done(p, pod, 0, false));
  CHECK(pod.containers[0].life == Life::Killed);
  CHECK(on_exit(p, pod, 0, 137, at(1), kBackoff).kind == ExitOutcome::Kind::Restart);
}

TEST_CASE("starts: a postStart over its time (the pod's grace period) is killed", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 5);
  p.containers[0].post_start = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  CHECK(actions(p, pod, at(4.9)) == "");
  CHECK(actions(p, pod, at(5)) == "CancelHook(a)");
  note(p, pod, {Action::Type::CancelHook, 0}, at(5));
  CHECK(actions(p, pod, at(5)) == "");
}

TEST_CASE("starts: nothing starts in a failed pod, a stopping pod or a lost sandbox (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  struct Row {
    const char* name;
    std::function<void(PodTrack&)> setup;
  } rows[] = {
      {"failed (a container that cannot be created)", [](PodTrack& t) { t.failed = true; }},
      {"being deleted", [](PodTrack& t) { begin_stop(t, true, 30, t0); }},
      {"its sandbox lost", [&](PodTrack& t) { on_sandbox_lost(p, t, t0); }},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    PodTrack pod = make_track(p);
    r.setup(pod);
    std::string a = actions(p, pod, t0);
    CHECK(a.find("Start") == std::string::npos);
  }
}

TEST_CASE("starts: a completed pod starts no app container again", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::OnFailure);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_exit(p, pod, 0, 0, at(1), kBackoff);
  CHECK(pod_status(p, pod).phase == Phase::Succeeded);
  CHECK(actions(p, pod, at(100)) == "");
}

// ---------------------------------------------------------------------------------------------
// Probes.

TEST_CASE("probes: startup first, then liveness and readiness, each at its period", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].startup_probe = probe(1);
  p.containers[0].liveness_probe = probe(5, 3, 1, 2);
  p.containers[0].readiness_probe = probe(3);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  CHECK_FALSE(pod.containers[0].started);
  CHECK(actions(p, pod, t0) == "RunProbe(a,Startup)");
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Startup}, t0);
  CHECK(actions(p, pod, at(0.5)) == "");  // in flight
  on_probe_result(p, pod, 0, ProbeKind::Startup, true, at(0.5));
  CHECK(pod.containers[0].started);
  CHECK_FALSE(pod.containers[0].ready);  // until readiness passes
  // Readiness at once (no initial delay), liveness after its 2 s.
  CHECK(actions(p, pod, at(0.5)) == "RunProbe(a,Readiness)");
  CHECK(actions(p, pod, at(2)) == "RunProbe(a,Liveness) RunProbe(a,Readiness)");
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Readiness}, at(2));
  on_probe_result(p, pod, 0, ProbeKind::Readiness, true, at(2.1));
  CHECK(pod.containers[0].ready);
  CHECK(pod_status(p, pod).containers_ready);
  // The next readiness run three seconds after the last began.
  CHECK(next_due(p, pod) == at(2));  // liveness still due
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Liveness}, at(2));
  on_probe_result(p, pod, 0, ProbeKind::Liveness, true, at(2.1));
  CHECK(next_due(p, pod) == at(5));
}

TEST_CASE("probes: thresholds, and what a failure does by kind (table)", "[supervisor][lifecycle]") {
  struct Row {
    ProbeKind kind;
    int failure_threshold, success_threshold;
    std::vector<bool> results;
    bool stop, ready;
    int unhealthy_events;
  } rows[] = {
      {ProbeKind::Liveness, 3, 1, {false, false}, false, true, 2},
      {ProbeKind::Liveness, 3, 1, {false, false, false}, true, false, 3},
      {ProbeKind::Liveness, 3, 1, {false, false, true, false, false}, false, true, 4},  // a success resets the count
      {ProbeKind::Liveness, 1, 1, {false}, true, false, 1},
      {ProbeKind::Readiness, 3, 1, {false, false, false}, false, false, 3},  // never a kill
      {ProbeKind::Readiness, 3, 2, {true}, false, false, 0},                 // two successes needed
      {ProbeKind::Readiness, 3, 2, {true, true}, false, true, 0},
      {ProbeKind::Readiness, 1, 1, {true, false}, false, false, 1},
      {ProbeKind::Startup, 2, 1, {false, false}, true, false, 2},  // a startup failure kills too
  };
  int n = 0;
  for (const auto& r : rows) {
    CAPTURE(++n, probe_kind_name(r.kind));
    plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
    plan::ProbePlan pp = probe(1, r.failure_threshold, r.success_threshold);
    (r.kind == ProbeKind::Liveness    ? p.containers[0].liveness_probe
     : r.kind == ProbeKind::Readiness ? p.containers[0].readiness_probe
                                      : p.containers[0].startup_probe) = pp;
    PodTrack pod = make_track(p);
    start(p, pod, 0);
    bool stopped = false;
    int events = 0;
    for (bool ok : r.results) {
      ProbeOutcome o = on_probe_result(p, pod, 0, r.kind, ok, at(1));
      stopped = stopped || o.stop;
      events += o.unhealthy;
    }
    CHECK(stopped == r.stop);
    CHECK(pod.containers[0].ready == r.ready);
    CHECK(events == r.unhealthy_events);
    CHECK((pod.containers[0].life == Life::StopDue) == r.stop);
  }
}

TEST_CASE("probes: a liveness kill stops with the probe's grace period, or the pod's", "[supervisor][lifecycle]") {
  for (std::optional<std::int64_t> probe_grace : {std::optional<std::int64_t>{}, std::optional<std::int64_t>{3}}) {
    plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 20);
    p.containers[0].liveness_probe = probe(1, 1);
    p.containers[0].liveness_probe->termination_grace_period_seconds = probe_grace;
    PodTrack pod = make_track(p);
    start(p, pod, 0);
    ProbeOutcome o = on_probe_result(p, pod, 0, ProbeKind::Liveness, false, at(1));
    REQUIRE(o.stop);
    std::int64_t grace = probe_grace.value_or(20);
    CHECK(o.grace_seconds == grace);
    CHECK(actions(p, pod, at(1)) == "Terminate(a)");
    note(p, pod, {Action::Type::Terminate, 0}, at(1));
    CHECK(actions(p, pod, at(1 + grace - 0.1)) == "");
    CHECK(actions(p, pod, at(1 + grace)) == "Kill(a)");
    note(p, pod, {Action::Type::Kill, 0}, at(1 + grace));
    CHECK(actions(p, pod, at(1 + grace)) == "");
    CHECK(on_exit(p, pod, 0, 137, at(1 + grace), kBackoff).kind == ExitOutcome::Kind::Restart);
  }
}

TEST_CASE("probes: a liveness kill runs preStop first", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 10);
  p.containers[0].liveness_probe = probe(1, 1);
  p.containers[0].pre_stop = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_probe_result(p, pod, 0, ProbeKind::Liveness, false, at(1));
  CHECK(actions(p, pod, at(1)) == "RunPreStop(a)");
  note(p, pod, {Action::Type::RunPreStop, 0}, at(1));
  CHECK(pod.containers[0].life == Life::PreStop);
  CHECK(pod.containers[0].hook_deadline == at(11));
  on_pre_stop_done(pod, 0);
  CHECK(actions(p, pod, at(2)) == "Terminate(a)");
}

TEST_CASE("probes: a run over timeoutSeconds is cancelled, results after an exit are ignored", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].liveness_probe = probe(10, 1);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Liveness}, t0);
  CHECK(actions(p, pod, at(0.9)) == "");
  CHECK(actions(p, pod, at(1)) == "CancelProbe(a,Liveness)");
  note(p, pod, {Action::Type::CancelProbe, 0, ProbeKind::Liveness}, at(1));
  CHECK(actions(p, pod, at(1)) == "");
  on_exit(p, pod, 0, 1, at(1.5), kBackoff);
  ProbeOutcome o = on_probe_result(p, pod, 0, ProbeKind::Liveness, false, at(1.6));
  CHECK_FALSE(o.stop);
  CHECK_FALSE(o.unhealthy);
}

// ---------------------------------------------------------------------------------------------
// Stopping: order and grace.

TEST_CASE("stopping: app containers together, then sidecars one at a time, the last declared first", "[supervisor][lifecycle]") {
  plan::PodPlan p =
      pod_of({{"s1", ContainerKind::Sidecar}, {"s2", ContainerKind::Sidecar}, {"a", ContainerKind::App}, {"b", ContainerKind::App}});
  p.containers[2].pre_stop = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  for (std::size_t i = 0; i < 4; ++i) start(p, pod, i);
  begin_stop(pod, true, 30, t0);
  CHECK(actions(p, pod, t0) == "RunPreStop(a) Terminate(b)");
  note(p, pod, {Action::Type::RunPreStop, 2}, t0);
  note(p, pod, {Action::Type::Terminate, 3}, t0);
  CHECK(actions(p, pod, at(1)) == "");
  on_pre_stop_done(pod, 2);
  CHECK(actions(p, pod, at(1)) == "Terminate(a)");
  note(p, pod, {Action::Type::Terminate, 2}, at(1));
  on_exit(p, pod, 2, 143, at(2), kBackoff);
  CHECK(actions(p, pod, at(2)) == "");  // b still runs: the sidecars wait
  on_exit(p, pod, 3, 143, at(2), kBackoff);
  CHECK(actions(p, pod, at(2)) == "Terminate(s2)");
  note(p, pod, {Action::Type::Terminate, 1}, at(2));
  CHECK(actions(p, pod, at(3)) == "");  // one at a time
  on_exit(p, pod, 1, 143, at(3), kBackoff);
  CHECK(actions(p, pod, at(3)) == "Terminate(s1)");
  note(p, pod, {Action::Type::Terminate, 0}, at(3));
  on_exit(p, pod, 0, 143, at(4), kBackoff);
  CHECK(actions(p, pod, at(4)) == "Finish");
}

TEST_CASE("stopping: SIGKILL to all that still runs when the grace period ends", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s", ContainerKind::Sidecar}, {"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  begin_stop(pod, true, 2, t0);
  note(p, pod, {Action::Type::Terminate, 1}, t0);
  CHECK(actions(p, pod, at(1.9)) == "");
  CHECK(actions(p, pod, at(2)) == "Kill(s) Kill(a)");  // the sidecar too: it never got its turn
  CHECK(next_due(p, pod) == at(2));
  note(p, pod, {Action::Type::Kill, 0}, at(2));
  CHECK(next_due(p, pod) == at(2));  // a still has its SIGKILL due
  note(p, pod, {Action::Type::Kill, 1}, at(2));
  // Both sent SIGKILL: nothing is due until their exits come (a past deadline here would make
  // the supervisor's wait 0 ms, a busy loop until the kernel reaps them).
  CHECK(next_due(p, pod) == kNever);
  CHECK(actions(p, pod, at(3)) == "");
}

TEST_CASE("stopping: a second delete may shorten the grace period, never lengthen it (table)", "[supervisor][lifecycle]") {
  struct Row {
    int first, second, deadline;
  } rows[] = {{30, 5, 5}, {5, 30, 5}, {10, 10, 10}, {30, 0, 0}};
  for (const auto& r : rows) {
    CAPTURE(r.first, r.second);
    PodTrack pod = make_track(pod_of({{"a", ContainerKind::App}}));
    begin_stop(pod, true, r.first, t0);
    begin_stop(pod, true, r.second, t0);
    CHECK(pod.stop_deadline == at(r.deadline));
  }
}

TEST_CASE("stopping: containers in back-off do not restart, a completed pod ends its stop and stays", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s", ContainerKind::Sidecar}, {"a", ContainerKind::App}}, RestartPolicy::OnFailure);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  on_exit(p, pod, 0, 1, at(1), kBackoff);  // the sidecar waits in back-off
  pod.containers[0].restart_at = at(50);
  on_exit(p, pod, 1, 0, at(2), kBackoff);  // the app is done: the pod completed
  CHECK(pod_status(p, pod).phase == Phase::Succeeded);
  CHECK(actions(p, pod, at(2)) == "");  // nothing runs: nothing to stop
  // With the sidecar running instead: StopPod.
  PodTrack running = make_track(p);
  start(p, running, 0);
  start(p, running, 1);
  on_exit(p, running, 1, 0, at(2), kBackoff);
  CHECK(actions(p, running, at(2)) == "StopPod");
  note(p, running, {Action::Type::StopPod}, at(2));
  CHECK(actions(p, running, at(2)) == "Terminate(s)");
  note(p, running, {Action::Type::Terminate, 0}, at(2));
  on_exit(p, running, 0, 143, at(3), kBackoff);
  CHECK(actions(p, running, at(3)) == "EndStop");
  note(p, running, {Action::Type::EndStop}, at(3));
  CHECK(actions(p, running, at(100)) == "");
  CHECK(pod_status(p, running).phase == Phase::Succeeded);
  // begin_stop turns a waiting restart into an exit.
  PodTrack backoff = make_track(p);
  start(p, backoff, 1);
  on_exit(p, backoff, 1, 1, at(1), kBackoff);
  begin_stop(backoff, true, 30, at(1));
  CHECK(backoff.containers[1].life == Life::Exited);
}

TEST_CASE("stopping: an init container that fails under Never fails the pod and stops its sidecars", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s", ContainerKind::Sidecar}, {"i", ContainerKind::Init}, {"a", ContainerKind::App}}, RestartPolicy::Never, 3);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  CHECK(on_exit(p, pod, 1, 2, at(1), kBackoff).kind == ExitOutcome::Kind::InitFailed);
  CHECK(pod_status(p, pod).phase == Phase::Failed);
  CHECK(actions(p, pod, at(1)) == "Terminate(s)");
  CHECK(actions(p, pod, at(4)) == "Terminate(s) Kill(s)");
}

TEST_CASE("stopping: eviction fails the pod with a grace period of 1 second", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  pod.storage_check_at = at(10);
  start(p, pod, 0);
  CHECK(actions(p, pod, at(10)) == "CheckStorage");
  note(p, pod, {Action::Type::CheckStorage}, at(10));
  CHECK(pod.storage_check_at == at(20));
  evict(pod, at(10));
  CHECK(pod_status(p, pod).phase == Phase::Failed);
  CHECK(actions(p, pod, at(10)) == "Terminate(a)");
  note(p, pod, {Action::Type::Terminate, 0}, at(10));
  CHECK(actions(p, pod, at(11)) == "Kill(a)");
  CHECK(pod.storage_check_at == kNever);
}

// ---------------------------------------------------------------------------------------------
// The sandbox.

TEST_CASE("sandbox lost: restartPolicy and what has run decide between a new sandbox and the end (table)", "[supervisor][lifecycle]") {
  struct Row {
    const char* name;
    RestartPolicy policy;
    std::function<void(const plan::PodPlan&, PodTrack&)> setup;
    SandboxDecision decision;
  } rows[] = {
      {"Always, running", RestartPolicy::Always,
       [](const plan::PodPlan& p, PodTrack& t) {
         start(p, t, 0);
         start(p, t, 1);
       },
       SandboxDecision::Recreate},
      {"OnFailure, running", RestartPolicy::OnFailure,
       [](const plan::PodPlan& p, PodTrack& t) {
         start(p, t, 0);
         start(p, t, 1);
       },
       SandboxDecision::Recreate},
      {"OnFailure, every app container succeeded", RestartPolicy::OnFailure,
       [](const plan::PodPlan& p, PodTrack& t) {
         start(p, t, 0);
         on_exit(p, t, 0, 0, at(1), kBackoff);
         start(p, t, 1);
         on_exit(p, t, 1, 0, at(2), kBackoff);
       },
       SandboxDecision::KillPod},
      {"Never, a container was created", RestartPolicy::Never, [](const plan::PodPlan& p, PodTrack& t) { start(p, t, 0); },
       SandboxDecision::KillPod},
      {"Never, nothing created yet", RestartPolicy::Never, [](const plan::PodPlan&, PodTrack&) {}, SandboxDecision::Recreate},
      {"being deleted", RestartPolicy::Always, [](const plan::PodPlan&, PodTrack& t) { begin_stop(t, true, 30, t0); },
       SandboxDecision::Ignore},
      {"evicted", RestartPolicy::Always,
       [](const plan::PodPlan& p, PodTrack& t) {
         start(p, t, 0);
         evict(t, t0);
       },
       SandboxDecision::KillPod},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    plan::PodPlan p = pod_of({{"i", ContainerKind::Init}, {"a", ContainerKind::App}}, r.policy);
    PodTrack pod = make_track(p);
    r.setup(p, pod);
    CHECK(on_sandbox_lost(p, pod, at(5)) == r.decision);
    if (r.decision == SandboxDecision::Recreate) CHECK(pod.sandbox == Sandbox::Lost);
    if (r.decision == SandboxDecision::KillPod) CHECK(pod.sandbox == Sandbox::Gone);
    if (r.decision != SandboxDecision::Ignore) CHECK(pod.stopping);
  }
}

TEST_CASE("sandbox lost: the pod stops, gets a new sandbox, and starts over from the first init container", "[supervisor][lifecycle]") {
  plan::PodPlan p =
      pod_of({{"i", ContainerKind::Init}, {"s", ContainerKind::Sidecar}, {"a", ContainerKind::App}}, RestartPolicy::Always, 2);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_exit(p, pod, 0, 0, at(1), kBackoff);
  start(p, pod, 1, at(1));
  start(p, pod, 2, at(1));
  REQUIRE(pod_status(p, pod).phase == Phase::Running);
  CHECK(on_sandbox_lost(p, pod, at(5)) == SandboxDecision::Recreate);
  CHECK(actions(p, pod, at(5)) == "Terminate(a)");
  note(p, pod, {Action::Type::Terminate, 2}, at(5));
  // The exits of a lost sandbox's containers restart nothing by themselves.
  CHECK(on_exit(p, pod, 2, 137, at(5), kBackoff).kind == ExitOutcome::Kind::Stopped);
  CHECK(actions(p, pod, at(5)) == "Terminate(s)");
  note(p, pod, {Action::Type::Terminate, 1}, at(5));
  on_exit(p, pod, 1, 137, at(5), kBackoff);
  CHECK(actions(p, pod, at(5)) == "RecreateSandbox");
  on_sandbox_failed(pod, at(15));
  CHECK(actions(p, pod, at(6)) == "");
  CHECK(next_due(p, pod) == at(15));
  CHECK(actions(p, pod, at(15)) == "RecreateSandbox");
  on_sandbox_recreated(p, pod);
  CHECK(pod_status(p, pod).phase == Phase::Pending);  // initializing again
  CHECK_FALSE(pod_status(p, pod).initialized);
  CHECK(actions(p, pod, at(15)) == "Start(i)");
  for (const auto& t : pod.containers) CHECK(t.ever_started);  // each next instance is a restart
}

TEST_CASE("sandbox lost under Never: what ran is killed, nothing starts again, the pod fails", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}}, RestartPolicy::Never, 1);
  p.containers[0].post_start = plan::HandlerPlan{};
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  CHECK(on_sandbox_lost(p, pod, t0) == SandboxDecision::KillPod);
  CHECK(actions(p, pod, t0) == "Terminate(a)");
  note(p, pod, {Action::Type::Terminate, 0}, t0);
  on_post_start_done(p, pod, 0, false);
  on_exit(p, pod, 0, 143, at(0.5), kBackoff);
  CHECK(actions(p, pod, at(0.5)) == "EndStop");
  note(p, pod, {Action::Type::EndStop}, at(0.5));
  CHECK(actions(p, pod, at(100)) == "");  // b never starts
  CHECK(pod_status(p, pod).phase == Phase::Failed);
}

TEST_CASE("sandbox lost: a shared-PID pod's containers die with it, and their exits restart nothing", "[supervisor][lifecycle]") {
  // The kernel kills the PID namespace with its init; the supervisor reaps the containers before
  // the pause holder, sees it exiting, and reports the sandbox lost first.
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 5);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  CHECK(on_sandbox_lost(p, pod, at(1)) == SandboxDecision::Recreate);
  CHECK(on_exit(p, pod, 0, 137, at(1), kBackoff).kind == ExitOutcome::Kind::Stopped);
  CHECK(pod.containers[0].streak == 0);  // not a crash: no back-off follows
  CHECK(actions(p, pod, at(1)) == "RecreateSandbox");
  on_sandbox_recreated(p, pod);
  CHECK(actions(p, pod, at(1)) == "Start(a)");
}

TEST_CASE("sandbox lost: ignored while the pod is deleted, or when it was lost already (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 5);
  struct Row {
    bool deleting, lost_before;
    SandboxDecision want;
  } rows[] = {{false, false, SandboxDecision::Recreate}, {true, false, SandboxDecision::Ignore}, {false, true, SandboxDecision::Ignore}};
  for (const Row& r : rows) {
    PodTrack pod = make_track(p);
    start(p, pod, 0);
    if (r.deleting) begin_stop(pod, true, 5, t0);
    if (r.lost_before) on_sandbox_lost(p, pod, t0);
    CHECK(on_sandbox_lost(p, pod, at(1)) == r.want);
  }
}

TEST_CASE("sandbox lost: a sandbox gone for good, then delete: the pod finishes", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Never, 1);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_sandbox_lost(p, pod, t0);
  on_exit(p, pod, 0, 137, t0, kBackoff);
  CHECK(actions(p, pod, t0) == "EndStop");
  note(p, pod, {Action::Type::EndStop}, t0);
  begin_stop(pod, true, 30, at(10));
  CHECK(actions(p, pod, at(10)) == "Finish");
}

TEST_CASE("exits: an instance that could not start restarts at once, then after back-off", "[supervisor][lifecycle]") {
  // The supervisor counts a failed launch as an instance that ran for no time (exit 128).
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always);
  PodTrack pod = make_track(p);
  auto failed_launch = [&](TimePoint now) {
    pod.containers[0].ever_started = true;
    pod.containers[0].started_at = now;
    return on_exit(p, pod, 0, 128, now, kBackoff);
  };
  ExitOutcome first = failed_launch(t0);
  CHECK(first.kind == ExitOutcome::Kind::Restart);
  CHECK(first.delay == Millis(0));
  CHECK(actions(p, pod, t0) == "Start(a)");
  ExitOutcome second = failed_launch(t0);
  CHECK(second.delay == Millis(10'000));
  CHECK(actions(p, pod, t0) == "");
  CHECK(actions(p, pod, at(10)) == "Start(a)");
}

TEST_CASE("stopping: a delete during a liveness stop keeps the shorter deadline", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, 30);
  p.containers[0].liveness_probe = probe(10, 1);
  p.containers[0].liveness_probe->termination_grace_period_seconds = 5;
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Liveness}, t0);
  CHECK(on_probe_result(p, pod, 0, ProbeKind::Liveness, false, t0).stop);
  CHECK(actions(p, pod, t0) == "Terminate(a)");
  note(p, pod, {Action::Type::Terminate, 0}, t0);
  begin_stop(pod, true, 30, at(1));  // the pod's 30 s would end later than the probe's 5 s
  CHECK(actions(p, pod, at(4.9)) == "");
  CHECK(actions(p, pod, at(5)) == "Kill(a)");
}

// ---------------------------------------------------------------------------------------------
// Single rules, one case each: what the supervisor's loop relies on between the tables above.

TEST_CASE("probes: a failed readiness probe unreadies, never stops, and readies again", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].readiness_probe = probe(1, 1);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Readiness}, t0);
  on_probe_result(p, pod, 0, ProbeKind::Readiness, true, t0);
  CHECK(pod.containers[0].ready);
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Readiness}, at(1));
  ProbeOutcome o = on_probe_result(p, pod, 0, ProbeKind::Readiness, false, at(1));
  CHECK(o.unhealthy);
  CHECK_FALSE(o.stop);
  CHECK_FALSE(pod.containers[0].ready);
  CHECK(pod.containers[0].life == Life::Running);
  note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Readiness}, at(2));
  on_probe_result(p, pod, 0, ProbeKind::Readiness, true, at(2));
  CHECK(pod.containers[0].ready);
}

TEST_CASE("probes: no liveness run before the startup probe passes", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].startup_probe = probe(1, 30);
  p.containers[0].liveness_probe = probe(1, 1);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  for (double s : {0.0, 1.0, 2.0}) {
    std::string a = actions(p, pod, at(s));
    CHECK(a == "RunProbe(a,Startup)");
    note(p, pod, {Action::Type::RunProbe, 0, ProbeKind::Startup}, at(s));
    on_probe_result(p, pod, 0, ProbeKind::Startup, false, at(s));
  }
  CHECK(pod.containers[0].life == Life::Running);  // 3 failures of 30: still starting
}

TEST_CASE("exits: an app container under OnFailure that exits 0 is done, the pod succeeds", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}}, RestartPolicy::OnFailure);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  CHECK(on_exit(p, pod, 0, 0, at(1), kBackoff).kind == ExitOutcome::Kind::Done);
  CHECK(pod_status(p, pod).phase == Phase::Running);  // b still runs
  CHECK(on_exit(p, pod, 1, 0, at(2), kBackoff).kind == ExitOutcome::Kind::Done);
  CHECK(pod_status(p, pod).phase == Phase::Succeeded);
}

TEST_CASE("exits: under Never a failed app container fails the pod once the others are done", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}}, RestartPolicy::Never);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  start(p, pod, 1);
  CHECK(on_exit(p, pod, 0, 2, at(1), kBackoff).kind == ExitOutcome::Kind::Done);
  CHECK(pod_status(p, pod).phase == Phase::Running);
  on_exit(p, pod, 1, 0, at(2), kBackoff);
  CHECK(pod_status(p, pod).phase == Phase::Failed);
}

TEST_CASE("starts: a sidecar that exits during initialization restarts before the next init container", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s", ContainerKind::Sidecar}, {"i", ContainerKind::Init}, {"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  start(p, pod, 0);  // started: no startup probe
  CHECK(actions(p, pod, t0) == "Start(i)");
  start(p, pod, 1);
  on_exit(p, pod, 0, 1, at(1), kBackoff);  // the sidecar crashes while i runs
  CHECK(actions(p, pod, at(1)) == "Start(s)");
}

// A running one-container pod with a preStop hook, deleted at t0 with `grace` seconds.
struct Deleted {
  plan::PodPlan p;
  PodTrack pod;
};
Deleted deleted_with_pre_stop(std::int64_t grace) {
  Deleted d{pod_of({{"a", ContainerKind::App}}, RestartPolicy::Always, grace), {}};
  d.p.containers[0].pre_stop = plan::HandlerPlan{};
  d.pod = make_track(d.p);
  start(d.p, d.pod, 0);
  begin_stop(d.pod, true, grace, t0);
  return d;
}

TEST_CASE("stopping: a preStop hook that fails still leads to SIGTERM", "[supervisor][lifecycle]") {
  auto [p, pod] = deleted_with_pre_stop(10);
  CHECK(actions(p, pod, t0) == "RunPreStop(a)");
  note(p, pod, {Action::Type::RunPreStop, 0}, t0);
  CHECK(actions(p, pod, at(1)) == "");  // the hook runs
  on_pre_stop_done(pod, 0);             // it failed: the same as returning
  CHECK(actions(p, pod, at(1)) == "Terminate(a)");
}

TEST_CASE("stopping: a preStop hook that hangs is cancelled at the grace period, then SIGKILL", "[supervisor][lifecycle]") {
  auto [p, pod] = deleted_with_pre_stop(3);
  note(p, pod, {Action::Type::RunPreStop, 0}, t0);
  CHECK(actions(p, pod, at(2.9)) == "");
  CHECK(actions(p, pod, at(3)) == "CancelHook(a) Kill(a)");
}

TEST_CASE("stopping: delete of a pod whose containers all exited finishes at once", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}}, RestartPolicy::Never);
  PodTrack pod = make_track(p);
  start(p, pod, 0);
  on_exit(p, pod, 0, 0, at(1), kBackoff);
  CHECK(actions(p, pod, at(1)) == "");
  begin_stop(pod, true, 30, at(5));
  CHECK(actions(p, pod, at(5)) == "Finish");
}

TEST_CASE("storage: measured every period while the pod runs, never while it stops", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  PodTrack pod = make_track(p);
  pod.storage_period = Millis(10'000);
  pod.storage_check_at = at(10);
  start(p, pod, 0);
  CHECK(actions(p, pod, at(9)) == "");
  CHECK(actions(p, pod, at(10)) == "CheckStorage");
  note(p, pod, {Action::Type::CheckStorage}, at(10));
  CHECK(next_due(p, pod) == at(20));
  begin_stop(pod, true, 30, at(15));
  CHECK(actions(p, pod, at(25)).find("CheckStorage") == std::string::npos);
}

TEST_CASE("stopping: the order compute_actions stops a pod in is the plan's teardown_order", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"s1", ContainerKind::Sidecar},
                            {"i", ContainerKind::Init},
                            {"s2", ContainerKind::Sidecar},
                            {"a", ContainerKind::App},
                            {"b", ContainerKind::App}});
  PodTrack pod = make_track(p);
  for (std::size_t k = 0; k < p.containers.size(); ++k) start(p, pod, k);
  on_exit(p, pod, 1, 0, t0, kBackoff);  // the init container is done
  begin_stop(pod, true, 30, at(1));
  std::vector<std::string> stopped;
  for (int round = 0; round < 10; ++round) {
    std::vector<Action> acts = compute_actions(p, pod, at(1));
    if (acts.empty() || acts[0].type == Action::Type::Finish) break;
    for (const Action& a : acts) {
      REQUIRE(a.type == Action::Type::Terminate);
      note(p, pod, a, at(1));
      stopped.push_back(p.containers[a.container].name);
    }
    for (const Action& a : acts) on_exit(p, pod, a.container, 143, at(1), kBackoff);
  }
  std::vector<std::string> want;
  for (const std::string& name : plan::teardown_order(p))
    if (name != "pause" && name != "i") want.push_back(name);  // i had exited; the pause holder is the supervisor's
  CHECK(stopped == want);
}
// ---------------------------------------------------------------------------------------------
// Status.

TEST_CASE("status: phase and readiness from the containers (table)", "[supervisor][lifecycle]") {
  struct Row {
    const char* story;
    RestartPolicy policy;
    Phase phase;
    bool initialized, ready;
    const char* reason;
  } rows[] = {
      {"", RestartPolicy::Always, Phase::Pending, false, false, "ContainersNotReady"},
      {"i:+", RestartPolicy::Always, Phase::Pending, false, false, "ContainersNotReady"},
      {"i:+ i:0 a:+", RestartPolicy::Always, Phase::Running, true, true, ""},
      {"i:+ i:0 a:+ a:1", RestartPolicy::Always, Phase::Running, true, false, "ContainersNotReady"},  // in back-off
      {"i:+ i:0 a:+ a:0", RestartPolicy::Never, Phase::Succeeded, true, false, "PodCompleted"},
      {"i:+ i:0 a:+ a:3", RestartPolicy::Never, Phase::Failed, true, false, "PodCompleted"},
      {"i:+ i:1", RestartPolicy::Never, Phase::Failed, false, false, "PodCompleted"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.story, plan::restart_policy_name(r.policy));
    plan::PodPlan p = pod_of({{"i", ContainerKind::Init}, {"a", ContainerKind::App}}, r.policy);
    PodTrack pod = make_track(p);
    play(p, pod, r.story, at(1));
    PodStatus s = pod_status(p, pod);
    CHECK(s.phase == r.phase);
    CHECK(s.initialized == r.initialized);
    CHECK(s.containers_ready == r.ready);
    CHECK(s.ready_reason == r.reason);
  }
}

TEST_CASE("first start settled: apply returns once every container started, or one waits in back-off (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}});
  p.containers[0].post_start = plan::HandlerPlan{};
  struct Row {
    const char* name;
    std::function<void(PodTrack&)> setup;
    bool settled;
  } rows[] = {
      {"nothing started", [](PodTrack&) {}, false},
      {"a in postStart", [&](PodTrack& t) { start(p, t, 0); }, false},
      {"a running, b not started",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_post_start_done(p, t, 0, true);
       },
       false},
      {"both running",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_post_start_done(p, t, 0, true);
         start(p, t, 1);
       },
       true},
      {"a in back-off",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_exit(p, t, 0, 1, at(1), kBackoff);
       },
       true},
      {"the pod failed", [&](PodTrack& t) { t.failed = true; }, true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    PodTrack pod = make_track(p);
    r.setup(pod);
    CHECK(first_start_settled(p, pod) == r.settled);
  }
}

TEST_CASE("first start settled: apply returns while an init container runs, as kubectl's (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"i", ContainerKind::Init}, {"s", ContainerKind::Sidecar}, {"a", ContainerKind::App}});
  struct Row {
    const char* name;
    std::function<void(PodTrack&)> setup;
    bool settled;
  } rows[] = {
      {"nothing started", [](PodTrack&) {}, false},
      {"the init container runs", [&](PodTrack& t) { start(p, t, 0); }, true},
      {"the init container done, the sidecar not started",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_exit(p, t, 0, 0, at(1), kBackoff);
       },
       false},
      {"the init container done, the sidecar runs, the app not started",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_exit(p, t, 0, 0, at(1), kBackoff);
         start(p, t, 1);
       },
       false},
      {"every container started",
       [&](PodTrack& t) {
         start(p, t, 0);
         on_exit(p, t, 0, 0, at(1), kBackoff);
         start(p, t, 1);
         start(p, t, 2);
       },
       true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    PodTrack pod = make_track(p);
    r.setup(pod);
    CHECK(first_start_settled(p, pod) == r.settled);
  }
}

TEST_CASE("next due: the earliest restart, probe, deadline or check", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}});
  p.containers[1].readiness_probe = probe(4, 3, 1, 7);
  PodTrack pod = make_track(p);
  CHECK(next_due(p, pod) == kNever);
  start(p, pod, 0);
  start(p, pod, 1);
  CHECK(next_due(p, pod) == at(7));        // b's readiness, after its initial delay
  on_exit(p, pod, 0, 1, at(1), kBackoff);  // restarts at once ...
  CHECK(next_due(p, pod) == at(1));
  start(p, pod, 0, at(1));
  on_exit(p, pod, 0, 1, at(2), kBackoff);  // ... and after 10 s the second time
  CHECK(pod.containers[0].restart_at == at(12));
  CHECK(next_due(p, pod) == at(7));
  pod.storage_check_at = at(3);
  CHECK(next_due(p, pod) == at(3));
  begin_stop(pod, true, 2, at(0.5));
  CHECK(next_due(p, pod) == at(2.5));
}

// ---------------------------------------------------------------------------------------------
// Images that apply could not pull: ErrImagePull, ImagePullBackOff, then the start.

TEST_CASE("image pulls: retried after 10, 20, 40 ... 300 s, the container starts once one succeeds", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}, {"b", ContainerKind::App}});
  p.containers[0].image_wait = plan::ImageWait{"connection refused", {}};
  PodTrack pod = make_track(p);
  CHECK(pod.containers[0].image_pending);
  // apply's pull failed: a, the first in order, does not hold b back.
  CHECK(on_pull_failed(pod, 0, at(0), kBackoff) == std::chrono::seconds(10));
  CHECK(actions(p, pod, at(0)) == "Start(b)");
  start(p, pod, 1);
  CHECK(pod_status(p, pod).phase == Phase::Pending);  // the kubelet's getPhase: a container waits
  CHECK(first_start_settled(p, pod));                 // apply returns: the pod runs, a waits
  CHECK(next_due(p, pod) == at(10));
  CHECK(actions(p, pod, at(9)) == "");
  CHECK(actions(p, pod, at(10)) == "PullImage(a)");
  note(p, pod, {Action::Type::PullImage, 0}, at(10));
  CHECK(actions(p, pod, at(11)) == "");  // one pull at a time
  CHECK(next_due(p, pod) == kNever);
  // The back-off doubles, to the cap.
  const int expected[] = {20, 40, 80, 160, 300, 300};
  for (int s : expected) {
    CHECK(on_pull_failed(pod, 0, at(10), kBackoff) == std::chrono::seconds(s));
    CHECK(pod.containers[0].pull_at == at(10 + s));
  }
  on_pulled(pod, 0);
  CHECK_FALSE(pod.containers[0].image_pending);
  CHECK(actions(p, pod, at(11)) == "Start(a)");
  start(p, pod, 0, at(11));
  CHECK(pod_status(p, pod).phase == Phase::Running);
}

TEST_CASE("image pulls: an init container waiting for its image holds back what follows (table)", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"i", ContainerKind::Init}, {"a", ContainerKind::App}});
  p.containers[0].image_wait = plan::ImageWait{"not found", {}};
  struct Row {
    const char* name;
    double when;
    bool pulled;
    const char* expected;
  } rows[] = {
      {"in back-off: nothing", 5, false, ""},
      {"back-off over: the pull, no start", 10, false, "PullImage(i)"},
      {"pulled: the init container, then the rest", 10, true, "Start(i)"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    PodTrack pod = make_track(p);
    on_pull_failed(pod, 0, at(0), kBackoff);
    if (r.pulled) on_pulled(pod, 0);
    CHECK(actions(p, pod, at(r.when)) == r.expected);
    CHECK(first_start_settled(p, pod) == !r.pulled);
    CHECK(pod_status(p, pod).phase == Phase::Pending);
  }
}

TEST_CASE("image pulls: none while the pod stops or has failed, a pull in flight holds the finish", "[supervisor][lifecycle]") {
  plan::PodPlan p = pod_of({{"a", ContainerKind::App}});
  p.containers[0].image_wait = plan::ImageWait{"429", {}};
  PodTrack pod = make_track(p);
  on_pull_failed(pod, 0, at(0), kBackoff);
  note(p, pod, {Action::Type::PullImage, 0}, at(10));
  begin_stop(pod, true, 30, at(11));
  CHECK(actions(p, pod, at(12)) == "");  // its pull is still a child of the supervisor
  on_pull_failed(pod, 0, at(12), kBackoff);
  CHECK(next_due(p, pod) == kNever);  // no pull is due; nothing runs, so the stop waits for nothing
  CHECK(actions(p, pod, at(60)) == "Finish");
  PodTrack failed = make_track(p);
  failed.failed = true;
  CHECK(actions(p, failed, at(60)) == "");
}
