// The layout of a pod's directory, <root>/pods/<namespace>/<name>/, in one place: the pod
// manager writes it, the executor and the supervisor fill it, the CLI reads it.
//
//   lock                      the pod's lock: every state write holds it
//   state.json                phase, pids with start times, container states (the supervisor's)
//   pod.json                  the manifest as applied (get -o yaml|json)
//   plan.json                 the plan, as `podrun plan -o json` prints it (describe, delete)
//   run.json                  what the supervisor runs: the plan, images, settings
//   grace                     the grace period a delete asked for (--grace-period)
//   etc-hosts, hostname, resolv.conf   bound into every container
//   shm/                      the pod's /dev/shm (a tmpfs), unless hostIPC
//   volumes/<name>/           emptyDir, configMap, secret, downwardAPI volumes
//   rootfs                    every container's root filesystem's mount point: each
//                             mounts its own there, in its own mount namespace
//   containers/<name>/        a container's overlay (upper, work)            ┐ on disk, bound
//   logs/<name>/<n>.log       a container's n-th instance's log (CRI format) ┘ from the storage
//   seccomp/<name>.bpf        a container's compiled seccomp program (or <name>.error: why not)
//   ephemeral/<name>.json     a debug container's request (`podrun debug`: exec/run_config.h)
//
// The directory itself is a small tmpfs; what grows (containers/, logs/, volumes/) is bound
// from <storage>/pods/<uid>-<hash>/ (exec/pod_setup.h).
#pragma once

#include <string>

namespace podrun::state {

struct PodPaths {
  std::string dir;

  std::string lock() const { return dir + "/lock"; }
  std::string state() const { return dir + "/state.json"; }
  std::string manifest() const { return dir + "/pod.json"; }
  std::string plan() const { return dir + "/plan.json"; }
  std::string run_config() const { return dir + "/run.json"; }
  std::string grace() const { return dir + "/grace"; }
  // The pod's imagePullSecrets, kept (0600, on the state's tmpfs, as the kubelet keeps secret
  // volumes) only while a pull of its images is to be retried.
  std::string pull_secrets() const { return dir + "/pull-secrets.json"; }

  std::string etc_hosts() const { return dir + "/etc-hosts"; }
  std::string hostname() const { return dir + "/hostname"; }
  std::string resolv_conf() const { return dir + "/resolv.conf"; }
  std::string pod_file(const std::string& name) const { return dir + "/" + name; }  // etc-hosts, hostname, resolv.conf
  std::string shm() const { return dir + "/shm"; }

  std::string volumes() const { return dir + "/volumes"; }
  std::string volume(const std::string& name) const { return volumes() + "/" + name; }

  std::string containers() const { return dir + "/containers"; }
  std::string container(const std::string& name) const { return containers() + "/" + name; }
  // The container's writable layer and what its start stages there (idmapped layers, image
  // volumes): the whole of its directory, so that a container costs its disk no more new
  // inodes than it needs (on an ext4 without a journal each new one first skips the inodes
  // deleted in the last minute: docs/benchmarks.md).
  std::string container_fs(const std::string& name) const { return container(name); }
  // On the pod directory's tmpfs, and the same for every container: a mount point is only a
  // name in the container's own mount namespace, where its child mounts its root and pivots.
  std::string container_rootfs(const std::string&) const { return dir + "/rootfs"; }

  std::string logs() const { return dir + "/logs"; }
  std::string container_logs(const std::string& name) const { return logs() + "/" + name; }
  std::string container_log(const std::string& name, int instance) const {
    return container_logs(name) + "/" + std::to_string(instance) + ".log";
  }

  std::string ephemeral() const { return dir + "/ephemeral"; }
  std::string ephemeral_request(const std::string& name) const { return ephemeral() + "/" + name + ".json"; }

  std::string seccomp() const { return dir + "/seccomp"; }
  std::string seccomp_program(const std::string& container) const { return seccomp() + "/" + container + ".bpf"; }
  std::string seccomp_error(const std::string& container) const { return seccomp() + "/" + container + ".error"; }
};

}  // namespace podrun::state
