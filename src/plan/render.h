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

// As kubectl describe prints a probe's or hook's action ("http-get http://:8080/healthz").
std::string handler_text(const HandlerPlan& h);
// Where a volume's files are: "pod:volumes/NAME", or the host path of a hostPath volume.
std::string volume_source_text(const VolumePlan& v);

}  // namespace podrun::plan
