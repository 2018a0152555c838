// Deployments, Jobs and Services as the loader reads them (checks: workloads.cc, as Checker methods).
#pragma once

#include <nlohmann/json.hpp>

#include "model/service.h"
#include "model/workloads.h"

namespace podrun::loader {

// A valid Deployment or Job (JSON) → its typed model, with the API server's defaults.
model::Workload decode_workload(const nlohmann::json& object);
// matchLabels and matchExpressions (a valid LabelSelector) as a model::Selector; {} selects all.
model::Selector label_selector(const nlohmann::json& selector);
// A valid Service (JSON) → its typed model.
model::Service decode_service(const nlohmann::json& object);

}  // namespace podrun::loader
