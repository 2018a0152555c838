// Cgroups: one interface, a driver per cgroup version, both rooted at a path (youki's seam), so
// that every file they write is unit-tested against a directory tree that looks like cgroupfs
// (tests/cgroup/cgroup_test.cc) and the v1 driver is also tested for real (root.resources).
//
//   CgroupDriverV1  each controller its own hierarchy: <root>/memory/<path>, <root>/cpu/<path>,
//                   <root>/cpuacct/<path>, <root>/pids/<path>, <root>/freezer/<path>,
//                   <root>/devices/<path>
//   CgroupDriverV2  one unified hierarchy: <root>/<path>, the controllers enabled in every
//                   ancestor's cgroup.subtree_control; devices by a BPF program
//                   (device_filter.h)
//
// Paths are the plan's (podrun/burstable/pod<uid>/<container>). Processes are placed by moving
// themselves before exec (attach_files): on cgroup v1, a single-threaded process that writes
// "0" to a controller's `tasks` file skips the RCU grace period that writing another pid to
// cgroup.procs waits for (about 8 ms here, docs/benchmarks.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "plan/plan.h"

namespace podrun::cgroup {

// One cgroup file podrun wrote, for `describe` and the tests: the file and the value.
struct Written {
  std::string file;
  std::string value;
};

struct Usage {
  std::uint64_t cpu_ns = 0;              // CPU time used, all CPUs
  std::uint64_t memory_working_set = 0;  // usage minus inactive file pages, as kubectl top shows
};

class Driver {
 public:
  virtual ~Driver() = default;
  virtual plan::CgroupVersion version() const = 0;
  const std::string& root() const { return root_; }

  // mkdir -p of `path` (and of its parents) where the driver's controllers live.
  virtual void create(const std::string& path) = 0;
  // Writes the values of `c` to c.path (created first); returns what it wrote, in order.
  virtual std::vector<Written> apply(const plan::CgroupPlan& c) = 0;
  // The files a single-threaded process writes "0" to, to move itself into `path`.
  virtual std::vector<std::string> attach_files(const std::string& path) const = 0;
  // Processes in `path` and below.
  virtual std::vector<int> pids(const std::string& path) const = 0;
  // SIGKILL to everything in `path` and below (cgroup.kill on v2; on v1 freeze, kill, thaw),
  // until it is empty or `timeout_ms` passes. Returns false when something survived.
  virtual bool kill_all(const std::string& path, int timeout_ms) = 0;
  // rmdir of `path`, its children first, retrying while the kernel says EBUSY (a process that
  // just exited is still being released). Returns false when something of `path` is left.
  // Its ancestors stay (podrun/besteffort, podrun: the next pod's start would make them again,
  // a dozen mkdirs on cgroup v1, as the kubelet's kubepods levels stay); `podrun gc` takes
  // them when no pod is left in them (remove_empty).
  virtual bool remove(const std::string& path, int timeout_ms) = 0;
  // rmdir of `path` in every hierarchy where it is empty; nothing where it is not.
  virtual void remove_empty(const std::string& path) = 0;
  // How many times the OOM killer killed a process in `path` (memory.oom_control's oom_kill
  // on v1, memory.events' oom_kill on v2); 0 when the kernel does not say.
  virtual std::uint64_t oom_kills(const std::string& path) const = 0;
  virtual Usage usage(const std::string& path) const = 0;
  // Whether this machine has the driver's hierarchy at its root.
  virtual bool available() const = 0;

 protected:
  explicit Driver(std::string root) : root_(std::move(root)) {}
  std::string root_;
};

class CgroupDriverV1 : public Driver {
 public:
  explicit CgroupDriverV1(std::string root = "/sys/fs/cgroup") : Driver(std::move(root)) {}
  plan::CgroupVersion version() const override { return plan::CgroupVersion::V1; }
  void create(const std::string& path) override;
  std::vector<Written> apply(const plan::CgroupPlan& c) override;
  std::vector<std::string> attach_files(const std::string& path) const override;
  std::vector<int> pids(const std::string& path) const override;
  bool kill_all(const std::string& path, int timeout_ms) override;
  bool remove(const std::string& path, int timeout_ms) override;
  void remove_empty(const std::string& path) override;
  std::uint64_t oom_kills(const std::string& path) const override;
  Usage usage(const std::string& path) const override;
  bool available() const override;

  // The controllers podrun uses, each a hierarchy of its own on v1.
  static const std::vector<std::string>& controllers();

 private:
  std::string dir(const std::string& controller, const std::string& path) const;
  // The controllers mounted under the root, one per hierarchy (cpu and cpuacct are usually
  // mounted together: one directory, one attach), found once per driver.
  const std::vector<std::string>& hierarchies() const;
  mutable std::optional<std::vector<std::string>> hierarchies_;
};

class CgroupDriverV2 : public Driver {
 public:
  explicit CgroupDriverV2(std::string root = "/sys/fs/cgroup") : Driver(std::move(root)) {}
  plan::CgroupVersion version() const override { return plan::CgroupVersion::V2; }
  void create(const std::string& path) override;
  std::vector<Written> apply(const plan::CgroupPlan& c) override;
  std::vector<std::string> attach_files(const std::string& path) const override;
  std::vector<int> pids(const std::string& path) const override;
  bool kill_all(const std::string& path, int timeout_ms) override;
  bool remove(const std::string& path, int timeout_ms) override;
  void remove_empty(const std::string& path) override;
  std::uint64_t oom_kills(const std::string& path) const override;
  Usage usage(const std::string& path) const override;
  bool available() const override;

 private:
  std::string dir(const std::string& path) const { return path.empty() ? root_ : root_ + "/" + path; }
  void create_once(const std::string& path);
};

// No cgroups at all: an ordinary user's rootless pods where no cgroup v2 subtree is
// delegated to the user (always on cgroup v1). Nothing is written, nothing is limited or
// measured; apply says so in a warning for each pod (docs/rootless.md).
class CgroupDriverNone : public Driver {
 public:
  explicit CgroupDriverNone(plan::CgroupVersion v) : Driver(""), version_(v) {}
  plan::CgroupVersion version() const override { return version_; }
  void create(const std::string&) override {}
  std::vector<Written> apply(const plan::CgroupPlan&) override { return {}; }
  std::vector<std::string> attach_files(const std::string&) const override { return {}; }
  std::vector<int> pids(const std::string&) const override { return {}; }
  bool kill_all(const std::string&, int) override { return true; }
  bool remove(const std::string&, int) override { return true; }
  void remove_empty(const std::string&) override {}
  std::uint64_t oom_kills(const std::string&) const override { return 0; }
  Usage usage(const std::string&) const override { return {}; }
  bool available() const override { return true; }

 private:
  plan::CgroupVersion version_;
};

// The driver of version `v` rooted at `root`; an empty root is CgroupDriverNone.
std::unique_ptr<Driver> make_driver(plan::CgroupVersion v, const std::string& root = "/sys/fs/cgroup");

// The cgroup v2 subtree delegated to the user running podrun, where its rootless pods' cgroups
// go: the topmost directory owned by `uid` above the process's own cgroup (`proc_self_cgroup`,
// the text of /proc/self/cgroup) under the unified hierarchy at `mount`, when the cpu, memory
// and pids controllers are available there (systemd's user@UID.service is one). "" when there is
// none: on cgroup v1, or when podrun runs outside the delegated subtree (a login session's
// scope; `systemd-run --user --scope podrun ...` runs it inside).
std::string delegated_root(const std::string& proc_self_cgroup, const std::string& mount, unsigned uid);

// Where the hierarchy of version `v` is mounted here: /sys/fs/cgroup, or its unified/ on a
// hybrid v1 host when v2 is asked for.
std::string default_root(plan::CgroupVersion v);

// On cgroup v2 a cgroup with processes cannot hand controllers to children ("no internal
// processes"), so the pause holder gets a leaf of its own there; on v1 it lives in the pod's
// cgroup, as the kubelet's cgroupfs driver places it.
std::string pause_cgroup_path(const plan::PodPlan& pod, plan::CgroupVersion v);

// Reads one unsigned value ("max" and missing files read as 0).
std::uint64_t read_u64(const std::string& file);
// The value of `key` in a flat-keyed file (memory.stat, memory.events, cpu.stat).
std::uint64_t read_keyed(const std::string& file, const std::string& key);

}  // namespace podrun::cgroup
