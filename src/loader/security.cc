// Security contexts as the API server checks them: IDs, the pod-level fields, sysctls, seccomp.
#include "loader/checker.h"

#include "model/sysctl.h"

namespace podrun::loader {

void Checker::ids(const std::string& path, const json& security_context) {
  for (const char* k : {"runAsUser", "runAsGroup", "fsGroup"}) {
    const json& v = field(security_context, k);
    if (v.is_number_integer() && (v.get<long long>() < 0 || v.get<long long>() > 2147483647))
      error(path + "." + k, "must be between 0 and 2147483647, inclusive");
  }
}

void Checker::pod_security(const json& spec) {
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

bool Checker::valid_sysctl_name(const std::string& name) {
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

void Checker::seccomp(const std::string& path, const json& security_context) {
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

}  // namespace podrun::loader
