// Reading fields of a JSON object that may lack them or have another type: the loader's
// checks and decoders walk documents the schema has not (yet) vouched for.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace podrun::loader {

// obj[key], or null when obj is not an object or has no such key (never inserts).
inline const nlohmann::json& field(const nlohmann::json& obj, const char* key) {
  static const nlohmann::json null_value;
  if (!obj.is_object()) return null_value;
  auto it = obj.find(key);
  return it == obj.end() ? null_value : *it;
}
inline std::string str(const nlohmann::json& v, const std::string& fallback = "") {
  return v.is_string() ? v.get<std::string>() : fallback;
}
inline bool truthy(const nlohmann::json& v) { return v.is_boolean() && v.get<bool>(); }

}  // namespace podrun::loader
