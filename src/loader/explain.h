// Explains why a value does not match a schema, in words a manifest author can act on.
//
// valijson says *whether* a document is valid quickly, but its messages ("Failed to validate
// against any child schemas allowed by oneOf constraint") point at the parent object and name
// one unknown property at most. When valijson refuses a document we walk the schema ourselves
// (it uses only type, properties, additionalProperties, required, items, enum, oneOf and
// minimum/maximum) and report every problem at the key or value it concerns.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace podrun::loader {

struct Explanation {
  std::string path;
  bool at_key = false;  // the problem is the key itself (unknown field), not its value
  std::string message;
};

std::vector<Explanation> explain_schema_errors(const nlohmann::json& schema, const nlohmann::json& value);

// "a string", "an integer", "a list", "a mapping", ... for messages.
std::string describe_json_type(const nlohmann::json& v);

// The closest name in `candidates` to `name` (for "did you mean"), or empty.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace podrun::loader
