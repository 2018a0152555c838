// Host ID blocks for pods with hostUsers: false (exec/userns.h): the range from /etc/subuid
// and /etc/subgid, disjoint blocks, idempotence, release, stale blocks taken back, a full
// range refused. Files only: no root needed.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "exec/userns.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace podrun::exec;

namespace {

struct TempDir : podrun::testing::TempDir {
  TempDir() : podrun::testing::TempDir("podrun-userns-test") {}
};

}  // namespace

TEST_CASE("userns: the range is podrun's /etc/subuid and /etc/subgid entry, else the default", "[userns]") {
  TempDir t;
  auto none = t.write("none", "kubelet:65536:7208960\n");
  IdRange d = podrun_id_range(none, none);
  CHECK(d.start == 1048576);
  CHECK(d.count == 256 * kIdsPerPod);
  auto sub = t.write("sub", "alice:100000:65536\npodrun:2097152:655360\n");
  IdRange r = podrun_id_range(sub, sub);
  CHECK(r.start == 2097152);
  CHECK(r.count == 655360);
  CHECK_THROWS_WITH(podrun_id_range(sub, none), Catch::Contains("must both be there"));
  auto odd = t.write("odd", "podrun:100000:655360\n");
  CHECK_THROWS_WITH(podrun_id_range(odd, odd), Catch::Contains("multiple of 65536"));
  auto tiny = t.write("tiny", "podrun:65536:1000\n");
  CHECK_THROWS_WITH(podrun_id_range(tiny, tiny), Catch::Contains("at least 65536"));
  auto junk = t.write("junk", "podrun:x:y\n");
  CHECK_THROWS_WITH(podrun_id_range(junk, junk), Catch::Contains("NAME:START:COUNT"));
}

TEST_CASE("userns: pods get disjoint blocks, the same pod its own, released and stale blocks are reused", "[userns]") {
  TempDir t;
  std::string alloc = t.root + "/blocks";
  fs::create_directories(t.root + "/pods/a");
  fs::create_directories(t.root + "/pods/b");
  fs::create_directories(t.root + "/pods/c");
  IdRange range{196608, 2 * kIdsPerPod};
  std::uint32_t a = allocate_id_block(alloc, range, t.root + "/pods/a", "uid-a");
  std::uint32_t b = allocate_id_block(alloc, range, t.root + "/pods/b", "uid-b");
  CHECK(a == 196608);
  CHECK(b == 196608 + kIdsPerPod);
  CHECK(allocate_id_block(alloc, range, t.root + "/pods/a", "uid-a") == a);  // idempotent
  CHECK_THROWS_WITH(allocate_id_block(alloc, range, t.root + "/pods/c", "uid-c"), Catch::Contains("in use"));
  CHECK(id_block_of(alloc, "uid-b") == 1u);
  release_id_block(alloc, "uid-b");
  CHECK_FALSE(id_block_of(alloc, "uid-b"));
  CHECK(allocate_id_block(alloc, range, t.root + "/pods/c", "uid-c") == b);
  // A block whose pod directory is gone (its supervisor killed) is taken back.
  fs::remove_all(t.root + "/pods/a");
  fs::create_directories(t.root + "/pods/d");
  CHECK(allocate_id_block(alloc, range, t.root + "/pods/d", "uid-d") == a);
  release_id_block(alloc, "uid-nobody");  // nothing to give back: no error
  // The directory goes with the last block, and comes back with the next one.
  release_id_block(alloc, "uid-c");
  CHECK(fs::exists(alloc));
  release_id_block(alloc, "uid-d");
  CHECK_FALSE(fs::exists(alloc));
  CHECK(allocate_id_block(alloc, range, t.root + "/pods/d", "uid-d") == range.start);
}
