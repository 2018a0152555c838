// Deployments and Jobs: what the API server checks of them beyond the schema
// (ValidateDeployment, ValidateJob in k8s.io/kubernetes/pkg/apis/{apps,batch}/validation),
// podrun's support policy for their fields, and their typed model. Their pod template is
// checked apart, as a Pod (loader.cc), with the template's positions.
#include <algorithm>

#include "loader/checker.h"
#include "loader/workloads.h"
#include "model/cron.h"

namespace podrun::loader {

// matchLabels and matchExpressions (a LabelSelector) as a model::Selector.
Selector label_selector(const json& sel) {
  Selector out;
  const json& ml = field(sel, "matchLabels");
  if (ml.is_object())
    for (auto it = ml.begin(); it != ml.end(); ++it) out.requirements.push_back({Requirement::Op::Equals, it.key(), {str(it.value())}});
  const json& me = field(sel, "matchExpressions");
  if (me.is_array())
    for (const auto& e : me) {
      Requirement r;
      r.key = str(field(e, "key"));
      std::string op = str(field(e, "operator"));
      r.op = op == "In"       ? Requirement::Op::In
             : op == "NotIn"  ? Requirement::Op::NotIn
             : op == "Exists" ? Requirement::Op::Exists
                              : Requirement::Op::DoesNotExist;
      if (field(e, "values").is_array())
        for (const auto& v : field(e, "values")) r.values.push_back(str(v));
      std::sort(r.values.begin(), r.values.end());
      out.requirements.push_back(std::move(r));
    }
  return out;
}

namespace {

std::map<std::string, std::string> string_map(const json& m) {
  std::map<std::string, std::string> out;
  if (m.is_object())
    for (auto it = m.begin(); it != m.end(); ++it) out[it.key()] = str(it.value());
  return out;
}

std::optional<IntOrPercent> int_or_percent(const json& v) {
  if (v.is_number_integer()) return IntOrPercent{v.get<int>(), false};
  if (!v.is_string()) return std::nullopt;
  auto parsed = parse_int_or_percent(v.get<std::string>());
  if (parsed && !parsed->percent) return std::nullopt;  // a string must be a percentage
  return parsed;
}

}  // namespace

void Checker::workload_selector(const json& sel, const json& template_labels, bool required) {
  if (sel.is_null()) {
    if (required) error("spec.selector", "required value");
    return;
  }
  const json& me = field(sel, "matchExpressions");
  if (me.is_array())
    for (std::size_t i = 0; i < me.size(); ++i) {
      std::string p = "spec.selector.matchExpressions[" + std::to_string(i) + "]";
      std::string op = str(field(me[i], "operator"));
      const json& values = field(me[i], "values");
      bool has_values = values.is_array() && !values.empty();
      if (op != "In" && op != "NotIn" && op != "Exists" && op != "DoesNotExist")
        error(p + ".operator",
              "unsupported value " + in_quotes(op) + ": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\"");
      else if ((op == "In" || op == "NotIn") && !has_values) error(p + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
      else if ((op == "Exists" || op == "DoesNotExist") && has_values)
        error(p + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    }
  Selector s = label_selector(sel);
  if (s.requirements.empty()) {
    error("spec.selector", "empty selector is invalid for " + std::string(required ? "deployment" : "job"));
    return;
  }
  if (!s.matches(string_map(template_labels)))
    error("spec.template.metadata.labels", "invalid value: `selector` does not match template `labels`");
}

void Checker::deployment(const json& obj) {
  metadata(field(obj, "metadata"), true);
  const json& spec = field(obj, "spec");
  const json& tmpl = field(spec, "template");
  workload_selector(field(spec, "selector"), field(field(tmpl, "metadata"), "labels"), true);
  for (const char* f : {"replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"}) {
    const json& v = field(spec, f);
    if (v.is_number_integer() && v.get<long long>() < 0) error(std::string("spec.") + f, "must be greater than or equal to 0");
  }
  const json& pds = field(spec, "progressDeadlineSeconds");
  const json& mrs = field(spec, "minReadySeconds");
  if (pds.is_number_integer() && mrs.is_number_integer() && pds.get<long long>() <= mrs.get<long long>())
    error("spec.progressDeadlineSeconds", "must be greater than minReadySeconds");
  const json& strategy = field(spec, "strategy");
  std::string type = str(field(strategy, "type"), "RollingUpdate");
  const json& ru = field(strategy, "rollingUpdate");
  if (type == "Recreate" && !ru.is_null()) error("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'");
  else if (type != "Recreate" && type != "RollingUpdate")
    error("spec.strategy.type", "unsupported value " + in_quotes(type) + ": supported values: \"Recreate\", \"RollingUpdate\"");
  if (type == "RollingUpdate") {
    std::optional<IntOrPercent> surge{IntOrPercent{25, true}}, unavailable{IntOrPercent{25, true}};
    for (const char* f : {"maxSurge", "maxUnavailable"}) {
      const json& v = field(ru, f);
      if (v.is_null()) continue;
      auto parsed = int_or_percent(v);
      std::string p = std::string("spec.strategy.rollingUpdate.") + f;
      if (!parsed) error(p, "invalid value " + v.dump() + ": must be an integer or percentage (e.g. '5%')");
      else if (parsed->value < 0) error(p, "must be greater than or equal to 0");
      else if (std::string(f) == "maxUnavailable" && parsed->percent && parsed->value > 100) error(p, "must not be greater than 100%");
      (std::string(f) == "maxSurge" ? surge : unavailable) = parsed;
    }
    if (surge && unavailable && surge->value == 0 && unavailable->value == 0)
      error("spec.strategy.rollingUpdate.maxUnavailable", "may not be 0 when `maxSurge` is 0");
  }
  const json& pod_spec = field(tmpl, "spec");
  const json& rp = field(pod_spec, "restartPolicy");
  if (rp.is_string() && rp != "Always")
    error("spec.template.spec.restartPolicy", "unsupported value " + in_quotes(str(rp)) + ": supported values: \"Always\"");
  if (!field(pod_spec, "activeDeadlineSeconds").is_null())
    error("spec.template.spec.activeDeadlineSeconds", "forbidden: activeDeadlineSeconds in ReplicaSet is not Supported");
}

void Checker::job(const json& obj) {
  metadata(field(obj, "metadata"), true);
  // The name becomes the value of the job-name label: at most 63 characters.
  std::string name = str(field(field(obj, "metadata"), "name"));
  if (name.size() > 63) error("metadata.name", "must be no more than 63 characters (it is the value of the job-name label)");
  const json& spec = field(obj, "spec");
  const json& tmpl = field(spec, "template");
  if (truthy(field(spec, "manualSelector"))) workload_selector(field(spec, "selector"), field(field(tmpl, "metadata"), "labels"), false);
  else if (!field(spec, "selector").is_null())
    error("spec.selector", "invalid value: `selector` will be auto-generated (set manualSelector: true to give one)");
  for (const char* f : {"parallelism", "completions", "backoffLimit", "ttlSecondsAfterFinished"}) {
    const json& v = field(spec, f);
    if (v.is_number_integer() && v.get<long long>() < 0) error(std::string("spec.") + f, "must be greater than or equal to 0");
  }
  const json& ads = field(spec, "activeDeadlineSeconds");
  if (ads.is_number_integer() && ads.get<long long>() <= 0) error("spec.activeDeadlineSeconds", "must be greater than 0");
  std::string mode = str(field(spec, "completionMode"), "NonIndexed");
  if (mode != "NonIndexed" && mode != "Indexed")
    error("spec.completionMode", "unsupported value " + in_quotes(mode) + ": supported values: \"NonIndexed\", \"Indexed\"");
  if (mode == "Indexed" && field(spec, "completions").is_null())
    error("spec.completions", "required value: when completion mode is Indexed");
  const json& pod_spec = field(tmpl, "spec");
  const json& rp = field(pod_spec, "restartPolicy");
  if (!rp.is_string()) error("spec.template.spec.restartPolicy", "required value: valid values: \"OnFailure\", \"Never\"");
  else if (rp != "OnFailure" && rp != "Never")
    error("spec.template.spec.restartPolicy", "unsupported value " + in_quotes(str(rp)) + ": supported values: \"OnFailure\", \"Never\"");
  const json& pfp = field(spec, "podFailurePolicy");
  if (!pfp.is_null()) {
    if (rp.is_string() && rp != "Never")
      error("spec.template.spec.restartPolicy",
            "unsupported value " + in_quotes(str(rp)) + ": only \"Never\" is supported when podFailurePolicy is specified");
    const json& rules = field(pfp, "rules");
    if (rules.is_array())
      for (std::size_t i = 0; i < rules.size(); ++i) {
        std::string p = "spec.podFailurePolicy.rules[" + std::to_string(i) + "]";
        const json& codes = field(rules[i], "onExitCodes");
        const json& conds = field(rules[i], "onPodConditions");
        std::string action = str(field(rules[i], "action"));
        if (action != "FailJob" && action != "Ignore" && action != "Count" && action != "FailIndex")
          error(p + ".action",
                "unsupported value " + in_quotes(action) + ": supported values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"");
        if (action == "FailIndex" && field(spec, "backoffLimitPerIndex").is_null())
          error(p + ".action", "invalid value \"FailIndex\": requires the backoffLimitPerIndex to be set");
        if (codes.is_null() == (conds.is_null() || (conds.is_array() && conds.empty())))
          error(p, "specifying one of OnExitCodes and OnPodConditions is required");
        if (codes.is_object()) {
          std::string op = str(field(codes, "operator"));
          if (op != "In" && op != "NotIn")
            error(p + ".onExitCodes.operator", "unsupported value " + in_quotes(op) + ": supported values: \"In\", \"NotIn\"");
          const json& values = field(codes, "values");
          if (values.is_array()) {
            std::set<long long> seen;
            for (std::size_t k = 0; k < values.size(); ++k) {
              if (!values[k].is_number_integer()) continue;
              long long v = values[k].get<long long>();
              std::string vp = p + ".onExitCodes.values[" + std::to_string(k) + "]";
              if (op == "In" && v == 0) error(vp, "invalid value 0: must not be 0 for the In operator");
              if (!seen.insert(v).second) error(vp, "duplicate value " + std::to_string(v));
              else if (k > 0 && values[k - 1].is_number_integer() && values[k - 1].get<long long>() > v)
                error(vp, "invalid value " + std::to_string(v) + ": must be ordered");
            }
          }
        }
      }
  }
  // podrun's support: what one node's Job controller here does not do (yet).
  for (const char* f : {"backoffLimitPerIndex", "maxFailedIndexes", "successPolicy", "managedBy", "podReplacementPolicy"})
    if (!field(spec, f).is_null())
      error(std::string("spec.") + f, std::string("podrun's Job controller does not support ") + f, Category::Unsupported, true);
}

void Checker::daemonset(const json& obj) {
  metadata(field(obj, "metadata"), true);
  const json& spec = field(obj, "spec");
  const json& tmpl = field(spec, "template");
  workload_selector(field(spec, "selector"), field(field(tmpl, "metadata"), "labels"), true);
  for (const char* f : {"minReadySeconds", "revisionHistoryLimit"}) {
    const json& v = field(spec, f);
    if (v.is_number_integer() && v.get<long long>() < 0) error(std::string("spec.") + f, "must be greater than or equal to 0");
  }
  const json& strategy = field(spec, "updateStrategy");
  std::string type = str(field(strategy, "type"), "RollingUpdate");
  const json& ru = field(strategy, "rollingUpdate");
  if (type != "RollingUpdate" && type != "OnDelete")
    error("spec.updateStrategy.type", "unsupported value " + in_quotes(type) + ": supported values: \"OnDelete\", \"RollingUpdate\"");
  if (type == "OnDelete" && !ru.is_null())
    error("spec.updateStrategy.rollingUpdate", "may not be specified when strategy `type` is 'OnDelete'");
  if (type == "RollingUpdate") {
    std::optional<IntOrPercent> surge{IntOrPercent{0, false}}, unavailable{IntOrPercent{1, false}};
    for (const char* f : {"maxSurge", "maxUnavailable"}) {
      const json& v = field(ru, f);
      if (v.is_null()) continue;
      auto parsed = int_or_percent(v);
      std::string p = std::string("spec.updateStrategy.rollingUpdate.") + f;
      if (!parsed) error(p, "invalid value " + v.dump() + ": must be an integer or percentage (e.g. '5%')");
      else if (parsed->value < 0) error(p, "must be greater than or equal to 0");
      (std::string(f) == "maxSurge" ? surge : unavailable) = parsed;
    }
    if (surge && unavailable && surge->value == 0 && unavailable->value == 0)
      error("spec.updateStrategy.rollingUpdate.maxUnavailable", "may not be 0 when `maxSurge` is 0");
  }
  const json& rp = field(field(tmpl, "spec"), "restartPolicy");
  if (rp.is_string() && rp != "Always")
    error("spec.template.spec.restartPolicy", "unsupported value " + in_quotes(str(rp)) + ": supported values: \"Always\"");
}

void Checker::statefulset(const json& obj) {
  metadata(field(obj, "metadata"), true);
  const json& spec = field(obj, "spec");
  const json& tmpl = field(spec, "template");
  workload_selector(field(spec, "selector"), field(field(tmpl, "metadata"), "labels"), true);
  for (const char* f : {"replicas", "minReadySeconds", "revisionHistoryLimit"}) {
    const json& v = field(spec, f);
    if (v.is_number_integer() && v.get<long long>() < 0) error(std::string("spec.") + f, "must be greater than or equal to 0");
  }
  const json& start = field(field(spec, "ordinals"), "start");
  if (start.is_number_integer() && start.get<long long>() < 0) error("spec.ordinals.start", "must be greater than or equal to 0");
  std::string policy = str(field(spec, "podManagementPolicy"), "OrderedReady");
  if (policy != "OrderedReady" && policy != "Parallel")
    error("spec.podManagementPolicy", "unsupported value " + in_quotes(policy) + ": supported values: \"OrderedReady\", \"Parallel\"");
  const json& strategy = field(spec, "updateStrategy");
  std::string type = str(field(strategy, "type"), "RollingUpdate");
  const json& ru = field(strategy, "rollingUpdate");
  if (type != "RollingUpdate" && type != "OnDelete")
    error("spec.updateStrategy.type", "unsupported value " + in_quotes(type) + ": supported values: \"OnDelete\", \"RollingUpdate\"");
  if (type == "OnDelete" && !ru.is_null()) error("spec.updateStrategy.rollingUpdate", "only allowed for updateStrategy 'RollingUpdate'");
  const json& partition = field(ru, "partition");
  if (partition.is_number_integer() && partition.get<long long>() < 0)
    error("spec.updateStrategy.rollingUpdate.partition", "must be greater than or equal to 0");
  const json& mu = field(ru, "maxUnavailable");
  if (!mu.is_null()) {
    auto parsed = int_or_percent(mu);
    const std::string p = "spec.updateStrategy.rollingUpdate.maxUnavailable";
    if (!parsed) error(p, "invalid value " + mu.dump() + ": must be an integer or percentage (e.g. '5%')");
    else if (parsed->value < 1) error(p, "must be greater than 0");
    else if (parsed->percent && parsed->value > 100) error(p, "must not be greater than 100%");
  }
  const json& retention = field(spec, "persistentVolumeClaimRetentionPolicy");
  for (const char* f : {"whenDeleted", "whenScaled"}) {
    const json& v = field(retention, f);
    if (v.is_string() && v != "Retain" && v != "Delete")
      error(std::string("spec.persistentVolumeClaimRetentionPolicy.") + f,
            "unsupported value " + in_quotes(str(v)) + ": supported values: \"Retain\", \"Delete\"");
  }
  // Each claim gives every pod a claim named <claim>-<set>-<ordinal>: a DNS subdomain.
  const std::string name = str(field(field(obj, "metadata"), "name"));
  const json& claims = field(spec, "volumeClaimTemplates");
  std::set<std::string> seen;
  if (claims.is_array())
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const std::string p = "spec.volumeClaimTemplates[" + std::to_string(i) + "]";
      const json& claim_name = field(field(claims[i], "metadata"), "name");
      if (!claim_name.is_string() || claim_name.get<std::string>().empty()) {
        error(p + ".metadata.name", "required value");
        continue;
      }
      name_rule(p + ".metadata.name", claim_name, check_dns1123_subdomain);
      if (!seen.insert(claim_name.get<std::string>()).second) error(p + ".metadata.name", "duplicate value " + claim_name.dump());
      std::string example = claim_name.get<std::string>() + "-" + name + "-0";
      if (example.size() > 253)
        error(p + ".metadata.name", "the claims' names, " + in_quotes(example) + ", are longer than 253 characters");
      const json& modes = field(field(claims[i], "spec"), "accessModes");
      if (!modes.is_array() || modes.empty()) error(p + ".spec.accessModes", "at least 1 access mode is required");
    }
  const json& rp = field(field(tmpl, "spec"), "restartPolicy");
  if (rp.is_string() && rp != "Always")
    error("spec.template.spec.restartPolicy", "unsupported value " + in_quotes(str(rp)) + ": supported values: \"Always\"");
}

void Checker::cronjob(const json& obj) {
  metadata(field(obj, "metadata"), true);
  // Its Jobs are named <name>-<minutes>: 11 more characters within a Job name's 63.
  std::string name = str(field(field(obj, "metadata"), "name"));
  if (name.size() > 52) error("metadata.name", "must be no more than 52 characters");
  const json& spec = field(obj, "spec");
  const json& schedule = field(spec, "schedule");
  if (!schedule.is_string() || schedule.get<std::string>().empty()) {
    error("spec.schedule", "required value");
  } else {
    std::string why;
    if (!parse_cron_schedule(schedule.get<std::string>(), &why))
      error("spec.schedule", "invalid value " + in_quotes(str(schedule)) + ": " + why);
  }
  const json& tz = field(spec, "timeZone");
  if (tz.is_string() && !valid_time_zone(tz.get<std::string>()))
    error("spec.timeZone", "invalid value " + in_quotes(str(tz)) + ": unknown time zone " + str(tz));
  std::string policy = str(field(spec, "concurrencyPolicy"), "Allow");
  if (policy != "Allow" && policy != "Forbid" && policy != "Replace")
    error("spec.concurrencyPolicy", "unsupported value " + in_quotes(policy) + ": supported values: \"Allow\", \"Forbid\", \"Replace\"");
  for (const char* f : {"startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"}) {
    const json& v = field(spec, f);
    if (v.is_number_integer() && v.get<long long>() < 0) error(std::string("spec.") + f, "must be greater than or equal to 0");
  }
  if (!field(spec, "jobTemplate").is_object()) error("spec.jobTemplate", "required value");
}

Workload decode_workload(const json& obj) {
  Workload w;
  w.kind = str(field(obj, "kind"));
  const json& meta = field(obj, "metadata");
  w.metadata.name = str(field(meta, "name"));
  w.metadata.ns = str(field(meta, "namespace"), "default");
  if (w.metadata.ns.empty()) w.metadata.ns = "default";
  w.metadata.labels = string_map(field(meta, "labels"));
  w.metadata.annotations = string_map(field(meta, "annotations"));
  const json& spec = field(obj, "spec");
  const json& tmpl = field(spec, "template");
  w.template_json = tmpl.is_object() ? tmpl.dump() : "{}";
  w.template_labels = string_map(field(field(tmpl, "metadata"), "labels"));
  auto int_of = [&](const char* key, long long fallback) {
    const json& v = field(spec, key);
    return v.is_number_integer() ? v.get<long long>() : fallback;
  };
  if (w.kind == "DaemonSet") {
    // One node: one pod, rolled as a Deployment of one with the DaemonSet's defaults (surge 0,
    // unavailable 1: the old pod goes, then the new one comes).
    DeploymentSpec& d = w.deployment;
    d.replicas = 1;
    d.selector = label_selector(field(spec, "selector"));
    const json& strategy = field(spec, "updateStrategy");
    d.strategy = str(field(strategy, "type")) == "OnDelete" ? DeploymentSpec::Strategy::OnDelete : DeploymentSpec::Strategy::RollingUpdate;
    d.max_surge = {0, false};
    d.max_unavailable = {1, false};
    const json& ru = field(strategy, "rollingUpdate");
    if (auto s = int_or_percent(field(ru, "maxSurge"))) d.max_surge = *s;
    if (auto u = int_or_percent(field(ru, "maxUnavailable"))) d.max_unavailable = *u;
    d.min_ready_seconds = static_cast<int>(int_of("minReadySeconds", 0));
    d.revision_history_limit = static_cast<int>(int_of("revisionHistoryLimit", 10));
    d.progress_deadline_seconds = 1 << 30;  // a DaemonSet has no progress deadline
  } else if (w.kind == "StatefulSet") {
    StatefulSetSpec& t = w.statefulset;
    t.replicas = static_cast<int>(int_of("replicas", 1));
    t.selector = label_selector(field(spec, "selector"));
    t.service_name = str(field(spec, "serviceName"));
    t.parallel = str(field(spec, "podManagementPolicy")) == "Parallel";
    const json& strategy = field(spec, "updateStrategy");
    t.strategy =
        str(field(strategy, "type")) == "OnDelete" ? StatefulSetSpec::Strategy::OnDelete : StatefulSetSpec::Strategy::RollingUpdate;
    const json& ru = field(strategy, "rollingUpdate");
    if (field(ru, "partition").is_number_integer()) t.partition = field(ru, "partition").get<int>();
    if (auto u = int_or_percent(field(ru, "maxUnavailable"))) t.max_unavailable = *u;
    t.min_ready_seconds = static_cast<int>(int_of("minReadySeconds", 0));
    t.revision_history_limit = static_cast<int>(int_of("revisionHistoryLimit", 10));
    if (field(field(spec, "ordinals"), "start").is_number_integer()) t.ordinals_start = field(field(spec, "ordinals"), "start").get<int>();
    if (field(spec, "volumeClaimTemplates").is_array())
      for (const auto& c : field(spec, "volumeClaimTemplates")) t.claims.push_back(str(field(field(c, "metadata"), "name")));
    const json& retention = field(spec, "persistentVolumeClaimRetentionPolicy");
    t.delete_claims_when_deleted = str(field(retention, "whenDeleted")) == "Delete";
    t.delete_claims_when_scaled = str(field(retention, "whenScaled")) == "Delete";
  } else if (w.kind == "Deployment") {
    DeploymentSpec& d = w.deployment;
    d.replicas = static_cast<int>(int_of("replicas", 1));
    d.selector = label_selector(field(spec, "selector"));
    const json& strategy = field(spec, "strategy");
    d.strategy = str(field(strategy, "type")) == "Recreate" ? DeploymentSpec::Strategy::Recreate : DeploymentSpec::Strategy::RollingUpdate;
    const json& ru = field(strategy, "rollingUpdate");
    if (auto s = int_or_percent(field(ru, "maxSurge"))) d.max_surge = *s;
    if (auto u = int_or_percent(field(ru, "maxUnavailable"))) d.max_unavailable = *u;
    d.min_ready_seconds = static_cast<int>(int_of("minReadySeconds", 0));
    d.revision_history_limit = static_cast<int>(int_of("revisionHistoryLimit", 10));
    d.progress_deadline_seconds = static_cast<int>(int_of("progressDeadlineSeconds", 600));
    d.paused = truthy(field(spec, "paused"));
  } else if (w.kind == "CronJob") {
    CronJobSpec& c = w.cronjob;
    c.schedule = str(field(spec, "schedule"));
    c.time_zone = str(field(spec, "timeZone"));
    std::string policy = str(field(spec, "concurrencyPolicy"));
    c.concurrency = policy == "Forbid"    ? CronJobSpec::Concurrency::Forbid
                    : policy == "Replace" ? CronJobSpec::Concurrency::Replace
                                          : CronJobSpec::Concurrency::Allow;
    if (field(spec, "startingDeadlineSeconds").is_number_integer()) c.starting_deadline_seconds = int_of("startingDeadlineSeconds", 0);
    c.suspend = truthy(field(spec, "suspend"));
    c.successful_history = static_cast<int>(int_of("successfulJobsHistoryLimit", 3));
    c.failed_history = static_cast<int>(int_of("failedJobsHistoryLimit", 1));
    c.job_template_json = field(spec, "jobTemplate").is_object() ? field(spec, "jobTemplate").dump() : "{}";
    w.template_json = field(field(field(spec, "jobTemplate"), "spec"), "template").dump();
  } else if (w.kind == "Job") {
    JobSpec& j = w.job;
    j.parallelism = static_cast<int>(int_of("parallelism", 1));
    if (field(spec, "completions").is_number_integer()) j.completions = field(spec, "completions").get<int>();
    j.indexed = str(field(spec, "completionMode")) == "Indexed";
    j.backoff_limit = static_cast<int>(int_of("backoffLimit", 6));
    if (field(spec, "activeDeadlineSeconds").is_number_integer()) j.active_deadline_seconds = int_of("activeDeadlineSeconds", 0);
    if (field(spec, "ttlSecondsAfterFinished").is_number_integer())
      j.ttl_seconds_after_finished = static_cast<int>(int_of("ttlSecondsAfterFinished", 0));
    j.suspend = truthy(field(spec, "suspend"));
    const json& pfp = field(spec, "podFailurePolicy");
    j.has_pod_failure_policy = pfp.is_object();
    if (field(pfp, "rules").is_array())
      for (const auto& rule : field(pfp, "rules")) {
        PodFailureRule r;
        std::string action = str(field(rule, "action"));
        r.action = action == "Ignore"      ? PodFailureRule::Action::Ignore
                   : action == "Count"     ? PodFailureRule::Action::Count
                   : action == "FailIndex" ? PodFailureRule::Action::FailIndex
                                           : PodFailureRule::Action::FailJob;
        const json& codes = field(rule, "onExitCodes");
        r.on_exit_codes = codes.is_object();
        r.container = str(field(codes, "containerName"));
        r.in = str(field(codes, "operator"), "In") == "In";
        if (field(codes, "values").is_array())
          for (const auto& v : field(codes, "values"))
            if (v.is_number_integer()) r.values.push_back(v.get<int>());
        j.pod_failure_rules.push_back(std::move(r));
      }
  }
  return w;
}

}  // namespace podrun::loader
