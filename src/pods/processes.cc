#include "pods/processes.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "common/files.h"

namespace podrun::pods {

namespace {

unsigned long long pid_ns_inode(int pid) {
  struct stat st {};
  std::string p = "/proc/" + std::to_string(pid) + "/ns/pid";
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// The value of a "Key:\tvalue" line of /proc/N/status.
std::string status_field(const std::string& status, const std::string& key) {
  std::istringstream in(status);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key + ":", 0) == 0) {
      std::string v = line.substr(key.size() + 1);
      v.erase(0, v.find_first_not_of(" \t"));
      return v;
    }
  return "";
}

}  // namespace

long long map_id_inside(const std::string& id_map, long long outside_id) {
  std::istringstream in(id_map);
  long long inside = 0, outside = 0, count = 0;
  while (in >> inside >> outside >> count)
    if (outside_id >= outside && outside_id < outside + count) return inside + (outside_id - outside);
  return -1;
}

std::vector<ProcessView> namespace_processes(int pid, std::size_t limit) {
  std::vector<ProcessView> out;
  const unsigned long long ns = pid_ns_inode(pid);
  if (!ns) return out;
  const std::string uid_map = files::read("/proc/" + std::to_string(pid) + "/uid_map").value_or("0 0 4294967295");
  std::vector<files::Entry> entries;
  files::list("/proc", entries);
  for (const auto& e : entries) {
    if (e.name.empty() || !std::all_of(e.name.begin(), e.name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;
    int n = std::stoi(e.name);
    if (pid_ns_inode(n) != ns) continue;
    const std::string dir = "/proc/" + e.name;
    auto status = files::read(dir + "/status");
    if (!status) continue;  // gone meanwhile
    ProcessView p;
    p.host_pid = n;
    std::string nspid = status_field(*status, "NSpid");
    std::size_t last = nspid.find_last_of(" \t");
    try {
      p.pid = std::stoi(last == std::string::npos ? nspid : nspid.substr(last + 1));
      p.host_uid = std::stoll(status_field(*status, "Uid"));
    } catch (const std::exception&) {
      continue;
    }
    p.uid = map_id_inside(uid_map, p.host_uid);
    p.name = files::read(dir + "/comm").value_or("");
    if (!p.name.empty() && p.name.back() == '\n') p.name.pop_back();
    std::string cmdline = files::read(dir + "/cmdline").value_or("");
    while (!cmdline.empty() && cmdline.back() == '\0') cmdline.pop_back();
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    p.command = cmdline.empty() ? "[" + p.name + "]" : cmdline;
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const ProcessView& a, const ProcessView& b) { return a.pid < b.pid; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<MountView> parse_mountinfo(const std::string& text) {
  // ID PARENT MAJ:MIN ROOT MOUNT-POINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPER-OPTIONS
  std::vector<MountView> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f = files::words(line);
    auto dash = std::find(f.begin(), f.end(), "-");
    if (f.size() < 6 || dash == f.end() || dash - f.begin() < 6 || f.end() - dash < 3) continue;
    out.push_back({f[4], f[3], *(dash + 1), *(dash + 2), f[5]});
  }
  return out;
}

}  // namespace podrun::pods
