// Names, metadata and Namespace objects, worded as the API server words them (k8s.io/apimachinery/pkg/util/validation).
#include "loader/checker.h"

#include "loader/pod_security.h"

namespace podrun::loader {

// Name rules, worded as the API server words them (k8s.io/apimachinery/pkg/util/validation).

namespace {

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
  if (!std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return "must contain at least one letter (a-z)";
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

std::string check_relaxed_env_var_name(const std::string& s) {
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= ' ' && c <= '~' && c != '='; }))
    return "a valid environment variable name must consist only of printable ASCII characters other than '='";
  return "";
}

std::string check_config_key(const std::string& s) {
  if (s.size() > 253) return "must be no more than 253 characters";
  bool ok = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
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
    if (prefix.empty() || !check_dns1123_subdomain(prefix).empty()) return "prefix part must be a lowercase RFC 1123 subdomain";
  }
  bool ok = !name.empty() && name.size() <= 63 && alnum(name.front()) && alnum(name.back()) &&
            std::all_of(name.begin(), name.end(), [](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
  if (!ok)
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
           "and end with an alphanumeric character, at most 63 characters";
  return "";
}

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

// A Namespace: cluster-scoped, a DNS-1123 label, and Pod Security labels that parse.
void Checker::namespace_object(const json& obj) {
  const json& meta = field(obj, "metadata");
  const json& name = field(meta, "name");
  if (name.is_string() && name.get<std::string>().empty()) error("metadata.name", "is required");
  name_rule("metadata.name", name, check_dns1123_label);
  if (!str(field(meta, "namespace")).empty()) error("metadata.namespace", "not allowed on this type (a Namespace is cluster-scoped)");
  json scoped = meta;
  if (scoped.is_object()) {  // a Namespace without metadata (the schema says so): erase() throws on null
    scoped.erase("name");
    scoped.erase("namespace");
  }
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

}  // namespace podrun::loader
