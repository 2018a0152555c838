#include "exec/tree.h"

#include <cstdlib>

#include "common/files.h"

namespace podrun::exec {

void walk_tree(const std::string& path, const std::string& step,
               const std::function<void(const std::string& file, const struct stat& st)>& visit) {
  auto one = [&](const std::string& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) throw SysError(step, "lstat", p, errno);
    visit(p, st);
    return st;
  };
  if (!S_ISDIR(one(path).st_mode)) return;
  if (!files::walk(path, [&](const std::string& p, const files::Entry&) { one(p); })) throw SysError(step, "readdir", path, errno);
}

}  // namespace podrun::exec
