#include "supervisor/eviction.h"

namespace podrun::supervisor {

namespace {

bool disk_empty_dir(const plan::VolumePlan& v) { return v.type == plan::VolumeType::EmptyDir && v.medium == plan::StorageMedium::Disk; }

}  // namespace

bool has_storage_limits(const plan::PodPlan& pod) {
  if (pod.ephemeral_storage_limit) return true;
  for (const auto& v : pod.volumes)
    if (disk_empty_dir(v) && v.size_limit_bytes) return true;
  return false;
}

std::string quantity_text(std::int64_t bytes) {
  static const char* const suffix[] = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
  for (int i = 0; i < 6; ++i) {
    std::int64_t unit = std::int64_t{1} << (10 * (6 - i));
    if (bytes != 0 && bytes % unit == 0) return std::to_string(bytes / unit) + suffix[i];
  }
  return std::to_string(bytes);
}

std::optional<std::string> storage_eviction(const plan::PodPlan& pod, const StorageUsage& usage) {
  // 1. Each disk emptyDir against its sizeLimit (strictly over it).
  for (const auto& v : pod.volumes) {
    if (!disk_empty_dir(v) || !v.size_limit_bytes) continue;
    auto it = usage.volumes.find(v.name);
    if (it != usage.volumes.end() && it->second > *v.size_limit_bytes)
      return "Usage of EmptyDir volume \"" + v.name + "\" exceeds the limit \"" +
             (v.size_limit_text.empty() ? quantity_text(*v.size_limit_bytes) : v.size_limit_text) + "\". ";
  }
  // 2. The pod: every container's layer and logs and the disk emptyDirs, against the sum of
  //    the limits that containers declare.
  if (pod.ephemeral_storage_limit) {
    std::int64_t total = 0;
    for (const auto& [name, bytes] : usage.containers) total += bytes;
    for (const auto& v : pod.volumes)
      if (disk_empty_dir(v))
        if (auto it = usage.volumes.find(v.name); it != usage.volumes.end()) total += it->second;
    if (total > *pod.ephemeral_storage_limit)
      return "Pod ephemeral local storage usage exceeds the total limit of containers " + quantity_text(*pod.ephemeral_storage_limit) +
             ". ";
  }
  // 3. Each container against its own limit.
  for (const auto& c : pod.containers) {
    if (!c.ephemeral_storage_limit) continue;
    auto it = usage.containers.find(c.name);
    if (it != usage.containers.end() && it->second > *c.ephemeral_storage_limit)
      return "Container " + c.name + " exceeded its local ephemeral storage limit \"" +
             (c.ephemeral_storage_limit_text.empty() ? quantity_text(*c.ephemeral_storage_limit) : c.ephemeral_storage_limit_text) + "\". ";
  }
  return std::nullopt;
}

}  // namespace podrun::supervisor
