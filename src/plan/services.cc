#include "plan/services.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace podrun::plan {

ServicePlan service_plan(const model::Service& svc, const std::vector<EndpointPod>& pods) {
  ServicePlan out;
  out.service = svc;
  out.backends.resize(svc.ports.size());
  if (svc.selector.empty()) return out;
  std::vector<const EndpointPod*> chosen;
  for (const auto& p : pods) {
    if (p.ns != svc.metadata.ns || p.ip.empty() || p.terminating) continue;
    if (!p.ready && !svc.publish_not_ready) continue;
    bool match = std::all_of(svc.selector.begin(), svc.selector.end(), [&](const auto& kv) {
      auto it = p.labels.find(kv.first);
      return it != p.labels.end() && it->second == kv.second;
    });
    if (match) chosen.push_back(&p);
  }
  std::sort(chosen.begin(), chosen.end(), [](auto* a, auto* b) { return a->name < b->name; });
  for (std::size_t i = 0; i < svc.ports.size(); ++i) {
    const model::ServicePort& sp = svc.ports[i];
    for (const EndpointPod* p : chosen) {
      int port = sp.target_port;
      if (!sp.target_port_name.empty()) {
        port = 0;
        for (const auto& cp : p->ports)
          if (cp.name == sp.target_port_name && cp.protocol == sp.protocol) port = cp.port;
      }
      if (port > 0) out.backends[i].push_back({p->name, p->ip, port, p->ready});
    }
  }
  return out;
}

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string services_ruleset_removal(const std::string& table) {
  // `table` first: deleting a table that is not there is an error; declaring it is not.
  return "table ip " + table + "\ndelete table ip " + table + "\n";
}

std::string services_ruleset(const std::vector<ServicePlan>& services, const RulesetOptions& o) {
  char mark[16];
  std::snprintf(mark, sizeof mark, "0x%x", o.masquerade_mark);
  std::string head, chains, dispatch, refuse;
  for (std::size_t s = 0; s < services.size(); ++s) {
    const model::Service& svc = services[s].service;
    for (std::size_t i = 0; i < svc.ports.size(); ++i) {
      const model::ServicePort& sp = svc.ports[i];
      const std::vector<Backend>& eps = services[s].backends[i];
      const std::string proto = lower(sp.protocol);
      const std::string id = std::to_string(s) + "-" + std::to_string(i);
      const std::string comment = " comment \"" + svc.metadata.ns + "/" + svc.metadata.name + (sp.name.empty() ? "" : ":" + sp.name) + "\"";
      if (svc.headless()) continue;  // no virtual IP: DNS names the pods themselves
      std::vector<std::string> matches = {"ip daddr " + svc.cluster_ip + " " + proto + " dport " + std::to_string(sp.port)};
      if (svc.type == model::Service::Type::NodePort && sp.node_port > 0)
        matches.push_back("fib daddr type local " + proto + " dport " + std::to_string(sp.node_port));
      if (eps.empty()) {
        // kube-proxy's "no endpoints": refused at once, where the client is.
        for (const auto& m : matches) refuse += "    " + m + (proto == "tcp" ? " reject with tcp reset" : " reject") + comment + "\n";
        continue;
      }
      for (const auto& m : matches) dispatch += "    " + m + " goto svc-" + id + comment + "\n";
      std::string pick = "  chain svc-" + id + " {\n";
      for (std::size_t e = 0; e < eps.size() && svc.client_ip_affinity; ++e) {
        std::string set = "aff-" + id + "-" + std::to_string(e);
        head +=
            "  set " + set + " { type ipv4_addr; flags dynamic,timeout; timeout " + std::to_string(svc.affinity_timeout_seconds) + "s; }\n";
        pick += "    ip saddr @" + set + " goto ep-" + id + "-" + std::to_string(e) + "\n";
      }
      if (eps.size() == 1) {
        pick += "    goto ep-" + id + "-0\n";
      } else {
        pick += "    numgen random mod " + std::to_string(eps.size()) + " vmap { ";
        for (std::size_t e = 0; e < eps.size(); ++e)
          pick += (e ? ", " : "") + std::to_string(e) + " : goto ep-" + id + "-" + std::to_string(e);
        pick += " }\n";
      }
      pick += "  }\n";
      chains += pick;
      for (std::size_t e = 0; e < eps.size(); ++e) {
        const Backend& b = eps[e];
        chains += "  chain ep-" + id + "-" + std::to_string(e) + " {\n";
        // Masqueraded below: a pod's connection (its reply must come back through the host),
        // and the endpoint reaching itself (hairpin) in any case.
        chains += "    ip saddr " + (o.pod_subnet.empty() ? b.ip : o.pod_subnet) + " meta mark set meta mark | " + mark + "\n";
        if (svc.client_ip_affinity) chains += "    update @aff-" + id + "-" + std::to_string(e) + " { ip saddr }\n";
        chains += "    meta l4proto " + proto + " dnat to " + b.ip + ":" + std::to_string(b.port) + comment + "\n";
        chains += "  }\n";
      }
    }
  }
  std::string out = services_ruleset_removal(o.table);
  out += "table ip " + o.table + " {\n";
  out += head;
  out += "  chain services {\n" + dispatch + "  }\n";
  out += "  chain prerouting {\n    type nat hook prerouting priority -100; policy accept;\n    jump services\n  }\n";
  out += "  chain output {\n    type nat hook output priority -100; policy accept;\n    jump services\n  }\n";
  out += std::string("  chain postrouting {\n    type nat hook postrouting priority 100; policy accept;\n") + "    meta mark & " + mark +
         " == " + mark + " masquerade\n  }\n";
  // Before the filter chains of other tables: a VIP that nothing translated goes nowhere.
  std::string guard = refuse + "    ip daddr " + o.service_cidr + " reject\n";
  out += "  chain refuse-forward {\n    type filter hook forward priority -10; policy accept;\n" + guard + "  }\n";
  out += "  chain refuse-output {\n    type filter hook output priority -10; policy accept;\n" + guard + "  }\n";
  out += chains;
  out += "}\n";
  return out;
}

std::string dns_hosts(const std::vector<ServicePlan>& services, const std::vector<EndpointPod>& pods, const std::string& domain) {
  std::set<std::string> lines;
  std::set<std::pair<std::string, std::string>> headless;  // (ns, name)
  for (const auto& sp : services) {
    const model::Service& svc = sp.service;
    const std::string name = svc.metadata.name + "." + svc.metadata.ns + ".svc." + domain;
    if (!svc.headless()) {
      lines.insert(svc.cluster_ip + " " + name);
      continue;
    }
    headless.insert({svc.metadata.ns, svc.metadata.name});
    std::set<std::string> ips;
    for (const auto& port : sp.backends)
      for (const auto& b : port) ips.insert(b.ip);
    // A headless Service without ports still names its selected pods.
    if (sp.backends.empty() || sp.service.ports.empty()) {
      for (const auto& p : pods)
        if (p.ns == svc.metadata.ns && !p.ip.empty() && !p.terminating && (p.ready || svc.publish_not_ready) &&
            std::all_of(svc.selector.begin(), svc.selector.end(),
                        [&](const auto& kv) {
                          auto it = p.labels.find(kv.first);
                          return it != p.labels.end() && it->second == kv.second;
                        }) &&
            !svc.selector.empty())
          ips.insert(p.ip);
    }
    for (const auto& ip : ips) lines.insert(ip + " " + name);
  }
  for (const auto& p : pods)
    if (!p.subdomain.empty() && !p.ip.empty() && !p.terminating && headless.count({p.ns, p.subdomain}))
      lines.insert(p.ip + " " + (p.hostname.empty() ? p.name : p.hostname) + "." + p.subdomain + "." + p.ns + ".svc." + domain);
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::string ports_column(const model::Service& svc) {
  if (svc.ports.empty()) return "<none>";
  std::string out;
  for (const auto& p : svc.ports) {
    out += (out.empty() ? "" : ",") + std::to_string(p.port);
    if (p.node_port > 0 && svc.type == model::Service::Type::NodePort) out += ":" + std::to_string(p.node_port);
    out += "/" + p.protocol;
  }
  return out;
}

}  // namespace podrun::plan
