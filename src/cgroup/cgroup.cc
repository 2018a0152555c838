#include "cgroup/cgroup.h"

#include "cgroup/device_filter.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "common/files.h"

namespace podrun::cgroup {

using Clock = std::chrono::steady_clock;

namespace {

struct CgroupError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One write(2) of the whole value: cgroup files take a value per write. O_CREAT|O_TRUNC as a
// shell's `>` does: harmless on cgroupfs (which refuses to create files), and it lets the unit
// tests run the drivers on a plain directory tree.
void write_file(const std::string& file, const std::string& value) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw CgroupError("write cgroup file `" + file + "`: open: " + std::strerror(errno));
  ssize_t n = ::write(fd, value.data(), value.size());
  int err = errno;
  ::close(fd);
  if (n != static_cast<ssize_t>(value.size()))
    throw CgroupError("write \"" + value + "\" to `" + file + "`: " + std::strerror(n < 0 ? err : EIO));
}

// Each value with a write(2) of its own on one open file: a cgroup v1 file that takes one rule
// per write (devices.allow) gets them all for one path walk, not one per rule (9 rules: 15
// instead of 60 µs here).
void write_each(const std::string& file, const std::vector<std::string>& values) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw CgroupError("write cgroup file `" + file + "`: open: " + std::strerror(errno));
  for (const std::string& value : values) {
    ssize_t n = ::write(fd, value.data(), value.size());
    if (n != static_cast<ssize_t>(value.size())) {
      int err = n < 0 ? errno : EIO;
      ::close(fd);
      throw CgroupError("write \"" + value + "\" to `" + file + "`: " + std::strerror(err));
    }
  }
  ::close(fd);
}

void mkdir_p(const std::string& dir) {
  // The parents exist but for a pod's first cgroup: one mkdir, not a stat per ancestor.
  if (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST) return;
  if (!files::make_dirs(dir)) throw CgroupError("create cgroup `" + dir + "`: " + std::strerror(errno));
}

std::vector<int> read_pids(const std::string& file) {
  std::vector<int> out;
  for (const std::string& w : files::words(files::read(file).value_or(""))) out.push_back(std::atoi(w.c_str()));
  return out;
}

// Every cgroup directory at or below `dir`, deepest first (for rmdir).
std::vector<std::string> subtree_deepest_first(const std::string& dir) {
  std::vector<std::string> out;
  if (!files::is_dir(dir)) return out;
  files::walk(dir, [&](const std::string& path, const files::Entry& e) {
    if (e.is_dir) out.push_back(path);
  });
  out.push_back(dir);
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

bool rmdir_tree(const std::string& dir, Clock::time_point until) {
  for (;;) {
    bool left = false;
    for (const auto& d : subtree_deepest_first(dir))
      if (::rmdir(d.c_str()) != 0 && errno != ENOENT) left = true;
    if (!left) return true;
    if (Clock::now() >= until) return false;
    ::usleep(2000);
  }
}

// Another pod's teardown may remove an empty shared parent (podrun/burstable) between our
// mkdirs: the second attempt makes it again.
template <typename F>
void with_retry(F make) {
  for (int attempt = 1;; ++attempt) {
    try {
      make();
      return;
    } catch (const CgroupError&) {
      if (attempt == 3) throw;
    }
  }
}

std::uint64_t parse_u64(const std::string& text) {
  if (text.empty() || text[0] < '0' || text[0] > '9') return 0;
  return std::strtoull(text.c_str(), nullptr, 10);
}

std::vector<int> pids_below(const std::string& dir, const char* file) {
  std::vector<int> out;
  for (const auto& d : subtree_deepest_first(dir)) {
    auto p = read_pids(d + "/" + file);
    out.insert(out.end(), p.begin(), p.end());
  }
  return out;
}

}  // namespace

// The unsigned number a file starts with (after blanks); 0 when there is none ("max").
std::uint64_t read_u64(const std::string& file) {
  std::vector<std::string> w = files::words(files::read(file).value_or(""));
  return w.empty() ? 0 : parse_u64(w[0]);
}

std::uint64_t read_keyed(const std::string& file, const std::string& key) {
  // "key value" pairs, as in memory.stat and memory.events.
  std::vector<std::string> w = files::words(files::read(file).value_or(""));
  for (std::size_t i = 0; i + 1 < w.size(); i += 2)
    if (w[i] == key) return parse_u64(w[i + 1]);
  return 0;
}

std::string pause_cgroup_path(const plan::PodPlan& pod, plan::CgroupVersion v) {
  return v == plan::CgroupVersion::V2 ? pod.cgroup.path + "/pause" : pod.cgroup.path;
}

std::unique_ptr<Driver> make_driver(plan::CgroupVersion v, const std::string& root) {
  if (root.empty()) return std::make_unique<CgroupDriverNone>(v);
  if (v == plan::CgroupVersion::V1) return std::make_unique<CgroupDriverV1>(root);
  // A hybrid machine has its unified hierarchy at <root>/unified; a v2-only one at <root>.
  return std::make_unique<CgroupDriverV2>(root);
}

std::string delegated_root(const std::string& proc_self_cgroup, const std::string& mount, unsigned uid) {
  std::string own;
  for (const std::string& line : files::split(proc_self_cgroup, '\n'))
    if (line.rfind("0::", 0) == 0) own = line.substr(3);
  if (own.empty() || !files::exists(mount + "/cgroup.controllers")) return "";
  std::string found;
  for (std::string rel = own; !rel.empty() && rel != "/"; rel = files::parent(rel)) {
    struct stat st {};
    if (::stat((mount + rel).c_str(), &st) != 0 || st.st_uid != uid) break;
    found = mount + rel;
  }
  if (found.empty()) return "";
  std::vector<std::string> have = files::words(files::read(found + "/cgroup.controllers").value_or(""));
  for (const char* need : {"cpu", "memory", "pids"})  // apply writes cpu.weight, memory.*, pids.max
    if (std::find(have.begin(), have.end(), need) == have.end()) return "";
  return found;
}

// ---------------------------------------------------------------------------------------------
// v1

const std::vector<std::string>& CgroupDriverV1::controllers() {
  static const std::vector<std::string> c = {"memory", "cpu", "cpuacct", "pids", "freezer", "devices"};
  return c;
}

std::string CgroupDriverV1::dir(const std::string& controller, const std::string& path) const {
  return root_ + "/" + controller + (path.empty() ? "" : "/" + path);
}

bool CgroupDriverV1::available() const {
  struct stat st {};
  for (const char* c : {"memory", "cpu", "pids"})
    if (::stat((root_ + "/" + c + "/tasks").c_str(), &st) != 0) return false;
  return true;
}

const std::vector<std::string>& CgroupDriverV1::hierarchies() const {
  if (!hierarchies_) {
    hierarchies_.emplace();
    std::vector<std::string> seen;
    for (const auto& c : controllers()) {
      char resolved[PATH_MAX];
      if (!::realpath((root_ + "/" + c).c_str(), resolved)) continue;
      std::string real = resolved;
      if (std::find(seen.begin(), seen.end(), real) != seen.end()) continue;
      seen.push_back(real);
      hierarchies_->push_back(c);
    }
  }
  return *hierarchies_;
}

void CgroupDriverV1::create(const std::string& path) {
  with_retry([&] {
    for (const auto& c : hierarchies()) mkdir_p(dir(c, path));
  });
}

std::vector<Written> CgroupDriverV1::apply(const plan::CgroupPlan& c) {
  create(c.path);
  std::vector<Written> out;
  auto put = [&](const std::string& ctrl, const std::string& file, const std::string& value) {
    std::string f = dir(ctrl, c.path) + "/" + file;
    write_file(f, value);
    out.push_back({f, value});
  };
  const plan::CgroupV1Values& v = c.v1;
  put("cpu", "cpu.shares", std::to_string(v.cpu_shares));
  if (v.cpu_cfs_quota_us > 0) {
    // The period first: a quota is checked against the period in force.
    put("cpu", "cpu.cfs_period_us", std::to_string(v.cpu_cfs_period_us));
    put("cpu", "cpu.cfs_quota_us", std::to_string(v.cpu_cfs_quota_us));
  }
  if (v.memory_limit_in_bytes) put("memory", "memory.limit_in_bytes", std::to_string(*v.memory_limit_in_bytes));
  if (v.pids_max) put("pids", "pids.max", std::to_string(*v.pids_max));
  if (c.devices.restricted) {
    // A new cgroup inherits its parent's list (all devices): deny all, then allow each rule.
    put("devices", "devices.deny", "a");
    std::vector<std::string> rules;
    for (const auto& r : c.devices.allow) rules.push_back(plan::device_rule_text(r));
    const std::string allow = dir("devices", c.path) + "/devices.allow";
    write_each(allow, rules);
    for (auto& r : rules) out.push_back({allow, std::move(r)});
  }
  return out;
}

std::vector<std::string> CgroupDriverV1::attach_files(const std::string& path) const {
  std::vector<std::string> out;
  for (const auto& c : hierarchies()) out.push_back(dir(c, path) + "/tasks");
  return out;
}

std::vector<int> CgroupDriverV1::pids(const std::string& path) const {
  auto p = pids_below(dir("pids", path), "cgroup.procs");
  auto m = pids_below(dir("memory", path), "cgroup.procs");
  p.insert(p.end(), m.begin(), m.end());
  std::sort(p.begin(), p.end());
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return p;
}

bool CgroupDriverV1::kill_all(const std::string& path, int timeout_ms) {
  auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
  // Frozen, nothing in the cgroup can fork while it is being killed.
  std::string freezer = dir("freezer", path) + "/freezer.state";
  bool frozen = files::exists(freezer);
  if (frozen) {
    try {
      write_file(freezer, "FROZEN");
    } catch (const std::exception&) {
      frozen = false;
    }
  }
  for (int pid : pids(path)) ::kill(pid, SIGKILL);
  if (frozen) {
    try {
      write_file(freezer, "THAWED");  // SIGKILL is delivered once the tasks run again
    } catch (const std::exception&) {}
  }
  for (;;) {
    auto left = pids(path);
    if (left.empty()) return true;
    if (Clock::now() >= until) return false;
    for (int pid : left) ::kill(pid, SIGKILL);
    ::usleep(2000);
  }
}

bool CgroupDriverV1::remove(const std::string& path, int timeout_ms) {
  auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
  bool ok = true;
  for (const auto& c : controllers())
    if (files::exists(dir(c, path))) ok = rmdir_tree(dir(c, path), until) && ok;
  return ok;
}

void CgroupDriverV1::remove_empty(const std::string& path) {
  for (const auto& c : controllers()) ::rmdir(dir(c, path).c_str());  // ENOTEMPTY, EBUSY, ENOENT: it stays
}

std::uint64_t CgroupDriverV1::oom_kills(const std::string& path) const {
  return read_keyed(dir("memory", path) + "/memory.oom_control", "oom_kill");
}

Usage CgroupDriverV1::usage(const std::string& path) const {
  Usage u;
  u.cpu_ns = read_u64(dir("cpuacct", path) + "/cpuacct.usage");
  std::uint64_t mem = read_u64(dir("memory", path) + "/memory.usage_in_bytes");
  std::uint64_t inactive = read_keyed(dir("memory", path) + "/memory.stat", "total_inactive_file");
  u.memory_working_set = mem > inactive ? mem - inactive : 0;
  return u;
}

// ---------------------------------------------------------------------------------------------
// v2

bool CgroupDriverV2::available() const {
  std::string all = files::read(root_ + "/cgroup.controllers").value_or("");
  return all.find("memory") != std::string::npos && all.find("pids") != std::string::npos;
}

void CgroupDriverV2::create(const std::string& path) {
  with_retry([&] { create_once(path); });
}

void CgroupDriverV2::create_once(const std::string& path) {
  // Each ancestor hands its children the controllers podrun uses (those it has).
  std::string sofar;
  for (const std::string& part : files::split(path, '/')) {
    if (part.empty()) continue;
    std::string have = files::read(dir(sofar) + "/cgroup.controllers").value_or("");
    std::string enable;
    for (const char* c : {"cpu", "memory", "pids"})
      if (have.find(c) != std::string::npos) enable += std::string(enable.empty() ? "" : " ") + "+" + c;
    if (!enable.empty()) write_file(dir(sofar) + "/cgroup.subtree_control", enable);
    sofar += (sofar.empty() ? "" : "/") + part;
    mkdir_p(dir(sofar));
  }
}

std::vector<Written> CgroupDriverV2::apply(const plan::CgroupPlan& c) {
  create(c.path);
  std::vector<Written> out;
  auto put = [&](const std::string& file, const std::string& value) {
    std::string f = dir(c.path) + "/" + file;
    write_file(f, value);
    out.push_back({f, value});
  };
  const plan::CgroupV2Values& v = c.v2;
  put("cpu.weight", std::to_string(v.cpu_weight));
  if (v.cpu_max.rfind("max", 0) != 0) put("cpu.max", v.cpu_max);
  if (v.memory_max != "max") {
    put("memory.max", v.memory_max);
    // An OOM kills the whole container, not one of its processes (kubelet sets it too).
    put("memory.oom.group", "1");
  }
  if (v.pids_max != "max") put("pids.max", v.pids_max);
  if (c.devices.restricted) {
    // No devices file on v2: a BPF_CGROUP_DEVICE program decides each open and mknod.
    attach_device_filter(dir(c.path), c.devices.allow);
    out.push_back({dir(c.path) + " (BPF_CGROUP_DEVICE program)", std::to_string(c.devices.allow.size()) + " allow rules"});
  }
  return out;
}

std::vector<std::string> CgroupDriverV2::attach_files(const std::string& path) const { return {dir(path) + "/cgroup.procs"}; }

std::vector<int> CgroupDriverV2::pids(const std::string& path) const { return pids_below(dir(path), "cgroup.procs"); }

bool CgroupDriverV2::kill_all(const std::string& path, int timeout_ms) {
  auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
  if (files::exists(dir(path) + "/cgroup.kill")) {
    try {
      write_file(dir(path) + "/cgroup.kill", "1");
    } catch (const std::exception&) {}
  }
  for (;;) {
    auto left = pids(path);
    if (left.empty()) return true;
    if (Clock::now() >= until) return false;
    for (int pid : left) ::kill(pid, SIGKILL);  // kernels before 5.14 have no cgroup.kill
    ::usleep(2000);
  }
}

bool CgroupDriverV2::remove(const std::string& path, int timeout_ms) {
  return rmdir_tree(dir(path), Clock::now() + std::chrono::milliseconds(timeout_ms));
}

void CgroupDriverV2::remove_empty(const std::string& path) { ::rmdir(dir(path).c_str()); }

std::uint64_t CgroupDriverV2::oom_kills(const std::string& path) const { return read_keyed(dir(path) + "/memory.events", "oom_kill"); }

Usage CgroupDriverV2::usage(const std::string& path) const {
  Usage u;
  u.cpu_ns = read_keyed(dir(path) + "/cpu.stat", "usage_usec") * 1000;
  std::uint64_t mem = read_u64(dir(path) + "/memory.current");
  std::uint64_t inactive = read_keyed(dir(path) + "/memory.stat", "inactive_file");
  u.memory_working_set = mem > inactive ? mem - inactive : 0;
  return u;
}

std::string default_root(plan::CgroupVersion v) {
  struct stat st {};
  if (v == plan::CgroupVersion::V2 && ::stat("/sys/fs/cgroup/cgroup.controllers", &st) != 0) return "/sys/fs/cgroup/unified";
  return "/sys/fs/cgroup";
}

}  // namespace podrun::cgroup
