// Image volumes (spec.volumes[].image, KEP-4639) as the API server of each release checks them,
// and as podrun decodes them.
#include <catch2/catch.hpp>

#include "loader/fields.h"
#include "loader/loader.h"
#include "loader/schema.h"

using namespace podrun::loader;

namespace {

std::vector<std::string> errors(const std::string& text, int minor = 35, bool podrun_rules = true) {
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

std::string pod(const std::string& image, const std::string& mount = "{name: tools, mountPath: /tools}") {
  return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n  - name: tools\n    image: " + image +
         "\n  containers:\n  - name: c\n    image: busybox:1.36\n    volumeMounts: [" + mount + "]\n";
}

}  // namespace

TEST_CASE("image volumes: podrun runs them", "[loader][image-volume]") {
  CHECK(field_status("spec.volumes[].image").status == FieldStatus::Supported);
  CHECK(errors(pod("{reference: 'tools:1', pullPolicy: IfNotPresent}")).empty());
  CHECK(errors(pod("{reference: 'tools:1'}")).empty());
}

TEST_CASE("image volumes: reference is required in a Pod, pullPolicy one of three", "[loader][image-volume]") {
  auto e = errors(pod("{pullPolicy: IfNotPresent}"), 35, false);
  REQUIRE(e.size() == 1);
  CHECK_THAT(e[0], Catch::EndsWith("spec.volumes[0].image.reference: is required"));
  auto empty = errors(pod("{reference: ''}"), 35, false);
  REQUIRE(empty.size() == 1);
  CHECK_THAT(empty[0], Catch::EndsWith("spec.volumes[0].image.reference: is required"));
  auto p = errors(pod("{reference: 'tools:1', pullPolicy: Sometimes}"), 35, false);
  REQUIRE(p.size() == 1);
  CHECK(p[0] ==
        "7:47 spec.volumes[0].image.pullPolicy: unsupported value \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", "
        "\"Never\"");
  auto two = errors(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n  - {name: tools, image: {reference: t}, "
      "emptyDir: {}}\n  containers: [{name: c, image: x}]\n",
      35, false);
  REQUIRE(two.size() == 1);
  CHECK_THAT(two[0], Catch::Contains("spec.volumes[0]: may not specify more than 1 volume type"));
}

TEST_CASE("image volumes: subPath on their mounts from 1.33, readOnly false allowed", "[loader][image-volume]") {
  const std::string sub = pod("{reference: 'tools:1'}", "{name: tools, mountPath: /tools, subPath: bin}");
  CHECK(errors(sub, 35, false).empty());
  CHECK(errors(sub, 33, false).empty());
  auto e32 = errors(sub, 32, false);
  REQUIRE(e32.size() == 1);
  CHECK_THAT(e32[0], Catch::EndsWith("spec.containers[0].volumeMounts[0].subPath: not allowed in image volume sources"));
  CHECK(errors(pod("{reference: 'tools:1'}", "{name: tools, mountPath: /tools, subPathExpr: '$(X)'}"), 35, false).empty());
  auto expr32 = errors(pod("{reference: 'tools:1'}", "{name: tools, mountPath: /tools, subPathExpr: '$(X)'}"), 32, false);
  REQUIRE(expr32.size() == 1);
  CHECK_THAT(expr32[0], Catch::EndsWith("volumeMounts[0].subPathExpr: not allowed in image volume sources"));
  // The kubelet mounts it read-only whatever the mount says; the API server takes readOnly: false.
  CHECK(errors(pod("{reference: 'tools:1'}", "{name: tools, mountPath: /tools, readOnly: false}")).empty());
  // Another volume's subPath is no concern of this rule.
  CHECK(errors("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes: [{name: d, emptyDir: {}}]\n  containers: [{name: c, "
               "image: x:1, volumeMounts: [{name: d, mountPath: /d, subPath: s}]}]\n",
               31, false)
            .empty());
}

TEST_CASE("image volumes decode with the pull policy's default", "[loader][image-volume]") {
  for (auto [image, policy] : {std::pair{"{reference: 'tools:1'}", "IfNotPresent"},
                               {"{reference: tools}", "Always"},
                               {"{reference: 'tools:latest'}", "Always"},
                               {"{reference: 'tools@sha256:abcd'}", "IfNotPresent"},
                               {"{reference: 'tools:1', pullPolicy: Never}", "Never"}}) {
    CAPTURE(image);
    LoadResult r = load_text("pod.yaml", pod(image), LoadOptions{});
    REQUIRE(r.pods.size() == 1);
    const auto& v = r.pods[0].spec.volumes.at(0);
    CHECK(v.type == podrun::model::Volume::Type::Image);
    CHECK(v.image_pull_policy == policy);
  }
  LoadResult r = load_text("pod.yaml", pod("{reference: 'reg:5000/tools:1'}"), LoadOptions{});
  REQUIRE(r.pods.size() == 1);
  CHECK(r.pods[0].spec.volumes[0].image_reference == "reg:5000/tools:1");
}
