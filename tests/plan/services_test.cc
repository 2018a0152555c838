// Services as pure functions: the endpoints of each port, the nftables ruleset kube-proxy's
// nftables mode would load on one node, and the names the cluster DNS answers.
#include <catch2/catch.hpp>

#include "plan/planner.h"
#include "plan/services.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

model::Service web() {
  model::Service s;
  s.metadata.name = "web";
  s.cluster_ip = "10.96.0.11";
  s.selector = {{"app", "web"}};
  model::ServicePort http;
  http.name = "http";
  http.port = 80;
  http.target_port_name = "web";
  s.ports = {http};
  return s;
}

EndpointPod pod(const std::string& name, const std::string& ip, bool ready, std::map<std::string, std::string> labels = {{"app", "web"}}) {
  EndpointPod p;
  p.ns = "default";
  p.name = name;
  p.ip = ip;
  p.ready = ready;
  p.labels = std::move(labels);
  p.ports = {{"web", "TCP", 8080}};
  return p;
}

}  // namespace

TEST_CASE("services: endpoints are the ready selected pods of the namespace with the target port (table)", "[services]") {
  struct Row {
    const char* name;
    EndpointPod pod;
    bool chosen;
  };
  EndpointPod other_ns = pod("a", "10.85.0.2", true);
  other_ns.ns = "prod";
  EndpointPod leaving = pod("a", "10.85.0.2", true);
  leaving.terminating = true;
  EndpointPod no_port = pod("a", "10.85.0.2", true);
  no_port.ports = {{"other", "TCP", 9090}};
  EndpointPod udp_port = pod("a", "10.85.0.2", true);
  udp_port.ports = {{"web", "UDP", 8080}};
  std::vector<Row> rows = {
      {"ready and selected", pod("a", "10.85.0.2", true), true},
      {"not ready", pod("a", "10.85.0.2", false), false},
      {"other labels", pod("a", "10.85.0.2", true, {{"app", "db"}}), false},
      {"another namespace", other_ns, false},
      {"being deleted", leaving, false},
      {"no address (hostNetwork)", pod("a", "", true), false},
      {"no port of that name", no_port, false},
      {"the name, but UDP", udp_port, false},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    ServicePlan sp = service_plan(web(), {row.pod});
    REQUIRE(sp.backends.size() == 1);
    CHECK(sp.backends[0].size() == (row.chosen ? 1u : 0u));
    if (row.chosen) CHECK(sp.backends[0][0].port == 8080);
  }
  model::Service not_ready = web();
  not_ready.publish_not_ready = true;
  CHECK(service_plan(not_ready, {pod("a", "10.85.0.2", false)}).backends[0].size() == 1);
  model::Service no_selector = web();
  no_selector.selector.clear();
  CHECK(service_plan(no_selector, {pod("a", "10.85.0.2", true)}).backends[0].empty());
}

TEST_CASE("services: the ruleset balances at random, keeps a client with affinity, refuses a VIP without endpoints", "[services]") {
  model::Service svc = web();
  svc.type = model::Service::Type::NodePort;
  svc.ports[0].node_port = 30080;
  ServicePlan sp = service_plan(svc, {pod("a", "10.85.0.2", true), pod("b", "10.85.0.3", true), pod("c", "10.85.0.4", true)});
  std::string rules = services_ruleset({sp}, {"podrun_svc_x", "10.96.0.0/16", "10.85.0.0/16"});
  CHECK(rules.rfind("table ip podrun_svc_x\ndelete table ip podrun_svc_x\ntable ip podrun_svc_x {\n", 0) == 0);
  CHECK_THAT(rules, Catch::Contains("ip daddr 10.96.0.11 tcp dport 80 goto svc-0-0"));
  CHECK_THAT(rules, Catch::Contains("fib daddr type local tcp dport 30080 goto svc-0-0"));
  CHECK_THAT(rules, Catch::Contains("numgen random mod 3 vmap { 0 : goto ep-0-0-0, 1 : goto ep-0-0-1, 2 : goto ep-0-0-2 }"));
  CHECK_THAT(rules, Catch::Contains("meta l4proto tcp dnat to 10.85.0.3:8080"));
  CHECK_THAT(rules, Catch::Contains("ip saddr 10.85.0.0/16 meta mark set meta mark | 0x4000"));
  CHECK_THAT(rules, Catch::Contains("meta mark & 0x4000 == 0x4000 masquerade"));
  CHECK_THAT(rules, Catch::Contains("ip daddr 10.96.0.0/16 reject"));
  CHECK(rules.find("@aff-") == std::string::npos);

  svc.client_ip_affinity = true;
  svc.affinity_timeout_seconds = 60;
  std::string sticky = services_ruleset({service_plan(svc, {pod("a", "10.85.0.2", true)})}, {"t", "10.96.0.0/16", ""});
  CHECK_THAT(sticky, Catch::Contains("set aff-0-0-0 { type ipv4_addr; flags dynamic,timeout; timeout 60s; }"));
  CHECK_THAT(sticky, Catch::Contains("ip saddr @aff-0-0-0 goto ep-0-0-0"));
  CHECK_THAT(sticky, Catch::Contains("update @aff-0-0-0 { ip saddr }"));

  std::string empty = services_ruleset({service_plan(web(), {})}, {"t", "10.96.0.0/16", ""});
  CHECK_THAT(empty, Catch::Contains("ip daddr 10.96.0.11 tcp dport 80 reject with tcp reset"));
  CHECK(empty.find("goto svc-") == std::string::npos);
  CHECK(services_ruleset_removal("t") == "table ip t\ndelete table ip t\n");
}

TEST_CASE("services: DNS names for VIPs, headless endpoints and their pods' hostnames", "[services]") {
  model::Service headless = web();
  headless.metadata.name = "db";
  headless.cluster_ip = "None";
  headless.selector = {{"app", "db"}};
  EndpointPod db0 = pod("db-0", "10.85.0.7", true, {{"app", "db"}});
  db0.hostname = "db-0";
  db0.subdomain = "db";
  EndpointPod db1 = pod("db-1", "10.85.0.8", false, {{"app", "db"}});
  db1.hostname = "db-1";
  db1.subdomain = "db";
  std::vector<EndpointPod> pods = {pod("a", "10.85.0.2", true), db0, db1};
  std::vector<ServicePlan> plans = {service_plan(web(), pods), service_plan(headless, pods)};
  CHECK(dns_hosts(plans, pods, "cluster.local") ==
        "10.85.0.7 db-0.db.default.svc.cluster.local\n"
        "10.85.0.7 db.default.svc.cluster.local\n"
        "10.85.0.8 db-1.db.default.svc.cluster.local\n"
        "10.96.0.11 web.default.svc.cluster.local\n");
  CHECK(ports_column(web()) == "80/TCP");
  model::Service np = web();
  np.type = model::Service::Type::NodePort;
  np.ports[0].node_port = 30080;
  CHECK(ports_column(np) == "80:30080/TCP");
}

TEST_CASE("services: ClusterFirst pods ask the cluster DNS once there is one", "[services]") {
  model::PodSpec spec;
  spec.dns_policy = "ClusterFirst";
  const std::string host = "nameserver 192.0.2.53\nsearch corp.example\n";
  CHECK(resolv_conf(spec, host) == host);
  CHECK(resolv_conf(spec, host, nullptr, "10.85.0.1", "shop") ==
        "nameserver 10.85.0.1\nsearch shop.svc.cluster.local svc.cluster.local cluster.local corp.example\noptions ndots:5\n");
  spec.host_network = true;
  CHECK(resolv_conf(spec, host, nullptr, "10.85.0.1", "shop") == host);  // ClusterFirst on the host's network: Default
  spec.dns_policy = "ClusterFirstWithHostNet";
  CHECK(resolv_conf(spec, host, nullptr, "10.85.0.1", "shop").rfind("nameserver 10.85.0.1\n", 0) == 0);
  spec.dns_policy = "Default";
  spec.host_network = false;
  CHECK(resolv_conf(spec, host, nullptr, "10.85.0.1", "shop") == host);
}
