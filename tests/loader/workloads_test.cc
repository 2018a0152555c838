// Deployments and Jobs as the loader reads them: the API server's rules (a manifest and its
// first error, or none, with the position the error names), the template checked as a Pod at
// the template's own positions, podrun's support policy, and the typed model with defaults.
#include <catch2/catch.hpp>

#include "loader/loader.h"

using namespace podrun::loader;

namespace {

const char* kDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: c, image: busybox}
)";

const char* kJob = R"(apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox}
)";

// The first error of `text` as "line:col path: message", or "".
std::string first_error(const std::string& text) {
  LoadResult r = load_text("w.yaml", text, LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics)
      if (diag.severity == podrun::Severity::Error)
        return std::to_string(diag.mark.line) + ":" + std::to_string(diag.mark.column) + " " + diag.path + ": " + diag.message;
  return "";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("workloads: valid Deployment and Job load into the model with the API's defaults", "[loader][workloads]") {
  LoadResult r = load_text("w.yaml", std::string(kDeployment) + "---\n" + kJob, LoadOptions{});
  REQUIRE(r.workloads.size() == 2);
  const auto& d = r.workloads[0];
  CHECK(d.kind == "Deployment");
  CHECK(d.deployment.replicas == 1);
  CHECK(d.deployment.strategy == podrun::model::DeploymentSpec::Strategy::RollingUpdate);
  CHECK(d.deployment.max_surge.percent);
  CHECK(d.deployment.max_surge.value == 25);
  CHECK(d.deployment.revision_history_limit == 10);
  CHECK(d.deployment.progress_deadline_seconds == 600);
  CHECK(d.deployment.selector.matches({{"app", "web"}}));
  CHECK(d.template_labels.at("app") == "web");
  const auto& j = r.workloads[1];
  CHECK(j.kind == "Job");
  CHECK(j.job.parallelism == 1);
  CHECK_FALSE(j.job.completions);
  CHECK(j.job.backoff_limit == 6);
  CHECK(r.pods.empty());
}

TEST_CASE("workloads: the API server's rules, each at its position (table)", "[loader][workloads]") {
  struct Row {
    std::string text, error;
  };
  std::vector<Row> rows = {
      {kDeployment, ""},
      {kJob, ""},
      {replaced(kDeployment, "apps/v1", "v1"), "1:13 apiVersion: apiVersion \"v1\" is not valid for kind Deployment (use apps/v1)"},
      {replaced(kDeployment, "labels: {app: web}}", "labels: {app: other}}"),
       "7:24 spec.template.metadata.labels: invalid value: `selector` does not match template `labels`"},
      {replaced(kDeployment, "  selector: {matchLabels: {app: web}}\n", "  selector: {}\n"),
       "5:13 spec.selector: empty selector is invalid for deployment"},
      {replaced(kDeployment, "    spec:\n", "    spec:\n      restartPolicy: OnFailure\n"),
       "9:22 spec.template.spec.restartPolicy: unsupported value \"OnFailure\": supported values: \"Always\""},
      {replaced(kDeployment, "  selector:", "  strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}\n  selector:"),
       "5:59 spec.strategy.rollingUpdate.maxUnavailable: may not be 0 when `maxSurge` is 0"},
      {replaced(kDeployment, "  selector:", "  strategy: {type: Recreate, rollingUpdate: {}}\n  selector:"),
       "5:45 spec.strategy.rollingUpdate: may not be specified when strategy `type` is 'Recreate'"},
      {replaced(kDeployment, "  selector:", "  strategy: {rollingUpdate: {maxSurge: \"3\"}}\n  selector:"),
       "5:40 spec.strategy.rollingUpdate.maxSurge: invalid value \"3\": must be an integer or percentage (e.g. '5%')"},
      // The template is a Pod: its errors at the template's own positions.
      {replaced(kDeployment, "image: busybox", "image: \"\""), "10:26 spec.template.spec.containers[0].image: is required"},
      {replaced(kJob, "      restartPolicy: Never\n", ""),
       "7:7 spec.template.spec.restartPolicy: required value: valid values: \"OnFailure\", \"Never\""},
      {replaced(kJob, "spec:\n  template:", "spec:\n  completionMode: Indexed\n  template:"),
       "5:3 spec.completions: required value: when completion mode is Indexed"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  selector: {matchLabels: {a: b}}\n  template:"),
       "5:13 spec.selector: invalid value: `selector` will be auto-generated (set manualSelector: true to give one)"},
      {replaced(kJob, "spec:\n  template:",
                "spec:\n  podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [0]}}]}\n  template:"),
       "5:85 spec.podFailurePolicy.rules[0].onExitCodes.values[0]: invalid value 0: must not be 0 for the In operator"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  backoffLimitPerIndex: 1\n  template:"),
       "5:3 spec.backoffLimitPerIndex: podrun's Job controller does not support backoffLimitPerIndex"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  parallelism: -1\n  template:"),
       "5:16 spec.parallelism: must be greater than or equal to 0"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    std::string got = first_error(row.text);
    CHECK(got == row.error);
  }
}

TEST_CASE("workloads: StatefulSet and the other workload kinds are still refused, naming their template", "[loader][workloads]") {
  std::string sts = replaced(kDeployment, "kind: Deployment", "kind: StatefulSet");
  CHECK(first_error(sts).find("kind StatefulSet is not supported by podrun") != std::string::npos);
}
