// Fault injection, for the tests that prove a failure at any step leaves nothing behind
// (tests/e2e/faults_root_test.sh, docs/reliability.md). Named points sit right after each step
// of apply, delete, image import and the supervisor's start and teardown that creates
// something on the machine. They are armed only by the environment:
//
//   PODRUN_FAULT=NAME:error   the step fails there (SysError "injected fault", EIO)
//   PODRUN_FAULT=NAME:kill    the process dies there (SIGKILL)
//   PODRUN_FAULT=NAME:delay   it waits 300 ms there, then goes on (an order that a slow step
//                             must not change: the tests of what waits for what)
//
// A pod's supervisor inherits the environment of the apply that started it. Unset, a point is
// a comparison with a name read once.
#pragma once

namespace podrun::fault {

// The points there are, for the test that walks them and for `point` to check its names.
inline constexpr const char* kPoints[] = {
    "apply.pod-dir",     // the pod's directory made (a tmpfs), nothing else
    "apply.run-config",  // run.json and the seccomp programs written
    "apply.supervisor",  // its supervisor started, before its first state is saved
    "sup.user-ids",      // hostUsers: false: a block of host IDs allocated
    "sup.pause",         // the pause holder forked
    "pause.released",    // in the pause holder: its namespaces made, released, before it joins its cgroups and execs
    "sup.cgroups",       // the pod's cgroup made
    "sup.address",       // an address allocated
    "sup.storage",       // the pod's storage attached and its files written
    "sup.network",       // the veth made and moved into the pod
    "sup.host-ports",    // the hostPort rules loaded
    "sup.container",     // a container's cgroup, seccomp program and log pipes ready, its child not cloned yet
    "sup.teardown",      // a delete's teardown begun: containers stopped, nothing released
    "delete.signalled",  // delete: the supervisor asked to stop, not waited for
    "delete.released",   // delete of a pod whose supervisor is gone: its resources released from run.json, its directory not yet
    "image.blob",        // an import's (or a pull's) blobs written, the image not yet named
    "pull.layers",       // a pull's layers fetched and unpacked into staging, nothing stored yet
    "gc.supervisor",     // gc: an orphaned pod's supervisor stopped, its directory still there
    "gc.pod-directory",  // gc: an orphaned pod's directory removed, its cgroups, addresses and storage not yet
};

// Fails, kills or waits here when PODRUN_FAULT names `name`; nothing otherwise.
void point(const char* name);

// What PODRUN_FAULT arms at `name`, for a forked child that may only make system calls: read
// before the fork, acted on in the child (fail_in_child).
enum class Mode { None, Error, Kill, Delay };
Mode armed_at(const char* name);
// In such a child: Error exits with `exit_code`, Kill is SIGKILL, Delay waits 300 ms.
void fail_in_child(Mode mode, int exit_code);

}  // namespace podrun::fault
