// The API server's rules for the Pod features of Kubernetes 1.32–1.35 that podrun runs:
// container restart rules and pod-level resources. Each row: a manifest fragment and the first
// error, or none.
#include <catch2/catch.hpp>

#include <algorithm>

#include "loader/loader.h"
#include "loader/schema.h"

using namespace podrun::loader;

namespace {

struct Verdict {
  std::vector<std::string> errors, warnings;
};

Verdict check(const std::string& spec, int minor = 35, bool podrun_rules = true) {
  LoadOptions o;
  o.kubernetes_version = KubeVersion{minor};
  o.podrun_rules = podrun_rules;
  LoadResult r = load_text("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + spec, o);
  Verdict v;
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics)
      (diag.severity == podrun::Severity::Error ? v.errors : v.warnings).push_back(diag.path + ": " + diag.message);
  return v;
}

std::string first_error(const std::string& spec, int minor = 35) {
  Verdict v = check(spec, minor);
  return v.errors.empty() ? "" : v.errors.front();
}

}  // namespace

TEST_CASE("restartPolicyRules and container restartPolicy: the API server's rules (table)", "[loader][restart-rules]") {
  struct Row {
    const char* spec;
    const char* error;  // "" valid; else a substring of the first error
    int minor = 35;
  } rows[] = {
      {"  restartPolicy: Never\n  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]}\n",
       ""},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: OnFailure}\n", ""},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: OnFailure}\n", "may not be set for non-init containers", 31},
      {"  initContainers:\n  - {name: i, image: busybox, restartPolicy: Never}\n  containers:\n  - {name: c, image: busybox}\n", ""},
      {"  initContainers:\n  - {name: i, image: busybox, restartPolicy: Never}\n  containers:\n  - {name: c, image: busybox}\n",
       "supported values: \"Always\"", 31},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Sometimes}\n", "spec.containers[0].restartPolicy"},
      {"  containers:\n  - {name: c, image: busybox,\n     restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: "
       "[1]}}]}\n",
       "spec.containers[0].restartPolicy: must specify restartPolicy when restart rules are used"},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: Ignore, exitCodes: {operator: In, values: [1]}}]}\n",
       "spec.containers[0].restartPolicyRules[0].action"},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n     restartPolicyRules: [{action: Restart}]}\n",
       "spec.containers[0].restartPolicyRules[0].exitCodes: is required"},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: Restart, exitCodes: {operator: Between, values: [1]}}]}\n",
       "spec.containers[0].restartPolicyRules[0].exitCodes.operator"},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [1, 2, 1]}}]}\n",
       "spec.containers[0].restartPolicyRules[0].exitCodes.values[2]: Duplicate value: 1"},
      // RestartAllContainers: 1.35 only.
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}]}\n",
       ""},
      {"  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
       "     restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}]}\n",
       "supported values: \"Restart\"", 34},
  };
  for (const auto& r : rows) {
    CAPTURE(r.spec, r.minor);
    std::string e = first_error(r.spec, r.minor);
    if (*r.error == '\0') CHECK(e == "");
    else CHECK_THAT(e, Catch::Contains(r.error));
  }
  // 21 rules are one too many.
  std::string many = "  containers:\n  - name: c\n    image: busybox\n    restartPolicy: Never\n    restartPolicyRules:\n";
  for (int i = 0; i < 21; ++i) many += "    - {action: Restart, exitCodes: {operator: In, values: [" + std::to_string(i + 1) + "]}}\n";
  CHECK_THAT(first_error(many), Catch::Contains("restartPolicyRules: must have at most 20 items"));
  // RestartAllContainers is accepted with a warning: a cluster needs an alpha feature gate.
  Verdict v = check(
      "  containers:\n  - {name: c, image: busybox, restartPolicy: Never,\n"
      "     restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}]}\n");
  REQUIRE(v.warnings.size() == 1);
  CHECK_THAT(v.warnings[0], Catch::Contains("RestartAllContainersOnContainerExits"));
}

TEST_CASE("pod-level resources: the API server's rules (table)", "[loader][pod-resources]") {
  struct Row {
    const char* spec;
    const char* error;  // "" valid; else a substring of the first error
  } rows[] = {
      {"  resources: {requests: {cpu: \"1\", memory: 100Mi}, limits: {cpu: \"1\", memory: 200Mi}}\n"
       "  containers:\n  - {name: a, image: busybox, resources: {requests: {memory: 50Mi}, limits: {cpu: 500m, memory: 100Mi}}}\n"
       "  - {name: b, image: busybox}\n",
       ""},
      {"  resources: {limits: {pids: \"2048\"}}\n  containers:\n  - {name: a, image: busybox}\n",
       "spec.resources.limits.pids: Unsupported value: \"pids\": supported values: \"cpu\", \"memory\""},
      {"  resources: {requests: {ephemeral-storage: 1Gi}}\n  containers:\n  - {name: a, image: busybox}\n",
       "Unsupported value: \"ephemeral-storage\""},
      {"  resources: {requests: {cpu: \"2\"}, limits: {cpu: \"1\"}}\n  containers:\n  - {name: a, image: busybox}\n",
       "spec.resources.requests.cpu: \"2\" must be less than or equal to the cpu limit of 1"},
      {"  resources: {requests: {memory: 100Mi}}\n  containers:\n"
       "  - {name: a, image: busybox, resources: {requests: {memory: 60Mi}}}\n"
       "  - {name: b, image: busybox, resources: {requests: {memory: 60Mi}}}\n",
       "spec.resources.requests.memory: must be greater than or equal to aggregate container requests of 120Mi"},
      // Container limits imply their requests: 2 × 60Mi over a 100Mi pod limit (KEP-2837's row 6).
      {"  resources: {limits: {memory: 100Mi}}\n  containers:\n"
       "  - {name: a, image: busybox, resources: {limits: {memory: 60Mi}}}\n"
       "  - {name: b, image: busybox, resources: {limits: {memory: 60Mi}}}\n",
       "spec.resources.limits.memory: must be greater than or equal to aggregate container requests of 120Mi"},
      {"  resources: {limits: {cpu: \"1\"}}\n  containers:\n  - {name: a, image: busybox, resources: {limits: {cpu: \"2\"}}}\n",
       "spec.containers[0].resources.limits.cpu: must be less than or equal to pod limit of 1"},
      // Init containers count one at a time, sidecars with what runs after them (KEP-753).
      {"  resources: {requests: {cpu: 300m}}\n"
       "  initContainers:\n  - {name: i, image: busybox, resources: {requests: {cpu: 300m}}}\n"
       "  - {name: s, image: busybox, restartPolicy: Always, resources: {requests: {cpu: 100m}}}\n"
       "  containers:\n  - {name: a, image: busybox, resources: {requests: {cpu: 200m}}}\n",
       ""},
      {"  resources: {requests: {cpu: 250m}}\n"
       "  initContainers:\n  - {name: s, image: busybox, restartPolicy: Always, resources: {requests: {cpu: 100m}}}\n"
       "  - {name: i, image: busybox, resources: {requests: {cpu: 200m}}}\n"
       "  containers:\n  - {name: a, image: busybox, resources: {requests: {cpu: 100m}}}\n",
       "aggregate container requests of 300m"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.spec);
    Verdict v = check(r.spec);
    if (*r.error == '\0') CHECK(v.errors.empty());
    else CHECK(std::any_of(v.errors.begin(), v.errors.end(), [&](const std::string& e) { return e.find(r.error) != std::string::npos; }));
  }
  // Hugepages: valid for Kubernetes, refused by podrun.
  const char* huge = "  resources: {limits: {hugepages-2Mi: 4Mi, memory: 64Mi}}\n  containers:\n  - {name: a, image: busybox}\n";
  CHECK(check(huge, 35, false).errors.empty());
  CHECK_THAT(first_error(huge), Catch::Contains("hugepages are not supported by podrun"));
}

TEST_CASE("lifecycle.stopSignal: a Linux signal name, and the pod's OS named (table)", "[loader][stop-signal]") {
  struct Row {
    const char* spec;
    const char* error;
  } rows[] = {
      {"  os: {name: linux}\n  containers:\n  - {name: c, image: busybox, lifecycle: {stopSignal: SIGQUIT}}\n", ""},
      {"  os: {name: linux}\n  containers:\n  - {name: c, image: busybox, lifecycle: {stopSignal: SIGRTMIN+3}}\n", ""},
      {"  containers:\n  - {name: c, image: busybox, lifecycle: {stopSignal: SIGQUIT}}\n",
       "spec.containers[0].lifecycle.stopSignal: may not be set for containers with empty `spec.os.name`"},
      {"  os: {name: linux}\n  containers:\n  - {name: c, image: busybox, lifecycle: {stopSignal: SIGFOO}}\n",
       "spec.containers[0].lifecycle.stopSignal: Unsupported value: \"SIGFOO\""},
      {"  os: {name: linux}\n  containers:\n  - {name: c, image: busybox, lifecycle: {stopSignal: SIGRTMIN+16}}\n", "Unsupported value"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.spec);
    std::string e = first_error(r.spec);
    if (*r.error == '\0') CHECK(e == "");
    else CHECK_THAT(e, Catch::Contains(r.error));
  }
}
