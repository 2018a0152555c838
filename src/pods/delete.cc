#include "pods/delete.h"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/fault.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/pod_setup.h"
#include "exec/pod_teardown.h"
#include "exec/run_config.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

struct Signalled {
  std::string ns, name, dir;
  std::optional<state::PodState> st;
};

// Step 1: ask the supervisor.
std::optional<Signalled> signal_delete(const Context& ctx, const PodName& pod, std::optional<int> grace) {
  state::StateStore store(ctx.state_root);
  Signalled s{pod.first, pod.second, store.pod_dir(pod.first, pod.second), std::nullopt};
  if (!files::exists(s.dir)) return std::nullopt;
  s.st = store.load(pod.first, pod.second);
  if (s.st && process_alive(s.st->supervisor_pid, s.st->supervisor_start)) {
    // The supervisor reads its grace period here when it gets the signal.
    if (grace) files::write(state::PodPaths{s.dir}.grace(), std::to_string(*grace) + "\n", 0600);
    ::kill(s.st->supervisor_pid, SIGTERM);
    fault::point("delete.signalled");
  }
  return s;
}

int pod_grace_seconds(const std::string& dir, std::optional<int> grace) {
  if (grace) return *grace;
  try {
    return nlohmann::json::parse(files::read(state::PodPaths{dir}.plan()).value_or("{}")).value("terminationGracePeriodSeconds", 30);
  } catch (const nlohmann::json::exception&) {
    return 30;  // no plan.json yet: the kubelet's default
  }
}

// Step 2: wait for the supervisor to finish; then release whatever a killed supervisor (or a
// start that died half-way) left.
void finish_delete(const Context& ctx, const Signalled& s, std::optional<int> grace, std::vector<std::string>* leftovers) {
  state::StateStore store(ctx.state_root);
  if (s.st && process_alive(s.st->supervisor_pid, s.st->supervisor_start)) {
    int limit = pod_grace_seconds(s.dir, grace) + 15;  // the supervisor's own bound, and its clean-up
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(limit);
    while (process_alive(s.st->supervisor_pid, s.st->supervisor_start) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (s.st) {
    for (const auto& c : s.st->containers)
      if (process_alive(c.pid, c.start_time)) ::kill(c.pid, SIGKILL);
    if (process_alive(s.st->pause_pid, s.st->pause_start)) ::kill(s.st->pause_pid, SIGKILL);
    if (process_alive(s.st->supervisor_pid, s.st->supervisor_start)) ::kill(s.st->supervisor_pid, SIGKILL);
  }
  if (!files::exists(s.dir)) return;  // the supervisor released it all
  auto global = store.lock_global();
  std::vector<std::string> left;
  if (std::optional<std::string> text = files::read(state::PodPaths{s.dir}.run_config())) {
    try {
      left = exec::release_pod_resources(exec::decode_run_config(*text), s.dir);
    } catch (const std::runtime_error& e) {
      left.push_back("run.json: " + std::string(e.what()));
    }
    fault::point("delete.released");
  }
  if (files::exists(s.dir)) {  // no run.json (a start that died before writing it), or its removal failed
    try {
      exec::remove_pod_files(s.dir);
    } catch (const std::exception& e) {
      left.push_back(std::string("pod directory: ") + e.what());
    }
  }
  ::rmdir(files::parent(s.dir).c_str());  // the namespace directory, when empty
  if (leftovers)
    for (auto& l : left) leftovers->push_back("pod " + s.ns + "/" + s.name + ": " + l);
}

}  // namespace

std::vector<PodName> delete_pods(const Context& ctx, const std::vector<PodName>& pods, std::optional<int> grace, bool wait,
                                 std::vector<std::string>* leftovers) {
  std::vector<PodName> missing;
  std::vector<Signalled> asked;
  for (const auto& pod : pods) {
    if (auto s = signal_delete(ctx, pod, grace)) asked.push_back(*s);
    else missing.push_back(pod);
  }
  if (wait)
    for (const auto& s : asked) finish_delete(ctx, s, grace, leftovers);
  return missing;
}

std::vector<std::string> delete_namespaces(const Context& ctx, const std::vector<std::string>& names, std::optional<int> grace, bool wait) {
  state::StateStore store(ctx.state_root);
  std::vector<std::string> missing;
  for (const auto& n : names) {
    std::vector<PodName> pods;
    for (const auto& s : store.list(n)) pods.emplace_back(s.ns, s.name);
    using Kind = state::StateStore::ObjectKind;
    auto configmaps = store.objects(Kind::ConfigMap, n), secrets = store.objects(Kind::Secret, n);
    // Workloads and Services first: with them gone their controller makes no new pod, and the
    // pods they made are among those below.
    std::size_t controlled = 0;
    for (Kind k : {Kind::Deployment, Kind::DaemonSet, Kind::StatefulSet, Kind::Job, Kind::CronJob, Kind::Service, Kind::NetworkPolicy,
                   Kind::DeploymentStatus, Kind::DaemonSetStatus, Kind::StatefulSetStatus, Kind::JobStatus, Kind::CronJobStatus})
      for (const auto& o : store.objects(k, n)) controlled += store.remove_object(k, o.ns, o.name) ? 1 : 0;
    if (!store.load_namespace(n) && pods.empty() && configmaps.empty() && secrets.empty() && controlled == 0) {
      missing.push_back(n);
      continue;
    }
    delete_pods(ctx, pods, grace, wait);
    // Everything in it goes, as the namespace controller deletes it: the ConfigMaps and
    // Secrets after the pods that read them.
    for (const auto& o : configmaps) store.remove_object(Kind::ConfigMap, o.ns, o.name);
    for (const auto& o : secrets) store.remove_object(Kind::Secret, o.ns, o.name);
    store.remove_namespace(n);
  }
  return missing;
}

}  // namespace podrun::pods
