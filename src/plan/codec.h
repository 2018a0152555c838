// The plan as the supervisor reads it: a lossless JSON form of one PodPlan.
//
// `podrun plan -o json` (render.h) is for people: it hides secrets and adds the isolation
// matrix. This form is for the executor: the CLI writes it into the pod's directory and the
// supervisor (a separate, small binary) reads it back, so the planner's output is the whole
// contract between the two. decode(encode(p)) == p, which a unit test checks.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "common/binary_codec.h"
#include "plan/plan.h"

namespace podrun::plan {

std::string encode_pod_plan(const PodPlan& pod);
PodPlan decode_pod_plan(const std::string& json);  // throws std::runtime_error on bad input
// The same as a JSON value, for a document that carries the plan (exec/run_config.h):
// no text in between.
nlohmann::json pod_plan_json(const PodPlan& pod);
PodPlan pod_plan_from_json(const nlohmann::json& j);  // throws std::runtime_error on bad input
// One container: an ephemeral container's request (pods/debug.h) carries its plan so.
nlohmann::json container_plan_json(const ContainerPlan& c);
ContainerPlan container_plan_from_json(const nlohmann::json& j);  // throws std::runtime_error on bad input
// One cgroup: apply's early supervisor is told the pod's before it is handed the pod
// (exec/sandbox_pool.h, CgroupsAhead).
nlohmann::json cgroup_plan_json(const CgroupPlan& c);
CgroupPlan cgroup_plan_from_json(const nlohmann::json& j);  // throws std::runtime_error on bad input

// Throws std::runtime_error ("`what` cannot be read: ...") when `j` holds a number with a
// fraction or an exponent anywhere: the codec writes none, and one read into an integer field
// is undefined behaviour when it does not fit (1e300 into an int). The decoders above call it;
// so do those of documents that carry a plan (exec/run_config.h).
void reject_fractional_numbers(const nlohmann::json& j, const std::string& what);

// The same plan in the binary form of common/binary_codec.h, for the word that hands a pod's
// run configuration to its supervisor ahead of the pod (exec/run_config.h): made from the same
// list of fields as the JSON. binary_layout() fingerprints that list: a reader built from
// another refuses the word (and the supervisor reads run.json).
std::uint64_t binary_layout();
void put_pod_plan(binary::Writer& w, const PodPlan& pod);
void get_pod_plan(binary::Reader& r, PodPlan& pod);  // throws std::runtime_error past the end

}  // namespace podrun::plan
