// podrun apply · get · delete · exec · matrix: running pods.
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <chrono>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "cli/commands.h"
#include "common/files.h"
#include "cli/inputs.h"
#include "cli/report.h"
#include "exec/join.h"
#include "exec/seccomp.h"
#include "exec/runtime.h"
#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "host/host_facts.h"
#include "image/rootfs.h"
#include "image/store.h"
#include "plan/matrix.h"
#include "plan/planner.h"
#include "plan/render.h"
#include "loader/loader.h"
#include "model/quantity.h"
#include "net/ipam.h"
#include "net/host_ports.h"
#include "net/nat.h"
#include "net/netlink.h"
#include "state/pod_state.h"
#include "state/pod_status.h"

namespace podrun::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

exec::RuntimeConfig runtime_config(const GlobalOptions& g) {
  exec::RuntimeConfig c;
  c.state_root = g.root;
  c.storage_root = g.storage;
  return c;
}

struct ApplyOptions {
  std::vector<std::string> files;
  bool wait = false;
  std::string timeout = "5m";
  std::string backoff_base;  // "" = the kubelet's 10s
  std::string log_max_size;  // "" = the kubelet's containerLogMaxSize, 10Mi
  std::string bridge = "podrun0", subnet = "10.85.0.0/16";
  std::string idmapped_mounts = "auto";
  PolicyFlags policy;
};

// --wait: until every pod is Ready, or failed, or the timeout.
int wait_ready(const GlobalOptions& g, const std::vector<std::pair<std::string, std::string>>& pods, long long timeout_ms) {
  state::StateStore store(g.root);
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (const auto& [ns, name] : pods) {
    for (;;) {
      auto s = store.load(ns, name);
      bool ready = false, failed = !s;
      if (s) {
        for (const auto& c : s->conditions)
          if (c.type == "Ready" && c.status) ready = true;
        failed = s->phase == "Failed" || s->phase == "Succeeded";
      }
      if (ready) {
        std::cout << "pod/" << name << " condition met\n";
        break;
      }
      if (failed) {
        std::cerr << "podrun: pod/" << name << " will not become Ready: " << (s ? state::pod_status_reason(*s) : "gone") << "\n";
        return kExitFailure;
      }
      if (std::chrono::steady_clock::now() >= until) {
        std::cerr << "podrun: timed out waiting for pod/" << name << " to be Ready (" << state::pod_status_reason(*s) << ")\n";
        return kExitFailure;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// apply

int run_apply(const GlobalOptions& g, const ApplyOptions& o) {
  exec::RuntimeConfig cfg = runtime_config(g);
  auto timeout = parse_duration_ms(o.timeout);
  if (!timeout) {
    std::cerr << "podrun: apply: --timeout " << o.timeout << ": not a duration (e.g. 30s, 5m)\n";
    return kExitUsage;
  }
  if (!o.backoff_base.empty()) {
    auto base = parse_duration_ms(o.backoff_base);
    if (!base || *base == 0) {
      std::cerr << "podrun: apply: --backoff-base " << o.backoff_base << ": not a positive duration (e.g. 200ms, 10s)\n";
      return kExitUsage;
    }
    cfg.backoff.base = supervisor::Millis{*base};
    // The cap keeps the kubelet's ratio (300 s for 10 s), the reset its 10 minutes' ratio.
    cfg.backoff.max = supervisor::Millis{*base * 30};
    cfg.backoff.reset_after = supervisor::Millis{*base * 60};
  }
  if (!o.log_max_size.empty()) {
    auto q = model::parse_quantity(o.log_max_size);
    auto bytes = q ? q->value() : std::nullopt;
    if (!bytes || *bytes < 4096) {
      std::cerr << "podrun: apply: --log-max-size " << o.log_max_size << ": not a size of at least 4Ki (e.g. 64Ki, 10Mi)\n";
      return kExitUsage;
    }
    cfg.log_max_bytes = static_cast<std::uint64_t>(*bytes);
  }
  if (!net::parse_cidr(o.subnet)) {
    std::cerr << "podrun: apply: --subnet " << o.subnet << ": not an IPv4 CIDR with a prefix of 8 to 30 (e.g. 10.85.0.0/16)\n";
    return kExitUsage;
  }
  if (o.bridge.empty() || o.bridge.size() > 15 || o.bridge.find_first_of("/ \t") != std::string::npos) {
    std::cerr << "podrun: apply: --bridge " << o.bridge << ": not a network interface name (1 to 15 characters)\n";
    return kExitUsage;
  }
  cfg.bridge = o.bridge;
  cfg.idmapped_mounts = o.idmapped_mounts;
  cfg.subnet = o.subnet;
  // The first pod's supervisor starts now, on the other CPU, while the manifest is read,
  // validated and planned; it does nothing until apply_pod hands it the pod.
  exec::StandbySupervisor standby;
  try {
    standby = exec::StandbySupervisor::spawn(cfg);
  } catch (const SysError&) {
    // apply_pod starts one itself, and reports why it cannot.
  }
  int code = 0;
  host::MachineConfig machine = machine_policy(g, o.policy);
  cfg.eviction_period_ms = machine.eviction_monitoring_period_ms;
  loader::LoadOptions lo = load_options(g, machine);
  lo.keep_json = true;
  auto loaded = load_pods(o.files, lo, code);
  if (!loaded) return code;
  // Kept until the process ends (main exits without destructors): freeing it is wasted time.
  loader::LoadResult& r = *new loader::LoadResult(std::move(*loaded));
  plan::PlanInput in = plan_input(r, machine);
  if (g.cgroup_version) in.host.cgroup_version = g.cgroup_version == 2 ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
  in.seccomp_dir = g.storage + "/seccomp";
  image::Store store(g.storage);
  in.image_store = true;
  std::map<std::string, image::ImageRecord> records;
  image_configs(store, r.pods, in.images, &records);
  std::map<std::string, exec::ImageForRun> images;
  for (const auto& [ref, record] : records) images[ref] = {image::layer_dirs(store, record), in.images[ref].user};
  // Namespaces first: their labels (Pod Security's levels) hold for the pods applied later.
  state::StateStore namespaces(g.root);
  for (const auto& n : r.namespaces) {
    auto before = namespaces.load_namespace(n.name);
    if (!before || *before != n.labels) namespaces.save_namespace(n.name, n.labels);
    std::cout << "namespace/" << n.name << (!before ? " created" : *before == n.labels ? " unchanged" : " configured") << "\n";
  }
  plan::Plan& p = *new plan::Plan(plan::make_plan(in));  // kept, as the loaded documents
  // plan.json, made once for every pod, when the first supervisor is already at work (kept,
  // as the plan is).
  auto& plan_doc = *new std::optional<json>();
  int rc = kExitOk;
  std::vector<std::pair<std::string, std::string>> started;
  for (std::size_t i = 0; i < p.pods.size(); ++i) {
    exec::PodRequest req;
    req.plan = p.pods[i];
    req.cgroup_version = p.host.cgroup_version;
    req.images = images;
    req.plan_json = [&p, &plan_doc, i] {
      if (!plan_doc) plan_doc = plan::plan_json(p);
      return (*plan_doc)["pods"][i].dump(2);
    };
    for (const auto& obj : r.objects)
      if (obj.value("kind", "") == "Pod" && obj["metadata"].value("name", "") == req.plan.name &&
          obj["metadata"].value("namespace", "default") == req.plan.ns) {
        // What admission recorded of the pod (Pod Security's policy and audit verdict), where
        // `get pod -o yaml` shows it.
        json applied = obj;
        for (const auto& pod : r.pods)
          if (pod.metadata.ns == req.plan.ns && pod.metadata.name == req.plan.name)
            for (const auto& [k, v] : pod.admission_annotations) applied["metadata"]["annotations"][k] = v;
        req.manifest_json = applied.dump();
      }
    exec::ApplyResult res = exec::apply_pod(cfg, req, &standby);
    std::string label = "pod/" + req.plan.name;
    if (!res.ok) {
      std::cerr << "podrun: " << label << ": " << res.message << "\n";
      rc = kExitFailure;
      continue;
    }
    std::cout << label << (res.outcome == exec::ApplyResult::Outcome::Unchanged ? " unchanged"
                          : res.outcome == exec::ApplyResult::Outcome::Configured ? " configured" : " created") << "\n";
    started.emplace_back(req.plan.ns, req.plan.name);
  }
  if (o.wait && rc == kExitOk) rc = wait_ready(g, started, *timeout);
  return rc;
}

// ---------------------------------------------------------------------------------------------
// get

bool supervised(const state::PodState& s) { return process_alive(s.supervisor_pid, s.supervisor_start); }

// kubectl's STATUS column (state/pod_status.h); "Unknown" when nothing supervises the pod any
// more (its supervisor was killed), as kubectl shows a pod on a lost node.
std::string status_of(const state::PodState& s) { return supervised(s) ? state::pod_status_reason(s) : "Unknown"; }

json terminated_json(const state::TerminatedState& t) {
  json j{{"exitCode", t.exit_code}, {"reason", t.reason}, {"startedAt", t.started_at}, {"finishedAt", t.finished_at}};
  if (t.signal) j["signal"] = t.signal;
  if (!t.message.empty()) j["message"] = t.message;
  return j;
}

json container_status(const state::ContainerState& c) {
  json st;
  if (c.state == "running") st["running"] = {{"startedAt", c.started_at}};
  else if (c.state == "terminated")
    st["terminated"] = terminated_json({c.exit_code, c.signal, c.reason, c.message, c.started_at, c.finished_at});
  else {
    st["waiting"] = {{"reason", c.reason.empty() ? "ContainerCreating" : c.reason}};
    if (!c.message.empty()) st["waiting"]["message"] = c.message;
  }
  json j{{"name", c.name}, {"state", st}, {"ready", c.ready}, {"restartCount", c.restart_count},
         {"image", c.image}, {"imageID", ""}, {"started", c.started}};
  j["lastState"] = c.last_state ? json{{"terminated", terminated_json(*c.last_state)}} : json::object();
  return j;
}

json pod_object(const std::string& dir, const state::PodState& s) {
  json pod;
  std::ifstream in(dir + "/pod.json");
  try {
    in >> pod;
  } catch (...) {
    pod = {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", {{"name", s.name}, {"namespace", s.ns}}}};
  }
  pod["metadata"]["uid"] = s.uid;
  pod["metadata"]["namespace"] = s.ns;
  pod["metadata"]["creationTimestamp"] = s.created;
  if (!s.deletion_timestamp.empty()) pod["metadata"]["deletionTimestamp"] = s.deletion_timestamp;
  json init = json::array(), apps = json::array();
  for (const auto& c : s.containers) (c.type == "init" || c.type == "sidecar" ? init : apps).push_back(container_status(c));
  json conditions = json::array();
  for (const auto& c : s.conditions) {
    json cj{{"type", c.type}, {"status", c.status ? "True" : "False"}, {"lastTransitionTime", c.last_transition}};
    if (!c.reason.empty()) cj["reason"] = c.reason;
    conditions.push_back(cj);
  }
  pod["status"] = {{"phase", s.phase}, {"conditions", conditions}, {"startTime", s.start_time}, {"qosClass", s.qos},
                   {"containerStatuses", apps}};
  if (!s.reason.empty()) pod["status"]["reason"] = s.reason;
  if (!s.message.empty()) pod["status"]["message"] = s.message;
  if (!s.pod_ip.empty()) {
    pod["status"]["podIP"] = s.pod_ip;
    pod["status"]["podIPs"] = json::array({{{"ip", s.pod_ip}}});
  }
  if (!init.empty()) pod["status"]["initContainerStatuses"] = init;
  (void)dir;
  return pod;
}

void emit_yaml(YAML::Emitter& out, const json& j) {
  if (j.is_object()) {
    out << YAML::BeginMap;
    for (auto it = j.begin(); it != j.end(); ++it) {
      out << YAML::Key << it.key() << YAML::Value;
      emit_yaml(out, it.value());
    }
    out << YAML::EndMap;
  } else if (j.is_array()) {
    out << YAML::BeginSeq;
    for (const auto& v : j) emit_yaml(out, v);
    out << YAML::EndSeq;
  } else if (j.is_string()) {
    out << YAML::DoubleQuoted << j.get<std::string>();
  } else if (j.is_null()) {
    out << YAML::Null;
  } else {
    out << j.dump();
  }
}

struct GetOptions {
  std::vector<std::string> args;  // "pods" [NAME...]
  std::string output, ns = "default";
  bool all = false;
};

int run_get(const GlobalOptions& g, const GetOptions& o) {
  if (o.args.empty() || (o.args[0] != "pods" && o.args[0] != "pod" && o.args[0] != "po")) {
    std::cerr << "podrun: get: podrun has one resource type: pods (podrun get pods [NAME...])\n";
    return kExitUsage;
  }
  state::StateStore store(g.root);
  std::vector<state::PodState> pods = store.list(o.all ? "" : o.ns);
  std::vector<std::string> names(o.args.begin() + 1, o.args.end());
  if (!names.empty()) {
    std::vector<state::PodState> chosen;
    for (const auto& n : names) {
      auto it = std::find_if(pods.begin(), pods.end(), [&](const auto& p) { return p.name == n; });
      if (it == pods.end()) {
        std::cerr << "podrun: pod \"" << n << "\" not found in namespace " << o.ns << "\n";
        return kExitFailure;
      }
      chosen.push_back(*it);
    }
    pods = chosen;
  }
  if (o.output == "json" || o.output == "yaml") {
    json items = json::array();
    for (const auto& s : pods) items.push_back(pod_object(store.pod_dir(s.ns, s.name), s));
    json doc = names.size() == 1 ? items[0] : json{{"apiVersion", "v1"}, {"kind", "List"}, {"items", items}};
    if (o.output == "json") std::cout << doc.dump(2) << "\n";
    else {
      YAML::Emitter out;
      emit_yaml(out, doc);
      std::cout << out.c_str() << "\n";
    }
    return kExitOk;
  }
  if (pods.empty()) {
    std::cerr << "No resources found" << (o.all ? "" : " in " + o.ns + " namespace") << ".\n";
    return kExitOk;
  }
  bool wide = o.output == "wide";
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  for (const char* h : {"NAME", "READY", "STATUS", "RESTARTS", "AGE"}) head.push_back(h);
  if (wide) {
    head.push_back("IP");
    head.push_back("PAUSE-PID");
  }
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  for (const auto& s : pods) {
    std::vector<std::string> r;
    if (o.all) r.push_back(s.ns);
    for (const auto& v : {s.name, state::pod_ready_column(s), status_of(s), state::pod_restarts_column(s, now), state::pod_age(s, now)})
      r.push_back(v);
    if (wide) {
      r.push_back(s.pod_ip.empty() ? "<none>" : s.pod_ip);
      r.push_back(std::to_string(s.pause_pid));
    }
    rows.push_back(r);
  }
  std::cout << columns(rows);
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// gc: what pods that are gone left on the pod network (a supervisor killed with its pod's
// directory removed by hand, a reboot of /run without one of /var): address allocations whose
// pod does not run, and a bridge no pod uses any more.

int run_gc(const GlobalOptions& g) {
  state::StateStore store(g.root);
  std::string dir = g.root + "/network";
  std::error_code ec;
  int bridges = 0;
  std::size_t dropped = 0;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".json") continue;
    std::string bridge = e.path().stem().string();
    std::ifstream in(e.path());
    json t;
    try {
      in >> t;
    } catch (...) {
      continue;
    }
    auto subnet = net::parse_cidr(t.value("subnet", ""));
    if (!subnet) continue;
    net::Ipam ipam(dir, bridge, *subnet);
    std::size_t before = ipam.allocations().size();
    std::size_t left = ipam.prune([&](const std::string& owner) {
      auto a = owner.find('/'), b = owner.rfind('/');
      if (a == std::string::npos || b == a) return false;
      auto st = store.load(owner.substr(0, a), owner.substr(a + 1, b - a - 1));
      return st && st->uid == owner.substr(b + 1) && supervised(*st);
    });
    dropped += before - left;
    // The bridge goes only when nothing is plugged into it any more: another state root (a
    // second podrun with its own --root) may have pods on the same bridge.
    // A pod deleted a moment ago may still be plugged in: the kernel removes its veth with
    // its network namespace, asynchronously, within milliseconds; give it a second.
    auto plugged = [&bridge] {
      std::error_code bec;
      return !fs::is_empty("/sys/class/net/" + bridge + "/brif", bec) && !bec;
    };
    bool ports = plugged();
    for (int i = 0; ports && left == 0 && i < 100; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      ports = plugged();
    }
    if (left == 0 && !ports && ::if_nametoindex(bridge.c_str()) != 0) {
      try {
        net::Netlink nl;
        nl.delete_link(nl.link_index(bridge));
        net::disable_masquerade(bridge);
        std::cout << "bridge/" << bridge << " deleted\n";
        ++bridges;
      } catch (const std::exception& ex) {
        std::cerr << "podrun: gc: " << ex.what() << "\n";
        return kExitFailure;
      }
    }
  }
  // Pods' storage on disk whose pod is gone (its owner file names the pod directory and uid).
  int storage_dirs = 0;
  std::vector<files::Entry> stored;
  files::list(g.storage + "/pods", stored);
  for (const auto& e : stored) {
    std::string dir = g.storage + "/pods/" + e.name;
    std::vector<std::string> w = files::words(files::read(dir + "/owner").value_or(""));
    if (w.size() != 2) continue;
    std::string pod_dir = w[0];
    std::size_t name_at = pod_dir.rfind('/'), ns_at = pod_dir.rfind('/', name_at - 1), pods_at = pod_dir.rfind("/pods/", ns_at);
    if (name_at == std::string::npos || ns_at == std::string::npos || pods_at == std::string::npos) continue;
    auto st = state::StateStore(pod_dir.substr(0, pods_at)).load(pod_dir.substr(ns_at + 1, name_at - ns_at - 1), pod_dir.substr(name_at + 1));
    if ((st && st->uid == w[1] && supervised(*st)) || files::exists(pod_dir + "/run.json")) continue;
    if (files::remove_all(dir)) {
      std::cout << "storage/" << e.name << " deleted\n";
      ++storage_dirs;
    } else {
      std::cerr << "podrun: gc: remove " << dir << ": " << std::strerror(errno) << "\n";
    }
  }
  // hostPort rules of pods that are gone (a supervisor killed before its teardown): each table
  // names its pod's directory and uid; it goes when no live supervisor runs that pod there.
  int tables = 0;
  for (const auto& [table, owner] : net::host_port_tables()) {
    std::vector<std::string> w = files::words(owner);
    if (w.size() != 2) continue;  // not one of ours after all
    std::string dir = w[0], uid = w[1];
    std::size_t name_at = dir.rfind('/'), ns_at = dir.rfind('/', name_at - 1), pods_at = dir.rfind("/pods/", ns_at);
    if (name_at == std::string::npos || ns_at == std::string::npos || pods_at == std::string::npos) continue;
    state::StateStore owner_store(dir.substr(0, pods_at));
    auto st = owner_store.load(dir.substr(ns_at + 1, name_at - ns_at - 1), dir.substr(name_at + 1));
    if (st && st->uid == uid && supervised(*st)) continue;
    try {
      net::remove_host_ports(table);
      std::cout << "hostport-rules/" << table << " deleted\n";
      ++tables;
    } catch (const std::exception& ex) {
      std::cerr << "podrun: gc: " << ex.what() << "\n";
    }
  }
  std::cout << dropped << " stale address allocation" << (dropped == 1 ? "" : "s") << " released, " << bridges << " bridge"
            << (bridges == 1 ? "" : "s") << " removed"
            << (tables ? ", " + std::to_string(tables) + " hostPort rule table" + (tables == 1 ? "" : "s") + " removed" : "")
            << (storage_dirs ? ", " + std::to_string(storage_dirs) + " pod storage director" + (storage_dirs == 1 ? "y" : "ies") + " removed" : "")
            << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// delete

struct DeleteOptions {
  std::vector<std::string> args, files;
  std::string ns = "default";
  int grace = -1;
  bool now = false, wait = true, all = false;
};

// A namespace goes with its pods, as the API server's namespace controller deletes them.
int delete_namespaces(const GlobalOptions& g, const DeleteOptions& o, const std::vector<std::string>& names) {
  state::StateStore store(g.root);
  int rc = kExitOk;
  for (const auto& n : names) {
    std::vector<std::pair<std::string, std::string>> pods;
    for (const auto& s : store.list(n)) pods.emplace_back(s.ns, s.name);
    if (!store.load_namespace(n) && pods.empty()) {
      std::cerr << "podrun: namespace \"" << n << "\" not found\n";
      rc = kExitFailure;
      continue;
    }
    exec::delete_pods(runtime_config(g), pods, o.now ? std::optional<int>(1) : std::nullopt, o.wait);
    store.remove_namespace(n);
    std::cout << "namespace \"" << n << "\" deleted\n";
  }
  return rc;
}

int run_delete(const GlobalOptions& g, const DeleteOptions& o) {
  std::vector<std::pair<std::string, std::string>> targets;  // ns, name
  std::vector<std::string> namespaces;
  if (!o.files.empty()) {
    int code = 0;
    // Only the objects' names matter here: what the API server would take is enough.
    loader::LoadOptions lo;
    lo.podrun_rules = false;
    auto loaded = load_pods(o.files, lo, code);
    if (!loaded) return code;
    for (const auto& p : loaded->pods) targets.emplace_back(p.metadata.ns, p.metadata.name);
    for (const auto& n : loaded->namespaces) namespaces.push_back(n.name);
  } else if (o.args.size() >= 2 && (o.args[0] == "namespace" || o.args[0] == "namespaces" || o.args[0] == "ns")) {
    return delete_namespaces(g, o, std::vector<std::string>(o.args.begin() + 1, o.args.end()));
  } else if (o.all) {
    if (o.args.size() != 1 || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po")) {
      std::cerr << "podrun: delete: --all takes a resource type and no names: podrun delete pods --all\n";
      return kExitUsage;
    }
    for (const auto& s : state::StateStore(g.root).list(o.ns)) targets.emplace_back(s.ns, s.name);
    if (targets.empty()) {
      std::cout << "No resources found\n";
      return kExitOk;
    }
  } else {
    if (o.args.size() < 2 || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po")) {
      std::cerr << "podrun: delete: usage: podrun delete pod NAME... | podrun delete namespace NAME... | podrun delete -f PATH\n";
      return kExitUsage;
    }
    for (std::size_t i = 1; i < o.args.size(); ++i) targets.emplace_back(o.ns, o.args[i]);
  }
  std::optional<int> grace;
  if (o.grace >= 0) grace = o.grace;
  if (o.now) grace = 1;
  // Every pod's supervisor is asked first, then each is waited for: the grace periods run
  // in parallel, as the kubelet stops pods.
  auto missing = exec::delete_pods(runtime_config(g), targets, grace, o.wait);
  int rc = kExitOk;
  for (const auto& [ns, name] : targets) {
    if (std::find(missing.begin(), missing.end(), ns + "/" + name) != missing.end()) {
      std::cerr << "podrun: pod \"" << name << "\" not found in namespace " << ns << "\n";
      rc = kExitFailure;
      continue;
    }
    std::cout << "pod \"" << name << "\" deleted\n";
  }
  if (!namespaces.empty() && delete_namespaces(g, o, namespaces) != kExitOk) rc = kExitFailure;
  return rc;
}

// ---------------------------------------------------------------------------------------------
// exec

struct ExecOptions {
  std::string pod, container, ns = "default";
  bool stdin_open = false, tty = false;
  std::vector<std::string> command;
};

volatile sig_atomic_t g_winch = 0;

// Copies our terminal to the container's and back, in raw mode, until the command's side of
// the terminal closes; the window size follows ours (SIGWINCH).
// Without -i (`stdin_open` false) standard input is not read at all, as kubectl and docker
// attach it only with -i: run from a script, cron or CI, whatever is there stays there.
void relay_terminal(int master, pid_t child, bool stdin_open) {
  termios saved{};
  bool raw = stdin_open && ::isatty(0) && ::tcgetattr(0, &saved) == 0;
  if (raw) {
    termios t = saved;
    ::cfmakeraw(&t);
    ::tcsetattr(0, TCSANOW, &t);
  }
  struct sigaction sa{};
  sa.sa_handler = [](int) { g_winch = 1; };
  ::sigaction(SIGWINCH, &sa, nullptr);
  char buf[4096];
  for (;;) {
    if (g_winch) {
      g_winch = 0;
      winsize ws{};
      if (::ioctl(0, TIOCGWINSZ, &ws) == 0) ::ioctl(master, TIOCSWINSZ, &ws);
    }
    pollfd fds[2] = {{master, POLLIN, 0}, {0, static_cast<short>(stdin_open ? POLLIN : 0), 0}};
    int n = ::poll(fds, stdin_open ? 2 : 1, 100);
    if (n < 0 && errno != EINTR) break;
    if (n <= 0) {
      if (::waitpid(child, nullptr, WNOHANG | WNOWAIT) == child) {
        // drain what is left
        while (::read(master, buf, sizeof buf) > 0) {
        }
        break;
      }
      continue;
    }
    if (fds[0].revents & (POLLIN | POLLHUP)) {
      ssize_t r = ::read(master, buf, sizeof buf);
      if (r <= 0) break;  // the command's side closed
      if (::write(1, buf, static_cast<std::size_t>(r)) < 0) break;
    }
    if (stdin_open && (fds[1].revents & (POLLIN | POLLHUP))) {
      ssize_t r = ::read(0, buf, sizeof buf);
      if (r <= 0) stdin_open = false;
      else if (::write(master, buf, static_cast<std::size_t>(r)) < 0) break;
    }
  }
  if (raw) ::tcsetattr(0, TCSANOW, &saved);
}

int run_exec(const GlobalOptions& g, const ExecOptions& o) {
  state::StateStore store(g.root);
  auto s = store.load(o.ns, o.pod);
  if (!s) {
    std::cerr << "podrun: pod \"" << o.pod << "\" not found in namespace " << o.ns << "\n";
    return kExitFailure;
  }
  const state::ContainerState* c = nullptr;
  for (const auto& cs : s->containers)
    if ((o.container.empty() && cs.type == "app") || cs.name == o.container) {
      c = &cs;
      break;
    }
  if (!c) {
    std::cerr << "podrun: container \"" << o.container << "\" not found in pod " << o.pod << "\n";
    return kExitFailure;
  }
  if (c->state != "running" || !process_alive(c->pid, c->start_time)) {
    std::cerr << "podrun: container " << c->name << " is not running\n";
    return kExitFailure;
  }
  // Everything the process needs, read before joining its namespaces: environment, user, cwd.
  exec::ContainerProcess target;
  try {
    target = exec::inspect_container(c->pid);
    target.seccomp_bpf = exec::read_seccomp_file(store.pod_dir(o.ns, o.pod) + "/seccomp/" + c->name + ".bpf");
    exec::enter_container(target);
  } catch (const SysError& e) {
    std::cerr << "podrun: exec: " << e.what() << "\n";
    return kExitFailure;
  }
  // -t: a terminal from the container's own devpts (we are in its mount namespace now), so
  // that `tty` inside names a device that exists there; its size follows ours.
  UniqueFd master;
  std::string slave_name;
  if (o.tty) {
    master.reset(::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (!master || ::grantpt(master.get()) != 0 || ::unlockpt(master.get()) != 0) {
      std::cerr << "podrun: exec -t: open /dev/ptmx in the container: " << std::strerror(errno) << "\n";
      return kExitFailure;
    }
    slave_name = ::ptsname(master.get());
    winsize ws{};
    if (::ioctl(0, TIOCGWINSZ, &ws) == 0) ::ioctl(master.get(), TIOCSWINSZ, &ws);
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    if (o.tty) {
      ::setsid();
      int slave = ::open(slave_name.c_str(), O_RDWR);
      if (slave < 0 || ::ioctl(slave, TIOCSCTTY, 0) != 0) ::_exit(126);
      for (int fd : {0, 1, 2}) ::dup2(slave, fd);
      if (slave > 2) ::close(slave);
    } else if (!o.stdin_open) {
      int devnull = ::open("/dev/null", O_RDONLY);
      ::dup2(devnull, 0);
    }
    exec::exec_as_container(target, o.command);
  }
  if (o.tty) relay_terminal(master.get(), pid, o.stdin_open);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

// ---------------------------------------------------------------------------------------------
// matrix: the isolation the kernel shows, next to the plan's.

struct MatrixOptions {
  std::vector<std::string> pods;
  std::string output, ns = "default";
  bool all = false;
};

unsigned long long ns_inode(int pid, plan::NsKind k) {
  struct stat st {};
  std::string p = "/proc/" + std::to_string(pid) + "/ns/" + plan::ns_name(k);
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

int run_matrix(const GlobalOptions& g, const MatrixOptions& o) {
  state::StateStore store(g.root);
  std::vector<state::PodState> pods = store.list(o.all ? "" : o.ns);
  if (!o.pods.empty())
    pods.erase(std::remove_if(pods.begin(), pods.end(),
                              [&](const auto& p) { return std::find(o.pods.begin(), o.pods.end(), p.name) == o.pods.end(); }),
               pods.end());
  if (pods.empty()) {
    std::cerr << "podrun: no running pods" << (o.pods.empty() ? "" : " named so") << "\n";
    return kExitFailure;
  }
  // The plan side: re-plan the applied manifests (the planner is pure and deterministic).
  std::vector<std::string> manifests;
  for (const auto& s : pods) manifests.push_back(store.pod_dir(s.ns, s.name) + "/pod.json");
  loader::LoadResult loaded = loader::load_paths(manifests, loader::LoadOptions{});
  plan::Plan plan = plan::make_plan(plan_input(loaded, host::MachineConfig{}));
  auto planned = plan::isolation_matrix(plan);

  // The kernel side: /proc/PID/ns/* of every container, and of the host (this CLI's own).
  std::map<std::string, int> pid_of;  // "ns/pod/container" → pid
  for (const auto& s : pods)
    for (const auto& c : s.containers)
      if (c.state == "running" && process_alive(c.pid, c.start_time)) pid_of[s.ns + "/" + s.name + "/" + c.name] = c.pid;
  auto observed = [&](const plan::MatrixRow& r, std::size_t k, unsigned long long& ia, unsigned long long& ib) -> std::optional<plan::Sharing> {
    plan::NsKind kind = plan::kMatrixKinds[k];
    auto side = [&](const std::string& who, bool first) -> int {
      if (who == "host") return static_cast<int>(::getpid());  // the CLI runs in the host's namespaces
      if (who.rfind("pod ", 0) == 0) {  // a pod: its first running container
        std::string key = who.substr(4) + "/";
        for (const auto& [k2, pid] : pid_of)
          if (k2.rfind(key, 0) == 0) return pid;
        return 0;
      }
      (void)first;
      auto it = pid_of.find(r.pod + "/" + who);
      return it == pid_of.end() ? 0 : it->second;
    };
    int pa = side(r.a, true), pb = side(r.b, false);
    if (!pa || !pb) return std::nullopt;
    ia = ns_inode(pa, kind);
    ib = ns_inode(pb, kind);
    unsigned long long host = ns_inode(static_cast<int>(::getpid()), kind);
    if (ia != ib) return plan::Sharing::Isolated;
    return ia == host ? plan::Sharing::SharedHost : plan::Sharing::SharedPod;
  };
  json rows = json::array();
  int differences = 0;
  std::vector<std::vector<std::string>> table = {{"", "Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"}};
  for (const auto& r : planned) {
    json row = {{"pod", r.pod}, {"a", r.a}, {"b", r.b}};
    std::vector<std::string> cells = {r.a + " <-> " + r.b};
    bool any = false;
    for (std::size_t k = 0; k < plan::kMatrixKinds.size(); ++k) {
      unsigned long long ia = 0, ib = 0;
      auto got = observed(r, k, ia, ib);
      if (!got) continue;
      any = true;
      bool same = *got == r.cells[k];
      if (!same) ++differences;
      std::string cell = std::string(plan::sharing_name(*got)) + " " + std::to_string(ia) + (ia == ib ? "" : "/" + std::to_string(ib));
      if (!same) cell = "! " + cell + " (planned: " + plan::sharing_name(r.cells[k]) + ")";
      cells.push_back(cell);
      row[plan::kMatrixColumns[k]] = {{"observed", plan::sharing_name(*got)}, {"planned", plan::sharing_name(r.cells[k])},
                                      {"inodes", {ia, ib}}, {"matches", same}};
    }
    if (!any) continue;
    rows.push_back(row);
    table.push_back(cells);
  }
  if (o.output == "json") {
    std::cout << json{{"rows", rows}, {"differences", differences}}.dump(2) << "\n";
  } else {
    std::vector<std::size_t> w(table[0].size(), 0);
    for (const auto& r : table)
      for (std::size_t i = 0; i < r.size() && i < w.size(); ++i) w[i] = std::max(w[i], r[i].size());
    for (const auto& r : table) {
      std::string line;
      for (std::size_t i = 0; i < r.size(); ++i) line += r[i] + (i + 1 < r.size() ? std::string(w[i] - r[i].size() + 2, ' ') : "");
      std::cout << line << "\n";
    }
    std::cout << (differences ? std::to_string(differences) + " cell(s) differ from the plan (marked !)" : "the kernel matches the plan")
              << "\n";
  }
  return differences ? kExitFailure : kExitOk;
}

}  // namespace

void add_pod_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto ap = std::make_shared<ApplyOptions>();
  CLI::App* apply = app.add_subcommand("apply", "Run the pods of manifests: validate, plan, start (unchanged pods are left alone)");
  apply->add_option("-f,--filename", ap->files, "Files, directories or - (stdin)")->required();
  apply->add_flag("--wait", ap->wait, "Then wait until every pod is Ready (readiness probes included)");
  apply->add_option("--timeout", ap->timeout, "How long --wait waits (e.g. 30s, 5m)")->capture_default_str();
  apply->add_option("--backoff-base", ap->backoff_base,
                    "First CrashLoopBackOff delay (default 10s, doubling to 30x it; e.g. 200ms for tests and classes)");
  apply->add_option("--bridge", ap->bridge, "The pod network's bridge (created on first use)")->capture_default_str();
  apply->add_option("--subnet", ap->subnet, "The pod network's IPv4 subnet; the host is its .1")->capture_default_str();
  add_policy_flags(apply, ap->policy, true);
  apply->add_option("--idmapped-mounts", ap->idmapped_mounts,
                    "hostUsers: false pods: idmapped mounts where the kernel and filesystems allow them (auto), or never "
                    "(the pod's files chowned into its ID block, the image copied with shifted owners)")
      ->check(CLI::IsMember({"auto", "never"}))
      ->capture_default_str();
  apply->add_option("--log-max-size", ap->log_max_size,
                    "Rotate a container's log file at this size (default 10Mi, kept: 5 files), as the kubelet's containerLogMaxSize");
  apply->callback([&g, ap, &action] { action = [&g, ap] { return run_apply(g, *ap); }; });

  auto get = std::make_shared<GetOptions>();
  CLI::App* getc = app.add_subcommand("get", "List pods (podrun get pods [NAME] [-o wide|json|yaml])");
  getc->add_option("args", get->args, "pods [NAME...]")->required();
  getc->add_option("-o,--output", get->output, "wide, json or yaml")->check(CLI::IsMember({"wide", "json", "yaml"}));
  getc->add_option("-n,--namespace", get->ns, "Namespace")->capture_default_str();
  getc->add_flag("-A,--all-namespaces", get->all, "Every namespace");
  getc->callback([&g, get, &action] { action = [&g, get] { return run_get(g, *get); }; });

  auto del = std::make_shared<DeleteOptions>();
  CLI::App* delc = app.add_subcommand("delete", "Stop and remove pods (podrun delete pod NAME... | namespace NAME... | -f PATH)");
  delc->add_option("args", del->args, "pod NAME... | namespace NAME...");
  delc->add_option("-f,--filename", del->files, "The pods of these manifests");
  delc->add_option("-n,--namespace", del->ns, "Namespace")->capture_default_str();
  delc->add_option("--grace-period", del->grace, "Seconds between SIGTERM and SIGKILL (default: the pod's terminationGracePeriodSeconds)");
  delc->add_flag("--now", del->now, "A grace period of 1 second");
  delc->add_flag("--wait", del->wait, "Wait until the pod is gone (default true; --wait=false returns once it is asked)");
  delc->add_flag("--all", del->all, "Every pod of the namespace (delete pods --all)");
  delc->callback([&g, del, &action] { action = [&g, del] { return run_delete(g, *del); }; });

  auto ex = std::make_shared<ExecOptions>();
  CLI::App* exc = app.add_subcommand("exec", "Run a command in a container: all its namespaces, root, env and user");
  exc->add_option("pod", ex->pod, "Pod")->required();
  exc->add_option("command", ex->command, "-- COMMAND [ARG...]")->required();
  exc->add_option("-c,--container", ex->container, "Container (default: the first app container)");
  exc->add_option("-n,--namespace", ex->ns, "Namespace")->capture_default_str();
  exc->add_flag("-i,--stdin", ex->stdin_open, "Pass standard input");
  exc->add_flag("-t,--tty", ex->tty, "Allocate a terminal");
  exc->callback([&g, ex, &action] { action = [&g, ex] { return run_exec(g, *ex); }; });

  CLI::App* gc = app.add_subcommand("gc", "Release the pod network's leftovers: addresses of pods that are gone, an unused bridge");
  gc->callback([&g, &action] { action = [&g] { return run_gc(g); }; });

  auto mx = std::make_shared<MatrixOptions>();
  CLI::App* mxc = app.add_subcommand("matrix", "The isolation matrix the kernel shows (/proc/PID/ns), checked against the plan");
  mxc->add_option("pods", mx->pods, "Pods (default: every pod of the namespace)");
  mxc->add_option("-o,--output", mx->output, "json")->check(CLI::IsMember({"json"}));
  mxc->add_option("-n,--namespace", mx->ns, "Namespace")->capture_default_str();
  mxc->add_flag("-A,--all-namespaces", mx->all, "Every namespace");
  mxc->callback([&g, mx, &action] { action = [&g, mx] { return run_matrix(g, *mx); }; });
}

}  // namespace podrun::cli
