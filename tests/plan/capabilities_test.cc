// Capability sets as containerd computes them for the kubelet: the default 14, drop (ALL
// empties), add (ALL fills); masks as /proc/PID/status prints them.
#include <catch2/catch.hpp>

#include "common/capabilities.h"

using namespace podrun;

TEST_CASE("containerd's default set, and the mask /proc/self/status shows for it", "[caps]") {
  auto d = container_capabilities({}, {});
  CHECK(d.size() == 14);
  CHECK(capability_mask(d) == 0xa80425fbULL);  // what a containerd container's CapEff reads
}

TEST_CASE("add and drop, with or without CAP_, and ALL", "[caps]") {
  CHECK(capability_mask(container_capabilities({"NET_ADMIN"}, {})) == 0xa80435fbULL);
  CHECK(container_capabilities({}, {"ALL"}).empty());
  CHECK(container_capabilities({"CAP_NET_BIND_SERVICE"}, {"ALL"}) == std::vector<std::string>{"CAP_NET_BIND_SERVICE"});
  CHECK(capability_mask(container_capabilities({}, {"NET_RAW", "cap_mknod"})) == (0xa80425fbULL & ~(1ULL << 13) & ~(1ULL << 27)));
  CHECK(container_capabilities({"ALL"}, {}).size() == 41);
  CHECK(capability_number("CAP_SYS_ADMIN") == 21);
  CHECK_FALSE(capability_number("NET_FLY"));
  CHECK(capability_name(40) == "CAP_CHECKPOINT_RESTORE");
}
