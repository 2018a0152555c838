#include "common/process.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "common/files.h"

namespace podrun {

namespace {

// The fields of /proc/PID/stat from the third (state) on. The command name may hold spaces
// and parentheses: the fields start after the last ')'.
std::vector<std::string> stat_fields_after_comm(int pid) {
  if (pid <= 0) return {};
  std::string stat = files::read("/proc/" + std::to_string(pid) + "/stat").value_or("");
  std::size_t close = stat.rfind(')');
  if (close == std::string::npos) return {};
  return files::words(std::string_view(stat).substr(close + 1));
}

}  // namespace

unsigned long long process_start_time(int pid) {
  std::vector<std::string> f = stat_fields_after_comm(pid);
  // Field 22 (starttime) is the 20th after the command name (field 2).
  return f.size() >= 20 ? std::strtoull(f[19].c_str(), nullptr, 10) : 0;
}

bool process_alive(int pid, unsigned long long start_time) {
  if (start_time == 0) return false;
  std::vector<std::string> f = stat_fields_after_comm(pid);
  if (f.size() < 20 || std::strtoull(f[19].c_str(), nullptr, 10) != start_time) return false;
  // A zombie has exited: it only waits for its parent (often PID 1, which may reap late).
  return f[0] != "Z" && f[0] != "X";
}

}  // namespace podrun
