#include "loader/explain_fields.h"

#include <algorithm>
#include <cctype>

#include "loader/explain.h"
#include "loader/fields.h"
#include "loader/schema.h"

extern "C" {
extern const char podrun_explain_v1_31_begin[], podrun_explain_v1_31_end[];
extern const char podrun_explain_v1_35_begin[], podrun_explain_v1_35_end[];
}

namespace podrun::loader {

using nlohmann::json;

namespace {

// The names kubectl accepts for a kind: singular, plural, short (from the API server's
// discovery, which the OpenAPI documents do not carry).
struct KindNames {
  const char* kind;
  std::vector<const char*> names;
};

const std::vector<KindNames>& kind_names() {
  static const std::vector<KindNames> kinds = {
      {"Pod", {"pod", "pods", "po"}},
      {"ConfigMap", {"configmap", "configmaps", "cm"}},
      {"Secret", {"secret", "secrets"}},
      {"Namespace", {"namespace", "namespaces", "ns"}},
      {"Service", {"service", "services", "svc"}},
      {"Deployment", {"deployment", "deployments", "deploy"}},
      {"DaemonSet", {"daemonset", "daemonsets", "ds"}},
      {"StatefulSet", {"statefulset", "statefulsets", "sts"}},
      {"Job", {"job", "jobs"}},
      {"CronJob", {"cronjob", "cronjobs", "cj"}},
      {"NetworkPolicy", {"networkpolicy", "networkpolicies", "netpol"}},
  };
  return kinds;
}

// The kinds podrun takes: Pods, and the objects Pods refer to (loader.cc refuses the rest).
bool podrun_takes(const std::string& kind) {
  return kind == "Pod" || kind == "ConfigMap" || kind == "Secret" || kind == "Namespace" || kind == "Deployment" || kind == "Job" ||
         kind == "CronJob" || kind == "Service" || kind == "DaemonSet" || kind == "StatefulSet" || kind == "NetworkPolicy";
}

// A version's data, parsed on first use (the text is linked in by schemas_blob.S).
const json* version_data(std::string_view version) {
  auto parse = [](const char* begin, const char* end) { return json::parse(begin, end); };
  if (version == "1.31") {
    static const json d = parse(podrun_explain_v1_31_begin, podrun_explain_v1_31_end);
    return &d;
  }
  if (version == "1.35") {
    static const json d = parse(podrun_explain_v1_35_begin, podrun_explain_v1_35_end);
    return &d;
  }
  return nullptr;
}

const json* type_entry(const json& data, const std::string& type) {
  const json& types = data["types"];
  auto it = types.find(type);
  return it == types.end() ? nullptr : &*it;
}

ExplainField field_of(const json& f) {
  ExplainField out;
  out.name = f.value("n", "");
  out.type = f.value("t", "");
  out.ref = f.value("r", "");
  out.description = f.value("d", "");
  out.required = f.value("q", 0) != 0;
  if (f.contains("e"))
    for (const auto& e : f["e"]) out.enums.push_back(e.is_string() ? e.get<std::string>() : e.dump());
  return out;
}

std::vector<ExplainField> fields_of(const json& data, const std::string& type) {
  std::vector<ExplainField> out;
  const json* t = type.empty() ? nullptr : type_entry(data, type);
  if (t && t->contains("f"))
    for (const auto& f : (*t)["f"]) out.push_back(field_of(f));
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "a.b" → {"a", "b"}; "" → {""}.
std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(sep, start)) != std::string_view::npos; start = at + 1) out.emplace_back(s.substr(start, at - start));
  out.emplace_back(s.substr(start));
  return out;
}

// The kind a TYPE names ("po", "Pods", "deploy"), or empty.
std::string kind_of(const std::string& type) {
  std::string t = lower(type);
  for (const auto& k : kind_names())
    if (std::find(k.names.begin(), k.names.end(), t) != k.names.end()) return k.kind;
  return "";
}

// Walks `fields` (a path below the kind) in `data`; the index of the first field that does not
// exist, or fields.size() when they all do.
std::size_t resolved_depth(const json& data, const std::string& kind, const std::vector<std::string>& fields) {
  const json& kinds = data["kinds"];
  if (!kinds.contains(kind)) return 0;
  std::string type = kinds[kind]["t"];
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const ExplainField* found = nullptr;
    auto list = fields_of(data, type);
    for (const auto& f : list)
      if (f.name == fields[i]) found = &f;
    if (!found) return i;
    type = found->ref;
  }
  return fields.size();
}

// The other releases that have `kind` and the fields down to `depth` (for "it does in 1.35").
std::vector<std::string> other_versions_with(std::string_view version, const std::string& kind, const std::vector<std::string>& fields,
                                             std::size_t depth) {
  std::vector<std::string> out;
  std::vector<std::string> prefix(fields.begin(), fields.begin() + static_cast<std::ptrdiff_t>(depth));
  for (const auto& v : explain_versions()) {
    if (v == version) continue;
    const json* d = version_data(v);
    if (d->at("kinds").contains(kind) && resolved_depth(*d, kind, prefix) == prefix.size()) out.push_back(v);
  }
  return out;
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// Whether the normalised `path` (spec.containers[].ports[].hostPort) is a field of podrun's
// Pod schema: properties, array items ([]) and map values.
bool in_podrun_schema(const json& root, const std::string& path) {
  const json* node = &deref(root, root);
  for (const auto& part : split(path, '.')) {
    std::string name = part;
    int arrays = 0;
    while (name.size() > 2 && name.compare(name.size() - 2, 2, "[]") == 0) {
      name.resize(name.size() - 2);
      ++arrays;
    }
    // Maps have no named fields in explain's paths, but a path may walk through one.
    if (!node->contains("properties") && node->contains("additionalProperties") && (*node)["additionalProperties"].is_object())
      node = &deref(root, (*node)["additionalProperties"]);
    if (!node->contains("properties") || !(*node)["properties"].contains(name)) return false;
    node = &deref(root, (*node)["properties"][name]);
    for (; arrays > 0 && node->contains("items"); --arrays) node = &deref(root, (*node)["items"]);
  }
  return true;
}

PodrunVerdict pod_field_verdict(const std::string& normalised, const PodrunSchema& schema) {
  if (schema.pod && !in_podrun_schema(*schema.pod, normalised))
    return {"", field_status_name(FieldStatus::Unsupported),
            "not a field of the Kubernetes " + schema.version + " Pod schema podrun validates against: refused as an unknown field"};
  FieldVerdict v = field_status(normalised);
  std::string note = v.rule && v.rule->note ? v.rule->note : "";
  // Inherited from an ancestor or a ".*" default: say which rule it is.
  if (v.rule && normalised != v.rule->path) note = std::string("as ") + v.rule->path + (note.empty() ? "" : ": " + note);
  return {"", field_status_name(v.status), note};
}

// The field table's path of a field below `base`, and the base of its own members: a list's
// members are below "name[]", the list itself is "name" (spec.containers, spec.containers[].name).
std::string status_child(const std::string& base, const std::string& name) { return base.empty() ? name : base + "." + name; }
std::string members_base(const std::string& path, const ExplainField& f) { return f.type.rfind("[]", 0) == 0 ? path + "[]" : path; }

// The fields below `type` whose status is not "supported", topmost only (a refused object's
// members are not listed again).
void collect_below(const std::string& version, const std::string& type, const std::string& shown, const std::string& base,
                   const PodrunSchema& schema, bool recursive, std::vector<std::string>& stack, std::vector<PodrunVerdict>& out) {
  if (std::find(stack.begin(), stack.end(), type) != stack.end()) return;
  stack.push_back(type);
  for (const auto& f : explain_type_fields(version, type)) {
    std::string sp = normalise_field_path(status_child(base, f.name));
    std::string name = shown.empty() ? f.name : shown + "." + f.name;
    PodrunVerdict v = pod_field_verdict(sp, schema);
    if (v.status != field_status_name(FieldStatus::Supported)) {
      v.path = name;
      out.push_back(std::move(v));
    } else if (recursive && !f.ref.empty()) {
      collect_below(version, f.ref, name, members_base(sp, f), schema, recursive, stack, out);
    }
  }
  stack.pop_back();
}

// A field's line in FIELDS: "name<TAB><type> -required-", as kubectl prints it.
std::string field_line(const ExplainField& f, int indent) {
  return std::string(static_cast<std::size_t>(indent), ' ') + f.name + "\t<" + f.type + ">" + (f.required ? " -required-" : "") + "\n";
}

void render_tree(const std::string& version, const std::string& type, int indent, std::vector<std::string>& stack, std::string& out) {
  if (std::find(stack.begin(), stack.end(), type) != stack.end()) return;  // a type that contains itself
  stack.push_back(type);
  for (const auto& f : explain_type_fields(version, type)) {
    out += field_line(f, indent);
    if (!f.ref.empty()) render_tree(version, f.ref, indent + 2, stack, out);
  }
  stack.pop_back();
}

json field_json(const ExplainField& f) {
  json j = {{"name", f.name}, {"type", f.type}, {"required", f.required}};
  if (!f.enums.empty()) j["enum"] = f.enums;
  return j;
}

json tree_json(const std::string& version, const std::string& type, bool recursive, std::vector<std::string>& stack) {
  json out = json::array();
  if (std::find(stack.begin(), stack.end(), type) != stack.end()) return out;
  stack.push_back(type);
  for (const auto& f : explain_type_fields(version, type)) {
    json j = field_json(f);
    if (!recursive) j["description"] = f.description;
    if (recursive && !f.ref.empty()) {
      json sub = tree_json(version, f.ref, recursive, stack);
      if (!sub.empty()) j["fields"] = std::move(sub);
    }
    out.push_back(std::move(j));
  }
  stack.pop_back();
  return out;
}

json verdict_json(const PodrunVerdict& v) {
  json j = {{"status", v.status}, {"note", v.note}};
  if (!v.path.empty()) j["path"] = v.path;
  return j;
}

}  // namespace

const std::vector<std::string>& explain_versions() {
  static const std::vector<std::string> versions = {"1.31", "1.35"};
  return versions;
}

std::vector<ExplainField> explain_type_fields(const std::string& version, const std::string& type) {
  const json* d = version_data(version);
  return d ? fields_of(*d, type) : std::vector<ExplainField>{};
}

ExplainTarget explain_lookup(std::string_view version, std::string_view dotted) {
  const json* data = version_data(version);
  if (!data)
    throw ExplainError("no explain data for Kubernetes " + std::string(version) + " (known: " + joined(explain_versions(), ", ") + ")");
  std::vector<std::string> parts = split(dotted, '.');
  ExplainTarget t;
  t.version = version;
  t.kind = kind_of(parts[0]);
  if (t.kind.empty()) {
    std::vector<std::string> names;
    for (const auto& k : kind_names())  // not the short names: "po" is nearer "pdo" than "pod" is
      names.insert(names.end(), k.names.begin(), k.names.begin() + 2);
    std::string near = closest_name(lower(parts[0]), names);
    throw ExplainError("type \"" + parts[0] + "\" is not known to podrun explain" +
                       (near.empty() ? "" : "; did you mean \"" + near + "\"?"));
  }
  std::vector<std::string> fields(parts.begin() + 1, parts.end());
  const json& kinds = (*data)["kinds"];
  if (!kinds.contains(t.kind)) {
    auto others = other_versions_with(version, t.kind, fields, 0);
    throw ExplainError("kind " + t.kind + " is not in podrun's explain data for Kubernetes " + std::string(version) +
                       (others.empty() ? "" : "; it is for " + joined(others, ", ") + " (--kubernetes-version " + others.back() + ")"));
  }
  const json& k = kinds[t.kind];
  std::string group = k["g"];
  t.api_version = group.empty() ? k["v"].get<std::string>() : group + "/" + k["v"].get<std::string>();
  t.type = k["t"];
  t.written = lower(parts[0]);
  const json* entry = type_entry(*data, t.type);
  t.description = entry ? entry->value("d", "") : "";

  for (std::size_t i = 0; i < fields.size(); ++i) {
    auto list = fields_of(*data, t.type);
    auto it = std::find_if(list.begin(), list.end(), [&](const ExplainField& f) { return f.name == fields[i]; });
    if (list.empty())
      throw ExplainError(t.written + " is " + (t.chain.empty() ? "a " + t.kind : "<" + t.chain.back().type + ">") + ": it has no field \"" +
                         fields[i] + "\"");
    if (it == list.end()) {
      std::string msg = "field \"" + fields[i] + "\" does not exist in " + t.written;
      auto others = other_versions_with(version, t.kind, fields, i + 1);
      if (!others.empty()) {
        msg += " in Kubernetes " + std::string(version) + "; it does in " + joined(others, ", ") + " (--kubernetes-version " +
               others.back() + ")";
      } else {
        std::vector<std::string> names;
        for (const auto& f : list) names.push_back(f.name);
        std::string near = closest_name(fields[i], names);
        if (!near.empty()) msg += "; did you mean \"" + near + "\"?";
      }
      throw ExplainError(msg);
    }
    t.written += "." + fields[i];
    t.status_path = status_child(t.chain.empty() ? "" : members_base(t.status_path, t.chain.back()), fields[i]);
    t.chain.push_back(*it);
    t.type = it->ref;
  }
  t.status_path = normalise_field_path(t.status_path);
  if (!t.chain.empty()) {
    // As kubectl: the field's own description, then its type's.
    t.description = t.chain.back().description;
    const json* ref = t.type.empty() ? nullptr : type_entry(*data, t.type);
    std::string type_description = ref ? ref->value("d", "") : "";
    if (!type_description.empty()) t.description += (t.description.empty() ? "" : "\n") + type_description;
  }
  return t;
}

PodrunAnswer podrun_answer(const ExplainTarget& t, const PodrunSchema& schema, bool recursive) {
  PodrunAnswer a;
  if (!podrun_takes(t.kind)) {
    a.self = {"", "not run", "podrun validate and apply refuse it (--skip-unsupported skips it with a warning)."};
    if (t.kind != "Service" && t.kind != "NetworkPolicy")
      a.self.note += " Its pod template's metadata and spec are a Pod's: podrun explain pod.spec says what podrun does with each field.";
    return a;
  }
  if (t.kind == "Deployment" || t.kind == "Job" || t.kind == "CronJob" || t.kind == "Service" || t.kind == "DaemonSet" ||
      t.kind == "StatefulSet" || t.kind == "NetworkPolicy") {
    // Run by podrun's controller process; validate names the few fields it refuses.
    bool workload = t.kind != "Service" && t.kind != "NetworkPolicy";
    a.self = {"", field_status_name(FieldStatus::Supported),
              "podrun runs " + (t.kind == "NetworkPolicy" ? std::string("NetworkPolicies") : t.kind + "s") + " (docs/" +
                  (workload ? "workloads" : "services") + ".md); podrun validate names the few fields it does not run, with the reason." +
                  (workload ? " Its pod template is a Pod's: podrun explain pod.spec says what podrun does with each field." : "")};
    return a;
  }
  if (t.kind != "Pod") {
    a.self = {"", field_status_name(FieldStatus::Supported), "every field of a " + t.kind + " is supported"};
    return a;
  }
  a.self = t.chain.empty() ? PodrunVerdict{"", field_status_name(FieldStatus::Supported), "podrun runs Pods; each field has its own status"}
                           : pod_field_verdict(t.status_path, schema);
  if (a.self.status == field_status_name(FieldStatus::Supported) && !t.type.empty()) {
    std::vector<std::string> stack;
    collect_below(t.version, t.type, "", t.chain.empty() ? "" : members_base(t.status_path, t.chain.back()), schema, recursive, stack,
                  a.below);
  }
  return a;
}

std::string wrap_text(std::string_view text, int indent, int width) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  const std::size_t room = static_cast<std::size_t>(std::max(20, width - indent));
  std::string out;
  for (const auto& line : split(text, '\n')) {
    if (line.empty()) {
      out += "\n";
      continue;
    }
    // Indented lines are code or lists in the upstream text: kept as they are.
    if (line[0] == ' ' || line[0] == '\t') {
      out += pad + line + "\n";
      continue;
    }
    std::string current;
    std::size_t start = 0;
    while (start < line.size()) {
      std::size_t space = line.find(' ', start);
      std::string word = line.substr(start, space == std::string::npos ? std::string::npos : space - start);
      start = space == std::string::npos ? line.size() : space + 1;
      if (word.empty()) continue;
      if (!current.empty() && current.size() + 1 + word.size() > room) {
        out += pad + current + "\n";
        current.clear();
      }
      current += (current.empty() ? "" : " ") + word;
    }
    out += pad + current + "\n";
  }
  return out;
}

std::string render_explain(const ExplainTarget& t, const PodrunAnswer& podrun, bool recursive) {
  std::string out;
  auto slash = t.api_version.find('/');
  if (slash != std::string::npos) out += "GROUP:      " + t.api_version.substr(0, slash) + "\n";
  out += "KIND:       " + t.kind + "\n";
  out += "VERSION:    " + t.api_version.substr(slash == std::string::npos ? 0 : slash + 1) + "\n\n";
  if (!t.chain.empty()) {
    const ExplainField& f = t.chain.back();
    out += "FIELD: " + f.name + " <" + f.type + ">\n";
    if (!f.enums.empty()) {
      out += "ENUM:\n";
      for (const auto& e : f.enums) out += "    " + e + "\n";
    }
    out += "\n";
  }
  out += "DESCRIPTION:\n" + wrap_text(t.description, 4) + "\n";
  auto fields = explain_type_fields(t.version, t.type);
  if (!fields.empty()) {
    out += "FIELDS:\n";
    if (recursive) {
      std::vector<std::string> stack;
      render_tree(t.version, t.type, 2, stack, out);
      out += "\n";
    } else {
      for (const auto& f : fields) {
        out += field_line(f, 2);
        if (!f.enums.empty()) out += "  enum: " + joined(f.enums, ", ") + "\n";
        out += wrap_text(f.description, 4) + "\n";
      }
    }
  }
  // podrun's answer, which kubectl cannot give.
  if (podrun.self.status == "not run")
    return out + "PODRUN: kind " + t.kind + " is not run by podrun (it runs Pods)\n" + wrap_text(podrun.self.note, 4);
  out += "PODRUN: " + podrun.self.status + (podrun.self.note.empty() ? "" : " — " + podrun.self.note) + "\n";
  if (!podrun.below.empty()) {
    out += recursive ? "  fields below with another status:\n" : "  fields with another status:\n";
    for (const auto& v : podrun.below) out += "  " + v.path + "\t" + v.status + (v.note.empty() ? "" : " — " + v.note) + "\n";
  }
  return out;
}

json explain_json(const ExplainTarget& t, const PodrunAnswer& podrun, bool recursive) {
  json j = {{"kind", t.kind}, {"apiVersion", t.api_version}, {"kubernetesVersion", t.version}, {"path", t.written}};
  if (!t.chain.empty()) j["field"] = field_json(t.chain.back());
  j["description"] = t.description;
  std::vector<std::string> stack;
  j["fields"] = tree_json(t.version, t.type, recursive, stack);
  json p = verdict_json(podrun.self);
  p["below"] = json::array();
  for (const auto& v : podrun.below) p["below"].push_back(verdict_json(v));
  j["podrun"] = std::move(p);
  return j;
}

}  // namespace podrun::loader
