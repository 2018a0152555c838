// The Kubernetes version a manifest is validated for: the schemas of 1.31 and 1.35, and 1.32–1.34
// as 1.35 without the fields those releases did not have.
#include <catch2/catch.hpp>

#include "loader/fields.h"
#include "loader/loader.h"
#include "loader/schema.h"

using namespace podrun::loader;

namespace {

const char* const kPodLevel = R"(apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resources:
    limits: {cpu: "1", memory: 100Mi}
  containers:
  - name: c
    image: busybox
    lifecycle:
      stopSignal: SIGUSR1
  os: {name: linux}
)";

std::vector<std::string> errors(const std::string& text, int minor, bool podrun_rules = false) {
  LoadOptions o;
  o.kubernetes_version = KubeVersion{minor};
  o.podrun_rules = podrun_rules;
  LoadResult r = load_text("pod.yaml", text, o);
  std::vector<std::string> out;
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics)
      if (diag.severity == podrun::Severity::Error)
        out.push_back(std::to_string(diag.mark.line) + ":" + std::to_string(diag.mark.column) + " " + diag.path + ": " + diag.message);
  return out;
}

}  // namespace

TEST_CASE("Kubernetes versions parse as kubeconform and kubectl write them", "[loader][versions]") {
  CHECK(parse_kube_version("1.35")->minor == 35);
  CHECK(parse_kube_version("v1.31")->minor == 31);
  CHECK(parse_kube_version("1.33.2")->minor == 33);
  for (const char* bad : {"", "1", "1.30", "1.36", "2.31", "1.3x", "1.31.", "v", "1..31"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_kube_version(bad));
  }
  CHECK(kDefaultKubeVersion.minor == 35);
}

TEST_CASE("a field newer than the target release is an unknown field that names its release", "[loader][versions]") {
  CHECK(errors(kPodLevel, 35).empty());
  // 1.31: its own schema; each new field is reported once, with the release that added it.
  auto e31 = errors(kPodLevel, 31);
  REQUIRE(e31.size() == 2);
  CHECK(e31[0] ==
        "5:3 spec.resources: unknown field \"resources\": it is new in Kubernetes 1.32; the target is 1.31 (--kubernetes-version)");
  CHECK(e31[1] ==
        "11:7 spec.containers[0].lifecycle.stopSignal: unknown field \"stopSignal\": it is new in Kubernetes 1.33; the target is 1.31 "
        "(--kubernetes-version)");
  // 1.32: pod-level resources exist, the stop signal does not yet.
  auto e32 = errors(kPodLevel, 32);
  REQUIRE(e32.size() == 1);
  CHECK_THAT(e32[0], Catch::Contains("stopSignal") && Catch::Contains("new in Kubernetes 1.33; the target is 1.32"));
  CHECK(errors(kPodLevel, 33).empty());
  // An unknown field of no release stays a plain one, whatever the target.
  auto typo = errors("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x, imagee: y}]\n", 31);
  REQUIRE(typo.size() == 1);
  CHECK_THAT(typo[0], Catch::Contains("unknown field \"imagee\"") && !Catch::Contains("new in"));
}

TEST_CASE("podrun's rules sort the fields 1.35 added", "[loader][versions]") {
  CHECK(errors(kPodLevel, 35, true).empty());  // spec.resources and stopSignal are supported
  auto e = errors("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostnameOverride: h\n  containers: [{name: c, image: x}]\n", 35,
                  true);
  REQUIRE(e.size() == 1);
  CHECK_THAT(e[0], Catch::Contains("spec.hostnameOverride: is not supported by podrun yet"));
  CHECK(pod_field_since("spec.containers[].restartPolicyRules[].exitCodes.values") == 34);
  CHECK(pod_field_since("spec.containers[].image") == 0);
  CHECK(field_status("spec.workloadRef").status == FieldStatus::Ignored);
}

TEST_CASE("environment variable names follow the target release's rule", "[loader][versions]") {
  const std::string pod =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x, env: [{name: 'my var:1', value: v}]}]\n";
  CHECK(errors(pod, 35).empty());  // RelaxedEnvironmentVariableValidation, on by default from 1.32
  CHECK(errors(pod, 32).empty());
  auto e = errors(pod, 31);
  REQUIRE(e.size() == 1);
  CHECK_THAT(e[0], Catch::Contains("must not start with a digit"));
  auto eq = errors(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x, env: [{name: 'A=B', value: v}]}]\n", 35);
  REQUIRE(eq.size() == 1);
  CHECK_THAT(eq[0], Catch::Contains("other than '='"));
}
