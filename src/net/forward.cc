#include "net/forward.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <cerrno>
#include <cstring>

#include "common/error.h"

namespace podrun::net {

namespace {

// An address literal and port as sockaddr; family AF_UNSPEC when it is not a literal.
struct SocketAddress {
  sockaddr_storage storage{};
  socklen_t length = 0;
  int family = AF_UNSPEC;
};

SocketAddress parse_address(const std::string& address, std::uint16_t port) {
  SocketAddress out;
  auto* v4 = reinterpret_cast<sockaddr_in*>(&out.storage);
  auto* v6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
  if (::inet_pton(AF_INET, address.c_str(), &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    out.length = sizeof(sockaddr_in);
    out.family = AF_INET;
  } else if (::inet_pton(AF_INET6, address.c_str(), &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(port);
    out.length = sizeof(sockaddr_in6);
    out.family = AF_INET6;
  }
  return out;
}

std::string shown(const std::string& address, std::uint16_t port) {
  return (address.find(':') != std::string::npos ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

// A socket made in `netns_fd`'s network namespace: the thread enters it for socket(2) only.
UniqueFd socket_in_netns(int netns_fd, int family, const std::string& step) {
  UniqueFd own(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
  if (!own) throw SysError(step, "open", "/proc/thread-self/ns/net", errno);
  if (::setns(netns_fd, CLONE_NEWNET) != 0) throw SysError(step, "setns", "net", errno);
  UniqueFd fd(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
  int err = errno;
  // Back before anything else can happen: every later socket of this process is the host's.
  if (::setns(own.get(), CLONE_NEWNET) != 0) throw SysError("return to the host's network namespace", "setns", "net", errno);
  if (!fd) throw SysError(step, "socket", "", err);
  return fd;
}

}  // namespace

UniqueFd listen_tcp(const std::string& address, std::uint16_t port) {
  const std::string step = "listen on " + shown(address, port);
  SocketAddress sa = parse_address(address, port);
  if (sa.family == AF_UNSPEC) throw SysError(step + ": not an IP address");
  UniqueFd fd(::socket(sa.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (!fd) throw SysError(step, "socket", "", errno);
  int one = 1;
  ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  // An IPv6 listener on ::1 must not also claim the IPv4 port (v4-mapped): 127.0.0.1 has its own.
  if (sa.family == AF_INET6) ::setsockopt(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&sa.storage), sa.length) != 0) throw SysError(step, "bind", "", errno);
  if (::listen(fd.get(), 128) != 0) throw SysError(step, "listen", "", errno);
  return fd;
}

std::uint16_t bound_port(int listener) {
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  if (::getsockname(listener, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return 0;
  if (ss.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
  return ntohs(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port);
}

UniqueFd connect_in_netns(int netns_fd, std::uint16_t port) {
  std::string errors;
  for (const char* address : {"127.0.0.1", "::1"}) {
    const std::string step = "connect to " + shown(address, port) + " in the pod";
    SocketAddress sa = parse_address(address, port);
    UniqueFd fd = socket_in_netns(netns_fd, sa.family, step);
    // Loopback answers at once (accepted or refused); a full backlog must not hang the relay.
    timeval limit{5, 0};
    ::setsockopt(fd.get(), SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&sa.storage), sa.length) == 0) {
      ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) | O_NONBLOCK);
      return fd;
    }
    errors += (errors.empty() ? "" : ", ") + shown(address, port) + ": " + std::strerror(errno);
  }
  throw SysError("connect to port " + std::to_string(port) + " in the pod's network namespace: " + errors);
}

}  // namespace podrun::net
