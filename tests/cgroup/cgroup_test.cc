// The cgroup drivers on a directory tree shaped like cgroupfs: which files they write, with
// which values, in which order; where a process attaches; how pods' cgroups are found and
// removed. The v1 driver runs for real in tests/e2e/resources_root_test.sh.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cgroup/cgroup.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace podrun;

namespace {

// A directory tree shaped like cgroupfs, written by each test.
struct FakeTree : testing::TempDir {
  FakeTree() : TempDir("podrun-cgroup-test") {}
};

plan::CgroupPlan limited(const std::string& path) {
  plan::CgroupPlan c;
  c.path = path;
  c.v1.cpu_shares = 512;
  c.v1.cpu_cfs_quota_us = 50000;
  c.v1.cpu_cfs_period_us = 100000;
  c.v1.memory_limit_in_bytes = 64 << 20;
  c.v1.pids_max = 4096;
  c.v2.cpu_weight = 20;
  c.v2.cpu_max = "50000 100000";
  c.v2.memory_max = "67108864";
  c.v2.pids_max = "4096";
  return c;
}

}  // namespace

TEST_CASE("cgroup v1: each controller's hierarchy gets the plan's values, period before quota", "[cgroup]") {
  FakeTree t;
  for (const char* c : {"memory", "cpu", "cpuacct", "pids", "freezer"}) t.write(std::string(c) + "/tasks", "");
  cgroup::CgroupDriverV1 d(t.root);
  CHECK(d.available());
  auto written = d.apply(limited("podrun/burstable/podX/app"));
  std::vector<std::string> order;
  for (const auto& w : written) order.push_back(w.file.substr(t.root.size() + 1) + "=" + w.value);
  CHECK(order == std::vector<std::string>{
                     "cpu/podrun/burstable/podX/app/cpu.shares=512", "cpu/podrun/burstable/podX/app/cpu.cfs_period_us=100000",
                     "cpu/podrun/burstable/podX/app/cpu.cfs_quota_us=50000",
                     "memory/podrun/burstable/podX/app/memory.limit_in_bytes=67108864", "pids/podrun/burstable/podX/app/pids.max=4096"});
  CHECK(t.read("memory/podrun/burstable/podX/app/memory.limit_in_bytes") == "67108864");
  // Every controller has the directory, and a process attaches through each `tasks` file.
  auto attach = d.attach_files("podrun/burstable/podX/app");
  CHECK(attach.size() == 5);
  CHECK(attach[0] == t.root + "/memory/podrun/burstable/podX/app/tasks");
}

TEST_CASE("cgroup v1: unlimited values are not written", "[cgroup]") {
  FakeTree t;
  for (const char* c : {"memory", "cpu", "pids"}) t.write(std::string(c) + "/tasks", "");
  cgroup::CgroupDriverV1 d(t.root);
  plan::CgroupPlan c;
  c.path = "podrun/besteffort/podY";
  c.v1.cpu_shares = 2;
  auto written = d.apply(c);
  REQUIRE(written.size() == 1);
  CHECK(written[0].value == "2");
  CHECK_FALSE(fs::exists(t.root + "/memory/podrun/besteffort/podY/memory.limit_in_bytes"));
  CHECK_FALSE(fs::exists(t.root + "/cpu/podrun/besteffort/podY/cpu.cfs_quota_us"));
  CHECK(fs::is_directory(t.root + "/pids/podrun/besteffort/podY"));
}

TEST_CASE("cgroup v1: OOM kills, usage and processes are read from the kernel's files", "[cgroup]") {
  FakeTree t;
  t.write("memory/p/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n");
  t.write("memory/p/memory.usage_in_bytes", "10485760\n");
  t.write("memory/p/memory.stat", "cache 0\ntotal_inactive_file 4194304\n");
  t.write("cpuacct/p/cpuacct.usage", "123456789\n");
  t.write("pids/p/cgroup.procs", "10\n11\n");
  t.write("pids/p/c/cgroup.procs", "12\n");
  cgroup::CgroupDriverV1 d(t.root);
  CHECK(d.oom_kills("p") == 3);
  CHECK(d.usage("p").memory_working_set == 6291456);
  CHECK(d.usage("p").cpu_ns == 123456789);
  CHECK(d.pids("p") == std::vector<int>{10, 11, 12});
}

TEST_CASE("cgroup v1: remove takes the pod's directories in every controller, children first", "[cgroup]") {
  FakeTree t;
  for (const char* c : {"memory", "cpu", "pids"}) t.write(std::string(c) + "/tasks", "");
  cgroup::CgroupDriverV1 d(t.root);
  d.create("podrun/besteffort/podZ/a");
  d.create("podrun/besteffort/podZ/b");
  CHECK(d.remove("podrun/besteffort/podZ", 100));
  CHECK_FALSE(fs::exists(t.root + "/memory/podrun/besteffort/podZ"));
  // The shared levels stay for the next pod (gc takes them: remove_empty).
  CHECK(fs::exists(t.root + "/memory/podrun/besteffort"));
  d.create("podrun/besteffort/podA");
  d.create("podrun/besteffort/podB");
  CHECK(d.remove("podrun/besteffort/podA", 100));
  CHECK(fs::exists(t.root + "/memory/podrun/besteffort/podB"));
  // remove_empty: a level in use stays, an empty one goes, in every controller.
  d.remove_empty("podrun/besteffort");
  d.remove_empty("podrun");
  CHECK(fs::exists(t.root + "/memory/podrun/besteffort/podB"));
  CHECK(d.remove("podrun/besteffort/podB", 100));
  d.remove_empty("podrun/besteffort");
  d.remove_empty("podrun");
  for (const char* c : {"memory", "cpu", "pids"}) CHECK_FALSE(fs::exists(t.root + "/" + c + "/podrun"));
}

TEST_CASE("cgroup v2: controllers enabled down the tree, values in the unified files", "[cgroup]") {
  FakeTree t;
  t.write("cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n");
  t.write("podrun/cgroup.controllers", "cpu memory pids\n");
  t.write("podrun/guaranteed-like/cgroup.controllers", "memory\n");
  cgroup::CgroupDriverV2 d(t.root);
  CHECK(d.available());
  auto written = d.apply(limited("podrun/guaranteed-like/podG"));
  CHECK(t.read("cgroup.subtree_control") == "+cpu +memory +pids");
  CHECK(t.read("podrun/cgroup.subtree_control") == "+cpu +memory +pids");
  CHECK(t.read("podrun/guaranteed-like/cgroup.subtree_control") == "+memory");  // only what it has
  std::vector<std::string> order;
  for (const auto& w : written) order.push_back(w.file.substr(w.file.rfind('/') + 1) + "=" + w.value);
  CHECK(order ==
        std::vector<std::string>{"cpu.weight=20", "cpu.max=50000 100000", "memory.max=67108864", "memory.oom.group=1", "pids.max=4096"});
  CHECK(d.attach_files("podrun/guaranteed-like/podG") == std::vector<std::string>{t.root + "/podrun/guaranteed-like/podG/cgroup.procs"});
}

TEST_CASE("cgroup v2: OOM kills from memory.events, CPU from cpu.stat", "[cgroup]") {
  FakeTree t;
  t.write("p/memory.events", "low 0\nhigh 0\nmax 7\noom 2\noom_kill 2\noom_group_kill 1\n");
  t.write("p/cpu.stat", "usage_usec 2500\nuser_usec 2000\n");
  t.write("p/memory.current", "8192\n");
  t.write("p/memory.stat", "anon 4096\ninactive_file 4096\n");
  cgroup::CgroupDriverV2 d(t.root);
  CHECK(d.oom_kills("p") == 2);
  CHECK(d.usage("p").cpu_ns == 2500000);
  CHECK(d.usage("p").memory_working_set == 4096);
  CHECK_FALSE(cgroup::CgroupDriverV2(t.root + "/p").available());
}

TEST_CASE("the pause holder: the pod's cgroup on v1, a leaf of it on v2", "[cgroup]") {
  plan::PodPlan p;
  p.cgroup.path = "podrun/besteffort/podP";
  CHECK(cgroup::pause_cgroup_path(p, plan::CgroupVersion::V1) == "podrun/besteffort/podP");
  CHECK(cgroup::pause_cgroup_path(p, plan::CgroupVersion::V2) == "podrun/besteffort/podP/pause");
}

TEST_CASE("cgroup v1: a restricted device policy denies all, then allows each rule", "[cgroup]") {
  FakeTree t;
  for (const char* c : {"memory", "cpu", "pids", "devices"}) t.write(std::string(c) + "/tasks", "");
  cgroup::CgroupDriverV1 d(t.root);
  plan::CgroupPlan c;
  c.path = "podrun/besteffort/podD/app";
  c.devices.restricted = true;
  c.devices.allow = {{'c', 1, 3, "rwm"}, {'c', 136, -1, "rwm"}};
  std::vector<std::string> order;
  for (const auto& w : d.apply(c))
    if (w.file.find("/devices/") != std::string::npos) order.push_back(w.file.substr(w.file.rfind('/') + 1) + "=" + w.value);
  CHECK(order == std::vector<std::string>{"devices.deny=a", "devices.allow=c 1:3 rwm", "devices.allow=c 136:* rwm"});
  // Unrestricted (the pod's cgroup, a privileged container): the devices files are not written.
  plan::CgroupPlan pod;
  pod.path = "podrun/besteffort/podD";
  for (const auto& w : d.apply(pod)) CHECK(w.file.find("/devices/") == std::string::npos);
}

TEST_CASE("cgroup: a rootless user's delegated v2 subtree is the topmost directory it owns above its own cgroup", "[cgroup]") {
  FakeTree t;
  std::string mount = t.root + "/unified";
  std::string user_service = mount + "/user.slice/user-1000.slice/user@1000.service";
  fs::create_directories(user_service + "/app.slice/term.scope");
  fs::create_directories(mount + "/user.slice/user-1000.slice/session-3.scope");
  std::ofstream(mount + "/cgroup.controllers") << "cpuset cpu io memory pids\n";
  std::ofstream(user_service + "/cgroup.controllers") << "cpu memory pids\n";
  const unsigned me = ::geteuid();
  // The test runs as one user and owns every directory it made: chown the ancestors away
  // only when it can (root); otherwise check the walk stops at the mount.
  std::string in_service = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/term.scope\n";
  if (me == 0) {
    for (const std::string& d : {mount, mount + "/user.slice", mount + "/user.slice/user-1000.slice"})
      REQUIRE(::chown(d.c_str(), 4242, 4242) == 0);
    CHECK(cgroup::delegated_root(in_service, mount, 0) == user_service);
    // A login session's scope is not delegated: no cgroups, and apply says so.
    CHECK(cgroup::delegated_root("0::/user.slice/user-1000.slice/session-3.scope\n", mount, 0).empty());
  }
  // Without the cpu, memory or pids controller there, limits could not be written: none.
  std::ofstream(user_service + "/cgroup.controllers") << "memory pids\n";
  if (me == 0) CHECK(cgroup::delegated_root(in_service, mount, 0).empty());
  // cgroup v1 (no unified hierarchy at the mount) and a /proc/self/cgroup without "0::": none.
  CHECK(cgroup::delegated_root(in_service, t.root + "/nothing", me).empty());
  CHECK(cgroup::delegated_root("4:memory:/user.slice\n", mount, me).empty());
}

TEST_CASE("cgroup: an empty root is no cgroups at all, and writes nothing", "[cgroup]") {
  FakeTree t;
  auto none = cgroup::make_driver(plan::CgroupVersion::V1, "");
  CHECK(none->available());
  CHECK(none->apply(limited("podrun/pod1")).empty());
  CHECK(none->attach_files("podrun/pod1").empty());
  CHECK(none->kill_all("podrun/pod1", 10));
  CHECK(none->remove("podrun/pod1", 10));
  CHECK(none->version() == plan::CgroupVersion::V1);
}
