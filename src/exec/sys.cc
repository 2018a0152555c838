#include "exec/sys.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace podrun::exec {

void walk_tree(const std::string& path, const std::string& step,
               const std::function<void(const std::string& file, const struct stat& st)>& visit) {
  auto one = [&](const std::string& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) throw ExecError(step, "lstat", p, errno);
    visit(p, st);
    return st;
  };
  if (!S_ISDIR(one(path).st_mode)) return;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec); !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec))
    one(it->path().string());
  if (ec) throw ExecError(step, "readdir", path, ec.value());
}

unsigned long long process_start_time(int pid) {
  if (pid <= 0) return 0;
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!std::getline(in, stat)) return 0;
  // The command name may hold spaces and parentheses: fields start after the last ')'.
  std::size_t close = stat.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) return std::stoull(field);
  return 0;
}

bool process_alive(int pid, unsigned long long start_time) {
  if (start_time == 0 || process_start_time(pid) != start_time) return false;
  // A zombie has exited: it only waits for its parent (often PID 1, which may reap late).
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  std::getline(in, stat);
  std::size_t close = stat.rfind(')');
  return close == std::string::npos || close + 2 >= stat.size() || (stat[close + 2] != 'Z' && stat[close + 2] != 'X');
}

}  // namespace podrun::exec
