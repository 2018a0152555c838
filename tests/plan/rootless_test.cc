// Rootless refusals (plan/rootless.h): each row a pod an ordinary user asks for, and the fields
// refused with why, or none; the host's facts are given (no files, no user needed).
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "plan/rootless.h"

using podrun::model::Container;
using podrun::model::ContainerPort;
using podrun::model::Pod;
using podrun::model::Volume;
using podrun::plan::rootless_refusals;
using podrun::plan::RootlessFacts;

namespace {

Pod pod_with(const std::function<void(Pod&)>& edit) {
  Pod p;
  p.metadata.name = "p";
  Container c;
  c.name = "app";
  c.image = "busybox";
  p.spec.containers.push_back(c);
  edit(p);
  return p;
}

ContainerPort port(int container_port, int host_port) {
  ContainerPort p;
  p.container_port = container_port;
  p.host_port = host_port;
  return p;
}

Volume host_path(const std::string& path, const std::string& type) {
  Volume v;
  v.type = Volume::Type::HostPath;
  v.name = "h";
  v.host_path = path;
  v.host_path_type = type;
  return v;
}

}  // namespace

TEST_CASE("rootless: what an ordinary user may not ask of the host (table)", "[plan][rootless]") {
  RootlessFacts facts;
  facts.uid = 1000;
  facts.unprivileged_port_start = 1024;
  facts.readable = [](const std::string& path) { return path.rfind("/root", 0) != 0; };
  struct Row {
    const char* name;
    std::function<void(Pod&)> edit;
    std::vector<std::string> refused;  // the fields, in order
  } rows[] = {
      {"a plain pod", [](Pod&) {}, {}},
      {"a privileged container",
       [](Pod& p) { p.spec.containers[0].security_context.privileged = true; },
       {"spec.containers[0].securityContext.privileged"}},
      {"a privileged init container",
       [](Pod& p) {
         Container c;
         c.name = "init";
         c.security_context.privileged = true;
         p.spec.init_containers.push_back(c);
       },
       {"spec.initContainers[0].securityContext.privileged"}},
      {"a container port on the pod's own network: any", [](Pod& p) { p.spec.containers[0].ports = {port(80, 0)}; }, {}},
      {"port 80 on the host's network",
       [](Pod& p) {
         p.spec.host_network = true;
         p.spec.containers[0].ports = {port(80, 0), port(8080, 0)};
       },
       {"spec.containers[0].ports[0].containerPort"}},
      {"hostPort 443, hostPort 8443",
       [](Pod& p) {
         p.spec.containers[0].ports = {port(443, 443), port(8443, 8443)};
       },
       {"spec.containers[0].ports[0].hostPort"}},
      {"a hostPath the user can read", [](Pod& p) { p.spec.volumes = {host_path("/srv/data", "Directory")}; }, {}},
      {"a hostPath the user cannot read",
       [](Pod& p) { p.spec.volumes = {host_path("/root/secrets", "")}; },
       {"spec.volumes[0].hostPath.path"}},
      {"a hostPath to be created is not read first", [](Pod& p) { p.spec.volumes = {host_path("/root/new", "DirectoryOrCreate")}; }, {}},
      {"a device",
       [](Pod& p) {
         p.spec.volumes = {host_path("/dev/fuse", "CharDevice"), host_path("/dev/sda", "BlockDevice")};
       },
       {"spec.volumes[0].hostPath.type", "spec.volumes[1].hostPath.type"}},
      {"everything at once, in the manifest's order",
       [](Pod& p) {
         p.spec.containers[0].security_context.privileged = true;
         p.spec.containers[0].ports = {port(80, 80)};
         p.spec.volumes = {host_path("/root", "")};
       },
       {"spec.containers[0].securityContext.privileged", "spec.containers[0].ports[0].hostPort", "spec.volumes[0].hostPath.path"}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    std::vector<std::string> got;
    for (const auto& refusal : rootless_refusals(pod_with(r.edit), facts)) {
      got.push_back(refusal.path);
      CHECK_FALSE(refusal.message.empty());
    }
    CHECK(got == r.refused);
  }
}

TEST_CASE("rootless: the messages say why and what would work", "[plan][rootless]") {
  RootlessFacts facts;
  facts.uid = 1000;
  facts.unprivileged_port_start = 1024;
  auto refusals = rootless_refusals(pod_with([](Pod& p) { p.spec.containers[0].ports = {port(80, 80)}; }), facts);
  REQUIRE(refusals.size() == 1);
  CHECK(refusals[0].message ==
        "hostPort 80 is a privileged port of the host (net.ipv4.ip_unprivileged_port_start is 1024; a port from there up works)");
  facts.unprivileged_port_start = 0;  // a host that gives every port away
  CHECK(rootless_refusals(pod_with([](Pod& p) { p.spec.containers[0].ports = {port(80, 80)}; }), facts).empty());
}
