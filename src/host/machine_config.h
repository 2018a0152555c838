// The machine owner's policy: what the kubelet's configuration holds and a manifest may not
// change (podPidsLimit, allowedUnsafeSysctls, seccompDefault), the Pod Security defaults for
// namespaces without labels, and the limits of pods' storage. Read from one YAML file
// (/etc/podrun/config.yaml, or --config / PODRUN_CONFIG), absent by default; apply's flags
// override it. docs/security.md, "The machine's configuration".
//
//   podPidsLimit: 4096
//   allowedUnsafeSysctls: ["kernel.msg*", "net.core.somaxconn"]
//   seccompDefault: RuntimeDefault            # or Unconfined (the kubelet's default)
//   podSecurity: {enforce: baseline, enforceVersion: latest, warn: restricted, audit: restricted}
//   memoryBackedVolumesLimit: 2Gi             # the most one memory-backed volume may hold
//   evictionMonitoringPeriod: 10s             # how often pods' storage use is measured
//   imagePullPolicy: IfNotPresent             # overrides every container's (offline machines)
//   registries: {insecure: [...], certsDir: ..., mirrors: [...]}   # image/pull.h RegistriesConfig
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "image/pull.h"
#include "loader/pod_security.h"
#include "loader/schema.h"
#include "plan/plan.h"

namespace podrun::host {

struct MachineConfig {
  plan::NodePolicy node;
  loader::PsaDefaults pod_security;
  loader::KubeVersion kubernetes_version = loader::kDefaultKubeVersion;  // the API manifests must be valid for
  std::int64_t eviction_monitoring_period_ms = 10'000;                   // the kubelet's, hard-coded there
  std::string path;                                                      // the file it was read from ("" when there was none)
  std::string image_pull_policy;                                         // "" (each container's own), Always, IfNotPresent, Never
  image::RegistriesConfig registries;
};

constexpr const char* kDefaultConfigPath = "/etc/podrun/config.yaml";

// Reads `path`. A missing file at the default path gives the defaults; a missing file the user
// named, an unknown key or a bad value throws std::runtime_error "FILE:LINE:COL: KEY: what".
MachineConfig load_machine_config(const std::string& path, bool named_by_user);

// Parses the same keys from YAML text (tests).
MachineConfig parse_machine_config(const std::string& text, const std::string& name);

// "kernel.msg*,net.core.somaxconn" → names and prefixes; throws std::runtime_error naming the
// bad one (a sysctl name of lowercase words separated by '.' or '/', optionally ending in '*').
std::vector<std::string> parse_sysctl_patterns(const std::string& list);

}  // namespace podrun::host
