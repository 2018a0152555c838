// Everything a pod holds on the machine besides its processes, released in one order by one
// function — by its supervisor when the pod goes, and by the pod manager when a killed
// supervisor left the pod behind:
//
//   1. its hostPort rules (net/host_ports.h)
//   2. its address on the pod network (IPAM)
//   3. its cgroups: whatever is still in them killed, then removed
//   4. its block of host IDs (hostUsers: false)
//   5. its directory: every mount below it, then the files
//   6. its storage on disk (writable layers, logs, volumes)
//
// A step that fails does not stop the others; what was left behind is returned, one line
// each, for the caller to log (docs/design.md, "Errors").
#pragma once

#include <string>
#include <vector>

#include "exec/run_config.h"

namespace podrun::exec {

struct ReleaseOptions {
  bool storage = true;  // false: the caller removes the pod's storage itself (a child of it)
};

std::vector<std::string> release_pod_resources(const RunConfig& run, const std::string& pod_dir, ReleaseOptions options = {});

}  // namespace podrun::exec
