// What podrun does with each field of a Pod: the table behind docs/compatibility.md.
//
// Every field of a valid Kubernetes v1 Pod is one of:
//   Supported    podrun implements it;
//   Ignored      accepted with a warning, because it means nothing on one node
//                (scheduling, service accounts, ...);
//   Unsupported  refused with an error, because it changes what the pod does and podrun does
//                not implement it (yet): running the pod without it would be a lie.
// Fields not in the table inherit from their parent (Supported at the top), except below
// entries ending in ".*", which give the status of their unlisted children.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace podrun::loader {

enum class FieldStatus { Supported, Ignored, Unsupported };

struct FieldRule {
  const char* path;  // normalised: array indexes as [], initContainers as containers
  FieldStatus status;
  const char* note;  // why, or which issue brings it
};

const std::vector<FieldRule>& field_rules();

struct FieldVerdict {
  FieldStatus status;
  const FieldRule* rule;  // null when inherited from Supported at the top
};

// The status of a normalised path such as "spec.containers[].livenessProbe".
FieldVerdict field_status(std::string_view normalised_path);

// The status of `parent.child` when `parent` (a normalised path) is itself Supported: the
// child's own rule, else the parent's ".*" default, else Supported. Two lookups, no allocation;
// for walking a document top-down.
FieldVerdict child_field_status(std::string_view parent, std::string_view child, std::string& scratch);

// Turns a concrete path (spec.initContainers[2].ports[0].hostPort) into its normalised form.
std::string normalise_field_path(std::string_view path);

// Every Pod field of the schema with its verdict: what `podrun fields` lists.
struct CompatibilityRow {
  std::string path;   // spec.containers[].ports[].hostPort
  std::string since;  // "1.33" for a field newer than 1.31, else ""
  FieldStatus status;
  std::string note;
};
std::vector<CompatibilityRow> compatibility_rows(const nlohmann::json& pod_schema);

// docs/compatibility.md, generated from the table and the Pod schema (a test keeps the
// committed file equal to this).
std::string render_compatibility_markdown(const nlohmann::json& pod_schema);

const char* field_status_name(FieldStatus s);

}  // namespace podrun::loader
