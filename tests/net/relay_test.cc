// The hostPort relay of rootless pods (net/relay.h), over loopback: a TCP connection to the
// "host" socket reaches the "pod" server and its answer comes back, both ways, half-closes
// included; a UDP datagram is answered to its sender. No root needed.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "net/relay.h"

using namespace podrun;

namespace {

std::uint16_t port_of(int fd) {
  sockaddr_in a{};
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  return ntohs(a.sin_port);
}

UniqueFd bound(int type) {
  UniqueFd fd(::socket(AF_INET, type | SOCK_CLOEXEC, 0));
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  if (type == SOCK_STREAM) REQUIRE(::listen(fd.get(), 8) == 0);
  return fd;
}

void connect_to(int fd, std::uint16_t port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
}

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

// The relay in a child of its own, killed when the test ends.
struct RelayChild {
  pid_t pid = -1;
  explicit RelayChild(std::vector<net::RelayPort>& ports) {
    pid = ::fork();
    if (pid == 0) {
      net::run_relay(ports);
      ::_exit(1);
    }
  }
  ~RelayChild() {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
};

}  // namespace

TEST_CASE("relay: a TCP connection reaches the pod, and its answer and end come back", "[relay]") {
  UniqueFd pod = bound(SOCK_STREAM), host = bound(SOCK_STREAM);
  std::uint16_t host_port = port_of(host.get());
  std::vector<net::RelayPort> ports;
  ports.push_back({std::move(host), false, "127.0.0.1", port_of(pod.get())});
  RelayChild relay(ports);
  ports.clear();                             // the child holds the host socket
  for (int round = 0; round < 2; ++round) {  // each connection its own
    UniqueFd client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    connect_to(client.get(), host_port);
    std::string big(200000, 'x');  // more than one buffer
    big += std::to_string(round);
    REQUIRE(::write(client.get(), big.data(), big.size()) == static_cast<ssize_t>(big.size()));
    ::shutdown(client.get(), SHUT_WR);
    UniqueFd served(::accept4(pod.get(), nullptr, nullptr, SOCK_CLOEXEC));
    REQUIRE(served);
    std::string got = read_all(served.get());  // ends: the client's half-close came through
    CHECK(got == big);
    std::string answer = "answer " + std::to_string(got.size());
    REQUIRE(::write(served.get(), answer.data(), answer.size()) == static_cast<ssize_t>(answer.size()));
    served.reset();
    CHECK(read_all(client.get()) == answer);
  }
}

TEST_CASE("relay: a UDP datagram reaches the pod, and the reply goes to its sender", "[relay]") {
  UniqueFd pod = bound(SOCK_DGRAM), host = bound(SOCK_DGRAM);
  std::uint16_t host_port = port_of(host.get());
  std::vector<net::RelayPort> ports;
  ports.push_back({std::move(host), true, "127.0.0.1", port_of(pod.get())});
  RelayChild relay(ports);
  ports.clear();
  UniqueFd client(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  connect_to(client.get(), host_port);
  REQUIRE(::send(client.get(), "ping", 4, 0) == 4);
  char buf[64];
  sockaddr_in from{};
  socklen_t len = sizeof from;
  ssize_t n = ::recvfrom(pod.get(), buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &len);
  REQUIRE(n == 4);
  CHECK(std::string(buf, 4) == "ping");
  REQUIRE(::sendto(pod.get(), "pong", 4, 0, reinterpret_cast<sockaddr*>(&from), len) == 4);
  timeval tv{5, 0};
  ::setsockopt(client.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  n = ::recv(client.get(), buf, sizeof buf, 0);
  REQUIRE(n == 4);
  CHECK(std::string(buf, 4) == "pong");
}
