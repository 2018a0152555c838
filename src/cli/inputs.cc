#include "cli/inputs.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/report.h"
#include "host/host_facts.h"
#include "state/pod_state.h"

namespace podrun::cli {

void add_policy_flags(CLI::App* cmd, PolicyFlags& f, bool runtime) {
  cmd->add_option("--pod-security", f.pod_security,
                  "Pod Security level for namespaces without pod-security.kubernetes.io labels: privileged, baseline or "
                  "restricted[:v1.N] (default: the machine's podSecurity, else privileged)");
  if (!runtime) return;
  cmd->add_option("--pod-pids-limit", f.pod_pids_limit, "pids.max of every pod (default: the machine's podPidsLimit, else 4096)");
  cmd->add_option("--allowed-unsafe-sysctls", f.allowed_unsafe_sysctls,
                  "Namespaced sysctls beyond the kubelet's safe set that pods may set: names or prefixes ending in '*', "
                  "comma-separated (default: the machine's allowedUnsafeSysctls)");
  cmd->add_option("--seccomp-default", f.seccomp_default,
                  "seccomp of containers whose manifest names no profile: runtime-default (podrun's default) or unconfined "
                  "(the kubelet's)")
      ->check(CLI::IsMember({"runtime-default", "unconfined"}));
}

host::MachineConfig machine_policy(const GlobalOptions& g, const PolicyFlags& f) {
  host::MachineConfig m = host::load_machine_config(g.config, g.config_named);
  if (!f.pod_pids_limit.empty()) {
    long long n = 0;
    try {
      std::size_t used = 0;
      n = std::stoll(f.pod_pids_limit, &used);
      if (used != f.pod_pids_limit.size()) n = 0;
    } catch (...) {
    }
    if (n < 1) throw UsageError("--pod-pids-limit " + f.pod_pids_limit + ": not a positive integer");
    m.node.pod_pids_limit = n;
  }
  if (!f.allowed_unsafe_sysctls.empty()) {
    try {
      m.node.allowed_unsafe_sysctls = host::parse_sysctl_patterns(f.allowed_unsafe_sysctls);
    } catch (const std::runtime_error& e) {
      throw UsageError("--allowed-unsafe-sysctls: " + std::string(e.what()));
    }
  }
  if (!f.seccomp_default.empty()) m.node.seccomp_default = f.seccomp_default == "unconfined" ? "Unconfined" : "RuntimeDefault";
  if (!f.pod_security.empty()) {
    auto p = loader::parse_psa_policy(f.pod_security);
    if (!p) throw UsageError("--pod-security " + f.pod_security + ": not privileged, baseline or restricted, optionally :latest or :v1.N");
    m.pod_security.enforce = *p;
  }
  return m;
}

loader::LoadOptions load_options(const GlobalOptions& g, const host::MachineConfig& machine) {
  loader::LoadOptions lo;
  lo.pod_security = machine.pod_security;
  lo.namespace_labels = state::StateStore(g.root).namespaces();
  return lo;
}

std::optional<loader::LoadResult> load_pods(const std::vector<std::string>& files, loader::LoadOptions lo, int& exit_code) {
  lo.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto report = make_report("text", std::cerr, false);
  loader::DocumentSink sink = [&](loader::DocumentResult&& d) {
    if (!d.diagnostics.empty()) report->add(d);
  };
  loader::LoadResult r = loader::load_paths(files, lo, &sink);
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  if (!r.input_errors.empty()) {
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (report->summary().invalid > 0) {
    report->finish();
    exit_code = kExitFailure;
    return std::nullopt;
  }
  if (r.pods.empty() && r.namespaces.empty()) {
    std::cerr << "podrun: no pods in the input\n";
    exit_code = kExitFailure;
    return std::nullopt;
  }
  return r;
}

plan::PlanInput plan_input(const loader::LoadResult& loaded, const host::MachineConfig& machine) {
  plan::PlanInput in;
  in.node = machine.node;
  in.pods = &loaded.pods;
  in.configmaps = &loaded.configmaps;
  in.secrets = &loaded.secrets;
  in.host = host::detect_host_facts();
  return in;
}

void image_configs(const image::Store& store, const std::vector<model::Pod>& pods,
                   std::map<std::string, plan::ImageConfig>& configs, std::map<std::string, image::ImageRecord>* found) {
  for (const auto& pod : pods)
    for (const auto* list : {&pod.spec.init_containers, &pod.spec.containers})
      for (const auto& c : *list) {
        if (configs.count(c.image)) continue;
        if (auto record = store.find(c.image)) {
          const image::ImageConfig ic = store.details(*record).config;
          configs[c.image] = plan::ImageConfig{ic.entrypoint, ic.cmd, ic.env, ic.working_dir, ic.user};
          if (found) (*found)[c.image] = *record;
        }
      }
}

std::optional<long long> parse_duration_ms(const std::string& text) {
  std::size_t used = 0;
  long long v = 0;
  try {
    v = std::stoll(text, &used);
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = text.substr(used);
  if (v < 0) return std::nullopt;
  if (unit == "ms") return v;
  if (unit == "s" || unit.empty()) return v * 1000;
  if (unit == "m") return v * 60'000;
  if (unit == "h") return v * 3'600'000;
  return std::nullopt;
}

std::string columns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> w;
  for (const auto& r : rows) {
    if (w.size() < r.size()) w.resize(r.size(), 0);
    for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], r[i].size());
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) line += r[i] + (i + 1 < r.size() ? std::string(w[i] - r[i].size() + 3, ' ') : "");
    out += line + "\n";
  }
  return out;
}

void log_at(const GlobalOptions& global, std::string_view level, const std::string& message) {
  static constexpr std::string_view kLevels[] = {"trace", "debug", "info", "warn", "error", "off"};
  auto rank = [](std::string_view l) {
    for (std::size_t i = 0; i < std::size(kLevels); ++i)
      if (kLevels[i] == l) return static_cast<int>(i);
    return 3;
  };
  int shown = rank(global.log_level);
  if (global.verbose == 1) shown = std::min(shown, rank("info"));
  if (global.verbose >= 2) shown = std::min(shown, rank("debug"));
  if (rank(level) >= shown && level != "off") std::cerr << "podrun: " << level << ": " << message << "\n";
}

}  // namespace podrun::cli
