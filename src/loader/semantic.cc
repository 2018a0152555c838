// The objects: a Pod's structure and the order of its checks, ConfigMaps, Secrets; and the
// entry points of semantic.h.
#include "loader/checker.h"

namespace podrun::loader {

namespace {

bool is_base64(const std::string& s) {
  if (s.size() % 4 != 0) return false;
  std::size_t pad = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '=') {
      if (i + 2 < s.size()) return false;
      ++pad;
    } else if (pad || !(alnum(c) || c == '+' || c == '/')) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Checker::pod(const json& pod, const json& schema) {
  const json& meta = field(pod, "metadata");
  metadata(meta, true);
  const json& spec = field(pod, "spec");
  if (!spec.is_object()) return;

  // 1. podrun's verdict on every field present (supported, ignored, refused), and on its own
  //    annotations.
  if (opt_.podrun_rules) {
    std::string path, norm;
    schema_root_ = &schema;
    fields(pod, schema, path, norm);
    podrun_annotations(meta);
    podrun_values(spec);
  }

  // 2. Pod-level values.
  static const char* const restart[] = {"Always", "OnFailure", "Never"};
  one_of("spec.restartPolicy", field(spec, "restartPolicy"), restart);
  static const char* const dns[] = {"ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"};
  one_of("spec.dnsPolicy", field(spec, "dnsPolicy"), dns);
  if (field(spec, "dnsPolicy") == "None") {
    const json& ns = field(field(spec, "dnsConfig"), "nameservers");
    if (!ns.is_array() || ns.empty()) error("spec.dnsConfig", "must provide at least one DNS nameserver when dnsPolicy is None");
  }
  if (const json& ns = field(field(spec, "dnsConfig"), "nameservers"); ns.is_array() && ns.size() > 3)
    error("spec.dnsConfig.nameservers", "must not have more than 3 nameservers");
  name_rule("spec.hostname", field(spec, "hostname"), check_dns1123_label);
  name_rule("spec.subdomain", field(spec, "subdomain"), check_dns1123_label);
  for (const char* k : {"terminationGracePeriodSeconds", "activeDeadlineSeconds"}) {
    const json& v = field(spec, k);
    bool positive = std::string(k) == "activeDeadlineSeconds";
    if (v.is_number_integer() && (v.get<long long>() < 0 || (positive && v.get<long long>() == 0)))
      error(std::string("spec.") + k, "must be " + std::string(positive ? "greater than 0" : "greater than or equal to 0"));
  }
  if (truthy(field(spec, "shareProcessNamespace")) && truthy(field(spec, "hostPID")))
    error("spec.shareProcessNamespace", "ShareProcessNamespace and HostPID cannot both be enabled");
  if (field(spec, "hostUsers") == false) {
    for (const char* k : {"hostNetwork", "hostPID", "hostIPC"})
      if (truthy(field(spec, k)))
        error(std::string("spec.") + k, "must be false when hostUsers is false (a user namespace cannot share host namespaces)");
  }
  pod_resources(spec);
  ids("spec.securityContext", field(spec, "securityContext"));
  seccomp("spec.securityContext", field(spec, "securityContext"));
  pod_security(spec);
  const json& aliases = field(spec, "hostAliases");
  if (aliases.is_array()) {
    for (std::size_t i = 0; i < aliases.size(); ++i) {
      std::string p = "spec.hostAliases[" + std::to_string(i) + "]";
      // Each becomes a line of the pod's /etc/hosts: an address that is not one (say
      // "1.2.3.4\n5.5.5.5 injected.example") would write lines of its own there.
      const json& ip = field(aliases[i], "ip");
      required(p + ".ip", ip);
      if (ip.is_string() && !is_ip_address(ip.get<std::string>()))
        error(p + ".ip", "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
      const json& hostnames = field(aliases[i], "hostnames");
      for (std::size_t j = 0; hostnames.is_array() && j < hostnames.size(); ++j)
        if (hostnames[j].is_string()) name_rule(p + ".hostnames[" + std::to_string(j) + "]", hostnames[j], check_dns1123_subdomain);
    }
  }

  // 3. Volumes, then containers (which refer to volumes), then volumes' references to containers.
  std::set<std::string> volume_names;
  const json& volumes = field(spec, "volumes");
  if (volumes.is_array()) {
    for (std::size_t i = 0; i < volumes.size(); ++i) {
      std::string p = "spec.volumes[" + std::to_string(i) + "]";
      const json& n = field(volumes[i], "name");
      name_rule(p + ".name", n, check_dns1123_label);
      if (n.is_string() && !volume_names.insert(n.get<std::string>()).second) error(p + ".name", "duplicate volume name " + n.dump());
    }
  }
  std::set<std::string> container_names;
  const json& containers = field(spec, "containers");
  if (containers.is_array() && containers.empty()) error("spec.containers", "must have at least one container");
  for (const char* list : {"initContainers", "containers"}) {
    const json& cs = field(spec, list);
    if (!cs.is_array()) continue;
    for (std::size_t i = 0; i < cs.size(); ++i)
      container(std::string("spec.") + list + "[" + std::to_string(i) + "]", cs[i], std::string(list) == "initContainers", volume_names,
                container_names, spec);
  }
  if (volumes.is_array())
    for (std::size_t i = 0; i < volumes.size(); ++i) volume("spec.volumes[" + std::to_string(i) + "]", volumes[i], ns_, container_names);
}

void Checker::configmap(const json& obj) {
  metadata(field(obj, "metadata"), true);
  std::size_t total = 0;
  std::set<std::string> keys;
  for (const char* which : {"data", "binaryData"}) {
    const json& m = field(obj, which);
    if (!m.is_object()) continue;
    for (auto it = m.begin(); it != m.end(); ++it) {
      std::string p = which;
      append_key(p, it.key());
      std::string why = check_config_key(it.key());
      if (!why.empty()) error(p, "invalid key " + in_quotes(it.key()) + ": " + why, Category::Invalid, true);
      if (!keys.insert(it.key()).second) error(p, "duplicate of key " + in_quotes(it.key()) + " in data", Category::Invalid, true);
      total += it.key().size() + str(it.value()).size();
    }
  }
  if (total > 1024 * 1024) error("data", "ConfigMap data may not be larger than 1 MiB");
}

void Checker::secret(const json& obj) {
  metadata(field(obj, "metadata"), true);
  std::size_t total = 0;
  for (const char* which : {"data", "stringData"}) {
    const json& m = field(obj, which);
    if (!m.is_object()) continue;
    for (auto it = m.begin(); it != m.end(); ++it) {
      std::string p = which;
      append_key(p, it.key());
      std::string why = check_config_key(it.key());
      if (!why.empty()) error(p, "invalid key " + in_quotes(it.key()) + ": " + why, Category::Invalid, true);
      std::string value = str(it.value());
      if (std::string(which) == "data" && !is_base64(value)) error(p, "must be base64-encoded (use stringData for plain text)");
      total += it.key().size() + value.size();
    }
  }
  if (total > 1024 * 1024) error("data", "Secret data may not be larger than 1 MiB");
}

void resolve_references(const std::vector<Reference>& refs, const ObjectCatalog& catalog, std::vector<Diagnostic>& out) {
  std::set<std::string> missing;  // report a missing object once, not once per key
  for (const Reference& r : refs) {
    const auto& objects = r.secret ? catalog.secrets : catalog.configmaps;
    const char* kind = r.secret ? "Secret" : "ConfigMap";
    auto it = objects.find(r.ns + "/" + r.name);
    std::string msg;
    if (it == objects.end() && !missing.insert(std::string(kind) + "/" + r.ns + "/" + r.name).second) continue;
    if (it == objects.end())
      msg = std::string(kind) + " " + in_quotes(r.name) + " (namespace " + r.ns +
            ") is not in the input; add it to the files given to podrun, or set optional: true";
    else if (!r.key.empty() && !it->second.count(r.key))
      msg = std::string(kind) + " " + in_quotes(r.name) + " has no key " + in_quotes(r.key);
    if (msg.empty()) continue;
    bool at_key = it != objects.end();
    out.push_back({Severity::Error, Category::Unresolved, at_key ? r.key_mark : r.mark, at_key ? r.key_path : r.path, msg});
  }
}

void check_object(const std::string& kind, const json& object, const PathIndex& positions, const json& schema, const CheckOptions& options,
                  std::vector<Diagnostic>& out) {
  Checker c(positions, options, out);
  if (kind == "Pod") c.pod(object, schema);
  else if (kind == "ConfigMap") c.configmap(object);
  else if (kind == "Secret") c.secret(object);
  else if (kind == "Namespace") c.namespace_object(object);
  else if (kind == "Deployment") c.deployment(object);
  else if (kind == "Job") c.job(object);
  else if (kind == "CronJob") c.cronjob(object);
  else if (kind == "DaemonSet") c.daemonset(object);
  else if (kind == "StatefulSet") c.statefulset(object);
  else if (kind == "NetworkPolicy") c.network_policy(object);
  else if (kind == "Service") c.service(object);
}

}  // namespace podrun::loader
