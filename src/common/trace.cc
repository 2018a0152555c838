#include "common/trace.h"

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace podrun::trace {

namespace {

// The file, opened once per process (close-on-exec: a container's command never has it); a
// child forked after the first mark shares the descriptor, and its marks go to the same file.
int trace_fd() {
  static const int fd = [] {
    const char* path = std::getenv("PODRUN_TRACE");
    return path && *path ? ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600) : -1;
  }();
  return fd;
}

}  // namespace

void mark(const char* step) {
  int fd = trace_fd();
  if (fd < 0) return;
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  char line[160];
  int n = std::snprintf(line, sizeof line, "%lld %d %s\n", static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec,
                        static_cast<int>(::getpid()), step);
  if (n > 0 && ::write(fd, line, static_cast<std::size_t>(n)) < 0) {}
}

}  // namespace podrun::trace
