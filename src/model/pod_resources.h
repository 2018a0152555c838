// A pod's total of one resource from its containers' amounts, as the scheduler and the kubelet
// add them up (KEP-753, resource.PodRequests/PodLimits): init containers run one at a time,
// each with the sidecars declared before it; then the sidecars and the app containers
// together. The loader checks pod-level resources against it (on the manifest as written)
// and the planner sizes the pod's cgroup with it (on the model), so both use this one rule.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace podrun::model {

enum class AmountRole { Init, Sidecar, App };

struct ContainerAmount {
  AmountRole role = AmountRole::App;
  std::optional<std::int64_t> amount;  // millicores or bytes; none: the container sets none
};

// max(sum over sidecars and app containers, the largest init container plus the sidecars
// declared before it). For limits (`every_needed`) none when some container has none: the pod
// is then unbounded. For requests none when the total is 0.
std::optional<std::int64_t> aggregate_amount(const std::vector<ContainerAmount>& in_order, bool every_needed);

}  // namespace podrun::model
