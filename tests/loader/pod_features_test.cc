// The API server's rules for the Pod features of Kubernetes 1.32–1.35 that podrun runs:
// container restart rules and pod-level resources. Each row: a manifest fragment and the first
// error, or none.
#include <catch2/catch.hpp>

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
