// delete: a pod's supervisor is asked (SIGTERM; it stops the containers within the grace
// period, then the pause holder, and releases everything: exec/pod_teardown.h); then, with
// `wait`, the pod manager waits for it and releases whatever a killed supervisor left, from
// the pod's state and run.json (the processes it names, still ours by pid and start time).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pods/context.h"

namespace podrun::pods {

using PodName = std::pair<std::string, std::string>;  // namespace, name

// Every supervisor is asked first, so that the grace periods run in parallel; then each is
// waited for. `grace` overrides terminationGracePeriodSeconds. Returns the pods that did not
// exist; `leftovers` (optional) receives what could not be released, one line each.
std::vector<PodName> delete_pods(const Context& ctx, const std::vector<PodName>& pods, std::optional<int> grace, bool wait,
                                 std::vector<std::string>* leftovers = nullptr);

// A namespace goes with its pods, as the API server's namespace controller deletes them.
// Returns the namespaces that did not exist (no record, no pod).
std::vector<std::string> delete_namespaces(const Context& ctx, const std::vector<std::string>& names, std::optional<int> grace, bool wait);

}  // namespace podrun::pods
