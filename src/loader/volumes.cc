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
    const json& items = field(da, "items");
    if (items.is_array()) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        std::string ip = p + ".items[" + std::to_string(i) + "]";
        const json& it = items[i];
        local_non_reserved_path(ip + ".path", str(field(it, "path")));
        file_mode(ip + ".mode", field(it, "mode"));
        int n = field(it, "fieldRef").is_object() + field(it, "resourceFieldRef").is_object();
        if (n != 1) error(ip, "must specify exactly one of fieldRef, resourceFieldRef");
        if (field(it, "fieldRef").is_object()) field_ref(ip + ".fieldRef", it["fieldRef"], true);
        if (field(it, "resourceFieldRef").is_object())
          resource_field_ref(ip + ".resourceFieldRef", it["resourceFieldRef"], true, &container_names);
      }
    }
  }
}

}  // namespace podrun::loader
