#include "pods/inputs.h"

#include "pods/objects.h"

#include "host/host_facts.h"
#include "state/pod_state.h"

namespace podrun::pods {

host::MachineConfig machine_policy(const Context& ctx, const PolicyFlags& f) {
  host::MachineConfig m = host::load_machine_config(ctx.config_path, ctx.config_named);
  if (!f.pod_pids_limit.empty()) {
    long long n = 0;
    try {
      std::size_t used = 0;
      n = std::stoll(f.pod_pids_limit, &used);
      if (used != f.pod_pids_limit.size()) n = 0;
    } catch (const std::exception&) {
      n = 0;
    }
    if (n < 1) throw BadSetting("--pod-pids-limit " + f.pod_pids_limit + ": not a positive integer");
    m.node.pod_pids_limit = n;
  }
  if (!f.allowed_unsafe_sysctls.empty()) {
    try {
      m.node.allowed_unsafe_sysctls = host::parse_sysctl_patterns(f.allowed_unsafe_sysctls);
    } catch (const std::runtime_error& e) {
      throw BadSetting("--allowed-unsafe-sysctls: " + std::string(e.what()));
    }
  }
  if (!f.seccomp_default.empty())
    m.node.seccomp_default = f.seccomp_default == "unconfined" ? plan::SeccompType::Unconfined : plan::SeccompType::RuntimeDefault;
  if (!f.image_pull_policy.empty()) {
    if (f.image_pull_policy != "Always" && f.image_pull_policy != "IfNotPresent" && f.image_pull_policy != "Never")
      throw BadSetting("--image-pull-policy " + f.image_pull_policy + ": not Always, IfNotPresent or Never");
    m.image_pull_policy = f.image_pull_policy;
  }
  if (!f.kubernetes_version.empty()) {
    auto v = loader::parse_kube_version(f.kubernetes_version);
    if (!v) throw BadSetting("--kubernetes-version " + f.kubernetes_version + ": not a Kubernetes release from 1.31 to 1.35");
    m.kubernetes_version = *v;
  }
  if (!f.pod_security.empty()) {
    auto p = loader::parse_psa_policy(f.pod_security);
    if (!p) throw BadSetting("--pod-security " + f.pod_security + ": not privileged, baseline or restricted, optionally :latest or :v1.N");
    m.pod_security.enforce = *p;
  }
  return m;
}

loader::LoadOptions load_options(const Context& ctx, const host::MachineConfig& machine) {
  loader::LoadOptions lo;
  lo.pod_security = machine.pod_security;
  lo.kubernetes_version = machine.kubernetes_version;
  lo.namespace_labels = state::StateStore(ctx.state_root).namespaces();
  lo.stored_objects = stored_catalog(ctx);
  return lo;
}

plan::PlanInput plan_input(const Context& ctx, const loader::LoadResult& loaded, const host::MachineConfig& machine) {
  plan::PlanInput in;
  in.node = machine.node;
  in.node.image_pull_policy = machine.image_pull_policy;
  in.pods = &loaded.pods;
  in.configmaps = &loaded.configmaps;
  in.secrets = &loaded.secrets;
  in.host = host::detect_host_facts();
  if (ctx.cgroup_version) in.host.cgroup_version = ctx.cgroup_version == 2 ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
  in.seccomp_dir = ctx.storage_root + "/seccomp";
  // Claims are kept with the images, not with a state root: several roots sharing a store
  // share claims, as pods of one node share its local PersistentVolumes.
  in.node.claims_dir = ctx.storage_root + "/volumes";
  return in;
}

void image_configs(const image::Store& store, const std::vector<model::Pod>& pods, std::map<std::string, plan::ImageConfig>& configs,
                   std::map<std::string, image::ImageRecord>* found) {
  auto add = [&](const std::string& ref) {
    if (configs.count(ref)) return;
    if (auto record = store.find(ref)) {
      const image::ImageConfig ic = store.details(*record).config;
      configs[ref] = plan::ImageConfig{ic.entrypoint, ic.cmd, ic.env, ic.working_dir, ic.user};
      if (found) (*found)[ref] = *record;
    }
  };
  for (const auto& pod : pods) {
    for (const auto* list : {&pod.spec.init_containers, &pod.spec.containers})
      for (const auto& c : *list) add(c.image);
    // Image volumes: their layers travel to the supervisor with the containers' images.
    for (const auto& v : pod.spec.volumes)
      if (v.type == model::Volume::Type::Image) add(v.image_reference);
  }
}

}  // namespace podrun::pods
