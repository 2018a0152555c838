#include "host/machine_config.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "common/files.h"
#include "loader/yaml_reader.h"
#include "model/quantity.h"

namespace podrun::host {

namespace {

using json = nlohmann::json;

// One setting's reader: the value, its field path and where it is, for the messages.
struct Reader {
  const std::string& file;
  const loader::PathIndex& pos;

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    Mark m = pos.value(key);
    std::string where = file;
    if (m.line > 0) where += ":" + std::to_string(m.line) + ":" + std::to_string(m.column);
    throw std::runtime_error(where + ": " + key + ": " + what);
  }
  // A scalar as text: YAML gives `4096` as a number, `Unconfined` as a string.
  std::string text(const std::string& key, const json& v) const {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number() || v.is_boolean()) return v.dump();
    fail(key, "must be a single value");
  }
};

loader::PsaPolicy* psa_mode(loader::PsaDefaults& d, const std::string& mode) {
  if (mode == "enforce") return &d.enforce;
  if (mode == "warn") return &d.warn;
  if (mode == "audit") return &d.audit;
  return nullptr;
}

// A registry location: host[:port] with an optional path, no scheme.
std::string location(const Reader& r, const std::string& key, const json& v) {
  std::string s = r.text(key, v);
  bool ok = !s.empty() && s.find("://") == std::string::npos && s.front() != '/' && s.back() != '/';
  for (char ch : s) ok = ok && ch > ' ' && ch != '@' && ch != '?' && ch != '#';
  if (!ok) r.fail(key, "must be a registry as references name it (host[:port][/path], no scheme), not \"" + s + "\"");
  return s;
}

bool flag(const Reader& r, const std::string& key, const json& v) {
  if (!v.is_boolean()) r.fail(key, "must be true or false");
  return v.get<bool>();
}

image::RegistriesConfig parse_registries(const Reader& r, const std::string& key, const json& v) {
  image::RegistriesConfig out;
  if (!v.is_object()) r.fail(key, "must be a mapping: insecure, certsDir, mirrors, unqualifiedSearchRegistries");
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string path = key + "." + it.key();
    const json& x = it.value();
    if (it.key() == "insecure") {
      if (!x.is_array()) r.fail(path, "must be a list of registries (host[:port])");
      for (std::size_t i = 0; i < x.size(); ++i) out.insecure.push_back(location(r, path + "[" + std::to_string(i) + "]", x[i]));
    } else if (it.key() == "certsDir") {
      out.certs_dir = r.text(path, x);
    } else if (it.key() == "mirrors") {
      if (!x.is_array()) r.fail(path, "must be a list of {prefix, location, insecure, mirrors}");
      for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string ip = path + "[" + std::to_string(i) + "]";
        if (!x[i].is_object()) r.fail(ip, "must be a mapping: prefix, location, insecure, mirrors");
        image::RegistryRule rule;
        for (auto f = x[i].begin(); f != x[i].end(); ++f) {
          const std::string fp = ip + "." + f.key();
          if (f.key() == "prefix") rule.prefix = location(r, fp, f.value());
          else if (f.key() == "location") rule.location = location(r, fp, f.value());
          else if (f.key() == "insecure") rule.insecure = flag(r, fp, f.value());
          else if (f.key() == "mirrors") {
            if (!f.value().is_array()) r.fail(fp, "must be a list of {location, insecure}");
            for (std::size_t k = 0; k < f.value().size(); ++k) {
              const std::string mp = fp + "[" + std::to_string(k) + "]";
              const json& m = f.value()[k];
              if (!m.is_object()) r.fail(mp, "must be a mapping: location, insecure");
              image::MirrorConfig mc;
              for (auto g = m.begin(); g != m.end(); ++g) {
                if (g.key() == "location") mc.location = location(r, mp + ".location", g.value());
                else if (g.key() == "insecure") mc.insecure = flag(r, mp + ".insecure", g.value());
                else r.fail(mp + "." + g.key(), "unknown setting (location, insecure)");
              }
              if (mc.location.empty()) r.fail(mp, "location is required");
              rule.mirrors.push_back(mc);
            }
          } else {
            r.fail(fp, "unknown setting (prefix, location, insecure, mirrors)");
          }
        }
        if (rule.prefix.empty()) r.fail(ip, "prefix is required (docker.io, registry.example:5000/team)");
        out.rules.push_back(rule);
      }
    } else if (it.key() == "unqualifiedSearchRegistries") {
      if (!x.is_array()) r.fail(path, "must be a list of registries (host[:port]), searched in order for names without one");
      for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string ip = path + "[" + std::to_string(i) + "]";
        std::string reg = location(r, ip, x[i]);
        if (reg.find('/') != std::string::npos) r.fail(ip, "must be a registry (host[:port]) without a path, not \"" + reg + "\"");
        out.unqualified_search.push_back(reg);
      }
    } else {
      r.fail(path, "unknown setting (insecure, certsDir, mirrors, unqualifiedSearchRegistries)");
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> parse_sysctl_patterns(const std::string& list) {
  std::vector<std::string> out;
  for (std::string p : files::split(list, ',')) {
    p.erase(0, p.find_first_not_of(" \t"));
    p.erase(p.find_last_not_of(" \t") + 1);
    if (p.empty()) continue;
    std::string name = p.back() == '*' ? p.substr(0, p.size() - 1) : p;
    bool ok = !name.empty() || p == "*";
    for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '/' || c == '-');
    if (!ok) throw std::runtime_error("\"" + p + "\" is not a sysctl name or a prefix ending in '*'");
    out.push_back(p);
  }
  return out;
}

MachineConfig parse_machine_config(const std::string& text, const std::string& name) {
  MachineConfig c;
  c.path = name;
  std::vector<loader::YamlDocument> docs = loader::read_yaml_documents(text);
  if (docs.empty()) return c;
  if (docs.size() > 1) throw std::runtime_error(name + ": one document of settings, not " + std::to_string(docs.size()));
  const loader::YamlDocument& doc = docs[0];
  if (!doc.errors.empty()) throw std::runtime_error(format_diagnostic(name, doc.errors[0]));
  Reader r{name, doc.positions};
  if (doc.value.is_null()) return c;
  if (!doc.value.is_object()) r.fail("", "must be a mapping of settings");
  for (auto it = doc.value.begin(); it != doc.value.end(); ++it) {
    const std::string& key = it.key();
    const json& v = it.value();
    if (key == "podPidsLimit") {
      if (!v.is_number_integer() || v.get<long long>() < 1) r.fail(key, "must be a positive integer, not " + v.dump());
      c.node.pod_pids_limit = v.get<long long>();
    } else if (key == "allowedUnsafeSysctls") {
      if (!v.is_array()) r.fail(key, "must be a list of sysctl names or prefixes ending in '*'");
      for (std::size_t i = 0; i < v.size(); ++i) {
        std::string item = key + "[" + std::to_string(i) + "]";
        try {
          for (auto& p : parse_sysctl_patterns(r.text(item, v[i]))) c.node.allowed_unsafe_sysctls.push_back(p);
        } catch (const std::runtime_error& e) {
          r.fail(item, e.what());
        }
      }
    } else if (key == "seccompDefault") {
      std::string s = r.text(key, v);
      if (s != "RuntimeDefault" && s != "Unconfined") r.fail(key, "must be RuntimeDefault or Unconfined, not \"" + s + "\"");
      c.node.seccomp_default = s == "Unconfined" ? plan::SeccompType::Unconfined : plan::SeccompType::RuntimeDefault;
    } else if (key == "podSecurity") {
      if (!v.is_object()) r.fail(key, "must be a mapping: enforce, enforceVersion, warn, warnVersion, audit, auditVersion");
      for (auto m = v.begin(); m != v.end(); ++m) {
        const std::string& mk = m.key();
        std::string path = key + "." + mk;
        bool version = mk.size() > 7 && mk.compare(mk.size() - 7, 7, "Version") == 0;
        loader::PsaPolicy* p = psa_mode(c.pod_security, version ? mk.substr(0, mk.size() - 7) : mk);
        if (!p) r.fail(path, "unknown setting (enforce, enforceVersion, warn, warnVersion, audit, auditVersion)");
        std::string value = r.text(path, m.value());
        if (version) {
          if (!loader::parse_psa_policy("privileged:" + value)) r.fail(path, "must be \"latest\" or \"v1.x\", not \"" + value + "\"");
          p->version = value;
        } else {
          auto level = loader::parse_psa_level(value);
          if (!level) r.fail(path, "must be one of privileged, baseline, restricted, not \"" + value + "\"");
          p->level = *level;
        }
      }
    } else if (key == "memoryBackedVolumesLimit") {
      std::string s = r.text(key, v);
      auto q = model::parse_quantity(s);
      auto bytes = q ? q->value() : std::nullopt;
      if (!bytes || *bytes <= 0) r.fail(key, "must be a positive size (e.g. 512Mi, 2Gi), not \"" + s + "\"");
      c.node.memory_backed_volumes_limit = *bytes;
    } else if (key == "evictionMonitoringPeriod") {
      std::string s = r.text(key, v);
      long long ms = -1;
      try {
        std::size_t used = 0;
        double n = std::stod(s, &used);
        std::string unit = s.substr(used);
        ms = unit == "ms"                  ? static_cast<long long>(n)
             : unit == "s" || unit.empty() ? static_cast<long long>(n * 1000)
             : unit == "m"                 ? static_cast<long long>(n * 60000)
                                           : -1;
      } catch (const std::exception&) {}
      if (ms < 100) r.fail(key, "must be a duration of at least 100ms (e.g. 10s), not \"" + s + "\"");
      c.eviction_monitoring_period_ms = ms;
    } else if (key == "imagePullPolicy") {
      std::string s = r.text(key, v);
      if (s != "Always" && s != "IfNotPresent" && s != "Never") r.fail(key, "must be Always, IfNotPresent or Never, not \"" + s + "\"");
      c.image_pull_policy = s;
    } else if (key == "kubernetesVersion") {
      std::string s = r.text(key, v);
      auto version = loader::parse_kube_version(s);
      if (!version) r.fail(key, "must be a Kubernetes release from 1.31 to 1.35 (e.g. \"1.35\"), not \"" + s + "\"");
      c.kubernetes_version = *version;
    } else if (key == "registries") {
      c.registries = parse_registries(r, key, v);
    } else {
      r.fail(key,
             "unknown setting (podPidsLimit, allowedUnsafeSysctls, seccompDefault, podSecurity, memoryBackedVolumesLimit, "
             "evictionMonitoringPeriod, imagePullPolicy, kubernetesVersion, registries)");
    }
  }
  return c;
}

MachineConfig load_machine_config(const std::string& path, bool named_by_user) {
  std::optional<std::string> text = files::read(path);
  if (!text) {
    if (errno == ENOENT && !named_by_user) return MachineConfig{};
    throw std::runtime_error("the machine's configuration " + path + ": " + std::strerror(errno));
  }
  return parse_machine_config(*text, path);
}

}  // namespace podrun::host
