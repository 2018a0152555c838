// exec: a command in a running container — every namespace of its process (ipc, uts, net,
// cgroup, pid, mnt, and user for hostUsers: false), its cgroups, working directory,
// environment, user, capabilities and seccomp filter (exec/join.h); never more privilege than
// the container's own process, and fds 0-2 only. -t gives it a terminal of the container's own
// devpts, relayed to ours; -i passes our standard input (without it stdin is not read).
#pragma once

#include <sys/types.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "pods/context.h"
#include "state/pod_state.h"

namespace podrun::pods {

// A pod, container or namespace that is not there (or not running): exit code 1.
struct NotFound : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ExecRequest {
  std::string ns = "default", pod, container;  // "" = the first app container
  std::vector<std::string> command;
  bool stdin_open = false, tty = false;
};

// The command's exit code (126 and 127 as a shell's). Throws NotFound, SysError.
int exec_in_container(const Context& ctx, const ExecRequest& request);

// The container that exec, cp and the like act on, as kubectl names it: `container` ("" =
// the pod's first app container, or a debug container by its name) of the pod, which must be
// in state Running. Throws NotFound with kubectl's wording otherwise. The caller still checks
// that the process is that container's (its start time) before it uses the pid.
state::ContainerState running_container(const state::PodState& pod, const std::string& container);

// Copies our terminal to `master` and back, in raw mode when -i and ours is a terminal, until
// the other side closes (or `child`, when > 0, has exited); the window size follows ours.
void relay_terminal(int master, pid_t child, bool stdin_open);

}  // namespace podrun::pods
