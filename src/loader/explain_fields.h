// `podrun explain TYPE[.FIELD...]`: kubectl explain, offline, plus what podrun does with the
// field.
//
// The field types and descriptions come from the Kubernetes OpenAPI documents of one release,
// reduced by scripts/gen-explain.py to schemas/explain/v<version>.json and linked into the
// binary (schemas_blob.S). They are parsed on the first lookup only, so no other command pays
// for them. Everything here is pure: lookups in that data and text built from it.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace podrun::loader {

// The Kubernetes releases explain has data for, oldest first ("1.31", "1.35").
const std::vector<std::string>& explain_versions();

// A path that names no kind or field: one line, saying what and where.
struct ExplainError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One field of a type, as the data file has it.
struct ExplainField {
  std::string name;
  std::string type;         // as kubectl shows it: boolean, []Container, map[string]string, PodSpec
  std::string ref;          // the type a path walks into (Container for []Container), or empty
  std::string description;  // upstream text
  bool required = false;
  std::vector<std::string> enums;
};

// What TYPE[.FIELD...] names.
struct ExplainTarget {
  std::string version;              // "1.35"
  std::string kind;                 // Pod
  std::string api_version;          // v1, apps/v1
  std::string written;              // the path as asked for, type part lowercased: pod.spec
  std::vector<ExplainField> chain;  // the fields from the kind down: spec, containers; empty for the kind
  std::string type;                 // the type the path ends in (its fields are listed), or empty
  std::string description;          // of the field, then of its type, as kubectl prints them
  std::string status_path;          // for field_status: spec.containers[].livenessProbe
};

// Resolves "pod.spec.containers" in the data of `version`. TYPE is a kind, its plural or its
// short name, in any case. Throws ExplainError: unknown version, kind or field (with the
// closest name, and the other release when it has the field).
ExplainTarget explain_lookup(std::string_view version, std::string_view dotted);

// The fields of a type (empty for a primitive or an unknown type).
std::vector<ExplainField> explain_type_fields(const std::string& version, const std::string& type);

// podrun's answer for a target: the status line, and the fields below it whose status differs
// (direct children, or the whole subtree when `recursive`), so that a supported object with a
// refused member says so.
struct PodrunVerdict {
  std::string path;    // spec.containers[].livenessProbe.grpc; empty for the target itself
  std::string status;  // supported, ignored (warning), refused (error), not run
  std::string note;    // why
};
struct PodrunAnswer {
  PodrunVerdict self;
  std::vector<PodrunVerdict> below;
};
// `podrun_schema`: the Pod schema podrun validates against (null: not checked), and the
// Kubernetes release it comes from: a field missing from it is refused as unknown.
struct PodrunSchema {
  const nlohmann::json* pod = nullptr;
  std::string version;
};
PodrunAnswer podrun_answer(const ExplainTarget& t, const PodrunSchema& schema, bool recursive);

// kubectl explain's plaintext layout (KIND, VERSION, FIELD, DESCRIPTION, FIELDS; with
// `recursive` the field tree, names and types only), then the PODRUN section.
std::string render_explain(const ExplainTarget& t, const PodrunAnswer& podrun, bool recursive);
// The same as JSON (-o json).
nlohmann::json explain_json(const ExplainTarget& t, const PodrunAnswer& podrun, bool recursive);

// `text` wrapped to `width` columns, every line indented by `indent` spaces; the lines of the
// text (paragraphs) are kept. Exposed for tests.
std::string wrap_text(std::string_view text, int indent, int width = 80);

}  // namespace podrun::loader
