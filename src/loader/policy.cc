// podrun's own policy, apart from the API server's rules: the field table (fields.h) — supported, ignored (a warning) or refused — walked
// along the schema, podrun's podrun.io/ annotations, and values the API server takes that podrun cannot run.
#include "loader/checker.h"

#include "common/capabilities.h"
#include "loader/schema.h"

namespace podrun::loader {

void Checker::fields(const json& v, const json& schema_in, std::string& path, std::string& norm) {
  const json& schema = deref(*schema_root_, schema_in);
  if (v.is_array()) {
    auto items = schema.find("items");
    if (items == schema.end()) return;
    std::size_t nlen = norm.size();
    norm += "[]";
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::size_t len = path.size();
      append_index(path, i);
      fields(v[i], *items, path, norm);
      path.resize(len);
    }
    norm.resize(nlen);
    return;
  }
  auto props_it = schema.find("properties");
  if (!v.is_object() || props_it == schema.end()) return;
  const json& props = *props_it;
  for (auto it = v.begin(); it != v.end(); ++it) {
    auto p = props.find(it.key());
    if (p == props.end() || it.value().is_null()) continue;
    std::size_t len = path.size(), nlen = norm.size();
    append_key(path, it.key());
    // initContainers follow the rules of containers.
    const std::string& key = norm == "spec" && it.key() == "initContainers" ? kContainers : it.key();
    FieldVerdict verdict = child_field_status(norm, key, scratch_);
    if (!norm.empty()) norm += '.';
    norm += key;
    if (verdict.status == FieldStatus::Supported) {
      fields(it.value(), *p, path, norm);
    } else if (verdict.status == FieldStatus::Ignored) {
      warning(path, "ignored by podrun: " + std::string(verdict.rule->note));
    } else {
      error(path, "is not supported by podrun yet: " + std::string(verdict.rule->note), Category::Unsupported, true);
    }
    path.resize(len);
    norm.resize(nlen);
  }
}

// podrun's own knobs (podrun.io/...). A pod's annotations may only tighten what the machine's
// owner set: its pids limit lower, seccomp on where the machine's default is off. What would
// loosen the machine's policy (unsafe sysctls, seccomp off) is the owner's, in the machine's
// configuration (/etc/podrun/config.yaml, or apply's flags) — as podPidsLimit,
// allowedUnsafeSysctls and seccompDefault are the kubelet's, not a pod's.
void Checker::podrun_annotations(const json& meta) {
  const json& ann = field(meta, "annotations");
  if (!ann.is_object()) return;
  for (auto it = ann.begin(); it != ann.end(); ++it) {
    if (it.key().rfind("podrun.io/", 0) != 0) continue;
    std::string path = "metadata.annotations";
    append_key(path, it.key());
    std::string v = str(it.value());
    if (it.key() == "podrun.io/pids-limit") {
      bool digits = !v.empty() && v.size() <= 18 && std::all_of(v.begin(), v.end(), ::isdigit) && v != std::string(v.size(), '0');
      if (!digits)
        error(path, "must be a positive integer (a pod may lower the machine's podPidsLimit, never raise it)", Category::Invalid, false);
    } else if (it.key() == "podrun.io/seccomp") {
      if (v == "unconfined")
        error(path,
              "\"unconfined\" would loosen the machine's seccomp default, which is its owner's (seccompDefault in "
              "/etc/podrun/config.yaml, or apply --seccomp-default); a pod may only tighten it (runtime-default), or ask "
              "for seccompProfile {type: Unconfined} in its securityContext, which Pod Security baseline refuses",
              Category::Invalid, false);
      else if (v != "runtime-default")
        error(path, "unsupported value " + in_quotes(v) + ": runtime-default is the only value a pod may set", Category::Invalid, false);
    } else if (it.key() == "podrun.io/allowed-unsafe-sysctls") {
      error(path,
            "unsafe sysctls are allowed by the machine's owner, not by a pod (allowedUnsafeSysctls in /etc/podrun/config.yaml, "
            "or apply --allowed-unsafe-sysctls), as the kubelet's --allowed-unsafe-sysctls",
            Category::Invalid, true);
    } else {
      warning(path, "unknown podrun annotation: podrun reads podrun.io/pids-limit and podrun.io/seccomp");
    }
  }
}

// Values the API server takes that podrun cannot run as given (the field table decides per
// field; these per value).
void Checker::podrun_values(const json& spec) {
  bool host_network = truthy(field(spec, "hostNetwork"));
  if (const json& os = field(field(spec, "os"), "name"); os.is_string() && os != "linux")
    error("spec.os.name", "is not supported by podrun: podrun runs Linux pods only", Category::Unsupported);
  auto https = [&](const std::string& path, const json& handler) {
    if (field(field(handler, "httpGet"), "scheme") == "HTTPS")
      error(path + ".httpGet.scheme", "is not supported by podrun yet: podrun's probes and hooks speak plain HTTP only",
            Category::Unsupported);
  };
  for (const char* which : {"requests", "limits"}) {
    const json& m = field(field(spec, "resources"), which);
    for (auto it = m.is_object() ? m.begin() : json::const_iterator(); m.is_object() && it != m.end(); ++it)
      if (it.key().rfind("hugepages-", 0) == 0) {
        std::string p = std::string("spec.resources.") + which;
        append_key(p, it.key());
        error(p, "hugepages are not supported by podrun", Category::Unsupported, true);
      }
  }
  for (const char* list : {"initContainers", "containers"}) {
    const json& cs = field(spec, list);
    for (std::size_t ci = 0; cs.is_array() && ci < cs.size(); ++ci) {
      const json& c = cs[ci];
      std::string path = std::string("spec.") + list + "[" + std::to_string(ci) + "]";
      for (const char* probe : {"livenessProbe", "readinessProbe", "startupProbe"}) https(path + "." + probe, field(c, probe));
      for (const char* hook : {"postStart", "preStop"}) https(path + ".lifecycle." + hook, field(field(c, "lifecycle"), hook));
      const json& ports = field(c, "ports");
      for (std::size_t i = 0; ports.is_array() && i < ports.size(); ++i) {
        const json& hp = field(ports[i], "hostPort");
        if (!host_network && hp.is_number_integer() && hp.get<long long>() != 0 && field(ports[i], "protocol") == "SCTP")
          error(path + ".ports[" + std::to_string(i) + "].hostPort",
                "is not supported by podrun for SCTP: podrun forwards TCP and UDP host ports", Category::Unsupported);
      }
      for (const char* which : {"requests", "limits"}) {
        const json& m = field(field(c, "resources"), which);
        if (!m.is_object()) continue;
        for (auto it = m.begin(); it != m.end(); ++it) {
          std::string p = path + ".resources." + which;
          append_key(p, it.key());
          if (it.key().rfind("hugepages-", 0) == 0) {
            error(p, "hugepages are not supported by podrun", Category::Unsupported, true);
          } else if (it.key().find('/') != std::string::npos) {
            auto text = quantity_text(it.value());
            auto q = text ? parse_quantity(*text) : std::nullopt;
            if (q && q->milli() && *q->milli() % 1000 == 0)  // a malformed one is the API server's error
              error(p,
                    "extended resource " + in_quotes(it.key()) +
                        " is not available on this node (podrun runs pods on one node without device plugins)",
                    Category::Unsupported, true);
          }
        }
      }
      const json& sc = field(c, "securityContext");
      if (field(sc, "procMount") == "Unmasked" && field(spec, "hostUsers") != false)
        error(path + ".securityContext.procMount", "Unmasked needs hostUsers: false (an unmasked /proc only in a user namespace)",
              Category::Unsupported);
      // Capability names: the API server takes any string; the runtime refuses unknown ones
      // at start, podrun at load time.
      for (const char* which : {"add", "drop"}) {
        const json& caps = field(field(sc, "capabilities"), which);
        for (std::size_t i = 0; caps.is_array() && i < caps.size(); ++i)
          if (caps[i].is_string() && caps[i] != "ALL" && !capability_number(caps[i].get<std::string>()))
            error(path + ".securityContext.capabilities." + which + "[" + std::to_string(i) + "]",
                  "unknown capability " + caps[i].dump() + " (names as in capabilities(7), with or without CAP_, or ALL)",
                  Category::Unsupported);
      }
    }
  }
  const json& vols = field(spec, "volumes");
  for (std::size_t i = 0; vols.is_array() && i < vols.size(); ++i) {
    std::string path = "spec.volumes[" + std::to_string(i) + "]";
    if (str(field(field(vols[i], "emptyDir"), "medium")).rfind("HugePages", 0) == 0)
      error(path + ".emptyDir.medium", "hugepages are not supported by podrun", Category::Unsupported);
    std::string hp = str(field(field(vols[i], "hostPath"), "path"));
    if (!hp.empty() && !has_backstep(hp) && !is_abs_path(hp))
      error(path + ".hostPath.path", "must be an absolute path on this host, not " + in_quotes(hp), Category::Unsupported);
  }
}

}  // namespace podrun::loader
