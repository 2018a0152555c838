// NetworkPolicies as pure functions: the verdict the API's semantics give a connection (a
// table of policies and connections), the policies isolating a pod, and the nftables ruleset
// (its shape, its stability, and, as root with nft present, that nft takes it).
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include <catch2/catch.hpp>

#include "loader/network_policies.h"
#include "loader/yaml_reader.h"
#include "plan/network_policy.h"
#include "temp_dir.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

// A policy as a manifest's spec says it, decoded as the loader does (defaults included).
model::NetworkPolicy policy(const std::string& ns, const std::string& name, const std::string& spec) {
  std::string text =
      "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + ", namespace: " + ns + "}\nspec: " + spec + "\n";
  auto docs = loader::read_yaml_documents(text);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].errors.empty());
  return loader::decode_network_policy(docs[0].value);
}

PolicyPod pod(const std::string& ns, const std::string& name, const std::string& ip, std::map<std::string, std::string> labels,
              std::vector<PolicyPod::Port> ports = {}) {
  return PolicyPod{ns, name, ip, std::move(labels), std::move(ports)};
}

// default: web (a named port http = 8080/TCP, dns = 5353/UDP) and client; prod (env=prod):
// api; other (not in the namespace list): db. 10.85.0.1 is the gateway, 192.0.2.7 outside.
const std::vector<PolicyPod> kPods = {
    pod("default", "web", "10.85.0.2", {{"app", "web"}}, {{"http", "TCP", 8080}, {"dns", "UDP", 5353}}),
    pod("default", "client", "10.85.0.3", {{"app", "client"}}),
    pod("prod", "api", "10.85.0.4", {{"app", "client"}}, {{"http", "TCP", 9090}}),
    pod("other", "db", "10.85.0.5", {{"app", "db"}}),
};
const std::vector<PolicyNamespace> kNamespaces = {{"default", {}}, {"prod", {{"env", "prod"}}}};

const std::string kWeb = "10.85.0.2", kClient = "10.85.0.3", kApi = "10.85.0.4", kDb = "10.85.0.5", kGateway = "10.85.0.1",
                  kOutside = "192.0.2.7";

struct Connection {
  std::string src, dst, protocol;
  int port;
  bool allowed;
};

void check(const std::vector<model::NetworkPolicy>& policies, const std::vector<Connection>& table) {
  for (const auto& c : table) {
    INFO(c.src << " → " << c.dst << " " << c.protocol << "/" << c.port);
    CHECK(policy_allows(policies, kPods, kNamespaces, c.src, c.dst, c.protocol, c.port) == c.allowed);
  }
}

}  // namespace

TEST_CASE("netpol: with no policy every connection is allowed", "[netpol]") {
  check({}, {{kClient, kWeb, "TCP", 80, true},
             {kOutside, kWeb, "UDP", 53, true},
             {kWeb, kOutside, "TCP", 443, true},
             {kApi, kDb, "ICMP", 0, true}});
}

TEST_CASE("netpol: a default-deny ingress policy isolates the pods of its namespace only, for ingress only", "[netpol]") {
  auto deny = policy("default", "deny", "{podSelector: {}}");
  CHECK(deny.ingress_isolated);
  CHECK_FALSE(deny.egress_isolated);
  check({deny}, {{kClient, kWeb, "TCP", 8080, false},  // same namespace: isolated too
                 {kApi, kWeb, "TCP", 8080, false},
                 {kOutside, kWeb, "TCP", 8080, false},
                 {kWeb, kClient, "UDP", 53, false},
                 {kWeb, kApi, "TCP", 9090, true},  // prod is not isolated
                 {kWeb, kOutside, "TCP", 443, true},
                 {kWeb, kGateway, "UDP", 53, true},
                 {kApi, kDb, "TCP", 1, true}});
}

TEST_CASE("netpol: a policy of another namespace does not apply", "[netpol]") {
  auto deny = policy("prod", "deny", "{podSelector: {}, policyTypes: [Ingress, Egress]}");
  check({deny}, {{kClient, kWeb, "TCP", 80, true}, {kApi, kWeb, "TCP", 80, false}, {kClient, kApi, "TCP", 9090, false}});
}

TEST_CASE("netpol: ingress from pods by label, from namespaces by label, and both in one peer or two", "[netpol]") {
  SECTION("podSelector alone: pods of the policy's namespace") {
    auto p = policy("default", "from-client",
                    "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {matchLabels: {app: client}}}]}]}");
    check({p}, {{kClient, kWeb, "TCP", 8080, true},
                {kApi, kWeb, "TCP", 8080, false},  // app=client, but in prod
                {kDb, kWeb, "TCP", 8080, false},
                {kWeb, kClient, "TCP", 80, true}});  // client is not selected
  }
  SECTION("namespaceSelector alone: every pod of the namespaces it selects") {
    auto p = policy("default", "from-prod", "{podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {env: prod}}}]}]}");
    check({p}, {{kApi, kWeb, "TCP", 1, true}, {kClient, kWeb, "TCP", 1, false}, {kDb, kWeb, "TCP", 1, false}});
  }
  SECTION("the namespace's name label, also for a namespace that is not listed") {
    auto p = policy("default", "from-other",
                    "{podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}}]}]}");
    check({p}, {{kDb, kWeb, "TCP", 1, true}, {kApi, kWeb, "TCP", 1, false}});
    auto own = policy("default", "from-default",
                      "{podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: default}}}]}]}");
    check({own}, {{kClient, kWeb, "TCP", 1, true}, {kDb, kWeb, "TCP", 1, false}});
  }
  SECTION("both in one peer: pods matching podSelector in the namespaces selected (AND)") {
    auto p = policy("default", "and",
                    "{podSelector: {}, ingress: [{from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: client}}}]}]}");
    check({p},
          {{kApi, kWeb, "TCP", 1, true}, {kClient, kWeb, "TCP", 1, true}, {kDb, kWeb, "TCP", 1, false}, {kWeb, kClient, "TCP", 1, false}});
  }
  SECTION("two peers: either (OR)") {
    auto p = policy("default", "or",
                    "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{namespaceSelector: {matchLabels: {env: prod}}}, "
                    "{podSelector: {matchLabels: {app: client}}}]}]}");
    check({p}, {{kApi, kWeb, "TCP", 1, true}, {kClient, kWeb, "TCP", 1, true}, {kDb, kWeb, "TCP", 1, false}});
  }
  SECTION("matchExpressions") {
    auto p = policy("default", "expr",
                    "{podSelector: {matchExpressions: [{key: app, operator: In, values: [web, db]}]}, "
                    "ingress: [{from: [{namespaceSelector: {matchExpressions: [{key: env, operator: DoesNotExist}]}}]}]}");
    check({p},
          {{kDb, kWeb, "TCP", 1, true}, {kClient, kWeb, "TCP", 1, true}, {kApi, kWeb, "TCP", 1, false}, {kApi, kClient, "TCP", 1, true}});
  }
}

TEST_CASE("netpol: an ipBlock matches addresses, pods' own included, minus its excepts", "[netpol]") {
  auto p = policy("default", "block",
                  "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{ipBlock: {cidr: 10.85.0.0/16, except: [10.85.0.4/32, "
                  "10.85.0.5/32]}}, {ipBlock: {cidr: 192.0.2.0/28}}, {ipBlock: {cidr: '2001:db8::/64'}}]}]}");
  check({p}, {{kClient, kWeb, "TCP", 1, true},
              {kGateway, kWeb, "TCP", 1, true},
              {kApi, kWeb, "TCP", 1, false},
              {kDb, kWeb, "TCP", 1, false},
              {kOutside, kWeb, "TCP", 1, true},
              {"192.0.2.16", kWeb, "TCP", 1, false},
              {"2001:db8::1", kWeb, "TCP", 1, false}});  // IPv6 never matches
}

TEST_CASE("netpol: ports: numbers, named ports, ranges and protocols", "[netpol]") {
  auto p = policy(
      "default", "ports",
      "{podSelector: {matchLabels: {app: web}}, ingress: [{ports: [{port: http}, {protocol: UDP, port: dns}, {port: 30000, "
      "endPort: 30010}, {protocol: SCTP, port: 7}]}, {from: [{podSelector: {matchLabels: {app: client}}}], ports: [{protocol: UDP}]}]}");
  check({p}, {{kOutside, kWeb, "TCP", 8080, true},   // http, resolved against web's ports
              {kOutside, kWeb, "UDP", 8080, false},  // http is TCP
              {kOutside, kWeb, "TCP", 80, false},
              {kOutside, kWeb, "UDP", 5353, true},
              {kOutside, kWeb, "TCP", 5353, false},
              {kOutside, kWeb, "TCP", 30000, true},
              {kOutside, kWeb, "TCP", 30010, true},
              {kOutside, kWeb, "TCP", 30011, false},
              {kOutside, kWeb, "UDP", 30005, false},
              {kClient, kWeb, "UDP", 12345, true},  // protocol only: every UDP port, from client
              {kOutside, kWeb, "UDP", 12345, false},
              {kClient, kWeb, "ICMP", 0, false}});
  auto no_ports = policy("default", "any-port", "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {}}]}]}");
  check({no_ports}, {{kClient, kWeb, "ICMP", 0, true}, {kClient, kWeb, "SCTP", 9, true}, {kApi, kWeb, "ICMP", 0, false}});
}

TEST_CASE("netpol: egress denied but DNS, to anywhere", "[netpol]") {
  auto p = policy("default", "dns-only",
                  "{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]}]}");
  CHECK_FALSE(p.ingress_isolated);
  CHECK(p.egress_isolated);
  check({p}, {{kClient, kGateway, "UDP", 53, true},
              {kClient, "8.8.8.8", "TCP", 53, true},
              {kClient, kWeb, "TCP", 8080, false},
              {kClient, kOutside, "TCP", 443, false},
              {kWeb, kApi, "UDP", 53, true},
              {kOutside, kClient, "TCP", 80, true},  // ingress is not isolated
              {kApi, kWeb, "TCP", 8080, true}});
}

TEST_CASE("netpol: egress named ports resolve against the destination pod", "[netpol]") {
  auto p =
      policy("default", "to-http", "{podSelector: {matchLabels: {app: client}}, policyTypes: [Egress], egress: [{ports: [{port: http}]}]}");
  check({p}, {{kClient, kWeb, "TCP", 8080, true},
              {kClient, kApi, "TCP", 9090, true},  // its http is 9090
              {kClient, kApi, "TCP", 8080, false},
              {kClient, kOutside, "TCP", 8080, false}});  // not a pod: no named port
}

TEST_CASE("netpol: both directions: the destination's ingress and the source's egress must both allow", "[netpol]") {
  auto web_in = policy("default", "web-in",
                       "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {matchLabels: {app: client}}}]}]}");
  auto client_out =
      policy("default", "client-out",
             "{podSelector: {matchLabels: {app: client}}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: 10.85.0.0/24}}], "
             "ports: [{port: 8080}]}]}");
  check({web_in, client_out}, {{kClient, kWeb, "TCP", 8080, true},
                               {kClient, kWeb, "TCP", 9090, false},  // egress refuses
                               {kClient, kApi, "TCP", 8080, true},
                               {kApi, kWeb, "TCP", 8080, false},  // ingress refuses
                               {kClient, kOutside, "TCP", 8080, false}});
  // Rules add up across policies.
  auto web_in_too =
      policy("default", "web-in-prod", "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{namespaceSelector: {}}]}]}");
  check({web_in, web_in_too}, {{kApi, kWeb, "TCP", 8080, true}, {kOutside, kWeb, "TCP", 8080, false}});
}

TEST_CASE("netpol: policyTypes defaults: Ingress always, Egress with egress rules, and an unlisted direction's rules are ignored",
          "[netpol]") {
  auto egress_rules = policy("default", "e", "{podSelector: {matchLabels: {app: client}}, egress: [{to: [{podSelector: {}}]}]}");
  CHECK(egress_rules.ingress_isolated);
  CHECK(egress_rules.egress_isolated);
  check({egress_rules}, {{kClient, kWeb, "TCP", 1, true}, {kClient, kOutside, "TCP", 1, false}, {kWeb, kClient, "TCP", 1, false}});
  auto empty_egress = policy("default", "e0", "{podSelector: {}, egress: []}");
  CHECK_FALSE(empty_egress.egress_isolated);
  auto only_egress = policy("default", "oe", "{podSelector: {}, policyTypes: [Egress], ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0}}]}]}");
  CHECK_FALSE(only_egress.ingress_isolated);
  check({only_egress}, {{kClient, kWeb, "TCP", 1, false}, {kOutside, kWeb, "TCP", 1, true}});
  auto both = policy("default", "b", "{podSelector: {}, policyTypes: [Ingress, Egress]}");
  check({both}, {{kClient, kWeb, "TCP", 1, false}, {kWeb, kOutside, "TCP", 1, false}, {kApi, kDb, "TCP", 1, true}});
}

TEST_CASE("netpol: policies_selecting names the policies isolating a pod per direction", "[netpol]") {
  std::vector<model::NetworkPolicy> ps = {
      policy("default", "zeta", "{podSelector: {}}"),
      policy("default", "alpha", "{podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress, Egress]}"),
      policy("default", "out", "{podSelector: {matchLabels: {app: client}}, policyTypes: [Egress]}"),
      policy("prod", "elsewhere", "{podSelector: {}}"),
  };
  CHECK(policies_selecting(ps, kPods[0], false) == std::vector<std::string>{"alpha", "zeta"});
  CHECK(policies_selecting(ps, kPods[0], true) == std::vector<std::string>{"alpha"});
  CHECK(policies_selecting(ps, kPods[1], true) == std::vector<std::string>{"out"});
  CHECK(policies_selecting(ps, kPods[3], false).empty());
}

TEST_CASE("netpol: with no policy, or none isolating a pod, the ruleset only removes the tables", "[netpol]") {
  PolicyRulesetOptions o{"podrun_netpol", "10.85.0.0/16"};
  std::string removal = network_policy_ruleset_removal("podrun_netpol");
  CHECK(removal ==
        "table inet podrun_netpol\ndelete table inet podrun_netpol\ntable bridge podrun_netpol\ndelete table bridge podrun_netpol\n");
  CHECK(network_policy_ruleset({}, kPods, kNamespaces, o) == removal);
  CHECK(network_policy_ruleset({policy("nowhere", "deny", "{podSelector: {}}")}, kPods, kNamespaces, o) == removal);
}

TEST_CASE("netpol: the ruleset jumps for isolated pods only, ingress before egress, in both tables", "[netpol]") {
  PolicyRulesetOptions o{"podrun_netpol", "10.85.0.0/16"};
  std::vector<model::NetworkPolicy> ps = {
      policy("default", "web-in",
             "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: "
             "http}]}]}"),
      policy("default", "client-dns",
             "{podSelector: {matchLabels: {app: client}}, policyTypes: [Egress], egress: [{ports: [{protocol: UDP, port: 53}]}]}"),
  };
  std::string r = network_policy_ruleset(ps, kPods, kNamespaces, o);
  // Pods in (ns, name) order: default/client 0, default/web 1, other/db 2, prod/api 3.
  CHECK(r.find("ip daddr 10.85.0.2 jump in_1 comment \"default/web\"") != std::string::npos);
  CHECK(r.find("ip saddr 10.85.0.3 jump eg_0 comment \"default/client\"") != std::string::npos);
  CHECK(r.find("jump in_0") == std::string::npos);
  CHECK(r.find("jump eg_1") == std::string::npos);
  CHECK(r.find("10.85.0.4 jump") == std::string::npos);
  CHECK(r.find("10.85.0.5 jump") == std::string::npos);
  CHECK(r.find("  chain in_1 {\n    ip saddr 10.85.0.3 tcp dport 8080 return comment \"default/web-in\"\n    drop\n  }\n") !=
        std::string::npos);
  CHECK(r.find("  chain eg_0 {\n    udp dport 53 return comment \"default/client-dns\"\n    drop\n  }\n") != std::string::npos);
  CHECK(r.find("ct state established,related accept") != std::string::npos);
  CHECK(r.find("ip saddr != 10.85.0.0/16 ip daddr != 10.85.0.0/16 accept") != std::string::npos);
  CHECK(r.rfind("jump in_1") < r.rfind("jump eg_0"));
  CHECK(r.find("table inet podrun_netpol {") != std::string::npos);
  CHECK(r.find("table bridge podrun_netpol {") != std::string::npos);
  CHECK(r.find("hook input") != std::string::npos);  // the egress side of pod → host
  CHECK(r.find("hook output") == std::string::npos);
  CHECK(r.find("delete table bridge podrun_netpol\n") < r.find("table inet podrun_netpol {"));
  // IPv6 between pods is left alone without a bridge name, and dropped on the bridge with one,
  // before anything else (pods' link-local addresses would go around the rules).
  CHECK(r.find("ipv6") == std::string::npos);
  o.bridge = "podrun0";
  r = network_policy_ruleset(ps, kPods, kNamespaces, o);
  CHECK(r.find("policy accept;\n    iifname \"podrun0\" meta nfproto ipv6 drop\n    ct state established,related accept\n") !=
        std::string::npos);
  CHECK(r.find("policy accept;\n    meta ibrname \"podrun0\" ether type ip6 drop\n    ct state established,related accept\n") !=
        std::string::npos);
}

TEST_CASE("netpol: the ruleset is the same whatever the order of its input", "[netpol]") {
  PolicyRulesetOptions o{"t", "10.85.0.0/16"};
  std::vector<model::NetworkPolicy> ps = {
      policy("default", "a",
             "{podSelector: {}, ingress: [{from: [{podSelector: {}}, {ipBlock: {cidr: 10.85.0.0/16, except: [10.85.0.4/30]}}]}]}"),
      policy("default", "b",
             "{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: http}]}, {to: [{namespaceSelector: {}}]}]}"),
      policy("prod", "c", "{podSelector: {}, ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 80, endPort: 90}]}]}"),
  };
  std::string r = network_policy_ruleset(ps, kPods, kNamespaces, o);
  std::vector<model::NetworkPolicy> ps2(ps.rbegin(), ps.rend());
  std::vector<PolicyPod> pods2(kPods.rbegin(), kPods.rend());
  std::vector<PolicyNamespace> ns2(kNamespaces.rbegin(), kNamespaces.rend());
  CHECK(network_policy_ruleset(ps2, pods2, ns2, o) == r);
  // 10.85.0.0/16 minus 10.85.0.4/30, with the default pods (inside it) merged in: prefixes, no overlap.
  CHECK(r.find("ip saddr { 10.85.0.0/30, 10.85.0.8/29, 10.85.0.16/28, 10.85.0.32/27, 10.85.0.64/26, 10.85.0.128/25, 10.85.1.0/24, "
               "10.85.2.0/23, 10.85.4.0/22, 10.85.8.0/21, 10.85.16.0/20, 10.85.32.0/19, 10.85.64.0/18, 10.85.128.0/17 } return "
               "comment \"default/a\"") != std::string::npos);
  CHECK(r.find("ip daddr { 10.85.0.2/31, 10.85.0.4/31 } return comment \"default/b\"") != std::string::npos);
  // Egress to named port http: each destination pod's own number.
  CHECK(r.find("ip daddr 10.85.0.2 tcp dport 8080 return comment \"default/b\"") != std::string::npos);
  CHECK(r.find("ip daddr 10.85.0.4 tcp dport 9090 return comment \"default/b\"") != std::string::npos);
  CHECK(r.find("tcp dport 80-90 return comment \"prod/c\"") != std::string::npos);
}

namespace {

// nft's exit status and messages for `text` in check mode (nothing changes).
std::pair<int, std::string> nft_check(const podrun::testing::TempDir& dir, const std::string& name, const std::string& text) {
  std::string cmd = "/usr/sbin/nft -c -f " + dir.write(name, text) + " 2>&1";
  FILE* f = ::popen(cmd.c_str(), "r");
  REQUIRE(f != nullptr);
  std::string output;
  char buf[512];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, f)) output.append(buf, n);
  return {::pclose(f), output};
}

}  // namespace

TEST_CASE("netpol: nft takes the ruleset (check mode, as root)", "[netpol][nft]") {
  if (::geteuid() != 0 || ::access("/usr/sbin/nft", X_OK) != 0) return;
  std::vector<model::NetworkPolicy> ps = {
      policy("default", "a",
             "{podSelector: {}, ingress: [{from: [{podSelector: {}}, {ipBlock: {cidr: 10.85.0.0/16, except: [10.85.0.4/30]}}]}]}"),
      policy("default", "b",
             "{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: http}, {protocol: UDP}]}, {to: [{namespaceSelector: {}}], "
             "ports: [{port: 80, endPort: 90}]}, {to: [{ipBlock: {cidr: 0.0.0.0/0}}]}]}"),
      policy("prod", "c", "{podSelector: {}}"),
  };
  podrun::testing::TempDir dir("podrun-netpol");
  // A kernel without bridge conntrack (CONFIG_NF_CONNTRACK_BRIDGE unset) refuses the bridge
  // table whatever its rules: then the rest is checked without it.
  bool bridge_ct = nft_check(dir, "probe.nft",
                             "table bridge podrun_netpol_probe {\n  chain forward {\n    type filter hook forward priority "
                             "filter; policy accept;\n    ct state established,related accept\n  }\n}\n")
                       .first == 0;
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"full.nft", network_policy_ruleset(ps, kPods, kNamespaces, {"podrun_netpol_test", "10.85.0.0/16", bridge_ct, "podrun0"})},
           {"no-subnet.nft", network_policy_ruleset(ps, kPods, kNamespaces, {"podrun_netpol_test", "", bridge_ct})},
           {"removal.nft", network_policy_ruleset_removal("podrun_netpol_test")}}) {
    auto [rc, output] = nft_check(dir, name, text);
    INFO(name << (bridge_ct ? "" : " (no bridge conntrack here: without the bridge table)") << ":\n" << text << "\nnft: " << output);
    CHECK(rc == 0);
  }
}
