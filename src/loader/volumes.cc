// Volumes as the API server checks them.
#include "loader/checker.h"

namespace podrun::loader {

void Checker::local_non_reserved_path(const std::string& path, const std::string& value) {
  if (value.empty()) return error(path, "is required");
  if (is_abs_path(value)) error(path, "must be a relative path, not " + in_quotes(value));
  else if (has_backstep(value)) error(path, "must not contain '..'");
  else if (value.rfind("..", 0) == 0) error(path, "must not start with '..'");
}

void Checker::volume(const std::string& path, const json& v, const std::string& ns, const std::set<std::string>& container_names) {
  int sources = 0;
  if (v.is_object())  // anything else is the schema's error; key() throws on another type
    for (auto it = v.begin(); it != v.end(); ++it)
      if (it.key() != "name" && !it.value().is_null()) ++sources;
  if (sources > 1) error(path, "may not specify more than 1 volume type");
  // (no source at all is defaulted to emptyDir, as the API server does)

  if (const json& ed = field(v, "emptyDir"); ed.is_object()) {
    static const char* const media[] = {"", "Memory", "HugePages"};
    const json& medium = field(ed, "medium");
    if (!(medium.is_string() && medium.get<std::string>().rfind("HugePages-", 0) == 0))  // HugePages-<size> too
      one_of(path + ".emptyDir.medium", medium, media);
    if (auto text = quantity_text(field(ed, "sizeLimit"))) {
      auto q = parse_quantity(*text);
      if (!q) error(path + ".emptyDir.sizeLimit", in_quotes(*text) + " is not a valid quantity (e.g. 64Mi, 1Gi)");
      else if (q->negative) error(path + ".emptyDir.sizeLimit", in_quotes(*text) + " must be greater than or equal to 0");
    }
  }
  if (const json& hp = field(v, "hostPath"); hp.is_object()) {
    std::string p = str(field(hp, "path"));
    if (p.empty()) error(path + ".hostPath.path", "is required");
    else if (has_backstep(p)) error(path + ".hostPath.path", "must not contain '..'");
    static const char* const types[] = {"",       "DirectoryOrCreate", "Directory",  "FileOrCreate", "File",
                                        "Socket", "CharDevice",        "BlockDevice"};
    one_of(path + ".hostPath.type", field(hp, "type"), types);
  }
  if (const json& cm = field(v, "configMap"); cm.is_object()) {
    std::string p = path + ".configMap";
    required(p + ".name", field(cm, "name"));
    file_mode(p + ".defaultMode", field(cm, "defaultMode"));
    reference(p + ".name", false, ns, field(cm, "name"), json(), field(cm, "optional"));
    key_to_path_items(p + ".items", field(cm, "items"), false, field(cm, "name"), field(cm, "optional"));
  }
  if (const json& sec = field(v, "secret"); sec.is_object()) {
    std::string p = path + ".secret";
    required(p + ".secretName", field(sec, "secretName"));
    file_mode(p + ".defaultMode", field(sec, "defaultMode"));
    reference(p + ".secretName", true, ns, field(sec, "secretName"), json(), field(sec, "optional"));
    key_to_path_items(p + ".items", field(sec, "items"), true, field(sec, "secretName"), field(sec, "optional"));
  }
  if (const json& da = field(v, "downwardAPI"); da.is_object()) {
    std::string p = path + ".downwardAPI";
    file_mode(p + ".defaultMode", field(da, "defaultMode"));
    downward_items(p + ".items", field(da, "items"), container_names, nullptr);
  }
  if (const json& pr = field(v, "projected"); pr.is_object()) projected(path + ".projected", pr, ns, container_names);
  // validateImageVolumeSource: the schema leaves `reference` optional for workload templates
  // that fill it in later; in a Pod it is required. pullPolicy as a container's.
  if (const json& img = field(v, "image"); img.is_object()) {
    required(path + ".image.reference", field(img, "reference"));
    static const char* const pull[] = {"Always", "IfNotPresent", "Never"};
    one_of(path + ".image.pullPolicy", field(img, "pullPolicy"), pull);
  }
}

void Checker::downward_items(const std::string& path, const json& items, const std::set<std::string>& container_names,
                             std::set<std::string>* paths) {
  if (!items.is_array()) return;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string ip = path + "[" + std::to_string(i) + "]";
    const json& it = items[i];
    local_non_reserved_path(ip + ".path", str(field(it, "path")));
    if (paths && !paths->insert(str(field(it, "path"))).second) error(ip + ".path", "conflicting duplicate paths");
    file_mode(ip + ".mode", field(it, "mode"));
    int n = field(it, "fieldRef").is_object() + field(it, "resourceFieldRef").is_object();
    if (n != 1) error(ip, "must specify exactly one of fieldRef, resourceFieldRef");
    if (field(it, "fieldRef").is_object()) field_ref(ip + ".fieldRef", it["fieldRef"], true);
    if (field(it, "resourceFieldRef").is_object())
      resource_field_ref(ip + ".resourceFieldRef", it["resourceFieldRef"], true, &container_names);
  }
}

// The API server's validateProjectionSources: one kind per source, and no path written twice
// across all of them (the volume is one directory).
void Checker::projected(const std::string& path, const json& pr, const std::string& ns, const std::set<std::string>& container_names) {
  file_mode(path + ".defaultMode", field(pr, "defaultMode"));
  const json& sources = field(pr, "sources");
  if (!sources.is_array()) return;
  std::set<std::string> paths;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    std::string sp = path + ".sources[" + std::to_string(i) + "]";
    const json& s = sources[i];
    int kinds = 0;
    for (const char* k : {"configMap", "secret", "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate"})
      kinds += field(s, k).is_object() ? 1 : 0;
    if (kinds != 1) {
      error(sp, kinds ? "may not specify more than 1 volume type per source"
                      : "must specify one of configMap, secret, downwardAPI, "
                        "serviceAccountToken, clusterTrustBundle, podCertificate");
      continue;
    }
    for (const char* k : {"configMap", "secret"}) {
      const json& src = field(s, k);
      if (!src.is_object()) continue;
      bool secret = std::string(k) == "secret";
      std::string p = sp + "." + k;
      reference(p + ".name", secret, ns, field(src, "name"), json(), field(src, "optional"));
      key_to_path_items(p + ".items", field(src, "items"), secret, field(src, "name"), field(src, "optional"));
      const json& items = field(src, "items");
      if (items.is_array())
        for (std::size_t j = 0; j < items.size(); ++j)
          if (!paths.insert(str(field(items[j], "path"))).second)
            error(p + ".items[" + std::to_string(j) + "].path", "conflicting duplicate paths");
    }
    if (const json& d = field(s, "downwardAPI"); d.is_object())
      downward_items(sp + ".downwardAPI.items", field(d, "items"), container_names, &paths);
    if (const json& t = field(s, "serviceAccountToken"); t.is_object()) {
      std::string p = sp + ".serviceAccountToken";
      local_non_reserved_path(p + ".path", str(field(t, "path")));
      if (!paths.insert(str(field(t, "path"))).second) error(p + ".path", "conflicting duplicate paths");
      const json& exp = field(t, "expirationSeconds");
      if (exp.is_number_integer() && exp.get<std::int64_t>() < 600)
        error(p + ".expirationSeconds", "may not specify a duration less than 10 minutes");
      if (exp.is_number_integer() && exp.get<std::int64_t>() > (std::int64_t{1} << 32))
        error(p + ".expirationSeconds", "may not specify a duration larger than 2^32 seconds");
    }
    if (const json& b = field(s, "clusterTrustBundle"); b.is_object()) {
      std::string p = sp + ".clusterTrustBundle";
      local_non_reserved_path(p + ".path", str(field(b, "path")));
      if (!paths.insert(str(field(b, "path"))).second) error(p + ".path", "conflicting duplicate paths");
      if (field(b, "name").is_string() == field(b, "signerName").is_string()) error(p, "must specify exactly one of name, signerName");
    }
  }
}

}  // namespace podrun::loader
