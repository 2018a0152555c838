#include "loader/explain.h"

#include <algorithm>

#include "loader/schema.h"
#include "loader/yaml_reader.h"

namespace podrun::loader {

namespace {

using json = nlohmann::json;

bool type_matches(const std::string& t, const json& v) {
  if (t == "string") return v.is_string();
  if (t == "integer")
    return v.is_number_integer() ||
           (v.is_number_float() && v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())));
  if (t == "number") return v.is_number();
  if (t == "boolean") return v.is_boolean();
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "null") return v.is_null();
  return true;
}

std::vector<std::string> allowed_types(const json& schema) {
  std::vector<std::string> out;
  auto it = schema.find("type");
  if (it == schema.end()) return out;
  if (it->is_string()) out.push_back(it->get<std::string>());
  if (it->is_array())
    for (const auto& t : *it)
      if (t != "null") out.push_back(t.get<std::string>());
  return out;
}

std::string type_word(const std::string& t) {
  if (t == "string") return "a string";
  if (t == "integer") return "an integer";
  if (t == "number") return "a number";
  if (t == "boolean") return "a boolean";
  if (t == "object") return "a mapping";
  if (t == "array") return "a list";
  return t;
}

std::string join_or(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i];
  }
  return out;
}

std::string shown(const json& v) {
  std::string s = v.dump();
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

std::string type_mismatch(const std::vector<std::string>& want, const json& v) {
  std::vector<std::string> words;
  for (const auto& t : want) words.push_back(type_word(t));
  std::string msg = "must be " + join_or(words) + ", not " + describe_json_type(v);
  if (!v.is_object() && !v.is_array()) msg += " (" + shown(v) + ")";
  bool wants_string = std::find(want.begin(), want.end(), "string") != want.end();
  if (wants_string && (v.is_number() || v.is_boolean())) msg += "; quote it to make it a string";
  return msg;
}

class Walker {
 public:
  explicit Walker(const json& root) : root_(root) {}
  std::vector<Explanation> out;

  void walk(const json& schema_in, const json& v, std::string& path) {
    const json& schema = deref(root_, schema_in);
    if (schema.contains("oneOf")) {
      walk_one_of(schema["oneOf"], v, path);
      return;
    }
    auto want = allowed_types(schema);
    if (!want.empty() && !v.is_null()) {
      bool ok = std::any_of(want.begin(), want.end(), [&](const auto& t) { return type_matches(t, v); });
      if (!ok) {
        out.push_back({path, false, type_mismatch(want, v)});
        return;
      }
    } else if (v.is_null() && schema.contains("type")) {
      const json& t = schema["type"];
      bool nullable = t.is_array() && std::find(t.begin(), t.end(), "null") != t.end();
      if (!nullable && !(t.is_string() && t == "null")) {
        out.push_back({path, false,
                       "must be " + join_or([&] {
                         std::vector<std::string> w;
                         for (const auto& x : want) w.push_back(type_word(x));
                         return w;
                       }()) +
                           ", not null"});
        return;
      }
    }
    if (auto e = schema.find("enum"); e != schema.end() && !v.is_null()) {
      if (std::find(e->begin(), e->end(), v) == e->end()) {
        std::vector<std::string> vals;
        for (const auto& x : *e) vals.push_back(x.dump());
        out.push_back({path, false, shown(v) + " is not allowed here; expected " + join_or(vals)});
      }
    }
    if (v.is_string())
      if (auto f = schema.find("format"); f != schema.end() && *f == "date-time" && !is_date_time(v.get_ref<const std::string&>()))
        out.push_back({path, false, shown(v) + " is not a time: expected RFC 3339, as 2026-01-31T12:00:00Z"});
    if (v.is_number()) check_range(schema, v, path);
    if (v.is_object()) walk_object(schema, v, path);
    if (v.is_array()) walk_array(schema, v, path);
  }

 private:
  void check_range(const json& schema, const json& v, std::string& path) {
    auto lo = schema.find("minimum");
    auto hi = schema.find("maximum");
    double d = v.get<double>();
    if ((lo != schema.end() && d < lo->get<double>()) || (hi != schema.end() && d > hi->get<double>()))
      out.push_back({path, false, shown(v) + " is out of range for a 32-bit integer"});
  }

  void walk_one_of(const json& options, const json& v, std::string& path) {
    std::vector<std::string> words;
    for (const auto& option : options) {
      const json& o = deref(root_, option);
      for (const auto& t : allowed_types(o)) {
        if (type_matches(t, v)) {
          walk(o, v, path);
          return;
        }
        words.push_back(t);
      }
    }
    if (v.is_null()) return;
    out.push_back({path, false, type_mismatch(words, v)});
  }

  void walk_object(const json& schema, const json& v, std::string& path) {
    const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
    auto add = schema.find("additionalProperties");
    bool closed = props && (add == schema.end() || (add->is_boolean() && !add->get<bool>()));
    for (auto it = v.begin(); it != v.end(); ++it) {
      std::size_t len = path.size();
      append_key(path, it.key());
      if (props && props->contains(it.key())) {
        walk((*props)[it.key()], it.value(), path);
      } else if (add != schema.end() && add->is_object()) {
        walk(*add, it.value(), path);
      } else if (closed) {
        std::vector<std::string> names;
        for (auto p = props->begin(); p != props->end(); ++p) names.push_back(p.key());
        std::string msg = "unknown field \"" + it.key() + "\"";
        std::string near = closest_name(it.key(), names);
        if (!near.empty()) msg += " (did you mean \"" + near + "\"?)";
        out.push_back({path, true, msg});
      }
      path.resize(len);
    }
    if (auto req = schema.find("required"); req != schema.end()) {
      for (const auto& r : *req) {
        const std::string name = r.get<std::string>();
        if (!v.contains(name)) {
          out.push_back({path, false, "required field \"" + name + "\" is missing"});
        }
      }
    }
  }

  void walk_array(const json& schema, const json& v, std::string& path) {
    auto items = schema.find("items");
    if (items == schema.end()) return;
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::size_t len = path.size();
      append_index(path, i);
      walk(*items, v[i], path);
      path.resize(len);
    }
  }

  const json& root_;
};

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string describe_json_type(const json& v) {
  if (v.is_string()) return "a string";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number_integer()) return "an integer";
  if (v.is_number()) return "a number";
  if (v.is_array()) return "a list";
  if (v.is_object()) return "a mapping";
  return "null";
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  // The nearest by edit distance (typos), else one that extends the name or that it extends
  // ("label" → "labels", "limit" → "limits" are already distance 1).
  std::string best;
  std::size_t best_d = std::max<std::size_t>(2, name.size() / 4) + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(name, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  if (!best.empty()) return best;
  for (const auto& c : candidates)
    if (c.size() > 3 && name.size() > 3 && (c.rfind(name, 0) == 0 || name.rfind(c, 0) == 0)) return c;
  return "";
}

std::vector<Explanation> explain_schema_errors(const json& schema, const json& value) {
  Walker w(schema);
  std::string path;
  w.walk(schema, value, path);
  return std::move(w.out);
}

}  // namespace podrun::loader
