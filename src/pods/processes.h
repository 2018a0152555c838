// A container's processes and mounts as the kernel reports them, for `podrun ui`: the
// processes of its PID namespace (from /proc: pid, user, command line) and its mount table
// (/proc/PID/mountinfo). Read-only: nothing here writes or signals.
#pragma once

#include <string>
#include <vector>

namespace podrun::pods {

struct ProcessView {
  int pid = 0;              // in the container's PID namespace (the last NSpid of /proc/N/status)
  int host_pid = 0;         // as the host sees it
  long long uid = -1;       // the real user ID inside the container's user namespace (-1: not mapped)
  long long host_uid = -1;  // as the host sees it
  std::string name;         // /proc/N/comm
  std::string command;      // /proc/N/cmdline, its words joined by spaces; "[name]" when empty
};

// The processes whose PID namespace is that of `pid` (the container's process as the host sees
// it), by pid, at most `limit`. Empty when `pid` is gone.
std::vector<ProcessView> namespace_processes(int pid, std::size_t limit = 1000);

struct MountView {
  std::string mount_point, root, fs_type, source, options;
};

// /proc/PID/mountinfo as it reads (`text`), field by field (proc(5)); lines that do not parse
// are left out.
std::vector<MountView> parse_mountinfo(const std::string& text);

// An ID of the parent user namespace as the child sees it, from the child's uid_map or gid_map
// text ("inside outside count" lines); -1 when the map does not name it.
long long map_id_inside(const std::string& id_map, long long outside_id);

}  // namespace podrun::pods
