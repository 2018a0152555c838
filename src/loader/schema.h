// The JSON schemas podrun validates against (schemas/*.json, compiled into the binary), parsed
// once and shared read-only by every validating thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace podrun::loader {

struct SchemaError {
  std::string path;     // field path of the offending value, from valijson's context
  std::string message;  // valijson's description
};

// `node` itself, or the definition it names when it is {"$ref": "#/definitions/NAME"} of
// `root` (podrun's compact schemas share repeated subschemas that way).
const nlohmann::json& deref(const nlohmann::json& root, const nlohmann::json& node);

// JSON text parsed as nlohmann::json::parse does, faster for text shaped as podrun's schemas
// (minified, sorted keys, no escapes); other text goes to nlohmann's parser. Throws its
// parse_error on invalid JSON.
nlohmann::json parse_schema_text(std::string_view text);

class SchemaSet {
 public:
  // The built-in schemas.
  static const SchemaSet& builtin();
  // Schemas read from JSON text, by kind (tests use this with the upstream Kubernetes schemas).
  struct SchemaText {
    std::string kind;
    std::string_view text;
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
  // The same, always against the whole compiled schema (tests compare the two).
  bool validate_whole(std::string_view kind, const nlohmann::json& object, std::vector<SchemaError>* errors = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  struct Compiled;
  Compiled* find(std::string_view kind) const;
};

}  // namespace podrun::loader
