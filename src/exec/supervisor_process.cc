#include "exec/supervisor_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "common/files.h"
#include "exec/placement.h"

namespace podrun::exec {

std::string helper_binary(const std::string& name) {
  char self[4096];
  ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  std::string dir = n > 0 ? files::parent(std::string(self, static_cast<std::size_t>(n))) : ".";
  return dir + "/" + name;
}

std::string self_binary() {
  char self[4096];
  ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  return n > 0 ? std::string(self, static_cast<std::size_t>(n)) : std::string();
}

StandbySupervisor StandbySupervisor::spawn(const std::string& binary) {
  int report[2], pod_dir[2];
  if (::pipe2(report, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
  UniqueFd report_read(report[0]), report_write(report[1]);
  // A socket, not a pipe, for the pod directory: if the supervisor is gone (its exec failed),
  // the pod manager's send fails with EPIPE instead of killing it with SIGPIPE.
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pod_dir) != 0) throw SysError("start the supervisor", "socketpair", "", errno);
  UniqueFd dir_read(pod_dir[0]), dir_write(pod_dir[1]);
  // What the child says if its exec fails, made here: after the fork it only makes syscalls.
  std::string exec_failed = "ERR start the supervisor: execve `" + binary + "`: ";
  // fork, not posix_spawn: a vfork child runs on the caller's CPU until it has exec'd and set
  // itself up, while the caller waits for that CPU; a forked one is moved to the other CPU before
  // it first runs (exec/placement.h). Early in a command the caller's memory is small, so the
  // fork costs little. The child calls setsid() and gets /dev/null for 0-2, the
  // report pipe as fd 3, the pod directory's socket as fd 4 and nothing else; between fork and
  // exec it makes system calls only.
  char* argv[] = {const_cast<char*>("podrun-supervisor"), nullptr};
  UniqueFd report_high(::fcntl(report_write.get(), F_DUPFD_CLOEXEC, 10));  // never 3 or 4 itself
  UniqueFd dir_high(::fcntl(dir_read.get(), F_DUPFD_CLOEXEC, 10));
  CpuAffinity affinity = current_affinity();
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start the supervisor", "fork", "", errno);
  if (pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    for (int sig = 1; sig < NSIG; ++sig) ::signal(sig, SIG_DFL);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::setsid();
    if (::dup2(report_high.get(), 3) != 3 || ::dup2(dir_high.get(), 4) != 4) ::_exit(127);
    int devnull = ::open("/dev/null", O_RDWR);
    if (devnull < 0 || ::dup2(devnull, 0) != 0 || ::dup2(devnull, 1) != 1 || ::dup2(devnull, 2) != 2) ::_exit(127);
    ::close_range(5, ~0U, 0);
    ::execve(binary.c_str(), argv, ::environ);
    const char* why = ::strerrordesc_np(errno);
    if (::write(3, exec_failed.data(), exec_failed.size()) > 0 && ::write(3, why, std::strlen(why)) > 0 && ::write(3, "\n", 1) > 0) {}
    ::_exit(127);
  }
  place_on_other_cpu(pid, affinity);
  StandbySupervisor s;
  s.pid_ = pid;
  s.pod_dir_ = std::move(dir_write);
  s.report_ = std::move(report_read);
  return s;
}

UniqueFd StandbySupervisor::start(const std::string& pod_dir) {
  // The directory, then the CPUs it may use (the caller's: it was placed on one of them). One
  // send far below the socket's buffer: it never blocks, and the supervisor reads it whole at
  // EOF.
  std::string msg = pod_dir + "\n" + cpu_list(current_affinity()) + "\n";
  if (::send(pod_dir_.get(), msg.data(), msg.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(msg.size())) {
    int err = errno;
    // It is gone: what it said (an exec that failed), or the send's error.
    std::string said;
    char buf[512];
    for (ssize_t n; (n = ::read(report_.get(), buf, sizeof buf)) > 0;) said.append(buf, static_cast<std::size_t>(n));
    while (!said.empty() && said.back() == '\n') said.pop_back();
    if (said.rfind("ERR ", 0) == 0) throw SysError(said.substr(4));
    throw SysError("start the supervisor", "send", "its pod directory socket", err);
  }
  pod_dir_.reset();
  pid_ = -1;  // the pod's now: the state names it
  return std::move(report_);
}

StandbySupervisor& StandbySupervisor::operator=(StandbySupervisor&& o) noexcept {
  if (this != &o) {
    dismiss();
    pid_ = std::exchange(o.pid_, -1);
    pod_dir_ = std::move(o.pod_dir_);
    report_ = std::move(o.report_);
  }
  return *this;
}

StandbySupervisor::~StandbySupervisor() { dismiss(); }

void StandbySupervisor::dismiss() {
  if (pid_ <= 0) return;
  pod_dir_.reset();  // EOF without a directory: it exits
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

}  // namespace podrun::exec
