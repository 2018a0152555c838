// The names of the plan's enumerations, as `podrun plan`, the state and the docs spell them.
#include "plan/plan.h"

#include <algorithm>

namespace podrun::plan {

const char* ns_name(NsKind k) {
  switch (k) {
    case NsKind::Net: return "net";
    case NsKind::Ipc: return "ipc";
    case NsKind::Uts: return "uts";
    case NsKind::Pid: return "pid";
    case NsKind::Mnt: return "mnt";
    case NsKind::User: return "user";
    case NsKind::Cgroup: return "cgroup";
  }
  return "";
}

std::string NsSource::str() const {
  switch (type) {
    case Type::Pod: return "pod";
    case Type::Host: return "host";
    case Type::Private: return "private";
    case Type::Container: return "container:" + container;
  }
  return "";
}

const char* container_kind_name(ContainerKind k) {
  switch (k) {
    case ContainerKind::Init: return "init";
    case ContainerKind::Sidecar: return "sidecar";
    case ContainerKind::App: return "app";
    case ContainerKind::Ephemeral: return "ephemeral";
  }
  return "";
}

const char* qos_name(QosClass q) {
  switch (q) {
    case QosClass::Guaranteed: return "Guaranteed";
    case QosClass::Burstable: return "Burstable";
    case QosClass::BestEffort: return "BestEffort";
  }
  return "";
}

const char* mount_type_name(MountType t) {
  switch (t) {
    case MountType::Overlay: return "overlay";
    case MountType::Proc: return "proc";
    case MountType::Tmpfs: return "tmpfs";
    case MountType::Devpts: return "devpts";
    case MountType::Mqueue: return "mqueue";
    case MountType::Sysfs: return "sysfs";
    case MountType::Cgroup: return "cgroup";
    case MountType::Bind: return "bind";
  }
  return "";
}

std::string MountSource::str(MountType type) const {
  switch (kind) {
    case Kind::Filesystem: return mount_type_name(type);
    case Kind::Image: return "image:" + ref;
    case Kind::PodFile: return "pod:" + ref;
    case Kind::PodShm: return "pod:shm";
    case Kind::Volume: return "pod:volumes/" + ref + (sub_path.empty() ? "" : "/" + sub_path);
    case Kind::Host: return ref + (sub_path.empty() ? "" : "/" + sub_path);
    case Kind::ImageVolume: return "image-volume:" + ref + (sub_path.empty() ? "" : "//" + sub_path);
  }
  return "";
}

std::string claim_path(const NodePolicy& node, const std::string& ns, const std::string& claim) {
  // Both names are validated (a DNS label, a DNS subdomain): no '/' and no "..".
  return node.claims_dir + "/" + ns + "/" + claim;
}

const char* volume_type_name(VolumeType t) {
  switch (t) {
    case VolumeType::EmptyDir: return "emptyDir";
    case VolumeType::HostPath: return "hostPath";
    case VolumeType::ConfigMap: return "configMap";
    case VolumeType::Secret: return "secret";
    case VolumeType::DownwardAPI: return "downwardAPI";
    case VolumeType::Projected: return "projected";
    case VolumeType::Image: return "image";
  }
  return "";
}

const char* host_path_type_name(HostPathType t) {
  switch (t) {
    case HostPathType::Unchecked: return "";
    case HostPathType::DirectoryOrCreate: return "DirectoryOrCreate";
    case HostPathType::Directory: return "Directory";
    case HostPathType::FileOrCreate: return "FileOrCreate";
    case HostPathType::File: return "File";
    case HostPathType::Socket: return "Socket";
    case HostPathType::CharDevice: return "CharDevice";
    case HostPathType::BlockDevice: return "BlockDevice";
  }
  return "";
}

const char* handler_type_name(HandlerType t) {
  switch (t) {
    case HandlerType::Exec: return "exec";
    case HandlerType::HttpGet: return "httpGet";
    case HandlerType::TcpSocket: return "tcpSocket";
    case HandlerType::Grpc: return "grpc";
    case HandlerType::Sleep: return "sleep";
  }
  return "";
}

const char* protocol_name(Protocol p) {
  switch (p) {
    case Protocol::TCP: return "TCP";
    case Protocol::UDP: return "UDP";
    case Protocol::SCTP: return "SCTP";
  }
  return "";
}

const char* restart_action_name(RestartAction a) { return a == RestartAction::Restart ? "Restart" : "RestartAllContainers"; }

std::optional<RestartAction> matching_restart_rule(const std::vector<RestartRule>& rules, int exit_code) {
  for (const auto& r : rules) {
    bool listed = std::find(r.values.begin(), r.values.end(), exit_code) != r.values.end();
    if (listed == r.in) return r.action;
  }
  return std::nullopt;
}

const char* restart_policy_name(RestartPolicy p) {
  switch (p) {
    case RestartPolicy::Always: return "Always";
    case RestartPolicy::OnFailure: return "OnFailure";
    case RestartPolicy::Never: return "Never";
  }
  return "";
}

const char* pull_policy_name(PullPolicy p) {
  switch (p) {
    case PullPolicy::Always: return "Always";
    case PullPolicy::IfNotPresent: return "IfNotPresent";
    case PullPolicy::Never: return "Never";
  }
  return "";
}

const char* seccomp_type_name(SeccompType t) {
  switch (t) {
    case SeccompType::RuntimeDefault: return "RuntimeDefault";
    case SeccompType::Unconfined: return "Unconfined";
    case SeccompType::Localhost: return "Localhost";
  }
  return "";
}

std::vector<std::string> start_order(const PodPlan& pod) {
  std::vector<std::string> out = {"pause"};
  for (const auto& c : pod.containers) out.push_back(c.name);  // init and sidecars first: the plan's order
  return out;
}

std::vector<std::string> teardown_order(const PodPlan& pod) {
  std::vector<std::string> out;
  for (const auto& c : pod.containers)
    if (c.kind != ContainerKind::Sidecar) out.push_back(c.name);
  for (auto it = pod.containers.rbegin(); it != pod.containers.rend(); ++it)
    if (it->kind == ContainerKind::Sidecar) out.push_back(it->name);
  out.push_back("pause");
  return out;
}

std::string device_rule_text(const DeviceRule& r) {
  auto num = [](std::int64_t n) { return n < 0 ? std::string("*") : std::to_string(n); };
  return std::string(1, r.type) + " " + num(r.major) + ":" + num(r.minor) + " " + r.access;
}

}  // namespace podrun::plan
