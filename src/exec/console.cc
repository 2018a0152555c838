#include "exec/console.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/error.h"

namespace podrun::exec {

namespace {

// The directory, held open while its socket is bound or connected, and the short address.
struct ShortAddress {
  UniqueFd dir;
  sockaddr_un addr{};
};

ShortAddress short_address(const std::string& path, const char* step) {
  ShortAddress a;
  std::string::size_type slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash), name = path.substr(slash + 1);
  a.dir.reset(::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!a.dir) throw SysError(step, "open", dir, errno);
  std::string p = "/proc/self/fd/" + std::to_string(a.dir.get()) + "/" + name;
  if (p.size() >= sizeof a.addr.sun_path) throw SysError(step, "bind", path, ENAMETOOLONG);
  a.addr.sun_family = AF_UNIX;
  std::memcpy(a.addr.sun_path, p.c_str(), p.size() + 1);
  return a;
}

}  // namespace

int send_fd(int sock, int fd) {
  FdMessage m;
  m.attach({fd});
  ssize_t n;
  while ((n = ::sendmsg(sock, &m.msg, MSG_NOSIGNAL)) < 0 && errno == EINTR) {}
  return n == 1 ? 0 : (n < 0 ? errno : EIO);
}

UniqueFd listen_unix(const std::string& path, const char* step, int type_flags, int backlog) {
  ShortAddress a = short_address(path, step);
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | type_flags, 0));
  if (!fd) throw SysError(step, "socket", path, errno);
  ::unlink(path.c_str());  // a name left by an earlier holder of the same path
  mode_t old = ::umask(0177);
  int rc = ::bind(fd.get(), reinterpret_cast<sockaddr*>(&a.addr), sizeof a.addr);
  int err = errno;
  ::umask(old);
  if (rc != 0) throw SysError(step, "bind", path, err);
  if (::listen(fd.get(), backlog) != 0) {
    err = errno;
    ::unlink(path.c_str());
    throw SysError(step, "listen", path, err);
  }
  return fd;
}

UniqueFd connect_unix(const std::string& path, const char* step) {
  ShortAddress a = short_address(path, step);
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (!fd) throw SysError(step, "socket", path, errno);
  if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&a.addr), sizeof a.addr) != 0) throw SysError(step, "connect", path, errno);
  return fd;
}

UniqueFd listen_console(const std::string& path) { return listen_unix(path, "the console socket"); }

UniqueFd connect_console(const std::string& path) { return connect_unix(path, "the console socket"); }

UniqueFd receive_console(int listener, pid_t peer, int timeout_ms) {
  pollfd p{listener, POLLIN, 0};
  int n;
  while ((n = ::poll(&p, 1, timeout_ms)) < 0 && errno == EINTR) {}
  if (n <= 0) return UniqueFd();
  UniqueFd conn(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC));
  if (!conn) throw SysError("the console socket", "accept4", "", errno);
  // Only the pod's supervisor connects here (the socket is root's, 0600): said, and checked.
  ucred cred{};
  socklen_t len = sizeof cred;
  if (::getsockopt(conn.get(), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.pid != peer || cred.uid != 0)
    throw SysError("the console socket", "accept4", "a peer that is not the pod's supervisor", EPERM);
  FdMessage m;
  pollfd c{conn.get(), POLLIN, 0};
  while ((n = ::poll(&c, 1, timeout_ms)) < 0 && errno == EINTR) {}
  if (n <= 0) return UniqueFd();
  ssize_t got;
  while ((got = ::recvmsg(conn.get(), &m.msg, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) {}
  cmsghdr* cm = got == 1 ? CMSG_FIRSTHDR(&m.msg) : nullptr;
  if (!cm || cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS) return UniqueFd();
  int fd = -1;
  std::memcpy(&fd, CMSG_DATA(cm), sizeof fd);
  return UniqueFd(fd);
}

}  // namespace podrun::exec
