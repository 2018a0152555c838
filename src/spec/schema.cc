#include "spec/schema.h"

#include <atomic>
#include <mutex>
#include <optional>

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

using nlohmann::json;

// A kind's schema: the parsed document, and valijson's compiled form of all of it, built only
// once a command has validated enough documents for it to pay (see validate()).
struct SchemaSet::Compiled {
  json document;
  std::once_flag compiled_once;
  valijson::Schema schema;
  std::atomic<int> pruned_uses{0};
};

namespace {

void compile(valijson::Schema& schema, const json& document) {
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  parser.populateSchema(adapter, schema);
}

// Compiling the whole Pod schema costs valijson about 2.5 ms, the largest part of a one-pod
// `podrun apply`. A document reaches only a small part of it, so for the first documents of
// a command we compile just that part: the subschema `node` restricted to what `values` (every
// value the document has at this place) can reach, with $refs inlined. It is equivalent for
// these values: a property none of them has is never looked at (additionalProperties and
// required are kept as they are), and a subschema no value reaches is never evaluated.
// nullopt when the schema uses a keyword this does not know how to restrict.
std::optional<json> restrict_to(const json& root, const json& node, const std::vector<const json*>& values) {
  const json& n = deref(root, node);
  json out = json::object();
  if (values.empty() || !n.is_object()) return out;
  for (auto it = n.begin(); it != n.end(); ++it) {
    const std::string& key = it.key();
    const json& sub = it.value();
    if (key == "properties") {
      json props = json::object();
      for (auto p = sub.begin(); p != sub.end(); ++p) {
        std::vector<const json*> reached;
        for (const json* v : values)
          if (v->is_object())
            if (auto f = v->find(p.key()); f != v->end()) reached.push_back(&*f);
        if (reached.empty()) continue;
        auto r = restrict_to(root, p.value(), reached);
        if (!r) return std::nullopt;
        props[p.key()] = std::move(*r);
      }
      out[key] = std::move(props);
    } else if (key == "additionalProperties" && sub.is_object()) {
      const json* declared = n.contains("properties") ? &n["properties"] : nullptr;
      std::vector<const json*> reached;
      for (const json* v : values)
        if (v->is_object())
          for (auto f = v->begin(); f != v->end(); ++f)
            if (!declared || !declared->contains(f.key())) reached.push_back(&f.value());
      auto r = restrict_to(root, sub, reached);
      if (!r) return std::nullopt;
      out[key] = std::move(*r);
    } else if (key == "items" && sub.is_object()) {
      std::vector<const json*> reached;
      for (const json* v : values)
        if (v->is_array())
          for (const json& e : *v) reached.push_back(&e);
      auto r = restrict_to(root, sub, reached);
      if (!r) return std::nullopt;
      out[key] = std::move(*r);
    } else if (key == "oneOf" || key == "anyOf" || key == "allOf") {
      json branches = json::array();
      for (const json& b : sub) {
        auto r = restrict_to(root, b, values);
        if (!r) return std::nullopt;
        branches.push_back(std::move(*r));
      }
      out[key] = std::move(branches);
    } else if (key == "type" || key == "required" || key == "format" || key == "minimum" || key == "maximum" ||
               key == "exclusiveMinimum" || key == "exclusiveMaximum" || key == "enum" || key == "minLength" ||
               key == "maxLength" || key == "pattern" || key == "minItems" || key == "maxItems" ||
               key == "uniqueItems" || key == "additionalProperties" || key == "description") {
      out[key] = sub;  // a check on this value alone: kept as it is
    } else if (key == "definitions" || key == "$schema" || key.rfind("x-", 0) == 0) {
      continue;  // inlined, or no check at all
    } else {
      return std::nullopt;
    }
  }
  return out;
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

namespace {

// After this many documents of a kind, compiling the whole schema once is cheaper than
// compiling the part each document reaches (`podrun validate` of a large tree).
constexpr int kRestrictedDocuments = 16;

bool run_validator(const valijson::Schema& schema, const json& object, std::vector<SchemaError>* errors) {
  valijson::Validator validator;  // strong types: "8080" is not an integer
  valijson::adapters::NlohmannJsonAdapter target(object);
  if (!errors) return validator.validate(schema, target, nullptr);
  valijson::ValidationResults results;
  bool ok = validator.validate(schema, target, &results);
  valijson::ValidationResults::Error e;
  while (results.popError(e)) errors->push_back({context_path(e.context), e.description});
  return ok;
}

}  // namespace

SchemaSet::SchemaSet(std::string_view pod, std::string_view configmap, std::string_view secret)
    : SchemaSet(pod, configmap, secret, {}, {}, {}) {}

SchemaSet::SchemaSet(std::string_view pod, std::string_view configmap, std::string_view secret, std::string_view pod_compact,
                     std::string_view configmap_compact, std::string_view secret_compact)
    : impl_(std::make_unique<Impl>()) {
  auto parse = [](Compiled& c, std::string_view text, std::string_view compact) {
    // One document serves both valijson and podrun's walkers: the compact form when there is
    // one (parsing JSON is most of a short command's start-up, so parse it once).
    c.document = json::parse(compact.empty() ? text : compact);
    c.document.erase("$schema");  // draft-04 URI that valijson does not need
  };
  parse(impl_->pod, pod, pod_compact);
  parse(impl_->configmap, configmap, configmap_compact);
  parse(impl_->secret, secret, secret_compact);
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

SchemaSet::Compiled* SchemaSet::find(std::string_view kind) const {
  return kind == "Pod"         ? &impl_->pod
         : kind == "ConfigMap" ? &impl_->configmap
         : kind == "Secret"    ? &impl_->secret
                               : nullptr;
}

bool SchemaSet::validate(std::string_view kind, const nlohmann::json& object,
                         std::vector<SchemaError>* errors) const {
  Compiled* c = find(kind);
  if (!c) return false;
  if (c->pruned_uses.fetch_add(1, std::memory_order_relaxed) < kRestrictedDocuments)
    if (auto part = restrict_to(c->document, c->document, {&object})) {
      valijson::Schema schema;
      compile(schema, *part);
      return run_validator(schema, object, errors);
    }
  return validate_whole(kind, object, errors);
}

bool SchemaSet::validate_whole(std::string_view kind, const nlohmann::json& object,
                               std::vector<SchemaError>* errors) const {
  Compiled* c = find(kind);
  if (!c) return false;
  std::call_once(c->compiled_once, [c] { compile(c->schema, c->document); });
  return run_validator(c->schema, object, errors);
}

}  // namespace podrun::spec
