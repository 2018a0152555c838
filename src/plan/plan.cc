// The names of the plan's enumerations, as `podrun plan`, the state and the docs spell them.
#include "plan/plan.h"

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

std::string device_rule_text(const DeviceRule& r) {
  auto num = [](std::int64_t n) { return n < 0 ? std::string("*") : std::to_string(n); };
  return std::string(1, r.type) + " " + num(r.major) + ":" + num(r.minor) + " " + r.access;
}

}  // namespace podrun::plan
