// Starting one container: a child that joins the pod's namespaces, makes its own mount and
// cgroup namespaces, mounts its filesystem as the plan says, pivots into it, becomes its user
// and execs. A failure in the child comes back as a typed message naming the step, the
// syscall, the path and errno.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "plan/plan.h"
#include "state/pod_paths.h"

namespace podrun::exec {

// The umask every process of a container starts with (its command, `podrun exec`, probes,
// hooks) and that its filesystem is made under: runc's for a process that sets none (OCI
// process.user.umask), whatever the umask of whoever ran podrun. Under a caller's 077 the
// writable layer's root would be 0700 (a container not running as root could not reach /) and
// its command would create files nobody else in the pod can read.
inline constexpr unsigned kContainerUmask = 022;

enum class PidMode { Private, Pod, Host };

struct ContainerLaunch {
  const plan::ContainerPlan* plan = nullptr;
  state::PodPaths pod;              // the pod's directory: pod:... sources live here
  std::string container_dir;        // <pod>/containers/<name>: upper, work
  std::string rootfs;               // the mount point of its root filesystem
  std::vector<std::string> layers;  // the image's layer directories, top first
  std::string mount_points;         // the image's mount-point layer, or "" (image/mount_points.h)
  std::string image_user;           // the image's USER, for /etc/passwd lookups
  // The image volumes' images the container mounts: reference → layer directories, top first.
  std::map<std::string, std::vector<std::string>> image_volumes;
  std::vector<std::pair<int, int>> join;  // (namespace fd, CLONE_NEW* type) to setns, in order
  PidMode pid_mode = PidMode::Private;
  int pod_pid_ns = -1;                              // the pause holder's pid namespace (PidMode::Pod)
  int own_pid_ns = -1;                              // the supervisor's, to restore
  std::map<std::string, std::string> start_values;  // status.podIP, ...: env known only at start
  std::vector<std::string> cgroup_attach;           // files the child writes "0" to before exec (cgroup/cgroup.h)
  int oom_score_adj = 0;
  int stdout_fd = -1;  // the write ends of the supervisor's log pipes
  int stderr_fd = -1;
  int stdin_fd = -1;  // -1: /dev/null; an attached debug container's (podrun debug -i)
  // -t (podrun debug -it): a connected unix socket. The child makes a terminal in the
  // container's own devpts, keeps its slave as fds 0-2 and controlling terminal, and sends
  // the master through the socket (runc's --console-socket), so that `tty` inside names it.
  int console_fd = -1;
  const std::string* seccomp_bpf = nullptr;  // exec/seccomp.h's compiled program; null: unconfined
  // hostUsers: false: the pod's user namespace, joined last (after every mount, made as the
  // host's root in a mount namespace the container's root has no power over), and the host
  // ID of its root (the owner of the container's upper directory).
  int user_ns = -1;
  std::uint32_t userns_host_id = 0;
  // false: no idmapped mounts (the kernel or a filesystem refuses them, or --idmapped-mounts
  // never): the supervisor chowned the pod's files into the block, and the image is copied
  // with its owners shifted.
  bool userns_idmap = true;
  // The child stops after it joined the pod's namespaces and its cgroup, before its own mount
  // namespace (a copy of the host's mounts, the pod's among them), until release_files: it is
  // cloned while the supervisor still makes what its filesystem needs (the pod's storage,
  // files, its log), so that both go on at once.
  bool await_files = false;
};

struct LaunchResult {
  int pid = 0;
  bool failed = false;
  bool start_error = false;  // the command could not be run (StartError, exit 128)
  std::string message;
};

// A container's child between its clone and its exec: it has joined the pod's namespaces and
// its cgroup, and builds its filesystem; then it waits for finish_container's go before it
// changes user, drops capabilities and execs. It dies with the supervisor
// (PR_SET_PDEATHSIG) until exec.
struct PendingContainer {
  pid_t pid = 0;
  UniqueFd sock;               // the failure report comes here; the go goes there
  bool placed = false;         // moved to another CPU than the supervisor's (exec/placement.h)
  bool files_pending = false;  // cloned with await_files, not yet released
  std::string name;
};

// The child's report on its socket (SOCK_SEQPACKET): up to `size` bytes of its one message, 0
// at end of file (it exec'd: the socket is close-on-exec), -1 with errno. A child that exits
// with bytes of ours unread (the go, sent while it was failing) makes the kernel reset the
// connection: the first recv then says ECONNRESET while its report is still queued, and a
// start that failed would pass for one that exec'd. That error is read past, as EINTR is.
ssize_t recv_child_report(int sock, void* buf, std::size_t size);

// Step 1 of a start: clones the child. `place`: the caller has work of its own to do while
// the child sets up (the pod's network, the next container's child): the child goes to the
// other CPU.
PendingContainer start_container(const ContainerLaunch& launch, bool place);
// Step 1b (a child cloned with await_files): what its filesystem needs is made, it builds it.
// A child that failed meanwhile keeps its report for finish_container.
void release_files(PendingContainer& child);
// Step 2: runs `meanwhile` (when given) while the child sets up, then lets it go on; returns
// once it has exec'd or failed. If `meanwhile` throws, the child is killed and reaped and the
// exception goes on to the caller. A child still waiting for release_files is released first.
LaunchResult finish_container(PendingContainer& child, const std::function<void()>& meanwhile = {});
// A child that will not start after all (the pod failed meanwhile): killed and reaped.
void discard_container(PendingContainer& child);

// Both steps at once.
LaunchResult launch_container(const ContainerLaunch& launch, const std::function<void()>& meanwhile = {});

}  // namespace podrun::exec
