// The controllers' decisions, table-tested as kube-controller-manager's sync loops are: a
// spec, what the last sync recorded, the pods that exist, and what one sync must do.
#include <catch2/catch.hpp>

#include <algorithm>

#include "plan/controllers.h"

using namespace podrun;
using namespace podrun::plan;
using Phase = OwnedPod::Phase;

namespace {

constexpr std::int64_t kNow = 1'000'000;

OwnedPod pod(const std::string& name, Phase phase, std::int64_t finished = 0) {
  OwnedPod p;
  p.name = name;
  p.phase = phase;
  p.created = kNow - 100;
  p.finished = finished;
  return p;
}

OwnedPod failed(const std::string& name, std::int64_t finished, std::vector<std::pair<std::string, int>> codes = {{"c", 1}}) {
  OwnedPod p = pod(name, Phase::Failed, finished);
  p.exit_codes = std::move(codes);
  return p;
}

JobStatus started() {
  JobStatus s;
  s.start_time = kNow - 50;
  return s;
}

}  // namespace

TEST_CASE("job: completions 5, parallelism 2 run two at a time and complete at five successes", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 5;
  spec.parallelism = 2;
  struct Row {
    const char* name;
    std::vector<OwnedPod> pods;
    int create;
    bool complete;
  };
  std::vector<Row> rows = {
      {"nothing yet: two", {}, 2, false},
      {"one running: one more", {pod("a", Phase::Running)}, 1, false},
      {"two running: none", {pod("a", Phase::Running), pod("b", Phase::Pending)}, 0, false},
      {"four done: one, not two",
       {pod("a", Phase::Succeeded), pod("b", Phase::Succeeded), pod("c", Phase::Succeeded), pod("d", Phase::Succeeded)},
       1,
       false},
      {"five done: complete",
       {pod("a", Phase::Succeeded), pod("b", Phase::Succeeded), pod("c", Phase::Succeeded), pod("d", Phase::Succeeded),
        pod("e", Phase::Succeeded)},
       0,
       true},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    JobActions a = job_actions(spec, started(), row.pods, kNow);
    CHECK(a.create == row.create);
    CHECK(a.status.complete() == row.complete);
    CHECK(a.remove.empty());
  }
}

TEST_CASE("job: success waits for running pods to stop, then says Complete", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 1;
  spec.parallelism = 2;
  JobActions a = job_actions(spec, started(), {pod("a", Phase::Succeeded), pod("b", Phase::Running)}, kNow);
  CHECK(a.remove == std::vector<std::string>{"b"});
  CHECK(find_condition(a.status.conditions, "SuccessCriteriaMet"));
  CHECK_FALSE(a.status.complete());
  JobActions b = job_actions(spec, a.status, {pod("a", Phase::Succeeded)}, kNow + 1);
  CHECK(b.status.complete());
  CHECK(b.status.completion_time == kNow + 1);
}

TEST_CASE("job: a work queue (no completions) stops starting pods once one succeeded", "[controllers][job]") {
  model::JobSpec spec;
  spec.parallelism = 3;
  CHECK(job_actions(spec, started(), {}, kNow).create == 3);
  JobActions a = job_actions(spec, started(), {pod("a", Phase::Succeeded), pod("b", Phase::Running)}, kNow);
  CHECK(a.create == 0);
  CHECK_FALSE(a.status.complete());
  CHECK(job_actions(spec, started(), {pod("a", Phase::Succeeded), pod("b", Phase::Succeeded)}, kNow).status.complete());
}

TEST_CASE("job: a failure delays the next pod by the back-off, doubling per consecutive failure", "[controllers][job]") {
  CHECK(job_backoff_seconds(0) == 0);
  CHECK(job_backoff_seconds(1) == 10);
  CHECK(job_backoff_seconds(2) == 20);
  CHECK(job_backoff_seconds(3) == 40);
  CHECK(job_backoff_seconds(10) == 360);
  model::JobSpec spec;
  spec.completions = 2;
  JobActions early = job_actions(spec, started(), {failed("a", kNow - 3)}, kNow);
  CHECK(early.create == 0);
  CHECK(early.requeue_at == kNow - 3 + 10);
  CHECK(early.status.failed == 1);
  CHECK(job_actions(spec, started(), {failed("a", kNow - 10)}, kNow).create == 1);
  // Two failures in a row: 20 s; a success after them resets the count.
  CHECK(job_actions(spec, started(), {failed("a", kNow - 15), failed("b", kNow - 12)}, kNow).create == 0);
  CHECK(
      job_actions(spec, started(), {failed("a", kNow - 30), failed("b", kNow - 25), pod("c", Phase::Succeeded, kNow - 20)}, kNow).create ==
      1);
}

TEST_CASE("job: backoffLimit exceeded fails the Job, after its running pods stop", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 3;
  spec.parallelism = 2;
  spec.backoff_limit = 1;
  JobActions a = job_actions(spec, started(), {failed("a", kNow - 30), failed("b", kNow - 5), pod("c", Phase::Running)}, kNow);
  CHECK(a.remove == std::vector<std::string>{"c"});
  const Condition* target = find_condition(a.status.conditions, "FailureTarget");
  REQUIRE(target);
  CHECK(target->reason == "BackoffLimitExceeded");
  CHECK_FALSE(a.status.failed_for_good());
  OwnedPod stopping = pod("c", Phase::Running);
  stopping.terminating = true;
  CHECK_FALSE(job_actions(spec, a.status, {failed("a", kNow - 30), failed("b", kNow - 5), stopping}, kNow).status.failed_for_good());
  JobActions b = job_actions(spec, a.status, {failed("a", kNow - 30), failed("b", kNow - 5), failed("c", kNow)}, kNow + 1);
  CHECK(b.status.failed_for_good());
  CHECK(find_condition(b.status.conditions, "Failed")->reason == "BackoffLimitExceeded");
  CHECK(b.create == 0);
  // OnFailure pods: their restarts count towards the limit.
  OwnedPod restarting = pod("r", Phase::Running);
  restarting.restarts = 2;
  CHECK(find_condition(job_actions(spec, started(), {restarting}, kNow).status.conditions, "FailureTarget"));
}

TEST_CASE("job: activeDeadlineSeconds fails it with DeadlineExceeded", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 1;
  spec.active_deadline_seconds = 30;
  JobStatus last;
  last.start_time = kNow - 10;
  JobActions before = job_actions(spec, last, {pod("a", Phase::Running)}, kNow);
  CHECK(before.remove.empty());
  CHECK(before.requeue_at == kNow + 20);
  last.start_time = kNow - 30;
  JobActions after = job_actions(spec, last, {pod("a", Phase::Running)}, kNow);
  CHECK(after.remove == std::vector<std::string>{"a"});
  CHECK(find_condition(after.status.conditions, "FailureTarget")->reason == "DeadlineExceeded");
}

TEST_CASE("job: podFailurePolicy on exit codes: FailJob, Ignore, Count", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 2;
  spec.backoff_limit = 0;
  model::PodFailureRule fail_on_42{model::PodFailureRule::Action::FailJob, true, "main", true, {42}};
  model::PodFailureRule ignore_137{model::PodFailureRule::Action::Ignore, true, "", true, {137}};
  spec.pod_failure_rules = {fail_on_42, ignore_137};
  struct Row {
    const char* name;
    std::vector<std::pair<std::string, int>> codes;
    const char* reason;  // of FailureTarget; "" none
    int counted;
  };
  std::vector<Row> rows = {
      {"42 in main: FailJob", {{"main", 42}}, "PodFailurePolicy", 1},
      {"42 in a sidecar: not that rule, counted, over the limit", {{"side", 42}}, "BackoffLimitExceeded", 1},
      {"137: ignored, a new pod", {{"main", 137}}, "", 0},
      {"3: counted", {{"main", 3}}, "BackoffLimitExceeded", 1},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    JobActions a = job_actions(spec, started(), {failed("a", kNow - 100, row.codes)}, kNow);
    const Condition* target = find_condition(a.status.conditions, "FailureTarget");
    if (*row.reason) {
      REQUIRE(target);
      CHECK(target->reason == row.reason);
    } else {
      CHECK_FALSE(target);
      CHECK(a.create == 1);  // parallelism 1
    }
    CHECK(a.status.failed == row.counted);
  }
  JobActions a = job_actions(spec, started(), {failed("a", kNow - 100, {{"main", 42}})}, kNow);
  CHECK(find_condition(a.status.conditions, "FailureTarget")->message ==
        "Container main for pod a failed with exit code 42 matching FailJob rule at index 0");
}

TEST_CASE("job: Indexed makes one pod per missing index, lowest first", "[controllers][job]") {
  model::JobSpec spec;
  spec.completions = 5;
  spec.parallelism = 3;
  spec.indexed = true;
  auto at = [](const char* name, int index, Phase phase) {
    OwnedPod p = pod(name, phase);
    p.index = index;
    return p;
  };
  JobActions a =
      job_actions(spec, started(), {at("a", 0, Phase::Succeeded), at("b", 1, Phase::Running), at("c", 2, Phase::Succeeded)}, kNow);
  CHECK(a.create_indexes == std::vector<int>{3, 4});
  CHECK(a.status.completed_indexes == "0,2");
  CHECK(a.status.succeeded == 2);
  // Two successes of one index count once.
  JobActions b = job_actions(spec, started(), {at("a", 0, Phase::Succeeded), at("a2", 0, Phase::Succeeded)}, kNow);
  CHECK(b.status.succeeded == 1);
  CHECK(index_ranges({0, 1, 2, 4, 6, 7}) == "0-2,4,6-7");
}

TEST_CASE("job: suspend stops its pods, and a finished Job waits for its TTL", "[controllers][job]") {
  model::JobSpec spec;
  spec.suspend = true;
  JobActions a = job_actions(spec, started(), {pod("a", Phase::Running)}, kNow);
  CHECK(a.remove == std::vector<std::string>{"a"});
  CHECK(find_condition(a.status.conditions, "Suspended")->status);
  CHECK(a.create == 0);

  model::JobSpec ttl;
  ttl.completions = 1;
  ttl.ttl_seconds_after_finished = 5;
  JobActions done = job_actions(ttl, started(), {pod("a", Phase::Succeeded)}, kNow);
  REQUIRE(done.status.complete());
  CHECK(done.requeue_at == kNow + 5);
  CHECK_FALSE(job_actions(ttl, done.status, {pod("a", Phase::Succeeded)}, kNow + 4).delete_job);
  CHECK(job_actions(ttl, done.status, {pod("a", Phase::Succeeded)}, kNow + 5).delete_job);
}

// ---------------------------------------------------------------------------------------------
// Deployment

namespace {

OwnedPod replica(const std::string& name, const std::string& hash, bool ready, std::int64_t ready_since = kNow - 60) {
  OwnedPod p = pod(name, Phase::Running);
  p.hash = hash;
  p.ready = ready;
  p.ready_since = ready ? ready_since : 0;
  return p;
}

int created(const DeploymentActions& a, const std::string& hash) {
  int n = 0;
  for (const auto& [h, count] : a.create)
    if (h == hash) n += count;
  return n;
}

const ReplicaSetRecord* set_of(const DeploymentStatus& s, const std::string& hash) {
  for (const auto& r : s.sets)
    if (r.hash == hash) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("deployment: the pod-template-hash is FNV-32a in the safe alphabet, stable and template-specific", "[controllers][deployment]") {
  std::string a = pod_template_hash(R"({"metadata":{"labels":{"app":"web"}}})");
  CHECK(a == pod_template_hash(R"({"metadata":{"labels":{"app":"web"}}})"));
  CHECK(a != pod_template_hash(R"({"metadata":{"labels":{"app":"web2"}}})"));
  CHECK(a.find_first_not_of("bcdfghjklmnpqrstvwxz2456789") == std::string::npos);
  CHECK(a.size() >= 8);
}

TEST_CASE("deployment: from nothing, replicas pods of the new set, and a missing one is replaced", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 3;
  DeploymentInput in{&spec, 1, R"({"v":1})", "", "web"};
  const std::string h = pod_template_hash(in.template_json);
  DeploymentActions first = deployment_actions(in, {}, {}, kNow);
  CHECK(created(first, h) == 3);
  REQUIRE(first.status.sets.size() == 1);
  CHECK(first.status.sets[0].revision == 1);
  CHECK(first.status.observed_generation == 1);
  DeploymentActions again = deployment_actions(in, first.status, {replica("a", h, true), replica("b", h, true)}, kNow);
  CHECK(created(again, h) == 1);
  DeploymentActions full =
      deployment_actions(in, again.status, {replica("a", h, true), replica("b", h, true), replica("c", h, true)}, kNow);
  CHECK(full.create.empty());
  CHECK(full.remove.empty());
  CHECK(full.status.available == 3);
  CHECK(find_condition(full.status.conditions, "Progressing")->reason == "NewReplicaSetAvailable");
  CHECK(find_condition(full.status.conditions, "Available")->status);
  CHECK(rollout_state("web", spec, 1, full.status).done);
}

TEST_CASE("deployment: scaling down removes the most deletable pods first", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 1;
  DeploymentInput in{&spec, 2, R"({"v":1})", "", "web"};
  const std::string h = pod_template_hash(in.template_json);
  DeploymentStatus last;
  last.sets = {{h, "u", 1, 3, in.template_json, "", kNow - 100}};
  DeploymentActions a = deployment_actions(
      in, last, {replica("old-ready", h, true, kNow - 50), replica("unready", h, false), replica("new-ready", h, true, kNow - 5)}, kNow);
  std::vector<std::string> removed = a.remove;
  std::sort(removed.begin(), removed.end());
  CHECK(removed == std::vector<std::string>{"new-ready", "unready"});
}

TEST_CASE("deployment: a rolling update with maxUnavailable 0 never goes below replicas available", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 3;
  spec.max_surge = {1, false};
  spec.max_unavailable = {0, false};
  DeploymentInput v1{&spec, 1, R"({"v":1})", "", "web"};
  DeploymentInput v2{&spec, 2, R"({"v":2})", "", "web"};
  const std::string h1 = pod_template_hash(v1.template_json), h2 = pod_template_hash(v2.template_json);
  DeploymentStatus last;
  last.sets = {{h1, "u1", 1, 3, v1.template_json, "", kNow - 100}};
  // The simulation: every sync, the decision carried out; new pods become Ready (and
  // available) one sync later. Old pods are gone as soon as they are removed.
  std::vector<OwnedPod> pods = {replica("o1", h1, true), replica("o2", h1, true), replica("o3", h1, true)};
  int made = 0;
  for (int step = 0; step < 40; ++step) {
    std::int64_t now = kNow + step;
    DeploymentActions a = deployment_actions(v2, last, pods, now);
    int available = 0;
    for (const auto& p : pods) available += p.ready ? 1 : 0;
    INFO("step " << step);
    CHECK(available >= 3);                      // maxUnavailable 0
    CHECK(static_cast<int>(pods.size()) <= 4);  // maxSurge 1
    for (auto& p : pods)
      if (!p.ready) {
        p.ready = true;
        p.ready_since = now;
      }
    for (const auto& n : a.remove)
      pods.erase(std::remove_if(pods.begin(), pods.end(), [&](const OwnedPod& p) { return p.name == n; }), pods.end());
    for (const auto& [h, count] : a.create)
      for (int i = 0; i < count; ++i) pods.push_back(replica("n" + std::to_string(made++), h, false));
    last = a.status;
    if (rollout_state("web", spec, 2, last).done) break;
  }
  CHECK(rollout_state("web", spec, 2, last).done);
  CHECK(std::all_of(pods.begin(), pods.end(), [&](const OwnedPod& p) { return p.hash == h2; }));
  CHECK(pods.size() == 3);
  REQUIRE(set_of(last, h1));
  CHECK(set_of(last, h1)->replicas == 0);
  CHECK(set_of(last, h2)->revision == 2);
}

TEST_CASE("deployment: Recreate starts no new pod while an old one exists", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 2;
  spec.strategy = model::DeploymentSpec::Strategy::Recreate;
  DeploymentInput v2{&spec, 2, R"({"v":2})", "", "web"};
  const std::string h1 = pod_template_hash(R"({"v":1})"), h2 = pod_template_hash(v2.template_json);
  DeploymentStatus last;
  last.sets = {{h1, "u1", 1, 2, R"({"v":1})", "", kNow - 100}};
  DeploymentActions a = deployment_actions(v2, last, {replica("o1", h1, true), replica("o2", h1, true)}, kNow);
  CHECK(a.remove.size() == 2);
  CHECK(created(a, h2) == 0);
  OwnedPod going = replica("o1", h1, true);
  going.terminating = true;
  CHECK(created(deployment_actions(v2, a.status, {going}, kNow + 1), h2) == 0);
  CHECK(created(deployment_actions(v2, a.status, {}, kNow + 2), h2) == 2);
}

TEST_CASE("deployment: minReadySeconds, history limit, undo's revision, the progress deadline", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 1;
  spec.min_ready_seconds = 10;
  DeploymentInput in{&spec, 1, R"({"v":1})", "", "web"};
  const std::string h = pod_template_hash(in.template_json);
  DeploymentActions first = deployment_actions(in, {}, {replica("a", h, true, kNow - 3)}, kNow);
  CHECK(first.status.available == 0);
  CHECK(first.requeue_at == kNow + 7);
  CHECK(deployment_actions(in, first.status, {replica("a", h, true, kNow - 10)}, kNow).status.available == 1);

  // History: revisionHistoryLimit old sets without pods are kept, older ones forgotten.
  spec.revision_history_limit = 1;
  DeploymentStatus many;
  many.sets = {{"h1", "1", 1, 0, "{}", "", 0}, {"h2", "2", 2, 0, "{}", "", 0}, {"h3", "3", 3, 0, "{}", "", 0}};
  DeploymentActions trimmed = deployment_actions(in, many, {}, kNow);
  CHECK(trimmed.status.sets.size() == 2);  // h3 (the last old one) and the new set
  CHECK(set_of(trimmed.status, "h3"));
  CHECK(set_of(trimmed.status, h)->revision == 4);

  // An old template again (rollout undo): its set comes back with the next revision.
  DeploymentStatus back;
  back.sets = {{h, "1", 1, 0, in.template_json, "", 0}, {"other", "2", 2, 1, "{}", "", 0}};
  CHECK(set_of(deployment_actions(in, back, {}, kNow).status, h)->revision == 3);

  // No progress for progressDeadlineSeconds: ProgressDeadlineExceeded, and rollout status fails.
  spec.progress_deadline_seconds = 30;
  DeploymentActions stuck = deployment_actions(in, {}, {}, kNow);
  std::vector<OwnedPod> pending = {replica("p", h, false)};
  DeploymentActions later = deployment_actions(in, stuck.status, pending, kNow + 1);
  later = deployment_actions(in, later.status, pending, kNow + 40);
  CHECK(find_condition(later.status.conditions, "Progressing")->reason == "ProgressDeadlineExceeded");
  CHECK(rollout_state("web", spec, 1, later.status).failed);
}

TEST_CASE("deployment: rollout status says what kubectl says", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 3;
  DeploymentStatus s;
  s.observed_generation = 1;
  CHECK(rollout_state("web", spec, 2, s).message == "Waiting for deployment spec update to be observed...");
  s.updated = 1;
  CHECK(rollout_state("web", spec, 1, s).message ==
        "Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...");
  s.updated = 3;
  s.replicas = 4;
  CHECK(rollout_state("web", spec, 1, s).message ==
        "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination...");
  s.replicas = 3;
  s.available = 2;
  CHECK(rollout_state("web", spec, 1, s).message ==
        "Waiting for deployment \"web\" rollout to finish: 2 of 3 updated replicas are available...");
  s.available = 3;
  CHECK(rollout_state("web", spec, 1, s).done);
}

// ---------------------------------------------------------------------------------------------
// CronJob

namespace {

// Every minute, on the minute (the schedule's part, as model/cron.h would answer).
std::int64_t every_minute(std::int64_t t) { return (t / 60 + 1) * 60; }

OwnedJob run(const std::string& name, std::int64_t scheduled, bool finished, bool succeeded = true) {
  OwnedJob j;
  j.name = name;
  j.scheduled = j.created = scheduled;
  j.finished = finished;
  j.succeeded = finished && succeeded;
  j.finished_at = finished ? scheduled + 5 : 0;
  return j;
}

}  // namespace

TEST_CASE("cronjob: a run at each scheduled time, once, and missed ones are not made up for", "[controllers][cronjob]") {
  model::CronJobSpec spec;
  const std::int64_t t0 = 1'000'020;  // 20 s past a minute
  // Created just now: nothing due before the next minute.
  CronJobActions a = cronjob_actions(spec, {}, t0, {}, every_minute, t0 + 10);
  CHECK(a.create_for == 0);
  CHECK(a.requeue_at == 1'000'080);
  // The minute has come: one run for it.
  CronJobActions b = cronjob_actions(spec, {}, t0, {}, every_minute, 1'000'081);
  CHECK(b.create_for == 1'000'080);
  CHECK(b.status.last_schedule == 1'000'080);
  CHECK(b.requeue_at == 1'000'140);
  // Seen again with its Job there: nothing new.
  CHECK(cronjob_actions(spec, b.status, t0, {run("j1", 1'000'080, false)}, every_minute, 1'000'090).create_for == 0);
  // Ten minutes missed (the controller was down): only the latest runs.
  CronJobActions late = cronjob_actions(spec, b.status, t0, {run("j1", 1'000'080, true)}, every_minute, 1'000'080 + 600 + 7);
  CHECK(late.create_for == 1'000'080 + 600);
  // Suspended: nothing.
  spec.suspend = true;
  CHECK(cronjob_actions(spec, b.status, t0, {}, every_minute, 1'000'080 + 600).create_for == 0);
}

TEST_CASE("cronjob: concurrencyPolicy Allow, Forbid and Replace with a run still active", "[controllers][cronjob]") {
  CronJobStatus last;
  last.last_schedule = 1'000'080;
  std::vector<OwnedJob> jobs = {run("j1", 1'000'080, false)};
  const std::int64_t now = 1'000'141;
  model::CronJobSpec spec;
  spec.concurrency = model::CronJobSpec::Concurrency::Allow;
  CronJobActions allow = cronjob_actions(spec, last, 0, jobs, every_minute, now);
  CHECK(allow.create_for == 1'000'140);
  CHECK(allow.remove.empty());
  spec.concurrency = model::CronJobSpec::Concurrency::Forbid;
  CronJobActions forbid = cronjob_actions(spec, last, 0, jobs, every_minute, now);
  CHECK(forbid.create_for == 0);
  CHECK_FALSE(forbid.skipped.empty());
  CHECK(forbid.status.active == std::vector<std::string>{"j1"});
  spec.concurrency = model::CronJobSpec::Concurrency::Replace;
  CronJobActions replace = cronjob_actions(spec, last, 0, jobs, every_minute, now);
  CHECK(replace.create_for == 1'000'140);
  CHECK(replace.remove == std::vector<std::string>{"j1"});
}

TEST_CASE("cronjob: startingDeadlineSeconds, and the history limits", "[controllers][cronjob]") {
  model::CronJobSpec spec;
  spec.starting_deadline_seconds = 10;
  CronJobStatus last;
  last.last_schedule = 1'000'080;
  CronJobActions late = cronjob_actions(spec, last, 0, {}, every_minute, 1'000'140 + 30);
  CHECK(late.create_for == 0);
  CHECK_FALSE(late.skipped.empty());
  CHECK(cronjob_actions(spec, last, 0, {}, every_minute, 1'000'140 + 5).create_for == 1'000'140);

  model::CronJobSpec history;
  history.successful_history = 2;
  history.failed_history = 1;
  std::vector<OwnedJob> jobs = {run("ok1", 1'000'000, true), run("ok2", 1'000'060, true), run("ok3", 1'000'120, true),
                                run("bad1", 999'880, true, false), run("bad2", 999'940, true, false)};
  CronJobStatus s;
  s.last_schedule = 1'000'120;
  CronJobActions a = cronjob_actions(history, s, 0, jobs, every_minute, 1'000'130);
  std::vector<std::string> removed = a.remove;
  std::sort(removed.begin(), removed.end());
  CHECK(removed == std::vector<std::string>{"bad1", "ok1"});
  CHECK(a.status.last_successful == 1'000'125);
}

TEST_CASE("daemonset: OnDelete makes the new template's pod only when the old one is deleted", "[controllers][deployment]") {
  model::DeploymentSpec spec;
  spec.replicas = 1;
  spec.strategy = model::DeploymentSpec::Strategy::OnDelete;
  DeploymentInput v2{&spec, 2, R"({"v":2})", "", "agent"};
  const std::string h1 = pod_template_hash(R"({"v":1})"), h2 = pod_template_hash(v2.template_json);
  DeploymentStatus last;
  last.sets = {{h1, "u1", 1, 1, R"({"v":1})", "", kNow - 100}};
  DeploymentActions kept = deployment_actions(v2, last, {replica("old", h1, true)}, kNow);
  CHECK(kept.remove.empty());
  CHECK(created(kept, h2) == 0);
  DeploymentActions after = deployment_actions(v2, kept.status, {}, kNow + 1);
  CHECK(created(after, h1) == 0);
  CHECK(created(after, h2) == 1);
  CHECK(rollout_state("agent", spec, 2, after.status, true).message ==
        "Waiting for daemon set \"agent\" rollout to finish: 0 out of 1 new pods have been updated...");
}

namespace {

// A StatefulSet's pod <set>-<ordinal> of `revision`, Running (Ready since long ago) or not.
OwnedPod member(const std::string& name, const std::string& revision, bool ready, Phase phase = Phase::Running) {
  OwnedPod p = pod(name, phase);
  p.hash = revision;
  p.ready = ready;
  p.ready_since = ready ? kNow - 60 : 0;
  return p;
}

std::vector<int> ordinals(const StatefulSetActions& a) {
  std::vector<int> out;
  for (const auto& [ordinal, revision] : a.create) out.push_back(ordinal);
  return out;
}

}  // namespace

TEST_CASE("statefulset: ordinal names only", "[controllers][statefulset]") {
  CHECK(statefulset_ordinal("web", "web-0") == 0);
  CHECK(statefulset_ordinal("web", "web-12") == 12);
  CHECK_FALSE(statefulset_ordinal("web", "web-"));
  CHECK_FALSE(statefulset_ordinal("web", "web-01"));
  CHECK_FALSE(statefulset_ordinal("web", "web-x-0"));
  CHECK_FALSE(statefulset_ordinal("web", "webs-0"));
}

TEST_CASE("statefulset: OrderedReady makes one ordinal at a time, each after the lower ones are Ready", "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 3;
  StatefulSetInput in{&spec, 1, R"({"v":1})", "web"};
  const std::string rev = "web-" + pod_template_hash(in.template_json);
  StatefulSetActions a = statefulset_actions(in, {}, {}, kNow);
  CHECK(ordinals(a) == std::vector<int>{0});
  CHECK(a.create[0].second == rev);
  CHECK(a.status.update_revision == rev);
  CHECK(a.status.current_revision == rev);
  // web-0 is Running but not Ready: nothing more.
  CHECK(statefulset_actions(in, a.status, {member("web-0", rev, false)}, kNow).create.empty());
  // Ready: web-1 next; then web-2.
  CHECK(ordinals(statefulset_actions(in, a.status, {member("web-0", rev, true)}, kNow)) == std::vector<int>{1});
  StatefulSetActions b = statefulset_actions(in, a.status, {member("web-0", rev, true), member("web-1", rev, true)}, kNow);
  CHECK(ordinals(b) == std::vector<int>{2});
  // All three: nothing to do, and the status counts them.
  StatefulSetActions c =
      statefulset_actions(in, b.status, {member("web-0", rev, true), member("web-1", rev, true), member("web-2", rev, true)}, kNow);
  CHECK(c.create.empty());
  CHECK(c.remove.empty());
  CHECK(c.status.ready == 3);
  CHECK(c.status.current == 3);
  CHECK(statefulset_rollout_state("web", spec, 1, c.status).done);
  // A lost middle pod is made again, with the same name, before anything above it moves.
  CHECK(ordinals(statefulset_actions(in, c.status, {member("web-0", rev, true), member("web-2", rev, true)}, kNow)) == std::vector<int>{1});
}

TEST_CASE("statefulset: Parallel makes every missing ordinal at once", "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 3;
  spec.parallel = true;
  spec.ordinals_start = 5;
  StatefulSetInput in{&spec, 1, R"({"v":1})", "db"};
  CHECK(ordinals(statefulset_actions(in, {}, {}, kNow)) == std::vector<int>{5, 6, 7});
}

TEST_CASE("statefulset: an ended pod is removed and made again, and minReadySeconds holds the next", "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 2;
  spec.min_ready_seconds = 120;
  StatefulSetInput in{&spec, 1, R"({"v":1})", "web"};
  const std::string rev = "web-" + pod_template_hash(in.template_json);
  StatefulSetActions a = statefulset_actions(in, {}, {member("web-0", rev, false, Phase::Failed)}, kNow);
  CHECK(a.remove == std::vector<std::string>{"web-0"});
  CHECK(a.create.empty());
  // Ready for 60 s of the 120 required: web-1 waits, and the sync comes back when it is due.
  StatefulSetActions b = statefulset_actions(in, a.status, {member("web-0", rev, true)}, kNow);
  CHECK(b.create.empty());
  CHECK(b.requeue_at == kNow + 60);
}

TEST_CASE("statefulset: scaling down removes the highest ordinal first, one at a time", "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 1;
  StatefulSetInput in{&spec, 2, R"({"v":1})", "web"};
  const std::string rev = "web-" + pod_template_hash(in.template_json);
  std::vector<OwnedPod> pods = {member("web-0", rev, true), member("web-1", rev, true), member("web-2", rev, true)};
  CHECK(statefulset_actions(in, {}, pods, kNow).remove == std::vector<std::string>{"web-2"});
  pods[2].terminating = true;
  CHECK(statefulset_actions(in, {}, pods, kNow).remove.empty());  // waits for web-2 to go
  spec.parallel = true;
  CHECK(statefulset_actions(in, {}, pods, kNow).remove == std::vector<std::string>{"web-1"});
}

TEST_CASE("statefulset: a rolling update replaces from the highest ordinal down to the partition", "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 3;
  StatefulSetInput v1{&spec, 1, R"({"v":1})", "web"};
  const std::string r1 = "web-" + pod_template_hash(v1.template_json);
  StatefulSetActions done =
      statefulset_actions(v1, {}, {member("web-0", r1, true), member("web-1", r1, true), member("web-2", r1, true)}, kNow);
  StatefulSetInput v2{&spec, 2, R"({"v":2})", "web"};
  const std::string r2 = "web-" + pod_template_hash(v2.template_json);
  std::vector<OwnedPod> pods = {member("web-0", r1, true), member("web-1", r1, true), member("web-2", r1, true)};
  StatefulSetActions a = statefulset_actions(v2, done.status, pods, kNow);
  CHECK(a.remove == std::vector<std::string>{"web-2"});
  CHECK(a.status.update_revision == r2);
  CHECK(a.status.current_revision == r1);
  CHECK(a.status.revisions.size() == 2);
  CHECK(statefulset_rollout_state("web", spec, 2, a.status).message ==
        "waiting for statefulset rolling update to complete 0 pods at revision " + r2 + "...");
  // web-2 gone: made again of the new revision.
  pods.pop_back();
  StatefulSetActions b = statefulset_actions(v2, a.status, pods, kNow);
  REQUIRE(b.create.size() == 1);
  CHECK(b.create[0] == std::make_pair(2, r2));
  // web-2 new but not Ready: web-1 waits.
  pods.push_back(member("web-2", r2, false));
  CHECK(statefulset_actions(v2, b.status, pods, kNow).remove.empty());
  pods[2].ready = true;
  pods[2].ready_since = kNow - 10;
  CHECK(statefulset_actions(v2, b.status, pods, kNow).remove == std::vector<std::string>{"web-1"});
  // All on r2 and Ready: r2 becomes the current revision.
  pods = {member("web-0", r2, true), member("web-1", r2, true), member("web-2", r2, true)};
  StatefulSetActions c = statefulset_actions(v2, b.status, pods, kNow);
  CHECK(c.status.current_revision == r2);
  CHECK(statefulset_rollout_state("web", spec, 2, c.status).message ==
        "statefulset rolling update complete 3 pods at revision " + r2 + "...");

  // partition 2: only web-2 moves; web-0 and web-1, made again, keep the current revision.
  spec.partition = 2;
  pods = {member("web-0", r1, true), member("web-1", r1, true), member("web-2", r2, true)};
  StatefulSetActions p = statefulset_actions(v2, a.status, pods, kNow);
  CHECK(p.remove.empty());
  CHECK(statefulset_rollout_state("web", spec, 2, p.status).message == "partitioned roll out complete: 1 new pods have been updated...");
  pods.erase(pods.begin() + 1);
  StatefulSetActions q = statefulset_actions(v2, a.status, pods, kNow);
  REQUIRE(q.create.size() == 1);
  CHECK(q.create[0] == std::make_pair(1, r1));

  // maxUnavailable 2 (with Parallel): two at a time.
  spec.partition = 0;
  spec.parallel = true;
  spec.max_unavailable = {2, false};
  pods = {member("web-0", r1, true), member("web-1", r1, true), member("web-2", r1, true)};
  CHECK(statefulset_actions(v2, done.status, pods, kNow).remove == std::vector<std::string>{"web-2", "web-1"});
  // OnDelete: nothing is replaced by the controller.
  spec.strategy = model::StatefulSetSpec::Strategy::OnDelete;
  CHECK(statefulset_actions(v2, done.status, pods, kNow).remove.empty());
}

TEST_CASE("statefulset: whenScaled Delete removes the claims of ordinals scaled away, once their pod is gone",
          "[controllers][statefulset]") {
  model::StatefulSetSpec spec;
  spec.replicas = 1;
  spec.claims = {"data"};
  std::vector<std::string> existing = {"data-web-0", "data-web-1", "data-web-2", "data-webx-1", "other-web-2"};
  CHECK(condemned_claims(spec, "web", existing, {}).empty());  // Retain
  spec.delete_claims_when_scaled = true;
  CHECK(condemned_claims(spec, "web", existing, {member("web-2", "r", true)}) == std::vector<std::string>{"data-web-1"});
}
