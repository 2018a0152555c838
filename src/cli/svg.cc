#include "cli/svg.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "common/fd.h"
#include "common/files.h"

extern char** environ;

namespace podrun::cli {

namespace {

// The first executable `dot` of $PATH, or "". Looked up before the child starts, so that a
// missing Graphviz is one clear line and not an exec failure in a child.
std::string find_dot() {
  const char* path = std::getenv("PATH");
  for (const auto& dir : files::split(path && *path ? path : "/usr/local/bin:/usr/bin:/bin", ':')) {
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/dot";
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

[[noreturn]] void fail(const std::string& what, int err) {
  throw std::runtime_error("dot -Tsvg: " + what + ": " + std::strerror(err) + " (errno " + std::to_string(err) + ")");
}

}  // namespace

std::string dot_to_svg(const std::string& dot_source) {
  std::string dot = find_dot();
  if (dot.empty()) throw GraphvizMissing("Graphviz's dot is not on PATH: install Debian's graphviz (apt-get install graphviz)");

  // The source goes over a socket, not a pipe: a dot that exits before reading it all makes
  // send() fail with EPIPE instead of killing this process with SIGPIPE.
  int in[2], out[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0) fail("socketpair", errno);
  UniqueFd in_read(in[0]), in_write(in[1]);
  if (::pipe2(out, O_CLOEXEC) != 0) fail("pipe2", errno);
  UniqueFd out_read(out[0]), out_write(out[1]);

  // posix_spawn (a vfork-like clone: cheap, and safe in the threads of `podrun ui`): fd 0 the
  // source, fd 1 the result, fd 2 inherited, every other fd closed.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_read.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), 1);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  char* argv[] = {const_cast<char*>("dot"), const_cast<char*>("-Tsvg"), nullptr};
  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, dot.c_str(), &actions, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) fail("posix_spawn `" + dot + "`", rc);
  in_read.reset();
  out_write.reset();

  // Write the source and read the picture at once: neither side waits on a full pipe.
  std::string svg;
  std::size_t written = 0;
  int err = 0;
  while (out_read) {
    pollfd fds[2] = {{out_read.get(), POLLIN, 0}, {in_write ? in_write.get() : -1, POLLOUT, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    if (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) {
      ssize_t n = ::send(in_write.get(), dot_source.data() + written, dot_source.size() - written, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EAGAIN && errno != EINTR) written = dot_source.size();  // EPIPE: dot is gone
      if (written == dot_source.size()) in_write.reset();
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char buf[65536];
      ssize_t n = ::read(out_read.get(), buf, sizeof buf);
      if (n > 0) svg.append(buf, static_cast<std::size_t>(n));
      else if (n == 0 || (errno != EINTR && errno != EAGAIN)) out_read.reset();
    }
  }
  in_write.reset();
  out_read.reset();
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (err) fail("poll", err);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("dot -Tsvg failed (" +
                             (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                                : "signal " + std::to_string(WIFSIGNALED(status) ? WTERMSIG(status) : 0)) +
                             ")");
  return svg;
}

std::string inline_svg(const std::string& svg_document) {
  std::size_t at = svg_document.find("<svg");
  return at == std::string::npos ? svg_document : svg_document.substr(at);
}

}  // namespace podrun::cli
