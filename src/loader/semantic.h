// The checks the Kubernetes API server makes that a JSON schema cannot express (names,
// ports, quantities, enums, uniqueness, references), plus podrun's own verdict on each field
// (src/loader/fields.h). Runs on documents that passed the schema.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/diagnostic.h"
#include "loader/yaml_reader.h"

namespace podrun::loader {

// What the input provides for references: ConfigMaps and Secrets by namespace/name, with
// their keys.
struct ObjectCatalog {
  std::map<std::string, std::set<std::string>> configmaps;  // "ns/name" → keys
  std::map<std::string, std::set<std::string>> secrets;
  std::map<std::string, std::map<std::string, std::string>> namespaces;  // name → labels (Pod Security)
};

// A Pod's use of a ConfigMap or Secret (or of one key in it), resolved once every document of
// the input has been read.
struct Reference {
  bool secret = false;
  std::string ns, name, key;  // key empty: the whole object
  std::string path;           // the field naming the object
  Mark mark;
  std::string key_path;  // the field naming the key, when key is set
  Mark key_mark;
};

struct CheckOptions {
  bool podrun_rules = true;                      // field support and references (--target podrun)
  std::vector<Reference>* references = nullptr;  // where non-optional references are recorded
  int kubernetes_minor = 35;                     // the API server's rules of that release (1.<minor>)
};

// Appends an Unresolved error for each reference the catalog does not satisfy.
void resolve_references(const std::vector<Reference>& refs, const ObjectCatalog& catalog, std::vector<Diagnostic>& out);

// Appends problems of `object` (kind Pod, ConfigMap or Secret) to `out`, with marks from
// `positions`.
void check_object(const std::string& kind, const nlohmann::json& object, const PathIndex& positions, const nlohmann::json& schema,
                  const CheckOptions& options, std::vector<Diagnostic>& out);

// Name checks, exposed for tests: empty string when valid, else the reason.
std::string check_dns1123_label(const std::string& s);
std::string check_dns1123_subdomain(const std::string& s);
std::string check_port_name(const std::string& s);
std::string check_env_var_name(const std::string& s);
// From 1.32 (RelaxedEnvironmentVariableValidation, on by default): any printable ASCII but '='.
std::string check_relaxed_env_var_name(const std::string& s);
std::string check_config_key(const std::string& s);
std::string check_qualified_name(const std::string& s);

}  // namespace podrun::loader
