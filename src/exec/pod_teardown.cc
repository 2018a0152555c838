#include "exec/pod_teardown.h"

#include <functional>

#include "cgroup/cgroup.h"
#include "exec/pod_setup.h"
#include "exec/userns.h"
#include "net/host_ports.h"
#include "net/pod_network.h"

namespace podrun::exec {

std::vector<std::string> release_pod_resources(const RunConfig& run, const std::string& pod_dir, ReleaseOptions options) {
  std::vector<std::string> left;
  auto step = [&](const std::string& what, const std::function<void()>& fn) {
    try {
      fn();
    } catch (const std::exception& e) {
      left.push_back(what + ": " + e.what());
    }
  };
  const plan::PodPlan& p = run.plan;
  // 1. hostPort rules: only a pod that asked for host ports has them.
  bool host_ports = false;
  for (const auto& c : p.containers)
    for (const auto& port : c.ports) host_ports = host_ports || port.host_port != 0;
  if (host_ports) step("hostPort rules", [&] { net::remove_host_ports(net::host_port_table(p.uid)); });
  // 2. The address (a hostNetwork pod has none: releasing nothing is fine).
  step("pod address", [&] {
    net::NetworkConfig nc{run.bridge, run.subnet, net::address_dir()};
    net::release_address(nc, net::address_owner(pod_dir, p.uid));
  });
  // 3. Cgroups: a process that escaped the supervisor (an orphan of a hostPID container, the
  //    children of a killed supervisor) is killed through them first.
  step("cgroups", [&] {
    auto cg = cgroup::make_driver(run.cgroup_version, run.cgroup_root);
    cg->kill_all(p.cgroup.path, 5000);
    cg->remove(p.cgroup.path, 5000);
  });
  // 4. Host IDs, once nothing of the pod runs.
  if (p.pause.uid_map) step("user ID block", [&] { release_id_block(id_block_dir(), p.uid); });
  // 5. The directory and its mounts; 6. the storage.
  step("pod directory", [&] { remove_pod_files(pod_dir); });
  if (options.storage) step("pod storage", [&] { remove_pod_storage(run.storage_dir); });
  return left;
}

}  // namespace podrun::exec
