#include "common/process.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
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

bool signal_dropped_by_init(int pid, int signal) {
  if (pid <= 0 || signal < 1 || signal > 64) return false;
  std::optional<std::string> status = files::read("/proc/" + std::to_string(pid) + "/status");
  if (!status) return false;
  // -1: the line was not seen.
  int init = -1, blocked = -1, caught = -1;
  std::string_view rest = *status;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = line.substr(0, colon);
    std::vector<std::string> values = files::words(line.substr(colon + 1));
    if (values.empty()) continue;
    auto bit = [&] { return static_cast<int>((std::strtoull(values[0].c_str(), nullptr, 16) >> (signal - 1)) & 1ULL); };
    if (name == "NSpid") init = values.back() == "1" ? 1 : 0;  // the pid in its own namespace comes last
    else if (name == "SigBlk") blocked = bit();
    else if (name == "SigCgt") caught = bit();
  }
  return init == 1 && blocked == 0 && caught == 0;
}

}  // namespace podrun
