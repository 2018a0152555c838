// Copying files between the host and a running container (`podrun cp`, pods/copy.h), without
// running anything in the container: podrun walks the container's filesystem from the host,
// through /proc/PID/root of the container's process (its root as it sees it, with its own
// mounts: volumes included).
//
// kubectl cp runs tar in the container and unpacks what it sends; each of its CVEs
// (CVE-2018-1002100, CVE-2019-1002101, CVE-2019-11246, CVE-2019-11249) was a hostile container
// making that unpacking write outside the destination through "../" names or symlinks. Here:
//
//   - a path inside the container is resolved with openat2(RESOLVE_IN_ROOT |
//     RESOLVE_NO_MAGICLINKS) from an fd of its root: "..", absolute symlinks and /proc's magic
//     links stay inside the container's tree, whatever it planted;
//   - below that, every entry is opened relative to its parent's fd, by a name read from the
//     directory (never "." or "..", never a '/'), with O_NOFOLLOW: a symlink is copied as a
//     symlink (readlink, symlinkat) and never followed, on either side; a directory swapped
//     for a symlink while the copy runs is copied as that symlink, or, where podrun writes,
//     fails to open (O_DIRECTORY | O_NOFOLLOW): it is never followed;
//   - a regular file is opened O_PATH first and read only once fstat says it is one, so a
//     device or fifo swapped in is never opened (a device node the container made would be
//     opened by the host's root, outside the container's device cgroup);
//   - what is written is created (O_CREAT | O_EXCL | O_NOFOLLOW, mkdirat, symlinkat) in a
//     directory podrun holds an fd of; an existing non-directory is unlinked first, never
//     written through (it may be a link the container made).
//
// Modes: the permission bits and the sticky bit are kept; setuid and setgid are dropped. Files
// copied in are created with the container process's filesystem IDs as the host sees them
// (setfsuid/setfsgid of this thread while it creates them), so they belong to the container's
// user, with a user namespace too, and podrun may write only where that user may, as tar run
// as that user would; files copied out belong to the caller. Regular files, directories and
// symlinks are copied; devices, fifos and sockets are skipped with a warning. Hard links
// become separate files; times are not kept (kubectl's tar -m).
#pragma once

#include <sys/types.h>

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

#include "common/fd.h"

namespace podrun::exec {

// openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS): `path` in the tree of `rootfd` as if it
// were /, absolute symlinks and ".." included, never outside it. An fd (O_CLOEXEC added), or
// -1 with errno set.
int open_in_root(int rootfd, const std::string& path, int flags);

// A running container's filesystem, as its process sees it.
struct ContainerRoot {
  UniqueFd root;  // /proc/PID/root, O_PATH: the container's root with its own mounts
  // The process's filesystem IDs as the host sees them (the 4th Uid:/Gid: field of
  // /proc/PID/status): what a file it creates gets, hostUsers: false included.
  uid_t uid = 0;
  gid_t gid = 0;
  mode_t umask = 022;     // its umask (cp --no-preserve)
  std::string cwd = "/";  // its current directory, inside its root (/proc/PID/cwd)
};

// The root of process `pid`, if it is still the one that started at `start_time` (its
// /proc/PID directory is opened first and checked, so a reused pid is never mistaken for it);
// nullopt when it has exited.
std::optional<ContainerRoot> open_container_root(int pid, unsigned long long start_time);

// A path that could not be copied: what() is "LABEL: strerror" (LABEL: the path as the user
// named it, POD:PATH on the container's side), or a message of its own.
struct CopyError : std::runtime_error {
  CopyError(const std::string& label, int err);
  explicit CopyError(const std::string& message) : std::runtime_error(message) {}
  std::string label;
  int err = 0;
};

struct CopyOptions {
  std::string label;      // what names the container's side in messages: "POD:"
  std::string cwd = "/";  // the container's working directory: relative paths start there
  // false (cp --no-preserve): files copied in get the source's permission bits masked by the
  // container process's umask, as tar --no-same-permissions.
  bool preserve = true;
  std::function<void(const std::string&)> warn;  // an entry skipped (a device, fifo, socket)
};

// Container → host. `path` in the container (relative to `o.cwd` unless absolute) to `local`:
// a directory becomes `local` (created if needed, merged into it when it exists: kubectl strips
// the source's prefix); a file or symlink becomes `local`, or goes inside it when it is a
// directory. Missing parents of `local` are made. Throws CopyError.
void copy_from_container(const ContainerRoot& c, const std::string& path, const std::string& local, const CopyOptions& o);

// Host → container. `local` to `path` in the container: inside it when it is a directory
// (kubectl's test -d), else as it (its parent must exist). Throws CopyError.
void copy_to_container(const std::string& local, const ContainerRoot& c, const std::string& path, const CopyOptions& o);

}  // namespace podrun::exec
