// The JSON schemas podrun validates against (schemas/*.json, compiled into the binary), parsed
// once and shared read-only by every validating thread.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "loader/schema_text_index.h"

namespace podrun::loader {

// The Kubernetes versions podrun validates against (`--kubernetes-version`). 1.31 and 1.35
// have schemas of their own (schemas/v1.31, schemas/v1.35); 1.32–1.34 are 1.35's schema
// without the fields those releases did not have yet (schemas/pod-fields-since.json).
struct KubeVersion {
  int minor = 35;  // 1.<minor>
  static constexpr int kOldest = 31, kNewest = 35;
  bool operator==(const KubeVersion& o) const { return minor == o.minor; }
  std::string name() const { return "1." + std::to_string(minor); }
};
constexpr KubeVersion kDefaultKubeVersion{KubeVersion::kNewest};
// "1.31", "v1.31", "1.31.4" → 1.31; nullopt when malformed or outside 1.31–1.35.
std::optional<KubeVersion> parse_kube_version(std::string_view text);

// The Pod fields newer than 1.31 (normalised paths, as loader/fields.h writes them) and the
// minor release that added each ("spec.resources" → 32). Parsed on first use.
const std::map<std::string, int, std::less<>>& pod_fields_since();
// The minor release that added `normalised_path` or the field it is under; 0 when it is older
// than 1.31's schema.
int pod_field_since(std::string_view normalised_path);

struct SchemaError {
  std::string path;     // field path of the offending value, from valijson's context
  std::string message;  // valijson's description
};

// `node` itself, or the definition it names when it is {"$ref": "#/definitions/NAME"} of
// `root` (podrun's compact schemas share repeated subschemas that way).
const nlohmann::json& deref(const nlohmann::json& root, const nlohmann::json& node);

// An RFC 3339 time as Kubernetes reads one (Go's time.RFC3339): the schemas' "date-time".
bool is_date_time(std::string_view s);

// JSON text parsed as nlohmann::json::parse does, faster for text shaped as podrun's schemas
// (minified, sorted keys, no escapes); other text goes to nlohmann's parser. Throws its
// parse_error on invalid JSON.
nlohmann::json parse_schema_text(std::string_view text);

class SchemaSet {
 public:
  // The built-in schemas of a Kubernetes version (1.32–1.34 share 1.35's).
  static const SchemaSet& builtin(KubeVersion version = kDefaultKubeVersion);
  // Schemas read from JSON text, by kind (tests use this with the upstream Kubernetes schemas).
  struct SchemaText {
    std::string kind;
    std::string_view text;
    // Where its objects and arrays end (the linked-in schemas': computed by the build); empty:
    // computed from the text on first use.
    std::span<const ContainerEnd> index = {};
  };
  explicit SchemaSet(const std::vector<SchemaText>& schemas);
  ~SchemaSet();

  // The schema document for a kind (Pod, ConfigMap, Secret, Namespace), or null. It may use $ref to
  // its own definitions: walk it with deref().
  const nlohmann::json* document(std::string_view kind) const;
  // Validates `object` against the schema for `kind`; true when valid. Errors are appended to
  // `errors` when it is given (collecting them is slower). The first documents of a kind are
  // checked against the part of the schema they reach, compiled for each (cheap for one pod);
  // later ones against the whole schema, compiled once.
  bool validate(std::string_view kind, const nlohmann::json& object, std::vector<SchemaError>* errors = nullptr) const;
  // The part of `kind`'s schema that `object` reaches, as validate() checks the first documents
  // of a kind against, read from the linked-in text without parsing the rest of it (a pod
  // reaches a few percent of the Pod schema). It serves validate_part() and podrun's own walk
  // along the schema (loader/semantic.h) for a valid object; nullopt for a schema given as
  // text, after the first documents of a kind, or when the text holds what the reader does
  // not expect: the caller then uses document() and validate().
  std::optional<nlohmann::json> part_for(std::string_view kind, const nlohmann::json& object) const;
  // The same from any schema's text, and from a parsed schema document (tests compare them).
  static std::optional<nlohmann::json> part_of_text(std::string_view schema_text, const nlohmann::json& object);
  static std::optional<nlohmann::json> part_of_document(const nlohmann::json& document, const nlohmann::json& object);
  // A built-in kind's linked-in text and the index the build made of it (tests compare it
  // with index_containers() of the text); empty for an unknown kind or a caller's schema.
  std::string_view linked_text(std::string_view kind) const;
  std::span<const ContainerEnd> linked_index(std::string_view kind) const;
  // Validates `object` against a part of a schema (part_for's).
  static bool validate_part(const nlohmann::json& part, const nlohmann::json& object, std::vector<SchemaError>* errors = nullptr);
  // The same, always against the whole compiled schema (tests compare the two).
  bool validate_whole(std::string_view kind, const nlohmann::json& object, std::vector<SchemaError>* errors = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  struct Compiled;
  // The built-in schemas' text is linked in and parsed on a kind's first use; a caller's text
  // is parsed by the constructor.
  enum class Parse { now, on_first_use };
  SchemaSet(const std::vector<SchemaText>& schemas, Parse when);
  static Compiled& parsed(Compiled& c);
  Compiled* find(std::string_view kind) const;
};

}  // namespace podrun::loader
