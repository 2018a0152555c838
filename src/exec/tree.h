// Walking a pod's files to change their ownership (fsGroup, a user namespace without
// idmapped mounts).
#pragma once

#include <sys/stat.h>

#include <functional>
#include <string>

#include "common/error.h"
#include "common/fd.h"

namespace podrun::exec {

// Calls `visit` with every file at or below `path` (itself first; symlinks not followed, mounts
// below it crossed) and its lstat. Throws SysError naming `step`.
void walk_tree(const std::string& path, const std::string& step,
               const std::function<void(const std::string& file, const struct stat& st)>& visit);

}  // namespace podrun::exec
