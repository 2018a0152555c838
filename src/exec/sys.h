// Small RAII and error helpers for the executor: the only code of podrun that makes syscalls
// that change the machine (namespaces, mounts, processes).
#pragma once

#include <sys/stat.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <functional>
#include <string>
#include <utility>

namespace podrun::exec {

// A failed step: what podrun was doing, the syscall, the path, errno.
struct ExecError : std::runtime_error {
  ExecError(const std::string& step, const std::string& syscall, const std::string& path, int err)
      : std::runtime_error(step + ": " + syscall + (path.empty() ? "" : " `" + path + "`") + ": " + std::strerror(err) +
                           " (errno " + std::to_string(err) + ")"),
        err(err) {}
  explicit ExecError(const std::string& message) : std::runtime_error(message), err(0) {}
  int err;
};

class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& o) noexcept {
    reset(std::exchange(o.fd_, -1));
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  int release() { return std::exchange(fd_, -1); }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

// Calls `visit` with every file at or below `path` (itself first; symlinks not followed, mounts
// below it crossed) and its lstat, for ownership changes of a pod's files (fsGroup, a user
// namespace without idmapped mounts). Throws ExecError naming `step`.
void walk_tree(const std::string& path, const std::string& step,
               const std::function<void(const std::string& file, const struct stat& st)>& visit);

// The start time of a process (field 22 of /proc/PID/stat, clock ticks since boot): with the
// pid, it names one process, so a reused pid is never mistaken for ours. 0 when it is gone.
unsigned long long process_start_time(int pid);
// The process `pid` started at `start_time` and has not exited (a zombie has).
bool process_alive(int pid, unsigned long long start_time);

}  // namespace podrun::exec
