// What plan, validate and apply share: the machine's policy with the caller's flags over it,
// what the loader needs of the state (namespaces applied before), the planner's input, and
// the images' configs from the store.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "host/machine_config.h"
#include "image/store.h"
#include "loader/loader.h"
#include "plan/planner.h"
#include "pods/context.h"

namespace podrun::pods {

// The machine owner's policy flags; "" leaves the machine's configuration as it is.
struct PolicyFlags {
  std::string pod_pids_limit, allowed_unsafe_sysctls, seccomp_default, pod_security;
  std::string image_pull_policy;   // Always, IfNotPresent, Never
  std::string kubernetes_version;  // 1.31 ... 1.35
};

// The machine's configuration with the flags over it. Throws BadSetting for a bad flag value,
// std::runtime_error for a bad configuration file.
host::MachineConfig machine_policy(const Context& ctx, const PolicyFlags& flags);

// Pod Security's defaults, and the labels of namespaces applied before.
loader::LoadOptions load_options(const Context& ctx, const host::MachineConfig& machine);

// The planner's input for loaded manifests: this host's facts (the cgroup version the context
// forces, if any) and the machine's policy; no images yet.
plan::PlanInput plan_input(const Context& ctx, const loader::LoadResult& loaded, const host::MachineConfig& machine);

// For every image the pods use that the store has: its config, as the planner takes it;
// `found` (optional) receives the store's record of each.
void image_configs(const image::Store& store, const std::vector<model::Pod>& pods, std::map<std::string, plan::ImageConfig>& configs,
                   std::map<std::string, image::ImageRecord>* found = nullptr);

}  // namespace podrun::pods
