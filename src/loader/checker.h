// The loader's semantic checks, one class split by concern into files: the API server's
// rules for names (names.cc), security contexts (security.cc), references to ConfigMaps,
// Secrets and fields (references.cc), containers (containers.cc), volumes (volumes.cc) and the
// objects themselves (semantic.cc); and, apart from them, podrun's own policy — what it
// supports, ignores or refuses, and its podrun.io/ annotations (policy.cc). Internal to the
// loader: semantic.h is the interface.
#pragma once

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "loader/fields.h"
#include "loader/json_fields.h"
#include "loader/semantic.h"
#include "loader/yaml_reader.h"
#include "model/quantity.h"

namespace podrun::loader {

using namespace ::podrun::model;
using json = nlohmann::json;

inline std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }
inline bool lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
inline bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// An IPv4 or IPv6 address in its usual text form (inet_pton: no leading zeros, nothing around it).
inline bool is_ip_address(const std::string& s) {
  unsigned char buf[sizeof(in6_addr)];
  return ::inet_pton(AF_INET, s.c_str(), buf) == 1 || ::inet_pton(AF_INET6, s.c_str(), buf) == 1;
}

inline bool is_abs_path(const std::string& p) { return !p.empty() && p[0] == '/'; }
inline bool has_backstep(const std::string& p) {
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

  // The objects (semantic.cc, names.cc).
  void pod(const json& pod, const json& schema);
  void configmap(const json& obj);
  void secret(const json& obj);
  void namespace_object(const json& obj);
  void deployment(const json& obj);  // workloads.cc
  void job(const json& obj);
  void cronjob(const json& obj);
  void daemonset(const json& obj);
  void statefulset(const json& obj);
  void service(const json& obj);         // services.cc
  void network_policy(const json& obj);  // network_policies.cc

 private:
  // --- reporting -------------------------------------------------------------------------
  void error(const std::string& path, std::string msg, Category cat = Category::Invalid, bool at_key = false) {
    if (cat != Category::Invalid && !opt_.podrun_rules) return;
    out_.push_back({Severity::Error, cat, at_key ? pos_.key(path) : pos_.value(path), path, std::move(msg)});
  }
  void warning(const std::string& path, std::string msg, bool at_key = true) {
    if (!opt_.podrun_rules) return;
    out_.push_back({Severity::Warning, Category::Invalid, at_key ? pos_.key(path) : pos_.value(path), path, std::move(msg)});
  }
  void name_rule(const std::string& path, const json& v, std::string (*rule)(const std::string&)) {
    if (!v.is_string()) return;
    std::string why = rule(v.get<std::string>());
    if (!why.empty()) error(path, "invalid value " + in_quotes(v.get<std::string>()) + ": " + why);
  }
  void required(const std::string& path, const json& v, const char* what = "is required") {
    if (v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty())) error(path, what);
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

  // --- podrun's field support (fields.h), following the schema (policy.cc) ----------------
  // `path` is the concrete path (for messages), `norm` the normalised one (for the table);
  // both grow and shrink as the walk goes, so a field costs two table lookups.
  void fields(const json& v, const json& schema_in, std::string& path, std::string& norm);
  // podrun's own annotations, and values the API server takes that podrun cannot run.
  void podrun_annotations(const json& meta);
  void podrun_values(const json& spec);
  inline static const std::string kContainers = "containers";
  std::string scratch_;
  const json* schema_root_ = nullptr;

  // --- pieces ------------------------------------------------------------------------------
  void metadata(const json& meta, bool needs_name_subdomain);
  // A Deployment's (required) or a manual Job's selector: valid, not empty, and matching the
  // template's labels.
  void workload_selector(const json& selector, const json& template_labels, bool required);
  void ids(const std::string& path, const json& security_context);
  // The pod-level fields of ValidatePodSecurityContext beyond ids and seccomp: group IDs,
  // the two policies, and sysctls (validateSysctls, ValidateHostSysctl).
  void pod_security(const json& spec);
  static bool valid_sysctl_name(const std::string& name);
  // seccompProfile, as the API server checks it (ValidateSeccompProfileField).
  void seccomp(const std::string& path, const json& security_context);
  void quantity_map(const std::string& path, const json& m, std::map<std::string, Quantity>& parsed);
  void resources(const std::string& path, const json& res);
  void container(const std::string& path, const json& c, bool init, const std::set<std::string>& volumes,
                 std::set<std::string>& container_names, const json& spec);
  void env(const std::string& path, const json& c, const std::string& ns);
  // A probe or hook handler: exactly one of `kinds`; a port a number in range or a port name.
  void handler(const std::string& path, const json& h, std::initializer_list<const char*> kinds);
  void restart_rules(const std::string& path, const json& c, bool init);
  void pod_resources(const json& spec);
  void volume(const std::string& path, const json& v, const std::string& ns, const std::set<std::string>& container_names);
  // A file path inside a configMap, secret or downwardAPI volume, as the API server's
  // ValidateLocalNonReservedPath: relative, no `..` element, and not starting with `..` (the
  // kubelet's own `..data` entries live there).
  void local_non_reserved_path(const std::string& path, const std::string& value);
  void key_to_path_items(const std::string& path, const json& items, bool secret, const json& name, const json& optional);
  // A downwardAPI volume's or projection's items; `paths` (a projected volume's) catches a path
  // that another source also writes.
  void downward_items(const std::string& path, const json& items, const std::set<std::string>& container_names,
                      std::set<std::string>* paths);
  void projected(const std::string& path, const json& pr, const std::string& ns, const std::set<std::string>& container_names);
  void file_mode(const std::string& path, const json& v);
  void reference(const std::string& path, bool secret, const std::string& ns, const json& name, const json& key, const json& optional);
  void field_ref(const std::string& path, const json& ref, bool volume);
  void resource_field_ref(const std::string& path, const json& ref, bool volume, const std::set<std::string>* container_names);

  const PathIndex& pos_;
  const CheckOptions& opt_;
  std::vector<Diagnostic>& out_;
  std::string ns_ = "default";
};

}  // namespace podrun::loader
