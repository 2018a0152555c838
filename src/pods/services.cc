#include "pods/services.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "common/clock.h"
#include "common/error.h"
#include "common/files.h"
#include "common/log.h"
#include "loader/workloads.h"
#include "net/ipam.h"
#include "net/nat.h"
#include "pods/network_policies.h"
#include "pods/workloads.h"
#include "state/pod_state.h"

namespace podrun::pods {

using nlohmann::json;
using Kind = state::StateStore::ObjectKind;

namespace {

std::optional<ServiceView> view_of(const std::string& ns, const std::string& name, const std::string& text) {
  json obj = json::parse(text, nullptr, false);
  if (!obj.is_object()) return std::nullopt;
  ServiceView v{ns, name, obj, loader::decode_service(obj)};
  return v;
}

std::string dns_dir(const Context& ctx) { return ctx.state_root + "/dns"; }

}  // namespace

std::vector<ServiceView> list_services(const Context& ctx, const std::string& ns) {
  std::vector<ServiceView> out;
  for (const auto& o : state::StateStore(ctx.state_root).objects(Kind::Service, ns))
    if (auto v = view_of(o.ns, o.name, o.text)) out.push_back(std::move(*v));
  return out;
}

std::optional<ServiceView> find_service(const Context& ctx, const std::string& ns, const std::string& name) {
  auto text = state::StateStore(ctx.state_root).load_object(Kind::Service, ns, name);
  if (!text) return std::nullopt;
  return view_of(ns, name, *text);
}

std::vector<ObjectResult> apply_services(const Context& ctx, const loader::LoadResult& loaded,
                                         const std::optional<model::Selector>& selector, const std::string& applyset,
                                         const std::string& service_cidr, bool dry_run, std::set<std::string>& keys) {
  std::vector<ObjectResult> out;
  if (loaded.services.empty()) return out;
  auto range = net::parse_cidr(service_cidr);
  if (!range) throw BadSetting("--service-cidr " + service_cidr + ": not an IPv4 CIDR with a prefix of 8 to 30");
  // What is taken: every stored Service's address and node ports (the one being applied
  // keeps its own).
  std::map<std::string, std::string> ip_owner;  // ip → ns/name
  std::map<int, std::string> port_owner;        // nodePort → ns/name
  for (const auto& s : list_services(ctx, "")) {
    std::string who = s.ns + "/" + s.name;
    if (!s.service.cluster_ip.empty() && !s.service.headless()) ip_owner[s.service.cluster_ip] = who;
    for (const auto& p : s.service.ports)
      if (p.node_port) port_owner[p.node_port] = who;
  }
  state::StateStore store(ctx.state_root);
  for (const auto& svc : loaded.services) {
    if (selector && !selector->matches(svc.metadata.labels)) continue;
    const std::string& ns = svc.metadata.ns;
    const std::string& name = svc.metadata.name;
    const std::string who = ns + "/" + name;
    keys.insert("service/" + who);
    json obj;
    for (const auto& o : loaded.objects)
      if (o.value("kind", "") == "Service" && o["metadata"].value("name", "") == name && o["metadata"].value("namespace", "default") == ns)
        obj = o;
    if (obj.is_null()) continue;
    obj["metadata"]["namespace"] = ns;
    if (!applyset.empty()) obj["metadata"]["labels"][kApplySetLabel] = applyset;
    ObjectResult r{"service", ns, name, ObjectResult::Outcome::Created, ""};
    auto before = find_service(ctx, ns, name);
    auto fail = [&](const std::string& msg) {
      r.outcome = ObjectResult::Outcome::Failed;
      r.message = "Service \"" + name + "\" is invalid: " + msg;
      out.push_back(r);
    };
    // 1. The clusterIP: kept, given, or the lowest free one past the reserved first eleven.
    std::string ip = svc.cluster_ip;
    if (before && !before->service.cluster_ip.empty()) {
      if (!ip.empty() && ip != before->service.cluster_ip) {
        fail("spec.clusterIP: Invalid value: \"" + ip + "\": field is immutable");
        continue;
      }
      ip = before->service.cluster_ip;
    }
    if (ip.empty()) {
      for (std::uint32_t a = range->network + 11; a < range->broadcast(); ++a)
        if (!ip_owner.count(net::ip_string(a))) {
          ip = net::ip_string(a);
          break;
        }
      if (ip.empty()) {
        fail("spec.clusterIP: Internal error: failed to allocate a serviceIP: range is full");
        continue;
      }
    } else if (ip != "None") {
      auto a = net::parse_ip(ip);
      if (!a || !range->contains(*a)) {
        fail("spec.clusterIPs: Invalid value: [\"" + ip + "\"]: failed to allocate IP " + ip + ": the provided IP (" + ip +
             ") is not in the valid range. The range of valid IPs is " + service_cidr);
        continue;
      }
      if (ip_owner.count(ip) && ip_owner[ip] != who) {
        fail("spec.clusterIPs: Invalid value: [\"" + ip + "\"]: failed to allocate IP " + ip + ": provided IP is already allocated");
        continue;
      }
    }
    obj["spec"]["clusterIP"] = ip;
    obj["spec"]["clusterIPs"] = json::array({ip});
    // 2. NodePorts: kept, given, or the lowest free one.
    bool ok = true;
    if (svc.type == model::Service::Type::NodePort)
      for (std::size_t i = 0; i < svc.ports.size() && ok; ++i) {
        int port = svc.ports[i].node_port;
        if (!port && before)
          for (const auto& bp : before->service.ports)
            if (bp.port == svc.ports[i].port && bp.protocol == svc.ports[i].protocol) port = bp.node_port;
        if (port && port_owner.count(port) && port_owner[port] != who) {
          fail("spec.ports[" + std::to_string(i) + "].nodePort: Invalid value: " + std::to_string(port) +
               ": provided port is already allocated");
          ok = false;
          break;
        }
        for (int p = 30000; !port && p <= 32767; ++p)
          if (!port_owner.count(p)) port = p;
        if (!port) {
          fail("spec.ports[" + std::to_string(i) + "].nodePort: Internal error: failed to allocate a nodePort: range is full");
          ok = false;
          break;
        }
        port_owner[port] = who;
        obj["spec"]["ports"][i]["nodePort"] = port;
      }
    if (!ok) continue;
    ip_owner[ip] = who;
    for (auto& p : obj["spec"]["ports"])
      if (!p.contains("protocol")) p["protocol"] = "TCP";
    if (!obj["spec"].contains("type")) obj["spec"]["type"] = "ClusterIP";
    if (!obj["spec"].contains("sessionAffinity")) obj["spec"]["sessionAffinity"] = "None";
    if (before) {
      for (const char* k : {"uid", "creationTimestamp"}) obj["metadata"][k] = before->object["metadata"][k];
      r.outcome = before->object == obj ? ObjectResult::Outcome::Unchanged : ObjectResult::Outcome::Configured;
    } else {
      obj["metadata"]["uid"] = new_uid();
      obj["metadata"]["creationTimestamp"] = now_rfc3339();
    }
    if (!dry_run && r.outcome != ObjectResult::Outcome::Unchanged) store.save_object(Kind::Service, ns, name, obj.dump());
    out.push_back(r);
  }
  return out;
}

std::vector<ObjectResult> prune_services(const Context& ctx, const std::string& applyset, const std::optional<model::Selector>& selector,
                                         const std::set<std::string>& keys, bool dry_run) {
  std::vector<ObjectResult> out;
  for (const auto& s : list_services(ctx, "")) {
    auto labels = s.labels();
    auto member = labels.find(kApplySetLabel);
    if (member == labels.end() || member->second != applyset) continue;
    if (selector && !selector->matches(labels)) continue;
    if (keys.count("service/" + s.ns + "/" + s.name)) continue;
    if (!dry_run) delete_service(ctx, s.ns, s.name);
    out.push_back({"service", s.ns, s.name, ObjectResult::Outcome::Pruned, ""});
  }
  return out;
}

bool delete_service(const Context& ctx, const std::string& ns, const std::string& name) {
  return state::StateStore(ctx.state_root).remove_object(Kind::Service, ns, name);
}

std::vector<plan::EndpointPod> endpoint_pods(const std::vector<PodView>& pods, ManifestCache& manifests) {
  std::vector<plan::EndpointPod> out;
  for (const auto& pod : pods) {
    const state::PodState& s = pod.state;
    plan::EndpointPod e;
    e.ns = s.ns;
    e.name = s.name;
    e.ip = s.pod_ip;
    e.terminating = s.deleting || !s.deletion_timestamp.empty() || !pod.supervised;
    for (const auto& c : s.conditions)
      if (c.type == "Ready") e.ready = c.status;
    const json& m = manifests.of(pod);
    if (m.is_object()) {
      const json meta = m.value("metadata", json::object());
      const json labels = meta.value("labels", json::object());
      for (auto it = labels.begin(); it != labels.end(); ++it)
        if (it.value().is_string()) e.labels[it.key()] = it.value().get<std::string>();
      const json spec = m.value("spec", json::object());
      e.hostname = spec.value("hostname", "");
      e.subdomain = spec.value("subdomain", "");
      for (const char* list : {"containers", "initContainers"})
        for (const auto& c : spec.value(list, json::array()))
          for (const auto& p : c.value("ports", json::array()))
            e.ports.push_back({p.value("name", ""), p.value("protocol", "TCP"), p.value("containerPort", 0)});
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string cluster_dns_address(const Context& ctx, const loader::LoadResult& loaded, const std::string& pod_subnet) {
  if (loaded.services.empty() && list_services(ctx, "").empty()) return "";
  auto subnet = net::parse_cidr(pod_subnet);
  return subnet ? net::ip_string(subnet->gateway()) : "";
}

std::string services_table(const Context& ctx) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : ctx.state_root) {
    h ^= c;
    h *= 16777619u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "podrun_svc_%08x", h);
  return buf;
}

ServiceProxy::~ServiceProxy() { stop_dns(); }

void ServiceProxy::stop_dns() {
  if (dnsmasq_pid_ > 0) {
    ::kill(dnsmasq_pid_, SIGTERM);
    while (::waitpid(dnsmasq_pid_, nullptr, 0) < 0 && errno == EINTR) {}
    dnsmasq_pid_ = 0;
  }
}

void ServiceProxy::ensure_dnsmasq(const std::string& listen, const std::string& resolv_conf) {
  if (dnsmasq_pid_ > 0) {
    if (::waitpid(dnsmasq_pid_, nullptr, WNOHANG) == 0 && listen == dnsmasq_listen_) return;  // running
    stop_dns();
  }
  const std::string dir = dns_dir(ctx_);
  std::vector<std::string> args = {"dnsmasq",
                                   "--keep-in-foreground",
                                   "--conf-file=/dev/null",  // none of the host's dnsmasq configuration
                                   "--no-hosts",             // not the host's /etc/hosts
                                   "--user=root",            // reads the state root, which is root's alone
                                   "--pid-file=",
                                   "--bind-dynamic",  // the gateway's address appears with the bridge
                                   "--listen-address=" + listen,
                                   "--hostsdir=" + dir + "/hosts",  // re-read on change (inotify)
                                   "--local=/cluster.local/",       // cluster names never go upstream
                                   "--domain-needed",
                                   "--log-facility=-"};
  args.push_back("--resolv-file=" + (resolv_conf.empty() ? std::string("/etc/resolv.conf") : resolv_conf));
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start the cluster DNS", "fork", "dnsmasq", errno);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // it goes with the controller process, whatever kills that
    int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) ::dup2(null, 0), ::dup2(null, 1);
    for (int i = 3; i < 1024; ++i) ::close(i);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    char* envp[] = {const_cast<char*>("PATH=/usr/sbin:/sbin:/usr/bin:/bin"), nullptr};
    ::execvpe("dnsmasq", argv.data(), envp);
    ::_exit(127);
  }
  dnsmasq_pid_ = pid;
  dnsmasq_listen_ = listen;
  log::info("services: cluster DNS (dnsmasq pid " + std::to_string(pid) + ") on " + listen + ":53");
}

std::size_t ServiceProxy::sync(const std::vector<PodView>& pods, ManifestCache& manifests, const std::set<std::string>& leaving,
                               const std::string& pod_subnet, const std::string& bridge, const std::string& service_cidr,
                               const std::string& resolv_conf, std::vector<std::string>& changes) {
  const std::size_t policies = sync_policies(pods, manifests, pod_subnet, bridge, changes);
  std::vector<ServiceView> services = list_services(ctx_, "");
  const std::string table = services_table(ctx_);
  const std::string dir = dns_dir(ctx_);
  if (services.empty()) {
    // The last Service gone: its table, its DNS server, their files.
    if (!applied_.empty() || files::exists(dir)) {
      net::run_nft(plan::services_ruleset_removal(table), "remove the services' table");
      stop_dns();
      files::remove_all(dir);
      applied_.clear();
      changes.push_back("services: none left; table " + table + " and the cluster DNS removed");
    }
    return policies;
  }
  // 1. Endpoints: the pods as they are, without those being deleted now.
  std::vector<plan::EndpointPod> eps = endpoint_pods(pods, manifests);
  for (auto& e : eps)
    if (leaving.count(e.ns + "/" + e.name)) e.terminating = true;
  std::vector<plan::ServicePlan> plans;
  for (const auto& s : services) plans.push_back(plan::service_plan(s.service, eps));
  // 2. The table, when it changed (one nft transaction: never a moment without rules).
  std::string ruleset = plan::services_ruleset(plans, {table, service_cidr, pod_subnet});
  if (ruleset != applied_) {
    net::run_nft(ruleset, "load the services' rules");
    applied_ = ruleset;
    changes.push_back("services: rules of " + std::to_string(services.size()) + " service(s) loaded");
  }
  // 3. DNS: the hosts file (dnsmasq re-reads it), and dnsmasq on the pod network's gateway.
  std::string hosts = plan::dns_hosts(plans, eps, "cluster.local");
  if (!files::make_dirs(dir + "/hosts", 0700)) throw SysError("write the cluster DNS's names", "mkdir", dir + "/hosts", errno);
  if (files::read(dir + "/hosts/cluster").value_or("\x01") != hosts) {
    // Written aside and renamed: dnsmasq never reads half a file.
    if (!files::write(dir + "/cluster.tmp", hosts, 0600) || ::rename((dir + "/cluster.tmp").c_str(), (dir + "/hosts/cluster").c_str()) != 0)
      throw SysError("write the cluster DNS's names", "rename", dir + "/hosts/cluster", errno);
  }
  auto subnet = net::parse_cidr(pod_subnet);
  if (subnet) ensure_dnsmasq(net::ip_string(subnet->gateway()), resolv_conf);
  return services.size() + policies;
}

std::size_t ServiceProxy::sync_policies(const std::vector<PodView>& pods, ManifestCache& manifests, const std::string& pod_subnet,
                                        const std::string& bridge, std::vector<std::string>& changes) {
  std::vector<NetworkPolicyView> stored = list_network_policies(ctx_, "");
  const std::string table = network_policy_table(ctx_);
  if (stored.empty()) {
    if (!applied_policies_.empty() || !policy_tables_checked_) {
      net::run_nft(plan::network_policy_ruleset_removal(table), "remove the network policies' tables");
      if (!applied_policies_.empty()) changes.push_back("network policies: none left; tables " + table + " removed");
      applied_policies_.clear();
      policy_tables_checked_ = true;
    }
    return 0;
  }
  std::vector<model::NetworkPolicy> policies;
  for (auto& p : stored) policies.push_back(std::move(p.policy));
  plan::PolicyRulesetOptions options{table, pod_subnet, true, bridge};
  // Where bridged frames already pass the inet hooks, the bridge table would only check them
  // twice (and needs bridge conntrack, which not every kernel has).
  options.bridge_table = !net::bridged_frames_pass_inet_hooks();
  std::string ruleset = plan::network_policy_ruleset(policies, policy_pods(pods, manifests), policy_namespaces(ctx_), options);
  if (ruleset != applied_policies_) {
    net::run_nft(ruleset, "load the network policies' rules");
    applied_policies_ = ruleset;
    changes.push_back("network policies: rules of " + std::to_string(policies.size()) + " policy(ies) loaded");
  }
  return policies.size();
}

}  // namespace podrun::pods
