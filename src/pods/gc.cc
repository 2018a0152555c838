#include "pods/gc.h"

#include <cerrno>
#include <cstring>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "common/process.h"
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

}  // namespace

GcReport gc(const Context& ctx) {
  GcReport r;
  state::StateStore store(ctx.state_root);
  // 1. Addresses of pods that do not run, per bridge (of any state root: the tables are the
  //    machine's, and each owner names its pod's directory); the bridge when nothing is
  //    plugged into it any more.
  std::string dir = net::kAddressDir;
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
    std::size_t before = ipam.allocations().size();
    std::size_t left = ipam.prune([&](const std::string& owner) {
      std::vector<std::string> w = files::words(owner);  // "<pod dir> <uid>"
      return w.size() == 2 && pod_runs(w[0], w[1]);
    });
    r.addresses += before - left;
    if (left != 0) continue;
    try {
      if (net::remove_bridge_if_unused(bridge)) r.removed.push_back("bridge/" + bridge);
    } catch (const std::exception& ex) {
      r.errors.push_back("bridge " + bridge + ": " + ex.what());
    }
  }
  // 2. Pods' storage on disk (its owner file names the pod directory and uid). A pod whose
  //    directory is still there is delete's to clean, not gc's.
  std::vector<files::Entry> stored;
  files::list(ctx.storage_root + "/pods", stored);
  for (const auto& e : stored) {
    std::string sdir = ctx.storage_root + "/pods/" + e.name;
    std::vector<std::string> w = files::words(files::read(sdir + "/owner").value_or(""));
    if (w.size() != 2 || pod_runs(w[0], w[1]) || files::exists(w[0] + "/run.json")) continue;
    if (files::remove_all(sdir)) r.removed.push_back("storage/" + e.name);
    else r.errors.push_back("storage " + sdir + ": " + std::strerror(errno));
  }
  // 3. hostPort rule tables whose pod is gone (each names its pod's directory and uid).
  for (const auto& [table, owner] : net::host_port_tables()) {
    std::vector<std::string> w = files::words(owner);
    if (w.size() != 2 || pod_runs(w[0], w[1])) continue;
    try {
      net::remove_host_ports(table);
      r.removed.push_back("hostport-rules/" + table);
    } catch (const std::exception& ex) {
      r.errors.push_back("hostPort rules " + table + ": " + ex.what());
    }
  }
  return r;
}

}  // namespace podrun::pods
