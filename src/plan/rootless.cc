#include "plan/rootless.h"

namespace podrun::plan {

std::vector<RootlessRefusal> rootless_refusals(const model::Pod& pod, const RootlessFacts& facts) {
  std::vector<RootlessRefusal> out;
  const std::string user = "uid " + std::to_string(facts.uid);
  const std::string ports_hint =
      " (net.ipv4.ip_unprivileged_port_start is " + std::to_string(facts.unprivileged_port_start) + "; a port from there up works)";
  auto containers = [&](const std::vector<model::Container>& list, const char* field) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const model::Container& c = list[i];
      const std::string at = std::string("spec.") + field + "[" + std::to_string(i) + "]";
      if (c.security_context.privileged)
        out.push_back(
            {at + ".securityContext.privileged", "a privileged container has the host's devices and every capability on the host; " + user +
                                                     " has neither (rootless podman refuses it too)"});
      for (std::size_t j = 0; j < c.ports.size(); ++j) {
        const model::ContainerPort& p = c.ports[j];
        const std::string port_at = at + ".ports[" + std::to_string(j) + "]";
        // On the host's network the container binds its port there itself; a hostPort is
        // bound on the host by podrun's relay: either way, as the user.
        if (pod.spec.host_network && p.container_port > 0 && p.container_port < facts.unprivileged_port_start)
          out.push_back({port_at + ".containerPort", "port " + std::to_string(p.container_port) +
                                                         " on the host's network (hostNetwork: true) is a privileged port" + ports_hint});
        else if (p.host_port > 0 && p.host_port < facts.unprivileged_port_start)
          out.push_back(
              {port_at + ".hostPort", "hostPort " + std::to_string(p.host_port) + " is a privileged port of the host" + ports_hint});
      }
    }
  };
  containers(pod.spec.init_containers, "initContainers");
  containers(pod.spec.containers, "containers");
  for (std::size_t i = 0; i < pod.spec.volumes.size(); ++i) {
    const model::Volume& v = pod.spec.volumes[i];
    if (v.type != model::Volume::Type::HostPath) continue;
    const std::string at = "spec.volumes[" + std::to_string(i) + "].hostPath";
    if (v.host_path_type == "CharDevice" || v.host_path_type == "BlockDevice")
      out.push_back({at + ".type", "a device (" + v.host_path_type + ") of the host: an ordinary user cannot give a container one"});
    else if (v.host_path_type != "DirectoryOrCreate" && v.host_path_type != "FileOrCreate" && !facts.readable(v.host_path))
      out.push_back({at + ".path", v.host_path + " is not readable by " + user + ", who runs the pod"});
  }
  return out;
}

}  // namespace podrun::plan
