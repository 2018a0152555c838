#include "plan/network_policy.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <set>
#include <tuple>

namespace podrun::plan {

namespace {

using model::NetworkPolicy;
using model::NetworkPolicyPeer;
using model::NetworkPolicyPort;
using model::NetworkPolicyRule;

// --- IPv4 address arithmetic -------------------------------------------------------------

struct Range {
  std::uint32_t lo = 0, hi = 0;  // inclusive
};

// "10.85.0.2" (decimal octets); nullopt for anything else, IPv6 included.
std::optional<std::uint32_t> parse_ipv4(const std::string& s) {
  std::uint32_t out = 0;
  std::size_t at = 0;
  for (int i = 0; i < 4; ++i) {
    std::size_t start = at;
    unsigned octet = 0;
    while (at < s.size() && at - start < 3 && s[at] >= '0' && s[at] <= '9') octet = octet * 10 + (s[at++] - '0');
    if (at == start || octet > 255) return std::nullopt;
    out = out << 8 | octet;
    if (i < 3 && (at >= s.size() || s[at++] != '.')) return std::nullopt;
  }
  if (at != s.size()) return std::nullopt;
  return out;
}

// "10.0.0.0/8" as the range of addresses it holds (bits past the prefix ignored, as the API
// server reads the legacy form); nullopt for an IPv6 block, which never matches here.
std::optional<Range> parse_block(const std::string& cidr) {
  std::size_t slash = cidr.find('/');
  if (slash == std::string::npos || slash + 1 == cidr.size() || cidr.size() - slash > 3) return std::nullopt;
  auto ip = parse_ipv4(cidr.substr(0, slash));
  std::string len = cidr.substr(slash + 1);
  if (!ip || !std::all_of(len.begin(), len.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  int prefix = std::stoi(len);
  if (prefix > 32) return std::nullopt;
  std::uint32_t host = prefix == 0 ? 0xffffffffu : (std::uint32_t{1} << (32 - prefix)) - 1;
  return Range{*ip & ~host, (*ip & ~host) | host};
}

bool contains(const std::vector<Range>& ranges, std::uint32_t ip) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) { return r.lo <= ip && ip <= r.hi; });
}

// Sorted, with overlapping and adjacent ranges joined: nft refuses overlapping elements of a set.
std::vector<Range> merged(std::vector<Range> v) {
  std::sort(v.begin(), v.end(), [](const Range& a, const Range& b) { return a.lo < b.lo; });
  std::vector<Range> out;
  for (const Range& r : v) {
    if (!out.empty() && (r.lo <= out.back().hi || (out.back().hi != 0xffffffffu && r.lo == out.back().hi + 1)))
      out.back().hi = std::max(out.back().hi, r.hi);
    else out.push_back(r);
  }
  return out;
}

// cidr minus its excepts (which the checks keep within it).
std::vector<Range> block_ranges(const NetworkPolicyPeer& peer) {
  auto block = parse_block(peer.cidr);
  if (!block) return {};
  std::vector<Range> out = {*block};
  for (const auto& text : peer.except) {
    auto hole = parse_block(text);
    if (!hole) continue;
    std::vector<Range> rest;
    for (const Range& r : out) {
      if (hole->hi < r.lo || hole->lo > r.hi) {
        rest.push_back(r);
        continue;
      }
      if (hole->lo > r.lo) rest.push_back({r.lo, hole->lo - 1});
      if (hole->hi < r.hi) rest.push_back({hole->hi + 1, r.hi});
    }
    out = std::move(rest);
  }
  return out;
}

std::string ip_text(std::uint32_t ip) {
  return std::to_string(ip >> 24) + "." + std::to_string(ip >> 16 & 255) + "." + std::to_string(ip >> 8 & 255) + "." +
         std::to_string(ip & 255);
}

// The ranges as nft set elements: the fewest prefixes covering each (a /32 as the bare
// address), so that a reader sees CIDRs, not ranges.
std::string address_set(const std::vector<Range>& ranges) {
  std::vector<std::string> elements;
  for (const Range& r : ranges) {
    std::uint64_t lo = r.lo;
    const std::uint64_t end = std::uint64_t{r.hi} + 1;
    while (lo < end) {
      int bits = 0;  // the largest aligned block from lo that ends within the range
      while (bits < 32 && (lo & ((std::uint64_t{2} << bits) - 1)) == 0 && lo + (std::uint64_t{2} << bits) <= end) ++bits;
      elements.push_back(ip_text(static_cast<std::uint32_t>(lo)) + (bits == 0 ? "" : "/" + std::to_string(32 - bits)));
      lo += std::uint64_t{1} << bits;
    }
  }
  if (elements.size() == 1) return elements[0];
  std::string out = "{ ";
  for (std::size_t i = 0; i < elements.size(); ++i) out += (i ? ", " : "") + elements[i];
  return out + " }";
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// --- the policies' semantics -------------------------------------------------------------

// The inputs of one evaluation, with the lookups the rules need.
struct World {
  const std::vector<NetworkPolicy>& policies;
  std::vector<PolicyPod> pods;  // with an IPv4 address, in (ns, name) order: chain names follow it
  std::map<std::string, std::map<std::string, std::string>> namespaces;

  World(const std::vector<NetworkPolicy>& p, const std::vector<PolicyPod>& all_pods, const std::vector<PolicyNamespace>& ns) : policies(p) {
    for (const auto& pod : all_pods)
      if (parse_ipv4(pod.ip)) pods.push_back(pod);
    std::sort(pods.begin(), pods.end(),
              [](const PolicyPod& a, const PolicyPod& b) { return std::tie(a.ns, a.name, a.ip) < std::tie(b.ns, b.name, b.ip); });
    for (const auto& n : ns) {
      auto& labels = namespaces[n.name];
      labels = n.labels;
      labels.emplace("kubernetes.io/metadata.name", n.name);
    }
  }

  const PolicyPod* pod_at(const std::string& ip) const {
    for (const auto& p : pods)
      if (p.ip == ip) return &p;
    return nullptr;
  }

  std::map<std::string, std::string> namespace_labels(const std::string& name) const {
    auto it = namespaces.find(name);
    if (it != namespaces.end()) return it->second;
    return {{"kubernetes.io/metadata.name", name}};
  }

  // Whether `peer` of a policy in `policy_ns` is the address `ip` (of `pod`, when a pod has it).
  bool peer_matches(const NetworkPolicyPeer& peer, const std::string& policy_ns, std::optional<std::uint32_t> ip,
                    const PolicyPod* pod) const {
    if (!peer.cidr.empty()) return ip && contains(block_ranges(peer), *ip);
    if (!pod || (!peer.pod_selector && !peer.namespace_selector)) return false;
    if (peer.namespace_selector ? !peer.namespace_selector->matches(namespace_labels(pod->ns)) : pod->ns != policy_ns) return false;
    return !peer.pod_selector || peer.pod_selector->matches(pod->labels);
  }

  // The addresses `peer` stands for now: its block, or the addresses of the pods it selects.
  std::vector<Range> peer_ranges(const NetworkPolicyPeer& peer, const std::string& policy_ns) const {
    if (!peer.cidr.empty()) return block_ranges(peer);
    std::vector<Range> out;
    for (const auto& p : pods) {
      std::uint32_t ip = *parse_ipv4(p.ip);
      if (peer_matches(peer, policy_ns, ip, &p)) out.push_back({ip, ip});
    }
    return out;
  }
};

bool selects(const NetworkPolicy& np, const PolicyPod& pod) { return np.metadata.ns == pod.ns && np.pod_selector.matches(pod.labels); }

std::vector<const NetworkPolicy*> isolating(const std::vector<NetworkPolicy>& policies, const PolicyPod& pod, bool egress) {
  std::vector<const NetworkPolicy*> out;
  for (const auto& np : policies)
    if ((egress ? np.egress_isolated : np.ingress_isolated) && selects(np, pod)) out.push_back(&np);
  return out;
}

// The number a named port has on `pod`, or 0.
int resolve(const NetworkPolicyPort& port, const PolicyPod& pod) {
  for (const auto& p : pod.ports)
    if (p.name == port.port_name && upper(p.protocol.empty() ? "TCP" : p.protocol) == upper(port.protocol)) return p.port;
  return 0;
}

bool port_matches(const NetworkPolicyPort& p, const std::string& protocol, int port, const PolicyPod* dst) {
  if (upper(p.protocol) != protocol) return false;
  if (!p.port_name.empty()) return dst && port > 0 && resolve(p, *dst) == port;
  if (p.port == 0) return true;
  return p.port <= port && port <= std::max(p.port, p.end_port);
}

// Whether a rule of `np` lets `peer` (the source for ingress, the destination for egress)
// through to or from the selected pod, on `protocol`/`port` of `dst`.
bool rule_allows(const World& w, const NetworkPolicyRule& rule, const NetworkPolicy& np, const std::string& peer_ip, const PolicyPod* peer,
                 const std::string& protocol, int port, const PolicyPod* dst) {
  auto ip = parse_ipv4(peer_ip);
  bool peer_ok = rule.peers.empty() || std::any_of(rule.peers.begin(), rule.peers.end(),
                                                   [&](const NetworkPolicyPeer& p) { return w.peer_matches(p, np.metadata.ns, ip, peer); });
  bool port_ok = rule.ports.empty() || std::any_of(rule.ports.begin(), rule.ports.end(),
                                                   [&](const NetworkPolicyPort& p) { return port_matches(p, protocol, port, dst); });
  return peer_ok && port_ok;
}

// --- the ruleset -------------------------------------------------------------------------

std::string comment(const NetworkPolicy& np) {
  std::string text = np.metadata.ns + "/" + np.metadata.name;
  if (text.size() > 127) text.resize(127);  // nft keeps comments of at most 128 bytes
  return " comment \"" + text + "\"";
}

std::string port_match(const NetworkPolicyPort& p, int number) {
  const std::string proto = lower(p.protocol);
  if (number == 0) return "meta l4proto " + proto;
  std::string out = proto + " dport " + std::to_string(number);
  if (p.port_name.empty() && p.end_port > p.port) out += "-" + std::to_string(p.end_port);
  return out;
}

// The allow chain of `pod` in one direction: a `return` for each (peer, port) combination a
// rule of a policy isolating it allows, then `drop`.
std::string allow_chain(const World& w, const std::string& name, const PolicyPod& pod, bool egress) {
  std::set<std::string> lines;  // return rules commute: sorted and without repeats
  const std::string who = egress ? "ip daddr " : "ip saddr ";
  for (const NetworkPolicy* np : isolating(w.policies, pod, egress)) {
    for (const NetworkPolicyRule& rule : egress ? np->egress : np->ingress) {
      const bool any_peer = rule.peers.empty();
      std::vector<Range> addresses;
      for (const auto& peer : rule.peers) {
        auto r = w.peer_ranges(peer, np->metadata.ns);
        addresses.insert(addresses.end(), r.begin(), r.end());
      }
      addresses = merged(std::move(addresses));
      if (!any_peer && addresses.empty()) continue;  // its peers are nobody now: it allows nothing
      const std::string peers = any_peer ? "" : who + address_set(addresses) + " ";
      if (rule.ports.empty()) lines.insert(peers + "return" + comment(*np));
      for (const NetworkPolicyPort& port : rule.ports) {
        if (port.port_name.empty()) {
          lines.insert(peers + port_match(port, port.port) + " return" + comment(*np));
        } else if (!egress) {
          // Ingress: the name is this pod's.
          if (int number = resolve(port, pod)) lines.insert(peers + port_match(port, number) + " return" + comment(*np));
        } else {
          // Egress: the name is each destination pod's, which may give it different numbers.
          std::map<int, std::vector<Range>> by_number;
          for (const auto& dst : w.pods) {
            std::uint32_t ip = *parse_ipv4(dst.ip);
            if (int number = resolve(port, dst); number && (any_peer || contains(addresses, ip))) by_number[number].push_back({ip, ip});
          }
          for (const auto& [number, ips] : by_number)
            lines.insert("ip daddr " + address_set(merged(ips)) + " " + port_match(port, number) + " return" + comment(*np));
        }
      }
    }
  }
  std::string out = "  chain " + name + " {\n";
  for (const auto& l : lines) out += "    " + l + "\n";
  return out + "    drop\n  }\n";
}

std::string base_chain(const std::string& hook, const std::string& early_exit, const std::string& jumps, const std::string& first = "") {
  return "  chain " + hook + " {\n    type filter hook " + hook + " priority filter; policy accept;\n" + first +
         "    ct state established,related accept\n" + early_exit + jumps + "  }\n";
}

}  // namespace

bool policy_allows(const std::vector<NetworkPolicy>& policies, const std::vector<PolicyPod>& pods,
                   const std::vector<PolicyNamespace>& namespaces, const std::string& src_ip, const std::string& dst_ip,
                   const std::string& protocol_in, int port) {
  const World w(policies, pods, namespaces);
  const std::string protocol = upper(protocol_in);
  const PolicyPod* src = w.pod_at(src_ip);
  const PolicyPod* dst = w.pod_at(dst_ip);
  auto allowed = [&](const PolicyPod* subject, bool egress) {
    if (!subject) return true;  // not a pod: never isolated
    auto isolating_policies = isolating(policies, *subject, egress);
    if (isolating_policies.empty()) return true;
    for (const NetworkPolicy* np : isolating_policies)
      for (const auto& rule : egress ? np->egress : np->ingress)
        if (rule_allows(w, rule, *np, egress ? dst_ip : src_ip, egress ? dst : src, protocol, port, dst)) return true;
    return false;
  };
  return allowed(dst, false) && allowed(src, true);
}

std::vector<std::string> policies_selecting(const std::vector<NetworkPolicy>& policies, const PolicyPod& pod, bool egress) {
  std::vector<std::string> out;
  for (const NetworkPolicy* np : isolating(policies, pod, egress)) out.push_back(np->metadata.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::string network_policy_ruleset_removal(const std::string& table) {
  // `table` first: deleting a table that is not there is an error; declaring it is not.
  return "table inet " + table + "\ndelete table inet " + table + "\ntable bridge " + table + "\ndelete table bridge " + table + "\n";
}

std::string network_policy_ruleset(const std::vector<NetworkPolicy>& policies, const std::vector<PolicyPod>& pods,
                                   const std::vector<PolicyNamespace>& namespaces, const PolicyRulesetOptions& o) {
  const World w(policies, pods, namespaces);
  std::string chains, ingress_jumps, egress_jumps;
  for (std::size_t i = 0; i < w.pods.size(); ++i) {
    const PolicyPod& pod = w.pods[i];
    const std::string who = " comment \"" + pod.ns + "/" + pod.name + "\"\n";
    if (!isolating(policies, pod, false).empty()) {
      chains += allow_chain(w, "in_" + std::to_string(i), pod, false);
      ingress_jumps += "    ip daddr " + pod.ip + " jump in_" + std::to_string(i) + who;
    }
    if (!isolating(policies, pod, true).empty()) {
      chains += allow_chain(w, "eg_" + std::to_string(i), pod, true);
      egress_jumps += "    ip saddr " + pod.ip + " jump eg_" + std::to_string(i) + who;
    }
  }
  std::string out = network_policy_ruleset_removal(o.table);
  if (chains.empty()) return out;
  // Only traffic from or to a pod can meet a rule below; the rest (the host may route for
  // Docker, VMs, ...; the bridge hook sees every bridge of the host) leaves at once.
  const std::string from_or_to_pods =
      o.pod_subnet.empty() ? "" : "    ip saddr != " + o.pod_subnet + " ip daddr != " + o.pod_subnet + " accept\n";
  const std::string from_pods = o.pod_subnet.empty() ? "" : "    ip saddr != " + o.pod_subnet + " accept\n";
  // Ingress jumps first: an allowed packet returns from its destination's chain and goes on to
  // its source's. No output hook: what the host sends itself is never filtered.
  // IPv6 between pods goes first: podrun's pod network is IPv4, yet every pod's eth0 has an
  // IPv6 link-local address, which no rule below names — a way around the policies. On the
  // pod network's bridge it is dropped (established connections included) while a policy
  // isolates a pod. With br_netfilter the inet hooks see bridged frames with the bridge as
  // their input device; the bridge family names it as ibrname.
  const std::string v6_inet = o.bridge.empty() ? "" : "    iifname \"" + o.bridge + "\" meta nfproto ipv6 drop\n";
  const std::string v6_bridge = o.bridge.empty() ? "" : "    meta ibrname \"" + o.bridge + "\" ether type ip6 drop\n";
  const std::string forward = base_chain("forward", from_or_to_pods, ingress_jumps + egress_jumps, v6_inet);
  // The routed side: pod ↔ outside, pod → a Service VIP (seen after DNAT: the backend's
  // address), and, in input, a pod's connections to the host itself (its DNS server on the
  // gateway), which only the source's egress policies can concern.
  out += "table inet " + o.table + " {\n" + chains + forward;
  if (!egress_jumps.empty()) out += base_chain("input", from_pods, egress_jumps);
  out += "}\n";
  // The switched side: frames from pod to pod on the bridge never reach the inet hooks
  // (podrun does not load br_netfilter); the bridge family's forward hook sees them, with
  // conntrack (nf_conntrack_bridge, kernel 5.3+) for the established state.
  if (o.bridge_table)
    out += "table bridge " + o.table + " {\n" + chains + base_chain("forward", from_or_to_pods, ingress_jumps + egress_jumps, v6_bridge) +
           "}\n";
  return out;
}

}  // namespace podrun::plan
