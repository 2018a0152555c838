// A pod sandbox made before its pod is known (podrun serve --sandbox-pool N, docs/executor.md
// "A pool of sandboxes"). A standby supervisor started by serve makes the part of a sandbox
// that no pod's plan changes: a pause holder forked with its network, IPC and UTS namespaces
// (router advertisements off), an address on the pod network and the veth that carries it
// (eth0 inside, up, the default route). The pause holder then waits, not yet exec'd, for
// release_pause: the pod that adopts the sandbox gives it its cgroups, its oom score and its
// hostname, as it would give its own (exec/pod_setup.h), and the address becomes the pod's.
// What the slowest steps of a start cost — a network namespace, a veth, the address table's
// lock, and the wait for the kernel to unregister a just-deleted pod's veth — is paid while
// no pod waits.
//
// Safe by construction: a pooled sandbox holds no pod's files, mounts or processes; it serves
// one pod and is torn down with it (the supervisor that adopted it is that pod's); an unused
// one is discarded (its pause holder killed, its address freed), never handed to a second pod.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cgroup/cgroup.h"
#include "exec/placement.h"
#include "exec/pod_setup.h"
#include "net/pod_network.h"
#include "plan/plan.h"
#include "plan/sandbox_pool.h"

namespace podrun::exec {

struct PoolSettings {
  std::string pause_binary;
  std::string empty_root;  // a directory the pause holder mounts its empty root over (its own mount namespace)
  std::string bridge = net::kDefaultBridge, subnet = net::kDefaultSubnet;
  std::string cpus;  // made ahead: the CPUs the pause holder gives itself before it execs (cpu_list)
};

struct PooledSandbox {
  PendingPause pause;                                   // forked, its namespaces made, waiting for release_pause
  net::NetworkConfig net;                               // the bridge and subnet it is on
  net::PodAddress address;                              // none (ip empty) in a sandbox made ahead before the bridge existed
  std::string owner;                                    // the address's owner until a pod adopts it (pool_address_owner)
  bool veth_attached = true;                            // false: made ahead, the veth is the pod's to attach
  bool ahead = false;                                   // made by apply's own supervisor, not taken from serve's pool
  CpuAffinity cpus;                                     // made ahead: the CLI's CPUs (the pause holder waits pinned to the supervisor's)
  plan::SandboxShape shape = plan::SandboxShape::Pool;  // SharedPid: made ahead, PID 1 of a PID namespace
};

// "pool PID@START": a pooled sandbox's address belongs to its standby supervisor; gc frees it
// when that process is gone (pool_owner_alive).
std::string pool_address_owner(pid_t supervisor);
bool is_pool_address_owner(const std::string& owner);
bool pool_owner_alive(const std::string& owner);

// Throws SysError (or std::runtime_error: no address left), having undone what it made.
PooledSandbox make_pooled_sandbox(const PoolSettings& settings);

// The part of a sandbox that apply's own supervisor makes ahead (it would wait idle for its
// pod while the CLI reads, validates and plans the manifest), in two steps:
//   make_sandbox_ahead, at once: the pause holder forked with the pool's shape of namespaces,
//     not waited for;
//   address_sandbox_ahead, once the CLI has read a first pod of that shape: an address owned
//     by this supervisor, when the bridge exists (else its table would be made, and the
//     bridge is made by a pod's attach).
// A pod whose containers share one PID namespace: the CLI says so as soon as it has read it,
// and a second pause holder is forked then, into a PID namespace of its own (shape SharedPid),
// which the pod adopts; the first is discarded. A pod of another shape: the pause holder is
// killed then, while the CLI still pulls and plans, before the pod's own namespaces are made
// (the kernel tears a network namespace down under the locks that making one takes). No veth
// either way: deleting one blocks for milliseconds; the pod attaches its own, on the other
// CPU, while its container's child starts. Throws SysError, having undone what it made.
PooledSandbox make_sandbox_ahead(const PoolSettings& settings, plan::SandboxShape shape = plan::SandboxShape::Pool);
void address_sandbox_ahead(PooledSandbox& sandbox);

// An unused sandbox: its pause holder killed and reaped, its address freed (the veth goes with
// the network namespace).
void discard_pooled_sandbox(PooledSandbox& sandbox);

// The CLI's second word to apply's own supervisor (or to one from serve's pool), once it knows
// it makes a pod that fits the sandbox (StandbySupervisor::tell_pod_ahead), sent while it
// writes the pod's directory: the pod's and
// its containers' cgroups with the plan's values, made then (about 0.2 ms a cgroup on cgroup
// v1: a mkdir per controller, the limits' writes), and what release_pause gives the pause
// holder, so that one made ahead moves into the pod's cgroup, takes its hostname and score,
// mounts its empty root and execs then too (about 1 ms before it is ready). All of it is the
// pod's when it comes: the cgroups at the plan's paths (its teardown removes them with the
// pod's cgroup, as any it makes itself), the pause holder when what it was given is what the
// pod gives (exec/pod_setup.h, pause_release_message); what is not is discarded.
struct PodAhead {
  plan::CgroupVersion version = plan::CgroupVersion::V1;
  std::string root;                       // the hierarchy's mount point (cgroup::default_root)
  std::vector<plan::CgroupPlan> cgroups;  // the pod's first, then its containers'
  std::string pause_cgroup;               // the pause holder's (cgroup::pause_cgroup_path)
  std::string hostname;                   // the plan's pause: hostname, score
  int oom_score_adj = 0;
  std::string pod_dir;  // where the pause holder mounts its empty root
};
// One line: "pod " and the JSON of `ahead` (no newline in it).
std::string encode_pod_ahead(const PodAhead& ahead);

struct CgroupsAhead {
  PodAhead word;
  std::vector<std::vector<cgroup::Written>> written;  // per cgroup made, in the word's order: what was written
  bool pause_cgroup_made = false;                     // the pod's cgroup, and the pause holder's
};
// The word read ("pod JSON", without its newline): nothing made yet. An empty `word.cgroups`
// when it cannot be read, or names a place outside podrun's part of the hierarchy.
CgroupsAhead read_pod_ahead(std::string_view word);
// Made in two steps, as far as they get: what is not made (a refused value, a hierarchy
// missing) the pod makes, or fails to, and reports.
//   make_pod_cgroup_ahead: the pod's cgroup and the pause holder's, for release_sandbox_ahead;
//   make_container_cgroups_ahead: the containers', in order, until `handed_over` says the
//     pod has come (then the pod makes the rest where its start waits anyway, for its pause
//     holder).
void make_pod_cgroup_ahead(CgroupsAhead& made);
void make_container_cgroups_ahead(CgroupsAhead& made, const std::function<bool()>& handed_over);
// A sandbox made ahead, released into them once the pod's cgroup is made: its pause holder
// joins it, takes the hostname and score, and execs.
void release_sandbox_ahead(PooledSandbox& sandbox, const CgroupsAhead& made);
// Made ahead and not used (no pod came): removed, the pod's cgroup and all below it. A pause
// holder released into them is killed first (discard_pooled_sandbox).
void discard_cgroups_ahead(CgroupsAhead& made);

}  // namespace podrun::exec
