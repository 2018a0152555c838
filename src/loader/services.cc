// Services: what the API server checks beyond the schema (ValidateService in
// k8s.io/kubernetes/pkg/apis/core/validation), podrun's support policy (ClusterIP, headless,
// NodePort; TCP and UDP), and the typed model.
#include <set>

#include "loader/checker.h"
#include "loader/workloads.h"
#include "model/selector.h"

namespace podrun::loader {

void Checker::service(const json& obj) {
  // A Service's name is a DNS label (metadata's `false`): it becomes <name>.<ns>.svc.cluster.local.
  metadata(field(obj, "metadata"), false);
  // ... and a DNS-1035 one: it starts with a letter.
  const std::string name = str(field(field(obj, "metadata"), "name"));
  if (!name.empty() && !(name[0] >= 'a' && name[0] <= 'z') && check_dns1123_label(name).empty())
    error("metadata.name", "invalid value " + in_quotes(name) +
                               ": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
                               "character, and end with an alphanumeric character");
  const json& spec = field(obj, "spec");
  std::string type = str(field(spec, "type"), "ClusterIP");
  std::string cluster_ip = str(field(spec, "clusterIP"));
  if (type != "ClusterIP" && type != "NodePort" && type != "LoadBalancer" && type != "ExternalName")
    error("spec.type",
          "unsupported value " + in_quotes(type) + ": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"");
  if (type == "LoadBalancer" || type == "ExternalName")
    error("spec.type",
          "a Service of type " + type +
              " is not run by podrun (one machine: no cloud load balancer, no external names); use ClusterIP or NodePort",
          Category::Unsupported);
  if (!cluster_ip.empty() && cluster_ip != "None" && !is_ip_address(cluster_ip))
    error("spec.clusterIP", "invalid value " + in_quotes(cluster_ip) + ": must be empty, 'None', or a valid IP address");
  if (cluster_ip == "None" && type != "ClusterIP")
    error("spec.clusterIP", "invalid value \"None\": may only be set for ClusterIP services");
  const json& ports = field(spec, "ports");
  bool headless = cluster_ip == "None";
  if ((!ports.is_array() || ports.empty()) && !headless && type != "ExternalName") error("spec.ports", "required value");
  if (ports.is_array()) {
    std::set<std::string> names;
    std::set<std::pair<int, std::string>> seen;
    for (std::size_t i = 0; i < ports.size(); ++i) {
      const std::string p = "spec.ports[" + std::to_string(i) + "]";
      const json& port = ports[i];
      std::string name = str(field(port, "name"));
      if (ports.size() > 1 && name.empty()) error(p + ".name", "required value");
      if (!name.empty()) {
        name_rule(p + ".name", field(port, "name"), check_dns1123_label);
        if (!names.insert(name).second) error(p + ".name", "duplicate value " + in_quotes(name));
      }
      const json& number = field(port, "port");
      if (number.is_number_integer() && (number.get<long long>() < 1 || number.get<long long>() > 65535))
        error(p + ".port", "invalid value " + number.dump() + ": must be between 1 and 65535, inclusive");
      std::string protocol = str(field(port, "protocol"), "TCP");
      if (protocol != "TCP" && protocol != "UDP" && protocol != "SCTP")
        error(p + ".protocol", "unsupported value " + in_quotes(protocol) + ": supported values: \"SCTP\", \"TCP\", \"UDP\"");
      else if (protocol == "SCTP") error(p + ".protocol", "podrun's services carry TCP and UDP, not SCTP", Category::Unsupported);
      if (number.is_number_integer() && !seen.insert({number.get<int>(), protocol}).second)
        error(p, "duplicate value: port " + number.dump() + "/" + protocol);
      const json& target = field(port, "targetPort");
      if (target.is_number_integer() && (target.get<long long>() < 1 || target.get<long long>() > 65535))
        error(p + ".targetPort", "invalid value " + target.dump() + ": must be between 1 and 65535, inclusive");
      if (target.is_string()) name_rule(p + ".targetPort", target, check_port_name);
      const json& node_port = field(port, "nodePort");
      if (!node_port.is_null()) {
        if (type != "NodePort" && type != "LoadBalancer")
          error(p + ".nodePort", "forbidden: may not be used when `type` is '" + type + "'");
        else if (node_port.is_number_integer() && (node_port.get<long long>() < 30000 || node_port.get<long long>() > 32767))
          error(p + ".nodePort",
                "invalid value " + node_port.dump() + ": provided port is not in the valid range. The range of valid ports is 30000-32767");
      }
    }
  }
  std::string affinity = str(field(spec, "sessionAffinity"), "None");
  if (affinity != "None" && affinity != "ClientIP")
    error("spec.sessionAffinity", "unsupported value " + in_quotes(affinity) + ": supported values: \"ClientIP\", \"None\"");
  const json& selector = field(spec, "selector");
  if (selector.is_object())
    for (auto it = selector.begin(); it != selector.end(); ++it) {
      std::string p = "spec.selector";
      append_key(p, it.key());
      std::string why = model::label_key_error(it.key());
      if (!why.empty()) error(p, "invalid label key " + in_quotes(it.key()) + ": " + why, Category::Invalid, true);
    }
  for (const char* f : {"externalIPs", "loadBalancerIP", "loadBalancerSourceRanges", "externalName"})
    if (!field(spec, f).is_null() && (type == "ClusterIP" || type == "NodePort") && std::string(f) != "externalName")
      warning(std::string("spec.") + f, std::string("ignored by podrun: ") + f + " needs addresses of a cloud or a router");
}

Service decode_service(const json& obj) {
  Service s;
  const json& meta = field(obj, "metadata");
  s.metadata.name = str(field(meta, "name"));
  s.metadata.ns = str(field(meta, "namespace"), "default");
  if (s.metadata.ns.empty()) s.metadata.ns = "default";
  const json& labels = field(meta, "labels");
  if (labels.is_object())
    for (auto it = labels.begin(); it != labels.end(); ++it) s.metadata.labels[it.key()] = str(it.value());
  const json& spec = field(obj, "spec");
  s.type = str(field(spec, "type")) == "NodePort" ? Service::Type::NodePort : Service::Type::ClusterIP;
  s.cluster_ip = str(field(spec, "clusterIP"));
  const json& sel = field(spec, "selector");
  if (sel.is_object())
    for (auto it = sel.begin(); it != sel.end(); ++it) s.selector[it.key()] = str(it.value());
  s.client_ip_affinity = str(field(spec, "sessionAffinity")) == "ClientIP";
  const json& timeout = field(field(field(spec, "sessionAffinityConfig"), "clientIP"), "timeoutSeconds");
  if (timeout.is_number_integer()) s.affinity_timeout_seconds = timeout.get<int>();
  s.publish_not_ready = truthy(field(spec, "publishNotReadyAddresses"));
  const json& ports = field(spec, "ports");
  if (ports.is_array())
    for (const auto& p : ports) {
      ServicePort sp;
      sp.name = str(field(p, "name"));
      sp.protocol = str(field(p, "protocol"), "TCP");
      sp.port = field(p, "port").is_number_integer() ? field(p, "port").get<int>() : 0;
      const json& t = field(p, "targetPort");
      if (t.is_number_integer()) sp.target_port = t.get<int>();
      else if (t.is_string()) sp.target_port_name = t.get<std::string>();
      else sp.target_port = sp.port;  // the API server's default: the port
      if (field(p, "nodePort").is_number_integer()) sp.node_port = field(p, "nodePort").get<int>();
      s.ports.push_back(std::move(sp));
    }
  return s;
}

}  // namespace podrun::loader
