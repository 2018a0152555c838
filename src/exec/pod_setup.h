// The pod's side of materializing a plan, done by the supervisor in the host's namespaces:
// the pod directory's files and volumes, and the pause holder.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "exec/sys.h"
#include "plan/plan.h"

namespace podrun::exec {

// Writes /etc/hosts, /etc/hostname, /etc/resolv.conf; mounts the pod's /dev/shm tmpfs;
// prepares volumes (emptyDir directories or tmpfs, configMap/secret/downwardAPI files in the
// kubelet's ..data layout, hostPath type checks). Throws ExecError; the caller undoes with
// remove_pod_files.
// `pod_ip` goes into /etc/hosts with the pod's hostname ("" for a pod without an address).
void prepare_pod_files(const plan::PodPlan& pod, const std::string& pod_dir, const std::string& pod_ip = "");

// Unmounts whatever is mounted below the pod directory and removes it.
void remove_pod_files(const std::string& pod_dir);

// Mount points at or below `dir`, from /proc/self/mountinfo.
std::vector<std::string> mounts_under(const std::string& dir);

struct PauseHolder {
  int pid = 0;
  std::map<plan::NsKind, std::shared_ptr<UniqueFd>> ns;  // the namespaces it owns
};

// Clones the pause holder into the pod's new namespaces and execs podrun-pause; returns once
// it is ready (hostname set, loopback up), with fds of its namespaces. Between clone and exec
// the child moves itself into its cgroups (writes "0" to `cgroup_attach`) and sets the
// plan's oom_score_adj.
PauseHolder start_pause(const plan::PodPlan& pod, const std::string& pause_binary,
                        const std::vector<std::string>& cgroup_attach = {});

}  // namespace podrun::exec
