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

#include <string>

#include "exec/pod_setup.h"
#include "net/pod_network.h"

namespace podrun::exec {

struct PoolSettings {
  std::string pause_binary;
  std::string empty_root;  // a directory the pause holder mounts its empty root over (its own mount namespace)
  std::string bridge = net::kDefaultBridge, subnet = net::kDefaultSubnet;
};

struct PooledSandbox {
  PendingPause pause;      // forked, its namespaces made, waiting for release_pause
  net::NetworkConfig net;  // the bridge and subnet it is on
  net::PodAddress address;
  std::string owner;  // the address's owner until a pod adopts it (pool_address_owner)
};

// "pool PID@START": a pooled sandbox's address belongs to its standby supervisor; gc frees it
// when that process is gone (pool_owner_alive).
std::string pool_address_owner(pid_t supervisor);
bool is_pool_address_owner(const std::string& owner);
bool pool_owner_alive(const std::string& owner);

// Throws SysError (or std::runtime_error: no address left), having undone what it made.
PooledSandbox make_pooled_sandbox(const PoolSettings& settings);

// An unused sandbox: its pause holder killed and reaped, its address freed (the veth goes with
// the network namespace).
void discard_pooled_sandbox(PooledSandbox& sandbox);

}  // namespace podrun::exec
