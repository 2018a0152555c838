// NetworkPolicies as the loader reads them: the API server's rules beyond the schema (a spec
// and its first error, with the position the error names), the warnings it returns, podrun's
// support policy, and the typed model with the API's defaults. The checks run as the loader
// runs them, on a document read by the YAML reader.
#include <catch2/catch.hpp>

#include "loader/checker.h"
#include "loader/network_policies.h"
#include "loader/yaml_reader.h"

using namespace podrun;
using namespace podrun::loader;

namespace {

std::string manifest(const std::string& spec, const std::string& name = "web") {
  return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + ", namespace: shop}\nspec:\n" + spec + "\n";
}

std::vector<Diagnostic> diagnostics(const std::string& text, bool podrun_rules = true) {
  auto docs = read_yaml_documents(text);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].errors.empty());
  CheckOptions options;
  options.podrun_rules = podrun_rules;
  std::vector<Diagnostic> out;
  Checker(docs[0].positions, options, out).network_policy(docs[0].value);
  return out;
}

// The first diagnostic of `severity` as "line:col path: message", or "".
std::string first(const std::string& text, Severity severity = Severity::Error, bool podrun_rules = true) {
  for (const auto& d : diagnostics(text, podrun_rules))
    if (d.severity == severity) return std::to_string(d.mark.line) + ":" + std::to_string(d.mark.column) + " " + d.path + ": " + d.message;
  return "";
}

model::NetworkPolicy decoded(const std::string& text) {
  auto docs = read_yaml_documents(text);
  REQUIRE(docs.size() == 1);
  return decode_network_policy(docs[0].value);
}

const char* kValid = R"(  podSelector: {matchLabels: {app: web}, matchExpressions: [{key: tier, operator: NotIn, values: [db]}]}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - podSelector: {matchLabels: {role: client}}
      namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.2.3.4/32]}
    ports:
    - {port: http}
    - {protocol: UDP, port: 5353}
    - {port: 30000, endPort: 30100}
  egress:
  - to: [{namespaceSelector: {}}]
  - ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}])";

}  // namespace

TEST_CASE("netpol: a valid NetworkPolicy has no diagnostic", "[netpol][loader]") {
  CHECK(diagnostics(manifest(kValid)).empty());
  CHECK(diagnostics(manifest("  podSelector: {}")).empty());
  CHECK(diagnostics(manifest("  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{}]")).empty());
}

TEST_CASE("netpol: the API server's rules, each with its first error (table)", "[netpol][loader]") {
  struct Row {
    const char* spec;
    const char* error;
  };
  std::vector<Row> rows = {
      {"  podSelector: {matchLabels: {-app: web}}",
       "5:31 spec.podSelector.matchLabels.-app: invalid label key \"-app\": the name part must begin and end with an alphanumeric "
       "character"},
      {"  podSelector: {matchLabels: {app: -web}}",
       "5:36 spec.podSelector.matchLabels.app: invalid label value \"-web\": a value must begin and end"},
      {"  podSelector: {matchExpressions: [{key: app, operator: Has}]}",
       "5:57 spec.podSelector.matchExpressions[0].operator: invalid value \"Has\": not a valid selector operator"},
      {"  podSelector: {matchExpressions: [{key: app, operator: In}]}",
       "5:36 spec.podSelector.matchExpressions[0].values: required value: must be specified when `operator` is 'In' or 'NotIn'"},
      {"  podSelector: {matchExpressions: [{key: app, operator: Exists, values: [a]}]}",
       "5:73 spec.podSelector.matchExpressions[0].values: forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"},
      {"  podSelector: {}\n  ingress: [{from: [{}]}]", "6:21 spec.ingress[0].from[0]: required value: must specify a peer"},
      {"  podSelector: {}\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]",
       "6:18 spec.egress[0].to[0]: forbidden: may not specify both ipBlock and another peer"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/33}}]}]",
       "6:38 spec.ingress[0].from[0].ipBlock.cidr: invalid value \"10.0.0.0/33\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or "
       "2001:db8::/64)"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 300.0.0.0/8}}]}]",
       "6:38 spec.ingress[0].from[0].ipBlock.cidr: invalid value \"300.0.0.0/8\": must be a valid CIDR value"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.1}}]}]",
       "6:38 spec.ingress[0].from[0].ipBlock.cidr: invalid value \"10.0.0.1\": must be a valid CIDR value"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: ''}}]}]", "6:38 spec.ingress[0].from[0].ipBlock.cidr: required value"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}]}]",
       "6:59 spec.ingress[0].from[0].ipBlock.except[0]: invalid value \"11.0.0.0/16\": must be a strict subset of `cidr`"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}]}]",
       "6:59 spec.ingress[0].from[0].ipBlock.except[0]: invalid value \"10.0.0.0/8\": must be a strict subset of `cidr`"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: ['2001:db8::/64']}}]}]",
       "6:59 spec.ingress[0].from[0].ipBlock.except[0]: invalid value \"2001:db8::/64\": must be a strict subset of `cidr`"},
      {"  podSelector: {}\n  ingress: [{ports: [{protocol: ICMP}]}]",
       "6:33 spec.ingress[0].ports[0].protocol: unsupported value \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\""},
      {"  podSelector: {}\n  ingress: [{ports: [{port: 0}]}]",
       "6:29 spec.ingress[0].ports[0].port: invalid value 0: must be between 1 and 65535, inclusive"},
      {"  podSelector: {}\n  egress: [{ports: [{port: 65536}]}]",
       "6:28 spec.egress[0].ports[0].port: invalid value 65536: must be between 1 and 65535, inclusive"},
      {"  podSelector: {}\n  ingress: [{ports: [{port: 90, endPort: 80}]}]",
       "6:42 spec.ingress[0].ports[0].endPort: invalid value 80: must be greater than or equal to `port`"},
      {"  podSelector: {}\n  ingress: [{ports: [{port: 90, endPort: 70000}]}]",
       "6:42 spec.ingress[0].ports[0].endPort: invalid value 70000: must be between 1 and 65535, inclusive"},
      {"  podSelector: {}\n  ingress: [{ports: [{port: http, endPort: 80}]}]",
       "6:44 spec.ingress[0].ports[0].endPort: invalid value 80: may not be specified when `port` is non-numeric"},
      {"  podSelector: {}\n  ingress: [{ports: [{endPort: 80}]}]",
       "6:32 spec.ingress[0].ports[0].endPort: invalid value 80: may not be specified when `port` is not specified"},
      {"  podSelector: {}\n  ingress: [{ports: [{port: HTTP}]}]",
       "6:29 spec.ingress[0].ports[0].port: invalid value \"HTTP\": must contain only lowercase alphanumeric characters or '-' (an IANA "
       "service name)"},
      {"  podSelector: {}\n  ingress: [{ports: [{port: web--http}]}]",
       "6:29 spec.ingress[0].ports[0].port: invalid value \"web--http\": must not contain consecutive hyphens"},
      {"  podSelector: {}\n  policyTypes: [Ingress, Both]",
       "6:26 spec.policyTypes[1]: unsupported value \"Both\": supported values: \"Ingress\", \"Egress\""},
      {"  podSelector: {}\n  policyTypes: [Ingress, Egress, Ingress]",
       "6:16 spec.policyTypes: invalid value: may not specify more than two policyTypes"},
  };
  for (const auto& row : rows) {
    INFO(row.spec);
    std::string got = first(manifest(row.spec));
    CHECK(got.substr(0, std::string(row.error).size()) == row.error);
  }
  // A name is a DNS subdomain.
  CHECK(first(manifest("  podSelector: {}", "Web_1")).find("metadata.name: invalid value \"Web_1\"") != std::string::npos);
}

TEST_CASE("netpol: podrun's support policy: SCTP refused, only with podrun's rules", "[netpol][loader]") {
  std::string sctp = manifest("  podSelector: {}\n  ingress: [{ports: [{protocol: SCTP, port: 7}]}]");
  auto ds = diagnostics(sctp);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].category == Category::Unsupported);
  CHECK(ds[0].path == "spec.ingress[0].ports[0].protocol");
  CHECK(ds[0].message == "podrun's network policies filter TCP and UDP, not SCTP");
  CHECK(diagnostics(sctp, false).empty());  // valid Kubernetes
}

TEST_CASE("netpol: warnings: loose CIDRs (as the API server's), IPv6 blocks, ignored rules, repeated types", "[netpol][loader]") {
  struct Row {
    const char* spec;
    const char* warning;
  };
  std::vector<Row> rows = {
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.1/8}}]}]",
       "6:38 spec.ingress[0].from[0].ipBlock.cidr: CIDR value \"10.0.0.1/8\" is ambiguous in this context (should be \"10.0.0.0/8\" or "
       "\"10.0.0.1/32\"?)"},
      {"  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 010.0.0.0/8}}]}]",
       "6:38 spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value \"010.0.0.0/8\" will be considered invalid in a future "
       "Kubernetes release: use \"10.0.0.0/8\""},
      {"  podSelector: {}\n  egress: [{to: [{ipBlock: {cidr: '2001:db8::/64'}}]}]",
       "6:35 spec.egress[0].to[0].ipBlock.cidr: an IPv6 block never matches on podrun: its pods and their peers have IPv4 addresses"},
      {"  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]",
       "7:3 spec.ingress: ignored: policyTypes does not list \"Ingress\", so these rules apply to nothing"},
      {"  podSelector: {}\n  policyTypes: [Egress, Egress]", "6:25 spec.policyTypes[1]: duplicate value \"Egress\""},
  };
  for (const auto& row : rows) {
    INFO(row.spec);
    CHECK(first(manifest(row.spec)).empty());  // warnings only: the API server takes them
    CHECK(first(manifest(row.spec), Severity::Warning) == row.warning);
  }
}

TEST_CASE("netpol: decode: the model, with the API's defaults", "[netpol][loader]") {
  auto np = decoded(manifest(kValid));
  CHECK(np.metadata.name == "web");
  CHECK(np.metadata.ns == "shop");
  CHECK(np.pod_selector.str() == "app=web,tier notin (db)");
  CHECK(np.ingress_isolated);
  CHECK(np.egress_isolated);
  REQUIRE(np.ingress.size() == 1);
  const auto& in = np.ingress[0];
  REQUIRE(in.peers.size() == 2);
  REQUIRE(in.peers[0].pod_selector);
  REQUIRE(in.peers[0].namespace_selector);
  CHECK(in.peers[0].pod_selector->str() == "role=client");
  CHECK(in.peers[0].cidr.empty());
  CHECK_FALSE(in.peers[1].pod_selector);
  CHECK(in.peers[1].cidr == "10.0.0.0/8");
  CHECK(in.peers[1].except == std::vector<std::string>{"10.1.0.0/16", "10.2.3.4/32"});
  REQUIRE(in.ports.size() == 3);
  CHECK(in.ports[0].protocol == "TCP");
  CHECK(in.ports[0].port_name == "http");
  CHECK(in.ports[0].port == 0);
  CHECK(in.ports[1].protocol == "UDP");
  CHECK(in.ports[1].port == 5353);
  CHECK(in.ports[2].port == 30000);
  CHECK(in.ports[2].end_port == 30100);
  REQUIRE(np.egress.size() == 2);
  REQUIRE(np.egress[0].peers.size() == 1);
  REQUIRE(np.egress[0].peers[0].namespace_selector);
  CHECK(np.egress[0].peers[0].namespace_selector->requirements.empty());  // {}: every namespace
  CHECK(np.egress[0].ports.empty());
  CHECK(np.egress[1].peers.empty());
  CHECK(np.egress[1].ports.size() == 2);

  // policyTypes: Ingress always, Egress with egress rules, unless listed.
  auto plain = decoded(manifest("  podSelector: {}"));
  CHECK(plain.ingress_isolated);
  CHECK_FALSE(plain.egress_isolated);
  CHECK(plain.pod_selector.requirements.empty());
  auto with_egress = decoded(manifest("  podSelector: {}\n  egress: [{}]"));
  CHECK(with_egress.ingress_isolated);
  CHECK(with_egress.egress_isolated);
  auto egress_only = decoded(manifest("  podSelector: {}\n  policyTypes: [Egress]"));
  CHECK_FALSE(egress_only.ingress_isolated);
  CHECK(egress_only.egress_isolated);
  // A loose IPv4 block in its canonical form; IPv6 as written.
  auto loose =
      decoded(manifest("  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.1/8, except: [010.1.0.0/16]}}, "
                       "{ipBlock: {cidr: '2001:db8::/64'}}]}]"));
  CHECK(loose.ingress[0].peers[0].cidr == "10.0.0.0/8");
  CHECK(loose.ingress[0].peers[0].except == std::vector<std::string>{"10.1.0.0/16"});
  CHECK(loose.ingress[0].peers[1].cidr == "2001:db8::/64");
  // No namespace: default.
  auto docs = read_yaml_documents("kind: NetworkPolicy\nmetadata: {name: x}\nspec: {podSelector: {}}\n");
  CHECK(decode_network_policy(docs[0].value).metadata.ns == "default");
}
