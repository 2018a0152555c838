// The planner: the model to a Plan, part by part (namespaces, mounts, processes, cgroups, start
// order). Just over 600 lines: the mounts and namespaces of a container are decided together
// and read best side by side; resources and processes are their own files already.
#include "plan/planner.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

#include "common/capabilities.h"
#include "model/signal.h"
#include "model/sysctl.h"
#include "plan/process.h"
#include "plan/resources.h"

namespace podrun::plan {

namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex(std::uint64_t v, int digits) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf + 16 - digits);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 1. Identity

std::string spec_hash(const model::Pod& pod) { return hex(fnv1a(pod.canonical_spec), 16); }

std::string pod_uid(const model::Pod& pod) {
  // Kubernetes makes a random UUID when a pod is created; podrun derives it from what defines
  // the pod, so `plan` is reproducible and an unchanged re-apply keeps its uid.
  std::string key = pod.metadata.ns + "/" + pod.metadata.name + "/" + spec_hash(pod);
  std::uint64_t a = fnv1a(key), b = fnv1a(key, a ^ 0x9e3779b97f4a7c15ULL);
  std::string h = hex(a, 16) + hex(b, 16);
  h[12] = '5';  // shaped as a version-5 (name-based) UUID
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20, 12);
}

std::string pod_hostname(const model::Pod& pod) {
  std::string h = !pod.spec.hostname.empty() ? pod.spec.hostname : pod.metadata.name;
  if (h.size() > 63) {
    // As the kubelet truncates: 63 characters, without a trailing '-' or '.'.
    h.resize(63);
    while (!h.empty() && (h.back() == '-' || h.back() == '.')) h.pop_back();
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// 3, 4. Namespaces (pod-semantics.md §1–2)

std::vector<NsKind> pause_namespaces(const model::PodSpec& s) {
  std::vector<NsKind> out;
  if (!s.host_network) out.push_back(NsKind::Net);
  if (!s.host_ipc) out.push_back(NsKind::Ipc);
  if (!s.host_network) out.push_back(NsKind::Uts);
  if (s.share_process_namespace) out.push_back(NsKind::Pid);
  if (!s.host_users) out.push_back(NsKind::User);
  return out;
}

std::map<NsKind, NsSource> container_namespaces(const model::PodSpec& s) {
  using T = NsSource::Type;
  std::map<NsKind, NsSource> ns;
  ns[NsKind::Net] = {s.host_network ? T::Host : T::Pod, ""};
  ns[NsKind::Ipc] = {s.host_ipc ? T::Host : T::Pod, ""};
  ns[NsKind::Uts] = {s.host_network ? T::Host : T::Pod, ""};  // hostNetwork shares the host's name too
  ns[NsKind::Pid] = {s.host_pid ? T::Host : s.share_process_namespace ? T::Pod : T::Private, ""};
  ns[NsKind::Mnt] = {T::Private, ""};
  ns[NsKind::User] = {s.host_users ? T::Host : T::Pod, ""};
  ns[NsKind::Cgroup] = {T::Private, ""};
  return ns;
}

// ---------------------------------------------------------------------------------------------
// 7. /etc/resolv.conf (pod-semantics.md §3)

namespace {

struct Resolv {
  std::vector<std::string> nameservers, searches;
  std::vector<std::pair<std::string, std::string>> options;  // name, "value" or "" (no value)
};

Resolv parse_resolv(const std::string& text) {
  Resolv r;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::istringstream ls(line);
    std::string word;
    ls >> word;
    if (word == "nameserver") {
      std::string ip;
      if (ls >> ip) r.nameservers.push_back(ip);
    } else if (word == "search" || word == "domain") {
      r.searches.clear();
      for (std::string d; ls >> d;) r.searches.push_back(d);
    } else if (word == "options") {
      for (std::string o; ls >> o;) {
        std::size_t colon = o.find(':');
        r.options.emplace_back(o.substr(0, colon), colon == std::string::npos ? "" : o.substr(colon));
      }
    }
  }
  return r;
}

}  // namespace

std::string resolv_conf(const model::PodSpec& s, const std::string& host_resolv, std::vector<std::string>* warnings,
                        const std::string& cluster_dns, const std::string& ns, const std::string& domain) {
  // Without cluster DNS (no Service on the machine): ClusterFirst (and ClusterFirstWithHostNet)
  // use the host's resolvers, like Default (docs/plan-format.md says why). None uses only
  // dnsConfig. With it, as the kubelet: ClusterFirst pods (ClusterFirstWithHostNet ones too;
  // a hostNetwork pod with ClusterFirst falls back to Default) ask the cluster's server, with
  // the namespace's search list before the host's, and ndots:5.
  Resolv r = s.dns_policy == "None" ? Resolv{} : parse_resolv(host_resolv);
  bool cluster_first =
      !cluster_dns.empty() && ((s.dns_policy == "ClusterFirst" && !s.host_network) || s.dns_policy == "ClusterFirstWithHostNet");
  if (cluster_first) {
    std::vector<std::string> searches = {ns + ".svc." + domain, "svc." + domain, domain};
    for (const auto& d : r.searches)
      if (std::find(searches.begin(), searches.end(), d) == searches.end()) searches.push_back(d);
    r.nameservers = {cluster_dns};
    r.searches = searches;
    r.options = {{"ndots", ":5"}};
  }
  if (s.dns_config) {
    for (const auto& ns : s.dns_config->nameservers)
      if (std::find(r.nameservers.begin(), r.nameservers.end(), ns) == r.nameservers.end()) r.nameservers.push_back(ns);
    for (const auto& d : s.dns_config->searches)
      if (std::find(r.searches.begin(), r.searches.end(), d) == r.searches.end()) r.searches.push_back(d);
    for (const auto& [name, value] : s.dns_config->options) {
      std::string v = value ? ":" + *value : "";
      auto it = std::find_if(r.options.begin(), r.options.end(), [&n = name](const auto& o) { return o.first == n; });
      if (it != r.options.end()) it->second = v;
      else r.options.emplace_back(name, v);
    }
  }
  // A loopback resolver of the host (systemd-resolved's 127.0.0.53, a local dnsmasq) is not
  // reachable from a pod's own network namespace: its 127.0.0.1 is the pod's. Dropped there,
  // with a warning when nothing is left; hostNetwork pods share the host's loopback and keep it.
  if (!s.host_network && s.dns_policy != "None" && !cluster_first) {
    std::vector<std::string> dropped;
    r.nameservers.erase(std::remove_if(r.nameservers.begin(), r.nameservers.end(),
                                       [&](const std::string& ns) {
                                         bool loop = ns.rfind("127.", 0) == 0 || ns == "::1";
                                         if (loop) dropped.push_back(ns);
                                         return loop;
                                       }),
                        r.nameservers.end());
    if (!dropped.empty() && warnings)
      warnings->push_back("the host's resolver " + dropped[0] + " is on its loopback, which a pod cannot reach" +
                          (r.nameservers.empty() ? std::string("; the pod has no nameserver (set spec.dnsConfig.nameservers)")
                                                 : std::string("; left out of the pod's resolv.conf")));
  }
  if (r.nameservers.size() > 3) r.nameservers.resize(3);  // the resolver reads three at most
  std::string out;
  for (const auto& ns : r.nameservers) out += "nameserver " + ns + "\n";
  if (!r.searches.empty()) {
    out += "search";
    for (const auto& d : r.searches) out += " " + d;
    out += "\n";
  }
  if (!r.options.empty()) {
    out += "options";
    for (const auto& [name, value] : r.options) out += " " + name + value;
    out += "\n";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

namespace {

constexpr const char* kClusterDomain = "cluster.local";

// The model keeps these as the API spells them (the loader has checked the values); the plan
// has enums, so that the executor and supervisor cannot miss a case.
RestartPolicy restart_policy_of(const std::string& s) {
  return s == "Never" ? RestartPolicy::Never : s == "OnFailure" ? RestartPolicy::OnFailure : RestartPolicy::Always;
}

PullPolicy pull_policy_of(const std::string& s) {
  return s == "Always" ? PullPolicy::Always : s == "Never" ? PullPolicy::Never : PullPolicy::IfNotPresent;
}

Protocol protocol_of(const std::string& s) { return s == "UDP" ? Protocol::UDP : s == "SCTP" ? Protocol::SCTP : Protocol::TCP; }

SeccompType seccomp_type_of(const std::string& s) {
  return s == "Unconfined" ? SeccompType::Unconfined : s == "Localhost" ? SeccompType::Localhost : SeccompType::RuntimeDefault;
}

HostPathType host_path_type_of(const std::string& s) {
  for (auto t : {HostPathType::DirectoryOrCreate, HostPathType::Directory, HostPathType::FileOrCreate, HostPathType::File,
                 HostPathType::Socket, HostPathType::CharDevice, HostPathType::BlockDevice})
    if (s == host_path_type_name(t)) return t;
  return HostPathType::Unchecked;
}

// 5. Volumes as the pod prepares them.
//    The files of a configMap, secret or downwardAPI source: items (each with its mode, else
//    the volume's defaultMode) or every key; an absent optional object gives none.
void project_keys(const std::map<std::string, std::string>& data, const std::vector<model::KeyToPath>& items, int default_mode,
                  bool sensitive, std::vector<ProjectedFile>& out) {
  if (items.empty()) {
    for (const auto& [k, val] : data) out.push_back({k, val, default_mode, sensitive});
    return;
  }
  for (const auto& item : items) {
    auto it = data.find(item.key);
    if (it == data.end()) continue;  // optional
    out.push_back({item.path, it->second, item.mode.value_or(default_mode), sensitive});
  }
}

void project_downward(const std::vector<model::DownwardAPIFile>& items, int default_mode, const model::Pod& pod, const EnvContext& ctx,
                      std::vector<ProjectedFile>& out) {
  for (const auto& item : items) {
    std::string content;
    if (item.field_ref) {
      std::string deferred;
      content = field_ref_value(item.field_ref->field_path, ctx, &deferred).value_or("");
    } else if (item.resource_field_ref) {
      const model::Container* self = nullptr;
      for (const auto& c : pod.spec.containers)
        if (c.name == item.resource_field_ref->container_name) self = &c;
      for (const auto& c : pod.spec.init_containers)
        if (c.name == item.resource_field_ref->container_name) self = &c;
      if (self) content = resource_field_value(*item.resource_field_ref, *self, ctx);
    }
    out.push_back({item.path, content, item.mode.value_or(default_mode), false});
  }
}

VolumePlan volume_plan(const model::Volume& v, const model::Pod& pod, const EnvContext& ctx, const NodePolicy& node,
                       std::vector<std::string>& warnings) {
  VolumePlan out;
  out.name = v.name;
  auto keys = [&](bool secret, const std::string& name, const std::vector<model::KeyToPath>& items) {
    if (const auto* data = object_data(ctx, secret, name)) project_keys(*data, items, v.default_mode, secret, out.files);
    else
      warnings.push_back("volume " + v.name + ": " + (secret ? "Secret " : "ConfigMap ") + name + " is absent (optional)" +
                         (v.type == model::Volume::Type::Projected ? ": nothing of it in the volume" : ": an empty volume"));
  };
  switch (v.type) {
    case model::Volume::Type::EmptyDir:
      out.type = VolumeType::EmptyDir;
      out.medium = v.medium == "Memory" ? StorageMedium::Memory : StorageMedium::Disk;
      if (v.size_limit) {
        out.size_limit_bytes = v.size_limit->value.value();
        out.size_limit_text = v.size_limit->text;
      }
      break;
    case model::Volume::Type::HostPath:
      out.type = VolumeType::HostPath;
      out.host_path = v.host_path;
      out.host_path_type = host_path_type_of(v.host_path_type);
      break;
    case model::Volume::Type::ConfigMap:
      out.type = VolumeType::ConfigMap;
      keys(false, v.source_name, v.items);
      break;
    case model::Volume::Type::Secret:
      out.type = VolumeType::Secret;
      out.tmpfs = true;  // secrets never touch disk
      keys(true, v.source_name, v.items);
      break;
    case model::Volume::Type::DownwardAPI:
      out.type = VolumeType::DownwardAPI;
      project_downward(v.downward_items, v.default_mode, pod, ctx, out.files);
      break;
    case model::Volume::Type::Projected:
      // The kubelet's projected volume: every source's files in one directory, on tmpfs (its
      // wrapped emptyDir has medium Memory), in the order of the sources.
      out.type = VolumeType::Projected;
      out.tmpfs = true;
      for (const auto& src : v.sources) {
        switch (src.type) {
          case model::VolumeProjection::Type::ConfigMap: keys(false, src.source_name, src.items); break;
          case model::VolumeProjection::Type::Secret: keys(true, src.source_name, src.items); break;
          case model::VolumeProjection::Type::DownwardAPI: project_downward(src.downward_items, v.default_mode, pod, ctx, out.files); break;
        }
      }
      break;
    case model::Volume::Type::PersistentVolumeClaim:
      // A local claim: a host directory under podrun's storage, made when missing.
      out.type = VolumeType::HostPath;
      out.host_path = claim_path(node, pod.metadata.ns, v.source_name);
      out.host_path_type = HostPathType::DirectoryOrCreate;
      break;
    case model::Volume::Type::Image:
      // Pulled as a container's image is, the machine's override included (pods/images.h).
      out.type = VolumeType::Image;
      out.image = v.image_reference;
      out.image_pull_policy = pull_policy_of(node.image_pull_policy.empty() ? v.image_pull_policy : node.image_pull_policy);
      break;
  }
  // fsGroup: the kubelet sets the ownership of every volume type that supports it (not
  // hostPath; an image volume is read-only, its files as the image has them).
  if (v.type != model::Volume::Type::HostPath && v.type != model::Volume::Type::Image &&
      v.type != model::Volume::Type::PersistentVolumeClaim)
    out.fs_group = pod.spec.security_context.fs_group;
  out.read_only = has_files(out.type) || out.type == VolumeType::Image;
  return out;
}

// 5. Mounts of one container, in the order the executor must make them.
std::vector<MountPlan> container_mounts(const model::Container& c, const model::Pod& pod, const NodePolicy& node) {
  bool privileged = c.security_context.privileged;
  const model::PodSpec& s = pod.spec;
  using Kind = MountSource::Kind;
  const MountSource fs{Kind::Filesystem, ""};
  std::vector<MountPlan> m;
  m.push_back({"/", MountType::Overlay, {Kind::Image, c.image}, {"rw"}, ""});
  m.push_back({"/proc", MountType::Proc, fs, {"nosuid", "noexec", "nodev"}, ""});
  m.push_back({"/dev", MountType::Tmpfs, fs, {"nosuid", "strictatime", "mode=755", "size=65536k"}, ""});
  m.push_back({"/dev/pts", MountType::Devpts, fs, {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}, ""});
  m.push_back({"/dev/mqueue", MountType::Mqueue, fs, {"nosuid", "noexec", "nodev"}, ""});
  m.push_back({"/dev/shm",
               MountType::Bind,
               s.host_ipc ? MountSource{Kind::Host, "/dev/shm"} : MountSource{Kind::PodShm, ""},
               {"rbind", "nosuid", "noexec", "nodev"},
               ""});
  m.push_back({"/sys", MountType::Sysfs, fs, {"nosuid", "noexec", "nodev", privileged ? "rw" : "ro"}, ""});
  // The container's own cgroups (its cgroup namespace's view), as containerd mounts them: what
  // a JVM or Go runtime reads to size itself to the limits.
  m.push_back({"/sys/fs/cgroup", MountType::Cgroup, fs, {"nosuid", "noexec", "nodev", privileged ? "rw" : "ro"}, ""});
  m.push_back({"/etc/hosts", MountType::Bind, {Kind::PodFile, "etc-hosts"}, {"bind", "rw"}, ""});
  m.push_back({"/etc/hostname", MountType::Bind, {Kind::PodFile, "hostname"}, {"bind", "rw"}, ""});
  m.push_back({"/etc/resolv.conf", MountType::Bind, {Kind::PodFile, "resolv.conf"}, {"bind", "rw"}, ""});
  for (const auto& vm : c.volume_mounts) {
    const model::Volume* v = nullptr;
    for (const auto& vol : s.volumes)
      if (vol.name == vm.name) v = &vol;
    MountSource source = v && v->type == model::Volume::Type::HostPath ? MountSource{Kind::Host, v->host_path}
                         : v && v->type == model::Volume::Type::PersistentVolumeClaim
                             ? MountSource{Kind::Host, claim_path(node, pod.metadata.ns, v->source_name)}
                             : MountSource{Kind::Volume, vm.name};
    source.sub_path = vm.sub_path;
    if (v && v->type == model::Volume::Type::Image) {
      // An image volume: an overlay of the image's layers with no upper directory, read-only
      // whatever the mount says (the kubelet's image plugin is ReadOnly), nosuid and nodev as
      // containerd mounts it; a subPath must exist in the image.
      m.push_back({vm.mount_path,
                   MountType::Bind,
                   {Kind::ImageVolume, v->image_reference, vm.sub_path},
                   {"rbind", "rprivate", "ro", "nosuid", "nodev"},
                   vm.name});
      continue;
    }
    // configMap, secret and downwardAPI volumes are read-only whatever the mount says, as the
    // kubelet mounts them since CVE-2017-1002102: the host rewrites their files when the
    // objects change, and must never meet a link a container planted there.
    bool projected = v && v->type != model::Volume::Type::HostPath && v->type != model::Volume::Type::EmptyDir &&
                     v->type != model::Volume::Type::PersistentVolumeClaim;
    bool claim_ro = v && v->type == model::Volume::Type::PersistentVolumeClaim && v->claim_read_only;
    std::vector<std::string> options = {"rbind", "rprivate", vm.read_only || projected || claim_ro ? "ro" : "rw"};
    if (projected) {
      options.push_back("nosuid");
      options.push_back("nodev");
    }
    m.push_back({vm.mount_path, MountType::Bind, source, options, vm.name});
  }
  // hostUsers: false: what the pod owns is idmapped through its user namespace, so that the
  // container's root owns its root filesystem and volumes as it would on the host; hostPath
  // stays as the host has it (a host file stays the host's, as in Kubernetes).
  if (!s.host_users)
    for (auto& mp : m)
      if (mp.source.kind == Kind::Image || mp.source.kind == Kind::PodFile || mp.source.kind == Kind::PodShm ||
          mp.source.kind == Kind::Volume || mp.source.kind == Kind::ImageVolume)
        mp.options.push_back("idmap");
  return m;
}

// 5. The image volumes a container mounts that the store does not have (the kubelet's
//    ErrImageNeverPull and ErrImagePull): the container does not start, as with its own image.
//    Unlike a container's image, a failed pull is not retried by the supervisor (docs/images.md, "Image volumes").
void image_volume_errors(const model::Container& c, const std::vector<VolumePlan>& volumes, const PlanInput& in,
                         std::vector<std::string>& errors) {
  if (!in.image_store) return;
  std::set<std::string> seen;
  for (const auto& vm : c.volume_mounts)
    for (const auto& v : volumes) {
      if (v.name != vm.name || v.type != VolumeType::Image || in.images.count(v.image) || !seen.insert(v.name).second) continue;
      auto failed = in.image_errors.find(v.image);
      if (v.image_pull_policy == PullPolicy::Never)
        errors.push_back("ErrImageNeverPull: image volume " + v.name + ": image \"" + v.image +
                         "\" is not present with pull policy of Never");
      else if (failed != in.image_errors.end())
        errors.push_back("ErrImagePull: image volume " + v.name + ": failed to pull image \"" + v.image + "\": " + failed->second);
      else
        errors.push_back("ErrImagePull: image volume " + v.name + ": image " + v.image + " is not in the local store (podrun image pull " +
                         v.image + ")");
    }
}

// 6. What confines the container: masks, read-only paths, seccomp (docs/security.md).
SecurityPlan security_plan(const model::Container& c, const model::Pod& pod, const PlanInput& in, std::vector<std::string>& warnings) {
  const model::SecurityContext& sc = c.security_context;
  SecurityPlan out;
  out.privileged = sc.privileged;
  out.read_only_root = sc.read_only_root_filesystem;
  if (!sc.privileged && sc.proc_mount != "Unmasked") {
    // Kubernetes' defaultMaskedPaths and defaultReadonlyPaths (pkg/securitycontext/util.go).
    out.masked_paths = {
        "/proc/asound",      "/proc/acpi",        "/proc/kcore", "/proc/keys",    "/proc/latency_stats",          "/proc/timer_list",
        "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",  "/sys/firmware", "/sys/devices/virtual/powercap"};
    out.readonly_paths = {"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"};
  }
  // seccomp: privileged runs unconfined; else the container's profile, the pod's, podrun's
  // annotation, podrun's default.
  const auto& pod_profile = pod.spec.security_context.seccomp;
  auto annotation = pod.metadata.annotations.find("podrun.io/seccomp");
  if (sc.privileged) {
    out.seccomp = SeccompType::Unconfined;
    out.seccomp_from = "privileged";
  } else if (sc.seccomp || pod_profile) {
    const model::SeccompProfile& sp = sc.seccomp ? *sc.seccomp : *pod_profile;
    out.seccomp = seccomp_type_of(sp.type);
    out.seccomp_from = sc.seccomp ? "container securityContext" : "pod securityContext";
    if (sp.type == "Localhost") out.seccomp_profile = in.seccomp_dir + "/" + sp.localhost_profile;
  } else if (annotation != pod.metadata.annotations.end() && annotation->second == "runtime-default") {
    // A pod may turn the default on where the machine's is off, never off (the loader refuses
    // "unconfined").
    out.seccomp = SeccompType::RuntimeDefault;
    out.seccomp_from = "annotation podrun.io/seccomp";
  } else {
    (void)warnings;
    out.seccomp = in.node.seccomp_default;
    out.seccomp_from = in.node.seccomp_default == SeccompType::RuntimeDefault ? "podrun's default; the kubelet's is Unconfined"
                                                                              : "the machine's seccompDefault";
  }
  return out;
}

// The devices an unprivileged container may use: the nodes podrun creates in its /dev (null,
// zero, full, random, urandom, tty, console, ptmx) and its own ptys (136:*). Stricter than runc,
// which also allows mknod of any device ("c *:* m", "b *:* m"): here mknod of anything else
// fails with EPERM even with CAP_MKNOD (docs/security.md).
DevicePolicy container_devices(bool privileged) {
  DevicePolicy d;
  if (privileged) return d;
  d.restricted = true;
  for (auto [major, minor] :
       std::initializer_list<std::pair<int, int>>{{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {136, -1}})
    d.allow.push_back({'c', major, minor, "rwm"});
  return d;
}

// The pod's sysctls. The kubelet allows its safe set, and the others its
// --allowed-unsafe-sysctls patterns name; podrun's equivalent is the machine's
// allowedUnsafeSysctls ("kernel.msg*", "net.core.somaxconn"). Anything else is the kubelet's
// SysctlForbidden: the pod does not start.
std::vector<SysctlPlan> pod_sysctls(const model::Pod& pod, const NodePolicy& node, std::vector<std::string>& admission_errors) {
  // pkg/kubelet/sysctl/safe_sysctls.go, Kubernetes 1.31.
  static const std::set<std::string> safe = {"kernel.shm_rmid_forced",
                                             "net.ipv4.ip_local_port_range",
                                             "net.ipv4.tcp_syncookies",
                                             "net.ipv4.ping_group_range",
                                             "net.ipv4.ip_unprivileged_port_start",
                                             "net.ipv4.ip_local_reserved_ports",
                                             "net.ipv4.tcp_keepalive_time",
                                             "net.ipv4.tcp_fin_timeout",
                                             "net.ipv4.tcp_keepalive_intvl",
                                             "net.ipv4.tcp_keepalive_probes"};
  const std::vector<std::string>& patterns = node.allowed_unsafe_sysctls;
  auto unsafe_allowed = [&](const std::string& name) {
    for (const auto& p : patterns)
      if (p == name || (p.back() == '*' && name.rfind(p.substr(0, p.size() - 1), 0) == 0)) return true;
    return false;
  };
  std::vector<SysctlPlan> out;
  for (const auto& [raw, value] : pod.spec.security_context.sysctls) {
    SysctlPlan s{model::dotted_sysctl(raw), value, std::nullopt, false};
    std::string ns = model::sysctl_namespace(s.name);
    if (!ns.empty()) s.ns = ns == "ipc" ? NsKind::Ipc : NsKind::Net;
    s.safe = safe.count(s.name) > 0;
    if (ns.empty())
      admission_errors.push_back("SysctlForbidden: sysctl " + s.name + " is not namespaced: setting it would change the whole machine");
    else if (!s.safe && !unsafe_allowed(s.name))
      admission_errors.push_back("SysctlForbidden: sysctl " + s.name +
                                 " is not in the kubelet's safe set, nor in the machine's allowedUnsafeSysctls "
                                 "(its owner allows it in /etc/podrun/config.yaml or with apply --allowed-unsafe-sysctls)");
    out.push_back(s);
  }
  return out;
}

std::string qos_dir(QosClass q) {
  switch (q) {
    case QosClass::Guaranteed: return "podrun";
    case QosClass::Burstable: return "podrun/burstable";
    case QosClass::BestEffort: return "podrun/besteffort";
  }
  return "podrun";
}

// The machine's podPidsLimit, or lower when the pod's podrun.io/pids-limit asks: a pod may
// tighten it, never raise it (an admission error says so, and the pod does not start).
std::int64_t pods_pid_limit(const model::Pod& pod, const NodePolicy& node, std::vector<std::string>& admission_errors) {
  auto it = pod.metadata.annotations.find("podrun.io/pids-limit");
  if (it == pod.metadata.annotations.end()) return node.pod_pids_limit;
  long long v = 0;
  try {
    std::size_t used = 0;
    v = std::stoll(it->second, &used);
    if (used != it->second.size()) v = 0;
  } catch (...) {}
  if (v <= 0) return node.pod_pids_limit;  // the loader refused it already
  if (v > node.pod_pids_limit) {
    admission_errors.push_back("PidsLimitForbidden: podrun.io/pids-limit " + it->second + " is above the machine's podPidsLimit " +
                               std::to_string(node.pod_pids_limit) + ": a pod may lower it, never raise it");
    return node.pod_pids_limit;
  }
  return v;
}

// A handler with its port resolved: a name becomes the containerPort of that name.
HandlerPlan handler_plan(const model::Handler& h, const model::Container& c) {
  HandlerPlan out;
  switch (h.type) {
    case model::Handler::Type::Exec: out.type = HandlerType::Exec; break;
    case model::Handler::Type::HttpGet: out.type = HandlerType::HttpGet; break;
    case model::Handler::Type::TcpSocket: out.type = HandlerType::TcpSocket; break;
    case model::Handler::Type::Grpc: out.type = HandlerType::Grpc; break;
    case model::Handler::Type::Sleep: out.type = HandlerType::Sleep; break;
  }
  out.command = h.command;
  out.scheme = h.scheme;
  out.host = h.host;
  out.path = h.path;
  out.port = h.port;
  out.service = h.service;
  if (!h.port_name.empty()) {
    for (const auto& p : c.ports)
      if (p.name == h.port_name) out.port = p.container_port;
    if (out.port == 0) out.port_error = "port " + h.port_name + " is not a named port of container " + c.name;
  }
  out.http_headers = h.http_headers;
  out.sleep_seconds = h.sleep_seconds;
  return out;
}

std::optional<ProbePlan> probe_plan(const std::optional<model::Probe>& p, const model::Container& c) {
  if (!p) return std::nullopt;
  ProbePlan out;
  out.handler = handler_plan(p->handler, c);
  // The API server defaults zeros of these (they are optional integers in the schema).
  out.initial_delay_seconds = p->initial_delay_seconds;
  out.timeout_seconds = p->timeout_seconds > 0 ? p->timeout_seconds : 1;
  out.period_seconds = p->period_seconds > 0 ? p->period_seconds : 10;
  out.success_threshold = p->success_threshold > 0 ? p->success_threshold : 1;
  out.failure_threshold = p->failure_threshold > 0 ? p->failure_threshold : 3;
  out.termination_grace_period_seconds = p->termination_grace_period_seconds;
  return out;
}

PodPlan plan_pod(const model::Pod& pod, const PlanInput& in) {
  const model::PodSpec& s = pod.spec;
  PodPlan p;

  // 1. Identity.
  p.ns = pod.metadata.ns;
  p.name = pod.metadata.name;
  p.spec_hash = spec_hash(pod);
  p.uid = pod_uid(pod);
  p.restart_policy = restart_policy_of(s.restart_policy);
  p.termination_grace_period_seconds = s.termination_grace_period_seconds;
  std::string hostname = pod_hostname(pod);
  if (!s.subdomain.empty()) p.fqdn = hostname + "." + s.subdomain + "." + p.ns + ".svc." + kClusterDomain;
  p.hostname = s.host_network ? in.host.hostname : (s.set_hostname_as_fqdn && !p.fqdn.empty() ? p.fqdn : hostname);
  if (p.hostname.size() > 64)
    p.warnings.push_back("hostname " + p.hostname + " is longer than Linux's 64 characters: the pod cannot start");

  // 2. QoS and cgroups.
  p.qos = qos_class(s);
  std::string pod_dir = qos_dir(p.qos) + "/pod" + p.uid;
  auto cpu_req = pod_request(s, "cpu"), cpu_lim = pod_limit(s, "cpu"), mem_lim = pod_limit(s, "memory");
  p.cgroup.path = pod_dir;
  p.cgroup.v1 = cgroup_v1(cpu_req, cpu_lim, mem_lim, pods_pid_limit(pod, in.node, p.admission_errors));
  p.cgroup.v2 = cgroup_v2(p.cgroup.v1);
  if (has_pod_level_resources(s) && in.host.cgroup_version == CgroupVersion::V1)
    p.warnings.push_back(
        "pod-level resources (spec.resources): a kubelet refuses them on a cgroup v1 node (PodLevelResources needs cgroup v2); "
        "podrun applies them to this machine's cgroup v1 controllers");

  // 3. The pause holder.
  p.pause.creates = pause_namespaces(s);
  p.pause.pid1 = s.share_process_namespace;
  p.pause.hostname = p.hostname;
  if (!s.host_users) p.pause.uid_map = p.pause.gid_map = IdMapping{};
  p.sysctls = pod_sysctls(pod, in.node, p.admission_errors);

  EnvContext ctx{&pod, p.uid, p.hostname, &in.host, in.configmaps, in.secrets};

  // 5. Volumes, and the pod's /dev/shm.
  p.host_ipc_shm = s.host_ipc;
  for (const auto& v : s.volumes) p.volumes.push_back(volume_plan(v, pod, ctx, in.node, p.warnings));
  // A memory-backed emptyDir is a tmpfs of the smallest of its sizeLimit, the pod's memory
  // limit (its pages are charged to the pod's memory cgroup) and the machine's cap, as the
  // kubelet sizes it (without a size, tmpfs would take half of the machine's memory).
  std::int64_t memory_cap = in.node.memory_backed_volumes_limit > 0 ? in.node.memory_backed_volumes_limit : in.host.memory_bytes / 4;
  for (auto& v : p.volumes) {
    if (v.type != VolumeType::EmptyDir || v.medium != StorageMedium::Memory) continue;
    std::int64_t size = memory_cap;
    if (mem_lim) size = std::min<std::int64_t>(size, *mem_lim);
    if (v.size_limit_bytes) size = std::min(size, *v.size_limit_bytes);
    v.size_limit_bytes = std::max<std::int64_t>(size, in.host.page_size);
  }

  // 4, 5, 6. Containers: init containers and sidecars in init order, then app containers.
  auto ns = container_namespaces(s);
  std::vector<const model::Container*> all;
  for (const auto& c : s.init_containers) all.push_back(&c);
  for (const auto& c : s.containers) all.push_back(&c);
  int smallest_app_adj = 1000;
  std::map<std::string, std::vector<std::string>> missing_images;  // image → containers
  for (const model::Container* c : all) {
    ContainerPlan cp;
    cp.name = c->name;
    cp.kind = c->type == model::ContainerType::Init      ? ContainerKind::Init
              : c->type == model::ContainerType::Sidecar ? ContainerKind::Sidecar
                                                         : ContainerKind::App;
    cp.image = c->image;
    cp.image_pull_policy = pull_policy_of(in.node.image_pull_policy.empty() ? c->image_pull_policy : in.node.image_pull_policy);
    auto img = in.images.find(c->image);
    const ImageConfig* image = img == in.images.end() ? nullptr : &img->second;
    cp.image_known = image != nullptr;
    cp.namespaces = ns;
    cp.mounts = container_mounts(*c, pod, in.node);
    cp.cgroup.path = pod_dir + "/" + c->name;
    // A container without a limit of its own gets the pod-level one in its cgroup (KEP-2837:
    // runtimes such as the JVM size themselves from their own cgroup's maximum).
    auto cpu_limit = limit_of(*c, "cpu"), memory_limit = limit_of(*c, "memory");
    if (!cpu_limit && s.resources.limits.count("cpu")) cpu_limit = cpu_lim;
    if (!memory_limit && s.resources.limits.count("memory")) memory_limit = mem_lim;
    cp.cgroup.v1 = cgroup_v1(request_of(*c, "cpu"), cpu_limit, memory_limit, std::nullopt);
    cp.cgroup.v2 = cgroup_v2(cp.cgroup.v1);
    cp.oom_score_adj = oom_score_adj(p.qos, container_memory_request_for_oom(s, *c), in.host.memory_bytes);
    if (cp.kind == ContainerKind::App) smallest_app_adj = std::min(smallest_app_adj, cp.oom_score_adj);
    ProcessSpec spec = process_spec(*c, ctx);
    cp.process = container_process(*c, image, ctx);
    cp.process.capabilities = container_capabilities(c->security_context.capabilities_add, c->security_context.capabilities_drop);
    cp.process.no_new_privs = c->security_context.allow_privilege_escalation == false;
    cp.security = security_plan(*c, pod, in, p.warnings);
    if (cp.security.privileged) cp.process.capabilities = container_capabilities({"ALL"}, {});
    cp.cgroup.devices = container_devices(cp.security.privileged);
    cp.restart_policy = cp.kind == ContainerKind::Sidecar ? RestartPolicy::Always
                        : !c->restart_policy.empty()      ? restart_policy_of(c->restart_policy)
                        : cp.kind == ContainerKind::Init
                            ? (p.restart_policy == RestartPolicy::Never ? RestartPolicy::Never : RestartPolicy::OnFailure)
                            : p.restart_policy;
    for (const auto& r : c->restart_rules)
      cp.restart_rules.push_back(
          {r.action == "RestartAllContainers" ? RestartAction::RestartAllContainers : RestartAction::Restart, r.in, r.values});
    for (const auto& port : c->ports)
      cp.ports.push_back({port.name, port.container_port, port.host_port, port.host_ip, protocol_of(port.protocol)});
    cp.startup_probe = probe_plan(c->startup_probe, *c);
    cp.liveness_probe = probe_plan(c->liveness_probe, *c);
    cp.readiness_probe = probe_plan(c->readiness_probe, *c);
    if (c->post_start) cp.post_start = handler_plan(*c->post_start, *c);
    if (c->pre_stop) cp.pre_stop = handler_plan(*c->pre_stop, *c);
    if (!c->stop_signal.empty()) cp.stop_signal = model::linux_stop_signal(c->stop_signal).value_or(15);
    // What the kubelet would report for an image it could not get (docs/images.md): a pull that
    // failed is retried by the pod's supervisor with back-off, the rest fail the start.
    if (!image && in.image_store) {
      auto failed = in.image_errors.find(c->image);
      if (cp.image_pull_policy == PullPolicy::Never)
        cp.start_errors.push_back("ErrImageNeverPull: Container image \"" + c->image + "\" is not present with pull policy of Never");
      else if (failed != in.image_errors.end()) cp.image_wait = ImageWait{failed->second, spec};
      else cp.start_errors.push_back("ErrImagePull: image " + c->image + " is not in the local store (podrun image pull " + c->image + ")");
    }
    image_volume_errors(*c, p.volumes, in, cp.start_errors);
    if (cp.image_wait)
      p.warnings.push_back("container " + c->name + " waits for its image: ErrImagePull: " + cp.image_wait->error +
                           "; the pull is retried with back-off (ImagePullBackOff), the container starts once it succeeds");
    else {
      if (!image) missing_images[c->image].push_back(c->name);
      for (auto& e : process_start_errors(spec, cp.process, image)) cp.start_errors.push_back(std::move(e));
    }
    if (auto it = c->resources.limits.find("ephemeral-storage"); it != c->resources.limits.end() && it->second.value.value()) {
      cp.ephemeral_storage_limit = *it->second.value.value();
      cp.ephemeral_storage_limit_text = it->second.text;
      p.ephemeral_storage_limit = p.ephemeral_storage_limit.value_or(0) + *cp.ephemeral_storage_limit;
    }
    p.containers.push_back(std::move(cp));
  }
  for (const auto& [image, users] : missing_images) {
    std::string names;
    for (const auto& n : users) names += (names.empty() ? "" : ", ") + n;
    p.warnings.push_back("image " + image + " not in the local store (podrun image pull): its ENTRYPOINT, CMD, ENV and USER are unknown (" +
                         (users.size() == 1 ? "container " : "containers ") + names + ")");
  }
  // A sidecar's oom_score_adj is at most the smallest app container's (kubelet policy.go).
  for (auto& cp : p.containers)
    if (cp.kind == ContainerKind::Sidecar && p.qos == QosClass::Burstable) cp.oom_score_adj = std::min(cp.oom_score_adj, smallest_app_adj);

  // 7. /etc/hosts as the kubelet writes it, and resolv.conf.
  p.etc_hosts = {{"127.0.0.1", {"localhost"}, "Kubernetes-managed hosts file."},
                 {"::1", {"localhost", "ip6-localhost", "ip6-loopback"}, ""},
                 {"fe00::0", {"ip6-localnet"}, ""},
                 {"fe00::0", {"ip6-mcastprefix"}, ""},
                 {"fe00::1", {"ip6-allnodes"}, ""},
                 {"fe00::2", {"ip6-allrouters"}, ""}};
  if (!s.host_network) {
    HostsEntry self{"@podIP", {}, ""};
    if (!p.fqdn.empty()) self.names.push_back(p.fqdn);
    self.names.push_back(hostname);
    p.etc_hosts.push_back(self);
  }
  for (std::size_t i = 0; i < s.host_aliases.size(); ++i)
    p.etc_hosts.push_back({s.host_aliases[i].ip, s.host_aliases[i].hostnames, i == 0 ? "Entries added by HostAliases." : ""});
  p.resolv_conf = resolv_conf(s, in.host.resolv_conf, &p.warnings, in.node.cluster_dns, pod.metadata.ns, in.node.cluster_domain);
  return p;
}

}  // namespace

ContainerPlan plan_ephemeral_container(const model::Pod& pod, const model::Container& c, const std::string& target, const PodPlan& running,
                                       const PlanInput& in) {
  const model::PodSpec& s = pod.spec;
  std::vector<std::string> warnings;  // the pod's were said at its apply
  EnvContext ctx{&pod, running.uid, running.hostname, &in.host, in.configmaps, in.secrets};
  ContainerPlan cp;
  cp.name = c.name;
  cp.kind = ContainerKind::Ephemeral;
  cp.image = c.image;
  cp.image_pull_policy = pull_policy_of(in.node.image_pull_policy.empty() ? c.image_pull_policy : in.node.image_pull_policy);
  auto img = in.images.find(c.image);
  const ImageConfig* image = img == in.images.end() ? nullptr : &img->second;
  cp.image_known = image != nullptr;
  // 1. The pod's network, IPC and UTS namespaces, as every container; the target's PID
  //    namespace (targetContainerName), unless the pod shares one anyway.
  cp.namespaces = container_namespaces(s);
  if (!target.empty() && cp.namespaces[NsKind::Pid].type == NsSource::Type::Private)
    for (const auto& other : running.containers)
      if (other.name == target)
        cp.namespaces[NsKind::Pid] = other.namespaces.at(NsKind::Pid).type == NsSource::Type::Private
                                         ? NsSource{NsSource::Type::Container, target}
                                         : other.namespaces.at(NsKind::Pid);
  // 2. The mounts every container gets (no ports, probes, hooks or resources: the API
  //    server refuses them on an ephemeral container); a cgroup under the pod's, unlimited.
  cp.mounts = container_mounts(c, pod, in.node);
  cp.cgroup.path = running.cgroup.path + "/" + c.name;
  cp.cgroup.v1 = cgroup_v1(std::nullopt, std::nullopt, std::nullopt, std::nullopt);
  cp.cgroup.v2 = cgroup_v2(cp.cgroup.v1);
  cp.oom_score_adj = oom_score_adj(running.qos, std::nullopt, in.host.memory_bytes);
  // 3. Its process and security, as for any container of the pod: never more privilege.
  ProcessSpec spec = process_spec(c, ctx);
  cp.process = container_process(c, image, ctx);
  cp.process.capabilities = container_capabilities(c.security_context.capabilities_add, c.security_context.capabilities_drop);
  cp.process.no_new_privs = c.security_context.allow_privilege_escalation == false;
  cp.security = security_plan(c, pod, in, warnings);
  if (cp.security.privileged) cp.process.capabilities = container_capabilities({"ALL"}, {});
  cp.cgroup.devices = container_devices(cp.security.privileged);
  cp.restart_policy = RestartPolicy::Never;  // an ephemeral container is never restarted
  if (!image) {
    if (cp.image_pull_policy == PullPolicy::Never)
      cp.start_errors.push_back("ErrImageNeverPull: Container image \"" + c.image + "\" is not present with pull policy of Never");
    else cp.start_errors.push_back("ErrImagePull: image " + c.image + " is not in the local store (podrun image pull " + c.image + ")");
  } else {
    for (auto& e : process_start_errors(spec, cp.process, image)) cp.start_errors.push_back(std::move(e));
  }
  return cp;
}

Plan make_plan(const PlanInput& in) {
  Plan plan;
  plan.host = in.host;
  for (const auto& pod : *in.pods) plan.pods.push_back(plan_pod(pod, in));
  return plan;
}

}  // namespace podrun::plan
