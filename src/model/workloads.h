// The workload kinds podrun's controllers run: Deployment (apps/v1), Job and CronJob (batch/v1), typed
// with Kubernetes' defaults applied. Their pod template stays JSON (`template_json`): the
// controllers make pods of it, which are then loaded, checked and planned as any Pod.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/model.h"
#include "model/selector.h"

namespace podrun::model {

// intstr.IntOrString as maxSurge and maxUnavailable take it: 3, or "25%".
struct IntOrPercent {
  int value = 0;
  bool percent = false;
  // Of `total`: a percentage rounded up (maxSurge) or down (maxUnavailable), as the
  // deployment controller's intstr.GetScaledValueFromIntOrPercent.
  int scaled(int total, bool round_up) const;
};
// nullopt for text that is neither an integer nor "N%".
std::optional<IntOrPercent> parse_int_or_percent(const std::string& text);

struct DeploymentSpec {
  int replicas = 1;
  Selector selector;  // matchLabels and matchExpressions
  // OnDelete: a DaemonSet's, new pods only as the old ones are deleted by someone else.
  enum class Strategy { RollingUpdate, Recreate, OnDelete } strategy = Strategy::RollingUpdate;
  IntOrPercent max_surge{25, true}, max_unavailable{25, true};
  int min_ready_seconds = 0;
  int revision_history_limit = 10;
  int progress_deadline_seconds = 600;
  bool paused = false;
};

// podFailurePolicy's rules, for exit codes (onPodConditions never matches on one node: nothing
// here sets DisruptionTarget).
struct PodFailureRule {
  enum class Action { FailJob, Ignore, Count, FailIndex } action = Action::FailJob;
  bool on_exit_codes = false;
  std::string container;  // "" = any container
  bool in = true;         // operator In, else NotIn
  std::vector<int> values;
};

struct JobSpec {
  int parallelism = 1;
  std::optional<int> completions;  // unset: a work queue (done once one pod succeeded and none runs)
  bool indexed = false;            // completionMode: Indexed
  int backoff_limit = 6;
  std::optional<std::int64_t> active_deadline_seconds;
  std::optional<int> ttl_seconds_after_finished;
  bool suspend = false;
  std::vector<PodFailureRule> pod_failure_rules;
  bool has_pod_failure_policy = false;
};

struct CronJobSpec {
  std::string schedule;
  std::string time_zone;  // "" = the machine's
  enum class Concurrency { Allow, Forbid, Replace } concurrency = Concurrency::Allow;
  std::optional<std::int64_t> starting_deadline_seconds;
  bool suspend = false;
  int successful_history = 3, failed_history = 1;
  std::string job_template_json;  // spec.jobTemplate: the Job each run is (metadata, spec)
};

// A StatefulSet: pods with an identity (<name>-<ordinal>, a stable hostname under the
// governing Service, their own claims) started and replaced in order.
struct StatefulSetSpec {
  int replicas = 1;
  Selector selector;
  std::string service_name;  // the governing (headless) Service: <pod>.<serviceName> names
  bool parallel = false;     // podManagementPolicy: Parallel (else OrderedReady)
  enum class Strategy { RollingUpdate, OnDelete } strategy = Strategy::RollingUpdate;
  int partition = 0;                       // RollingUpdate: ordinals below it keep the current revision
  IntOrPercent max_unavailable{1, false};  // RollingUpdate (MaxUnavailableStatefulSet)
  int min_ready_seconds = 0;
  int revision_history_limit = 10;
  int ordinals_start = 0;
  // volumeClaimTemplates: a claim <claim>-<name>-<ordinal> per pod (a local directory here).
  std::vector<std::string> claims;
  // persistentVolumeClaimRetentionPolicy: whether claims go with the StatefulSet (whenDeleted)
  // and with a pod removed by a scale-down (whenScaled). Retain (false) is the default.
  bool delete_claims_when_deleted = false, delete_claims_when_scaled = false;
};

struct Workload {
  std::string kind;  // Deployment, DaemonSet, StatefulSet, Job, CronJob
  ObjectMeta metadata;
  DeploymentSpec deployment;    // kind Deployment, and DaemonSet (one replica: this node)
  JobSpec job;                  // kind Job
  CronJobSpec cronjob;          // kind CronJob
  StatefulSetSpec statefulset;  // kind StatefulSet
  std::map<std::string, std::string> template_labels;
  std::string template_json;  // spec.template, as applied
  std::string file;
  Mark mark;
};

}  // namespace podrun::model
