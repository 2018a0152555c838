// NetworkPolicies: what the API server checks beyond the schema (ValidateNetworkPolicy in
// k8s.io/kubernetes/pkg/apis/networking/validation) with the warnings it returns on create
// (GetWarningsForCIDR), podrun's support policy (TCP and UDP; IPv6 blocks accepted but inert),
// and the typed model.
#include "loader/network_policies.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <optional>

#include "loader/checker.h"
#include "loader/workloads.h"
#include "model/selector.h"

namespace podrun::loader {

namespace {

// An address block as the API server reads the legacy CIDR fields in 1.35, where
// StrictIPCIDRValidation is still alpha (off): netutils.ParseCIDRSloppy, which takes IPv4
// octets and prefix lengths with leading zeros (as decimal) and an address with bits set past
// the prefix ("10.0.0.1/8", read as 10.0.0.0/8).
struct Cidr {
  bool v4 = false;
  std::array<unsigned char, 16> addr{};  // IPv4: the first 4 bytes
  int prefix = 0;
  bool leading_zeros = false;  // what strict validation will refuse
  bool host_bits = false;      // bits set beyond the prefix
  std::string canonical;       // IPv4 only: "10.0.0.0/8"
  std::string address;         // IPv4 only: "10.0.0.1", as written but without leading zeros
};

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Cidr> parse_cidr(const std::string& text) {
  std::size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::string ip = text.substr(0, slash), len = text.substr(slash + 1);
  Cidr c;
  if (ip.find(':') == std::string::npos) {
    c.v4 = true;
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
      std::size_t dot = ip.find('.', start);
      if ((i < 3) != (dot != std::string::npos)) return std::nullopt;
      std::string octet = ip.substr(start, i < 3 ? dot - start : std::string::npos);
      if (!all_digits(octet) || octet.size() > 6 || std::stoi(octet) > 255) return std::nullopt;
      c.leading_zeros |= octet.size() > 1 && octet[0] == '0';
      c.addr[i] = static_cast<unsigned char>(std::stoi(octet));
      start = dot + 1;
    }
  } else if (::inet_pton(AF_INET6, ip.c_str(), c.addr.data()) != 1) {
    return std::nullopt;
  }
  const int bits = c.v4 ? 32 : 128;
  if (!all_digits(len) || len.size() > 6 || std::stoi(len) > bits) return std::nullopt;
  c.leading_zeros |= len.size() > 1 && len[0] == '0';
  c.prefix = std::stoi(len);
  for (int b = c.prefix; b < bits; ++b)
    if (c.addr[b / 8] & (0x80 >> (b % 8))) c.host_bits = true;
  if (c.v4) {
    c.address =
        std::to_string(c.addr[0]) + "." + std::to_string(c.addr[1]) + "." + std::to_string(c.addr[2]) + "." + std::to_string(c.addr[3]);
    std::array<unsigned char, 4> masked{};
    for (int b = 0; b < c.prefix; ++b) masked[b / 8] |= c.addr[b / 8] & (0x80 >> (b % 8));
    c.canonical = std::to_string(masked[0]) + "." + std::to_string(masked[1]) + "." + std::to_string(masked[2]) + "." +
                  std::to_string(masked[3]) + "/" + std::to_string(c.prefix);
  }
  return c;
}

// net.IPNet.Contains of the except's (masked) address, and a longer prefix: a strict subset.
bool strict_subset(const Cidr& outer, const Cidr& inner) {
  if (outer.v4 != inner.v4 || inner.prefix <= outer.prefix) return false;
  for (int b = 0; b < outer.prefix; ++b) {
    unsigned bit = 0x80 >> (b % 8);
    if ((outer.addr[b / 8] & bit) != (inner.addr[b / 8] & bit)) return false;
  }
  return true;
}

// A selector field: absent (or null) stays absent; {} selects everything.
std::optional<Selector> optional_selector(const json& sel) {
  if (!sel.is_object()) return std::nullopt;
  return label_selector(sel);
}

std::string canonical_cidr(const std::string& text) {
  auto c = parse_cidr(text);
  return c && c->v4 ? c->canonical : text;
}

std::vector<NetworkPolicyRule> rules(const json& list, const char* peers_key) {
  std::vector<NetworkPolicyRule> out;
  if (!list.is_array()) return out;
  for (const auto& r : list) {
    NetworkPolicyRule rule;
    if (field(r, peers_key).is_array())
      for (const auto& p : field(r, peers_key)) {
        NetworkPolicyPeer peer;
        peer.pod_selector = optional_selector(field(p, "podSelector"));
        peer.namespace_selector = optional_selector(field(p, "namespaceSelector"));
        const json& block = field(p, "ipBlock");
        peer.cidr = canonical_cidr(str(field(block, "cidr")));
        if (field(block, "except").is_array())
          for (const auto& e : field(block, "except")) peer.except.push_back(canonical_cidr(str(e)));
        rule.peers.push_back(std::move(peer));
      }
    if (field(r, "ports").is_array())
      for (const auto& p : field(r, "ports")) {
        NetworkPolicyPort port;
        port.protocol = str(field(p, "protocol"), "TCP");
        const json& number = field(p, "port");
        if (number.is_number_integer()) port.port = number.get<int>();
        else port.port_name = str(number);
        if (field(p, "endPort").is_number_integer()) port.end_port = field(p, "endPort").get<int>();
        rule.ports.push_back(std::move(port));
      }
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace

void Checker::network_policy(const json& obj) {
  metadata(field(obj, "metadata"), true);
  const json& spec = field(obj, "spec");

  // ValidateLabelSelector: label syntax of keys and values, and the operators' values.
  auto selector = [&](const std::string& path, const json& sel) {
    const json& ml = field(sel, "matchLabels");
    if (ml.is_object())
      for (auto it = ml.begin(); it != ml.end(); ++it) {
        std::string p = path + ".matchLabels";
        append_key(p, it.key());
        if (std::string why = label_key_error(it.key()); !why.empty())
          error(p, "invalid label key " + in_quotes(it.key()) + ": " + why, Category::Invalid, true);
        if (std::string why = label_value_error(str(it.value())); !why.empty())
          error(p, "invalid label value " + in_quotes(str(it.value())) + ": " + why);
      }
    const json& me = field(sel, "matchExpressions");
    if (!me.is_array()) return;
    for (std::size_t i = 0; i < me.size(); ++i) {
      const std::string p = path + ".matchExpressions[" + std::to_string(i) + "]";
      const std::string op = str(field(me[i], "operator"));
      const json& values = field(me[i], "values");
      const bool has_values = values.is_array() && !values.empty();
      if (op == "In" || op == "NotIn") {
        if (!has_values) error(p + ".values", "required value: must be specified when `operator` is 'In' or 'NotIn'");
      } else if (op == "Exists" || op == "DoesNotExist") {
        if (has_values) error(p + ".values", "forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
      } else {
        error(p + ".operator", "invalid value " + in_quotes(op) + ": not a valid selector operator");
      }
      const std::string key = str(field(me[i], "key"));
      if (std::string why = label_key_error(key); !why.empty()) error(p + ".key", "invalid value " + in_quotes(key) + ": " + why);
      if (values.is_array())
        for (std::size_t k = 0; k < values.size(); ++k)
          if (std::string why = label_value_error(str(values[k])); !why.empty())
            error(p + ".values[" + std::to_string(k) + "]", "invalid value " + in_quotes(str(values[k])) + ": " + why);
    }
  };

  // One CIDR of an ipBlock: an error when it does not parse, the API server's warnings when it
  // is written loosely, and podrun's when it is IPv6.
  auto cidr = [&](const std::string& path, const std::string& text) -> std::optional<Cidr> {
    auto c = parse_cidr(text);
    if (!c) {
      error(path, "invalid value " + in_quotes(text) + ": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
      return std::nullopt;
    }
    if (c->v4 && c->host_bits)
      warning(path,
              "CIDR value " + in_quotes(text) + " is ambiguous in this context (should be " + in_quotes(c->canonical) + " or " +
                  in_quotes(c->address + "/32") + "?)",
              false);
    else if (c->v4 && c->leading_zeros)
      warning(path,
              "non-standard CIDR value " + in_quotes(text) + " will be considered invalid in a future Kubernetes release: use " +
                  in_quotes(c->canonical),
              false);
    if (!c->v4) warning(path, "an IPv6 block never matches on podrun: its pods and their peers have IPv4 addresses", false);
    return c;
  };

  // ValidateNetworkPolicyPeer and ValidateIPBlock.
  auto peer = [&](const std::string& path, const json& p) {
    const json& pods = field(p, "podSelector");
    const json& namespaces = field(p, "namespaceSelector");
    const json& block = field(p, "ipBlock");
    if (!pods.is_null()) selector(path + ".podSelector", pods);
    if (!namespaces.is_null()) selector(path + ".namespaceSelector", namespaces);
    const int kinds = !pods.is_null() + !namespaces.is_null() + !block.is_null();
    if (kinds == 0) error(path, "required value: must specify a peer");
    else if (kinds > 1 && !block.is_null()) error(path, "forbidden: may not specify both ipBlock and another peer");
    if (block.is_null()) return;
    const std::string text = str(field(block, "cidr"));
    if (text.empty()) {
      error(path + ".ipBlock.cidr", "required value");
      return;
    }
    auto outer = cidr(path + ".ipBlock.cidr", text);
    if (!outer) return;
    const json& except = field(block, "except");
    if (!except.is_array()) return;
    for (std::size_t k = 0; k < except.size(); ++k) {
      const std::string p = path + ".ipBlock.except[" + std::to_string(k) + "]";
      auto inner = cidr(p, str(except[k]));
      if (inner && !strict_subset(*outer, *inner))
        error(p, "invalid value " + in_quotes(str(except[k])) + ": must be a strict subset of `cidr`");
    }
  };

  // ValidateNetworkPolicyPort, and podrun's protocols.
  auto port = [&](const std::string& path, const json& p) {
    const json& protocol = field(p, "protocol");
    if (protocol.is_string() && protocol != "TCP" && protocol != "UDP" && protocol != "SCTP")
      error(path + ".protocol", "unsupported value " + in_quotes(str(protocol)) + ": supported values: \"TCP\", \"UDP\", \"SCTP\"");
    else if (protocol == "SCTP") error(path + ".protocol", "podrun's network policies filter TCP and UDP, not SCTP", Category::Unsupported);
    const json& number = field(p, "port");
    const json& end = field(p, "endPort");
    auto out_of_range = [](const json& v) { return v.is_number_integer() && (v.get<long long>() < 1 || v.get<long long>() > 65535); };
    const std::string range = ": must be between 1 and 65535, inclusive";
    if (number.is_number_integer()) {
      if (out_of_range(number)) error(path + ".port", "invalid value " + number.dump() + range);
      if (end.is_number_integer() && end.get<long long>() < number.get<long long>())
        error(path + ".endPort", "invalid value " + end.dump() + ": must be greater than or equal to `port`");
      if (out_of_range(end)) error(path + ".endPort", "invalid value " + end.dump() + range);
    } else if (number.is_string()) {
      if (end.is_number_integer())
        error(path + ".endPort", "invalid value " + end.dump() + ": may not be specified when `port` is non-numeric");
      name_rule(path + ".port", number, check_port_name);
    } else if (end.is_number_integer()) {
      error(path + ".endPort", "invalid value " + end.dump() + ": may not be specified when `port` is not specified");
    }
  };

  selector("spec.podSelector", field(spec, "podSelector"));
  for (const char* direction : {"ingress", "egress"}) {
    const json& list = field(spec, direction);
    if (!list.is_array()) continue;
    const char* peers_key = std::string(direction) == "ingress" ? "from" : "to";
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string r = std::string("spec.") + direction + "[" + std::to_string(i) + "]";
      const json& ports = field(list[i], "ports");
      if (ports.is_array())
        for (std::size_t k = 0; k < ports.size(); ++k) port(r + ".ports[" + std::to_string(k) + "]", ports[k]);
      const json& peers = field(list[i], peers_key);
      if (peers.is_array())
        for (std::size_t k = 0; k < peers.size(); ++k) peer(r + "." + peers_key + "[" + std::to_string(k) + "]", peers[k]);
    }
  }

  const json& types = field(spec, "policyTypes");
  if (!types.is_array()) return;
  if (types.size() > 2) {
    error("spec.policyTypes", "invalid value: may not specify more than two policyTypes");
    return;
  }
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i] != "Ingress" && types[i] != "Egress")
      error("spec.policyTypes[" + std::to_string(i) + "]",
            "unsupported value " + in_quotes(str(types[i])) + ": supported values: \"Ingress\", \"Egress\"");
  // The API server takes ["Ingress", "Ingress"]; it says no more than ["Ingress"].
  if (types.size() == 2 && types[0] == types[1]) warning("spec.policyTypes[1]", "duplicate value " + in_quotes(str(types[1])), false);
  // Rules of a direction the policy does not list are kept by the API server and ignored by
  // every implementation: likely a forgotten policyTypes entry.
  for (const char* direction : {"Ingress", "Egress"}) {
    std::string key = direction == std::string("Ingress") ? "ingress" : "egress";
    const json& list = field(spec, key.c_str());
    if (list.is_array() && !list.empty() && std::find(types.begin(), types.end(), direction) == types.end())
      warning("spec." + key, "ignored: policyTypes does not list " + in_quotes(direction) + ", so these rules apply to nothing");
  }
}

NetworkPolicy decode_network_policy(const json& obj) {
  NetworkPolicy np;
  const json& meta = field(obj, "metadata");
  np.metadata.name = str(field(meta, "name"));
  np.metadata.ns = str(field(meta, "namespace"), "default");
  if (np.metadata.ns.empty()) np.metadata.ns = "default";
  for (const char* which : {"labels", "annotations"}) {
    const json& m = field(meta, which);
    if (m.is_object())
      for (auto it = m.begin(); it != m.end(); ++it)
        (which == std::string("labels") ? np.metadata.labels : np.metadata.annotations)[it.key()] = str(it.value());
  }
  const json& spec = field(obj, "spec");
  np.pod_selector = label_selector(field(spec, "podSelector"));
  np.ingress = rules(field(spec, "ingress"), "from");
  np.egress = rules(field(spec, "egress"), "to");
  const json& types = field(spec, "policyTypes");
  if (types.is_array() && !types.empty()) {
    np.ingress_isolated = std::find(types.begin(), types.end(), "Ingress") != types.end();
    np.egress_isolated = std::find(types.begin(), types.end(), "Egress") != types.end();
  } else {
    // The API's default: every policy is about ingress; it is about egress when it has
    // egress rules (an empty list is no rule).
    np.ingress_isolated = true;
    np.egress_isolated = !np.egress.empty();
  }
  return np;
}

}  // namespace podrun::loader
