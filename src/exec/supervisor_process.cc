#include "exec/supervisor_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <poll.h>
#include <sys/un.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

#include "common/files.h"
#include "exec/console.h"
#include "exec/placement.h"
#include "exec/sandbox_pool.h"
#include "exec/signals.h"

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

StandbySupervisor StandbySupervisor::spawn(const std::string& binary) { return spawn(binary, {}, false); }

StandbySupervisor StandbySupervisor::spawn_ahead(const std::string& binary, const std::vector<std::string>& pause_bridge_subnet) {
  std::vector<std::string> args = {"--ahead"};
  args.insert(args.end(), pause_bridge_subnet.begin(), pause_bridge_subnet.end());
  // The CPUs it may use: the pause holder it forks ahead gives itself them before it execs
  // (placed on the other CPU, the supervisor would pass that pinning on).
  args.push_back(cpu_list(current_affinity()));
  StandbySupervisor s = spawn(binary, args, false);
  s.ahead_ = true;
  return s;
}

void StandbySupervisor::tell_fit(bool fits) {
  if (!ahead_ || !pod_dir_) return;
  ahead_ = false;
  // Gone: start() reports it. A pod that does not fit gets no second word: its cgroups made
  // ahead would only delay its own pause holder's fork, which comes after the hand-over.
  told_fit_ = ::send(pod_dir_.get(), fits ? "ahead\n" : "none\n", fits ? 6 : 5, MSG_NOSIGNAL) > 0 && fits;
}

void StandbySupervisor::tell_pod_ahead(const PodAhead& pod) {
  if (!told_fit_ || !pod_dir_ || pod.cgroups.empty() || pod.root.empty()) return;
  told_fit_ = false;
  // Far below the socket's buffer for any pod (a few hundred bytes a cgroup): it never blocks.
  std::string word = encode_pod_ahead(pod);
  if (::send(pod_dir_.get(), word.data(), word.size(), MSG_NOSIGNAL) < 0) {}  // gone: start() reports it
}

StandbySupervisor StandbySupervisor::spawn_pooled(const std::string& binary, const std::vector<std::string>& args) {
  return spawn(binary, args, true);
}

StandbySupervisor StandbySupervisor::spawn(const std::string& binary, const std::vector<std::string>& args, bool detached) {
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
  std::vector<std::string> arg_text = {"podrun-supervisor"};
  arg_text.insert(arg_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : arg_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  // Detached (serve's pool): a child forks the supervisor and exits at once, so that it is
  // nobody's child (as a supervisor whose apply has exited) and serve never reaps it; the
  // child sends its pid on this pipe.
  int pid_pipe[2] = {-1, -1};
  if (detached && ::pipe2(pid_pipe, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
  UniqueFd pid_read(pid_pipe[0]), pid_write(pid_pipe[1]);
  UniqueFd report_high(::fcntl(report_write.get(), F_DUPFD_CLOEXEC, 10));  // never 3 or 4 itself
  UniqueFd dir_high(::fcntl(dir_read.get(), F_DUPFD_CLOEXEC, 10));
  CpuAffinity affinity = current_affinity();
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start the supervisor", "fork", "", errno);
  if (pid == 0 && detached) {
    pid_t grandchild = ::fork();
    if (grandchild != 0) {
      if (grandchild < 0 || ::write(pid_write.get(), &grandchild, sizeof grandchild) != sizeof grandchild) ::_exit(1);
      ::_exit(0);
    }
  }
  if (pid == 0) {
    reset_signals();  // none of the caller's ignored or blocked signals (exec/signals.h)
    ::setsid();
    if (::dup2(report_high.get(), 3) != 3 || ::dup2(dir_high.get(), 4) != 4) ::_exit(127);
    int devnull = ::open("/dev/null", O_RDWR);
    if (devnull < 0 || ::dup2(devnull, 0) != 0 || ::dup2(devnull, 1) != 1 || ::dup2(devnull, 2) != 2) ::_exit(127);
    ::close_range(5, ~0U, 0);
    if (detached && ::chdir("/") != 0) ::_exit(127);  // it holds no directory of its caller's
    ::execve(binary.c_str(), argv.data(), ::environ);
    const char* why = ::strerrordesc_np(errno);
    if (::write(3, exec_failed.data(), exec_failed.size()) > 0 && ::write(3, why, std::strlen(why)) > 0 && ::write(3, "\n", 1) > 0) {}
    ::_exit(127);
  }
  StandbySupervisor s;
  if (detached) {
    pid_write.reset();
    pid_t grandchild = -1;
    ssize_t n = ::read(pid_read.get(), &grandchild, sizeof grandchild);
    ::waitpid(pid, nullptr, 0);
    if (n != sizeof grandchild) throw SysError("start the supervisor", "fork", "", EAGAIN);
    pid = grandchild;
    s.reap_ = false;
  } else {
    place_on_other_cpu(pid, affinity);
  }
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
    reap_ = o.reap_;
    ahead_ = std::exchange(o.ahead_, false);
    told_fit_ = std::exchange(o.told_fit_, false);
    pod_dir_ = std::move(o.pod_dir_);
    report_ = std::move(o.report_);
  }
  return *this;
}

StandbySupervisor::~StandbySupervisor() { dismiss(); }

void StandbySupervisor::dismiss() {
  if (pid_ <= 0) return;
  pod_dir_.reset();  // EOF without a directory: it exits
  if (reap_) ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

bool StandbySupervisor::hand_over(int sock) {
  // The pid as text and the two fds (pod directory socket, report pipe), in one message.
  char text[32];
  int n = std::snprintf(text, sizeof text, "%d", pid_);
  FdsMessage<2> m(text, static_cast<std::size_t>(n));
  m.attach({pod_dir_.get(), report_.get()});
  if (::sendmsg(sock, &m.msg, MSG_NOSIGNAL) != n) return false;
  // The receiver holds both ends now: this object forgets the supervisor without a word to it.
  pod_dir_.reset();
  report_.reset();
  pid_ = -1;
  return true;
}

std::optional<StandbySupervisor> StandbySupervisor::take_pooled(const std::string& socket_path) {
  UniqueFd sock(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (!sock || socket_path.size() >= sizeof addr.sun_path) return std::nullopt;
  std::memcpy(addr.sun_path, socket_path.data(), socket_path.size());
  if (::connect(sock.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return std::nullopt;  // no serve, or an old socket
  // serve answers at once: a supervisor, or "none" (its pool is empty); a serve busy with a
  // sync answers after it, so the wait is bounded and the pod then starts without the pool.
  pollfd pfd{sock.get(), POLLIN, 0};
  if (::poll(&pfd, 1, 100) != 1) return std::nullopt;
  char text[32] = {};
  FdsMessage<2> m(text, sizeof text - 1);
  int fds[2];
  if (::recvmsg(sock.get(), &m.msg, MSG_CMSG_CLOEXEC) <= 0 || !m.received(fds)) return std::nullopt;  // "none"
  StandbySupervisor s;
  s.pod_dir_ = UniqueFd(fds[0]);
  s.report_ = UniqueFd(fds[1]);
  s.pid_ = std::atoi(text);
  s.reap_ = false;     // serve started it detached: nobody's child
  s.told_fit_ = true;  // its sandbox is the pool's shape, which the caller asked for: it takes the pod word
  if (s.pid_ <= 0) return std::nullopt;
  return s;
}

}  // namespace podrun::exec
