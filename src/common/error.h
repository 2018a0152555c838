// The error of a step that touched the system: what podrun was doing, the system call, the
// path, errno — the four things a user needs to know what went wrong where (crun's and
// nsjail's errors carry the same). Thrown by the executor, the kernel drivers (net, cgroup,
// image) and the state store; the CLI prints what() on one line, exit code 1
// (docs/design.md, "Errors").
#pragma once

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace podrun {

struct SysError : std::runtime_error {
  SysError(const std::string& step, const std::string& syscall, const std::string& path, int err)
      : std::runtime_error(step + ": " + syscall + (path.empty() ? "" : " `" + path + "`") + ": " + std::strerror(err) + " (errno " +
                           std::to_string(err) + ")"),
        step(step),
        syscall(syscall),
        path(path),
        err(err) {}
  // A failed step without one system call to blame ("the pause holder did not start").
  explicit SysError(const std::string& message) : std::runtime_error(message), step(message), err(0) {}
  std::string step, syscall, path;
  int err;
};

}  // namespace podrun
