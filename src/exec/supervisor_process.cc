#include "exec/supervisor_process.h"

#include <fcntl.h>
#include <sched.h>
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
#include "exec/pool_claim.h"
#include "exec/quick_exit.h"
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

void StandbySupervisor::tell_fit(std::optional<plan::SandboxShape> fits) {
  if (!ahead_ || !pod_dir_) return;
  ahead_ = false;
  // Gone: start() reports it. A pod that does not fit gets no second word: its cgroups made
  // ahead would only delay its own pause holder's fork, which comes after the hand-over.
  const std::string_view word = !fits ? "none\n" : *fits == plan::SandboxShape::SharedPid ? "ahead pid\n" : "ahead\n";
  const bool sent = ::send(pod_dir_.get(), word.data(), word.size(), MSG_NOSIGNAL) > 0;
  told_fit_ = sent && fits;
  takes_config_ = sent;
}

void StandbySupervisor::tell_run_config(const std::string& text) {
  // A pod's configuration is a few kilobytes; one with large ConfigMaps may not be, and the
  // supervisor reads this socket only between its own steps: such a one it reads from run.json.
  constexpr std::size_t kMaxBytes = 64 * 1024;
  if (!takes_config_ || !pod_dir_ || text.size() > kMaxBytes || text.find('\n') != std::string::npos) return;
  takes_config_ = false;
  const std::string word = "config " + text + "\n";
  if (::send(pod_dir_.get(), word.data(), word.size(), MSG_NOSIGNAL) < 0) {}  // gone: start() reports it
}

void StandbySupervisor::tell_pod_ahead(const PodAhead& pod) {
  takes_config_ = false;
  if (!told_fit_ || !pod_dir_ || pod.cgroups.empty() || pod.root.empty()) return;
  told_fit_ = false;
  // Far below the socket's buffer for any pod (a few hundred bytes a cgroup): it never blocks.
  std::string word = encode_pod_ahead(pod);
  if (::send(pod_dir_.get(), word.data(), word.size(), MSG_NOSIGNAL) < 0) {}  // gone: start() reports it
}

StandbySupervisor StandbySupervisor::spawn_pooled(const std::string& binary, const std::vector<std::string>& args) {
  return spawn(binary, args, true);
}

// What the child of spawn() reads until its execve: in the parent's memory, which it shares
// (clone with CLONE_VM), so it stays allocated until the child has exec'd or exited.
struct SupervisorExec {
  std::string binary;
  std::vector<std::string> arg_text, env_text;  // the environment copied: a setenv() in the
  std::vector<char*> argv, envp;                // parent must not free what the child reads
  std::string exec_failed;                      // what it writes to fd 3 when its execve fails
  int report_fd = -1, dir_fd = -1, done_fd = -1;
  static constexpr std::size_t kStackSize = 64 * 1024;
  std::unique_ptr<char[]> stack{new char[kStackSize]};
};

void SupervisorExecFree::operator()(SupervisorExec* x) const { delete x; }

namespace {

// The child of spawn(): system calls only (the thin C library wrappers, which write errno only
// when they fail), on its own stack in memory it shares with the parent, which runs on. It
// keeps fds 3 (report pipe), 4 (pod directory socket) and, close-on-exec, 5 (the pipe that
// tells the parent its execve happened); /dev/null for 0-2; nothing else.
[[gnu::no_sanitize_address]] int exec_supervisor(void* arg) {
  const SupervisorExec& x = *static_cast<const SupervisorExec*>(arg);
  reset_signals();  // none of the caller's ignored or blocked signals (exec/signals.h)
  ::setsid();
  if (::dup2(x.report_fd, 3) != 3 || ::dup2(x.dir_fd, 4) != 4 || ::dup3(x.done_fd, 5, O_CLOEXEC) != 5) ::_exit(127);
  int devnull = ::open("/dev/null", O_RDWR);
  if (devnull < 0 || ::dup2(devnull, 0) != 0 || ::dup2(devnull, 1) != 1 || ::dup2(devnull, 2) != 2) ::_exit(127);
  ::close_range(6, ~0U, 0);
  ::execve(x.binary.c_str(), x.argv.data(), x.envp.data());
  const char* why = ::strerrordesc_np(errno);
  if (::write(3, x.exec_failed.data(), x.exec_failed.size()) > 0 && ::write(3, why, std::strlen(why)) > 0 && ::write(3, "\n", 1) > 0) {}
  ::_exit(127);
}

}  // namespace

StandbySupervisor StandbySupervisor::spawn(const std::string& binary, const std::vector<std::string>& args, bool detached) {
  int report[2], pod_dir[2];
  if (::pipe2(report, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
  UniqueFd report_read(report[0]), report_write(report[1]);
  // A socket, not a pipe, for the pod directory: if the supervisor is gone (its exec failed),
  // the pod manager's send fails with EPIPE instead of killing it with SIGPIPE.
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pod_dir) != 0) throw SysError("start the supervisor", "socketpair", "", errno);
  UniqueFd dir_read(pod_dir[0]), dir_write(pod_dir[1]);
  auto x = std::make_unique<SupervisorExec>();
  x->binary = binary;
  // What the child says if its exec fails, made here: after the fork it only makes syscalls.
  x->exec_failed = "ERR start the supervisor: execve `" + binary + "`: ";
  x->arg_text = {"podrun-supervisor"};
  x->arg_text.insert(x->arg_text.end(), args.begin(), args.end());
  for (auto& a : x->arg_text) x->argv.push_back(a.data());
  x->argv.push_back(nullptr);
  for (char** e = ::environ; e && *e; ++e) x->env_text.emplace_back(*e);
  for (auto& e : x->env_text) x->envp.push_back(e.data());
  x->envp.push_back(nullptr);
  UniqueFd report_high(::fcntl(report_write.get(), F_DUPFD_CLOEXEC, 10));  // never 3, 4 or 5 itself
  UniqueFd dir_high(::fcntl(dir_read.get(), F_DUPFD_CLOEXEC, 10));
  x->report_fd = report_high.get();
  x->dir_fd = dir_high.get();
  CpuAffinity affinity = current_affinity();
  StandbySupervisor s;
  if (!detached && !under_valgrind()) {
    // 1. Our child, cloned with CLONE_VM: it shares this process's memory until its execve
    //    instead of copying its page tables (a fork costs the caller 0.2-0.4 ms, and every
    //    page it then writes a copy-on-write fault until the child has exec'd: all while it
    //    reads the manifest). It is moved to the other CPU before it first runs
    //    (exec/placement.h); the caller runs on at once, unlike vfork's. Its memory (x) stays
    //    until its execve is seen (exec_done_). Signals are blocked across the clone: a
    //    handler of ours must not run on its stack; it resets them before it unblocks them.
    int done[2];
    if (::pipe2(done, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
    UniqueFd done_read(done[0]), done_write(done[1]);
    UniqueFd done_high(::fcntl(done_write.get(), F_DUPFD_CLOEXEC, 10));
    x->done_fd = done_high.get();
    sigset_t all, before;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &before);
    pid_t pid = ::clone(exec_supervisor, x->stack.get() + SupervisorExec::kStackSize, CLONE_VM | SIGCHLD, x.get());
    int err = errno;
    ::pthread_sigmask(SIG_SETMASK, &before, nullptr);
    if (pid < 0) throw SysError("start the supervisor", "clone", "", err);
    place_on_other_cpu(pid, affinity);
    s.pid_ = pid;
    s.exec_memory_.reset(x.release());
    s.exec_done_ = std::move(done_read);
    s.pod_dir_ = std::move(dir_write);
    s.report_ = std::move(report_read);
    return s;
  }
  // 2. Forked: under valgrind, which cannot run a CLONE_VM child that is no thread, our child
  //    as above; detached (serve's pool, off any command's path), a forked child forks the
  //    supervisor and exits at once, so that it is nobody's child (as a supervisor whose apply
  //    has exited) and serve never reaps it; the child sends its pid on this pipe.
  int pid_pipe[2] = {-1, -1};
  if (detached && ::pipe2(pid_pipe, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
  UniqueFd pid_read(pid_pipe[0]), pid_write(pid_pipe[1]);
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start the supervisor", "fork", "", errno);
  if (pid == 0) {
    if (detached) {
      pid_t grandchild = ::fork();
      if (grandchild != 0) {
        if (grandchild < 0 || ::write(pid_write.get(), &grandchild, sizeof grandchild) != sizeof grandchild) ::_exit(1);
        ::_exit(0);
      }
      if (::chdir("/") != 0) ::_exit(127);  // it holds no directory of its caller's
    }
    // fd 5: nobody waits for its exec here. Moved above 5 first, as the other two: dup3 onto
    // itself is refused, and 3 to 5 may well be free in this process.
    int unwatched[2];
    if (::pipe2(unwatched, O_CLOEXEC) != 0) ::_exit(127);
    x->done_fd = ::fcntl(unwatched[1], F_DUPFD_CLOEXEC, 10);
    if (x->done_fd < 0) ::_exit(127);
    exec_supervisor(x.get());
  }
  if (!detached) {
    place_on_other_cpu(pid, affinity);
    s.pid_ = pid;
  } else {
    pid_write.reset();
    pid_t grandchild = -1;
    ssize_t n = ::read(pid_read.get(), &grandchild, sizeof grandchild);
    ::waitpid(pid, nullptr, 0);
    if (n != sizeof grandchild) throw SysError("start the supervisor", "fork", "", EAGAIN);
    s.pid_ = grandchild;
    s.reap_ = false;
  }
  s.pod_dir_ = std::move(dir_write);
  s.report_ = std::move(report_read);
  return s;
}

void StandbySupervisor::release_exec_memory() {
  if (!exec_memory_) return;
  pollfd p{exec_done_.get(), POLLIN, 0};
  if (::poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLIN))) {
    exec_memory_.reset();
  } else {
    // Not seen exec'd yet: the child may still read it. A few kilobytes kept until this
    // process exits, rather than freed under a running child.
    (void)exec_memory_.release();
  }
  exec_done_.reset();
}

UniqueFd StandbySupervisor::start(const std::string& pod_dir, UniqueFd* storage_word) {
  // The directory, then the CPUs it may use (the caller's: it was placed on one of them), and
  // whether the caller makes the pod's storage (kStorageFollows, then the socket stays open
  // for its word). One send far below the socket's buffer: it never blocks, and the
  // supervisor reads it whole, at EOF or at that third line.
  // One claimed from the pool gave its report pipe on accepting the connection, long before
  // (it decoded the run configuration sent on it since): taken before the pod is given, so
  // that one that never accepted (gone) is never handed it.
  if (claimed_) {
    report_ = receive_claim_reply(pod_dir_.get());
    claimed_ = false;
  }
  std::string msg = pod_dir + "\n" + cpu_list(current_affinity()) + "\n";
  if (storage_word) msg += std::string(kStorageFollows) + "\n";
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
  if (storage_word) *storage_word = std::move(pod_dir_);
  pod_dir_.reset();
  pid_ = -1;  // the pod's now: the state names it
  release_exec_memory();
  return std::move(report_);
}

StandbySupervisor& StandbySupervisor::operator=(StandbySupervisor&& o) noexcept {
  if (this != &o) {
    dismiss();
    pid_ = std::exchange(o.pid_, -1);
    reap_ = o.reap_;
    ahead_ = std::exchange(o.ahead_, false);
    told_fit_ = std::exchange(o.told_fit_, false);
    takes_config_ = std::exchange(o.takes_config_, false);
    claimed_ = std::exchange(o.claimed_, false);
    pod_dir_ = std::move(o.pod_dir_);
    report_ = std::move(o.report_);
    exec_memory_ = std::move(o.exec_memory_);
    exec_done_ = std::move(o.exec_done_);
  }
  return *this;
}

StandbySupervisor::~StandbySupervisor() { dismiss(); }

void StandbySupervisor::dismiss() {
  if (pid_ <= 0) {
    release_exec_memory();
    return;
  }
  pod_dir_.reset();  // EOF without a directory: it exits
  if (reap_) ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
  release_exec_memory();  // exited: end of file on exec_done_, freed
}

std::optional<StandbySupervisor> StandbySupervisor::take_pooled(const std::string& claim_dir) {
  std::optional<PoolClaim> claim = claim_pooled(claim_dir);
  if (!claim) return std::nullopt;
  StandbySupervisor s;
  s.pod_dir_ = std::move(claim->connection);
  s.pid_ = claim->pid;
  s.reap_ = false;         // serve started it detached: nobody's child
  s.told_fit_ = true;      // its sandbox is the pool's shape, which the caller asked for: it takes the pod word
  s.takes_config_ = true;  // and, before it, the run configuration (supervisor/main.cc, --sandbox)
  s.claimed_ = true;       // its report pipe comes on the connection once it has accepted it
  return s;
}

}  // namespace podrun::exec
