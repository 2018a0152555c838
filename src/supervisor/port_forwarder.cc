#include "supervisor/port_forwarder.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace podrun::supervisor {

// One forwarded connection: the client's socket, the pod's, and what one side has read that
// the other has not taken yet.
struct PortForwarder::Relay {
  exec::UniqueFd client, pod;
  std::string to_pod, to_client;
  bool client_eof = false, pod_eof = false, connected = false;
};

namespace {

sockaddr_in address(const std::string& ip, int port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  if (ip.empty()) a.sin_addr.s_addr = htonl(INADDR_ANY);
  else ::inet_pton(AF_INET, ip.c_str(), &a.sin_addr);
  return a;
}

// Moves what `from` has to `buf`, and `buf` to `to`; false once `from` is at its end.
bool transfer(int from, std::string& buf, int to, bool& eof) {
  char chunk[65536];
  while (!eof && buf.size() < (1 << 20)) {
    ssize_t n = ::read(from, chunk, sizeof chunk);
    if (n > 0) buf.append(chunk, static_cast<std::size_t>(n));
    else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) eof = true;
    else break;
  }
  while (!buf.empty()) {
    ssize_t n = ::send(to, buf.data(), buf.size(), MSG_NOSIGNAL);
    if (n > 0) buf.erase(0, static_cast<std::size_t>(n));
    else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) break;
    else buf.clear();  // the other side is gone: nothing will take these bytes
  }
  return !eof;
}

}  // namespace

void PortForwarder::listen(const std::vector<Forward>& forwards) {
  for (const auto& f : forwards) {
    exec::UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!fd) throw exec::ExecError("hostPort " + std::to_string(f.host_port), "socket", "", errno);
    int one = 1;
    ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a = address(f.host_ip, f.host_port);
    std::string where = (f.host_ip.empty() ? "0.0.0.0" : f.host_ip) + ":" + std::to_string(f.host_port);
    if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
      throw exec::ExecError("hostPort " + std::to_string(f.host_port) + " (another pod or program uses it)", "bind", where, errno);
    if (::listen(fd.get(), 128) != 0) throw exec::ExecError("hostPort " + std::to_string(f.host_port), "listen", where, errno);
    int raw = fd.get();
    listeners_.emplace(raw, std::make_pair(std::move(fd), f));
    watch_(raw, EPOLLIN);
  }
}

void PortForwarder::accept_on(int listener) {
  const Forward& f = listeners_.at(listener).second;
  for (;;) {
    exec::UniqueFd client(::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
    if (!client) return;
    exec::UniqueFd pod(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!pod) continue;
    sockaddr_in a = address(f.pod_ip, f.container_port);
    if (::connect(pod.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 && errno != EINPROGRESS) continue;
    auto r = std::make_shared<Relay>();
    r->client = std::move(client);
    r->pod = std::move(pod);
    ends_[r->client.get()] = r;
    ends_[r->pod.get()] = r;
    watch_(r->client.get(), EPOLLIN | EPOLLRDHUP);
    watch_(r->pod.get(), EPOLLIN | EPOLLOUT | EPOLLRDHUP);  // EPOLLOUT: the connect completes
  }
}

void PortForwarder::pump(Relay& r, bool) {
  if (!r.connected) {
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(r.pod.get(), SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0) {
      r.client_eof = r.pod_eof = true;  // the pod refused: the client sees its connection closed
      return;
    }
    r.connected = true;
  }
  bool client_open = transfer(r.client.get(), r.to_pod, r.pod.get(), r.client_eof);
  bool pod_open = transfer(r.pod.get(), r.to_client, r.client.get(), r.pod_eof);
  // Half-closes travel through; output waits on EPOLLOUT only while something is pending.
  if (!client_open && r.to_pod.empty()) ::shutdown(r.pod.get(), SHUT_WR);
  if (!pod_open && r.to_client.empty()) ::shutdown(r.client.get(), SHUT_WR);
  auto events = [](bool eof, bool pending) {
    std::uint32_t e = EPOLLRDHUP;
    if (!eof) e |= EPOLLIN;
    if (pending) e |= EPOLLOUT;
    return e;
  };
  watch_(r.pod.get(), events(r.pod_eof, !r.to_pod.empty()));
  watch_(r.client.get(), events(r.client_eof, !r.to_client.empty()));
}

void PortForwarder::finish(const std::shared_ptr<Relay>& r) {
  for (int fd : {r->client.get(), r->pod.get()}) {
    unwatch_(fd);
    ends_.erase(fd);
  }
}

void PortForwarder::on_event(int fd, std::uint32_t) {
  if (listeners_.count(fd)) {
    accept_on(fd);
    return;
  }
  auto it = ends_.find(fd);
  if (it == ends_.end()) return;
  std::shared_ptr<Relay> r = it->second;
  pump(*r, fd == r->client.get());
  if (r->client_eof && r->pod_eof && r->to_pod.empty() && r->to_client.empty()) finish(r);
}

void PortForwarder::close_all() {
  for (auto& [fd, l] : listeners_) unwatch_(fd);
  listeners_.clear();
  std::vector<std::shared_ptr<Relay>> all;
  for (auto& [fd, r] : ends_) all.push_back(r);
  for (auto& r : all) finish(r);
}

}  // namespace podrun::supervisor
