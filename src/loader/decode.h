// JSON (already validated) → typed model, with the defaults the Kubernetes API server applies.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "loader/yaml_reader.h"
#include "model/model.h"

namespace podrun::loader {

using namespace ::podrun::model;

Pod decode_pod(const nlohmann::json& object, const PathIndex& positions);
ConfigMap decode_configmap(const nlohmann::json& object);
Secret decode_secret(const nlohmann::json& object);

// imagePullPolicy's default: Always for `:latest` or an untagged image, else IfNotPresent.
std::string default_pull_policy(const std::string& image);

std::string base64_decode(const std::string& in);

}  // namespace podrun::loader
