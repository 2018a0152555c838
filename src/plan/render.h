// A Plan as text (for people), JSON (stable field names, docs/plan-format.md) or Graphviz dot
// (the namespace-sharing graph).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "plan/plan.h"

namespace podrun::plan {

nlohmann::ordered_json plan_json(const Plan& plan);
std::string plan_text(const Plan& plan);
std::string plan_dot(const Plan& plan);

}  // namespace podrun::plan
