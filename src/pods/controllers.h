// The controller process: kube-controller-manager's Job and Deployment loops, the endpoints
// controller, kube-proxy and cluster DNS (pods/services.h) for one state root. One process
// per root (a lock), started by apply (and by serve's syncs) whenever a Deployment, Job or
// Service is stored, so that controllers outlive the command that applied them: a
// Job goes on after apply returned, a Deployment replaces a deleted replica with nobody
// watching. It syncs every workload each half second (sooner work is woken by nothing: the
// pods' state lives in files), and exits once no workload is left.
//
// Why one process and not one per object: the decisions are cheap and pure
// (plan/controllers.h), the expensive part is starting pods, which apply already does in
// parallel; one process means one lock, one log, nothing to collect per object, and `serve`
// needs nothing of its own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pods/apply.h"
#include "pods/context.h"
#include "pods/inputs.h"

namespace podrun::pods {

// How the controller starts pods: the flags of the apply that last stored a workload.
struct ControllerSettings {
  PolicyFlags policy;
  SupervisorSettings settings;
  PullFlags pull;
};
void save_controller_settings(const Context& ctx, const ControllerSettings& settings);

struct ControllerSync {
  std::vector<std::string> changes;  // "job/default/pi: pod pi-x2b4k created", ...
  std::vector<std::string> errors;
  std::size_t workloads = 0, services = 0;
  std::int64_t next_at = 0;  // a workload asked to be synced again by then (0: no need)
};
class ServiceProxy;
// One pass over every stored workload at `now` (seconds since the epoch), and, with `proxy`,
// over the Services.
ControllerSync sync_workloads(const Context& ctx, std::int64_t now, ServiceProxy* proxy = nullptr);

// The loop (lock ROOT/controllers/lock; log ROOT/controllers/log), until `stop_fd` is
// readable or no workload has been stored for a few seconds. Returns 0; 1 when another
// controller holds the lock.
int run_controllers(const Context& ctx, int stop_fd);

// Starts the controller process of the root unless one runs (detached: its own session,
// stdio on /dev/null).
void ensure_controllers(const Context& ctx);
// The pid of the root's controller process, or 0.
int controller_pid(const Context& ctx);

}  // namespace podrun::pods
