#include "exec/sandbox_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "common/process.h"
#include "common/trace.h"
#include "plan/codec.h"

namespace podrun::exec {

namespace {

constexpr const char* kOwnerPrefix = "pool ";

void kill_and_reap(PendingPause& p) {
  if (p.pid <= 0) return;
  ::kill(p.pid, SIGKILL);
  ::waitpid(p.pid, nullptr, 0);
  p.pid = 0;
}

}  // namespace

std::string pool_address_owner(pid_t supervisor) {
  return kOwnerPrefix + std::to_string(supervisor) + "@" + std::to_string(process_start_time(supervisor));
}

bool is_pool_address_owner(const std::string& owner) { return owner.rfind(kOwnerPrefix, 0) == 0; }

bool pool_owner_alive(const std::string& owner) {
  if (!is_pool_address_owner(owner)) return false;
  std::string rest = owner.substr(std::string(kOwnerPrefix).size());
  std::size_t at = rest.find('@');
  if (at == std::string::npos) return false;
  int pid = std::atoi(rest.substr(0, at).c_str());
  unsigned long long start = std::strtoull(rest.c_str() + at + 1, nullptr, 10);
  return pid > 0 && process_alive(pid, start);
}

PooledSandbox make_pooled_sandbox(const PoolSettings& settings) {
  PooledSandbox sb;
  sb.net.bridge = settings.bridge;
  sb.net.subnet = settings.subnet;
  sb.owner = pool_address_owner(::getpid());
  // This process's CPUs (serve's, all of them): when a pod's word releases the pause holder,
  // it is placed on the one this process does not run on, as one made ahead by apply's own
  // supervisor (release_sandbox_ahead), instead of where it waited since its fork.
  sb.cpus = current_affinity();
  // 1. The pause holder, forked: it makes the namespaces and says 'S' once they exist.
  plan::PodPlan shape;
  shape.pause.creates = {plan::NsKind::Net, plan::NsKind::Ipc, plan::NsKind::Uts};
  shape.pause.hostname = "pooled";
  sb.pause = spawn_pause(shape, settings.pause_binary, settings.empty_root);
  try {
    await_pause_namespaces(sb.pause, settings.pause_binary);
    std::string path = "/proc/" + std::to_string(sb.pause.pid) + "/ns/net";
    UniqueFd netns(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!netns) throw SysError("make a pooled sandbox", "open", path, errno);
    trace::mark("pool.namespaces");
    // 2. An address owned by this supervisor, and the veth that carries it.
    sb.address = net::allocate_address(sb.net, sb.owner);
    try {
      net::attach_pod(sb.net, sb.address, netns.get(), "pp");
    } catch (...) {
      net::release_address(sb.net, sb.owner);
      throw;
    }
    trace::mark("pool.network");
  } catch (...) {
    kill_and_reap(sb.pause);
    throw;
  }
  return sb;
}

PooledSandbox make_sandbox_ahead(const PoolSettings& settings, plan::SandboxShape with) {
  PooledSandbox sb;
  sb.shape = with;
  sb.net.bridge = settings.bridge;
  sb.net.subnet = settings.subnet;
  sb.owner = pool_address_owner(::getpid());
  sb.veth_attached = false;
  sb.ahead = true;
  // The pause holder, forked: it makes its namespaces on this process's CPU (the CLI reads the
  // manifest on the other), and has the CLI's CPUs back before it execs; its empty root's
  // mount point comes with release_pause (the pod's directory).
  plan::PodPlan shape;
  shape.pause.creates = {plan::NsKind::Net, plan::NsKind::Ipc, plan::NsKind::Uts};
  if (with == plan::SandboxShape::SharedPid) {
    shape.pause.creates.push_back(plan::NsKind::Pid);  // cloned into it: its PID 1
    shape.pause.pid1 = true;
  }
  shape.pause.hostname = "pooled";
  sb.cpus = parse_cpu_list(settings.cpus);
  sb.pause = spawn_pause(shape, settings.pause_binary, "", sb.cpus.known ? &sb.cpus : nullptr);
  trace::mark(with == plan::SandboxShape::SharedPid ? "sup.ahead-pid" : "sup.ahead");
  return sb;
}

void address_sandbox_ahead(PooledSandbox& sb) {
  // Only when the bridge (and so its table) exists.
  const std::string bridge_dir = "/sys/class/net/" + sb.net.bridge;
  if (sb.net.bridge.find('/') != std::string::npos || ::access(bridge_dir.c_str(), F_OK) != 0) return;
  try {
    sb.address = net::allocate_address(sb.net, sb.owner);  // its veth is the pod's to attach, on adoption
  } catch (const std::exception&) {
    sb.address = {};  // a full or refused subnet: the pod's own allocation says why
  }
  trace::mark("sup.ahead-address");
}

void discard_pooled_sandbox(PooledSandbox& sandbox) {
  kill_and_reap(sandbox.pause);
  if (sandbox.address.ip.empty()) return;
  try {
    net::release_address(sandbox.net, sandbox.owner);
  } catch (const std::exception&) {  // gc frees it once this process is gone
  }
}

namespace {
constexpr std::string_view kPodWord = "pod ";
}  // namespace

std::string encode_pod_ahead(const PodAhead& a) {
  nlohmann::json j = {{"version", a.version == plan::CgroupVersion::V2 ? 2 : 1},
                      {"root", a.root},
                      {"cgroups", nlohmann::json::array()},
                      {"pauseCgroup", a.pause_cgroup},
                      {"hostname", a.hostname},
                      {"oomScoreAdj", a.oom_score_adj},
                      {"podDir", a.pod_dir}};
  for (const auto& c : a.cgroups) j["cgroups"].push_back(plan::cgroup_plan_json(c));
  return std::string(kPodWord) + j.dump() + "\n";
}

namespace {

// Only below podrun's part of the hierarchy, as the planner names it: nothing else is made
// from a word on a socket.
bool podrun_cgroup(const std::string& path) {
  return path.rfind("podrun/", 0) == 0 && path.find("..") == std::string::npos && path.find("//") == std::string::npos;
}

}  // namespace

CgroupsAhead read_pod_ahead(std::string_view word) {
  CgroupsAhead made;
  if (word.substr(0, kPodWord.size()) != kPodWord) return made;
  PodAhead& a = made.word;
  try {
    nlohmann::json j = nlohmann::json::parse(word.substr(kPodWord.size()));
    plan::reject_fractional_numbers(j, "the pod's word");
    a.version = j.at("version").get<int>() == 2 ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
    a.root = j.at("root").get<std::string>();
    for (const auto& c : j.at("cgroups")) a.cgroups.push_back(plan::cgroup_plan_from_json(c));
    a.pause_cgroup = j.at("pauseCgroup").get<std::string>();
    a.hostname = j.at("hostname").get<std::string>();
    a.oom_score_adj = j.at("oomScoreAdj").get<int>();
    a.pod_dir = j.at("podDir").get<std::string>();
  } catch (const std::exception&) {
    return {};  // the pod makes its own
  }
  if (a.cgroups.empty() || !podrun_cgroup(a.pause_cgroup) || a.pod_dir.empty() || a.pod_dir[0] != '/') return {};
  for (const auto& c : a.cgroups)
    if (!podrun_cgroup(c.path)) return {};
  return made;
}

void make_pod_cgroup_ahead(CgroupsAhead& made) {
  const PodAhead& a = made.word;
  if (a.cgroups.empty() || !made.written.empty()) return;
  try {
    auto cg = cgroup::make_driver(a.version, a.root);
    if (!cg->available()) return;
    made.written.push_back(cg->apply(a.cgroups.front()));
    if (a.pause_cgroup != a.cgroups.front().path) cg->create(a.pause_cgroup);
    made.pause_cgroup_made = true;
  } catch (const std::exception&) {  // the pod's to make, or to fail to
  }
  trace::mark("sup.cgroups-ahead");
}

void make_container_cgroups_ahead(CgroupsAhead& made, const std::function<bool()>& handed_over) {
  const PodAhead& a = made.word;
  if (made.written.size() != 1) return;  // the pod's is not made: neither are these
  try {
    auto cg = cgroup::make_driver(a.version, a.root);
    for (std::size_t i = 1; i < a.cgroups.size() && !handed_over(); ++i) made.written.push_back(cg->apply(a.cgroups[i]));
  } catch (const std::exception&) {  // the pod's to make, or to fail to
  }
  trace::mark("sup.container-cgroups-ahead");
}

void release_sandbox_ahead(PooledSandbox& sb, const CgroupsAhead& made) {
  if (!made.pause_cgroup_made || sb.pause.pid <= 0 || !sb.pause.released.empty()) return;
  try {
    auto cg = cgroup::make_driver(made.word.version, made.word.root);
    plan::PodPlan shape;
    shape.pause.hostname = made.word.hostname;
    shape.pause.oom_score_adj = made.word.oom_score_adj;
    // Its last steps (joining the cgroups, its empty root, the exec) on the CPU the CLI is
    // about to leave idle, not queued behind this process on its own.
    if (sb.cpus.known) place_on_other_cpu(sb.pause.pid, sb.cpus);
    release_pause(sb.pause, shape, cg->attach_files(made.word.pause_cgroup), made.word.pod_dir);
    trace::mark("sup.pause-released-ahead");
  } catch (const std::exception&) {  // gone: its pod's await_pause reports it
  }
}

void discard_cgroups_ahead(CgroupsAhead& made) {
  if (made.written.empty()) return;
  try {
    auto cg = cgroup::make_driver(made.word.version, made.word.root);
    cg->remove(made.word.cgroups.front().path, 1000);  // nothing runs in them any more
  } catch (const std::exception&) {                    // gc removes a pod cgroup whose pod is gone
  }
  made.written.clear();
}

}  // namespace podrun::exec
