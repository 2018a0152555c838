// Local ephemeral storage: which usage evicts a pod, in the kubelet's words and order.
#include <catch2/catch.hpp>

#include "supervisor/eviction.h"

using namespace podrun;
using namespace podrun::supervisor;

namespace {

plan::PodPlan pod_with_limits() {
  plan::PodPlan p;
  plan::VolumePlan small;
  small.name = "small";
  small.type = plan::VolumeType::EmptyDir;
  small.size_limit_bytes = 10 << 20;
  small.size_limit_text = "10Mi";
  plan::VolumePlan big;
  big.name = "big";
  big.type = plan::VolumeType::EmptyDir;
  plan::VolumePlan mem;
  mem.name = "mem";
  mem.type = plan::VolumeType::EmptyDir;
  mem.medium = plan::StorageMedium::Memory;
  mem.size_limit_bytes = 1 << 20;
  p.volumes = {small, big, mem};
  plan::ContainerPlan a, b;
  a.name = "a";
  a.ephemeral_storage_limit = 100 << 20;
  a.ephemeral_storage_limit_text = "100Mi";
  b.name = "b";  // no limit of its own: its usage counts for the pod, its limit does not
  p.containers = {a, b};
  p.ephemeral_storage_limit = 100 << 20;
  return p;
}

}  // namespace

TEST_CASE("eviction: storage usage against limits (table)", "[eviction]") {
  const std::int64_t Mi = 1 << 20;
  struct Row {
    const char* name;
    std::int64_t small, big, a, b;
    const char* message;  // "" = no eviction
  };
  const Row rows[] = {
      {"all within", 5 * Mi, 10 * Mi, 20 * Mi, 20 * Mi, ""},
      {"an emptyDir exactly at its limit stays", 10 * Mi, 0, 0, 0, ""},
      {"an emptyDir over its limit", 10 * Mi + 4096, 0, 0, 0, "Usage of EmptyDir volume \"small\" exceeds the limit \"10Mi\". "},
      {"an emptyDir without a limit is only the pod's", 0, 500 * Mi, 0, 0,
       "Pod ephemeral local storage usage exceeds the total limit of containers 100Mi. "},
      {"the pod: containers with and without a limit, and disk emptyDirs", 1 * Mi, 20 * Mi, 40 * Mi, 40 * Mi,
       "Pod ephemeral local storage usage exceeds the total limit of containers 100Mi. "},
      {"emptyDir first, then the pod", 11 * Mi, 90 * Mi, 90 * Mi, 0, "Usage of EmptyDir volume \"small\" exceeds the limit \"10Mi\". "},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    StorageUsage u;
    u.volumes = {{"small", row.small}, {"big", row.big}, {"mem", 1 << 20}};
    u.containers = {{"a", row.a}, {"b", row.b}};
    auto got = storage_eviction(pod_with_limits(), u);
    if (*row.message) {
      REQUIRE(got);
      CHECK(*got == row.message);
    } else {
      CHECK_FALSE(got);
    }
  }
}

TEST_CASE("eviction: a container over its own limit, the pod's sum not reached", "[eviction]") {
  plan::PodPlan p = pod_with_limits();
  p.containers[1].ephemeral_storage_limit = 400 << 20;  // the pod's limit is now 500Mi
  p.ephemeral_storage_limit = 500 << 20;
  StorageUsage u{{}, {{"a", (100 << 20) + 1}, {"b", 0}}};
  auto got = storage_eviction(p, u);
  REQUIRE(got);
  CHECK(*got == "Container a exceeded its local ephemeral storage limit \"100Mi\". ");
}

TEST_CASE("eviction: nothing to measure without limits, quantities as Kubernetes prints them", "[eviction]") {
  plan::PodPlan p;
  CHECK_FALSE(has_storage_limits(p));
  plan::VolumePlan mem;
  mem.type = plan::VolumeType::EmptyDir;
  mem.medium = plan::StorageMedium::Memory;
  mem.size_limit_bytes = 1 << 20;  // a tmpfs of that size: the filesystem is the limit
  p.volumes = {mem};
  CHECK_FALSE(has_storage_limits(p));
  CHECK(has_storage_limits(pod_with_limits()));
  CHECK(quantity_text(2LL << 30) == "2Gi");
  CHECK(quantity_text(1536LL << 20) == "1536Mi");
  CHECK(quantity_text(1000) == "1000");
}
