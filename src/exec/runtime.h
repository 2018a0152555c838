// Running pods: apply (materialize a plan under a detached per-pod supervisor) and delete.
//
//   apply_pod():
//     1. Under the global lock: an unchanged pod is left alone; a changed one is deleted.
//     2. The pod directory gets the manifest and the plan.
//     3. The pod's supervisor (podrun-supervisor, supervisor/supervisor.h) is started
//        detached with run.json (the plan in lossless form), and does the work; it reports OK
//        once every container has started once, or the error after undoing everything.
//   delete_pod(): SIGTERM to the supervisor, which stops the containers (grace period, then
//   SIGKILL), the pause holder, and removes mounts and directories; whatever a killed
//   supervisor left behind is cleaned up from the state's pids (checked by start time).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "plan/plan.h"
#include "state/pod_state.h"
#include "supervisor/run_config.h"

namespace podrun::exec {

struct RuntimeConfig {
  std::string state_root = "/run/podrun";
  std::string pause_binary;       // default: podrun-pause next to podrun
  std::string supervisor_binary;  // default: podrun-supervisor next to podrun
  supervisor::BackoffPolicy backoff;
  std::uint64_t log_max_bytes = 10 << 20;  // kubelet containerLogMaxSize
  std::string cgroup_root;                 // "": /sys/fs/cgroup, or its unified/ on a hybrid v1 host
  std::string bridge = "podrun0", subnet = "10.85.0.0/16";  // the pod network
  std::string idmapped_mounts = "auto";                    // supervisor::RunConfig's
  std::string storage_root = "/var/lib/podrun";            // pods' writable layers, logs, volumes
  std::int64_t eviction_period_ms = 10'000;               // the machine's evictionMonitoringPeriod
};

using ImageForRun = supervisor::ImageLayers;  // an image's layer directories and USER

struct PodRequest {
  plan::PodPlan plan;
  plan::CgroupVersion cgroup_version = plan::CgroupVersion::V1;  // the plan's host facts
  std::map<std::string, ImageForRun> images;  // by reference as the manifest writes it
  std::string manifest_json;
  // plan.json (`podrun plan -o json` of this pod), made while the supervisor starts the pod:
  // only people and later commands read it.
  std::function<std::string()> plan_json;
};

struct ApplyResult {
  enum class Outcome { Created, Unchanged, Configured } outcome = Outcome::Created;
  bool ok = true;
  std::string message;
};

// A pod's supervisor, started by `podrun apply` before it reads the manifest: its process
// start-up (about 1 ms) runs on the other CPU while the CLI validates and plans. It waits on
// a socket for its pod's directory and does nothing before; one never given a pod exits when
// this object goes (its socket closes), having changed nothing. One whose exec failed says
// so on the report pipe, and start() throws it.
class StandbySupervisor {
 public:
  StandbySupervisor() = default;
  static StandbySupervisor spawn(const RuntimeConfig& cfg);  // throws SysError
  StandbySupervisor(StandbySupervisor&& o) noexcept { *this = std::move(o); }
  StandbySupervisor& operator=(StandbySupervisor&& o) noexcept;
  ~StandbySupervisor();
  explicit operator bool() const { return pid_ > 0; }

 private:
  friend ApplyResult apply_pod(const RuntimeConfig&, const PodRequest&, StandbySupervisor*);
  // Hands it the pod: from here on it is the pod's supervisor, and this object forgets it.
  void start(const std::string& pod_dir);
  void dismiss();  // a supervisor never given a pod: its socket closed, it exits, reaped here
  pid_t pid_ = -1;
  UniqueFd pod_dir_;       // its fd 4, a socket
  UniqueFd report_;        // its fd 3: "OK" or "ERR ..." once the pod runs or failed
};

// `standby`, when given and not used yet, becomes this pod's supervisor.
ApplyResult apply_pod(const RuntimeConfig& cfg, const PodRequest& request, StandbySupervisor* standby = nullptr);

// Where the hierarchy of cgroup version `v` is mounted here.
std::string default_cgroup_root(plan::CgroupVersion v);

// false when there is no such pod. `grace` overrides terminationGracePeriodSeconds. With
// `wait`, returns once the pod is gone: processes, mounts, directory.
bool delete_pod(const RuntimeConfig& cfg, const std::string& ns, const std::string& name, std::optional<int> grace,
                bool wait);

// Deletes several pods at once: every supervisor is asked first, so the grace periods run in
// parallel; then each is waited for. Returns the pods that did not exist.
std::vector<std::string> delete_pods(const RuntimeConfig& cfg, const std::vector<std::pair<std::string, std::string>>& pods,
                                     std::optional<int> grace, bool wait);

}  // namespace podrun::exec
