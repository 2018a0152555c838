#include "spec/schema.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

extern "C" {
extern const char podrun_schema_pod_begin[], podrun_schema_pod_end[];
extern const char podrun_schema_configmap_begin[], podrun_schema_configmap_end[];
extern const char podrun_schema_secret_begin[], podrun_schema_secret_end[];
extern const char podrun_compact_pod_begin[], podrun_compact_pod_end[];
extern const char podrun_compact_configmap_begin[], podrun_compact_configmap_end[];
extern const char podrun_compact_secret_begin[], podrun_compact_secret_end[];
}

namespace podrun::spec {

namespace {

struct Compiled {
  nlohmann::json document;
  valijson::Schema schema;
};

void compile(Compiled& c, std::string_view text, std::string_view compact) {
  // One document serves both valijson and podrun's walkers: the compact form when there is
  // one (parsing JSON is most of a short command's start-up, so parse it once).
  c.document = nlohmann::json::parse(compact.empty() ? text : compact);
  c.document.erase("$schema");  // draft-04 URI that valijson does not need
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(c.document);
  parser.populateSchema(adapter, c.schema);
}

// valijson's context is ["<root>", "[spec]", "[containers]", "[0]", ...].
std::string context_path(const std::vector<std::string>& context) {
  std::string path;
  for (std::size_t i = 1; i < context.size(); ++i) {
    std::string_view part = context[i];
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') part = part.substr(1, part.size() - 2);
    bool index = !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    if (index) {
      path += '[';
      path += part;
      path += ']';
    } else {
      if (!path.empty()) path += '.';
      path += part;
    }
  }
  return path;
}

}  // namespace

const nlohmann::json& deref(const nlohmann::json& root, const nlohmann::json& node) {
  auto ref = node.find("$ref");
  if (ref == node.end() || !ref->is_string()) return node;
  const std::string& r = ref->get_ref<const std::string&>();
  const std::string prefix = "#/definitions/";
  if (r.compare(0, prefix.size(), prefix) != 0) return node;
  auto defs = root.find("definitions");
  if (defs == root.end()) return node;
  auto def = defs->find(r.substr(prefix.size()));
  return def == defs->end() ? node : *def;
}

struct SchemaSet::Impl {
  Compiled pod, configmap, secret;
};

SchemaSet::SchemaSet(std::string_view pod, std::string_view configmap, std::string_view secret)
    : SchemaSet(pod, configmap, secret, {}, {}, {}) {}

SchemaSet::SchemaSet(std::string_view pod, std::string_view configmap, std::string_view secret, std::string_view pod_compact,
                     std::string_view configmap_compact, std::string_view secret_compact)
    : impl_(std::make_unique<Impl>()) {
  compile(impl_->pod, pod, pod_compact);
  compile(impl_->configmap, configmap, configmap_compact);
  compile(impl_->secret, secret, secret_compact);
}

SchemaSet::~SchemaSet() = default;

const SchemaSet& SchemaSet::builtin() {
  // Built on first use; C++ guarantees the initialisation is thread-safe.
  static const SchemaSet set(
      std::string_view(podrun_schema_pod_begin, podrun_schema_pod_end - podrun_schema_pod_begin),
      std::string_view(podrun_schema_configmap_begin,
                       podrun_schema_configmap_end - podrun_schema_configmap_begin),
      std::string_view(podrun_schema_secret_begin,
                       podrun_schema_secret_end - podrun_schema_secret_begin),
      std::string_view(podrun_compact_pod_begin, podrun_compact_pod_end - podrun_compact_pod_begin),
      std::string_view(podrun_compact_configmap_begin, podrun_compact_configmap_end - podrun_compact_configmap_begin),
      std::string_view(podrun_compact_secret_begin, podrun_compact_secret_end - podrun_compact_secret_begin));
  return set;
}

const nlohmann::json* SchemaSet::document(std::string_view kind) const {
  if (kind == "Pod") return &impl_->pod.document;
  if (kind == "ConfigMap") return &impl_->configmap.document;
  if (kind == "Secret") return &impl_->secret.document;
  return nullptr;
}

bool SchemaSet::validate(std::string_view kind, const nlohmann::json& object,
                         std::vector<SchemaError>* errors) const {
  const Compiled* c = kind == "Pod" ? &impl_->pod
                      : kind == "ConfigMap" ? &impl_->configmap
                      : kind == "Secret" ? &impl_->secret
                                         : nullptr;
  if (!c) return false;
  valijson::Validator validator;  // strong types: "8080" is not an integer
  valijson::adapters::NlohmannJsonAdapter target(object);
  if (!errors) return validator.validate(c->schema, target, nullptr);
  valijson::ValidationResults results;
  bool ok = validator.validate(c->schema, target, &results);
  valijson::ValidationResults::Error e;
  while (results.popError(e)) errors->push_back({context_path(e.context), e.description});
  return ok;
}

}  // namespace podrun::spec
