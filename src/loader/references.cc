// References: to ConfigMaps and Secrets (resolved once the whole input is read), to fields and resources of the pod (the downward API), and
// environment variables.
#include "loader/checker.h"

namespace podrun::loader {

void Checker::file_mode(const std::string& path, const json& v) {
  if (v.is_number_integer() && (v.get<long long>() < 0 || v.get<long long>() > 0777))
    error(path, "invalid file mode " + v.dump() + ": must be a number between 0 and 0777 (octal), both inclusive (write 0644 or 420)");
}

void Checker::reference(const std::string& path, bool secret, const std::string& ns, const json& name, const json& key,
                        const json& optional) {
  // `path` is the field holding the name; a key reference points at the key's own field.
  if (!opt_.podrun_rules || !opt_.references || truthy(optional) || !name.is_string()) return;
  Reference r{secret, ns, name.get<std::string>(), key.is_string() ? key.get<std::string>() : "", path, pos_.value(path), "", {}};
  if (key.is_string()) {
    std::size_t dot = path.rfind('.');
    r.key_path = (dot == std::string::npos ? path : path.substr(0, dot)) + ".key";
    r.key_mark = pos_.value(r.key_path);
  }
  opt_.references->push_back(std::move(r));
}

void Checker::field_ref(const std::string& path, const json& ref, bool volume) {
  std::string fp = str(field(ref, "fieldPath"));
  const json& api = field(ref, "apiVersion");
  if (api.is_string() && api != "v1")
    error(path + ".apiVersion", "unsupported value " + in_quotes(api.get<std::string>()) + ": supported values: \"v1\"");
  static const char* const env_paths[] = {
      "metadata.name",           "metadata.namespace", "metadata.uid",   "metadata.labels", "metadata.annotations", "spec.nodeName",
      "spec.serviceAccountName", "status.hostIP",      "status.hostIPs", "status.podIP",    "status.podIPs"};
  static const char* const volume_paths[] = {"metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels",
                                             "metadata.annotations"};
  auto subscripted = [&](const char* base) {
    std::string b = std::string(base) + "['";
    return fp.rfind(b, 0) == 0 && fp.size() > b.size() + 2 && fp.compare(fp.size() - 2, 2, "']") == 0;
  };
  bool ok = false;
  if (volume) {
    for (const char* p : volume_paths) ok = ok || fp == p;
  } else {
    for (const char* p : env_paths) ok = ok || (fp == p && fp != "metadata.labels" && fp != "metadata.annotations");
  }
  ok = ok || subscripted("metadata.labels") || subscripted("metadata.annotations");
  if (!ok)
    error(path + ".fieldPath", "unsupported value " + in_quotes(fp) +
                                   (volume ? ": supported values: metadata.name, metadata.namespace, metadata.uid, "
                                             "metadata.labels, metadata.annotations, metadata.labels['KEY'], "
                                             "metadata.annotations['KEY']"
                                           : ": supported values: metadata.name, metadata.namespace, metadata.uid, "
                                             "metadata.labels['KEY'], metadata.annotations['KEY'], spec.nodeName, "
                                             "spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP, "
                                             "status.podIPs"));
}

void Checker::resource_field_ref(const std::string& path, const json& ref, bool volume, const std::set<std::string>* container_names) {
  static const char* const resources[] = {"limits.cpu",   "limits.memory",   "limits.ephemeral-storage",
                                          "requests.cpu", "requests.memory", "requests.ephemeral-storage"};
  std::string r = str(field(ref, "resource"));
  bool ok = std::any_of(std::begin(resources), std::end(resources), [&](const char* x) { return r == x; }) ||
            r.rfind("limits.hugepages-", 0) == 0 || r.rfind("requests.hugepages-", 0) == 0;
  if (!ok) one_of(path + ".resource", field(ref, "resource"), resources);
  const json& cname = field(ref, "containerName");
  if (volume && str(cname).empty()) error(path + ".containerName", "is required for a volume's resourceFieldRef");
  if (container_names && cname.is_string() && !cname.get<std::string>().empty() && !container_names->count(cname.get<std::string>()))
    error(path + ".containerName", "no container named " + in_quotes(cname.get<std::string>()) + " in this pod");
  const json& div = field(ref, "divisor");
  if (auto text = quantity_text(div)) {
    auto q = parse_quantity(*text);
    if (!q || q->negative || q->is_zero()) error(path + ".divisor", in_quotes(*text) + " is not a valid divisor");
    else if (r.find("cpu") != std::string::npos) {
      static const char* const cpu_div[] = {"1m", "1", "1k", "1M", "1G", "1T", "1P", "1E"};
      if (std::none_of(std::begin(cpu_div), std::end(cpu_div), [&](const char* d) { return *text == d; }))
        error(path + ".divisor", in_quotes(*text) + " is not a valid CPU divisor: use 1m or 1");
    }
  }
}

void Checker::env(const std::string& path, const json& c, const std::string& ns) {
  const json& env = field(c, "env");
  if (env.is_array()) {
    for (std::size_t i = 0; i < env.size(); ++i) {
      std::string p = path + ".env[" + std::to_string(i) + "]";
      const json& e = env[i];
      name_rule(p + ".name", field(e, "name"), opt_.kubernetes_minor >= 32 ? check_relaxed_env_var_name : check_env_var_name);
      const json& vf = field(e, "valueFrom");
      if (!vf.is_object()) continue;
      if (field(e, "value").is_string() && !str(field(e, "value")).empty())
        error(p + ".valueFrom", "may not be specified when `value` is not empty");
      int sources = 0;
      // fileKeyRef (1.34+) only where the target's schema let it through.
      for (const char* k : {"configMapKeyRef", "secretKeyRef", "fieldRef", "resourceFieldRef", "fileKeyRef"})
        sources += field(vf, k).is_object() ? 1 : 0;
      if (sources != 1) {
        error(p + ".valueFrom", "must specify exactly one of configMapKeyRef, secretKeyRef, fieldRef, resourceFieldRef, fileKeyRef");
        continue;
      }
      for (const char* k : {"configMapKeyRef", "secretKeyRef"}) {
        const json& ref = field(vf, k);
        if (!ref.is_object()) continue;
        std::string rp = p + ".valueFrom." + k;
        required(rp + ".name", field(ref, "name"));
        name_rule(rp + ".key", field(ref, "key"), check_config_key);
        reference(rp + ".name", std::string(k) == "secretKeyRef", ns, field(ref, "name"), field(ref, "key"), field(ref, "optional"));
      }
      if (field(vf, "fieldRef").is_object()) field_ref(p + ".valueFrom.fieldRef", vf["fieldRef"], false);
      if (field(vf, "resourceFieldRef").is_object())
        resource_field_ref(p + ".valueFrom.resourceFieldRef", vf["resourceFieldRef"], false, nullptr);
    }
  }
  const json& env_from = field(c, "envFrom");
  if (env_from.is_array()) {
    for (std::size_t i = 0; i < env_from.size(); ++i) {
      std::string p = path + ".envFrom[" + std::to_string(i) + "]";
      const json& e = env_from[i];
      const json& prefix = field(e, "prefix");
      if (prefix.is_string() && !prefix.get<std::string>().empty())
        name_rule(p + ".prefix", prefix, opt_.kubernetes_minor >= 32 ? check_relaxed_env_var_name : check_env_var_name);
      int n = field(e, "configMapRef").is_object() + field(e, "secretRef").is_object();
      if (n != 1) {
        error(p, "must specify exactly one of configMapRef, secretRef");
        continue;
      }
      bool secret = field(e, "secretRef").is_object();
      const json& ref = secret ? e["secretRef"] : e["configMapRef"];
      std::string rp = p + (secret ? ".secretRef" : ".configMapRef");
      required(rp + ".name", field(ref, "name"));
      reference(rp + ".name", secret, ns, field(ref, "name"), json(), field(ref, "optional"));
    }
  }
}

void Checker::key_to_path_items(const std::string& path, const json& items, bool secret, const json& name, const json& optional) {
  if (!items.is_array()) return;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    const json& it = items[i];
    const json& key = field(it, "key");
    name_rule(p + ".key", key, check_config_key);
    std::string ip = str(field(it, "path"));
    local_non_reserved_path(p + ".path", ip);
    file_mode(p + ".mode", field(it, "mode"));
    reference(p + ".name", secret, ns_, name, key, optional);
  }
}

}  // namespace podrun::loader
