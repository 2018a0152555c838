#include "model/pod_resources.h"

#include <algorithm>

namespace podrun::model {

std::optional<std::int64_t> aggregate_amount(const std::vector<ContainerAmount>& in_order, bool every_needed) {
  bool missing = false;
  std::int64_t sidecars = 0, init_peak = 0, running = 0;
  for (const auto& c : in_order) {
    if (!c.amount) missing = true;
    std::int64_t v = c.amount.value_or(0);
    switch (c.role) {
      case AmountRole::Init: init_peak = std::max(init_peak, sidecars + v); break;
      case AmountRole::Sidecar: sidecars += v; break;
      case AmountRole::App: running += v; break;
    }
  }
  if (every_needed && missing) return std::nullopt;
  std::int64_t total = std::max(sidecars + running, init_peak);
  if (!every_needed && total == 0) return std::nullopt;
  return total;
}

}  // namespace podrun::model
