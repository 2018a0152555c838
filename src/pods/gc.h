// gc: what pods that are gone left behind — a state directory removed by hand under a running
// pod, a supervisor killed with its pod's directory, a reboot that emptied /run but not /var —
// found by podrun's own marks and released, in this order:
//   1. orphans of this state root: supervisors whose working directory (their pod's) has no
//      state naming them, stopped; pod directories without a state.json, unmounted and removed;
//   2. pod cgroups (podrun/<qos>/pod<uid>) whose pod, named by its storage's owner file, is gone:
//      emptied (SIGKILL) and removed;
//   3. address allocations whose pod does not run, and a bridge no pod uses any more;
//   4. storage directories, 5. hostPort rule tables, 6. user-namespace ID blocks of pods gone.
// Only this root's pods are touched (every mark names its pod's directory); `dry_run` lists
// what would go and changes nothing.
#pragma once

#include <string>
#include <vector>

#include "pods/context.h"

namespace podrun::pods {

struct GcReport {
  bool dry_run = false;       // nothing was done: `removed` is what would go
  std::size_t addresses = 0;  // stale address allocations released
  // "supervisor/PID (dir)", "pod-directory/ns/name", "cgroup/podrun/...", "bridge/podrun0",
  // "hostport-rules/podrun_hp_...", "storage/...", "userns-block/UID"
  std::vector<std::string> removed;
  std::vector<std::string> errors;  // what could not be removed, and why
};

GcReport gc(const Context& ctx, bool dry_run = false);

}  // namespace podrun::pods
