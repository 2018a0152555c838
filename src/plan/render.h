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
// The pod as `docker run` commands: a pause container holding the pod's namespaces, and each
// container joined to them with the flags that give it the same sharing (--net, --ipc, --pid
// =container:PAUSE or =host, --uts=host, ...): the Docker lessons' flags, pod by pod.
std::string plan_docker(const Plan& plan);

// As kubectl describe prints a probe's or hook's action ("http-get http://:8080/healthz").
std::string handler_text(const HandlerPlan& h);
// Where a volume's files are: "pod:volumes/NAME", or the host path of a hostPath volume.
std::string volume_source_text(const VolumePlan& v);

}  // namespace podrun::plan
