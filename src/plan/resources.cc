#include "plan/resources.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "model/pod_resources.h"

namespace podrun::plan {

std::uint64_t cpu_shares(std::optional<std::int64_t> request_milli) {
  if (!request_milli || *request_milli <= 0) return kMinShares;
  std::uint64_t shares = static_cast<std::uint64_t>(*request_milli) * 1024 / 1000;
  return std::clamp<std::uint64_t>(shares, kMinShares, kMaxShares);
}

std::int64_t cfs_quota_us(std::optional<std::int64_t> limit_milli) {
  if (!limit_milli) return -1;
  std::int64_t quota = *limit_milli * kCfsPeriodUs / 1000;
  return std::max(quota, kMinCfsQuotaUs);
}

std::uint64_t cpu_weight(std::uint64_t shares) {
  if (shares <= kMinShares) return 1;
  if (shares >= kMaxShares) return 10000;
  double l = std::log2(static_cast<double>(shares));
  double exponent = (l * l + 125 * l) / 612.0 - 7.0 / 34.0;
  // Round the power before taking the ceiling, so that 10^2.0000000000000004 is 100, not 101.
  double w = std::pow(10.0, exponent);
  double nearest = std::round(w);
  if (std::fabs(w - nearest) < 1e-9) w = nearest;
  return static_cast<std::uint64_t>(std::ceil(w));
}

CgroupV1Values cgroup_v1(std::optional<std::int64_t> cpu_request_milli, std::optional<std::int64_t> cpu_limit_milli,
                         std::optional<std::int64_t> memory_limit, std::optional<std::int64_t> pids_max) {
  CgroupV1Values v;
  v.cpu_shares = cpu_shares(cpu_request_milli);
  v.cpu_cfs_quota_us = cfs_quota_us(cpu_limit_milli);
  v.cpu_cfs_period_us = kCfsPeriodUs;
  v.memory_limit_in_bytes = memory_limit;
  v.pids_max = pids_max;
  return v;
}

CgroupV2Values cgroup_v2(const CgroupV1Values& v1) {
  CgroupV2Values v;
  v.cpu_weight = cpu_weight(v1.cpu_shares);
  v.cpu_max =
      (v1.cpu_cfs_quota_us < 0 ? std::string("max") : std::to_string(v1.cpu_cfs_quota_us)) + " " + std::to_string(v1.cpu_cfs_period_us);
  v.memory_max = v1.memory_limit_in_bytes ? std::to_string(*v1.memory_limit_in_bytes) : "max";
  v.pids_max = v1.pids_max ? std::to_string(*v1.pids_max) : "max";
  return v;
}

namespace {

std::optional<std::int64_t> amount(const model::ResourceList& list, const char* resource) {
  auto it = list.find(resource);
  if (it == list.end()) return std::nullopt;
  return std::string(resource) == "cpu" ? it->second.value.milli() : it->second.value.value();
}

template <typename Fn>
void each_container(const model::PodSpec& spec, Fn fn) {
  for (const auto& c : spec.init_containers) fn(c);
  for (const auto& c : spec.containers) fn(c);
}

}  // namespace

std::optional<std::int64_t> request_of(const model::Container& c, const char* resource) { return amount(c.resources.requests, resource); }
std::optional<std::int64_t> limit_of(const model::Container& c, const char* resource) { return amount(c.resources.limits, resource); }

QosClass qos_class(const model::PodSpec& spec) {
  // Pod-level resources decide alone (ComputePodQOS with PodLevelResources): Guaranteed when
  // the pod limits both cpu and memory and requests what it limits.
  if (has_pod_level_resources(spec)) {
    bool any = false, guaranteed = true;
    for (const char* r : {"cpu", "memory"}) {
      bool set = spec.resources.requests.count(r) || spec.resources.limits.count(r);
      auto req = set ? pod_request(spec, r) : std::nullopt;
      auto lim = amount(spec.resources.limits, r);
      if (req && *req <= 0) req.reset();
      if (lim && *lim <= 0) lim.reset();
      if (req || lim) any = true;
      if (!lim || !req || *req != *lim) guaranteed = false;
    }
    if (!any) return QosClass::BestEffort;
    return guaranteed ? QosClass::Guaranteed : QosClass::Burstable;
  }
  bool any = false, guaranteed = true;
  each_container(spec, [&](const model::Container& c) {
    for (const char* r : {"cpu", "memory"}) {
      auto req = request_of(c, r), lim = limit_of(c, r);
      if (req || lim) any = true;
      if (!lim || !req || *req != *lim) guaranteed = false;
    }
  });
  if (!any) return QosClass::BestEffort;
  return guaranteed ? QosClass::Guaranteed : QosClass::Burstable;
}

int oom_score_adj(QosClass qos, std::optional<std::int64_t> memory_request, std::int64_t node_memory) {
  if (qos == QosClass::Guaranteed) return -997;
  if (qos == QosClass::BestEffort) return 1000;
  std::int64_t req = memory_request.value_or(0);
  std::int64_t adj = node_memory > 0 ? 1000 - (1000 * static_cast<__int128>(req)) / node_memory : 1000;
  return static_cast<int>(std::clamp<std::int64_t>(adj, 3, 999));
}

namespace {

std::vector<model::ContainerAmount> amounts(const model::PodSpec& spec, const char* resource, bool limit) {
  std::vector<model::ContainerAmount> out;
  each_container(spec, [&](const model::Container& c) {
    model::AmountRole role = c.type == model::ContainerType::Init      ? model::AmountRole::Init
                             : c.type == model::ContainerType::Sidecar ? model::AmountRole::Sidecar
                                                                       : model::AmountRole::App;
    out.push_back({role, limit ? limit_of(c, resource) : request_of(c, resource)});
  });
  return out;
}

bool any_container_requests(const model::PodSpec& spec, const char* resource) {
  bool any = false;
  each_container(spec, [&](const model::Container& c) { any = any || request_of(c, resource).has_value(); });
  return any;
}

}  // namespace

bool has_pod_level_resources(const model::PodSpec& spec) {
  for (const char* r : {"cpu", "memory"})
    if (spec.resources.requests.count(r) || spec.resources.limits.count(r)) return true;
  return false;
}

std::optional<std::int64_t> pod_request(const model::PodSpec& spec, const char* resource) {
  if (auto v = amount(spec.resources.requests, resource)) return v;
  std::optional<std::int64_t> containers = model::aggregate_amount(amounts(spec, resource, false), false);
  // The API server's defaulting of a pod-level limit without a request (defaultPodRequests):
  // the containers' total when one of them requests the resource, else the limit.
  if (auto lim = amount(spec.resources.limits, resource)) return any_container_requests(spec, resource) ? containers : lim;
  return containers;
}

std::optional<std::int64_t> pod_limit(const model::PodSpec& spec, const char* resource) {
  if (auto v = amount(spec.resources.limits, resource)) return v;
  return model::aggregate_amount(amounts(spec, resource, true), true);
}

std::optional<std::int64_t> container_memory_request_for_oom(const model::PodSpec& spec, const model::Container& c) {
  std::optional<std::int64_t> own = request_of(c, "memory");
  if (!spec.resources.requests.count("memory") && !spec.resources.limits.count("memory")) return own;
  // KEP-2837: the part of the pod's request that no app container requests, shared evenly.
  std::int64_t requested = 0;
  for (const auto& app : spec.containers) requested += request_of(app, "memory").value_or(0);
  std::int64_t remaining = pod_request(spec, "memory").value_or(0) - requested;
  if (remaining <= 0 || spec.containers.empty()) return own;
  return own.value_or(0) + remaining / static_cast<std::int64_t>(spec.containers.size());
}

}  // namespace podrun::plan
