// Sysctl names as Kubernetes reads them, shared by the loader's API rules (loader/semantic.cc)
// and the planner's kubelet rules (plan/planner.cc).
#pragma once

#include <string>

namespace podrun::model {

// The dotted form of a sysctl name. Kubernetes spells one with dots or, when its first
// separator is a slash, with slashes (a dot then belongs to a component, as in an interface
// name): net/ipv4/conf/eth0.100/forwarding is net.ipv4.conf.eth0/100.forwarding.
std::string dotted_sysctl(const std::string& name);

// The namespace a (dotted) sysctl belongs to, as Kubernetes classifies them
// (component-helpers' sysctl namespace table): "ipc" for kernel.sem, kernel.shm*, kernel.msg*,
// fs.mqueue.*; "net" for net.*; "" when it is not namespaced and would change the machine.
std::string sysctl_namespace(const std::string& dotted);

}  // namespace podrun::model
