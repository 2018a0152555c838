// The cgroups apply's early supervisor makes on the CLI's word (exec/sandbox_pool.h, PodAhead
// and CgroupsAhead), on a directory tree shaped like cgroup v1: the word is one line and
// carries what release_pause gives the pause holder; the cgroups it names are made with the
// plan's values, as the driver makes a pod's own; a word that names a place outside podrun's
// part of the hierarchy, or that cannot be read, makes nothing. Made for real, a pause holder
// released into them, and removed at a failed apply in tests/e2e/sandbox_pool_root_test.sh.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "exec/sandbox_pool.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace podrun;

namespace {

struct FakeV1 : testing::TempDir {
  FakeV1() : TempDir("podrun-cgroups-ahead-test") {
    for (const char* c : {"memory", "cpu", "pids"}) write(std::string(c) + "/tasks", "");
  }
};

plan::CgroupPlan cgroup_at(const std::string& path, std::int64_t memory) {
  plan::CgroupPlan c;
  c.path = path;
  c.v1.cpu_shares = 307;
  c.v1.cpu_cfs_period_us = 100000;
  c.v1.cpu_cfs_quota_us = 30000;
  c.v1.memory_limit_in_bytes = memory;
  c.v1.pids_max = 1024;
  return c;
}

exec::PodAhead word_for(const std::string& root, std::vector<plan::CgroupPlan> cgroups) {
  exec::PodAhead a;
  a.version = plan::CgroupVersion::V1;
  a.root = root;
  a.cgroups = std::move(cgroups);
  a.pause_cgroup = a.cgroups.empty() ? "podrun/podU" : a.cgroups.front().path;
  a.hostname = "web-0";
  a.oom_score_adj = -998;
  a.pod_dir = "/run/podrun/pods/default/web-0";
  return a;
}

// The word without its newline, as the supervisor hands it on.
std::string line(const exec::PodAhead& a) {
  std::string w = exec::encode_pod_ahead(a);
  return w.substr(0, w.size() - 1);
}

// Read and made, as apply's early supervisor does when the pod does not come meanwhile.
exec::CgroupsAhead make(std::string_view word) {
  exec::CgroupsAhead made = exec::read_pod_ahead(word);
  exec::make_pod_cgroup_ahead(made);
  exec::make_container_cgroups_ahead(made, [] { return false; });
  return made;
}

}  // namespace

TEST_CASE("cgroups ahead: the word is one line, and makes the plan's cgroups with its values", "[exec]") {
  FakeV1 t;
  std::vector<plan::CgroupPlan> plans = {cgroup_at("podrun/podU", 100 << 20), cgroup_at("podrun/podU/web", 64 << 20),
                                         cgroup_at("podrun/podU/side", 32 << 20)};
  std::string word = exec::encode_pod_ahead(word_for(t.root, plans));
  CHECK(word.rfind("pod ", 0) == 0);
  CHECK(std::count(word.begin(), word.end(), '\n') == 1);
  CHECK(word.back() == '\n');
  exec::CgroupsAhead made = make(std::string_view(word).substr(0, word.size() - 1));
  REQUIRE(made.written.size() == 3);
  CHECK(made.pause_cgroup_made);
  CHECK(made.word.cgroups.size() == 3);
  CHECK(made.word.root == t.root);
  CHECK(made.word.version == plan::CgroupVersion::V1);
  CHECK(made.word.hostname == "web-0");
  CHECK(made.word.oom_score_adj == -998);
  CHECK(made.word.pod_dir == "/run/podrun/pods/default/web-0");
  CHECK(t.read("memory/podrun/podU/web/memory.limit_in_bytes") == std::to_string(64 << 20));
  CHECK(t.read("memory/podrun/podU/side/memory.limit_in_bytes") == std::to_string(32 << 20));
  CHECK(t.read("cpu/podrun/podU/cpu.cfs_quota_us") == "30000");
  CHECK(t.read("pids/podrun/podU/web/pids.max") == "1024");
  // What the pod would have written itself, file for file.
  FakeV1 own;
  auto d = cgroup::make_driver(plan::CgroupVersion::V1, own.root);
  auto expect = d->apply(plans[1]);
  REQUIRE(expect.size() == made.written[1].size());
  for (std::size_t i = 0; i < expect.size(); ++i) {
    CHECK(expect[i].file.substr(own.root.size()) == made.written[1][i].file.substr(t.root.size()));
    CHECK(expect[i].value == made.written[1][i].value);
  }
}

TEST_CASE("cgroups ahead: a word outside podrun's part of the hierarchy, or unreadable, makes nothing", "[exec]") {
  FakeV1 t;
  for (const std::string& path :
       {std::string("system.slice/x"), std::string("podrun/../../etc"), std::string(""), std::string("/podrun/podU")}) {
    CHECK(make(line(word_for(t.root, {cgroup_at("podrun/podU", 1 << 20), cgroup_at(path, 1 << 20)}))).written.empty());
    exec::PodAhead pause_elsewhere = word_for(t.root, {cgroup_at("podrun/podU", 1 << 20)});
    pause_elsewhere.pause_cgroup = path;
    CHECK(make(line(pause_elsewhere)).written.empty());
    CHECK_FALSE(fs::exists(t.root + "/memory/podrun"));
  }
  exec::PodAhead relative = word_for(t.root, {cgroup_at("podrun/podU", 1 << 20)});
  relative.pod_dir = "pods/default/web-0";
  CHECK(make(line(relative)).written.empty());
  std::string fraction = line(word_for(t.root, {cgroup_at("podrun/podU", 1 << 20)}));
  fraction.replace(fraction.find("\"oomScoreAdj\":-998"), 18, "\"oomScoreAdj\":-9.5");
  CHECK(make(fraction).written.empty());
  for (const char* word : {"pod {", "pod []", "pod {\"version\":1}", "ahead", ""}) CHECK(make(word).written.empty());
  CHECK(make(line(word_for(t.root, {}))).written.empty());
  CHECK_FALSE(fs::exists(t.root + "/memory/podrun"));
}

TEST_CASE("cgroups ahead: where the controllers are not mounted, nothing is made", "[exec]") {
  testing::TempDir empty("podrun-cgroups-ahead-none");
  exec::CgroupsAhead made = make(line(word_for(empty.root, {cgroup_at("podrun/podU", 1 << 20)})));
  CHECK(made.written.empty());
  CHECK_FALSE(made.pause_cgroup_made);
  CHECK_FALSE(fs::exists(empty.root + "/memory"));
}

TEST_CASE("cgroups ahead: the pod's cgroup first, the containers' until the pod comes", "[exec]") {
  FakeV1 t;
  exec::CgroupsAhead made = exec::read_pod_ahead(line(
      word_for(t.root, {cgroup_at("podrun/podU", 100 << 20), cgroup_at("podrun/podU/a", 1 << 20), cgroup_at("podrun/podU/b", 1 << 20)})));
  REQUIRE(made.word.cgroups.size() == 3);
  CHECK(made.written.empty());  // read, nothing made
  CHECK_FALSE(fs::exists(t.root + "/memory/podrun"));
  exec::make_pod_cgroup_ahead(made);
  CHECK(made.pause_cgroup_made);
  CHECK(made.written.size() == 1);
  CHECK(fs::is_directory(t.root + "/memory/podrun/podU"));
  int asked = 0;
  exec::make_container_cgroups_ahead(made, [&] { return ++asked > 1; });  // the pod comes after the first
  CHECK(made.written.size() == 2);
  CHECK(fs::is_directory(t.root + "/memory/podrun/podU/a"));
  CHECK_FALSE(fs::exists(t.root + "/memory/podrun/podU/b"));
}
