#include "loader/loader.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "loader/decode.h"
#include "loader/explain.h"
#include "loader/fields.h"
#include "loader/network_policies.h"
#include "loader/schema.h"
#include "loader/semantic.h"
#include "loader/workloads.h"

namespace podrun::loader {

using json = nlohmann::json;
namespace fs = std::filesystem;

std::size_t DocumentResult::errors() const {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}
std::size_t DocumentResult::warnings() const { return diagnostics.size() - errors(); }

namespace {

// ---------------------------------------------------------------------------------------------
// Inputs

bool has_manifest_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

struct Input {
  std::string name;  // as shown in messages
  std::string path;  // "" for stdin
};

enum class ReadStatus { Ok, Unreadable, TooLarge };

ReadStatus read_file(const std::string& path, std::string& out, std::size_t max_bytes, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return ReadStatus::Unreadable;
  }
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size > static_cast<std::streamoff>(max_bytes)) {
    error = "file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes);
    return ReadStatus::TooLarge;
  }
  in.seekg(0);
  out.resize(static_cast<std::size_t>(std::max<std::streamoff>(size, 0)));
  in.read(out.data(), size);
  return ReadStatus::Ok;
}

// ---------------------------------------------------------------------------------------------
// One file's documents

// The fields of a Pod that are newer than the target Kubernetes version (their concrete paths
// and the minor release that added them). Not descending into a field found: its children are
// as new as it.
void newer_fields(const json& v, const std::string& path, int target, std::vector<std::pair<std::string, int>>& out) {
  if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) newer_fields(v[i], path + "[" + std::to_string(i) + "]", target, out);
    return;
  }
  if (!v.is_object()) return;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string& k = it.key();
    std::string child = k.find_first_of(".[]") == std::string::npos ? (path.empty() ? k : path + "." + k) : path + "[\"" + k + "\"]";
    int since = pod_field_since(normalise_field_path(child));
    if (since > target) out.emplace_back(child, since);
    else newer_fields(it.value(), child, target, out);
  }
}

// The JSON text of the value at a field path (for messages), or "".
std::string obj_at(const json& obj, const std::string& path) {
  const json* v = &obj;
  std::size_t i = 0;
  while (i < path.size() && v) {
    if (path[i] == '.') ++i;
    if (path[i] == '[') {
      if (path[i + 1] == '"') {  // ["quoted key"]
        std::size_t end = path.find("\"]", i + 2);
        std::string key = path.substr(i + 2, end - i - 2);
        v = v->is_object() && v->contains(key) ? &(*v)[key] : nullptr;
        i = end + 2;
      } else {
        std::size_t end = path.find(']', i);
        std::size_t index = std::stoul(path.substr(i + 1, end - i - 1));
        v = v->is_array() && index < v->size() ? &(*v)[index] : nullptr;
        i = end + 1;
      }
      continue;
    }
    std::size_t end = path.find_first_of(".[", i);
    std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
    v = v->is_object() && v->contains(key) ? &(*v)[key] : nullptr;
    i = end == std::string::npos ? path.size() : end;
  }
  return v ? v->dump() : "";
}

const char* const kWorkloadKinds[] = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"};

struct FileResult {
  std::vector<DocumentResult> documents;
  std::vector<Pod> pods;
  std::vector<ConfigMap> configmaps;
  std::vector<Secret> secrets;
  std::vector<Namespace> namespaces;
  std::vector<Workload> workloads;
  std::vector<Service> services;
  std::vector<NetworkPolicy> network_policies;
  std::vector<json> objects;
};

// The ConfigMaps, Secrets and Namespaces of one object (a List's items too), for the catalog.
void catalog_object(const json& obj, ObjectCatalog& catalog) {
  if (!obj.is_object() || !obj.contains("kind")) return;
  const json& kind = obj["kind"];
  if (kind == "List" && obj.contains("items") && obj["items"].is_array()) {
    for (const auto& item : obj["items"]) catalog_object(item, catalog);
    return;
  }
  if (kind != "ConfigMap" && kind != "Secret" && kind != "Namespace") return;
  const json& meta = obj.contains("metadata") ? obj["metadata"] : json();
  if (!meta.is_object() || !meta.contains("name") || !meta["name"].is_string()) return;
  if (kind == "Namespace") {
    auto& labels = catalog.namespaces[meta["name"].get<std::string>()];
    if (meta.contains("labels") && meta["labels"].is_object())
      for (auto it = meta["labels"].begin(); it != meta["labels"].end(); ++it)
        if (it.value().is_string()) labels[it.key()] = it.value().get<std::string>();
    return;
  }
  std::string ns = meta.contains("namespace") && meta["namespace"].is_string() ? meta["namespace"].get<std::string>() : "";
  if (ns.empty()) ns = "default";
  auto& keys = (kind == "Secret" ? catalog.secrets : catalog.configmaps)[ns + "/" + meta["name"].get<std::string>()];
  for (const char* field : {"data", "binaryData", "stringData"})
    if (obj.contains(field) && obj[field].is_object())
      for (auto it = obj[field].begin(); it != obj[field].end(); ++it) keys.insert(it.key());
}

}  // namespace

bool may_name_catalog_kind(std::string_view text) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::string_view kind : {"ConfigMap", "Secret", "Namespace"})
    for (std::size_t at = text.find(kind); at != std::string_view::npos; at = text.find(kind, at + 1)) {
      const std::size_t after = at + kind.size();
      if ((at == 0 || !word_char(text[at - 1])) && (after == text.size() || !word_char(text[after]))) return true;
    }
  return false;
}

namespace {

// Step 6 needs every ConfigMap and Secret of the input before any Pod is checked, so that
// results can be streamed in input order. Only documents that may define one are parsed here
// (a cheap text test), so this pass costs a few percent of the main one.
void catalog_text(std::string_view text, const ReadLimits& limits, ObjectCatalog& catalog) {
  for (const YamlChunk& chunk : split_yaml_documents(text)) {
    if (!may_name_catalog_kind(chunk.text)) continue;
    std::vector<YamlDocument> docs;
    read_yaml_chunk(chunk, limits, docs);
    for (const auto& d : docs) catalog_object(d.value, catalog);
  }
}

class FileLoader {
 public:
  FileLoader(const LoadOptions& options, const ObjectCatalog& catalog, FileResult& out) : opt_(options), catalog_(catalog), out_(out) {}

  void load(const std::string& file, std::string_view text) {
    file_ = file;
    for (YamlDocument& doc : read_yaml_documents(text, opt_.limits)) {
      if (!doc.errors.empty() && doc.value.is_null()) {
        DocumentResult r = begin(doc.start);
        r.diagnostics = std::move(doc.errors);
        out_.documents.push_back(std::move(r));
        continue;
      }
      document(doc);
    }
  }

 private:
  DocumentResult begin(Mark mark) {
    DocumentResult r;
    r.file = file_;
    r.mark = mark;
    return r;
  }

  void document(YamlDocument& doc) {
    DocumentResult r = begin(doc.start);
    r.diagnostics = std::move(doc.errors);  // e.g. duplicate keys: the value is still usable
    if (!doc.value.is_object()) {
      r.diagnostics.push_back({Severity::Error, Category::Invalid, doc.positions.value(""), "",
                               "a document must be a mapping (a Kubernetes object), not " + describe_json_type(doc.value)});
      out_.documents.push_back(std::move(r));
      return;
    }
    const json& kind = doc.value.contains("kind") ? doc.value["kind"] : json();
    if (kind == "List") {
      list(doc, std::move(r));
      return;
    }
    object(doc.value, doc.positions, std::move(r));
  }

  void list(YamlDocument& doc, DocumentResult r) {
    const json& v = doc.value;
    if (v.value("apiVersion", json()) != "v1")
      r.diagnostics.push_back(
          {Severity::Error, Category::Invalid, doc.positions.value("apiVersion"), "apiVersion", "a List must have apiVersion v1"});
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it.key() != "apiVersion" && it.key() != "kind" && it.key() != "metadata" && it.key() != "items")
        r.diagnostics.push_back(
            {Severity::Error, Category::Invalid, doc.positions.key(it.key()), it.key(), "unknown field \"" + it.key() + "\""});
    }
    const json& items = v.contains("items") ? v["items"] : json();
    if (!items.is_array()) {
      r.kind = "List";
      r.diagnostics.push_back(
          {Severity::Error, Category::Invalid, doc.positions.value("items"), "items", "a List must have a list of items"});
      out_.documents.push_back(std::move(r));
      return;
    }
    if (!r.diagnostics.empty()) {
      r.kind = "List";
      out_.documents.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string prefix = "items[" + std::to_string(i) + "]";
      PathIndex view = doc.positions.with_prefix(prefix);
      DocumentResult item = begin(view.value(""));
      if (!items[i].is_object()) {
        item.diagnostics.push_back({Severity::Error, Category::Invalid, item.mark, prefix, "a List item must be a Kubernetes object"});
        out_.documents.push_back(std::move(item));
        continue;
      }
      object(items[i], view, std::move(item));
    }
  }

  void add(DocumentResult& r, const PathIndex& pos, Diagnostic d) {
    if (!pos.prefix().empty()) d.path = d.path.empty() ? pos.prefix() : pos.prefix() + (d.path[0] == '[' ? "" : ".") + d.path;
    r.diagnostics.push_back(std::move(d));
  }

  void object(const json& as_written, const PathIndex& pos, DocumentResult r) {
    // -n NS (kubectl apply -n): the namespace of every namespaced object that names none; one
    // that names another is refused with kubectl's message.
    json with_namespace;
    const json* chosen = &as_written;
    if (!opt_.default_namespace.empty() && as_written.contains("metadata") && as_written["metadata"].is_object() &&
        as_written.value("kind", json()) != "Namespace") {
      const json& written = as_written["metadata"].contains("namespace") ? as_written["metadata"]["namespace"] : json();
      if (written.is_null() || written == "") {
        with_namespace = as_written;
        with_namespace["metadata"]["namespace"] = opt_.default_namespace;
        chosen = &with_namespace;
      } else if (written.is_string() && written != opt_.default_namespace) {
        r.kind = as_written.value("kind", json()).is_string() ? as_written["kind"].get<std::string>() : "";
        r.ns = written.get<std::string>();
        add(r, pos,
            {Severity::Error, Category::Invalid, pos.value("metadata.namespace"), "metadata.namespace",
             "the namespace from the provided object \"" + r.ns + "\" does not match the namespace \"" + opt_.default_namespace +
                 "\". You must pass '--namespace=" + r.ns + "' to perform this operation."});
        finish(std::move(r));
        return;
      }
    }
    const json& obj = *chosen;
    const json& api = obj.contains("apiVersion") ? obj["apiVersion"] : json();
    const json& kind = obj.contains("kind") ? obj["kind"] : json();
    const json& meta = obj.contains("metadata") ? obj["metadata"] : json();
    r.kind = kind.is_string() ? kind.get<std::string>() : "";
    if (meta.is_object()) {
      if (meta.contains("name") && meta["name"].is_string()) r.name = meta["name"].get<std::string>();
      r.ns = meta.contains("namespace") && meta["namespace"].is_string() ? meta["namespace"].get<std::string>() : "default";
      if (r.ns.empty()) r.ns = "default";
    }

    // Step 3: what kind of object is this?
    if (!kind.is_string() || r.kind.empty()) {
      add(r, pos,
          {Severity::Error, Category::Invalid, pos.value(kind.is_null() ? "" : "kind"), "kind",
           kind.is_null() ? "kind is not set" : "kind must be a string"});
      if (api.is_null()) add(r, pos, {Severity::Error, Category::Invalid, pos.value(""), "apiVersion", "apiVersion is not set"});
      finish(std::move(r));
      return;
    }
    const char* group = r.kind == "Deployment" || r.kind == "DaemonSet" || r.kind == "StatefulSet" ? "apps/v1"
                        : r.kind == "Job" || r.kind == "CronJob"                                   ? "batch/v1"
                        : r.kind == "NetworkPolicy"                                                ? "networking.k8s.io/v1"
                                                                                                   : "v1";
    bool known = r.kind == "Pod" || r.kind == "ConfigMap" || r.kind == "Secret" || r.kind == "Namespace" || r.kind == "Deployment" ||
                 r.kind == "Job" || r.kind == "CronJob" || r.kind == "Service" || r.kind == "DaemonSet" || r.kind == "StatefulSet" ||
                 r.kind == "NetworkPolicy";
    if (!known) {
      std::string msg = "kind " + r.kind + " is not supported by podrun; use a Pod";
      if (std::any_of(std::begin(kWorkloadKinds), std::end(kWorkloadKinds), [&](const char* k) { return r.kind == k; }))
        msg += " (this " + r.kind + "'s spec.template is one)";
      if (opt_.skip_unsupported_kinds) {
        r.skipped = true;
        add(r, pos, {Severity::Warning, Category::Invalid, pos.value("kind"), "kind", msg + "; skipped"});
      } else {
        add(r, pos, {Severity::Error, Category::Unsupported, pos.value("kind"), "kind", msg});
      }
      finish(std::move(r));
      return;
    }
    if (api.is_null()) {
      add(r, pos,
          {Severity::Error, Category::Invalid, pos.value(""), "apiVersion",
           "apiVersion is not set (use apiVersion: " + std::string(group) + ")"});
    } else if (api != group) {
      add(r, pos,
          {Severity::Error, Category::Invalid, pos.value("apiVersion"), "apiVersion",
           "apiVersion " + api.dump() + " is not valid for kind " + r.kind + " (use " + group + ")"});
    }

    // Step 4: the schema.
    //   For a target older than the newest schema, the Pod's fields that release did not have
    //   are reported first, each with the release that added it (1.32–1.34 use 1.35's schema,
    //   so this is their only check of it; 1.31's own schema refuses the same fields, and its
    //   plain "unknown field" for them is dropped below).
    const SchemaSet& schemas = SchemaSet::builtin(opt_.kubernetes_version);
    // The part of the schema the object reaches, read without parsing the rest (a valid
    // object needs no more); the whole document when it is refused (the explanations walk it)
    // or when no part could be read.
    std::optional<json> part = schemas.part_for(r.kind, obj);
    const json* schema = part ? &*part : schemas.document(r.kind);
    std::vector<std::string> schema_paths;
    if (r.kind == "Pod" && opt_.kubernetes_version.minor < KubeVersion::kNewest) {
      std::vector<std::pair<std::string, int>> newer;
      newer_fields(obj, "", opt_.kubernetes_version.minor, newer);
      for (const auto& [path, since] : newer) {
        std::size_t cut = path.find_last_of(".[");
        std::string name = cut == std::string::npos ? path : path.substr(path[cut] == '.' ? cut + 1 : cut);
        add(r, pos,
            {Severity::Error, Category::Invalid, pos.key(path), path,
             "unknown field \"" + name + "\": it is new in Kubernetes 1." + std::to_string(since) + "; the target is " +
                 opt_.kubernetes_version.name() + " (--kubernetes-version)"});
        schema_paths.push_back(path);
      }
    }
    bool schema_ok = part ? SchemaSet::validate_part(*part, obj) : schemas.validate(r.kind, obj);
    if (!schema_ok) {
      schema = schemas.document(r.kind);
      auto explained = explain_schema_errors(*schema, obj);
      for (auto& e : explained) {
        if (std::find(schema_paths.begin(), schema_paths.end(), e.path) != schema_paths.end()) continue;  // dated above
        schema_paths.push_back(e.path);
        if (e.path == "apiVersion" || e.path == "kind") continue;  // reported above, in words
        if (e.path.empty() && e.message == "required field \"apiVersion\" is missing") continue;
        Mark m = e.at_key ? pos.key(e.path) : pos.value(e.path);
        if (const std::string* raw = pos.raw(e.path)) {
          // `value: yes` is a boolean in YAML 1.1: show what was written, not "true".
          std::string read_as = obj_at(obj, e.path);
          std::size_t at = e.message.find("(" + read_as + ")");
          if (at != std::string::npos) e.message.replace(at, read_as.size() + 2, "(" + *raw + ", which YAML reads as " + read_as + ")");
        }
        add(r, pos, {Severity::Error, Category::Invalid, m, e.path, e.message});
      }
      if (explained.empty()) {  // our explainer missed it: fall back to valijson's words
        std::vector<SchemaError> errs;
        schemas.validate(r.kind, obj, &errs);
        for (auto& e : errs) add(r, pos, {Severity::Error, Category::Invalid, pos.value(e.path), e.path, e.message});
      }
    }

    // Step 5: what the API server checks beyond the schema, and podrun's field support.
    std::vector<Diagnostic> semantic;
    std::vector<Reference> refs;
    CheckOptions co;
    co.podrun_rules = opt_.podrun_rules;
    co.kubernetes_minor = opt_.kubernetes_version.minor;
    co.references = &refs;
    check_object(r.kind, obj, pos, *schema, co, semantic);
    for (auto& d : semantic) {
      // A value the schema already refused (or whose parent it refused) gets no second,
      // derived complaint: one problem, one line.
      bool derived = std::any_of(schema_paths.begin(), schema_paths.end(), [&](const std::string& p) {
        if (d.path.empty() || p.compare(0, d.path.size(), d.path) != 0) return false;
        return p.size() == d.path.size() || p[d.path.size()] == '.' || p[d.path.size()] == '[';
      });
      if (!derived) add(r, pos, std::move(d));
    }
    // Step 6: references, against every ConfigMap and Secret of the input.
    for (auto& ref : refs) {
      if (!pos.prefix().empty()) {
        ref.path = pos.prefix() + "." + ref.path;
        if (!ref.key_path.empty()) ref.key_path = pos.prefix() + "." + ref.key_path;
      }
    }
    resolve_references(refs, catalog_, r.diagnostics);
    // Step 5-6 for a workload: its pod template, checked as the Pod its controller will make.
    if (r.kind == "Deployment" || r.kind == "Job" || r.kind == "DaemonSet" || r.kind == "StatefulSet") template_pod(obj, pos, r);
    if (r.kind == "CronJob") job_template(obj, pos, r);
    // Step 6 (cont.): Pod Security admission, for a pod the API server would otherwise take.
    std::map<std::string, std::string> audit;
    if (r.kind == "Pod" && r.errors() == 0) audit = pod_security(obj, pos, r);

    // Step 7: the model, for valid objects.
    if (r.errors() == 0 && !template_out_) {
      if (opt_.keep_objects) {
        if (r.kind == "NetworkPolicy") {
          NetworkPolicy np = decode_network_policy(obj);
          np.file = file_;
          np.mark = r.mark;
          out_.network_policies.push_back(std::move(np));
        } else if (r.kind == "Service") {
          Service svc = decode_service(obj);
          svc.file = file_;
          svc.mark = r.mark;
          out_.services.push_back(std::move(svc));
        } else if (r.kind == "Deployment" || r.kind == "Job" || r.kind == "CronJob" || r.kind == "DaemonSet" || r.kind == "StatefulSet") {
          Workload w = decode_workload(obj);
          w.file = file_;
          w.mark = r.mark;
          out_.workloads.push_back(std::move(w));
        } else if (r.kind == "Pod") {
          Pod p = decode_pod(obj, pos);
          p.file = file_;
          p.mark = r.mark;
          p.admission_annotations = std::move(audit);
          out_.pods.push_back(std::move(p));
        } else if (r.kind == "ConfigMap") {
          ConfigMap c = decode_configmap(obj);
          c.file = file_;
          c.mark = r.mark;
          out_.configmaps.push_back(std::move(c));
        } else if (r.kind == "Namespace") {
          Namespace n;
          n.name = r.name;
          if (obj["metadata"].contains("labels"))
            for (auto it = obj["metadata"]["labels"].begin(); it != obj["metadata"]["labels"].end(); ++it)
              // A null value (`key:` with nothing after it) is "", as Kubernetes decodes it.
              n.labels[it.key()] = it.value().is_string() ? it.value().get<std::string>() : std::string();
          n.file = file_;
          n.mark = r.mark;
          out_.namespaces.push_back(std::move(n));
        } else {
          Secret s = decode_secret(obj);
          s.file = file_;
          s.mark = r.mark;
          out_.secrets.push_back(std::move(s));
        }
      }
      if (opt_.keep_json) {
        out_.objects.push_back(obj);
      }
    }
    finish(std::move(r));
  }

  void finish(DocumentResult r) {
    if (template_out_) *template_out_ = std::move(r);
    else out_.documents.push_back(std::move(r));
  }

  // A Deployment's or Job's spec.template as the Pod its controller makes of it (named as the
  // workload, in its namespace), checked by the Pod's steps 4-6 with the template's positions;
  // its problems become the workload's.
  void template_pod(const json& obj, const PathIndex& pos, DocumentResult& r) {
    const json& spec = obj.contains("spec") ? obj["spec"] : json();
    if (!spec.is_object() || !spec.contains("template") || !spec["template"].is_object()) return;  // the schema said so
    const json& tmpl = spec["template"];
    json pod = {{"apiVersion", "v1"}, {"kind", "Pod"}};
    pod["metadata"] = tmpl.contains("metadata") && tmpl["metadata"].is_object() ? tmpl["metadata"] : json::object();
    pod["metadata"]["name"] = r.name.empty() ? "template" : r.name;
    pod["metadata"]["namespace"] = r.ns;
    if (tmpl.contains("spec")) pod["spec"] = tmpl["spec"];
    // A StatefulSet's pods have a volume per claim template (the controller's updateStorage:
    // it replaces a template volume of the same name), which its containers mount.
    if (spec.contains("volumeClaimTemplates") && spec["volumeClaimTemplates"].is_array() && pod.contains("spec") && pod["spec"].is_object())
      for (const auto& claim : spec["volumeClaimTemplates"]) {
        if (!claim.is_object() || !claim.contains("metadata") || !claim["metadata"].is_object()) continue;
        std::string name = claim["metadata"].value("name", "");
        if (name.empty()) continue;
        json volume = {{"name", name}, {"persistentVolumeClaim", {{"claimName", name + "-" + r.name + "-0"}}}};
        json& volumes = pod["spec"]["volumes"];
        if (!volumes.is_array()) volumes = json::array();
        bool replaced = false;
        for (auto& v : volumes)
          if (v.is_object() && v.value("name", "") == name) v = volume, replaced = true;
        if (!replaced) volumes.push_back(volume);
      }
    DocumentResult sub;
    DocumentResult* outer = template_out_;  // a CronJob's Job checks its own template
    template_out_ = &sub;
    object(pod, pos.with_prefix(pos.prefix().empty() ? "spec.template" : pos.prefix() + ".spec.template"), begin(r.mark));
    template_out_ = outer;
    for (auto& d : sub.diagnostics) r.diagnostics.push_back(std::move(d));
  }

  // A CronJob's spec.jobTemplate as the Job it makes each time (and so its template as a Pod).
  void job_template(const json& obj, const PathIndex& pos, DocumentResult& r) {
    const json& spec = obj.contains("spec") ? obj["spec"] : json();
    if (!spec.is_object() || !spec.contains("jobTemplate") || !spec["jobTemplate"].is_object()) return;
    const json& tmpl = spec["jobTemplate"];
    json job = {{"apiVersion", "batch/v1"}, {"kind", "Job"}};
    job["metadata"] = tmpl.contains("metadata") && tmpl["metadata"].is_object() ? tmpl["metadata"] : json::object();
    job["metadata"]["name"] = r.name.empty() ? "job" : r.name;
    job["metadata"]["namespace"] = r.ns;
    job["spec"] = tmpl.contains("spec") ? tmpl["spec"] : json();
    DocumentResult sub;
    DocumentResult* outer = template_out_;
    template_out_ = &sub;
    object(job, pos.with_prefix(pos.prefix().empty() ? "spec.jobTemplate" : pos.prefix() + ".spec.jobTemplate"), begin(r.mark));
    template_out_ = outer;
    for (auto& d : sub.diagnostics) r.diagnostics.push_back(std::move(d));
  }

  // The enforce, warn and audit modes of the pod's namespace: a Namespace of the input, else
  // one applied before, else the machine's defaults. Enforce refuses the pod (an error, as
  // the API server's 403), warn is a warning; audit's verdict comes back as the annotations
  // the API server would write to its audit log, which apply records on the pod.
  std::map<std::string, std::string> pod_security(const json& obj, const PathIndex& pos, DocumentResult& r) {
    const std::map<std::string, std::string>* labels = nullptr;
    if (auto it = catalog_.namespaces.find(r.ns); it != catalog_.namespaces.end()) labels = &it->second;
    else if (auto it2 = opt_.namespace_labels.find(r.ns); it2 != opt_.namespace_labels.end()) labels = &it2->second;
    PsaNamespacePolicy p = psa_namespace_policy(labels ? *labels : std::map<std::string, std::string>{}, opt_.pod_security);
    std::map<std::string, std::string> audit;
    Mark at = pos.value("metadata.name");
    PsaResult enforce = evaluate_pod_security(obj, p.enforce);
    if (!enforce.allowed) {
      add(r, pos, {Severity::Error, Category::Forbidden, at, "", psa_forbidden_message(r.name, p.enforce, enforce)});
      return audit;
    }
    if (p.enforce.level != PsaLevel::Privileged || p.warn.level != PsaLevel::Privileged || p.audit.level != PsaLevel::Privileged)
      audit["pod-security.kubernetes.io/enforce-policy"] = p.enforce.level_version();
    PsaResult warn = evaluate_pod_security(obj, p.warn);
    if (!warn.allowed) add(r, pos, {Severity::Warning, Category::Forbidden, at, "", psa_warning_message(p.warn, warn)});
    PsaResult a = evaluate_pod_security(obj, p.audit);
    if (!a.allowed) audit["pod-security.kubernetes.io/audit-violations"] = psa_warning_message(p.audit, a);
    return audit;
  }

  const LoadOptions& opt_;
  const ObjectCatalog& catalog_;
  FileResult& out_;
  std::string file_;
  DocumentResult* template_out_ = nullptr;  // set while a workload's template is checked
};

void sort_diagnostics(DocumentResult& d) {
  std::stable_sort(d.diagnostics.begin(), d.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.mark.line != b.mark.line) return a.mark.line < b.mark.line;
    return a.mark.column < b.mark.column;
  });
}

// Runs fn(i) for i in [0, n) on `jobs` threads.
template <typename Fn>
void parallel_for(std::size_t n, int jobs, Fn fn) {
  std::size_t threads = std::min<std::size_t>(std::max(jobs, 1), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    });
  for (auto& th : pool) th.join();
}

// Where each object of the input was first defined (kind/namespace/name → file:line:col),
// for the check that one input defines an object once, as one `kubectl apply` would have the
// second document overwrite the first.
using FirstDefinitions = std::map<std::string, std::string>;

// Moves a finished file into the result (or the sink), diagnostics sorted by position.
void deliver(FileResult& f, LoadResult& out, const DocumentSink* sink, FirstDefinitions* first) {
  for (auto& d : f.documents) {
    if (first && !d.kind.empty() && !d.name.empty() && !d.skipped) {
      const std::string ns = d.kind == "Namespace" ? "" : d.ns.empty() ? "default" : d.ns;
      const std::string where = d.file + ":" + std::to_string(d.mark.line) + ":" + std::to_string(d.mark.column);
      auto [it, fresh] = first->emplace(d.kind + "/" + ns + "/" + d.name, where);
      if (!fresh)
        d.diagnostics.push_back({Severity::Error, Category::Invalid, d.mark, "metadata.name",
                                 d.kind + " \"" + d.name + "\"" + (ns.empty() ? "" : " in namespace " + ns) +
                                     " is defined twice in the input (first at " + it->second + "): an input defines an object once"});
    }
    sort_diagnostics(d);
    if (sink) (*sink)(std::move(d));
    else out.documents.push_back(std::move(d));
  }
  std::move(f.pods.begin(), f.pods.end(), std::back_inserter(out.pods));
  std::move(f.configmaps.begin(), f.configmaps.end(), std::back_inserter(out.configmaps));
  std::move(f.secrets.begin(), f.secrets.end(), std::back_inserter(out.secrets));
  std::move(f.workloads.begin(), f.workloads.end(), std::back_inserter(out.workloads));
  std::move(f.services.begin(), f.services.end(), std::back_inserter(out.services));
  std::move(f.network_policies.begin(), f.network_policies.end(), std::back_inserter(out.network_policies));
  std::move(f.namespaces.begin(), f.namespaces.end(), std::back_inserter(out.namespaces));
  std::move(f.objects.begin(), f.objects.end(), std::back_inserter(out.objects));
  f = FileResult{};
}

}  // namespace

std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::vector<std::string>& errors) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    // kubectl fetches -f URLs; podrun reads local files only (its tests and users' GitOps
    // checkouts are offline): say so, with the two ways round it, rather than "no such file".
    if (p.rfind("http://", 0) == 0 || p.rfind("https://", 0) == 0) {
      errors.push_back(p + ": URLs are not supported; download it first (curl -fsSLO URL), or pipe it: curl -fsSL URL | podrun apply -f -");
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back(p + ": no such file or directory");
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file(ec) && has_manifest_extension(it->path())) found.push_back(it->path().string());
    }
    if (ec) errors.push_back(p + ": " + ec.message());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// The objects applied before, under the input's: an input's ConfigMap replaces the stored one
// of that name, keys and all.
static void add_stored_objects(const LoadOptions& options, ObjectCatalog& catalog) {
  for (const auto& [k, v] : options.stored_objects.configmaps) catalog.configmaps.emplace(k, v);
  for (const auto& [k, v] : options.stored_objects.secrets) catalog.secrets.emplace(k, v);
}

LoadResult load_paths(const std::vector<std::string>& paths, const LoadOptions& options, const DocumentSink* sink) {
  LoadResult out;
  std::vector<std::string> files = expand_input_paths(paths, out.input_errors);
  SchemaSet::builtin(options.kubernetes_version);  // parse the schemas once, before the threads start
  if (options.kubernetes_version.minor < KubeVersion::kNewest) pod_fields_since();

  // Standard input can be read only once: keep it.
  std::string stdin_text;
  if (std::find(files.begin(), files.end(), "-") != files.end())
    stdin_text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());

  // Pass 1: the catalog of ConfigMaps and Secrets (step 6 needs all of them).
  std::vector<ObjectCatalog> catalogs(files.size());
  if (options.podrun_rules) {
    parallel_for(files.size(), options.jobs, [&](std::size_t i) {
      std::string text, why;
      if (files[i] == "-") catalog_text(stdin_text, options.limits, catalogs[i]);
      else if (read_file(files[i], text, options.max_file_bytes, why) == ReadStatus::Ok) catalog_text(text, options.limits, catalogs[i]);
    });
  }
  ObjectCatalog catalog;
  for (auto& c : catalogs) {
    for (auto& [k, v] : c.configmaps) catalog.configmaps[k].insert(v.begin(), v.end());
    for (auto& [k, v] : c.secrets) catalog.secrets[k].insert(v.begin(), v.end());
    for (auto& [k, v] : c.namespaces) catalog.namespaces[k].insert(v.begin(), v.end());
  }
  catalogs.clear();
  add_stored_objects(options, catalog);

  // Pass 2: every document, in parallel; results leave in input order as soon as every
  // earlier file is done, so memory does not grow with the number of files.
  std::vector<std::optional<FileResult>> done(files.size());
  std::vector<std::string> read_errors(files.size());
  FirstDefinitions first;
  std::mutex mu;
  std::size_t next = 0;
  parallel_for(files.size(), options.jobs, [&](std::size_t i) {
    FileResult result;
    std::string name = files[i] == "-" ? "<stdin>" : files[i];
    std::string text, why;
    ReadStatus status = files[i] == "-" ? ReadStatus::Ok : read_file(files[i], text, options.max_file_bytes, why);
    if (status == ReadStatus::Ok) {
      FileLoader(options, catalog, result).load(name, files[i] == "-" ? stdin_text : text);
    } else if (status == ReadStatus::TooLarge) {  // bad input, reported like any document problem
      DocumentResult r;
      r.file = name;
      r.mark = Mark{1, 1};
      r.diagnostics.push_back({Severity::Error, Category::Invalid, r.mark, "", why});
      result.documents.push_back(std::move(r));
    } else {  // a usage error: the path itself is wrong
      read_errors[i] = files[i] + ": " + why;
    }
    std::lock_guard<std::mutex> lock(mu);
    done[i] = std::move(result);
    for (; next < files.size() && done[next]; ++next) {
      deliver(*done[next], out, sink, options.one_definition ? &first : nullptr);
      done[next].reset();
    }
  });
  for (auto& e : read_errors)
    if (!e.empty()) out.input_errors.push_back(e);
  return out;
}

LoadResult load_text(const std::string& name, const std::string& text, const LoadOptions& options) {
  ObjectCatalog catalog;
  if (options.podrun_rules) catalog_text(text, options.limits, catalog);
  add_stored_objects(options, catalog);
  FileResult result;
  FileLoader(options, catalog, result).load(name, text);
  LoadResult out;
  FirstDefinitions first;
  deliver(result, out, nullptr, options.one_definition ? &first : nullptr);
  return out;
}

}  // namespace podrun::loader
