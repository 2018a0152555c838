// Entering a running container: what `podrun exec`, exec probes and exec lifecycle hooks do.
//
//   1. inspect_container(pid): read, from the host's /proc, what the new process must get
//      (environment, uid/gid, working directory) and open fds of every namespace;
//   2. enter_container(): setns into all of them, mount namespace last (it changes our root);
//      the pid namespace applies to the children forked afterwards;
//   3. fork, then exec_as_container() in the child.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"

namespace podrun::exec {

struct ContainerProcess {
  std::vector<std::string> env;  // NAME=value, as the container's process has it
  uid_t uid = 0;
  gid_t gid = 0;
  std::vector<gid_t> groups;  // supplementary groups (supplementalGroups, fsGroup, the image's)
  std::string cwd = "/";
  std::vector<std::pair<UniqueFd, int>> namespaces;  // (fd, CLONE_NEW*) in setns order
  // The container's cgroups (`tasks` on v1, cgroup.procs on v2), opened in the host's mount
  // namespace: the new process writes "0" to each and joins them before it execs.
  std::vector<UniqueFd> cgroups;
  std::uint64_t cap_bounding = ~0ULL, cap_effective = ~0ULL;  // as /proc/PID/status has them
  bool no_new_privs = false;
  std::string seccomp_bpf;  // the container's seccomp filter (exec/seccomp.h); "" when unconfined
  // hostUsers: false: the pod's user namespace (joined by the new process after its cgroups),
  // and uid, gid and groups above are then the namespace's, not the host's.
  UniqueFd user_ns;
};

// Throws SysError naming the /proc file that could not be read.
ContainerProcess inspect_container(int pid);

// setns into every namespace of `c`. Throws SysError.
void enter_container(const ContainerProcess& c);

// In a forked child, after enter_container: the container's cgroups, working directory,
// user, then execvpe with the container's PATH. Never returns: 127 when the command is not
// found, 126 otherwise.
[[noreturn]] void exec_as_container(const ContainerProcess& c, const std::vector<std::string>& argv);

}  // namespace podrun::exec
