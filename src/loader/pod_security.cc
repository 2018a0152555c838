#include "loader/pod_security.h"

#include "loader/json_fields.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <regex>
#include <set>

namespace podrun::loader {

using json = nlohmann::json;

namespace {

// --- helpers, as policy/helpers.go words lists -------------------------------------------------

// "a", "b": each item in double quotes, comma and space between (no escaping, as upstream).
std::string join_quote(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "\"" : ", \"") + i + "\"";
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

const char* plural(const char* singular, const char* many, std::size_t n) { return n == 1 ? singular : many; }

// `container "a"` or `containers "a", "b"`.
std::string containers_phrase(const std::vector<std::string>& names) {
  return std::string(plural("container", "containers", names.size())) + " " + join_quote(names);
}

std::vector<std::string> sorted(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

// Go's %q of a string: double-quoted, with \" \\ and control characters escaped.
std::string go_quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  return out + "\"";
}

// Every container of the pod, as policy/visitor.go visits them: init, app, ephemeral.
void visit_containers(const json& spec, const std::function<void(const json& c, const std::string& name)>& fn) {
  for (const char* list : {"initContainers", "containers", "ephemeralContainers"}) {
    const json& cs = field(spec, list);
    if (!cs.is_array()) continue;
    for (const json& c : cs) fn(c, str(field(c, "name")));
  }
}

bool is_windows(const json& spec) { return str(field(field(spec, "os"), "name")) == "windows"; }
bool host_users_false(const json& spec) { return field(spec, "hostUsers").is_boolean() && !field(spec, "hostUsers").get<bool>(); }

struct Finding {
  std::string reason, detail;
};
using CheckFn = std::function<std::optional<Finding>(const json& meta, const json& spec, int minor)>;

// --- baseline --------------------------------------------------------------------------------

std::optional<Finding> app_armor(const json& meta, const json& spec, int) {
  auto bad_type = [](const json& profile) {
    std::string t = str(field(profile, "type"));
    return !field(profile, "type").is_null() && t != "RuntimeDefault" && t != "Localhost";
  };
  std::vector<std::string> setters, cs;
  std::set<std::string> values;
  const json& pod_profile = field(field(spec, "securityContext"), "appArmorProfile");
  if (bad_type(pod_profile)) {
    setters.push_back("pod");
    values.insert(str(field(pod_profile, "type")));
  }
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& p = field(field(c, "securityContext"), "appArmorProfile");
    if (bad_type(p)) {
      cs.push_back(name);
      values.insert(str(field(p, "type")));
    }
  });
  if (!cs.empty()) setters.push_back(containers_phrase(cs));
  std::set<std::string> annotations;
  const json& ann = field(meta, "annotations");
  if (ann.is_object())
    for (auto it = ann.begin(); it != ann.end(); ++it) {
      if (it.key().rfind("container.apparmor.security.beta.kubernetes.io/", 0) != 0) continue;
      std::string v = str(it.value());
      if (v.empty() || v == "runtime/default" || v.rfind("localhost/", 0) == 0) continue;
      annotations.insert(it.key() + "=" + go_quote(v));
    }
  if (!annotations.empty()) setters.push_back(plural("annotation", "annotations", annotations.size()));
  if (setters.empty()) return std::nullopt;
  std::vector<std::string> list = sorted(values);
  for (const auto& a : annotations) list.push_back(a);
  return Finding{plural("forbidden AppArmor profile", "forbidden AppArmor profiles", list.size()),
                 join(setters, " and ") + " must not set AppArmor profile type to " + join_quote(list)};
}

std::optional<Finding> capabilities_baseline(const json&, const json& spec, int) {
  static const std::set<std::string> allowed = {"AUDIT_WRITE",      "CHOWN",   "DAC_OVERRIDE", "FOWNER",  "FSETID", "KILL",      "MKNOD",
                                                "NET_BIND_SERVICE", "SETFCAP", "SETGID",       "SETPCAP", "SETUID", "SYS_CHROOT"};
  std::vector<std::string> cs;
  std::set<std::string> caps;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    bool bad = false;
    const json& add = field(field(field(c, "securityContext"), "capabilities"), "add");
    if (add.is_array())
      for (const json& cap : add)
        if (!allowed.count(str(cap))) {
          bad = true;
          caps.insert(str(cap));
        }
    if (bad) cs.push_back(name);
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"non-default capabilities",
                 containers_phrase(cs) + " must not include " + join_quote(sorted(caps)) + " in securityContext.capabilities.add"};
}

std::optional<Finding> host_namespaces(const json&, const json& spec, int) {
  std::vector<std::string> items;
  if (truthy(field(spec, "hostNetwork"))) items.push_back("hostNetwork=true");
  if (truthy(field(spec, "hostPID"))) items.push_back("hostPID=true");
  if (truthy(field(spec, "hostIPC"))) items.push_back("hostIPC=true");
  if (items.empty()) return std::nullopt;
  return Finding{"host namespaces", join(items, ", ")};
}

std::optional<Finding> host_path_volumes(const json&, const json& spec, int) {
  std::vector<std::string> names;
  const json& vols = field(spec, "volumes");
  if (vols.is_array())
    for (const json& v : vols)
      if (!field(v, "hostPath").is_null()) names.push_back(str(field(v, "name")));
  if (names.empty()) return std::nullopt;
  return Finding{"hostPath volumes", std::string(plural("volume", "volumes", names.size())) + " " + join_quote(names)};
}

std::optional<Finding> host_ports(const json&, const json& spec, int) {
  std::vector<std::string> cs;
  std::set<std::string> ports;  // as strings: sorted as text, as upstream sorts them
  visit_containers(spec, [&](const json& c, const std::string& name) {
    bool bad = false;
    const json& ps = field(c, "ports");
    if (ps.is_array())
      for (const json& p : ps) {
        const json& hp = field(p, "hostPort");
        if (hp.is_number_integer() && hp.get<long long>() != 0) {
          bad = true;
          ports.insert(std::to_string(hp.get<long long>()));
        }
      }
    if (bad) cs.push_back(name);
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"hostPort", containers_phrase(cs) + " " + plural("uses", "use", cs.size()) + " " +
                                 plural("hostPort", "hostPorts", ports.size()) + " " + join(sorted(ports), ", ")};
}

std::optional<Finding> host_probes(const json&, const json& spec, int) {
  std::set<std::string> cs, hosts;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    std::vector<const json*> handlers;
    for (const char* probe : {"livenessProbe", "readinessProbe", "startupProbe"}) handlers.push_back(&field(c, probe));
    for (const char* hook : {"postStart", "preStop"}) handlers.push_back(&field(field(c, "lifecycle"), hook));
    for (const json* h : handlers)
      for (const char* kind : {"httpGet", "tcpSocket"}) {
        std::string host = str(field(field(*h, kind), "host"));
        if (host.empty()) continue;
        cs.insert(name);
        hosts.insert(host);
      }
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"probe or lifecycle host", std::string(plural("container", "containers", cs.size())) + " " + join_quote(sorted(cs)) + " " +
                                                plural("uses", "use", cs.size()) + " " +
                                                plural("probe or lifecycle host", "probe or lifecycle hosts", hosts.size()) + " " +
                                                join_quote(sorted(hosts))};
}

std::optional<Finding> privileged(const json&, const json& spec, int) {
  std::vector<std::string> cs;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    if (truthy(field(field(c, "securityContext"), "privileged"))) cs.push_back(name);
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"privileged", containers_phrase(cs) + " must not set securityContext.privileged=true"};
}

std::optional<Finding> proc_mount_any(const json& spec) {
  std::vector<std::string> cs;
  std::set<std::string> types;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& pm = field(field(c, "securityContext"), "procMount");
    if (!pm.is_null() && str(pm) != "Default") {
      cs.push_back(name);
      types.insert(str(pm));
    }
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"procMount", containers_phrase(cs) + " must not set securityContext.procMount to " + join_quote(sorted(types))};
}

std::optional<Finding> proc_mount_baseline(const json&, const json& spec, int minor) {
  if (minor >= 35 && host_users_false(spec)) return std::nullopt;  // a user namespace: relaxed in 1.35
  return proc_mount_any(spec);
}

std::optional<Finding> proc_mount_restricted(const json&, const json& spec, int) { return proc_mount_any(spec); }

std::optional<Finding> selinux(const json&, const json& spec, int minor) {
  std::set<std::string> allowed = {"", "container_t", "container_init_t", "container_kvm_t"};
  if (minor >= 31) allowed.insert("container_engine_t");
  std::set<std::string> types;
  bool set_user = false, set_role = false;
  auto invalid = [&](const json& opts) {
    if (opts.is_null()) return false;
    bool bad = false;
    std::string t = str(field(opts, "type"));
    if (!allowed.count(t)) {
      types.insert(t);
      bad = true;
    }
    if (!str(field(opts, "user")).empty()) set_user = bad = true;
    if (!str(field(opts, "role")).empty()) set_role = bad = true;
    return bad;
  };
  std::vector<std::string> setters, cs;
  if (invalid(field(field(spec, "securityContext"), "seLinuxOptions"))) setters.push_back("pod");
  visit_containers(spec, [&](const json& c, const std::string& name) {
    if (invalid(field(field(c, "securityContext"), "seLinuxOptions"))) cs.push_back(name);
  });
  if (!cs.empty()) setters.push_back(containers_phrase(cs));
  if (setters.empty()) return std::nullopt;
  std::vector<std::string> data;
  if (!types.empty()) data.push_back(std::string(plural("type", "types", types.size())) + " " + join_quote(sorted(types)));
  if (set_user) data.push_back("user may not be set");
  if (set_role) data.push_back("role may not be set");
  return Finding{"seLinuxOptions", join(setters, " and ") + " set forbidden securityContext.seLinuxOptions: " + join(data, "; ")};
}

bool seccomp_type_ok(const std::string& t) { return t == "RuntimeDefault" || t == "Localhost"; }

std::optional<Finding> seccomp_baseline(const json& meta, const json& spec, int minor) {
  if (minor < 19) {
    // The annotations of before the field.
    std::set<std::string> bad;
    const json& ann = field(meta, "annotations");
    auto check = [&](const std::string& key) {
      const json& v = field(ann, key.c_str());
      if (v.is_null()) return;
      std::string s = str(v);
      if (s == "runtime/default" || s == "docker/default" || s.rfind("localhost/", 0) == 0) return;
      bad.insert(key + "=" + go_quote(s));
    };
    check("seccomp.security.alpha.kubernetes.io/pod");
    visit_containers(spec, [&](const json&, const std::string& name) { check("container.seccomp.security.alpha.kubernetes.io/" + name); });
    if (bad.empty()) return std::nullopt;
    return Finding{"seccompProfile",
                   std::string("forbidden ") + plural("annotation", "annotations", bad.size()) + " " + join(sorted(bad), ", ")};
  }
  std::vector<std::string> setters, cs;
  std::set<std::string> types;
  const json& pod_type = field(field(field(spec, "securityContext"), "seccompProfile"), "type");
  if (!pod_type.is_null() && !seccomp_type_ok(str(pod_type))) {
    setters.push_back("pod");
    types.insert(str(pod_type));
  }
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& t = field(field(field(c, "securityContext"), "seccompProfile"), "type");
    if (!t.is_null() && !seccomp_type_ok(str(t))) {
      cs.push_back(name);
      types.insert(str(t));
    }
  });
  if (!cs.empty()) setters.push_back(containers_phrase(cs));
  if (setters.empty()) return std::nullopt;
  return Finding{"seccompProfile",
                 join(setters, " and ") + " must not set securityContext.seccompProfile.type to " + join_quote(sorted(types))};
}

std::optional<Finding> sysctls(const json&, const json& spec, int minor) {
  std::set<std::string> allowed = {"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
                                   "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"};
  if (minor >= 27) allowed.insert("net.ipv4.ip_local_reserved_ports");
  if (minor >= 29)
    for (const char* s :
         {"net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"})
      allowed.insert(s);
  if (minor >= 32) allowed.insert({"net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"});
  std::vector<std::string> bad;
  const json& list = field(field(spec, "securityContext"), "sysctls");
  if (list.is_array())
    for (const json& s : list)
      if (!allowed.count(str(field(s, "name")))) bad.push_back(str(field(s, "name")));
  if (bad.empty()) return std::nullopt;
  return Finding{"forbidden sysctls", join(bad, ", ")};
}

std::optional<Finding> windows_host_process(const json&, const json& spec, int) {
  std::vector<std::string> setters, cs;
  if (truthy(field(field(field(spec, "securityContext"), "windowsOptions"), "hostProcess"))) setters.push_back("pod");
  visit_containers(spec, [&](const json& c, const std::string& name) {
    if (truthy(field(field(field(c, "securityContext"), "windowsOptions"), "hostProcess"))) cs.push_back(name);
  });
  if (!cs.empty()) setters.push_back(containers_phrase(cs));
  if (setters.empty()) return std::nullopt;
  return Finding{"hostProcess", join(setters, " and ") + " must not set securityContext.windowsOptions.hostProcess=true"};
}

// --- restricted ------------------------------------------------------------------------------

std::optional<Finding> allow_privilege_escalation(const json&, const json& spec, int minor) {
  if (minor >= 25 && is_windows(spec)) return std::nullopt;
  std::vector<std::string> cs;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& v = field(field(c, "securityContext"), "allowPrivilegeEscalation");
    if (!(v.is_boolean() && !v.get<bool>())) cs.push_back(name);
  });
  if (cs.empty()) return std::nullopt;
  return Finding{"allowPrivilegeEscalation != false", containers_phrase(cs) + " must set securityContext.allowPrivilegeEscalation=false"};
}

std::optional<Finding> capabilities_restricted(const json&, const json& spec, int minor) {
  if (minor >= 25 && is_windows(spec)) return std::nullopt;
  std::vector<std::string> missing_drop, adding;
  std::set<std::string> caps;
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& capabilities = field(field(c, "securityContext"), "capabilities");
    if (capabilities.is_null()) {
      missing_drop.push_back(name);
      return;
    }
    const json& drop = field(capabilities, "drop");
    bool drops_all = drop.is_array() && std::any_of(drop.begin(), drop.end(), [](const json& d) { return str(d) == "ALL"; });
    if (!drops_all) missing_drop.push_back(name);
    bool bad = false;
    const json& add = field(capabilities, "add");
    if (add.is_array())
      for (const json& cap : add)
        if (str(cap) != "NET_BIND_SERVICE") {
          bad = true;
          caps.insert(str(cap));
        }
    if (bad) adding.push_back(name);
  });
  std::vector<std::string> parts;
  if (!missing_drop.empty()) parts.push_back(containers_phrase(missing_drop) + " must set securityContext.capabilities.drop=[\"ALL\"]");
  if (!adding.empty())
    parts.push_back(containers_phrase(adding) + " must not include " + join_quote(sorted(caps)) + " in securityContext.capabilities.add");
  if (parts.empty()) return std::nullopt;
  return Finding{"unrestricted capabilities", join(parts, "; ")};
}

std::optional<Finding> restricted_volumes(const json&, const json& spec, int) {
  static const char* const allowed[] = {"configMap", "csi",   "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim",
                                        "projected", "secret"};
  static const char* const named[] = {"hostPath",
                                      "gcePersistentDisk",
                                      "awsElasticBlockStore",
                                      "gitRepo",
                                      "nfs",
                                      "iscsi",
                                      "glusterfs",
                                      "rbd",
                                      "flexVolume",
                                      "cinder",
                                      "cephfs",
                                      "flocker",
                                      "fc",
                                      "azureFile",
                                      "vsphereVolume",
                                      "quobyte",
                                      "azureDisk",
                                      "photonPersistentDisk",
                                      "portworxVolume",
                                      "scaleIO",
                                      "storageos"};
  std::vector<std::string> names;
  std::set<std::string> types;
  const json& vols = field(spec, "volumes");
  if (vols.is_array())
    for (const json& v : vols) {
      if (std::any_of(std::begin(allowed), std::end(allowed), [&](const char* a) { return !field(v, a).is_null(); })) continue;
      names.push_back(str(field(v, "name")));
      std::string type = "unknown";
      for (const char* n : named)
        if (!field(v, n).is_null()) {
          type = n;
          break;
        }
      types.insert(type);
    }
  if (names.empty()) return std::nullopt;
  return Finding{"restricted volume types", std::string(plural("volume", "volumes", names.size())) + " " + join_quote(names) + " " +
                                                plural("uses", "use", names.size()) + " " +
                                                plural("restricted volume type", "restricted volume types", types.size()) + " " +
                                                join_quote(sorted(types))};
}

std::optional<Finding> run_as_non_root(const json&, const json& spec, int minor) {
  if (minor >= 35 && host_users_false(spec)) return std::nullopt;
  std::vector<std::string> setters, explicit_bad, implicit_bad;
  const json& pod_v = field(field(spec, "securityContext"), "runAsNonRoot");
  bool pod_ok = truthy(pod_v);
  if (pod_v.is_boolean() && !pod_v.get<bool>()) setters.push_back("pod");
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& v = field(field(c, "securityContext"), "runAsNonRoot");
    if (v.is_boolean() && !v.get<bool>()) explicit_bad.push_back(name);
    else if (v.is_null() && !pod_ok) implicit_bad.push_back(name);
  });
  if (!explicit_bad.empty()) setters.push_back(containers_phrase(explicit_bad));
  if (!setters.empty()) return Finding{"runAsNonRoot != true", join(setters, " and ") + " must not set securityContext.runAsNonRoot=false"};
  if (!implicit_bad.empty())
    return Finding{"runAsNonRoot != true", "pod or " + containers_phrase(implicit_bad) + " must set securityContext.runAsNonRoot=true"};
  return std::nullopt;
}

std::optional<Finding> run_as_user(const json&, const json& spec, int minor) {
  if (minor >= 35 && host_users_false(spec)) return std::nullopt;
  auto zero = [](const json& v) { return v.is_number_integer() && v.get<long long>() == 0; };
  std::vector<std::string> setters, cs;
  if (zero(field(field(spec, "securityContext"), "runAsUser"))) setters.push_back("pod");
  visit_containers(spec, [&](const json& c, const std::string& name) {
    if (zero(field(field(c, "securityContext"), "runAsUser"))) cs.push_back(name);
  });
  if (!cs.empty()) setters.push_back(containers_phrase(cs));
  if (setters.empty()) return std::nullopt;
  return Finding{"runAsUser=0", join(setters, " and ") + " must not set runAsUser=0"};
}

std::optional<Finding> seccomp_restricted(const json&, const json& spec, int minor) {
  if (minor >= 25 && is_windows(spec)) return std::nullopt;
  std::vector<std::string> setters, explicit_bad, implicit_bad;
  std::set<std::string> types;
  const json& pod_type = field(field(field(spec, "securityContext"), "seccompProfile"), "type");
  bool pod_ok = seccomp_type_ok(str(pod_type));
  if (!pod_type.is_null() && !pod_ok) {
    setters.push_back("pod");
    types.insert(str(pod_type));
  }
  visit_containers(spec, [&](const json& c, const std::string& name) {
    const json& t = field(field(field(c, "securityContext"), "seccompProfile"), "type");
    if (!t.is_null() && !seccomp_type_ok(str(t))) {
      explicit_bad.push_back(name);
      types.insert(str(t));
    } else if (t.is_null() && !pod_ok) {
      implicit_bad.push_back(name);
    }
  });
  if (!explicit_bad.empty()) setters.push_back(containers_phrase(explicit_bad));
  if (!setters.empty())
    return Finding{"seccompProfile",
                   join(setters, " and ") + " must not set securityContext.seccompProfile.type to " + join_quote(sorted(types))};
  if (!implicit_bad.empty())
    return Finding{"seccompProfile", "pod or " + containers_phrase(implicit_bad) +
                                         " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\""};
  return std::nullopt;
}

// --- the registry: which checks run at a level and version, in upstream's order -------------

struct Check {
  const char* id;
  bool restricted;
  int since;  // the first policy minor version it applies at
  CheckFn fn;
  const char* overrides = "";  // restricted: the baseline check it replaces
  int overrides_since = 0;
};

const std::vector<Check>& registry() {
  // Baseline IDs sorted as strings, then restricted IDs sorted (policy/registry.go).
  static const std::vector<Check> checks = {
      {"appArmorProfile", false, 0, app_armor},
      {"capabilities_baseline", false, 0, capabilities_baseline},
      {"hostNamespaces", false, 0, host_namespaces},
      {"hostPathVolumes", false, 0, host_path_volumes},
      {"hostPorts", false, 0, host_ports},
      {"hostProbesAndHostLifecycle", false, 34, host_probes},
      {"privileged", false, 0, privileged},
      {"procMount", false, 0, proc_mount_baseline},
      {"seLinuxOptions", false, 0, selinux},
      {"seccompProfile_baseline", false, 0, seccomp_baseline},
      {"sysctls", false, 0, sysctls},
      {"windowsHostProcess", false, 0, windows_host_process},
      {"allowPrivilegeEscalation", true, 8, allow_privilege_escalation},
      {"capabilities_restricted", true, 22, capabilities_restricted, "capabilities_baseline", 22},
      {"procMount_restricted", true, 35, proc_mount_restricted, "procMount", 35},
      {"restrictedVolumes", true, 0, restricted_volumes, "hostPathVolumes", 0},
      {"runAsNonRoot", true, 0, run_as_non_root},
      {"runAsUser", true, 23, run_as_user},
      {"seccompProfile_restricted", true, 19, seccomp_restricted, "seccompProfile_baseline", 19},
  };
  return checks;
}

}  // namespace

const char* psa_level_name(PsaLevel l) {
  switch (l) {
    case PsaLevel::Privileged: return "privileged";
    case PsaLevel::Baseline: return "baseline";
    case PsaLevel::Restricted: return "restricted";
  }
  return "privileged";
}

std::optional<PsaLevel> parse_psa_level(const std::string& s) {
  if (s == "privileged") return PsaLevel::Privileged;
  if (s == "baseline") return PsaLevel::Baseline;
  if (s == "restricted") return PsaLevel::Restricted;
  return std::nullopt;
}

namespace {

bool valid_version(const std::string& v) {
  static const std::regex re("^v1\\.([0-9]|[1-9][0-9]*)$");
  return v == "latest" || std::regex_match(v, re);
}

}  // namespace

std::string PsaPolicy::level_version() const { return std::string(psa_level_name(level)) + ":" + version; }

int PsaPolicy::minor() const {
  if (version == "latest" || version.size() < 4) return kPsaLatestMinor;
  try {
    return std::min(std::stoi(version.substr(3)), kPsaLatestMinor);
  } catch (...) {
    return kPsaLatestMinor;
  }
}

std::optional<PsaPolicy> parse_psa_policy(const std::string& text) {
  std::size_t colon = text.find(':');
  auto level = parse_psa_level(text.substr(0, colon));
  if (!level) return std::nullopt;
  PsaPolicy p{*level, colon == std::string::npos ? "latest" : text.substr(colon + 1)};
  if (!valid_version(p.version)) return std::nullopt;
  return p;
}

PsaNamespacePolicy psa_namespace_policy(const std::map<std::string, std::string>& labels, const PsaDefaults& defaults) {
  PsaNamespacePolicy out{defaults.enforce, defaults.warn, defaults.audit, {}};
  const std::string prefix = "pod-security.kubernetes.io/";
  auto mode = [&](const char* name, PsaPolicy& p, PsaLevel on_error) {
    if (auto it = labels.find(prefix + name); it != labels.end()) {
      if (auto l = parse_psa_level(it->second)) p.level = *l;
      else {
        p.level = on_error;
        out.label_errors.emplace_back(it->first,
                                      "invalid value " + go_quote(it->second) + ": must be one of privileged, baseline, restricted");
      }
    }
    if (auto it = labels.find(prefix + name + "-version"); it != labels.end()) {
      if (valid_version(it->second)) p.version = it->second;
      else {
        p.version = "latest";
        out.label_errors.emplace_back(it->first, "invalid value " + go_quote(it->second) + ": must be \"latest\" or \"v1.x\"");
      }
    }
  };
  // A bad enforce level fails closed (restricted); warn and audit fail open (privileged).
  mode("enforce", out.enforce, PsaLevel::Restricted);
  mode("warn", out.warn, PsaLevel::Privileged);
  mode("audit", out.audit, PsaLevel::Privileged);
  return out;
}

PsaResult evaluate_pod_security(const json& pod, const PsaPolicy& policy) {
  PsaResult r;
  if (policy.level == PsaLevel::Privileged) return r;
  int minor = policy.minor();
  bool restricted = policy.level == PsaLevel::Restricted;
  std::set<std::string> overridden;
  if (restricted)
    for (const Check& c : registry())
      if (c.restricted && *c.overrides && minor >= c.since && minor >= c.overrides_since) overridden.insert(c.overrides);
  const json& meta = field(pod, "metadata");
  const json& spec = field(pod, "spec");
  std::vector<std::string> parts;
  for (const Check& c : registry()) {
    if (c.restricted && !restricted) continue;
    if (minor < c.since || overridden.count(c.id)) continue;
    if (auto f = c.fn(meta, spec, minor)) parts.push_back(f->reason + (f->detail.empty() ? "" : " (" + f->detail + ")"));
  }
  r.allowed = parts.empty();
  r.detail = join(parts, ", ");
  return r;
}

std::string psa_forbidden_message(const std::string& pod_name, const PsaPolicy& policy, const PsaResult& r) {
  return "pods \"" + pod_name + "\" is forbidden: violates PodSecurity \"" + policy.level_version() + "\": " + r.detail;
}

std::string psa_warning_message(const PsaPolicy& policy, const PsaResult& r) {
  return "would violate PodSecurity \"" + policy.level_version() + "\": " + r.detail;
}

}  // namespace podrun::loader
