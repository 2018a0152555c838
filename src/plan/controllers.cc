#include "plan/controllers.h"

#include <algorithm>
#include <map>
#include <set>

namespace podrun::plan {

const Condition* find_condition(const std::vector<Condition>& conditions, const std::string& type) {
  for (const auto& c : conditions)
    if (c.type == type) return &c;
  return nullptr;
}

namespace {

// Sets (or changes) a condition; its transition time moves only when its status does.
void set_condition(std::vector<Condition>& conditions, Condition c, std::int64_t now) {
  for (auto& have : conditions)
    if (have.type == c.type) {
      if (have.status != c.status) have.last_transition = now;
      if (have.status != c.status || have.reason != c.reason || have.message != c.message) have.last_update = now;
      have.status = c.status;
      have.reason = c.reason;
      have.message = c.message;
      return;
    }
  c.last_transition = c.last_update = now;
  conditions.push_back(std::move(c));
}

bool has_true(const std::vector<Condition>& conditions, const std::string& type) {
  const Condition* c = find_condition(conditions, type);
  return c && c->status;
}

// The order in which the ReplicaSet controller deletes pods (controller.ActivePods, most
// deletable first): not Ready before Ready, Ready more recently before longer, more restarts
// before fewer, newer before older.
bool delete_first(const OwnedPod* a, const OwnedPod* b) {
  if (a->ready != b->ready) return !a->ready;
  if (a->ready && a->ready_since != b->ready_since) return a->ready_since > b->ready_since;
  if (a->restarts != b->restarts) return a->restarts > b->restarts;
  if (a->created != b->created) return a->created > b->created;
  return a->name > b->name;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Job

bool JobStatus::complete() const { return has_true(conditions, "Complete"); }
bool JobStatus::failed_for_good() const { return has_true(conditions, "Failed"); }

std::int64_t job_backoff_seconds(int failures) {
  if (failures <= 0) return 0;
  std::int64_t d = 10;
  for (int i = 1; i < failures && d < 360; ++i) d *= 2;
  return std::min<std::int64_t>(d, 360);
}

std::string index_ranges(const std::vector<int>& idx) {
  std::string out;
  for (std::size_t i = 0; i < idx.size();) {
    std::size_t j = i;
    while (j + 1 < idx.size() && idx[j + 1] == idx[j] + 1) ++j;
    out += (out.empty() ? "" : ",") + std::to_string(idx[i]) + (j > i ? "-" + std::to_string(idx[j]) : "");
    i = j + 1;
  }
  return out;
}

namespace {

// The first podFailurePolicy rule a failed pod matches (its containers' non-zero exit codes),
// or nullptr: then it counts towards backoffLimit.
const model::PodFailureRule* matching_rule(const model::JobSpec& spec, const OwnedPod& pod, std::string* container, int* code) {
  for (const auto& rule : spec.pod_failure_rules) {
    if (!rule.on_exit_codes) continue;
    for (const auto& [name, exit_code] : pod.exit_codes) {
      if (!rule.container.empty() && rule.container != name) continue;
      bool listed = std::find(rule.values.begin(), rule.values.end(), exit_code) != rule.values.end();
      if (listed == rule.in) {
        *container = name;
        *code = exit_code;
        return &rule;
      }
    }
  }
  return nullptr;
}

}  // namespace

JobActions job_actions(const model::JobSpec& spec, const JobStatus& last, const std::vector<OwnedPod>& pods, std::int64_t now) {
  JobActions out;
  JobStatus& st = out.status;
  st = last;
  // 0. A finished Job only waits for its TTL.
  if (last.finished()) {
    if (spec.ttl_seconds_after_finished) {
      std::int64_t finished = last.completion_time;
      for (const auto& c : last.conditions)
        if ((c.type == "Complete" || c.type == "Failed") && c.status) finished = std::max(finished, c.last_transition);
      std::int64_t at = finished + *spec.ttl_seconds_after_finished;
      if (now >= at) out.delete_job = true;
      else out.requeue_at = at;
    }
    // Whatever still runs (an excess pod) is stopped.
    for (const auto& p : pods)
      if (p.active()) out.remove.push_back(p.name);
    return out;
  }

  // 1. Count: active, ready, terminating; succeeded (distinct indexes for Indexed); failed, as
  //    podFailurePolicy says (Ignore: not counted; FailJob: the Job fails now).
  std::vector<const OwnedPod*> active;
  std::set<int> done_indexes, active_indexes;
  int succeeded = 0, failed = 0, restarts = 0, failures_since_success = 0;
  std::int64_t last_success = 0, last_failure = 0;
  std::string fail_job_message;
  for (const auto& p : pods)
    if (p.phase == OwnedPod::Phase::Succeeded) last_success = std::max(last_success, p.finished);
  st.terminating = 0;
  for (const auto& p : pods) {
    if (p.terminating && p.phase != OwnedPod::Phase::Succeeded && p.phase != OwnedPod::Phase::Failed) {
      ++st.terminating;
      continue;
    }
    if (p.active()) {
      active.push_back(&p);
      restarts += p.restarts;
      if (p.index) active_indexes.insert(*p.index);
      continue;
    }
    if (p.phase == OwnedPod::Phase::Succeeded) {
      if (!spec.indexed) ++succeeded;
      else if (p.index && *p.index >= 0 && spec.completions && *p.index < *spec.completions) done_indexes.insert(*p.index);
      continue;
    }
    std::string container;
    int code = 0;
    const model::PodFailureRule* rule = matching_rule(spec, p, &container, &code);
    if (rule && rule->action == model::PodFailureRule::Action::Ignore) continue;
    if (rule && rule->action == model::PodFailureRule::Action::FailJob && fail_job_message.empty()) {
      std::size_t at = static_cast<std::size_t>(rule - spec.pod_failure_rules.data());
      fail_job_message = "Container " + container + " for pod " + p.name + " failed with exit code " + std::to_string(code) +
                         " matching FailJob rule at index " + std::to_string(at);
    }
    ++failed;
    last_failure = std::max(last_failure, p.finished);
    if (p.finished >= last_success) ++failures_since_success;
  }
  if (spec.indexed) succeeded = static_cast<int>(done_indexes.size());
  st.succeeded = succeeded;
  st.failed = failed;
  st.active = static_cast<int>(active.size());
  st.ready = static_cast<int>(std::count_if(active.begin(), active.end(), [](const OwnedPod* p) { return p->ready; }));
  if (spec.indexed) st.completed_indexes = index_ranges(std::vector<int>(done_indexes.begin(), done_indexes.end()));

  // 2. Suspended: nothing runs, the clock of activeDeadlineSeconds stops.
  if (spec.suspend) {
    for (const OwnedPod* p : active) out.remove.push_back(p->name);
    set_condition(st.conditions, {"Suspended", true, "JobSuspended", "Job suspended"}, now);
    st.start_time = 0;
    return out;
  }
  if (const Condition* s = find_condition(st.conditions, "Suspended"); s && s->status)
    set_condition(st.conditions, {"Suspended", false, "JobResumed", "Job resumed"}, now);
  if (st.start_time == 0) st.start_time = now;

  // 3. Finished? Failure first (FailJob rule, backoffLimit, deadline), then success. Kubernetes
  //    1.31+ says so at once (FailureTarget, SuccessCriteriaMet) and sets Failed or Complete
  //    once no pod runs any more.
  std::string fail_reason, fail_message;
  if (!fail_job_message.empty()) {
    fail_reason = "PodFailurePolicy";
    fail_message = fail_job_message;
  } else if (failed + restarts > spec.backoff_limit) {
    fail_reason = "BackoffLimitExceeded";
    fail_message = "Job has reached the specified backoff limit";
  } else if (spec.active_deadline_seconds && now - st.start_time >= *spec.active_deadline_seconds) {
    fail_reason = "DeadlineExceeded";
    fail_message = "Job was active longer than specified deadline";
  }
  if (const Condition* target = find_condition(st.conditions, "FailureTarget"); target && target->status) {
    fail_reason = target->reason;
    fail_message = target->message;
  }
  bool success = !spec.completions ? succeeded > 0 && active.empty() : succeeded >= *spec.completions;
  if (has_true(st.conditions, "SuccessCriteriaMet")) success = true;
  if (!fail_reason.empty() && !has_true(st.conditions, "SuccessCriteriaMet")) {
    set_condition(st.conditions, {"FailureTarget", true, fail_reason, fail_message}, now);
    for (const OwnedPod* p : active) out.remove.push_back(p->name);
    if (active.empty() && st.terminating == 0) set_condition(st.conditions, {"Failed", true, fail_reason, fail_message}, now);
    return out;
  }
  if (success) {
    set_condition(st.conditions, {"SuccessCriteriaMet", true, "CompletionsReached", "Reached expected number of succeeded pods"}, now);
    for (const OwnedPod* p : active) out.remove.push_back(p->name);
    if (active.empty() && st.terminating == 0) {
      set_condition(st.conditions, {"Complete", true, "CompletionsReached", "Reached expected number of succeeded pods"}, now);
      st.completion_time = now;
      if (spec.ttl_seconds_after_finished) out.requeue_at = now + *spec.ttl_seconds_after_finished;
    }
    return out;
  }

  // 4. How many should run: parallelism, but no more than the completions still missing; a
  //    work queue (no completions) starts none once one pod has succeeded.
  int want;
  if (!spec.completions) want = succeeded > 0 ? 0 : spec.parallelism;
  else want = std::min(spec.parallelism, *spec.completions - succeeded);
  want = std::max(want, 0);
  if (spec.active_deadline_seconds) out.requeue_at = st.start_time + *spec.active_deadline_seconds;

  // 5. Too many (parallelism lowered): the most deletable go.
  if (static_cast<int>(active.size()) > want) {
    std::vector<const OwnedPod*> order = active;
    std::sort(order.begin(), order.end(), delete_first);
    for (int i = 0; i < static_cast<int>(active.size()) - want; ++i) out.remove.push_back(order[i]->name);
    return out;
  }
  // 6. Too few: after a failure, not before the back-off has passed (measured from the last
  //    failure; consecutive failures since the last success double it).
  int missing = want - static_cast<int>(active.size()) - st.terminating;
  if (missing <= 0) return out;
  if (failures_since_success > 0) {
    std::int64_t at = last_failure + job_backoff_seconds(failures_since_success);
    if (now < at) {
      out.requeue_at = out.requeue_at ? std::min(out.requeue_at, at) : at;
      return out;
    }
  }
  if (!spec.indexed) {
    out.create = missing;
    return out;
  }
  for (int i = 0; i < *spec.completions && missing > 0; ++i)
    if (!done_indexes.count(i) && !active_indexes.count(i)) {
      out.create_indexes.push_back(i);
      --missing;
    }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deployment

std::string pod_template_hash(const std::string& template_json) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : template_json) {
    h ^= c;
    h *= 16777619u;
  }
  // rand.SafeEncodeString: each character of the decimal number mapped into an alphabet
  // without vowels (no words) and without characters that look alike.
  static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
  std::string digits = std::to_string(h), out;
  for (char c : digits) out += alphabet[static_cast<unsigned char>(c) % (sizeof alphabet - 1)];
  return out;
}

namespace {

bool available(const OwnedPod& p, int min_ready_seconds, std::int64_t now) {
  return p.active() && p.ready && p.ready_since > 0 && now - p.ready_since >= min_ready_seconds;
}

}  // namespace

DeploymentActions deployment_actions(const DeploymentInput& in, const DeploymentStatus& last, const std::vector<OwnedPod>& pods,
                                     std::int64_t now) {
  const model::DeploymentSpec& spec = *in.spec;
  DeploymentActions out;
  DeploymentStatus& st = out.status;
  st = last;
  std::vector<ReplicaSetRecord>& sets = st.sets;
  auto max_revision = [&] {
    int m = 0;
    for (const auto& s : sets) m = std::max(m, s.revision);
    return m;
  };

  // 1. The new ReplicaSet: the one of the current template (an old one comes back with a new
  //    revision, as after `rollout undo`). A paused Deployment rolls nothing out: its newest
  //    set stays the new one.
  const std::string hash = pod_template_hash(in.template_json);
  ReplicaSetRecord* fresh = nullptr;
  for (auto& s : sets)
    if (s.hash == hash) fresh = &s;
  if (spec.paused && !fresh && !sets.empty()) {
    fresh = &*std::max_element(sets.begin(), sets.end(), [](const auto& a, const auto& b) { return a.revision < b.revision; });
  } else if (!fresh) {
    sets.push_back({hash, "", max_revision() + 1, 0, in.template_json, in.change_cause, now});
    fresh = &sets.back();
  } else if (fresh->revision != max_revision()) {
    fresh->revision = max_revision() + 1;
    fresh->change_cause = in.change_cause;
  }
  const std::string fresh_hash = fresh->hash;
  auto is_new = [&](const ReplicaSetRecord& s) { return s.hash == fresh_hash; };

  // 2. The pods of each set: running ones (not being deleted); any pod of no set, or one that
  //    ended (a Deployment's pods always restart, so only an eviction ends one), goes.
  std::map<std::string, std::vector<const OwnedPod*>> alive;
  std::map<std::string, int> terminating, available_by_set;
  for (const auto& p : pods) {
    bool known = std::any_of(sets.begin(), sets.end(), [&](const auto& s) { return s.hash == p.hash; });
    if (p.terminating) {
      ++terminating[p.hash];
      continue;
    }
    if (!known || !p.active()) {
      out.remove.push_back(p.name);
      continue;
    }
    alive[p.hash].push_back(&p);
    if (available(p, spec.min_ready_seconds, now)) ++available_by_set[p.hash];
    else if (p.ready && p.ready_since > 0) {
      std::int64_t at = p.ready_since + spec.min_ready_seconds;
      out.requeue_at = out.requeue_at ? std::min(out.requeue_at, at) : at;
    }
  }
  auto sum_replicas = [&] {
    int n = 0;
    for (const auto& s : sets) n += s.replicas;
    return n;
  };
  int total_available = 0;
  for (const auto& [h, n] : available_by_set) total_available += n;
  int old_replicas_before = 0;
  for (const auto& s : sets)
    if (!is_new(s)) old_replicas_before += s.replicas;

  // 3. The strategy moves replicas from the old sets to the new one.
  const int replicas = spec.replicas;
  bool scaled = false;
  if (spec.paused) {
    // Scaling still works while paused: the new set takes the difference.
    if (sum_replicas() != replicas) {
      fresh->replicas = std::max(0, fresh->replicas + replicas - sum_replicas());
      scaled = true;
    }
  } else if (spec.strategy == model::DeploymentSpec::Strategy::OnDelete) {
    // OnDelete (a DaemonSet's): old pods stay until someone deletes them; the new set makes up
    // the difference.
    int old_alive = 0;
    for (auto& s : sets) {
      if (is_new(s)) continue;
      int n = static_cast<int>(alive[s.hash].size());
      if (s.replicas != n) {
        s.replicas = n;
        scaled = true;
      }
      old_alive += n;
    }
    int want = std::max(0, replicas - old_alive);
    if (fresh->replicas != want) {
      fresh->replicas = want;
      scaled = true;
    }
  } else if (spec.strategy == model::DeploymentSpec::Strategy::Recreate) {
    // Recreate: every old pod gone (not only asked) before any new one starts.
    bool old_running = false;
    for (auto& s : sets) {
      if (is_new(s)) continue;
      if (s.replicas) {
        s.replicas = 0;
        scaled = true;
      }
      if (!alive[s.hash].empty() || terminating[s.hash]) old_running = true;
    }
    if (!old_running && fresh->replicas != replicas) {
      fresh->replicas = replicas;
      scaled = true;
    }
  } else {
    int max_surge = spec.max_surge.scaled(replicas, true);
    int max_unavailable = spec.max_unavailable.scaled(replicas, false);
    if (max_surge == 0 && max_unavailable == 0) max_unavailable = 1;
    // 3a. The new set grows, within replicas + maxSurge pods in all.
    if (fresh->replicas > replicas) {
      fresh->replicas = replicas;
      scaled = true;
    } else if (fresh->replicas < replicas) {
      int room = replicas + max_surge - sum_replicas();
      int up = std::min(room, replicas - fresh->replicas);
      if (up > 0) {
        fresh->replicas += up;
        scaled = true;
      }
    }
    // 3b. Old sets shrink, keeping replicas - maxUnavailable pods available: first their
    //     pods that are not available anyway, then available ones, oldest set first.
    if (!scaled && old_replicas_before > 0) {
      int min_available = replicas - max_unavailable;
      int new_unavailable = fresh->replicas - available_by_set[fresh_hash];
      int max_scaled_down = sum_replicas() - min_available - new_unavailable;
      std::vector<ReplicaSetRecord*> olds;
      for (auto& s : sets)
        if (!is_new(s) && s.replicas > 0) olds.push_back(&s);
      std::sort(olds.begin(), olds.end(), [](auto* a, auto* b) { return a->revision < b->revision; });
      for (auto* s : olds) {
        if (max_scaled_down <= 0) break;
        int unhealthy = s->replicas - available_by_set[s->hash];
        int down = std::min(unhealthy, max_scaled_down);
        if (down > 0) {
          s->replicas -= down;
          max_scaled_down -= down;
          scaled = true;
        }
      }
      int can_drop = total_available - min_available;
      for (auto* s : olds) {
        if (can_drop <= 0) break;
        int down = std::min({s->replicas, can_drop, available_by_set[s->hash]});
        if (down > 0) {
          s->replicas -= down;
          can_drop -= down;
          scaled = true;
        }
      }
    }
  }

  // 4. Each set to its replicas (the ReplicaSet controller): new pods, or the most deletable
  //    of its pods removed.
  for (const auto& s : sets) {
    auto& mine = alive[s.hash];
    int have = static_cast<int>(mine.size());
    if (have < s.replicas) {
      out.create.emplace_back(s.hash, s.replicas - have);
    } else if (have > s.replicas) {
      std::vector<const OwnedPod*> order = mine;
      std::sort(order.begin(), order.end(), delete_first);
      for (int i = 0; i < have - s.replicas; ++i) out.remove.push_back(order[i]->name);
    }
  }

  // 5. History: old sets without pods beyond revisionHistoryLimit are forgotten, oldest first.
  {
    std::vector<const ReplicaSetRecord*> idle;
    for (const auto& s : sets)
      if (!is_new(s) && s.replicas == 0 && alive[s.hash].empty() && !terminating[s.hash]) idle.push_back(&s);
    std::sort(idle.begin(), idle.end(), [](auto* a, auto* b) { return a->revision < b->revision; });
    std::set<std::string> forget;
    for (std::size_t i = 0; i + spec.revision_history_limit < idle.size(); ++i) forget.insert(idle[i]->hash);
    sets.erase(std::remove_if(sets.begin(), sets.end(), [&](const auto& s) { return forget.count(s.hash) > 0; }), sets.end());
    std::sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) { return a.revision < b.revision; });
  }

  // 6. Status, as the Deployment's: counts of the pods that run, and the two conditions.
  int old_alive = 0;
  st.replicas = st.updated = st.ready = st.available = 0;
  for (const auto& [h, list] : alive) {
    bool current = h == fresh_hash;
    for (const OwnedPod* p : list) {
      ++st.replicas;
      if (current) ++st.updated;
      else ++old_alive;
      if (p->ready) ++st.ready;
    }
  }
  st.available = total_available;
  st.unavailable = std::max(0, replicas - total_available);
  st.observed_generation = in.generation;
  int max_unavailable = spec.strategy == model::DeploymentSpec::Strategy::Recreate ? 0 : spec.max_unavailable.scaled(replicas, false);
  if (spec.strategy != model::DeploymentSpec::Strategy::Recreate && spec.max_surge.scaled(replicas, true) == 0 && max_unavailable == 0)
    max_unavailable = 1;
  if (total_available >= replicas - max_unavailable)
    set_condition(st.conditions, {"Available", true, "MinimumReplicasAvailable", "Deployment has minimum availability."}, now);
  else
    set_condition(st.conditions, {"Available", false, "MinimumReplicasUnavailable", "Deployment does not have minimum availability."}, now);
  const std::string rs_name = in.name + "-" + fresh_hash;
  bool complete = st.updated == replicas && st.replicas == replicas && st.available == replicas && old_alive == 0 &&
                  std::all_of(terminating.begin(), terminating.end(), [](const auto& t) { return t.second == 0; });
  const Condition* progressing = find_condition(st.conditions, "Progressing");
  bool moved = scaled || !out.create.empty() || !out.remove.empty() || st.updated != last.updated || st.available != last.available ||
               st.replicas != last.replicas;
  if (spec.paused) {
    set_condition(st.conditions, {"Progressing", false, "DeploymentPaused", "Deployment is paused"}, now);
  } else if (complete) {
    set_condition(st.conditions,
                  {"Progressing", true, "NewReplicaSetAvailable", "ReplicaSet \"" + rs_name + "\" has successfully progressed."}, now);
  } else if (moved || !progressing || progressing->reason == "NewReplicaSetAvailable" || progressing->reason == "DeploymentPaused") {
    Condition c{"Progressing", true, "ReplicaSetUpdated", "ReplicaSet \"" + rs_name + "\" is progressing."};
    set_condition(st.conditions, c, now);
    for (auto& have : st.conditions)
      if (have.type == "Progressing") have.last_update = now;  // progress was made now
  } else if (progressing->reason != "ProgressDeadlineExceeded" && now - progressing->last_update > spec.progress_deadline_seconds) {
    set_condition(st.conditions,
                  {"Progressing", false, "ProgressDeadlineExceeded", "ReplicaSet \"" + rs_name + "\" has timed out progressing."}, now);
  }
  if (!complete && !spec.paused) {
    if (const Condition* p = find_condition(st.conditions, "Progressing"); p && p->reason == "ReplicaSetUpdated") {
      std::int64_t at = p->last_update + spec.progress_deadline_seconds + 1;
      out.requeue_at = out.requeue_at ? std::min(out.requeue_at, at) : at;
    }
  }
  return out;
}

RolloutState rollout_state(const std::string& name, const model::DeploymentSpec& spec, std::int64_t generation, const DeploymentStatus& st,
                           bool daemonset) {
  RolloutState r;
  const std::string q = "\"" + name + "\"";
  if (daemonset) {
    // kubectl's DaemonSetStatusViewer.
    if (generation > st.observed_generation) r.message = "Waiting for daemon set spec update to be observed...";
    else if (st.updated < spec.replicas)
      r.message = "Waiting for daemon set " + q + " rollout to finish: " + std::to_string(st.updated) + " out of " +
                  std::to_string(spec.replicas) + " new pods have been updated...";
    else if (st.available < spec.replicas)
      r.message = "Waiting for daemon set " + q + " rollout to finish: " + std::to_string(st.available) + " of " +
                  std::to_string(spec.replicas) + " updated pods are available...";
    else {
      r.done = true;
      r.message = "daemon set " + q + " successfully rolled out";
    }
    return r;
  }
  if (generation > st.observed_generation) {
    r.message = "Waiting for deployment spec update to be observed...";
    return r;
  }
  if (const Condition* p = find_condition(st.conditions, "Progressing"); p && p->reason == "ProgressDeadlineExceeded") {
    r.done = r.failed = true;
    r.message = "deployment " + q + " exceeded its progress deadline";
    return r;
  }
  if (st.updated < spec.replicas) {
    r.message = "Waiting for deployment " + q + " rollout to finish: " + std::to_string(st.updated) + " out of " +
                std::to_string(spec.replicas) + " new replicas have been updated...";
  } else if (st.replicas > st.updated) {
    r.message = "Waiting for deployment " + q + " rollout to finish: " + std::to_string(st.replicas - st.updated) +
                " old replicas are pending termination...";
  } else if (st.available < st.updated) {
    r.message = "Waiting for deployment " + q + " rollout to finish: " + std::to_string(st.available) + " of " +
                std::to_string(st.updated) + " updated replicas are available...";
  } else {
    r.done = true;
    r.message = "deployment " + q + " successfully rolled out";
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// StatefulSet

std::optional<int> statefulset_ordinal(const std::string& set, const std::string& pod) {
  if (pod.size() <= set.size() + 1 || pod.compare(0, set.size(), set) != 0 || pod[set.size()] != '-') return std::nullopt;
  const std::string rest = pod.substr(set.size() + 1);
  if (rest.size() > 9 || (rest.size() > 1 && rest[0] == '0')) return std::nullopt;
  for (char c : rest)
    if (c < '0' || c > '9') return std::nullopt;
  return std::stoi(rest);
}

StatefulSetActions statefulset_actions(const StatefulSetInput& in, const StatefulSetStatus& last, const std::vector<OwnedPod>& pods,
                                       std::int64_t now) {
  const model::StatefulSetSpec& spec = *in.spec;
  StatefulSetActions out;
  StatefulSetStatus& st = out.status;
  st = last;
  using Strategy = model::StatefulSetSpec::Strategy;

  // 1. The revisions: the update revision is the current template's (one seen before comes
  //    back with a new number, as after `rollout undo`); the current one is what the pods ran
  //    when the last rollout completed.
  const std::string hash = pod_template_hash(in.template_json);
  const std::string update = in.name + "-" + hash;
  int max_revision = 0;
  for (const auto& r : st.revisions) max_revision = std::max(max_revision, r.revision);
  auto rec = std::find_if(st.revisions.begin(), st.revisions.end(), [&](const auto& r) { return r.hash == hash; });
  if (rec == st.revisions.end()) st.revisions.push_back({hash, "", max_revision + 1, 0, in.template_json, "", now});
  else if (rec->revision != max_revision) rec->revision = max_revision + 1;
  st.update_revision = update;
  if (st.current_revision.empty()) st.current_revision = update;

  // 2. The pods by ordinal; those outside [start, start + replicas) are condemned, highest first.
  const int start = spec.ordinals_start, n = spec.replicas;
  std::vector<const OwnedPod*> slot(static_cast<std::size_t>(n), nullptr);
  std::vector<std::pair<int, const OwnedPod*>> condemned;
  for (const auto& p : pods) {
    auto ord = statefulset_ordinal(in.name, p.name);
    if (ord && *ord >= start && *ord < start + n) {
      const OwnedPod*& s = slot[static_cast<std::size_t>(*ord - start)];
      if (!s || s->terminating) s = &p;
    } else {
      condemned.emplace_back(ord.value_or(-1), &p);
    }
  }
  std::sort(condemned.begin(), condemned.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  auto avail = [&](const OwnedPod* p) {
    if (!p || !p->active() || p->phase != OwnedPod::Phase::Running) return false;
    if (p->ready && p->ready_since > 0 && !available(*p, spec.min_ready_seconds, now)) {
      std::int64_t at = p->ready_since + spec.min_ready_seconds;
      out.requeue_at = out.requeue_at ? std::min(out.requeue_at, at) : at;
    }
    return available(*p, spec.min_ready_seconds, now);
  };
  const bool monotonic = !spec.parallel;  // OrderedReady
  auto revision_for = [&](int index) {
    return spec.strategy == Strategy::RollingUpdate && index < spec.partition ? st.current_revision : update;
  };

  // 3. Each ordinal in order: an ended pod goes (made again next time), a missing one is made;
  //    OrderedReady waits there until the pod is Running and available.
  bool wait = false;
  for (int i = 0; i < n && !wait; ++i) {
    const OwnedPod* p = slot[static_cast<std::size_t>(i)];
    if (p && !p->terminating && (p->phase == OwnedPod::Phase::Succeeded || p->phase == OwnedPod::Phase::Failed)) {
      out.remove.push_back(p->name);
      wait = monotonic;
    } else if (!p) {
      out.create.emplace_back(start + i, revision_for(i));
      wait = monotonic;
    } else if (monotonic && !avail(p)) {
      wait = true;
    }
  }
  // 4. Condemned pods, from the highest ordinal down: OrderedReady one at a time, once the
  //    ones it keeps are all available (step 3 did not wait) and the previous one is gone.
  for (const auto& [ord, p] : condemned) {
    if (wait) break;
    if (p->terminating) {
      wait = monotonic;
      continue;
    }
    out.remove.push_back(p->name);
    wait = monotonic;
  }
  // 5. RollingUpdate: outdated pods replaced from the highest ordinal down to the partition,
  //    keeping at most maxUnavailable of the replicas unavailable.
  if (!wait && spec.strategy == Strategy::RollingUpdate) {
    int budget = std::max(1, spec.max_unavailable.scaled(n, false));
    for (const OwnedPod* p : slot)
      if (!avail(p)) --budget;
    for (int i = n - 1; i >= std::max(0, spec.partition) && budget > 0; --i) {
      const OwnedPod* p = slot[static_cast<std::size_t>(i)];
      if (!p || p->terminating || p->hash == update) continue;
      if (std::find(out.remove.begin(), out.remove.end(), p->name) != out.remove.end()) continue;
      out.remove.push_back(p->name);
      if (avail(p)) --budget;
    }
  }

  // 6. The status, from the pods as they are (before this sync's actions).
  st.observed_generation = in.generation;
  st.replicas = st.ready = st.current = st.updated = st.available = 0;
  int updated_ready = 0;
  for (const auto& p : pods) {
    if (p.terminating) continue;
    ++st.replicas;
    bool ready = p.active() && p.phase == OwnedPod::Phase::Running && p.ready;
    if (ready) ++st.ready;
    if (available(p, spec.min_ready_seconds, now)) ++st.available;
    if (p.hash == st.current_revision) ++st.current;
    if (p.hash == update) {
      ++st.updated;
      if (ready) ++updated_ready;
    }
  }
  if (st.current_revision != update && st.updated == n && updated_ready == n && st.replicas == n) {
    st.current_revision = update;
    st.current = st.updated;
  }
  // 7. History: the revisions pods or the status still name, and the newest others up to
  //    revisionHistoryLimit.
  std::set<std::string> live = {st.current_revision, update};
  for (const auto& p : pods) live.insert(p.hash);
  std::vector<ReplicaSetRecord> kept, old;
  for (auto& r : st.revisions) (live.count(in.name + "-" + r.hash) ? kept : old).push_back(r);
  std::sort(old.begin(), old.end(), [](const auto& a, const auto& b) { return a.revision > b.revision; });
  for (std::size_t i = 0; i < old.size() && static_cast<int>(i) < spec.revision_history_limit; ++i) kept.push_back(old[i]);
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.revision < b.revision; });
  st.revisions = kept;
  return out;
}

std::vector<std::string> condemned_claims(const model::StatefulSetSpec& spec, const std::string& set,
                                          const std::vector<std::string>& existing, const std::vector<OwnedPod>& pods) {
  std::vector<std::string> out;
  if (!spec.delete_claims_when_scaled) return out;
  std::set<int> present;
  for (const auto& p : pods)
    if (auto ord = statefulset_ordinal(set, p.name)) present.insert(*ord);
  for (const auto& name : existing)
    for (const auto& claim : spec.claims) {
      // <claim>-<set>-<ordinal>: the set's own name, then an ordinal.
      if (name.compare(0, claim.size() + 1, claim + "-") != 0) continue;
      auto ord = statefulset_ordinal(set, name.substr(claim.size() + 1));
      if (ord && (*ord < spec.ordinals_start || *ord >= spec.ordinals_start + spec.replicas) && !present.count(*ord)) {
        out.push_back(name);
        break;
      }
    }
  return out;
}

RolloutState statefulset_rollout_state(const std::string& name, const model::StatefulSetSpec& spec, std::int64_t generation,
                                       const StatefulSetStatus& st) {
  (void)name;
  RolloutState r;
  if (spec.strategy != model::StatefulSetSpec::Strategy::RollingUpdate) {
    r.done = r.failed = true;
    r.message = "rollout status is only available for RollingUpdate strategy type";
  } else if (st.observed_generation == 0 || generation > st.observed_generation) {
    r.message = "Waiting for statefulset spec update to be observed...";
  } else if (st.ready < spec.replicas) {
    r.message = "Waiting for " + std::to_string(spec.replicas - st.ready) + " pods to be ready...";
  } else if (spec.partition > 0) {
    if (st.updated < spec.replicas - spec.partition) {
      r.message = "Waiting for partitioned roll out to finish: " + std::to_string(st.updated) + " out of " +
                  std::to_string(spec.replicas - spec.partition) + " new pods have been updated...";
    } else {
      r.done = true;
      r.message = "partitioned roll out complete: " + std::to_string(st.updated) + " new pods have been updated...";
    }
  } else if (st.update_revision != st.current_revision) {
    r.message = "waiting for statefulset rolling update to complete " + std::to_string(st.updated) + " pods at revision " +
                st.update_revision + "...";
  } else {
    r.done = true;
    r.message = "statefulset rolling update complete " + std::to_string(st.current) + " pods at revision " + st.current_revision + "...";
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// CronJob

CronJobActions cronjob_actions(const model::CronJobSpec& spec, const CronJobStatus& last, std::int64_t created,
                               const std::vector<OwnedJob>& jobs, const std::function<std::int64_t(std::int64_t)>& next, std::int64_t now) {
  CronJobActions out;
  CronJobStatus& st = out.status;
  st = last;
  // 1. What its Jobs say: the active ones, the last success.
  st.active.clear();
  std::vector<const OwnedJob*> succeeded, failed;
  for (const auto& j : jobs) {
    if (!j.finished) st.active.push_back(j.name);
    else if (j.succeeded) {
      succeeded.push_back(&j);
      st.last_successful = std::max(st.last_successful, j.finished_at);
    } else {
      failed.push_back(&j);
    }
    st.last_schedule = std::max(st.last_schedule, j.scheduled);
  }
  std::sort(st.active.begin(), st.active.end());
  // 2. History: finished Jobs beyond the limits go, oldest first.
  auto trim = [&](std::vector<const OwnedJob*>& list, int limit) {
    std::sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->scheduled < b->scheduled; });
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(limit, 0)) < list.size(); ++i) out.remove.push_back(list[i]->name);
  };
  trim(succeeded, spec.successful_history);
  trim(failed, spec.failed_history);
  // 3. The most recent scheduled time that has come, after the last one run (or the creation).
  //    Missed runs are not made up for: only the latest runs. It is looked for in growing
  //    windows before now, so that a schedule of every minute missed for a month costs an
  //    hour's steps, not a month's.
  std::int64_t from = st.last_schedule ? st.last_schedule : created;
  std::int64_t due = 0;
  for (std::int64_t window : {3600LL, 86400LL, 32 * 86400LL, 367 * 86400LL, 5 * 367 * 86400LL}) {
    int steps = 0;
    for (std::int64_t t = next(std::max(from, now - window)); t && t <= now && steps < 5000; t = next(t), ++steps) due = t;
    if (due || from >= now - window) break;
  }
  std::int64_t after = next(std::max(now, from));
  out.requeue_at = after;
  if (spec.suspend || !due) return out;
  // 4. Too late (startingDeadlineSeconds), or held by the concurrency policy.
  if (spec.starting_deadline_seconds && now - due > *spec.starting_deadline_seconds) {
    out.skipped = "missed the start of a scheduled run by more than startingDeadlineSeconds";
    st.last_schedule = due;
    return out;
  }
  if (!st.active.empty() && spec.concurrency == model::CronJobSpec::Concurrency::Forbid) {
    out.skipped = "a scheduled run was skipped: the previous one is still running (concurrencyPolicy: Forbid)";
    return out;  // tried again at each sync until the run's own deadline passes, as the controller does
  }
  if (!st.active.empty() && spec.concurrency == model::CronJobSpec::Concurrency::Replace)
    for (const auto& a : st.active) out.remove.push_back(a);
  out.create_for = due;
  st.last_schedule = due;
  return out;
}

}  // namespace podrun::plan
