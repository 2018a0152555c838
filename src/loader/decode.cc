#include "loader/decode.h"

#include "loader/json_fields.h"

namespace podrun::loader {

using json = nlohmann::json;

namespace {

const json& at(const json& obj, const char* key) { return field(obj, key); }
bool boolean(const json& v, bool fallback = false) { return v.is_boolean() ? v.get<bool>() : fallback; }
std::optional<std::int64_t> int_opt(const json& v) {
  if (v.is_number_integer()) return v.get<std::int64_t>();
  return std::nullopt;
}

std::optional<SeccompProfile> seccomp_profile(const json& v) {
  if (!v.is_object()) return std::nullopt;
  return SeccompProfile{str(at(v, "type")), str(at(v, "localhostProfile"))};
}
std::vector<std::string> strings(const json& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& s : v) out.push_back(str(s));
  return out;
}
std::map<std::string, std::string> string_map(const json& v) {
  std::map<std::string, std::string> out;
  if (v.is_object())
    for (auto it = v.begin(); it != v.end(); ++it) out[it.key()] = str(it.value());
  return out;
}

ObjectMeta meta(const json& m) {
  ObjectMeta out;
  out.name = str(at(m, "name"));
  out.ns = str(at(m, "namespace"));
  if (out.ns.empty()) out.ns = "default";
  out.labels = string_map(at(m, "labels"));
  out.annotations = string_map(at(m, "annotations"));
  return out;
}

ResourceList resource_list(const json& v) {
  ResourceList out;
  if (!v.is_object()) return out;
  for (auto it = v.begin(); it != v.end(); ++it) {
    auto text = quantity_text(it.value());
    if (!text) continue;
    if (auto q = parse_quantity(*text)) out[it.key()] = ResourceQuantity{*text, *q};
  }
  return out;
}

Handler handler(const json& h) {
  Handler out;
  auto port = [&out](const json& p) {
    if (p.is_number_integer()) out.port = static_cast<int>(p.get<std::int64_t>());
    else out.port_name = str(p);
  };
  if (const json& e = at(h, "exec"); e.is_object()) {
    out.type = Handler::Type::Exec;
    out.command = strings(at(e, "command"));
  } else if (const json& g = at(h, "httpGet"); g.is_object()) {
    out.type = Handler::Type::HttpGet;
    out.path = str(at(g, "path"), "/");
    if (out.path.empty()) out.path = "/";
    out.scheme = str(at(g, "scheme"), "HTTP");
    out.host = str(at(g, "host"));
    port(at(g, "port"));
    for (const auto& hh : at(g, "httpHeaders")) out.http_headers.emplace_back(str(at(hh, "name")), str(at(hh, "value")));
  } else if (const json& t = at(h, "tcpSocket"); t.is_object()) {
    out.type = Handler::Type::TcpSocket;
    out.host = str(at(t, "host"));
    port(at(t, "port"));
  } else if (const json& r = at(h, "grpc"); r.is_object()) {
    out.type = Handler::Type::Grpc;
    port(at(r, "port"));
    out.service = str(at(r, "service"));
  } else if (const json& sl = at(h, "sleep"); sl.is_object()) {
    out.type = Handler::Type::Sleep;
    out.sleep_seconds = int_opt(at(sl, "seconds")).value_or(0);
  }
  return out;
}

std::optional<Probe> probe(const json& p) {
  if (!p.is_object()) return std::nullopt;
  Probe out;
  out.handler = handler(p);
  out.initial_delay_seconds = int_opt(at(p, "initialDelaySeconds")).value_or(0);
  out.timeout_seconds = int_opt(at(p, "timeoutSeconds")).value_or(1);
  out.period_seconds = int_opt(at(p, "periodSeconds")).value_or(10);
  out.success_threshold = int_opt(at(p, "successThreshold")).value_or(1);
  out.failure_threshold = int_opt(at(p, "failureThreshold")).value_or(3);
  out.termination_grace_period_seconds = int_opt(at(p, "terminationGracePeriodSeconds"));
  return out;
}

ResourceFieldSelector resource_field(const json& v) {
  ResourceFieldSelector out;
  out.container_name = str(at(v, "containerName"));
  out.resource = str(at(v, "resource"));
  if (auto d = quantity_text(at(v, "divisor"))) out.divisor = *d;
  return out;
}

Container container(const json& c, ContainerType type, Mark mark) {
  Container out;
  out.type = type;
  out.mark = mark;
  out.name = str(at(c, "name"));
  out.image = str(at(c, "image"));
  out.image_pull_policy = str(at(c, "imagePullPolicy"), default_pull_policy(out.image));
  out.command = strings(at(c, "command"));
  out.args = strings(at(c, "args"));
  out.working_dir = str(at(c, "workingDir"));
  for (const auto& e : at(c, "env")) {
    EnvVar ev;
    ev.name = str(at(e, "name"));
    ev.value = str(at(e, "value"));
    const json& vf = at(e, "valueFrom");
    for (const char* k : {"configMapKeyRef", "secretKeyRef"}) {
      const json& ref = at(vf, k);
      if (!ref.is_object()) continue;
      ev.source = std::string(k) == "secretKeyRef" ? EnvVar::Source::SecretKey : EnvVar::Source::ConfigMapKey;
      ev.key_ref = {str(at(ref, "name")), str(at(ref, "key")), boolean(at(ref, "optional"))};
    }
    if (at(vf, "fieldRef").is_object()) {
      ev.source = EnvVar::Source::Field;
      ev.field_ref.field_path = str(at(vf["fieldRef"], "fieldPath"));
    }
    if (at(vf, "resourceFieldRef").is_object()) {
      ev.source = EnvVar::Source::ResourceField;
      ev.resource_field_ref = resource_field(vf["resourceFieldRef"]);
    }
    out.env.push_back(std::move(ev));
  }
  for (const auto& e : at(c, "envFrom")) {
    EnvFromSource ef;
    ef.prefix = str(at(e, "prefix"));
    ef.secret = at(e, "secretRef").is_object();
    const json& ref = ef.secret ? e["secretRef"] : at(e, "configMapRef");
    ef.name = str(at(ref, "name"));
    ef.optional = boolean(at(ref, "optional"));
    out.env_from.push_back(std::move(ef));
  }
  for (const auto& p : at(c, "ports")) {
    ContainerPort port;
    port.name = str(at(p, "name"));
    port.container_port = static_cast<int>(int_opt(at(p, "containerPort")).value_or(0));
    port.host_port = static_cast<int>(int_opt(at(p, "hostPort")).value_or(0));
    port.host_ip = str(at(p, "hostIP"));
    port.protocol = str(at(p, "protocol"), "TCP");
    out.ports.push_back(std::move(port));
  }
  const json& res = at(c, "resources");
  out.resources.requests = resource_list(at(res, "requests"));
  out.resources.limits = resource_list(at(res, "limits"));
  // API defaulting: a limit without a request makes the request equal to the limit.
  for (const auto& [name, q] : out.resources.limits) out.resources.requests.emplace(name, q);
  out.restart_policy = str(at(c, "restartPolicy"));
  for (const auto& r : at(c, "restartPolicyRules")) {
    ContainerRestartRule rule;
    rule.action = str(at(r, "action"));
    rule.in = str(at(at(r, "exitCodes"), "operator"), "In") == "In";
    for (const auto& v : at(at(r, "exitCodes"), "values"))
      if (v.is_number_integer()) rule.values.push_back(v.get<int>());
    out.restart_rules.push_back(std::move(rule));
  }
  for (const auto& m : at(c, "volumeMounts")) {
    out.volume_mounts.push_back({str(at(m, "name")), str(at(m, "mountPath")), str(at(m, "subPath")), boolean(at(m, "readOnly"))});
  }
  const json& sc = at(c, "securityContext");
  out.security_context.run_as_user = int_opt(at(sc, "runAsUser"));
  out.security_context.run_as_group = int_opt(at(sc, "runAsGroup"));
  if (at(sc, "runAsNonRoot").is_boolean()) out.security_context.run_as_non_root = sc["runAsNonRoot"].get<bool>();
  out.security_context.capabilities_add = strings(at(at(sc, "capabilities"), "add"));
  out.security_context.capabilities_drop = strings(at(at(sc, "capabilities"), "drop"));
  if (at(sc, "allowPrivilegeEscalation").is_boolean())
    out.security_context.allow_privilege_escalation = sc["allowPrivilegeEscalation"].get<bool>();
  out.security_context.privileged = boolean(at(sc, "privileged"));
  out.security_context.read_only_root_filesystem = boolean(at(sc, "readOnlyRootFilesystem"));
  out.security_context.proc_mount = str(at(sc, "procMount"), "Default");
  out.security_context.seccomp = seccomp_profile(at(sc, "seccompProfile"));
  out.liveness_probe = probe(at(c, "livenessProbe"));
  out.readiness_probe = probe(at(c, "readinessProbe"));
  out.startup_probe = probe(at(c, "startupProbe"));
  const json& lc = at(c, "lifecycle");
  if (at(lc, "postStart").is_object()) out.post_start = handler(lc["postStart"]);
  if (at(lc, "preStop").is_object()) out.pre_stop = handler(lc["preStop"]);
  out.stop_signal = str(at(lc, "stopSignal"));
  out.termination_message_path = str(at(c, "terminationMessagePath"), "/dev/termination-log");
  out.termination_message_policy = str(at(c, "terminationMessagePolicy"), "File");
  out.stdin_open = boolean(at(c, "stdin"));
  out.tty = boolean(at(c, "tty"));
  return out;
}

std::optional<int> mode(const json& v) {
  if (v.is_number_integer()) return static_cast<int>(v.get<std::int64_t>());
  return std::nullopt;
}

std::vector<DownwardAPIFile> downward_files(const json& items) {
  std::vector<DownwardAPIFile> out;
  for (const auto& it : items) {
    DownwardAPIFile f;
    f.path = str(at(it, "path"));
    f.mode = mode(at(it, "mode"));
    if (at(it, "fieldRef").is_object()) f.field_ref = ObjectFieldSelector{str(at(it["fieldRef"], "fieldPath"))};
    if (at(it, "resourceFieldRef").is_object()) f.resource_field_ref = resource_field(it["resourceFieldRef"]);
    out.push_back(std::move(f));
  }
  return out;
}

Volume volume(const json& v) {
  Volume out;
  out.name = str(at(v, "name"));
  if (const json& ed = at(v, "emptyDir"); ed.is_object()) {
    out.type = Volume::Type::EmptyDir;
    out.medium = str(at(ed, "medium"));
    if (auto t = quantity_text(at(ed, "sizeLimit")))
      if (auto q = parse_quantity(*t)) out.size_limit = ResourceQuantity{*t, *q};
  } else if (const json& hp = at(v, "hostPath"); hp.is_object()) {
    out.type = Volume::Type::HostPath;
    out.host_path = str(at(hp, "path"));
    out.host_path_type = str(at(hp, "type"));
  } else if (const json& pvc = at(v, "persistentVolumeClaim"); pvc.is_object()) {
    out.type = Volume::Type::PersistentVolumeClaim;
    out.source_name = str(at(pvc, "claimName"));
    out.claim_read_only = boolean(at(pvc, "readOnly"));
  } else if (const json& cm = at(v, "configMap"); cm.is_object()) {
    out.type = Volume::Type::ConfigMap;
    out.source_name = str(at(cm, "name"));
    out.default_mode = mode(at(cm, "defaultMode")).value_or(0644);
    out.optional = boolean(at(cm, "optional"));
    for (const auto& it : at(cm, "items")) out.items.push_back({str(at(it, "key")), str(at(it, "path")), mode(at(it, "mode"))});
  } else if (const json& sec = at(v, "secret"); sec.is_object()) {
    out.type = Volume::Type::Secret;
    out.source_name = str(at(sec, "secretName"));
    out.default_mode = mode(at(sec, "defaultMode")).value_or(0644);
    out.optional = boolean(at(sec, "optional"));
    for (const auto& it : at(sec, "items")) out.items.push_back({str(at(it, "key")), str(at(it, "path")), mode(at(it, "mode"))});
  } else if (const json& da = at(v, "downwardAPI"); da.is_object()) {
    out.type = Volume::Type::DownwardAPI;
    out.default_mode = mode(at(da, "defaultMode")).value_or(0644);
    out.downward_items = downward_files(at(da, "items"));
  } else if (const json& img = at(v, "image"); img.is_object()) {
    out.type = Volume::Type::Image;
    out.image_reference = str(at(img, "reference"));
    out.image_pull_policy = str(at(img, "pullPolicy"), default_pull_policy(out.image_reference));
  } else if (const json& pr = at(v, "projected"); pr.is_object()) {
    out.type = Volume::Type::Projected;
    out.default_mode = mode(at(pr, "defaultMode")).value_or(0644);
    for (const auto& s : at(pr, "sources")) {
      VolumeProjection p;
      auto items = [&](const json& src) {
        for (const auto& it : at(src, "items")) p.items.push_back({str(at(it, "key")), str(at(it, "path")), mode(at(it, "mode"))});
      };
      if (const json& cm = at(s, "configMap"); cm.is_object()) {
        p.type = VolumeProjection::Type::ConfigMap;
        p.source_name = str(at(cm, "name"));
        p.optional = boolean(at(cm, "optional"));
        items(cm);
      } else if (const json& sec = at(s, "secret"); sec.is_object()) {
        p.type = VolumeProjection::Type::Secret;
        p.source_name = str(at(sec, "name"));
        p.optional = boolean(at(sec, "optional"));
        items(sec);
      } else if (const json& d = at(s, "downwardAPI"); d.is_object()) {
        p.type = VolumeProjection::Type::DownwardAPI;
        p.downward_items = downward_files(at(d, "items"));
      } else {
        continue;  // refused by the loader's field rules
      }
      out.sources.push_back(std::move(p));
    }
  }
  // A volume with no source is an emptyDir (API defaulting).
  return out;
}

}  // namespace

std::string default_pull_policy(const std::string& image) {
  if (image.find('@') != std::string::npos) return "IfNotPresent";
  std::size_t slash = image.rfind('/');
  std::size_t colon = image.rfind(':');
  bool tagged = colon != std::string::npos && (slash == std::string::npos || colon > slash);
  if (!tagged || image.substr(colon + 1) == "latest") return "Always";
  return "IfNotPresent";
}

std::string base64_decode(const std::string& in) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int buf = 0, bits = 0;
  for (char c : in) {
    int v = val(c);
    if (v < 0) continue;
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buf >> bits) & 0xff);
    }
  }
  return out;
}

Pod decode_pod(const json& object, const PathIndex& positions) {
  Pod pod;
  pod.metadata = meta(at(object, "metadata"));
  const json& spec = at(object, "spec");
  pod.canonical_spec = spec.dump();  // nlohmann::json keeps object keys sorted
  PodSpec& s = pod.spec;
  const json& inits = at(spec, "initContainers");
  for (std::size_t i = 0; i < inits.size(); ++i) {
    bool sidecar = str(at(inits[i], "restartPolicy")) == "Always";
    s.init_containers.push_back(container(inits[i], sidecar ? ContainerType::Sidecar : ContainerType::Init,
                                          positions.value("spec.initContainers[" + std::to_string(i) + "]")));
  }
  const json& cs = at(spec, "containers");
  for (std::size_t i = 0; i < cs.size(); ++i)
    s.containers.push_back(container(cs[i], ContainerType::App, positions.value("spec.containers[" + std::to_string(i) + "]")));
  for (const auto& v : at(spec, "volumes")) s.volumes.push_back(volume(v));
  s.resources.requests = resource_list(at(at(spec, "resources"), "requests"));
  s.resources.limits = resource_list(at(at(spec, "resources"), "limits"));
  s.restart_policy = str(at(spec, "restartPolicy"), "Always");
  s.termination_grace_period_seconds = int_opt(at(spec, "terminationGracePeriodSeconds")).value_or(30);
  s.dns_policy = str(at(spec, "dnsPolicy"), "ClusterFirst");
  if (const json& dc = at(spec, "dnsConfig"); dc.is_object()) {
    PodDNSConfig d;
    d.nameservers = strings(at(dc, "nameservers"));
    d.searches = strings(at(dc, "searches"));
    for (const auto& o : at(dc, "options")) {
      std::optional<std::string> value;
      if (at(o, "value").is_string()) value = o["value"].get<std::string>();
      d.options.emplace_back(str(at(o, "name")), value);
    }
    s.dns_config = std::move(d);
  }
  for (const auto& a : at(spec, "hostAliases")) s.host_aliases.push_back({str(at(a, "ip")), strings(at(a, "hostnames"))});
  for (const auto& ref : at(spec, "imagePullSecrets"))
    if (!str(at(ref, "name")).empty()) s.image_pull_secrets.push_back(str(at(ref, "name")));
  s.hostname = str(at(spec, "hostname"));
  s.subdomain = str(at(spec, "subdomain"));
  s.set_hostname_as_fqdn = boolean(at(spec, "setHostnameAsFQDN"));
  s.host_network = boolean(at(spec, "hostNetwork"));
  s.host_pid = boolean(at(spec, "hostPID"));
  s.host_ipc = boolean(at(spec, "hostIPC"));
  s.share_process_namespace = boolean(at(spec, "shareProcessNamespace"));
  s.host_users = boolean(at(spec, "hostUsers"), true);
  const json& psc = at(spec, "securityContext");
  s.security_context.run_as_user = int_opt(at(psc, "runAsUser"));
  s.security_context.run_as_group = int_opt(at(psc, "runAsGroup"));
  if (at(psc, "runAsNonRoot").is_boolean()) s.security_context.run_as_non_root = psc["runAsNonRoot"].get<bool>();
  for (const auto& g : at(psc, "supplementalGroups"))
    if (g.is_number_integer()) s.security_context.supplemental_groups.push_back(g.get<std::int64_t>());
  s.security_context.supplemental_groups_policy = str(at(psc, "supplementalGroupsPolicy"), "Merge");
  s.security_context.fs_group = int_opt(at(psc, "fsGroup"));
  s.security_context.fs_group_change_policy = str(at(psc, "fsGroupChangePolicy"), "Always");
  for (const auto& sc : at(psc, "sysctls")) s.security_context.sysctls.emplace_back(str(at(sc, "name")), str(at(sc, "value")));
  s.security_context.seccomp = seccomp_profile(at(psc, "seccompProfile"));
  s.service_account_name = str(at(spec, "serviceAccountName"), str(at(spec, "serviceAccount"), "default"));
  s.node_name = str(at(spec, "nodeName"));
  return pod;
}

ConfigMap decode_configmap(const json& object) {
  ConfigMap cm;
  cm.metadata = meta(at(object, "metadata"));
  cm.data = string_map(at(object, "data"));
  for (const auto& [k, v] : string_map(at(object, "binaryData"))) cm.data[k] = base64_decode(v);
  cm.immutable = boolean(at(object, "immutable"));
  return cm;
}

Secret decode_secret(const json& object) {
  Secret s;
  s.metadata = meta(at(object, "metadata"));
  s.type = str(at(object, "type"), "Opaque");
  for (const auto& [k, v] : string_map(at(object, "data"))) s.data[k] = base64_decode(v);
  // stringData is write-only convenience; it wins over data, as in the API server.
  for (const auto& [k, v] : string_map(at(object, "stringData"))) s.data[k] = v;
  return s;
}

}  // namespace podrun::loader
