// The new mount API (open_tree, move_mount: Linux 5.2; mount_setattr: 5.12) and close_range
// (5.9), as glibc 2.36 declares them in <sys/mount.h> and <unistd.h>. musl 1.2.3, the C
// library of the per-pod supervisor where Debian's musl-tools is installed (src/CMakeLists.txt),
// has no wrappers for them: there they are the raw system calls with the kernel's constants
// (linux/mount.h is not included: its MS_* macros clash with musl's <sys/mount.h>).
#pragma once

#include <sys/mount.h>
#include <unistd.h>

#if !defined(__GLIBC__)
#include <sys/syscall.h>

#include <cstdint>

#define OPEN_TREE_CLONE 1
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#define MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#define MOUNT_ATTR_RDONLY 0x00000001
#define MOUNT_ATTR_NOSUID 0x00000002
#define MOUNT_ATTR_NODEV 0x00000004
#define MOUNT_ATTR_NOEXEC 0x00000008
#define MOUNT_ATTR_IDMAP 0x00100000
#define CLOSE_RANGE_CLOEXEC (1U << 2)

struct mount_attr {
  std::uint64_t attr_set;
  std::uint64_t attr_clr;
  std::uint64_t propagation;
  std::uint64_t userns_fd;
};

inline int open_tree(int dfd, const char* path, unsigned int flags) { return static_cast<int>(::syscall(SYS_open_tree, dfd, path, flags)); }
inline int move_mount(int from_dfd, const char* from, int to_dfd, const char* to, unsigned int flags) {
  return static_cast<int>(::syscall(SYS_move_mount, from_dfd, from, to_dfd, to, flags));
}
inline int mount_setattr(int dfd, const char* path, unsigned int flags, struct mount_attr* attr, std::size_t size) {
  return static_cast<int>(::syscall(SYS_mount_setattr, dfd, path, flags, attr, size));
}
#endif
