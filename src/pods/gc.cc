#include "pods/gc.h"

#include <cerrno>
#include <cstring>

#include <nlohmann/json.hpp>

#include <signal.h>
#include <unistd.h>

#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "cgroup/cgroup.h"
#include "common/fault.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/pod_setup.h"
#include "exec/rootless_session.h"
#include "exec/sandbox_pool.h"
#include "exec/userns.h"
#include "host/host_facts.h"
#include "net/host_ports.h"
#include "net/ipam.h"
#include "net/pod_network.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

// The pod a mark names ("<state root>/pods/<ns>/<name>" and its uid) still runs there.
bool pod_runs(const std::string& pod_dir, const std::string& uid) {
  std::size_t name_at = pod_dir.rfind('/');
  std::size_t ns_at = name_at == std::string::npos || name_at == 0 ? std::string::npos : pod_dir.rfind('/', name_at - 1);
  std::size_t pods_at = ns_at == std::string::npos ? std::string::npos : pod_dir.rfind("/pods/", ns_at);
  if (pods_at == std::string::npos) return true;  // not a mark of ours: never remove on a guess
  auto st = state::StateStore(pod_dir.substr(0, pods_at)).load(pod_dir.substr(ns_at + 1, name_at - ns_at - 1), pod_dir.substr(name_at + 1));
  return st && st->uid == uid && process_alive(st->supervisor_pid, st->supervisor_start);
}

// A process that has exited: no /proc entry, or a zombie its reaper has not collected.
bool exited(int pid) {
  std::vector<std::string> f = files::words(files::read("/proc/" + std::to_string(pid) + "/stat").value_or(""));
  if (f.size() < 3) return true;
  // After "(comm)": comm has no space here ("podrun-sup").
  return f[2] == "Z" || f[2] == "X";
}

// Every podrun supervisor of the machine, with its working directory (its pod's, made so by
// supervisor/main.cc), " (deleted)" cut off when the directory was removed.
std::vector<std::pair<int, std::string>> supervisors() {
  std::vector<std::pair<int, std::string>> out;
  std::vector<files::Entry> procs;
  files::list("/proc", procs);
  for (const auto& e : procs) {
    if (e.name.empty() || !std::isdigit(static_cast<unsigned char>(e.name[0]))) continue;
    std::string base = "/proc/" + e.name;
    if (files::read(base + "/comm").value_or("") != "podrun-sup\n") continue;
    int pid = std::atoi(e.name.c_str());
    if (exited(pid)) continue;
    char buf[4096];
    ssize_t n = ::readlink((base + "/cwd").c_str(), buf, sizeof buf - 1);
    if (n <= 0) continue;
    std::string cwd(buf, static_cast<std::size_t>(n));
    const std::string deleted = " (deleted)";
    if (cwd.size() > deleted.size() && cwd.compare(cwd.size() - deleted.size(), deleted.size(), deleted) == 0)
      cwd.resize(cwd.size() - deleted.size());
    out.emplace_back(pid, cwd);
  }
  return out;
}

// An orphaned supervisor asked to stop its pod at once (its grace file, then SIGTERM: it
// tears down what it holds from its own memory), killed after 5 s if it has not.
bool stop_supervisor(int pid, const std::string& pod_dir) {
  files::write("/proc/" + std::to_string(pid) + "/cwd/grace", "0", 0600);  // where its directory is still there
  (void)pod_dir;
  ::kill(pid, SIGTERM);
  for (int i = 0; i < 500 && !exited(pid); ++i) ::usleep(10'000);
  if (exited(pid)) return true;
  ::kill(pid, SIGKILL);
  for (int i = 0; i < 200 && !exited(pid); ++i) ::usleep(10'000);
  return exited(pid);
}

// The pod cgroups of podrun's hierarchy (podrun/pod<uid>, podrun/burstable/pod<uid>,
// podrun/besteffort/pod<uid>), read in one hierarchy (v1: the pids controller's).
std::vector<std::string> pod_cgroups(plan::CgroupVersion version) {
  std::string base = cgroup::default_root(version) + (version == plan::CgroupVersion::V1 ? "/pids" : "");
  std::vector<std::string> out;
  for (const char* qos : {"podrun", "podrun/burstable", "podrun/besteffort"}) {
    std::vector<files::Entry> entries;
    files::list(base + "/" + qos, entries);
    for (const auto& e : entries)
      if (e.name.rfind("pod", 0) == 0 && e.name.size() > 3) out.push_back(std::string(qos) + "/" + e.name);
  }
  return out;
}

}  // namespace

GcReport gc(const Context& ctx, bool dry_run) {
  GcReport r;
  r.dry_run = dry_run;
  state::StateStore store(ctx.state_root);
  const std::string pods_prefix = ctx.state_root + "/pods/";
  // A pod is gone when its directory holds no run.json (or step 1 found it orphaned) and no
  // supervisor of the same uid runs it. A pod whose supervisor died but whose state is there
  // (`get pods` says Unknown) is delete's, as a Pod object with a dead node is kubectl's.
  std::set<std::string> orphaned;  // pod directories of step 1
  auto gone = [&](const std::string& dir, const std::string& uid) {
    return (orphaned.count(dir) || !files::exists(dir + "/run.json")) && !pod_runs(dir, uid);
  };
  auto ours = [&](const std::string& dir) { return dir.rfind(pods_prefix, 0) == 0; };

  // 1. Orphans of this state root: pod directories whose state.json is gone (removed by hand,
  //    a crash between steps), and supervisors whose working directory is such a pod's (or
  //    one removed): each supervisor is asked to stop (SIGTERM, no grace), killed if it does
  //    not, and the directory's mounts and files go. Under the global lock, under which apply
  //    makes a pod directory and its first state.
  {
    auto global = store.lock_global();
    for (const auto& [pid, cwd] : supervisors()) {
      if (!ours(cwd)) continue;
      std::string rest = cwd.substr(pods_prefix.size());
      std::size_t slash = rest.find('/');
      if (slash == std::string::npos || rest.find('/', slash + 1) != std::string::npos) continue;
      auto st = store.load(rest.substr(0, slash), rest.substr(slash + 1));
      if (st && st->supervisor_pid == pid) continue;  // its own pod's
      r.removed.push_back("supervisor/" + std::to_string(pid) + " (" + cwd + ")");
      orphaned.insert(cwd);
      if (!dry_run && !stop_supervisor(pid, cwd)) r.errors.push_back("supervisor " + std::to_string(pid) + " survived SIGKILL");
      if (!dry_run) fault::point("gc.supervisor");
    }
    std::vector<files::Entry> namespaces;
    files::list(ctx.state_root + "/pods", namespaces);
    for (const auto& n : namespaces) {
      std::vector<files::Entry> pods;
      files::list(pods_prefix + n.name, pods);
      for (const auto& p : pods) {
        std::string dir = pods_prefix + n.name + "/" + p.name;
        if (files::exists(dir + "/state.json")) continue;
        orphaned.insert(dir);
        r.removed.push_back("pod-directory/" + n.name + "/" + p.name);
        if (dry_run) continue;
        try {
          exec::remove_pod_files(dir);
        } catch (const std::exception& e) {
          r.errors.push_back("pod directory " + dir + ": " + e.what());
        }
        fault::point("gc.pod-directory");
      }
      if (!dry_run) ::rmdir((pods_prefix + n.name).c_str());  // when empty
    }
  }
  // 2. Pod cgroups (podrun/<qos>/pod<uid>, podrun's own hierarchy) of pods that are gone, by the
  //    owner file of their storage: what is still in them is killed (a container that
  //    outlived its supervisor), then they are removed.
  std::map<std::string, std::string> owner_of_uid;  // uid → pod directory
  {
    std::vector<files::Entry> stored;
    files::list(ctx.storage_root + "/pods", stored);
    for (const auto& e : stored) {
      std::vector<std::string> w = files::words(files::read(ctx.storage_root + "/pods/" + e.name + "/owner").value_or(""));
      if (w.size() == 2) owner_of_uid[w[1]] = w[0];
    }
  }
  plan::CgroupVersion version = ctx.cgroup_version == 2   ? plan::CgroupVersion::V2
                                : ctx.cgroup_version == 1 ? plan::CgroupVersion::V1
                                                          : host::detect_cgroup_version();
  std::unique_ptr<cgroup::Driver> cg;
  // A rootless session's pods have no cgroups of the host's hierarchy (docs/rootless.md).
  const std::vector<std::string> cgroups = exec::in_user_session() ? std::vector<std::string>{} : pod_cgroups(version);
  for (const std::string& path : cgroups) {
    auto owner = owner_of_uid.find(path.substr(path.rfind("/pod") + 4));
    if (owner == owner_of_uid.end() || !ours(owner->second) || !gone(owner->second, owner->first)) continue;
    r.removed.push_back("cgroup/" + path);
    if (dry_run) continue;
    try {
      if (!cg) cg = cgroup::make_driver(version, cgroup::default_root(version));
      if (!cg->kill_all(path, 5000)) r.errors.push_back("cgroup " + path + ": processes survived SIGKILL");
      cg->remove(path, 5000);
    } catch (const std::exception& e) {
      r.errors.push_back("cgroup " + path + ": " + e.what());
    }
  }
  // 2b. The levels every pod's cgroup is under (podrun/burstable, podrun/besteffort, podrun),
  //     where no pod is left: a pod's delete leaves them for the next pod's start, as it
  //     leaves the bridge; gc leaves the hierarchy as podrun found it.
  if (!exec::in_user_session() && !dry_run) try {
      if (!cg) cg = cgroup::make_driver(version, cgroup::default_root(version));
      for (const char* level : {"podrun/burstable", "podrun/besteffort", "podrun"}) cg->remove_empty(level);
    } catch (const std::exception& e) {
      r.errors.push_back(std::string("cgroup levels: ") + e.what());
    }
  // 3. Addresses of pods that do not run, per bridge (of any state root: the tables are the
  //    machine's, and each owner names its pod's directory); the bridge when nothing is
  //    plugged into it any more.
  std::string dir = net::address_dir();
  std::vector<files::Entry> tables;
  files::list(dir, tables);
  for (const auto& e : tables) {
    if (e.name.size() <= 5 || e.name.compare(e.name.size() - 5, 5, ".json") != 0) continue;
    std::string bridge = e.name.substr(0, e.name.size() - 5);
    nlohmann::json t;
    try {
      t = nlohmann::json::parse(files::read(dir + "/" + e.name).value_or("{}"));
    } catch (const nlohmann::json::exception&) {
      r.errors.push_back(dir + "/" + e.name + ": not JSON, left as it is");
      continue;
    }
    auto subnet = net::parse_cidr(t.value("subnet", ""));
    if (!subnet) continue;
    net::Ipam ipam(dir, bridge, *subnet);
    auto alive = [&](const std::string& owner) {
      if (exec::is_pool_address_owner(owner)) return exec::pool_owner_alive(owner);  // a pooled sandbox's
      std::vector<std::string> w = files::words(owner);                              // "<pod dir> <uid>"
      return w.size() == 2 && !(orphaned.count(w[0])) && pod_runs(w[0], w[1]);
    };
    if (dry_run) {
      std::size_t stale = 0;
      for (const auto& [ip, owner] : ipam.allocations()) stale += !alive(owner);
      r.addresses += stale;
      continue;
    }
    std::size_t before = ipam.allocations().size();
    std::size_t left = ipam.prune(alive);
    r.addresses += before - left;
    if (left != 0) continue;
    try {
      if (net::remove_bridge_if_unused(bridge)) r.removed.push_back("bridge/" + bridge);
    } catch (const std::exception& ex) {
      r.errors.push_back("bridge " + bridge + ": " + ex.what());
    }
    // The empty table goes with its bridge (or after it, when an earlier gc left it).
    if (!files::exists("/sys/class/net/" + bridge) && ipam.remove_if_empty()) r.removed.push_back("addresses/" + bridge);
  }
  // 4. Pods' storage on disk (its owner file names the pod directory and uid). A pod whose
  //    directory is still there is delete's to clean, not gc's.
  std::vector<files::Entry> stored;
  files::list(ctx.storage_root + "/pods", stored);
  for (const auto& e : stored) {
    std::string sdir = ctx.storage_root + "/pods/" + e.name;
    std::vector<std::string> w = files::words(files::read(sdir + "/owner").value_or(""));
    if (w.size() != 2 || !gone(w[0], w[1])) continue;
    if (dry_run) r.removed.push_back("storage/" + e.name);
    else if (files::remove_all(sdir)) r.removed.push_back("storage/" + e.name);
    else r.errors.push_back("storage " + sdir + ": " + std::strerror(errno));
  }
  // 5. hostPort rule tables whose pod is gone (each names its pod's directory and uid).
  for (const auto& [table, owner] : net::host_port_tables()) {
    std::vector<std::string> w = files::words(owner);
    if (w.size() != 2 || (pod_runs(w[0], w[1]) && !orphaned.count(w[0]))) continue;
    if (dry_run) {
      r.removed.push_back("hostport-rules/" + table);
      continue;
    }
    try {
      net::remove_host_ports(table);
      r.removed.push_back("hostport-rules/" + table);
    } catch (const std::exception& ex) {
      r.errors.push_back("hostPort rules " + table + ": " + ex.what());
    }
  }
  // 6. Host ID blocks (hostUsers: false) of this root's pods that are gone.
  for (const auto& [pod_dir, uid] : exec::id_block_owners(exec::id_block_dir())) {
    if (!ours(pod_dir) || !gone(pod_dir, uid)) continue;
    r.removed.push_back("userns-block/" + uid);
    if (!dry_run) exec::release_id_block(exec::id_block_dir(), uid);
  }
  return r;
}

}  // namespace podrun::pods
