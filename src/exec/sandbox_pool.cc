#include "exec/sandbox_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "common/files.h"
#include "common/process.h"
#include "common/trace.h"

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
  // 1. The pause holder, forked: it makes the namespaces and says 'S' once they exist.
  plan::PodPlan shape;
  shape.pause.creates = {plan::NsKind::Net, plan::NsKind::Ipc, plan::NsKind::Uts};
  shape.pause.hostname = "pooled";
  sb.pause = spawn_pause(shape, settings.pause_binary, settings.empty_root, true);
  try {
    pollfd pfd{sb.pause.ready.get(), POLLIN, 0};
    char byte = 0;
    if (::poll(&pfd, 1, 5000) != 1 || ::read(sb.pause.ready.get(), &byte, 1) != 1 || byte != 'S')
      throw SysError("make a pooled sandbox: the pause holder did not make its namespaces");
    std::string path = "/proc/" + std::to_string(sb.pause.pid) + "/ns/net";
    UniqueFd netns(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!netns) throw SysError("make a pooled sandbox", "open", path, errno);
    trace::mark("pool.namespaces");
    // 2. An address owned by this supervisor, and the veth that carries it.
    sb.address = net::allocate_address(sb.net, sb.owner, "");
    try {
      char veth[16];
      std::snprintf(veth, sizeof veth, "pp%05x%06llx", static_cast<unsigned>(::getpid()) & 0xfffffu,
                    process_start_time(::getpid()) & 0xffffffULL);
      sb.address.host_veth = veth;
      net::attach_pod(sb.net, sb.address, netns.get());
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

PooledSandbox make_sandbox_ahead(const PoolSettings& settings) {
  PooledSandbox sb;
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
  shape.pause.hostname = "pooled";
  const CpuAffinity cpus = parse_cpu_list(settings.cpus);
  sb.pause = spawn_pause(shape, settings.pause_binary, "", false, cpus.known ? &cpus : nullptr);
  trace::mark("sup.ahead");
  return sb;
}

void address_sandbox_ahead(PooledSandbox& sb) {
  // Only when the bridge (and so its table) exists.
  const std::string bridge_dir = "/sys/class/net/" + sb.net.bridge;
  if (sb.net.bridge.find('/') != std::string::npos || ::access(bridge_dir.c_str(), F_OK) != 0) return;
  try {
    sb.address = net::allocate_address(sb.net, sb.owner, "");  // its veth is named for the pod, on adoption
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

}  // namespace podrun::exec
