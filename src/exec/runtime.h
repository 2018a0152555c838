// Running pods: apply (materialize a plan under a detached per-pod supervisor) and delete.
//
//   apply_pod():
//     1. Under the global lock: an unchanged pod is left alone; a changed one is deleted.
//     2. The pod directory gets the manifest and the plan.
//     3. A supervisor is forked, detached (setsid, double fork), and does the work:
//        pod files and volumes → pause holder → containers in order (init ones to
//        completion) → state Running; it reports OK or the error to the waiting CLI, then
//        reaps and records until asked to stop.
//   delete_pod(): SIGTERM to the supervisor, which stops the containers (grace period, then
//   SIGKILL), the pause holder, and removes mounts and directories; whatever a killed
//   supervisor left behind is cleaned up from the state's pids (checked by start time).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "exec/sys.h"
#include "plan/plan.h"
#include "state/pod_state.h"

namespace podrun::exec {

struct RuntimeConfig {
  std::string state_root = "/run/podrun";
  std::string pause_binary;  // default: podrun-pause next to podrun
};

struct ImageForRun {
  std::vector<std::string> layers;  // top first
  std::string user;
};

struct PodRequest {
  plan::PodPlan plan;
  std::map<std::string, ImageForRun> images;  // by reference as the manifest writes it
  std::string manifest_json;
  std::string plan_json;
};

struct ApplyResult {
  enum class Outcome { Created, Unchanged, Configured } outcome = Outcome::Created;
  bool ok = true;
  std::string message;
};

ApplyResult apply_pod(const RuntimeConfig& cfg, const PodRequest& request);

// false when there is no such pod. `grace` overrides terminationGracePeriodSeconds. With
// `wait`, returns once the pod is gone: processes, mounts, directory.
bool delete_pod(const RuntimeConfig& cfg, const std::string& ns, const std::string& name, std::optional<int> grace,
                bool wait);

// Deletes several pods at once: every supervisor is asked first, so the grace periods run in
// parallel; then each is waited for. Returns the pods that did not exist.
std::vector<std::string> delete_pods(const RuntimeConfig& cfg, const std::vector<std::pair<std::string, std::string>>& pods,
                                     std::optional<int> grace, bool wait);

}  // namespace podrun::exec
