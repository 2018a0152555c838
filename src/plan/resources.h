// Requests and limits → QoS class, cgroup values, oom_score_adj: the kubelet's arithmetic
// (pkg/kubelet/cm/helpers_linux.go, pkg/kubelet/qos/policy.go), as pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/model.h"
#include "plan/plan.h"

namespace podrun::plan {

constexpr std::uint64_t kMinShares = 2;
constexpr std::uint64_t kMaxShares = 262144;
constexpr std::int64_t kCfsPeriodUs = 100000;
constexpr std::int64_t kMinCfsQuotaUs = 1000;
constexpr std::int64_t kDefaultPodPidsLimit = 4096;

// cpu.shares = max(2, milliCPU × 1024 / 1000), at most 262144; no request → 2.
std::uint64_t cpu_shares(std::optional<std::int64_t> request_milli);
// cpu.cfs_quota_us = milliCPU × period / 1000, at least 1000; no limit → -1.
std::int64_t cfs_quota_us(std::optional<std::int64_t> limit_milli);
// cgroup v2 cpu.weight from shares, as runc ≥ 1.3.2 and crun ≥ 1.23 compute it:
// ⌈10^((L² + 125L)/612 − 7/34)⌉ with L = log2(shares); 2 → 1, 1024 → 100, 262144 → 10000.
std::uint64_t cpu_weight(std::uint64_t shares);

CgroupV1Values cgroup_v1(std::optional<std::int64_t> cpu_request_milli, std::optional<std::int64_t> cpu_limit_milli,
                         std::optional<std::int64_t> memory_limit, std::optional<std::int64_t> pids_max);
CgroupV2Values cgroup_v2(const CgroupV1Values& v1);

// The pod sets cpu or memory in spec.resources (Kubernetes 1.32+, PodLevelResources).
bool has_pod_level_resources(const model::PodSpec& spec);

// Only cpu and memory count: the pod-level values when the pod has them (and then only
// those), else every container's including init containers and sidecars.
QosClass qos_class(const model::PodSpec& spec);

// The container's oom_score_adj: Guaranteed −997, BestEffort 1000, Burstable
// 1000 − 1000 × memoryRequest / nodeMemory clamped to [3, 999].
int oom_score_adj(QosClass qos, std::optional<std::int64_t> memory_request, std::int64_t node_memory);

// A container's request or limit of cpu (millicores) or memory (bytes), if set.
std::optional<std::int64_t> request_of(const model::Container& c, const char* resource);
std::optional<std::int64_t> limit_of(const model::Container& c, const char* resource);

// The pod's effective request or limit of a resource: its spec.resources value when it has
// one (a pod-level limit without a request implies the containers' total request, or the
// limit when no container requests it); else max(sum over app containers and sidecars, the
// largest init container's value plus the sidecars started before it) (model/pod_resources.h).
// nullopt for a limit when some container has none (the pod then has no limit).
std::optional<std::int64_t> pod_request(const model::PodSpec& spec, const char* resource);
std::optional<std::int64_t> pod_limit(const model::PodSpec& spec, const char* resource);

// The memory request a Burstable container's oom_score_adj is computed from: its own, plus,
// in a pod with pod-level memory, an even share of the pod's request that the app containers
// do not request themselves (KEP-2837).
std::optional<std::int64_t> container_memory_request_for_oom(const model::PodSpec& spec, const model::Container& c);

}  // namespace podrun::plan
