// Deployments and Jobs as the loader reads them (checks: workloads.cc, as Checker methods).
#pragma once

#include <nlohmann/json.hpp>

#include "model/workloads.h"

namespace podrun::loader {

// A valid Deployment or Job (JSON) → its typed model, with the API server's defaults.
model::Workload decode_workload(const nlohmann::json& object);

}  // namespace podrun::loader
