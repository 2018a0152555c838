#include "pods/exec.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "exec/join.h"
#include "exec/seccomp.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

volatile sig_atomic_t g_winch = 0;

}  // namespace

// Copies our terminal to the container's and back, in raw mode, until the command's side of
// the terminal closes; the window size follows ours (SIGWINCH).
// Without -i (`stdin_open` false) standard input is not read at all, as kubectl and docker
// attach it only with -i: run from a script, cron or CI, whatever is there stays there.
void relay_terminal(int master, pid_t child, bool stdin_open) {
  termios saved{};
  bool raw = stdin_open && ::isatty(0) && ::tcgetattr(0, &saved) == 0;
  if (raw) {
    termios t = saved;
    ::cfmakeraw(&t);
    ::tcsetattr(0, TCSANOW, &t);
  }
  struct sigaction sa {};
  sa.sa_handler = [](int) { g_winch = 1; };
  ::sigaction(SIGWINCH, &sa, nullptr);
  char buf[4096];
  for (;;) {
    if (g_winch) {
      g_winch = 0;
      winsize ws{};
      if (::ioctl(0, TIOCGWINSZ, &ws) == 0) ::ioctl(master, TIOCSWINSZ, &ws);
    }
    pollfd fds[2] = {{master, POLLIN, 0}, {0, static_cast<short>(stdin_open ? POLLIN : 0), 0}};
    int n = ::poll(fds, stdin_open ? 2 : 1, 100);
    if (n < 0 && errno != EINTR) break;
    if (n <= 0) {
      if (child > 0 && ::waitpid(child, nullptr, WNOHANG | WNOWAIT) == child) {
        // drain what is left
        while (::read(master, buf, sizeof buf) > 0) {}
        break;
      }
      continue;
    }
    if (fds[0].revents & (POLLIN | POLLHUP)) {
      ssize_t r = ::read(master, buf, sizeof buf);
      if (r <= 0) break;  // the command's side closed
      if (::write(1, buf, static_cast<std::size_t>(r)) < 0) break;
    }
    if (stdin_open && (fds[1].revents & (POLLIN | POLLHUP))) {
      ssize_t r = ::read(0, buf, sizeof buf);
      if (r <= 0) {
        stdin_open = false;
        // The end of our input is a ^D on the terminal, as typed (a debug container's shell
        // then ends); exec's command gets no such character (it has its own end).
        if (child <= 0 && ::write(master, "\x04", 1) < 0) break;
      } else if (::write(master, buf, static_cast<std::size_t>(r)) < 0) break;
    }
  }
  if (raw) ::tcsetattr(0, TCSANOW, &saved);
}

state::ContainerState running_container(const state::PodState& pod, const std::string& container) {
  const state::ContainerState* c = nullptr;
  for (const auto& cs : pod.containers)
    if ((container.empty() && cs.type == state::ContainerType::App) || cs.name == container) {
      c = &cs;
      break;
    }
  for (const auto& cs : pod.ephemeral_containers)  // a debug container, by its name only
    if (!c && cs.name == container) c = &cs;
  if (!c) throw NotFound("container \"" + container + "\" not found in pod " + pod.name);
  if (c->state != state::RunState::Running) throw NotFound("container " + c->name + " is not running");
  return *c;
}

int exec_in_container(const Context& ctx, const ExecRequest& o) {
  state::StateStore store(ctx.state_root);
  auto s = store.load(o.ns, o.pod);
  if (!s) throw NotFound("pod \"" + o.pod + "\" not found in namespace " + o.ns);
  const state::ContainerState c = running_container(*s, o.container);
  if (!process_alive(c.pid, c.start_time)) throw NotFound("container " + c.name + " is not running");
  // Everything the process needs, read before joining its namespaces: environment, user, cwd.
  exec::ContainerProcess target = exec::inspect_container(c.pid);
  target.seccomp_bpf = exec::read_seccomp_file(store.paths(o.ns, o.pod).seccomp_program(c.name));
  exec::enter_container(target);
  // -t: a terminal from the container's own devpts (we are in its mount namespace now), so
  // that `tty` inside names a device that exists there; its size follows ours.
  UniqueFd master;
  std::string slave_name;
  if (o.tty) {
    master.reset(::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (!master || ::grantpt(master.get()) != 0 || ::unlockpt(master.get()) != 0)
      throw SysError("exec -t: a terminal in the container", "open", "/dev/ptmx", errno);
    slave_name = ::ptsname(master.get());
    winsize ws{};
    if (::ioctl(0, TIOCGWINSZ, &ws) == 0) ::ioctl(master.get(), TIOCSWINSZ, &ws);
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    if (o.tty) {
      ::setsid();
      int slave = ::open(slave_name.c_str(), O_RDWR);
      if (slave < 0 || ::ioctl(slave, TIOCSCTTY, 0) != 0) ::_exit(126);
      for (int fd : {0, 1, 2}) ::dup2(slave, fd);
      if (slave > 2) ::close(slave);
    } else if (!o.stdin_open) {
      int devnull = ::open("/dev/null", O_RDONLY);
      ::dup2(devnull, 0);
    }
    exec::exec_as_container(target, o.command);
  }
  if (o.tty) relay_terminal(master.get(), pid, o.stdin_open);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

}  // namespace podrun::pods
