// The per-pod supervisor: a small static binary (podrun-supervisor) that the CLI starts,
// detached, for each pod. It owns the pod's processes for the pod's whole life:
//
//   1. pod files and volumes, then the pause holder (exec/pod_setup.h);
//   2. init containers one at a time, each to exit 0 (sidecars: until started), then the app
//      containers in order, each after the previous one's postStart hook;
//   3. restarts per restartPolicy with CrashLoopBackOff, probes, logs in the CRI format;
//   4. on SIGTERM (delete): preStop hooks and SIGTERM to the app containers in parallel, then
//      the sidecars in reverse order, SIGKILL at the end of the grace period; then the pause
//      holder, mounts and directories;
//   5. a pause holder that dies: the pod stopped, a new sandbox, its containers started again.
// What to do when is lifecycle.h's (pure, table-tested); pod_supervisor.h does it.
//
// It reports to the CLI once, on fd 3: "OK" when every container has started once (or waits
// in back-off), or "ERR <why>" after undoing everything. Its state is state.json, which
// every other podrun command reads.
#pragma once

#include <optional>

#include "common/fd.h"
#include "exec/run_config.h"
#include "exec/sandbox_pool.h"

namespace podrun::supervisor {

// Runs the pod until it is deleted. `report_fd` gets the one-line start report. `pooled`: the
// sandbox this supervisor made while it stood in serve's pool (exec/sandbox_pool.h), adopted
// when the pod's plan fits it, discarded first when it does not.
using exec::RunConfig;

// `storage_word`: the socket on which apply says it made the pod's storage (exec/
// supervisor_process.h, StandbySupervisor::start), or none: the supervisor makes it.
[[noreturn]] void supervise(RunConfig& config, int report_fd, std::optional<exec::PooledSandbox> pooled = std::nullopt,
                            exec::CgroupsAhead cgroups = {}, UniqueFd storage_word = {});

// `podrun-supervisor --self-test` (self_test.cc): exceptions, std::function, chrono and the
// log in this very binary; 0 when all work.
int self_test();

}  // namespace podrun::supervisor
