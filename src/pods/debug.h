// debug: an ephemeral container added to a running pod, as `kubectl debug POD --image IMG
// [--target C] -it -- CMD` adds one to spec.ephemeralContainers. It joins the pod's network,
// IPC and UTS namespaces and, with a target, that container's PID namespace: `ps` shows the
// target's processes and /proc/PID/root reaches its files. It gets the same security defaults
// as any container of the pod, is started once by the pod's supervisor (never restarted), is
// listed by get -o yaml, describe and matrix, and goes with the pod.
//
//   1. checks: the pod runs, the name is free, the target is one of its containers;
//   2. the image (pulled per its policy), the container planned (plan/planner.h) and its
//      seccomp program compiled; nothing is written if any of this fails;
//   3. the request under <pod dir>/ephemeral/ and SIGUSR1 to the supervisor, which starts it;
//   4. -i/-t: the caller's streams (its terminal with -t) attached until the container ends.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pods/context.h"
#include "pods/inputs.h"

namespace podrun::pods {

struct DebugRequest {
  std::string ns = "default", pod;
  std::string container;  // its name; "": debugger-xxxxx, as kubectl chooses
  std::string image;
  std::string target;             // --target: the container whose PID namespace it joins
  std::string image_pull_policy;  // "": Always for :latest or no tag, else IfNotPresent
  std::vector<std::string> command;
  bool stdin_open = false, tty = false;
};

// Called once the container runs (its name: the caller says which name was chosen).
using DebugStarted = std::function<void(const std::string& name)>;

// Without -i: returns 0 once the container runs. With -i: its exit code once it ends (the
// caller's streams attached meanwhile). Throws NotFound (pods/exec.h) for a pod or target that
// is not there or not running, BadSetting for a bad name or policy, std::runtime_error when
// the container cannot start (the reason, as its status says).
int debug_pod(const Context& ctx, const DebugRequest& request, const PolicyFlags& policy, const DebugStarted& started);

// "debugger-" and five characters of Kubernetes' random alphabet (no vowels, no 0, 1, 3).
std::string debug_container_name();

}  // namespace podrun::pods
