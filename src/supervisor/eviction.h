// Local ephemeral storage, as the kubelet's eviction manager enforces it: a disk emptyDir over
// its sizeLimit, a pod over the sum of its containers' ephemeral-storage limits, or a
// container over its own evicts the pod (phase Failed, reason Evicted, the kubelet's message).
// Measured, not enforced by the filesystem: usage is the blocks the files hold, summed by a
// walk every evictionMonitoringPeriod (the supervisor's timer) — a pod can write past its
// limit between two walks, as on a kubelet without project quotas.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "plan/plan.h"

namespace podrun::supervisor {

// Bytes in use, by volume name (disk emptyDirs) and by container name (its writable layer and
// its logs).
struct StorageUsage {
  std::map<std::string, std::int64_t> volumes;
  std::map<std::string, std::int64_t> containers;
};

// Whether the pod has anything to measure (no limit: no walks at all).
bool has_storage_limits(const plan::PodPlan& pod);

// The eviction message, in the kubelet's words and order (emptyDirs, the pod, containers), or
// nullopt when everything is within its limit. Pure: tested without a disk.
std::optional<std::string> storage_eviction(const plan::PodPlan& pod, const StorageUsage& usage);

// "2Gi", "512Mi", "1500k"...: a byte count as a Kubernetes quantity (binary suffix when exact).
std::string quantity_text(std::int64_t bytes);

}  // namespace podrun::supervisor
