// The planner: a pure function from the loaded model (plus host facts and image configs) to
// a Plan. No syscalls, no files: everything here is unit-tested without root.
//
//   make_plan():
//     1. Identity: uid (stable: from namespace, name and spec hash), hostname, FQDN.
//     2. QoS class, the pod cgroup and each container's, with exact v1 and v2 values.
//     3. The pause holder: which namespaces it creates.
//     4. For each container and namespace kind, where it comes from.
//     5. Volumes as the pod prepares them; mounts per container, in order.
//     6. Each container's process: argv, env, cwd, user.
//     7. /etc/hosts, /etc/resolv.conf, start and teardown order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/model.h"
#include "plan/plan.h"

namespace podrun::plan {

struct PlanInput {
  const std::vector<model::Pod>* pods = nullptr;
  const std::vector<model::ConfigMap>* configmaps = nullptr;
  const std::vector<model::Secret>* secrets = nullptr;
  HostFacts host;
  std::map<std::string, ImageConfig> images;  // by image reference as the manifest writes it
  // The image store was consulted: an image missing from `images` is missing for real, and
  // its container will not start (ErrImagePull / ErrImageNeverPull).
  bool image_store = false;
  // Why an image's pull failed (image → the registry's answer): its containers wait in
  // ErrImagePull with this message.
  std::map<std::string, std::string> image_errors;
  // The machine owner's settings (plan.h NodePolicy): never a manifest's.
  NodePolicy node;
  // Where Localhost profiles live (the kubelet's <root-dir>/seccomp): <storage>/seccomp.
  std::string seccomp_dir = "/var/lib/podrun/seccomp";
};

Plan make_plan(const PlanInput& input);

// An ephemeral container (`podrun debug`: spec.ephemeralContainers) for a pod that runs with
// the plan `running`: the pod's network, IPC and UTS namespaces, the PID namespace of `target`
// when one is named (else the pod's containers' own rule), the mounts, user, capabilities and
// seccomp of any container of the pod, a cgroup without limits under the pod's, and
// restartPolicy Never. `pod` is the pod's manifest as loaded; `in` has the image's config.
ContainerPlan plan_ephemeral_container(const model::Pod& pod, const model::Container& c, const std::string& target, const PodPlan& running,
                                       const PlanInput& in);

// Parts, exposed for tests.
std::string spec_hash(const model::Pod& pod);     // 16 hex digits (FNV-1a 64 of the canonical spec)
std::string pod_uid(const model::Pod& pod);       // UUID-shaped, stable for the same namespace/name/spec
std::string pod_hostname(const model::Pod& pod);  // spec.hostname, else the name cut to 63 characters
std::map<NsKind, NsSource> container_namespaces(const model::PodSpec& spec);
std::vector<NsKind> pause_namespaces(const model::PodSpec& spec);
// Loopback nameservers of the host are left out for pods with their own network (warnings
// says so, when given).
std::string resolv_conf(const model::PodSpec& spec, const std::string& host_resolv_conf, std::vector<std::string>* warnings = nullptr,
                        const std::string& cluster_dns = "", const std::string& ns = "",
                        const std::string& cluster_domain = "cluster.local");

}  // namespace podrun::plan
