#include "loader/semantic.h"

#include "common/capabilities.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

#include "loader/fields.h"
#include "loader/json_fields.h"
#include "loader/pod_security.h"
#include "model/quantity.h"
#include "loader/schema.h"
#include "model/sysctl.h"

namespace podrun::loader {

using namespace ::podrun::model;

using json = nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Name rules, worded as the API server words them (k8s.io/apimachinery/pkg/util/validation).

namespace {

bool lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool is_label(const std::string& s) {
  if (s.empty() || s.size() > 63) return false;
  if (!lower_alnum(s.front()) || !lower_alnum(s.back())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return lower_alnum(c) || c == '-'; });
}

}  // namespace

std::string check_dns1123_label(const std::string& s) {
  if (s.size() > 63) return "must be no more than 63 characters";
  if (!is_label(s))
    return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or "
           "'-', and must start and end with an alphanumeric character (e.g. 'my-name')";
  return "";
}

std::string check_dns1123_subdomain(const std::string& s) {
  if (s.size() > 253) return "must be no more than 253 characters";
  std::size_t start = 0;
  bool ok = !s.empty();
  while (ok) {
    std::size_t dot = s.find('.', start);
    std::string part = s.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    ok = !part.empty() && lower_alnum(part.front()) && lower_alnum(part.back()) &&
         std::all_of(part.begin(), part.end(), [](char c) { return lower_alnum(c) || c == '-'; });
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (!ok)
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
           "'-' or '.', and must start and end with an alphanumeric character (e.g. "
           "'example.com')";
  return "";
}

std::string check_port_name(const std::string& s) {
  if (s.size() > 15) return "must be no more than 15 characters";
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return lower_alnum(c) || c == '-'; }))
    return "must contain only lowercase alphanumeric characters or '-' (an IANA service name)";
  if (!std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return "must contain at least one letter (a-z)";
  if (s.find("--") != std::string::npos) return "must not contain consecutive hyphens";
  if (s.front() == '-' || s.back() == '-') return "must not begin or end with a hyphen";
  return "";
}

std::string check_env_var_name(const std::string& s) {
  // Kubernetes 1.31 (RelaxedEnvironmentVariableValidation is off by default until 1.32).
  bool ok = !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0])) &&
            std::all_of(s.begin(), s.end(), [](char c) { return alnum(c) || c == '_' || c == '-' || c == '.'; });
  if (!ok)
    return "a valid environment variable name must consist of alphabetic characters, digits, "
           "'_', '-', or '.', and must not start with a digit (e.g. 'my.env-name')";
  return "";
}

std::string check_config_key(const std::string& s) {
  if (s.size() > 253) return "must be no more than 253 characters";
  bool ok = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
              return alnum(c) || c == '-' || c == '_' || c == '.';
            });
  if (!ok) return "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
  // `..data` and `..<timestamp>` are the kubelet's own entries in a volume (its atomic writer).
  if (s == "." || s == "..") return "must not be '.' or '..'";
  if (s.rfind("..", 0) == 0) return "must not start with '..'";
  return "";
}

std::string check_qualified_name(const std::string& s) {
  std::string name = s;
  std::size_t slash = s.find('/');
  if (slash != std::string::npos) {
    std::string prefix = s.substr(0, slash);
    name = s.substr(slash + 1);
    if (prefix.empty() || !check_dns1123_subdomain(prefix).empty())
      return "prefix part must be a lowercase RFC 1123 subdomain";
  }
  bool ok = !name.empty() && name.size() <= 63 && alnum(name.front()) && alnum(name.back()) &&
            std::all_of(name.begin(), name.end(), [](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
  if (!ok)
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
           "and end with an alphanumeric character, at most 63 characters";
  return "";
}

// ---------------------------------------------------------------------------------------------

namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }


// An IPv4 or IPv6 address in its usual text form (inet_pton: no leading zeros, nothing around it).
bool is_ip_address(const std::string& s) {
  unsigned char buf[sizeof(in6_addr)];
  return ::inet_pton(AF_INET, s.c_str(), buf) == 1 || ::inet_pton(AF_INET6, s.c_str(), buf) == 1;
}

bool is_abs_path(const std::string& p) { return !p.empty() && p[0] == '/'; }
bool has_backstep(const std::string& p) {
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = p.find('/', start);
    if (p.compare(start, slash == std::string::npos ? std::string::npos : slash - start, "..") == 0 &&
        (slash == std::string::npos ? p.size() - start : slash - start) == 2)
      return true;
    if (slash == std::string::npos) return false;
    start = slash + 1;
  }
}

class Checker {
 public:
  Checker(const PathIndex& positions, const CheckOptions& options, std::vector<Diagnostic>& out)
      : pos_(positions), opt_(options), out_(out) {}

  void pod(const json& pod, const json& schema);
  void configmap(const json& obj);
  void secret(const json& obj);
  void namespace_object(const json& obj);
  void podrun_annotations(const json& meta);

 private:
  // --- reporting -------------------------------------------------------------------------
  void error(const std::string& path, std::string msg, Category cat = Category::Invalid, bool at_key = false) {
    if (cat != Category::Invalid && !opt_.podrun_rules) return;
    out_.push_back({Severity::Error, cat, at_key ? pos_.key(path) : pos_.value(path), path, std::move(msg)});
  }
  void warning(const std::string& path, std::string msg, bool at_key = true) {
    if (!opt_.podrun_rules) return;
    out_.push_back({Severity::Warning, Category::Invalid, at_key ? pos_.key(path) : pos_.value(path), path,
                    std::move(msg)});
  }
  void name_rule(const std::string& path, const json& v, std::string (*rule)(const std::string&)) {
    if (!v.is_string()) return;
    std::string why = rule(v.get<std::string>());
    if (!why.empty()) error(path, "invalid value " + in_quotes(v.get<std::string>()) + ": " + why);
  }
  void required(const std::string& path, const json& v, const char* what = "is required") {
    if (v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty()))
      error(path, what);
  }
  template <std::size_t N>
  void one_of(const std::string& path, const json& v, const char* const (&allowed)[N]) {
    if (!v.is_string()) return;
    for (const char* a : allowed)
      if (v == a) return;
    std::string list;
    for (std::size_t i = 0; i < N; ++i) list += (i ? ", " : "") + in_quotes(allowed[i]);
    error(path, "unsupported value " + in_quotes(v.get<std::string>()) + ": supported values: " + list);
  }

  // --- podrun's field support (fields.h), following the schema ------------------------------
  // `path` is the concrete path (for messages), `norm` the normalised one (for the table);
  // both grow and shrink as the walk goes, so a field costs two table lookups.
  void fields(const json& v, const json& schema_in, std::string& path, std::string& norm) {
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
        error(path, "is not supported by podrun yet: " + std::string(verdict.rule->note),
              Category::Unsupported, true);
      }
      path.resize(len);
      norm.resize(nlen);
    }
  }
  inline static const std::string kContainers = "containers";
  std::string scratch_;
  const json* schema_root_ = nullptr;

  // --- pieces ------------------------------------------------------------------------------
  void metadata(const json& meta, bool needs_name_subdomain);
  void ids(const std::string& path, const json& security_context) {
    for (const char* k : {"runAsUser", "runAsGroup", "fsGroup"}) {
      const json& v = field(security_context, k);
      if (v.is_number_integer() && (v.get<long long>() < 0 || v.get<long long>() > 2147483647))
        error(path + "." + k, "must be between 0 and 2147483647, inclusive");
    }
  }
  // The pod-level fields of ValidatePodSecurityContext beyond ids and seccomp: group IDs,
  // the two policies, and sysctls (validateSysctls, ValidateHostSysctl).
  void pod_security(const json& spec) {
    const json& psc = field(spec, "securityContext");
    if (!psc.is_object()) return;
    const json& groups = field(psc, "supplementalGroups");
    for (std::size_t i = 0; groups.is_array() && i < groups.size(); ++i)
      if (groups[i].is_number_integer() && (groups[i].get<long long>() < 0 || groups[i].get<long long>() > 2147483647))
        error("spec.securityContext.supplementalGroups[" + std::to_string(i) + "]", "must be between 0 and 2147483647, inclusive");
    static const char* const change_policies[] = {"Always", "OnRootMismatch"};
    one_of("spec.securityContext.fsGroupChangePolicy", field(psc, "fsGroupChangePolicy"), change_policies);
    static const char* const group_policies[] = {"Merge", "Strict"};
    one_of("spec.securityContext.supplementalGroupsPolicy", field(psc, "supplementalGroupsPolicy"), group_policies);
    const json& sysctls = field(psc, "sysctls");
    std::set<std::string> seen;
    for (std::size_t i = 0; sysctls.is_array() && i < sysctls.size(); ++i) {
      std::string p = "spec.securityContext.sysctls[" + std::to_string(i) + "].name";
      const json& n = field(sysctls[i], "name");
      if (!n.is_string()) continue;  // the schema requires it
      std::string name = n.get<std::string>();
      if (name.empty()) {
        error(p, "is required");
        continue;
      }
      if (!valid_sysctl_name(name)) {
        error(p, "invalid sysctl name " + in_quotes(name) +
                     ": must have at most 253 characters and be lowercase words of [-_a-z0-9] separated by '.' or '/'");
        continue;
      }
      if (!seen.insert(name).second) error(p, "duplicate sysctl " + in_quotes(name));
      // The namespace the sysctl lives in must be the pod's own.
      std::string ns = sysctl_namespace(dotted_sysctl(name));
      bool net = ns == "net", ipc = ns == "ipc";
      if (net && truthy(field(spec, "hostNetwork"))) error(p, in_quotes(name) + " may not be specified when 'hostNetwork' is true");
      if (ipc && truthy(field(spec, "hostIPC"))) error(p, in_quotes(name) + " may not be specified when 'hostIPC' is true");
    }
  }
  static bool valid_sysctl_name(const std::string& name) {
    if (name.size() > 253) return false;
    std::size_t start = 0;
    for (;;) {
      std::size_t end = name.find_first_of("./", start);
      std::string part = name.substr(start, end == std::string::npos ? std::string::npos : end - start);
      auto word = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); };
      if (part.empty() || !word(part.front()) || !word(part.back())) return false;
      for (char ch : part)
        if (!word(ch) && ch != '-' && ch != '_') return false;
      if (end == std::string::npos) return true;
      start = end + 1;
    }
  }
  // seccompProfile, as the API server checks it (ValidateSeccompProfileField).
  void seccomp(const std::string& path, const json& security_context) {
    const json& sp = field(security_context, "seccompProfile");
    if (!sp.is_object()) return;
    const json& type = field(sp, "type");
    const json& local = field(sp, "localhostProfile");
    std::string p = path + ".seccompProfile";
    if (!type.is_string()) return;  // the schema requires it
    std::string t = type.get<std::string>();
    if (t != "RuntimeDefault" && t != "Unconfined" && t != "Localhost") {
      error(p + ".type", "Unsupported value: \"" + t + "\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\"");
    } else if (t == "Localhost") {
      if (!local.is_string() || local.get<std::string>().empty())
        error(p + ".localhostProfile", "must be set when seccomp type is Localhost");
      else {
        std::string l = local.get<std::string>();
        bool dotdot = l == ".." || l.rfind("../", 0) == 0 || l.find("/../") != std::string::npos ||
                      (l.size() >= 3 && l.compare(l.size() - 3, 3, "/..") == 0);
        if (l[0] == '/') error(p + ".localhostProfile", "must be a relative path");
        else if (dotdot) error(p + ".localhostProfile", "must not contain '..'");
      }
    } else if (local.is_string()) {
      error(p + ".localhostProfile", "can only be set when seccomp type is Localhost");
    }
  }
  void quantity_map(const std::string& path, const json& m,
                    std::map<std::string, Quantity>& parsed);
  void resources(const std::string& path, const json& res);
  void container(const std::string& path, const json& c, bool init, const std::set<std::string>& volumes,
                 std::set<std::string>& container_names, const json& spec);
  void env(const std::string& path, const json& c, const std::string& ns);
  // A probe or hook handler: exactly one of `kinds`; a port a number in range or a port name.
  void handler(const std::string& path, const json& h, std::initializer_list<const char*> kinds) {
    std::vector<std::string> set;
    for (const char* k : kinds)
      if (!field(h, k).is_null()) set.push_back(k);
    if (set.empty()) error(path, "must specify a handler type");
    if (set.size() > 1) error(path + "." + set[1], "may not specify more than 1 handler type");
    for (const char* k : {"httpGet", "tcpSocket", "grpc"}) {
      const json& port = field(field(h, k), "port");
      std::string pp = path + "." + k + ".port";
      if (port.is_number_integer() && (port.get<long long>() < 1 || port.get<long long>() > 65535))
        error(pp, "must be between 1 and 65535, inclusive");
      else if (port.is_string()) {
        std::string why = check_port_name(port.get<std::string>());
        if (!why.empty()) error(pp, "invalid port name " + port.dump() + ": " + why);
      }
    }
    const json& scheme = field(field(h, "httpGet"), "scheme");
    static const char* const schemes[] = {"HTTP", "HTTPS"};
    one_of(path + ".httpGet.scheme", scheme, schemes);
    if (scheme == "HTTPS")
      error(path + ".httpGet.scheme", "is not supported by podrun yet: podrun's probes and hooks speak plain HTTP only",
            Category::Unsupported);
  }
  void volume(const std::string& path, const json& v, const std::string& ns,
              const std::set<std::string>& container_names);
  // A file path inside a configMap, secret or downwardAPI volume, as the API server's
  // ValidateLocalNonReservedPath: relative, no `..` element, and not starting with `..` (the
  // kubelet's own `..data` entries live there).
  void local_non_reserved_path(const std::string& path, const std::string& value) {
    if (value.empty()) return error(path, "is required");
    if (is_abs_path(value)) error(path, "must be a relative path, not " + in_quotes(value));
    else if (has_backstep(value)) error(path, "must not contain '..'");
    else if (value.rfind("..", 0) == 0) error(path, "must not start with '..'");
  }
  void key_to_path_items(const std::string& path, const json& items, bool secret, const json& name,
                         const json& optional);
  void file_mode(const std::string& path, const json& v);
  void reference(const std::string& path, bool secret, const std::string& ns, const json& name,
                 const json& key, const json& optional);
  void field_ref(const std::string& path, const json& ref, bool volume);
  void resource_field_ref(const std::string& path, const json& ref, bool volume,
                          const std::set<std::string>* container_names);

  const PathIndex& pos_;
  const CheckOptions& opt_;
  std::vector<Diagnostic>& out_;
  std::string ns_ = "default";
};

void Checker::metadata(const json& meta, bool subdomain) {
  const json& name = field(meta, "name");
  if (name.is_string() && name.get<std::string>().empty()) error("metadata.name", "is required");
  name_rule("metadata.name", name, subdomain ? check_dns1123_subdomain : check_dns1123_label);
  const json& ns = field(meta, "namespace");
  name_rule("metadata.namespace", ns, check_dns1123_label);
  if (ns.is_string() && !ns.get<std::string>().empty()) ns_ = ns.get<std::string>();
  for (const char* which : {"labels", "annotations"}) {
    const json& m = field(meta, which);
    if (!m.is_object()) continue;
    std::size_t total = 0;
    for (auto it = m.begin(); it != m.end(); ++it) {
      std::string path = std::string("metadata.") + which;
      append_key(path, it.key());
      std::string why = check_qualified_name(it.key());
      if (!why.empty()) error(path, "invalid key " + in_quotes(it.key()) + ": " + why, Category::Invalid, true);
      std::string value = str(it.value());
      total += it.key().size() + value.size();
      if (std::string(which) == "labels" && !value.empty()) {
        bool ok = value.size() <= 63 && alnum(value.front()) && alnum(value.back()) &&
                  std::all_of(value.begin(), value.end(), [](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
        if (!ok)
          error(path, "invalid label value " + in_quotes(value) +
                          ": at most 63 alphanumeric characters, '-', '_' or '.', starting and ending "
                          "with an alphanumeric character");
      }
    }
    if (std::string(which) == "annotations" && total > 256 * 1024)
      error("metadata.annotations", "annotations may not be larger than 256 KiB in total");
  }
}

void Checker::quantity_map(const std::string& path, const json& m,
                           std::map<std::string, Quantity>& parsed) {
  if (!m.is_object()) return;
  for (auto it = m.begin(); it != m.end(); ++it) {
    std::string p = path;
    append_key(p, it.key());
    const std::string& name = it.key();
    auto text = quantity_text(it.value());
    if (!text) continue;
    QuantityError qe;
    auto q = parse_quantity(*text, &qe);
    if (!q) {
      error(p, qe == QuantityError::Overflow
                   ? in_quotes(*text) + " is too large (a quantity must be at most 2^63-1)"
                   : in_quotes(*text) + " is not a valid quantity (e.g. 500m, 0.5, 128Mi, 1G)");
      continue;
    }
    if (q->negative) {
      error(p, in_quotes(*text) + " must be greater than or equal to 0");
      continue;
    }
    bool standard = name == "cpu" || name == "memory" || name == "ephemeral-storage" ||
                    name.rfind("hugepages-", 0) == 0;
    if (!standard && name.find('/') == std::string::npos) {
      error(p, "resource name " + in_quotes(name) +
                   " must be a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>) "
                   "or a fully qualified extended resource (example.com/name)",
            Category::Invalid, true);
      continue;
    }
    if (name == "cpu" && !q->milli()) {
      error(p, in_quotes(*text) + " is too large for a CPU quantity");
      continue;
    }
    if (!standard) {
      if (!q->milli() || *q->milli() % 1000 != 0)
        error(p, "extended resource quantity " + in_quotes(*text) + " must be a whole number");
      else
        error(p, "extended resource " + in_quotes(name) + " is not available on this node (podrun runs pods on one node without device plugins)",
              Category::Unsupported, true);
    } else if (name.rfind("hugepages-", 0) == 0) {
      error(p, "hugepages are not supported by podrun", Category::Unsupported, true);
    }
    parsed.emplace(name, *q);
  }
}

void Checker::resources(const std::string& path, const json& res) {
  std::map<std::string, Quantity> requests, limits;
  quantity_map(path + ".requests", field(res, "requests"), requests);
  quantity_map(path + ".limits", field(res, "limits"), limits);
  for (const auto& [name, req] : requests) {
    auto lim = limits.find(name);
    std::string p = path + ".requests";
    append_key(p, name);
    bool extended = name.find('/') != std::string::npos;
    if (lim != limits.end() && compare(req, lim->second) > 0)
      error(p, in_quotes(*quantity_text(field(field(res, "requests"), name.c_str()))) +
                   " must be less than or equal to the " + name + " limit of " +
                   *quantity_text(field(field(res, "limits"), name.c_str())));
    if (extended && (lim == limits.end() || compare(req, lim->second) != 0))
      error(p, "must be equal to " + name + " limit (extended resources cannot be overcommitted)");
  }
}

void Checker::file_mode(const std::string& path, const json& v) {
  if (v.is_number_integer() && (v.get<long long>() < 0 || v.get<long long>() > 0777))
    error(path, "invalid file mode " + v.dump() +
                    ": must be a number between 0 and 0777 (octal), both inclusive (write 0644 or 420)");
}

void Checker::reference(const std::string& path, bool secret, const std::string& ns, const json& name,
                        const json& key, const json& optional) {
  // `path` is the field holding the name; a key reference points at the key's own field.
  if (!opt_.podrun_rules || !opt_.references || truthy(optional) || !name.is_string()) return;
  Reference r{secret, ns, name.get<std::string>(), key.is_string() ? key.get<std::string>() : "", path,
              pos_.value(path), "", {}};
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
      "metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels", "metadata.annotations",
      "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP",
      "status.podIPs"};
  static const char* const volume_paths[] = {"metadata.name", "metadata.namespace", "metadata.uid",
                                             "metadata.labels", "metadata.annotations"};
  auto subscripted = [&](const char* base) {
    std::string b = std::string(base) + "['";
    return fp.rfind(b, 0) == 0 && fp.size() > b.size() + 2 && fp.compare(fp.size() - 2, 2, "']") == 0;
  };
  bool ok = false;
  if (volume) {
    for (const char* p : volume_paths) ok = ok || fp == p;
  } else {
    for (const char* p : env_paths)
      ok = ok || (fp == p && fp != "metadata.labels" && fp != "metadata.annotations");
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

void Checker::resource_field_ref(const std::string& path, const json& ref, bool volume,
                                 const std::set<std::string>* container_names) {
  static const char* const resources[] = {"limits.cpu", "limits.memory", "limits.ephemeral-storage",
                                          "requests.cpu", "requests.memory", "requests.ephemeral-storage"};
  std::string r = str(field(ref, "resource"));
  bool ok = std::any_of(std::begin(resources), std::end(resources), [&](const char* x) { return r == x; }) ||
            r.rfind("limits.hugepages-", 0) == 0 || r.rfind("requests.hugepages-", 0) == 0;
  if (!ok) one_of(path + ".resource", field(ref, "resource"), resources);
  const json& cname = field(ref, "containerName");
  if (volume && str(cname).empty()) error(path + ".containerName", "is required for a volume's resourceFieldRef");
  if (container_names && cname.is_string() && !cname.get<std::string>().empty() &&
      !container_names->count(cname.get<std::string>()))
    error(path + ".containerName", "no container named " + in_quotes(cname.get<std::string>()) + " in this pod");
  const json& div = field(ref, "divisor");
  if (auto text = quantity_text(div)) {
    auto q = parse_quantity(*text);
    if (!q || q->negative || q->is_zero())
      error(path + ".divisor", in_quotes(*text) + " is not a valid divisor");
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
      name_rule(p + ".name", field(e, "name"), check_env_var_name);
      const json& vf = field(e, "valueFrom");
      if (!vf.is_object()) continue;
      if (field(e, "value").is_string() && !str(field(e, "value")).empty())
        error(p + ".valueFrom", "may not be specified when `value` is not empty");
      int sources = 0;
      for (const char* k : {"configMapKeyRef", "secretKeyRef", "fieldRef", "resourceFieldRef"})
        sources += field(vf, k).is_object() ? 1 : 0;
      if (sources != 1) {
        error(p + ".valueFrom", "must specify exactly one of configMapKeyRef, secretKeyRef, fieldRef, resourceFieldRef");
        continue;
      }
      for (const char* k : {"configMapKeyRef", "secretKeyRef"}) {
        const json& ref = field(vf, k);
        if (!ref.is_object()) continue;
        std::string rp = p + ".valueFrom." + k;
        required(rp + ".name", field(ref, "name"));
        name_rule(rp + ".key", field(ref, "key"), check_config_key);
        reference(rp + ".name", std::string(k) == "secretKeyRef", ns, field(ref, "name"), field(ref, "key"),
                  field(ref, "optional"));
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
        name_rule(p + ".prefix", prefix, check_env_var_name);
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

void Checker::container(const std::string& path, const json& c, bool init, const std::set<std::string>& volumes,
                        std::set<std::string>& names, const json& spec) {
  const json& name = field(c, "name");
  name_rule(path + ".name", name, check_dns1123_label);
  if (name.is_string() && !names.insert(name.get<std::string>()).second)
    error(path + ".name", "duplicate container name " + in_quotes(name.get<std::string>()) +
                              " (names must be unique across initContainers and containers)");
  const json& image = field(c, "image");
  required(path + ".image", image);
  if (image.is_string() && !image.get<std::string>().empty()) {
    const std::string& img = image.get_ref<const std::string&>();
    if (std::isspace(static_cast<unsigned char>(img.front())) || std::isspace(static_cast<unsigned char>(img.back())))
      error(path + ".image", "must not have leading or trailing whitespace");
  }
  static const char* const pull[] = {"Always", "IfNotPresent", "Never"};
  one_of(path + ".imagePullPolicy", field(c, "imagePullPolicy"), pull);
  static const char* const msg_policy[] = {"File", "FallbackToLogsOnError"};
  one_of(path + ".terminationMessagePolicy", field(c, "terminationMessagePolicy"), msg_policy);

  const json& rp = field(c, "restartPolicy");
  if (!rp.is_null()) {
    if (!init) error(path + ".restartPolicy", "may not be set for non-init containers", Category::Invalid, true);
    else if (rp != "Always") error(path + ".restartPolicy", "unsupported value " + rp.dump() + ": supported values: \"Always\"");
  }

  // Ports
  const json& ports = field(c, "ports");
  std::set<std::string> port_names;
  bool host_network = truthy(field(spec, "hostNetwork"));
  if (ports.is_array()) {
    for (std::size_t i = 0; i < ports.size(); ++i) {
      std::string p = path + ".ports[" + std::to_string(i) + "]";
      const json& port = ports[i];
      const json& cp = field(port, "containerPort");
      if (cp.is_number_integer() && (cp.get<long long>() < 1 || cp.get<long long>() > 65535))
        error(p + ".containerPort", "invalid port " + cp.dump() + ": must be between 1 and 65535, inclusive");
      const json& hp = field(port, "hostPort");
      if (hp.is_number_integer() && hp.get<long long>() != 0 &&
          (hp.get<long long>() < 1 || hp.get<long long>() > 65535))
        error(p + ".hostPort", "invalid port " + hp.dump() + ": must be between 1 and 65535, inclusive");
      if (host_network && hp.is_number_integer() && hp.get<long long>() != 0 && cp.is_number_integer() && hp != cp)
        error(p + ".hostPort", "must match containerPort when hostNetwork is true");
      const json& proto = field(port, "protocol");
      if (!host_network && hp.is_number_integer() && hp.get<long long>() != 0 && proto == "SCTP")
        error(p + ".hostPort", "is not supported by podrun for SCTP: podrun forwards TCP and UDP host ports",
              Category::Unsupported);
      static const char* const protocols[] = {"TCP", "UDP", "SCTP"};
      one_of(p + ".protocol", field(port, "protocol"), protocols);
      const json& pn = field(port, "name");
      if (pn.is_string() && !pn.get<std::string>().empty()) {
        std::string why = check_port_name(pn.get<std::string>());
        if (!why.empty()) error(p + ".name", "invalid port name " + pn.dump() + ": " + why);
        else if (!port_names.insert(pn.get<std::string>()).second)
          error(p + ".name", "duplicate port name " + pn.dump());
      }
    }
  }

  // Probes and lifecycle hooks (the API server's validateProbe / validateLifecycle).
  bool restartable_init = init && rp == "Always";
  for (const char* probe_name : {"livenessProbe", "readinessProbe", "startupProbe"}) {
    const json& pr = field(c, probe_name);
    if (pr.is_null()) continue;
    std::string pp = path + "." + probe_name;
    if (init && !restartable_init) {
      error(pp, "may not be set for init containers without restartPolicy=Always");
      continue;
    }
    handler(pp, pr, {"exec", "httpGet", "tcpSocket", "grpc"});
    for (const char* k : {"initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"}) {
      const json& v = field(pr, k);
      if (v.is_number_integer() && v.get<long long>() < 0) error(pp + "." + k, "must be greater than or equal to 0");
    }
    const json& st = field(pr, "successThreshold");
    if (std::string(probe_name) != "readinessProbe" && st.is_number_integer() && st.get<long long>() != 1)
      error(pp + ".successThreshold", "must be 1");
    const json& tg = field(pr, "terminationGracePeriodSeconds");
    if (tg.is_number_integer() && tg.get<long long>() <= 0) error(pp + ".terminationGracePeriodSeconds", "must be greater than 0");
    if (std::string(probe_name) == "readinessProbe" && !tg.is_null())
      error(pp + ".terminationGracePeriodSeconds", "must not be set for readinessProbes");
  }
  const json& lc = field(c, "lifecycle");
  if (!lc.is_null()) {
    if (init && !restartable_init) error(path + ".lifecycle", "may not be set for init containers without restartPolicy=Always");
    else
      for (const char* hook : {"postStart", "preStop"})
        if (!field(lc, hook).is_null()) {
          std::string hp = path + ".lifecycle." + hook;
          handler(hp, lc[hook], {"exec", "httpGet", "tcpSocket", "sleep"});
          const json& sl = field(field(lc[hook], "sleep"), "seconds");
          if (sl.is_number_integer()) {
            long long grace = field(spec, "terminationGracePeriodSeconds").is_number_integer()
                                  ? spec["terminationGracePeriodSeconds"].get<long long>() : 30;
            if (sl.get<long long>() <= 0 || sl.get<long long>() > grace)
              error(hp + ".sleep.seconds", "must be greater than 0 and less than terminationGracePeriodSeconds (" +
                                               std::to_string(grace) + ")");
          }
        }
  }

  if (field(c, "resources").is_object()) resources(path + ".resources", c["resources"]);
  ids(path + ".securityContext", field(c, "securityContext"));
  seccomp(path + ".securityContext", field(c, "securityContext"));
  const json& proc_mount = field(field(c, "securityContext"), "procMount");
  if (proc_mount.is_string() && proc_mount != "Default" && proc_mount != "Unmasked")
    error(path + ".securityContext.procMount", "Unsupported value: " + proc_mount.dump() + ": supported values: \"Default\", \"Unmasked\"");
  else if (proc_mount == "Unmasked" && field(spec, "hostUsers") != false)
    error(path + ".securityContext.procMount", "Unmasked needs hostUsers: false (an unmasked /proc only in a user namespace)",
          Category::Unsupported);
  // Capability names: the API server takes any string; the runtime refuses unknown ones at
  // start, podrun at load time (a podrun rule).
  for (const char* list : {"add", "drop"}) {
    const json& caps = field(field(field(c, "securityContext"), "capabilities"), list);
    if (!caps.is_array()) continue;
    for (std::size_t i = 0; i < caps.size(); ++i)
      if (caps[i].is_string() && caps[i] != "ALL" && !capability_number(caps[i].get<std::string>()))
        error(path + ".securityContext.capabilities." + list + "[" + std::to_string(i) + "]",
              "unknown capability " + caps[i].dump() + " (names as in capabilities(7), with or without CAP_, or ALL)",
              Category::Unsupported);
  }
  // The API server: allowPrivilegeEscalation false cannot go with privileged or CAP_SYS_ADMIN.
  const json& ape = field(field(c, "securityContext"), "allowPrivilegeEscalation");
  if (ape == false) {
    const json& add = field(field(field(c, "securityContext"), "capabilities"), "add");
    bool sys_admin = false;
    if (add.is_array())
      for (const auto& a : add) sys_admin = sys_admin || (a.is_string() && capability_number(a.get<std::string>()) == 21);
    if (field(field(c, "securityContext"), "privileged") == true)
      error(path + ".securityContext", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
    else if (sys_admin)
      error(path + ".securityContext", "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN");
  }
  env(path, c, ns_);

  // Volume mounts
  const json& mounts = field(c, "volumeMounts");
  std::set<std::string> mount_paths;
  if (mounts.is_array()) {
    for (std::size_t i = 0; i < mounts.size(); ++i) {
      std::string p = path + ".volumeMounts[" + std::to_string(i) + "]";
      const json& m = mounts[i];
      const json& vn = field(m, "name");
      if (vn.is_string() && !volumes.count(vn.get<std::string>()))
        error(p + ".name", "volume " + vn.dump() + " is not defined in spec.volumes");
      std::string mp = str(field(m, "mountPath"));
      if (mp.empty()) error(p + ".mountPath", "is required");
      else if (!mount_paths.insert(mp).second) error(p + ".mountPath", "duplicate mountPath " + in_quotes(mp) + " in this container");
      const json& sp = field(m, "subPath");
      if (sp.is_string()) {
        std::string s = sp.get<std::string>();
        if (is_abs_path(s)) error(p + ".subPath", "must be a relative path, not " + in_quotes(s));
        else if (has_backstep(s)) error(p + ".subPath", "must not contain '..'");
      }
      static const char* const propagation[] = {"None", "HostToContainer", "Bidirectional"};
      one_of(p + ".mountPropagation", field(m, "mountPropagation"), propagation);
    }
  }
}

void Checker::key_to_path_items(const std::string& path, const json& items, bool secret, const json& name,
                                const json& optional) {
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

void Checker::volume(const std::string& path, const json& v, const std::string& ns,
                     const std::set<std::string>& container_names) {
  int sources = 0;
  for (auto it = v.begin(); it != v.end(); ++it)
    if (it.key() != "name" && !it.value().is_null()) ++sources;
  if (sources > 1) error(path, "may not specify more than 1 volume type");
  // (no source at all is defaulted to emptyDir, as the API server does)

  if (const json& ed = field(v, "emptyDir"); ed.is_object()) {
    static const char* const media[] = {"", "Memory", "HugePages"};
    const json& medium = field(ed, "medium");
    if (medium.is_string() && medium.get<std::string>().rfind("HugePages", 0) == 0)
      error(path + ".emptyDir.medium", "hugepages are not supported by podrun", Category::Unsupported);
    else
      one_of(path + ".emptyDir.medium", medium, media);
    if (auto text = quantity_text(field(ed, "sizeLimit"))) {
      auto q = parse_quantity(*text);
      if (!q) error(path + ".emptyDir.sizeLimit", in_quotes(*text) + " is not a valid quantity (e.g. 64Mi, 1Gi)");
      else if (q->negative) error(path + ".emptyDir.sizeLimit", in_quotes(*text) + " must be greater than or equal to 0");
    }
  }
  if (const json& hp = field(v, "hostPath"); hp.is_object()) {
    std::string p = str(field(hp, "path"));
    if (p.empty()) error(path + ".hostPath.path", "is required");
    else if (has_backstep(p)) error(path + ".hostPath.path", "must not contain '..'");
    else if (!is_abs_path(p)) error(path + ".hostPath.path", "must be an absolute path on this host, not " + in_quotes(p), Category::Unsupported);
    static const char* const types[] = {"", "DirectoryOrCreate", "Directory", "FileOrCreate", "File",
                                        "Socket", "CharDevice", "BlockDevice"};
    one_of(path + ".hostPath.type", field(hp, "type"), types);
  }
  if (const json& cm = field(v, "configMap"); cm.is_object()) {
    std::string p = path + ".configMap";
    required(p + ".name", field(cm, "name"));
    file_mode(p + ".defaultMode", field(cm, "defaultMode"));
    reference(p + ".name", false, ns, field(cm, "name"), json(), field(cm, "optional"));
    key_to_path_items(p + ".items", field(cm, "items"), false, field(cm, "name"), field(cm, "optional"));
  }
  if (const json& sec = field(v, "secret"); sec.is_object()) {
    std::string p = path + ".secret";
    required(p + ".secretName", field(sec, "secretName"));
    file_mode(p + ".defaultMode", field(sec, "defaultMode"));
    reference(p + ".secretName", true, ns, field(sec, "secretName"), json(), field(sec, "optional"));
    key_to_path_items(p + ".items", field(sec, "items"), true, field(sec, "secretName"), field(sec, "optional"));
  }
  if (const json& da = field(v, "downwardAPI"); da.is_object()) {
    std::string p = path + ".downwardAPI";
    file_mode(p + ".defaultMode", field(da, "defaultMode"));
    const json& items = field(da, "items");
    if (items.is_array()) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        std::string ip = p + ".items[" + std::to_string(i) + "]";
        const json& it = items[i];
        local_non_reserved_path(ip + ".path", str(field(it, "path")));
        file_mode(ip + ".mode", field(it, "mode"));
        int n = field(it, "fieldRef").is_object() + field(it, "resourceFieldRef").is_object();
        if (n != 1) error(ip, "must specify exactly one of fieldRef, resourceFieldRef");
        if (field(it, "fieldRef").is_object()) field_ref(ip + ".fieldRef", it["fieldRef"], true);
        if (field(it, "resourceFieldRef").is_object())
          resource_field_ref(ip + ".resourceFieldRef", it["resourceFieldRef"], true, &container_names);
      }
    }
  }
}

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
  }

  // 2. Pod-level values.
  static const char* const restart[] = {"Always", "OnFailure", "Never"};
  one_of("spec.restartPolicy", field(spec, "restartPolicy"), restart);
  static const char* const dns[] = {"ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"};
  one_of("spec.dnsPolicy", field(spec, "dnsPolicy"), dns);
  if (field(spec, "dnsPolicy") == "None") {
    const json& ns = field(field(spec, "dnsConfig"), "nameservers");
    if (!ns.is_array() || ns.empty())
      error("spec.dnsConfig", "must provide at least one DNS nameserver when dnsPolicy is None");
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
        if (hostnames[j].is_string())
          name_rule(p + ".hostnames[" + std::to_string(j) + "]", hostnames[j], check_dns1123_subdomain);
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
      if (n.is_string() && !volume_names.insert(n.get<std::string>()).second)
        error(p + ".name", "duplicate volume name " + n.dump());
    }
  }
  std::set<std::string> container_names;
  const json& containers = field(spec, "containers");
  if (containers.is_array() && containers.empty()) error("spec.containers", "must have at least one container");
  for (const char* list : {"initContainers", "containers"}) {
    const json& cs = field(spec, list);
    if (!cs.is_array()) continue;
    for (std::size_t i = 0; i < cs.size(); ++i)
      container(std::string("spec.") + list + "[" + std::to_string(i) + "]", cs[i],
                std::string(list) == "initContainers", volume_names, container_names, spec);
  }
  if (volumes.is_array())
    for (std::size_t i = 0; i < volumes.size(); ++i)
      volume("spec.volumes[" + std::to_string(i) + "]", volumes[i], ns_, container_names);
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
      if (!keys.insert(it.key()).second)
        error(p, "duplicate of key " + in_quotes(it.key()) + " in data", Category::Invalid, true);
      total += it.key().size() + str(it.value()).size();
    }
  }
  if (total > 1024 * 1024) error("data", "ConfigMap data may not be larger than 1 MiB");
}

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
      if (std::string(which) == "data" && !is_base64(value))
        error(p, "must be base64-encoded (use stringData for plain text)");
      total += it.key().size() + value.size();
    }
  }
  if (total > 1024 * 1024) error("data", "Secret data may not be larger than 1 MiB");
}

}  // namespace

void resolve_references(const std::vector<Reference>& refs, const ObjectCatalog& catalog,
                        std::vector<Diagnostic>& out) {
  std::set<std::string> missing;  // report a missing object once, not once per key
  for (const Reference& r : refs) {
    const auto& objects = r.secret ? catalog.secrets : catalog.configmaps;
    const char* kind = r.secret ? "Secret" : "ConfigMap";
    auto it = objects.find(r.ns + "/" + r.name);
    std::string msg;
    if (it == objects.end() && !missing.insert(std::string(kind) + "/" + r.ns + "/" + r.name).second)
      continue;
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
      if (!digits) error(path, "must be a positive integer (a pod may lower the machine's podPidsLimit, never raise it)", Category::Invalid, false);
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

// A Namespace: cluster-scoped, a DNS-1123 label, and Pod Security labels that parse.
void Checker::namespace_object(const json& obj) {
  const json& meta = field(obj, "metadata");
  const json& name = field(meta, "name");
  if (name.is_string() && name.get<std::string>().empty()) error("metadata.name", "is required");
  name_rule("metadata.name", name, check_dns1123_label);
  if (!str(field(meta, "namespace")).empty()) error("metadata.namespace", "not allowed on this type (a Namespace is cluster-scoped)");
  json scoped = meta;
  scoped.erase("name");
  scoped.erase("namespace");
  metadata(scoped, false);  // labels and annotations
  std::map<std::string, std::string> labels;
  const json& l = field(meta, "labels");
  if (l.is_object())
    for (auto it = l.begin(); it != l.end(); ++it) labels[it.key()] = str(it.value());
  for (const auto& [label, why] : psa_namespace_policy(labels, {}).label_errors) {
    std::string path = "metadata.labels";
    append_key(path, label);
    error(path, why, Category::Invalid, false);
  }
}

void check_object(const std::string& kind, const json& object, const PathIndex& positions,
                  const json& schema, const CheckOptions& options, std::vector<Diagnostic>& out) {
  Checker c(positions, options, out);
  if (kind == "Pod") c.pod(object, schema);
  else if (kind == "ConfigMap") c.configmap(object);
  else if (kind == "Secret") c.secret(object);
  else if (kind == "Namespace") c.namespace_object(object);
}

}  // namespace podrun::loader
