#include "net/relay.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <list>
#include <memory>

namespace podrun::net {

namespace {

constexpr std::size_t kBuffer = 64 * 1024;
constexpr std::size_t kMaxConnections = 1024;
constexpr long kUdpIdleSeconds = 30;

long now_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec;
}

sockaddr_in pod_address(const RelayPort& p) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(p.pod_port);
  ::inet_pton(AF_INET, p.pod_ip.c_str(), &a.sin_addr);
  return a;
}

// One direction of a TCP connection: bytes read from one side wait here for the other.
struct Flow {
  std::unique_ptr<char[]> data{new char[kBuffer]};
  std::size_t start = 0, end = 0;
  bool eof = false, shut = false;
  bool empty() const { return start == end; }
};

struct TcpPair {
  UniqueFd client, pod;
  bool connecting = true;
  Flow up, down;  // client → pod, pod → client
  bool done() const { return up.shut && down.shut; }
};

struct UdpPeer {
  std::size_t port = 0;  // index into ports
  sockaddr_storage peer{};
  socklen_t peer_len = 0;
  UniqueFd pod;
  long last = 0;
};

// Reads what `from` has into `f`, writes what `f` holds to `to`; false when the pair broke.
bool pump(int from, int to, Flow& f, short from_events, short to_events) {
  if ((from_events & (POLLIN | POLLHUP | POLLERR)) && f.empty() && !f.eof) {
    ssize_t n = ::read(from, f.data.get(), kBuffer);
    if (n > 0) f.start = 0, f.end = static_cast<std::size_t>(n);
    else if (n == 0) f.eof = true;
    else if (errno != EAGAIN && errno != EINTR) return false;
  }
  if ((to_events & POLLOUT) && !f.empty()) {
    ssize_t n = ::send(to, f.data.get() + f.start, f.end - f.start, MSG_NOSIGNAL);
    if (n > 0) f.start += static_cast<std::size_t>(n);
    else if (errno != EAGAIN && errno != EINTR) return false;
  }
  if (f.eof && f.empty() && !f.shut) {
    ::shutdown(to, SHUT_WR);
    f.shut = true;
  }
  return true;
}

}  // namespace

void run_relay(std::vector<RelayPort>& ports) {
  for (auto& p : ports) ::fcntl(p.host_socket.get(), F_SETFL, ::fcntl(p.host_socket.get(), F_GETFL) | O_NONBLOCK);
  std::list<TcpPair> pairs;
  std::list<UdpPeer> peers;
  std::vector<pollfd> fds;
  for (;;) {
    // 1. What to wait for: new connections and datagrams, then each pair's two sides.
    fds.clear();
    for (auto& p : ports) fds.push_back({p.host_socket.get(), POLLIN, 0});
    for (auto& t : pairs) {
      short c = 0, d = 0;
      if (t.connecting) d |= POLLOUT;
      else {
        if (t.up.empty() && !t.up.eof) c |= POLLIN;
        if (!t.up.empty()) d |= POLLOUT;
        if (t.down.empty() && !t.down.eof) d |= POLLIN;
        if (!t.down.empty()) c |= POLLOUT;
      }
      fds.push_back({t.client.get(), c, 0});
      fds.push_back({t.pod.get(), d, 0});
    }
    for (auto& u : peers) fds.push_back({u.pod.get(), POLLIN, 0});
    // What was polled: connections and peers added below wait for the next round.
    const std::size_t polled_pairs = pairs.size(), polled_peers = peers.size();
    if (::poll(fds.data(), fds.size(), 5000) < 0 && errno != EINTR) return;
    std::size_t at = 0;
    // 2. New connections, each with its own connection to the pod; datagrams, each peer
    //    with its own socket to the pod.
    for (std::size_t i = 0; i < ports.size(); ++i, ++at) {
      if (!(fds[at].revents & POLLIN)) continue;
      RelayPort& p = ports[i];
      sockaddr_in to = pod_address(p);
      if (!p.udp) {
        UniqueFd client(::accept4(p.host_socket.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
        if (!client || pairs.size() >= kMaxConnections) continue;
        UniqueFd pod(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (!pod || (::connect(pod.get(), reinterpret_cast<sockaddr*>(&to), sizeof to) != 0 && errno != EINPROGRESS)) continue;
        pairs.emplace_back();
        pairs.back().client = std::move(client);
        pairs.back().pod = std::move(pod);
        continue;
      }
      char buf[65536];
      sockaddr_storage from{};
      socklen_t from_len = sizeof from;
      ssize_t n = ::recvfrom(p.host_socket.get(), buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &from_len);
      if (n < 0) continue;
      UdpPeer* peer = nullptr;
      for (auto& u : peers)
        if (u.port == i && u.peer_len == from_len && std::memcmp(&u.peer, &from, from_len) == 0) peer = &u;
      if (!peer) {
        if (peers.size() >= kMaxConnections) continue;
        UniqueFd s(::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (!s || ::connect(s.get(), reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) continue;
        peers.push_back(UdpPeer{i, from, from_len, std::move(s), 0});
        peer = &peers.back();
      }
      peer->last = now_seconds();
      ::send(peer->pod.get(), buf, static_cast<std::size_t>(n), MSG_NOSIGNAL);
    }
    // 3. Each pair: connected yet, then bytes both ways; a pair that broke or ended goes.
    auto it_end = std::next(pairs.begin(), static_cast<long>(polled_pairs));
    for (auto it = pairs.begin(); it != it_end; at += 2) {
      short c = fds[at].revents, d = fds[at + 1].revents;
      bool ok = true;
      if (it->connecting && d) {
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(it->pod.get(), SOL_SOCKET, SO_ERROR, &err, &len);
        ok = err == 0;
        it->connecting = false;
        d = 0;
      }
      if (ok && !it->connecting)
        ok = pump(it->client.get(), it->pod.get(), it->up, c, d) && pump(it->pod.get(), it->client.get(), it->down, d, c);
      it = ok && !it->done() ? std::next(it) : pairs.erase(it);  // never it_end itself: it stays valid
    }
    // 4. Replies to UDP peers; peers idle for 30 s go.
    long now = now_seconds();
    std::size_t seen = 0;
    for (auto it = peers.begin(); it != peers.end() && seen < polled_peers; ++at, ++seen) {
      if (fds[at].revents & POLLIN) {
        char buf[65536];
        ssize_t n = ::recv(it->pod.get(), buf, sizeof buf, 0);
        if (n >= 0)
          ::sendto(ports[it->port].host_socket.get(), buf, static_cast<std::size_t>(n), 0, reinterpret_cast<sockaddr*>(&it->peer),
                   it->peer_len);
        it->last = now;
      }
      it = now - it->last > kUdpIdleSeconds ? peers.erase(it) : std::next(it);
    }
  }
}

}  // namespace podrun::net
