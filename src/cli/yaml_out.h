// JSON objects written as YAML the way `kubectl get -o yaml` writes them (sigs.k8s.io/yaml on
// go-yaml): keys in the object's order, sequences not indented under their key, empty maps
// and lists inline (`annotations: {}`), strings plain unless a YAML reader would get
// something else back ("3600", "true", "" double-quoted; "a: b", "*" single-quoted), and
// multi-line strings as literal blocks (`|` / `|-`). Scripts that diff kubectl's output
// against podrun's see the same text.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace podrun::cli {

// The document, ending in a newline.
std::string kubectl_yaml(const nlohmann::json& document);

}  // namespace podrun::cli
