// The field-support table (src/loader/fields.cc) and the document generated from it.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "loader/fields.h"
#include "loader/schema.h"

using namespace podrun::loader;

namespace {

// Does the Pod schema have this normalised path?
bool schema_has(const nlohmann::json& schema, const std::string& path) {
  const nlohmann::json* node = &schema;
  auto d = [&](const nlohmann::json& n) { return &deref(schema, n); };
  std::stringstream ss(path);
  for (std::string part; std::getline(ss, part, '.');) {
    bool list = part.size() > 2 && part.compare(part.size() - 2, 2, "[]") == 0;
    if (list) part.resize(part.size() - 2);
    if (part == "*") return true;
    if (!node->contains("properties") || !(*node)["properties"].contains(part)) return false;
    node = d((*node)["properties"][part]);
    if (list) {
      if (!node->contains("items")) return false;
      node = d((*node)["items"]);
    }
  }
  return true;
}

}  // namespace

TEST_CASE("every rule names a field of the Kubernetes v1.31 Pod", "[fields]") {
  const auto& schema = *SchemaSet::builtin().document("Pod");
  for (const auto& rule : field_rules()) {
    CAPTURE(rule.path);
    CHECK(schema_has(schema, rule.path));
    if (rule.status != FieldStatus::Supported) CHECK(std::string(rule.note).size() > 0);
  }
}

TEST_CASE("field status: listed, inherited, and defaulted by .*", "[fields]") {
  CHECK(field_status("spec.containers[].volumeDevices").status == FieldStatus::Unsupported);
  CHECK(field_status("spec.containers[].livenessProbe.grpc").status == FieldStatus::Supported);
  CHECK(field_status("spec.containers[].livenessProbe.grpc.service").status == FieldStatus::Supported);
  CHECK(field_status("spec.containers[].livenessProbe.exec.command").status == FieldStatus::Supported);
  CHECK(field_status("spec.nodeSelector").status == FieldStatus::Ignored);
  CHECK(field_status("spec.containers[].env[].valueFrom.fieldRef").status == FieldStatus::Supported);
  CHECK(field_status("spec.volumes[].emptyDir.sizeLimit").status == FieldStatus::Supported);
  CHECK(field_status("spec.volumes[].nfs").status == FieldStatus::Unsupported);
  CHECK(field_status("spec.volumes[].nfs.server").status == FieldStatus::Unsupported);
  CHECK(field_status("spec.securityContext.runAsUser").status == FieldStatus::Supported);
  CHECK(field_status("spec.securityContext.seccompProfile").status == FieldStatus::Supported);
  CHECK(field_status("spec.securityContext.sysctls").status == FieldStatus::Supported);
  CHECK(field_status("spec.securityContext.appArmorProfile").status == FieldStatus::Unsupported);
}

TEST_CASE("concrete paths normalise to table paths", "[fields]") {
  CHECK(normalise_field_path("spec.initContainers[2].ports[0].hostPort") == "spec.containers[].ports[].hostPort");
  CHECK(normalise_field_path("spec.containers[10].env[3].valueFrom") == "spec.containers[].env[].valueFrom");
  CHECK(normalise_field_path("metadata.labels[\"a.b/c\"]") == "metadata.labels[\"a.b/c\"]");
}

TEST_CASE("docs/compatibility.md is the generated table (run `make docs` after changing fields.cc)", "[fields]") {
  std::ifstream in(std::string(PODRUN_SOURCE_DIR) + "/docs/compatibility.md");
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == render_compatibility_markdown(*SchemaSet::builtin().document("Pod")));
}
