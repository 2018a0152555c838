#include "model/sysctl.h"

namespace podrun::model {

std::string dotted_sysctl(const std::string& name) {
  std::size_t sep = name.find_first_of("./");
  if (sep == std::string::npos || name[sep] == '.') return name;
  std::string out = name;
  for (char& ch : out) ch = ch == '/' ? '.' : ch == '.' ? '/' : ch;
  return out;
}

std::string sysctl_namespace(const std::string& dotted) {
  if (dotted == "kernel.sem") return "ipc";
  for (const char* prefix : {"kernel.shm", "kernel.msg", "fs.mqueue."})
    if (dotted.rfind(prefix, 0) == 0) return "ipc";
  if (dotted.rfind("net.", 0) == 0) return "net";
  return "";
}

}  // namespace podrun::model
