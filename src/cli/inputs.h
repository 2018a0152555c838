// What plan and apply share: loading manifests (problems to stderr, worded as `validate`
// words them) and finding the images' configs in the store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "host/machine_config.h"
#include "image/store.h"
#include "plan/planner.h"
#include "loader/loader.h"

namespace podrun::cli {

// The machine owner's policy flags of apply, plan and validate; "" leaves the machine's
// configuration (--config) as it is.
struct PolicyFlags {
  std::string pod_pids_limit, allowed_unsafe_sysctls, seccomp_default, pod_security;
};
// `runtime`: also the flags only a pod's start reads (pids limit, sysctls, seccomp).
void add_policy_flags(CLI::App* cmd, PolicyFlags& flags, bool runtime);
// The machine's configuration with the flags over it. Throws UsageError for a bad flag value,
// std::runtime_error for a bad configuration file.
host::MachineConfig machine_policy(const GlobalOptions& g, const PolicyFlags& flags);
// What the loader needs of it: Pod Security's defaults, and the labels of namespaces applied
// before (from the state root).
loader::LoadOptions load_options(const GlobalOptions& g, const host::MachineConfig& machine);

// The loaded manifests, or nullopt with `exit_code` set (2: a path is wrong; 1: a manifest is
// invalid, or there is no pod).
std::optional<loader::LoadResult> load_pods(const std::vector<std::string>& files, loader::LoadOptions options, int& exit_code);

// The planner's input for loaded manifests, with this host's facts and the machine's policy
// (no images yet).
plan::PlanInput plan_input(const loader::LoadResult& loaded, const host::MachineConfig& machine);

// For every image the pods use that the store has: its config (for the planner); `found`
// (optional) receives the store's record of each.
void image_configs(const image::Store& store, const std::vector<model::Pod>& pods,
                   std::map<std::string, plan::ImageConfig>& configs,
                   std::map<std::string, image::ImageRecord>* found = nullptr);

// A duration as kubectl flags take it: "200ms", "10s", "5m", "1h" (a bare number is seconds);
// nullopt when it is none of those.
std::optional<long long> parse_duration_ms(const std::string& text);

// Rows as kubectl prints a table: left-aligned columns, three spaces apart.
std::string columns(const std::vector<std::vector<std::string>>& rows);

}  // namespace podrun::cli
