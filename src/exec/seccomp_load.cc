// The part of exec/seccomp.h that needs no libseccomp: loading a compiled program and
// installing it. The supervisor is built with this file only (src/CMakeLists.txt).
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/seccomp.h"

namespace podrun::exec {

std::optional<std::string> load_seccomp_program(const plan::ContainerPlan& c, const state::PodPaths& paths) {
  if (c.security.seccomp == plan::SeccompType::Unconfined) return std::nullopt;
  if (auto bpf = files::read(paths.seccomp_program(c.name))) return bpf;
  int err = errno;
  if (auto why = files::read(paths.seccomp_error(c.name))) throw SysError(*why);
  throw SysError("load the seccomp program", "open", paths.seccomp_program(c.name), err);
}

int install_seccomp(const std::string& bpf) {
  sock_fprog prog{};
  prog.len = static_cast<unsigned short>(bpf.size() / sizeof(sock_filter));
  prog.filter = reinterpret_cast<sock_filter*>(const_cast<char*>(bpf.data()));
  if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) return errno;
  return 0;
}

std::string read_seccomp_file(const std::string& path) { return files::read(path).value_or(""); }

}  // namespace podrun::exec
