// The pod's side of materializing a plan, done by the supervisor in the host's namespaces:
// the pod directory's files and volumes, and the pause holder.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "exec/placement.h"
#include "plan/plan.h"
#include "state/pod_paths.h"

namespace podrun::exec {

// Makes the pod directory a tmpfs of its own (mode 0700, at most kPodDirBytes), before
// anything is written in it: the pod's state, its plan, seccomp programs and /etc files live
// in memory whatever the state root is on, with podrun's mount flags, not the parent's
// (systemd mounts /run noexec), and go at once with one umount. What a pod writes — its
// containers' writable layers, logs and disk emptyDirs, also configMap and downwardAPI files —
// is on disk (attach_pod_storage), as the kubelet keeps it: a tmpfs without a size let one
// container write 3 GB of the host's memory. Throws SysError.
constexpr std::int64_t kPodDirBytes = 16 << 20;
void make_pod_dir(const std::string& pod_dir);

// The pod's directory on disk under the storage root (<storage>/pods/<uid>-<hash of its pod
// directory>): containers/ (writable layers), logs/ and volumes/, each bind-mounted onto the
// same name in the pod directory, so that every path stays the pod directory's. An `owner`
// file names the pod directory and uid (for gc). Throws SysError; remove_pod_files and
// remove_pod_storage undo it. Made again, it completes what is missing (a bind already there
// stays one).
std::string pod_storage_dir(const std::string& storage_root, const std::string& pod_dir, const std::string& uid);
void attach_pod_storage(const std::string& pod_dir, const std::string& storage_dir, const std::string& uid);
void remove_pod_storage(const std::string& storage_dir);
// The directories each container's first start makes on the storage's disk (its directory, its
// writable layer's fs/, upper/ and work/, its root's mount point, its log directory), with the
// modes its start gives them, made ahead: by apply after the hand-over, while the supervisor
// and the container's child do other work (each a journal write on ext4, 70-130 us, four of
// them on the child's path). The starts make whatever is missing, as before. Best effort.
void make_container_dirs(const state::PodPaths& paths, const std::vector<std::string>& containers);

// Writes /etc/hosts, /etc/hostname, /etc/resolv.conf; mounts the pod's /dev/shm tmpfs;
// prepares volumes (emptyDir directories or tmpfs, configMap/secret/downwardAPI files in the
// kubelet's ..data layout, hostPath type checks). Throws SysError; the caller undoes with
// remove_pod_files.
// `pod_ip` goes into /etc/hosts with the pod's hostname ("" for a pod without an address).
void prepare_pod_files(const plan::PodPlan& pod, const state::PodPaths& paths, const std::string& pod_ip = "");

// A running pod's configMap, secret or downwardAPI volume against the plan's files: the same
// files (paths, contents, modes)? And made the same, as the kubelet's AtomicWriter updates it:
// the new files in a new timestamped directory, `..data` swapped to it with one rename (a
// reader sees the old set or the new, never a mix), top-level links added and removed, the old
// directory removed; a secret's tmpfs grown first to hold both. Containers mount these volumes
// read-only, so nothing in them is a container's. Throws SysError.
bool projected_volume_current(const state::PodPaths& paths, const plan::VolumePlan& v);
void update_projected_volume(const state::PodPaths& paths, const plan::VolumePlan& v);

// Unmounts whatever is mounted below the pod directory and removes it.
void remove_pod_files(const std::string& pod_dir);

// Mount points at or below `dir`, from /proc/self/mountinfo.
std::vector<std::string> mounts_under(const std::string& dir);

struct PauseHolder {
  int pid = 0;
  std::map<plan::NsKind, std::shared_ptr<UniqueFd>> ns;  // the namespaces it owns
};

// A pause holder on its way: forked, making the pod's namespaces, not yet told to go on.
struct PendingPause {
  int pid = 0;
  UniqueFd go;     // write end: a byte says "your cgroups exist"; closing it says "give up"
  UniqueFd ready;  // read end: podrun-pause writes a byte once the pod's namespaces are set up
  // hostUsers: false: the write end the child waits on for its uid/gid maps, and the pod's
  // first host ID.
  UniqueFd mapped;
  std::optional<std::uint32_t> userns_host_id;
  std::string released;          // what release_pause gave it (pause_release_message), "" before
  bool namespaces_made = false;  // its 'S' read (await_pause_namespaces)
};

// Starts the pause holder in three steps, so that the kernel's slowest work of a pod start,
// making a network namespace (about 1 ms), runs in the child on the other core while the
// supervisor makes the pod's cgroups and files:
//   spawn_pause: fork (with CLONE_NEWPID when the pod shares its process namespace: that one
//     only a clone can make); the child unshares the pod's net, ipc and uts namespaces and
//     waits for `go`.
//   release_pause: tells the child its cgroups exist; it moves itself in (writes "0" to
//     `cgroup_attach`), sets the plan's oom_score_adj and execs podrun-pause.
//   await_pause: waits until it is ready (hostname set, loopback up) and opens its namespaces;
//     or in two steps, await_pause_namespaces and pause_namespaces as soon as its namespaces
//     exist (the child says 'S' right after its unshare), await_pause_ready before anything
//     runs in them (the hostname is set only then).
// With a user namespace (hostUsers: false, the plan's uid_map with its host ID filled in) the
// child cannot unshare early: once in the new user namespace it could not write the host's
// cgroup files any more. It joins its cgroups first, then unshares user, net, ipc and uts in
// one call (so that the user namespace owns the others: root in the pod may bind port 80 in
// its own network namespace), says so on `ready`, and waits until await_pause has written
// its uid and gid maps before it becomes the namespace's root and execs.
// Before its exec the child also leaves the host's filesystem: a mount namespace of its own
// whose root is an empty read-only tmpfs (mounted over `pod_dir` there, pivoted into), and,
// when it owns the pod's network namespace, IPv6 router advertisements and redirects turned
// off in it. The binary is exec'd by an fd opened here (execveat), never by path. podrun-pause
// then drops every capability, sets no_new_privs, makes itself non-dumpable and installs its
// own seccomp filter (src/pause/pause.c).
// The caller kills and reaps `pid` if anything in between fails.
// Without a user namespace the child writes 'S' on `ready` once its namespaces exist (router
// advertisements already off in its network), before it waits for `go`; release_pause gives
// it the pod's hostname with its cgroups (a pooled sandbox learns it only then).
// A sandbox made before its pod is known (the pool's, or one made ahead while apply reads the
// manifest) has no pod directory yet: `pod_dir` may then be empty, and release_pause's
// `mount_point` (which, when not empty, always wins) says where the empty root goes.
// `stay` (a sandbox made ahead, whose supervisor still runs pinned to the CPU the CLI does not
// use): the child stays on the caller's CPU, not placed on the other (the CLI's, then busy),
// and gives itself `stay` once it is released.
PendingPause spawn_pause(const plan::PodPlan& pod, const std::string& pause_binary, const std::string& pod_dir,
                         const CpuAffinity* stay = nullptr);
void release_pause(PendingPause& pending, const plan::PodPlan& pod, const std::vector<std::string>& cgroup_attach,
                   const std::string& mount_point = "");
// What release_pause writes on the go pipe: the score, the hostname, the mount point, the
// cgroup files. A pause holder released ahead (exec/sandbox_pool.h) is the pod's when what it
// was given equals what the pod would give it.
std::string pause_release_message(const plan::PodPlan& pod, const std::vector<std::string>& cgroup_attach, const std::string& mount_point);
PauseHolder await_pause(PendingPause& pending, const plan::PodPlan& pod, const std::string& pause_binary);
// 'S' read (at once with a user namespace: its namespaces come with its maps, in
// await_pause_ready). On failure each of the three kills and reaps the child (pid then 0) and
// throws why.
void await_pause_namespaces(PendingPause& pending, const std::string& pause_binary);
PauseHolder pause_namespaces(int pid, const plan::PodPlan& pod);
void await_pause_ready(PendingPause& pending, const std::string& pause_binary);

// The pod's sysctls, written in the pause holder's namespaces: a forked child joins its net and
// ipc namespaces (/proc/sys/net and the IPC sysctls follow the writer's namespaces) and writes
// each /proc/sys file, checked to be on procfs (CVE-2025-52881: a write redirected elsewhere).
// Throws SysError naming the sysctl, its file and errno.
void write_sysctls(const PauseHolder& pause, const std::vector<plan::SysctlPlan>& sysctls);

// All three at once.
PauseHolder start_pause(const plan::PodPlan& pod, const std::string& pause_binary, const std::string& pod_dir,
                        const std::vector<std::string>& cgroup_attach = {});

}  // namespace podrun::exec
