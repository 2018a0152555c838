#include "exec/fds.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

#include "exec/mount_api.h"  // CLOSE_RANGE_CLOEXEC where the C library lacks it

namespace podrun::exec {

namespace {

// getdents64's record, as the kernel writes it (glibc does not declare it before 2.30, musl
// not at all).
struct LinuxDirent64 {
  std::uint64_t ino;
  std::int64_t off;
  unsigned short reclen;
  unsigned char type;
  char name[1];
};

int parse_fd(const char* name) {
  int n = 0;
  if (*name == '\0') return -1;
  for (; *name; ++name) {
    if (*name < '0' || *name > '9' || n > 100'000'000) return -1;
    n = n * 10 + (*name - '0');
  }
  return n;
}

// The fallback: every fd listed in /proc/self/fd from `from` on, marked one at a time.
int mark_listed(int from) {
  int dir = static_cast<int>(::syscall(SYS_openat, AT_FDCWD, "/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir < 0) return errno;
  alignas(8) char buf[4096];
  int err = 0;
  for (;;) {
    long n = ::syscall(SYS_getdents64, dir, buf, sizeof buf);
    if (n < 0) {
      err = errno;
      break;
    }
    if (n == 0) break;
    for (long at = 0; at < n;) {
      auto* d = reinterpret_cast<LinuxDirent64*>(buf + at);
      at += d->reclen;
      int fd = parse_fd(d->name);
      if (fd < from || fd == dir) continue;
      int flags = ::fcntl(fd, F_GETFD);
      if (flags >= 0 && !(flags & FD_CLOEXEC) && ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC) != 0 && errno != EBADF) err = errno;
    }
  }
  ::close(dir);
  return err;
}

}  // namespace

int close_fds_on_exec(int from) {
  if (::syscall(SYS_close_range, static_cast<unsigned>(from), ~0U, CLOSE_RANGE_CLOEXEC) == 0) return 0;
  return mark_listed(from);
}

}  // namespace podrun::exec
