#include "plan/codec.h"

#include <cstdint>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/binary_codec.h"

// std::optional as null-or-value (nlohmann 3.11 has no built-in support).
namespace nlohmann {
template <typename T>
struct adl_serializer<std::optional<T>> {
  static void to_json(json& j, const std::optional<T>& v) {
    if (v) j = *v;
    else j = nullptr;
  }
  static void from_json(const json& j, std::optional<T>& v) {
    if (j.is_null()) v.reset();
    else v = j.get<T>();
  }
};
}  // namespace nlohmann

namespace podrun::plan {

NLOHMANN_JSON_SERIALIZE_ENUM(NsKind, {{NsKind::Net, "net"},
                                      {NsKind::Ipc, "ipc"},
                                      {NsKind::Uts, "uts"},
                                      {NsKind::Pid, "pid"},
                                      {NsKind::Mnt, "mnt"},
                                      {NsKind::User, "user"},
                                      {NsKind::Cgroup, "cgroup"}})
NLOHMANN_JSON_SERIALIZE_ENUM(NsSource::Type, {{NsSource::Type::Pod, "pod"},
                                              {NsSource::Type::Host, "host"},
                                              {NsSource::Type::Private, "private"},
                                              {NsSource::Type::Container, "container"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ContainerKind, {{ContainerKind::Init, "init"},
                                             {ContainerKind::Sidecar, "sidecar"},
                                             {ContainerKind::App, "app"},
                                             {ContainerKind::Ephemeral, "ephemeral"}})
NLOHMANN_JSON_SERIALIZE_ENUM(QosClass, {{QosClass::Guaranteed, "Guaranteed"},
                                        {QosClass::Burstable, "Burstable"},
                                        {QosClass::BestEffort, "BestEffort"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MountType, {{MountType::Overlay, "overlay"},
                                         {MountType::Proc, "proc"},
                                         {MountType::Tmpfs, "tmpfs"},
                                         {MountType::Devpts, "devpts"},
                                         {MountType::Mqueue, "mqueue"},
                                         {MountType::Sysfs, "sysfs"},
                                         {MountType::Cgroup, "cgroup"},
                                         {MountType::Bind, "bind"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MountSource::Kind, {{MountSource::Kind::Filesystem, "filesystem"},
                                                 {MountSource::Kind::Image, "image"},
                                                 {MountSource::Kind::PodFile, "podFile"},
                                                 {MountSource::Kind::PodShm, "podShm"},
                                                 {MountSource::Kind::Volume, "volume"},
                                                 {MountSource::Kind::Host, "host"},
                                                 {MountSource::Kind::ImageVolume, "imageVolume"}})
NLOHMANN_JSON_SERIALIZE_ENUM(VolumeType, {{VolumeType::EmptyDir, "emptyDir"},
                                          {VolumeType::HostPath, "hostPath"},
                                          {VolumeType::ConfigMap, "configMap"},
                                          {VolumeType::Secret, "secret"},
                                          {VolumeType::DownwardAPI, "downwardAPI"},
                                          {VolumeType::Projected, "projected"},
                                          {VolumeType::Image, "image"}})
NLOHMANN_JSON_SERIALIZE_ENUM(StorageMedium, {{StorageMedium::Disk, ""}, {StorageMedium::Memory, "Memory"}})
NLOHMANN_JSON_SERIALIZE_ENUM(HostPathType, {{HostPathType::Unchecked, ""},
                                            {HostPathType::DirectoryOrCreate, "DirectoryOrCreate"},
                                            {HostPathType::Directory, "Directory"},
                                            {HostPathType::FileOrCreate, "FileOrCreate"},
                                            {HostPathType::File, "File"},
                                            {HostPathType::Socket, "Socket"},
                                            {HostPathType::CharDevice, "CharDevice"},
                                            {HostPathType::BlockDevice, "BlockDevice"}})
NLOHMANN_JSON_SERIALIZE_ENUM(HandlerType, {{HandlerType::Exec, "exec"},
                                           {HandlerType::HttpGet, "httpGet"},
                                           {HandlerType::TcpSocket, "tcpSocket"},
                                           {HandlerType::Grpc, "grpc"},
                                           {HandlerType::Sleep, "sleep"}})
NLOHMANN_JSON_SERIALIZE_ENUM(Protocol, {{Protocol::TCP, "TCP"}, {Protocol::UDP, "UDP"}, {Protocol::SCTP, "SCTP"}})
NLOHMANN_JSON_SERIALIZE_ENUM(RestartPolicy,
                             {{RestartPolicy::Always, "Always"}, {RestartPolicy::OnFailure, "OnFailure"}, {RestartPolicy::Never, "Never"}})
NLOHMANN_JSON_SERIALIZE_ENUM(RestartAction,
                             {{RestartAction::Restart, "Restart"}, {RestartAction::RestartAllContainers, "RestartAllContainers"}})
NLOHMANN_JSON_SERIALIZE_ENUM(PullPolicy,
                             {{PullPolicy::Always, "Always"}, {PullPolicy::IfNotPresent, "IfNotPresent"}, {PullPolicy::Never, "Never"}})
NLOHMANN_JSON_SERIALIZE_ENUM(SeccompType, {{SeccompType::RuntimeDefault, "RuntimeDefault"},
                                           {SeccompType::Unconfined, "Unconfined"},
                                           {SeccompType::Localhost, "Localhost"}})

// Every struct of the plan with its fields, in one list: the JSON codec (nlohmann's macro) and
// the binary one (visit_fields, common/binary_codec.h) are both made from it, so that neither
// can miss a field the other carries; a field's place in it is its place in the binary form.
#define PODRUN_PLAN_STRUCTS(X)                                                                                                             \
  X(NsSource, type, container)                                                                                                             \
  X(IdMapping, container_id, host_id, size)                                                                                                \
  X(PausePlan, creates, pid1, uid_map, gid_map, hostname, oom_score_adj)                                                                   \
  X(MountSource, kind, ref, sub_path)                                                                                                      \
  X(MountPlan, destination, type, source, options, volume)                                                                                 \
  X(ProjectedFile, path, content, mode, sensitive)                                                                                         \
  X(VolumePlan, name, type, host_path, medium, size_limit_bytes, size_limit_text, host_path_type, files, tmpfs, fs_group, read_only,       \
    image, image_pull_policy)                                                                                                              \
  X(CgroupV1Values, cpu_shares, cpu_cfs_quota_us, cpu_cfs_period_us, memory_limit_in_bytes, pids_max)                                      \
  X(CgroupV2Values, cpu_weight, cpu_max, memory_max, pids_max)                                                                             \
  X(DeviceRule, type, major, minor, access)                                                                                                \
  X(DevicePolicy, restricted, allow)                                                                                                       \
  X(CgroupPlan, path, v1, v2, devices)                                                                                                     \
  X(EnvVarPlan, name, value, from, sensitive, resolve_at_start)                                                                            \
  X(ProcessPlan, args, env, cwd, uid, gid, user_note, supplemental_groups, image_groups, capabilities, no_new_privs)                       \
  X(ProcessSpec, command, args, env, working_dir, run_as_user, run_as_group, run_as_non_root)                                              \
  X(ImageWait, error, spec)                                                                                                                \
  X(SecurityPlan, privileged, read_only_root, masked_paths, readonly_paths, seccomp, seccomp_profile, seccomp_from)                        \
  X(HandlerPlan, type, command, scheme, host, path, port, service, port_error, http_headers, sleep_seconds)                                \
  X(RestartRule, action, in, values)                                                                                                       \
  X(PortPlan, name, container_port, host_port, host_ip, protocol)                                                                          \
  X(ProbePlan, handler, initial_delay_seconds, timeout_seconds, period_seconds, success_threshold, failure_threshold,                      \
    termination_grace_period_seconds)                                                                                                      \
  X(ContainerPlan, name, kind, image, image_pull_policy, image_known, namespaces, mounts, cgroup, oom_score_adj, process, security, ports, \
    restart_policy, restart_rules, startup_probe, liveness_probe, readiness_probe, post_start, pre_stop, stop_signal, start_errors,        \
    image_wait, ephemeral_storage_limit, ephemeral_storage_limit_text)                                                                     \
  X(HostsEntry, ip, names, comment)                                                                                                        \
  X(SysctlPlan, name, value, ns, safe)                                                                                                     \
  X(PodPlan, ns, name, uid, hostname, fqdn, qos, spec_hash, restart_policy, termination_grace_period_seconds, pause, cgroup, host_ipc_shm, \
    shm_size_bytes, volumes, etc_hosts, resolv_conf, containers, warnings, sysctls, admission_errors, ephemeral_storage_limit)

PODRUN_PLAN_STRUCTS(NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT)

#define PODRUN_VISIT_FIELD(field) f(t.field);
#define PODRUN_VISIT_FIELDS(Type, ...)                                         \
  template <typename F>                                                        \
  void visit_fields(Type& t, F&& f) {                                          \
    NLOHMANN_JSON_EXPAND(NLOHMANN_JSON_PASTE(PODRUN_VISIT_FIELD, __VA_ARGS__)) \
  }                                                                            \
  template <typename F>                                                        \
  void visit_fields(const Type& t, F&& f) {                                    \
    NLOHMANN_JSON_EXPAND(NLOHMANN_JSON_PASTE(PODRUN_VISIT_FIELD, __VA_ARGS__)) \
  }
PODRUN_PLAN_STRUCTS(PODRUN_VISIT_FIELDS)

// The binary form's fingerprint: every struct's name and fields as written above, and its
// size (a field whose type changes mostly changes it).
#define PODRUN_LAYOUT_TEXT(Type, ...) #Type "(" #__VA_ARGS__ ")"
#define PODRUN_LAYOUT_SIZE(Type, ...) sizeof(Type),
constexpr std::uint64_t layout_fingerprint() {
  std::uint64_t h = binary::fnv1a(PODRUN_PLAN_STRUCTS(PODRUN_LAYOUT_TEXT));
  for (std::size_t size : {PODRUN_PLAN_STRUCTS(PODRUN_LAYOUT_SIZE)}) h = (h ^ size) * 0x100000001b3ULL;
  return h;
}

void reject_fractional_numbers(const nlohmann::json& j, const std::string& what) {
  // Iterative: a document may nest deeper than the stack would like.
  std::vector<const nlohmann::json*> unvisited{&j};
  while (!unvisited.empty()) {
    const nlohmann::json* v = unvisited.back();
    unvisited.pop_back();
    if (v->is_number_float()) throw std::runtime_error(what + " cannot be read: " + v->dump() + " is not an integer");
    if (v->is_structured())
      for (const auto& item : *v) unvisited.push_back(&item);
  }
}

// A plan part from its lossless JSON, every failure one runtime_error naming `what`.
template <typename T>
T decode_checked(const nlohmann::json& j, const std::string& what) {
  reject_fractional_numbers(j, what);
  try {
    return j.get<T>();
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(what + " cannot be read: " + e.what());
  }
}

std::string encode_pod_plan(const PodPlan& pod) { return pod_plan_json(pod).dump(); }

PodPlan decode_pod_plan(const std::string& text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("the pod's plan cannot be read: ") + e.what());
  }
  return pod_plan_from_json(j);
}

nlohmann::json pod_plan_json(const PodPlan& pod) { return nlohmann::json(pod); }

PodPlan pod_plan_from_json(const nlohmann::json& j) { return decode_checked<PodPlan>(j, "the pod's plan"); }

nlohmann::json container_plan_json(const ContainerPlan& c) { return c; }

ContainerPlan container_plan_from_json(const nlohmann::json& j) { return decode_checked<ContainerPlan>(j, "the container's plan"); }

nlohmann::json cgroup_plan_json(const CgroupPlan& c) { return c; }

CgroupPlan cgroup_plan_from_json(const nlohmann::json& j) { return decode_checked<CgroupPlan>(j, "the cgroup's plan"); }

std::uint64_t binary_layout() { return layout_fingerprint(); }

void put_pod_plan(binary::Writer& w, const PodPlan& pod) { w.put(pod); }

void get_pod_plan(binary::Reader& r, PodPlan& pod) { r.get(pod); }

}  // namespace podrun::plan
