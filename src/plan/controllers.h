// The controllers' decisions, as pure functions: what the Job and Deployment controllers of
// kube-controller-manager would do in one sync, given the object's spec, what the last sync
// recorded (its status) and the pods that exist now. They read no clock and touch nothing:
// `now` is passed in, and the pod manager (pods/controllers.h) carries the actions out — the
// kubelet's computePodActions split, applied to controllers. Table-tested in
// tests/plan/controllers_test.cc.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/workloads.h"

namespace podrun::plan {

// A pod a controller owns, as it sees it.
struct OwnedPod {
  enum class Phase { Pending, Running, Succeeded, Failed } phase = Phase::Pending;
  std::string name;
  bool ready = false;
  bool terminating = false;      // a delete was asked
  std::optional<int> index;      // an Indexed Job's completion index
  std::string hash;              // a Deployment's pod-template-hash
  std::int64_t created = 0;      // seconds since the epoch
  std::int64_t ready_since = 0;  // when it last became Ready (0: not Ready)
  std::int64_t finished = 0;     // Succeeded or Failed: when its last container ended
  int restarts = 0;              // of all its containers
  // Containers that ended with a non-zero code (name, code): what podFailurePolicy reads.
  std::vector<std::pair<std::string, int>> exit_codes;
  bool active() const { return !terminating && phase != Phase::Succeeded && phase != Phase::Failed; }
};

struct Condition {
  std::string type;  // Complete, Failed, SuccessCriteriaMet, FailureTarget, Suspended; Available, Progressing
  bool status = true;
  std::string reason, message;
  std::int64_t last_transition = 0, last_update = 0;
};
const Condition* find_condition(const std::vector<Condition>& conditions, const std::string& type);

// ---------------------------------------------------------------------------------------------
// Job (pkg/controller/job/job_controller.go: syncJob)

struct JobStatus {
  std::int64_t start_time = 0, completion_time = 0;
  int active = 0, ready = 0, succeeded = 0, failed = 0, terminating = 0;
  std::string completed_indexes;  // Indexed: "0-2,4", as the API writes them
  std::vector<Condition> conditions;
  bool complete() const;
  bool failed_for_good() const;  // the Failed condition
  bool finished() const { return complete() || failed_for_good(); }
};

struct JobActions {
  int create = 0;                   // NonIndexed: this many new pods
  std::vector<int> create_indexes;  // Indexed: a pod for each of these indexes
  std::vector<std::string> remove;  // pods to delete (past a deadline, after a failure, in excess)
  JobStatus status;
  std::int64_t requeue_at = 0;  // sync again no later than this (back-off, deadline, TTL); 0: on change
  bool delete_job = false;      // ttlSecondsAfterFinished has passed: the Job and its pods go
};

// The pod back-off after `failures` consecutive failures: 10s doubling, at most 6 minutes.
std::int64_t job_backoff_seconds(int failures);

JobActions job_actions(const model::JobSpec& spec, const JobStatus& last, const std::vector<OwnedPod>& pods, std::int64_t now);

// "0-2,4" for {0, 1, 2, 4}.
std::string index_ranges(const std::vector<int>& sorted_indexes);

// ---------------------------------------------------------------------------------------------
// Deployment (pkg/controller/deployment: rolling.go, recreate.go, sync.go, and the ReplicaSet
// controller's manageReplicas). Its ReplicaSets are records in its status here.

struct ReplicaSetRecord {
  std::string hash;  // pod-template-hash
  std::string uid;   // the pod manager's (its pods' ownerReferences); "" when new
  int revision = 0;  // deployment.kubernetes.io/revision
  int replicas = 0;  // desired
  std::string template_json;
  std::string change_cause;  // kubernetes.io/change-cause of the Deployment when it was made
  std::int64_t created = 0;
};

struct DeploymentStatus {
  std::int64_t observed_generation = 0;
  int replicas = 0, updated = 0, ready = 0, available = 0, unavailable = 0;
  std::vector<ReplicaSetRecord> sets;  // by revision
  std::vector<Condition> conditions;   // Available, Progressing
};

struct DeploymentActions {
  std::vector<std::pair<std::string, int>> create;  // (hash, how many new pods)
  std::vector<std::string> remove;
  DeploymentStatus status;
  std::int64_t requeue_at = 0;  // a Ready pod becomes available (minReadySeconds), the deadline
};

// The pod-template-hash of a template (its JSON): FNV-32a, written with the API's safe
// alphabet, as ComputeHash and rand.SafeEncodeString do.
std::string pod_template_hash(const std::string& template_json);

struct DeploymentInput {
  const model::DeploymentSpec* spec = nullptr;
  std::int64_t generation = 1;
  std::string template_json;  // the current spec.template
  std::string change_cause;
  std::string name;  // for messages
};
DeploymentActions deployment_actions(const DeploymentInput& in, const DeploymentStatus& last, const std::vector<OwnedPod>& pods,
                                     std::int64_t now);

// kubectl rollout status's words for the state `status` shows: (done, message), as kubectl's
// DeploymentStatusViewer; a deadline exceeded is done (with its error message) too.
struct RolloutState {
  bool done = false, failed = false;
  std::string message;
};
RolloutState rollout_state(const std::string& name, const model::DeploymentSpec& spec, std::int64_t generation,
                           const DeploymentStatus& status, bool daemonset = false);

// ---------------------------------------------------------------------------------------------
// StatefulSet (pkg/controller/statefulset/stateful_set_control.go: updateStatefulSet). Its
// ControllerRevisions are records in its status here, as a Deployment's ReplicaSets are.

struct StatefulSetStatus {
  std::int64_t observed_generation = 0;
  int replicas = 0, ready = 0, current = 0, updated = 0, available = 0;
  // ControllerRevision names, <name>-<hash>: what the pods' controller-revision-hash says.
  std::string current_revision, update_revision;
  std::vector<ReplicaSetRecord> revisions;  // hash, revision number, template, created
};

struct StatefulSetActions {
  std::vector<std::pair<int, std::string>> create;  // (ordinal, its revision's name)
  std::vector<std::string> remove;                  // pods to delete (ended, condemned, outdated)
  StatefulSetStatus status;
  std::int64_t requeue_at = 0;  // a Ready pod becomes available (minReadySeconds)
};

struct StatefulSetInput {
  const model::StatefulSetSpec* spec = nullptr;
  std::int64_t generation = 1;
  std::string template_json;  // the current spec.template
  std::string name;
};

// The pod's ordinal when it is named <set>-<n>.
std::optional<int> statefulset_ordinal(const std::string& set, const std::string& pod);

// One sync: OrderedReady makes the lowest missing ordinal only when every lower one is Running
// and Ready (for minReadySeconds), and removes from the highest ordinal down, one at a time;
// Parallel does both at once. A pod that ended is removed (the next sync makes it again, with
// the same name and claims). RollingUpdate replaces outdated pods from the highest ordinal down
// to `partition`, at most maxUnavailable unavailable at a time; pods below the partition are
// made of the current revision. Once every pod runs the update revision and is Ready, it
// becomes the current one.
StatefulSetActions statefulset_actions(const StatefulSetInput& in, const StatefulSetStatus& last, const std::vector<OwnedPod>& pods,
                                       std::int64_t now);

// The claims (named <claim>-<set>-<ordinal>, among `existing`) that whenScaled: Delete removes:
// those of ordinals beyond the replicas whose pod is gone.
std::vector<std::string> condemned_claims(const model::StatefulSetSpec& spec, const std::string& set,
                                          const std::vector<std::string>& existing, const std::vector<OwnedPod>& pods);

// kubectl rollout status's words for a StatefulSet (its StatefulSetStatusViewer).
RolloutState statefulset_rollout_state(const std::string& name, const model::StatefulSetSpec& spec, std::int64_t generation,
                                       const StatefulSetStatus& status);

// ---------------------------------------------------------------------------------------------
// CronJob (pkg/controller/cronjob/cronjob_controllerv2.go: syncCronJob)

// A Job a CronJob made, as its controller sees it.
struct OwnedJob {
  std::string name;
  std::int64_t scheduled = 0;  // the time it was made for
  std::int64_t created = 0;
  bool finished = false, succeeded = false;
  std::int64_t finished_at = 0;
};

struct CronJobStatus {
  std::int64_t last_schedule = 0, last_successful = 0;
  std::vector<std::string> active;
};

struct CronJobActions {
  std::int64_t create_for = 0;      // a Job for this scheduled time (0: none)
  std::vector<std::string> remove;  // Jobs to delete (Replace; beyond the history limits)
  CronJobStatus status;
  std::int64_t requeue_at = 0;  // the next scheduled time
  std::string skipped;          // why a due run was not started ("" none)
};

// `next(t)`: the schedule's first time after t (0: never), the pure part of the schedule
// (model/cron.h with the time zone) passed in. `created`: the CronJob's creation time, where
// its first schedule is counted from.
CronJobActions cronjob_actions(const model::CronJobSpec& spec, const CronJobStatus& last, std::int64_t created,
                               const std::vector<OwnedJob>& jobs, const std::function<std::int64_t(std::int64_t)>& next, std::int64_t now);

}  // namespace podrun::plan
