#include "loader/schema.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

extern "C" {
extern const char podrun_v131_pod_begin[], podrun_v131_pod_end[];
extern const char podrun_v131_configmap_begin[], podrun_v131_configmap_end[];
extern const char podrun_v131_secret_begin[], podrun_v131_secret_end[];
extern const char podrun_v131_namespace_begin[], podrun_v131_namespace_end[];
extern const char podrun_v135_pod_begin[], podrun_v135_pod_end[];
extern const char podrun_v135_configmap_begin[], podrun_v135_configmap_end[];
extern const char podrun_v135_secret_begin[], podrun_v135_secret_end[];
extern const char podrun_v135_namespace_begin[], podrun_v135_namespace_end[];
extern const char podrun_v135_deployment_begin[], podrun_v135_deployment_end[];
extern const char podrun_v135_job_begin[], podrun_v135_job_end[];
extern const char podrun_v135_service_begin[], podrun_v135_service_end[];
extern const char podrun_v135_cronjob_begin[], podrun_v135_cronjob_end[];
extern const char podrun_v135_daemonset_begin[], podrun_v135_daemonset_end[];
extern const char podrun_v135_statefulset_begin[], podrun_v135_statefulset_end[];
extern const char podrun_v135_networkpolicy_begin[], podrun_v135_networkpolicy_end[];
extern const char podrun_pod_fields_since_begin[], podrun_pod_fields_since_end[];
// Their indexes (loader/schema_text_index.h), made by the build.
extern const podrun::loader::ContainerEnd podrun_v131_pod_index_begin[], podrun_v131_pod_index_end[];
extern const podrun::loader::ContainerEnd podrun_v131_configmap_index_begin[], podrun_v131_configmap_index_end[];
extern const podrun::loader::ContainerEnd podrun_v131_secret_index_begin[], podrun_v131_secret_index_end[];
extern const podrun::loader::ContainerEnd podrun_v131_namespace_index_begin[], podrun_v131_namespace_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_pod_index_begin[], podrun_v135_pod_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_configmap_index_begin[], podrun_v135_configmap_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_secret_index_begin[], podrun_v135_secret_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_namespace_index_begin[], podrun_v135_namespace_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_deployment_index_begin[], podrun_v135_deployment_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_job_index_begin[], podrun_v135_job_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_service_index_begin[], podrun_v135_service_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_cronjob_index_begin[], podrun_v135_cronjob_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_daemonset_index_begin[], podrun_v135_daemonset_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_statefulset_index_begin[], podrun_v135_statefulset_index_end[];
extern const podrun::loader::ContainerEnd podrun_v135_networkpolicy_index_begin[], podrun_v135_networkpolicy_index_end[];
}

namespace podrun::loader {

using nlohmann::json;

// A kind's schema: its text, the parsed document, and valijson's compiled form of all of it,
// built only once a command has validated enough documents for it to pay (see validate()).
// The built-in schemas are parsed on a kind's first use: parsing all eleven was half of the
// instructions of a one-pod `podrun apply` before it read its manifest, for kinds it never had.
namespace {
// A schema's text with where each of its objects and arrays ends (TextRestrictor, below).
struct SchemaTextIndex {
  std::string_view text;
  std::span<const ContainerEnd> built;                               // the build's (linked in), or
  std::vector<ContainerEnd> computed;                                // for a text the build did not index
  std::map<std::string, std::string_view, std::less<>> definitions;  // "#/definitions/NAME"

  std::span<const ContainerEnd> containers() const { return built.empty() ? std::span<const ContainerEnd>(computed) : built; }
};

}  // namespace

struct SchemaSet::Compiled {
  std::string_view text;                       // the linked-in text, or the caller's while its constructor runs
  std::string_view linked;                     // the linked-in text, kept: parts are read from it (part_for)
  std::span<const ContainerEnd> linked_index;  // the build's index of it
  std::once_flag index_once;
  std::optional<SchemaTextIndex> index;
  std::once_flag parsed_once;
  json document;
  std::once_flag compiled_once;
  valijson::Schema schema;
  std::atomic<int> pruned_uses{0};
};

namespace {

// The schemas' "format" ("date-time" on timestamps, "byte" on a Secret's data) as podrun checks
// it. valijson's own check reads any value as a string and aborts the process on one that is
// not (fuzzing found `data: {key: [..]}` in a Secret): this one checks strings only and leaves
// other values to "type", which reports them. "byte" is checked by the API server's rules.
constexpr char kFormatKeyword[] = "podrunFormat";

bool two_digits(std::string_view s, std::size_t at, int max) {
  if (at + 2 > s.size() || !std::isdigit(static_cast<unsigned char>(s[at])) || !std::isdigit(static_cast<unsigned char>(s[at + 1])))
    return false;
  return (s[at] - '0') * 10 + (s[at + 1] - '0') <= max;
}

class StringFormat final : public valijson::constraints::PolyConstraint {
 public:
  explicit StringFormat(bool date_time) : date_time_(date_time) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!date_time_ || !target.isString()) return true;
    if (is_date_time(target.asString())) return true;
    if (results) results->pushError(context, "String should be a valid date-time");
    return false;
  }

 private:
  Constraint* cloneInto(void* memory) const override { return new (memory) StringFormat(*this); }
  std::size_t sizeOf() const override { return sizeof(StringFormat); }
  bool date_time_;
};

class StringFormatBuilder final : public valijson::ConstraintBuilder {
 public:
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override {
    return new StringFormat(value.isString() && value.asString() == "date-time");
  }
};

// Renames "format" to kFormatKeyword wherever it is a keyword (not a property's name).
void move_format_keyword(json& node) {
  if (node.is_array()) {
    for (json& b : node) move_format_keyword(b);
    return;
  }
  if (!node.is_object()) return;
  if (auto f = node.find("format"); f != node.end()) {
    json value = std::move(*f);
    node.erase(f);
    node[kFormatKeyword] = std::move(value);
  }
  for (const char* maps : {"properties", "patternProperties", "definitions"})
    if (auto m = node.find(maps); m != node.end() && m->is_object())
      for (json& sub : *m) move_format_keyword(sub);
  for (const char* subs : {"items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"})
    if (auto m = node.find(subs); m != node.end()) move_format_keyword(*m);
}

void compile(valijson::Schema& schema, const json& document) {
  json checked = document;
  move_format_keyword(checked);
  valijson::SchemaParser parser;
  parser.addConstraintBuilder(kFormatKeyword, new StringFormatBuilder);  // the parser owns it
  valijson::adapters::NlohmannJsonAdapter adapter(checked);
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
    } else if (key == "type" || key == "required" || key == "format" || key == "minimum" || key == "maximum" || key == "exclusiveMinimum" ||
               key == "exclusiveMaximum" || key == "enum" || key == "minLength" || key == "maxLength" || key == "pattern" ||
               key == "minItems" || key == "maxItems" || key == "uniqueItems" || key == "additionalProperties" || key == "description") {
      out[key] = sub;  // a check on this value alone: kept as it is
    } else if (key == "definitions" || key == "$schema" || key.rfind("x-", 0) == 0) {
      continue;  // inlined, or no check at all
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// JSON text as podrun's build writes its schemas (schemas/*.json: minified, keys sorted, no
// escapes, integers only) parsed straight from memory. nlohmann's parser reads through a
// per-character input adapter and spent three quarters of its time lexing: 4.7 M
// instructions for the Pod schema, 60% of a one-pod `podrun plan`. This scans with pointers
// and inserts sorted keys at the end of each map. Any other text (an escape, a fraction,
// whatever it does not expect) makes it give up: nullopt, and the caller uses nlohmann's.
class SchemaTextParser {
 public:
  explicit SchemaTextParser(std::string_view text) : at_(text.data()), end_(text.data() + text.size()) {}

  std::optional<json> parse() {
    json out;
    if (!value(out)) return std::nullopt;
    skip_space();
    if (at_ != end_) return std::nullopt;
    return out;
  }

 private:
  void skip_space() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\n' || *at_ == '\r' || *at_ == '\t')) ++at_;
  }
  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - at_) < word.size() || std::string_view(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }
  bool string(std::string& out) {
    if (at_ == end_ || *at_ != '"') return false;
    const char* start = ++at_;
    const char* close = static_cast<const char*>(std::memchr(start, '"', static_cast<std::size_t>(end_ - start)));
    if (!close) return false;
    std::string_view body(start, static_cast<std::size_t>(close - start));
    if (body.find('\\') != std::string_view::npos) return false;  // escapes: nlohmann's job
    for (char c : body)
      if (static_cast<unsigned char>(c) < 0x20) return false;
    out.assign(body);
    at_ = close + 1;
    return true;
  }
  // The members of an object or the elements of an array, each read by `item`, up to `close`.
  template <class Item>
  bool items(char close, Item item) {
    skip_space();
    if (at_ != end_ && *at_ == close) {
      ++at_;
      return true;
    }
    for (;;) {
      if (!item()) return false;
      skip_space();
      if (at_ == end_) return false;
      char c = *at_++;
      if (c == close) return true;
      if (c != ',') return false;
    }
  }
  bool value(json& out) {
    skip_space();
    if (at_ == end_) return false;
    switch (*at_) {
      case '{': {
        ++at_;
        out = json::object();
        auto& obj = out.get_ref<json::object_t&>();
        return items('}', [&] {
          skip_space();
          std::string key;
          json v;
          if (!string(key)) return false;
          skip_space();
          if (at_ == end_ || *at_++ != ':' || !value(v)) return false;
          obj.emplace_hint(obj.end(), std::move(key), std::move(v));
          return true;
        });
      }
      case '[': {
        ++at_;
        out = json::array();
        auto& arr = out.get_ref<json::array_t&>();
        return items(']', [&] { return value(arr.emplace_back()); });
      }
      case '"': {
        std::string s;
        if (!string(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't': out = true; return literal("true");
      case 'f': out = false; return literal("false");
      case 'n': out = nullptr; return literal("null");
      default: {
        bool negative = *at_ == '-';
        const char* digits = negative ? at_ + 1 : at_;
        const char* p = digits;
        std::uint64_t n = 0;
        while (p != end_ && *p >= '0' && *p <= '9' && p - digits < 18) n = n * 10 + static_cast<std::uint64_t>(*p++ - '0');
        if (p == digits || (p != end_ && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))) return false;
        if (*digits == '0' && p - digits > 1) return false;  // leading zeros are not JSON
        at_ = p;
        if (negative) out = -static_cast<std::int64_t>(n);
        else out = n;
        return true;
      }
    }
  }

  const char* at_;
  const char* end_;
};

}  // namespace

json parse_schema_text(std::string_view text) {
  if (auto fast = SchemaTextParser(text).parse()) return std::move(*fast);
  return json::parse(text);
}

namespace {

// restrict_to() read straight from the schema's text: the part of a schema that values reach,
// without parsing the rest. Parsing the whole Pod schema into a tree (40 KB) was a third of a
// one-pod apply's instructions; a pod reaches a few percent of it. Where each object and array
// ends is known (SchemaTextIndex: for the linked-in schemas from the build, else from one pass
// over the text; a string's end is found as the walk meets it); the walk then steps over
// whatever no value reaches, and only what is kept is parsed. The result is restrict_to()'s
// on the parsed document, node for node (tests/loader compares them on every document of the
// test corpora); any text this does not expect (an escape in a key, a keyword it does not
// know) gives nullopt, and the caller parses the whole schema.
class TextRestrictor {
 public:
  using Members = std::vector<std::pair<std::string_view, std::string_view>>;

  // `built`: the build's index of `text` (loader/schemas_blob.S); empty: one pass here.
  static std::optional<SchemaTextIndex> index(std::string_view text, std::span<const ContainerEnd> built) {
    SchemaTextIndex ix;
    ix.text = text;
    ix.built = built;
    if (built.empty()) {
      auto computed = index_containers(text);
      if (!computed) return std::nullopt;
      ix.computed = std::move(*computed);
    }
    TextRestrictor walk(ix);
    Members top;
    if (!walk.members(text, top)) return std::nullopt;
    for (const auto& [key, value] : top) {
      if (key != "definitions") continue;
      Members ds;
      if (!walk.members(value, ds)) return std::nullopt;
      for (const auto& [name, def] : ds) ix.definitions.emplace(std::string(name), def);
    }
    return ix;
  }

  explicit TextRestrictor(const SchemaTextIndex& ix) : ix_(ix) {}

  std::optional<json> restrict(std::string_view node, const std::vector<const json*>& values) const {
    if (values.empty()) return json::object();  // as restrict_to: nothing reaches it
    Members ms;
    if (is_object(node)) {
      if (!members(node, ms)) return std::nullopt;
      if (auto target = ref_target(ms)) {  // deref(): the definition, its siblings ignored
        node = *target;
        ms.clear();
        if (is_object(node) && !members(node, ms)) return std::nullopt;
      }
    }
    json out = json::object();
    if (!is_object(node)) return out;
    for (const auto& [key, sub] : ms) {
      if (key == "properties") {
        Members props;
        if (!is_object(sub) || !members(sub, props)) return std::nullopt;
        json kept = json::object();
        for (const auto& [name, psub] : props) {
          std::vector<const json*> reached;
          const std::string field(name);
          for (const json* v : values)
            if (v->is_object())
              if (auto f = v->find(field); f != v->end()) reached.push_back(&*f);
          if (reached.empty()) continue;
          auto r = restrict(psub, reached);
          if (!r) return std::nullopt;
          kept[field] = std::move(*r);
        }
        out["properties"] = std::move(kept);
      } else if (key == "additionalProperties" && is_object(sub)) {
        Members declared;
        for (const auto& [k, v] : ms)
          if (k == "properties" && is_object(v) && !members(v, declared)) return std::nullopt;
        std::vector<const json*> reached;
        for (const json* v : values)
          if (v->is_object())
            for (auto f = v->begin(); f != v->end(); ++f)
              if (std::none_of(declared.begin(), declared.end(), [&](const auto& d) { return d.first == f.key(); }))
                reached.push_back(&f.value());
        auto r = restrict(sub, reached);
        if (!r) return std::nullopt;
        out[std::string(key)] = std::move(*r);
      } else if (key == "items" && is_object(sub)) {
        std::vector<const json*> reached;
        for (const json* v : values)
          if (v->is_array())
            for (const json& e : *v) reached.push_back(&e);
        auto r = restrict(sub, reached);
        if (!r) return std::nullopt;
        out[std::string(key)] = std::move(*r);
      } else if (key == "oneOf" || key == "anyOf" || key == "allOf") {
        Members branches;
        if (!elements(sub, branches)) return std::nullopt;
        json kept = json::array();
        for (const auto& [unkeyed, b] : branches) {
          auto r = restrict(b, values);
          if (!r) return std::nullopt;
          kept.push_back(std::move(*r));
        }
        out[std::string(key)] = std::move(kept);
      } else if (key == "type" || key == "required" || key == "format" || key == "minimum" || key == "maximum" ||
                 key == "exclusiveMinimum" || key == "exclusiveMaximum" || key == "enum" || key == "minLength" || key == "maxLength" ||
                 key == "pattern" || key == "minItems" || key == "maxItems" || key == "uniqueItems" || key == "additionalProperties" ||
                 key == "description") {
        try {
          out[std::string(key)] = parse_schema_text(sub);
        } catch (const json::exception&) {
          return std::nullopt;
        }
      } else if (key == "definitions" || key == "$schema" || key.substr(0, 2) == "x-") {
        continue;
      } else {
        return std::nullopt;
      }
    }
    return out;
  }

 private:
  static void skip_space(const char*& p, const char* end) {
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
  }
  static bool is_object(std::string_view text) {
    const char* p = text.data();
    skip_space(p, text.data() + text.size());
    return p != text.data() + text.size() && *p == '{';
  }
  // The end of the JSON value at p (after leading space), from the index for an object, an
  // array or a string; nullptr when there is none within `end`.
  const char* skip_value(const char* p, const char* end) const {
    skip_space(p, end);
    if (p == end) return nullptr;
    const std::size_t at = static_cast<std::size_t>(p - ix_.text.data());
    if (*p == '"') {
      const std::size_t after = string_end(ix_.text, at, static_cast<std::size_t>(end - ix_.text.data()));
      return after ? ix_.text.data() + after : nullptr;
    }
    if (*p == '{' || *p == '[') {
      const std::span<const ContainerEnd> all = ix_.containers();
      auto c = std::lower_bound(all.begin(), all.end(), at, [](const ContainerEnd& e, std::size_t offset) { return e.start < offset; });
      if (c == all.end() || c->start != at) return nullptr;
      const char* after = ix_.text.data() + c->end;
      return after > p && after <= end ? after : nullptr;
    }
    const char* start = p;
    while (p != end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') ++p;
    return p == start ? nullptr : p;
  }
  // An object's members as (key, value text); false when `text` is not an object or a key
  // has an escape.
  bool members(std::string_view text, Members& out) const { return entries(text, true, out); }
  // An array's elements, each as ("", value text).
  bool elements(std::string_view text, Members& out) const { return entries(text, false, out); }
  bool entries(std::string_view text, bool keyed, Members& out) const {
    const char* p = text.data();
    const char* end = p + text.size();
    const char close = keyed ? '}' : ']';
    skip_space(p, end);
    if (p == end || *p++ != (keyed ? '{' : '[')) return false;
    skip_space(p, end);
    if (p != end && *p == close) return true;
    for (;;) {
      skip_space(p, end);
      std::string_view key;
      if (keyed) {
        if (p == end || *p != '"') return false;
        const char* key_end = skip_value(p, end);
        if (!key_end) return false;
        key = std::string_view(p + 1, static_cast<std::size_t>(key_end - p - 2));
        if (key.find('\\') != std::string_view::npos) return false;
        p = key_end;
        skip_space(p, end);
        if (p == end || *p++ != ':') return false;
        skip_space(p, end);
      }
      const char* value_end = skip_value(p, end);
      if (!value_end) return false;
      out.emplace_back(key, std::string_view(p, static_cast<std::size_t>(value_end - p)));
      p = value_end;
      skip_space(p, end);
      if (p == end) return false;
      char c = *p++;
      if (c == close) return true;
      if (c != ',') return false;
    }
  }
  // What {"$ref": "#/definitions/NAME"} names, when it names one of the root's definitions.
  std::optional<std::string_view> ref_target(const Members& ms) const {
    for (const auto& [key, value] : ms) {
      if (key != "$ref") continue;
      constexpr std::string_view prefix = "\"#/definitions/";
      if (value.size() < prefix.size() + 1 || value.substr(0, prefix.size()) != prefix || value.back() != '"') return std::nullopt;
      std::string_view name = value.substr(prefix.size(), value.size() - prefix.size() - 1);
      if (name.find('\\') != std::string_view::npos) return std::nullopt;
      auto def = ix_.definitions.find(name);
      if (def == ix_.definitions.end()) return std::nullopt;
      return def->second;
    }
    return std::nullopt;
  }

  const SchemaTextIndex& ix_;
};

}  // namespace

namespace {

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
  std::map<std::string, std::unique_ptr<Compiled>, std::less<>> kinds;
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

// RFC 3339 as Go's time.Parse(time.RFC3339) takes it: 2026-12-05T03:09:30Z, with optional
// fractional seconds and a numeric offset.
bool is_date_time(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i != 4 || s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':') return false;
  if (!two_digits(s, 5, 12) || !two_digits(s, 8, 31) || !two_digits(s, 11, 23) || !two_digits(s, 14, 59) || !two_digits(s, 17, 60))
    return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 0 || day == 0 || day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
  i = 19;
  if (i < s.size() && s[i] == '.') {
    std::size_t digits = ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == digits) return false;
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) return i + 1 == s.size();
  return i + 6 == s.size() && (s[i] == '+' || s[i] == '-') && two_digits(s, i + 1, 23) && s[i + 3] == ':' && two_digits(s, i + 4, 59);
}

SchemaSet::SchemaSet(const std::vector<SchemaText>& schemas) : SchemaSet(schemas, Parse::now) {}

SchemaSet::SchemaSet(const std::vector<SchemaText>& schemas, Parse when) : impl_(std::make_unique<Impl>()) {
  for (const auto& schema : schemas) {
    auto c = std::make_unique<Compiled>();
    c->text = schema.text;
    if (when == Parse::on_first_use) {
      c->linked = schema.text;
      c->linked_index = schema.index;
    }
    if (when == Parse::now) parsed(*c);  // the caller's text may not outlive this constructor
    impl_->kinds[schema.kind] = std::move(c);
  }
}

SchemaSet::Compiled& SchemaSet::parsed(Compiled& c) {
  // One document serves both valijson and podrun's walkers (parsing JSON is most of a short
  // command's start-up, so it is parsed once). Threads of `podrun validate -j` may ask at once.
  std::call_once(c.parsed_once, [&c] {
    c.document = parse_schema_text(c.text);
    c.document.erase("$schema");  // draft-04 URI that valijson does not need
    c.text = {};
  });
  return c;
}

SchemaSet::~SchemaSet() = default;

namespace {
std::string_view blob_text(const char* begin, const char* end) { return std::string_view(begin, static_cast<std::size_t>(end - begin)); }
std::span<const ContainerEnd> blob_index(const ContainerEnd* begin, const ContainerEnd* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}
}  // namespace

std::optional<KubeVersion> parse_kube_version(std::string_view text) {
  if (!text.empty() && text[0] == 'v') text.remove_prefix(1);
  if (text.substr(0, 2) != "1.") return std::nullopt;
  text.remove_prefix(2);
  std::size_t dot = text.find('.');
  std::string_view minor = text.substr(0, dot), patch = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  auto digits = [](std::string_view s) { return !s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), ::isdigit); };
  if (!digits(minor) || (dot != std::string_view::npos && !digits(patch))) return std::nullopt;
  int m = std::stoi(std::string(minor));
  if (m < KubeVersion::kOldest || m > KubeVersion::kNewest) return std::nullopt;
  return KubeVersion{m};
}

const std::map<std::string, int, std::less<>>& pod_fields_since() {
  static const auto table = [] {
    std::map<std::string, int, std::less<>> m;
    nlohmann::json j = nlohmann::json::parse(blob_text(podrun_pod_fields_since_begin, podrun_pod_fields_since_end));
    for (auto it = j.begin(); it != j.end(); ++it) {
      auto v = parse_kube_version(it.value().get<std::string>());
      m.emplace(it.key(), v ? v->minor : KubeVersion::kNewest);
    }
    return m;
  }();
  return table;
}

int pod_field_since(std::string_view path) {
  const auto& table = pod_fields_since();
  // The path, else the nearest enclosing field the table lists (a new field's children are as
  // new as it).
  while (!path.empty()) {
    if (auto it = table.find(path); it != table.end()) return it->second;
    std::size_t cut = path.find_last_of(".[");
    if (cut == std::string_view::npos) break;
    path = path.substr(0, cut);
  }
  return 0;
}

// A linked-in schema of `kind` (loader/schemas_blob.S): its text and the build's index of it.
#define PODRUN_LINKED_SCHEMA(kind, blob)                                                                                            \
  SchemaSet::SchemaText {                                                                                                           \
    kind, blob_text(podrun_##blob##_begin, podrun_##blob##_end), blob_index(podrun_##blob##_index_begin, podrun_##blob##_index_end) \
  }

namespace {
// A version's own Pod, ConfigMap, Secret and Namespace, then the workload kinds: 1.35's for
// every version (their template is checked as a Pod of the version's own).
std::vector<SchemaSet::SchemaText> with_workload_kinds(std::vector<SchemaSet::SchemaText> own) {
  for (auto& s : {PODRUN_LINKED_SCHEMA("Deployment", v135_deployment), PODRUN_LINKED_SCHEMA("Job", v135_job),
                  PODRUN_LINKED_SCHEMA("Service", v135_service), PODRUN_LINKED_SCHEMA("CronJob", v135_cronjob),
                  PODRUN_LINKED_SCHEMA("DaemonSet", v135_daemonset), PODRUN_LINKED_SCHEMA("StatefulSet", v135_statefulset),
                  PODRUN_LINKED_SCHEMA("NetworkPolicy", v135_networkpolicy)})
    own.push_back(s);
  return own;
}
}  // namespace

const SchemaSet& SchemaSet::builtin(KubeVersion version) {
  // Built on first use; C++ guarantees the initialisation is thread-safe. The compact form of
  // each schema (repeated subschemas as $ref) is the one linked in.
  if (version.minor == 31) {
    static const SchemaSet v131(
        with_workload_kinds({PODRUN_LINKED_SCHEMA("Pod", v131_pod), PODRUN_LINKED_SCHEMA("ConfigMap", v131_configmap),
                             PODRUN_LINKED_SCHEMA("Secret", v131_secret), PODRUN_LINKED_SCHEMA("Namespace", v131_namespace)}),
        Parse::on_first_use);
    return v131;
  }
  static const SchemaSet v135(
      with_workload_kinds({PODRUN_LINKED_SCHEMA("Pod", v135_pod), PODRUN_LINKED_SCHEMA("ConfigMap", v135_configmap),
                           PODRUN_LINKED_SCHEMA("Secret", v135_secret), PODRUN_LINKED_SCHEMA("Namespace", v135_namespace)}),
      Parse::on_first_use);
  return v135;
}
#undef PODRUN_LINKED_SCHEMA

const nlohmann::json* SchemaSet::document(std::string_view kind) const {
  Compiled* c = find(kind);
  return c ? &c->document : nullptr;
}

SchemaSet::Compiled* SchemaSet::find(std::string_view kind) const {
  auto it = impl_->kinds.find(kind);
  return it == impl_->kinds.end() ? nullptr : &parsed(*it->second);
}

bool SchemaSet::validate(std::string_view kind, const nlohmann::json& object, std::vector<SchemaError>* errors) const {
  Compiled* c = find(kind);
  if (!c) return false;
  if (c->pruned_uses.fetch_add(1, std::memory_order_relaxed) < kRestrictedDocuments)
    if (auto part = restrict_to(c->document, c->document, {&object})) return validate_part(*part, object, errors);
  return validate_whole(kind, object, errors);
}

std::optional<nlohmann::json> SchemaSet::part_for(std::string_view kind, const nlohmann::json& object) const {
  auto it = impl_->kinds.find(kind);
  if (it == impl_->kinds.end()) return std::nullopt;
  Compiled& c = *it->second;
  if (c.linked.empty() || c.pruned_uses.load(std::memory_order_relaxed) >= kRestrictedDocuments) return std::nullopt;
  std::call_once(c.index_once, [&c] { c.index = TextRestrictor::index(c.linked, c.linked_index); });
  if (!c.index) return std::nullopt;
  auto part = TextRestrictor(*c.index).restrict(c.linked, {&object});
  if (part) c.pruned_uses.fetch_add(1, std::memory_order_relaxed);
  return part;
}

std::string_view SchemaSet::linked_text(std::string_view kind) const {
  auto it = impl_->kinds.find(kind);
  return it == impl_->kinds.end() ? std::string_view() : it->second->linked;
}

std::span<const ContainerEnd> SchemaSet::linked_index(std::string_view kind) const {
  auto it = impl_->kinds.find(kind);
  return it == impl_->kinds.end() ? std::span<const ContainerEnd>() : it->second->linked_index;
}

std::optional<nlohmann::json> SchemaSet::part_of_text(std::string_view schema_text, const nlohmann::json& object) {
  auto index = TextRestrictor::index(schema_text, {});
  if (!index) return std::nullopt;
  return TextRestrictor(*index).restrict(schema_text, {&object});
}

std::optional<nlohmann::json> SchemaSet::part_of_document(const nlohmann::json& document, const nlohmann::json& object) {
  return restrict_to(document, document, {&object});
}

bool SchemaSet::validate_part(const nlohmann::json& part, const nlohmann::json& object, std::vector<SchemaError>* errors) {
  valijson::Schema schema;
  compile(schema, part);
  return run_validator(schema, object, errors);
}

bool SchemaSet::validate_whole(std::string_view kind, const nlohmann::json& object, std::vector<SchemaError>* errors) const {
  Compiled* c = find(kind);
  if (!c) return false;
  std::call_once(c->compiled_once, [c] { compile(c->schema, c->document); });
  return run_validator(c->schema, object, errors);
}

}  // namespace podrun::loader
