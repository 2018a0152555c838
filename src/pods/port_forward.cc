#include "pods/port_forward.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <memory>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/rootless_session.h"
#include "net/forward.h"
#include "pods/exec.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

std::uint16_t parse_port(const std::string& text, const char* side) {
  std::size_t used = 0;
  unsigned long v = 0;
  try {
    v = std::stoul(text, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || text[0] == '-' || text[0] == '+' || v > 65535)
    throw std::invalid_argument(std::string("error parsing ") + side + " port '" + text + "': not a port number (0-65535)");
  return static_cast<std::uint16_t>(v);
}

// One direction of a connection: what was read from `from` and is not yet written to `to`.
struct Flow {
  int from = -1, to = -1;
  std::string pending;
  std::size_t written = 0;
  bool eof = false;        // `from` said end of file
  bool shut_down = false;  // and `to` was told (shutdown SHUT_WR)
  bool done() const { return shut_down && written == pending.size(); }
};

// A forwarded connection: the client's socket on the host and the one in the pod.
struct Relay {
  UniqueFd client, pod;
  Flow out, back;  // client → pod, pod → client
};

// Moves what it can in one direction until the kernel says wait (EAGAIN). False when the
// connection is broken and goes.
bool pump(Flow& f) {
  char buf[64 * 1024];
  for (;;) {
    if (f.written < f.pending.size()) {
      ssize_t n = ::send(f.to, f.pending.data() + f.written, f.pending.size() - f.written, MSG_NOSIGNAL);
      if (n < 0) return errno == EAGAIN || errno == EINTR;
      f.written += static_cast<std::size_t>(n);
      continue;
    }
    if (f.eof) {
      if (!f.shut_down) ::shutdown(f.to, SHUT_WR);  // half-close, as the client did
      f.shut_down = true;
      return true;
    }
    ssize_t n = ::recv(f.from, buf, sizeof buf, 0);
    if (n < 0) return errno == EAGAIN || errno == EINTR;
    if (n == 0) {
      f.eof = true;
      continue;
    }
    f.pending.assign(buf, static_cast<std::size_t>(n));
    f.written = 0;
  }
}

void watch(int epoll, int fd, std::uint64_t tag) {
  epoll_event ev{};
  // Edge-triggered: every event of a connection pumps both directions until EAGAIN, so no
  // readiness is lost, and a peer's hang-up is reported once instead of on every wait.
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.u64 = tag;
  if (::epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &ev) != 0) throw SysError("port-forward", "epoll_ctl", "", errno);
}

// The pod's named container port, as kubectl resolves `8080:http` before it forwards.
std::uint16_t named_port(const state::StateStore& store, const PortForwardRequest& r, const std::string& name) {
  std::optional<std::string> text = files::read(store.paths(r.ns, r.pod).manifest());
  nlohmann::json pod = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
  if (pod.is_object() && pod.contains("spec"))
    for (const char* list : {"containers", "initContainers"})
      for (const auto& c : pod["spec"].value(list, nlohmann::json::array()))
        for (const auto& p : c.value("ports", nlohmann::json::array()))
          if (p.value("name", "") == name && p.value("containerPort", 0) > 0)
            return static_cast<std::uint16_t>(p.value("containerPort", 0));
  throw NotFound("Pod '" + r.pod + "' does not have a named port '" + name + "'");
}

}  // namespace

PortPair parse_port_pair(const std::string& text) {
  PortPair p;
  std::string local = text, remote = text;
  if (auto colon = text.find(':'); colon != std::string::npos) {
    local = text.substr(0, colon);
    remote = text.substr(colon + 1);
    if (local.empty()) local = "0";
  }
  if (remote.empty()) throw std::invalid_argument("error parsing remote port in '" + text + "': empty");
  p.local = parse_port(local, "local");
  if (remote.find_first_not_of("0123456789") != std::string::npos) {
    // A named port: a container port's name (an IANA_SVC_NAME), resolved against the pod.
    if (text.find(':') == std::string::npos) throw std::invalid_argument("error parsing local port '" + text + "': not a port number");
    p.remote_name = remote;
  } else {
    p.remote = parse_port(remote, "remote");
    if (p.remote == 0) throw std::invalid_argument("remote port must be > 0");
  }
  return p;
}

int port_forward(const Context& ctx, const PortForwardRequest& request, const PortForwardEvents& events) {
  // 1. The pod: running, and its sandbox's network namespace.
  state::StateStore store(ctx.state_root);
  std::optional<state::PodState> s = store.load(request.ns, request.pod);
  if (!s) throw NotFound("pods \"" + request.pod + "\" not found");
  if (s->phase != state::PodPhase::Running || !process_alive(s->pause_pid, s->pause_start))
    throw NotFound("unable to forward port because pod is not running. Current status=" + std::string(state::phase_name(s->phase)));
  const std::string netns_path = "/proc/" + std::to_string(s->pause_pid) + "/ns/net";
  UniqueFd netns(::open(netns_path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!netns) throw SysError("port-forward", "open", netns_path, errno);
  // Opened, then checked again: the fd is of this pod's holder, not of a process that took its pid.
  if (!process_alive(s->pause_pid, s->pause_start)) throw NotFound("lost connection to pod");

  std::vector<PortPair> ports = request.ports;
  for (PortPair& p : ports)
    if (p.remote == 0) p.remote = named_port(store, request, p.remote_name);

  // 2. The listeners: every requested address for every pair; a pair with no listener at all
  // is an error (kubectl: "unable to listen on any of the requested ports").
  struct Listener {
    UniqueFd fd;
    std::uint16_t local, remote;
  };
  std::vector<Listener> listeners;
  for (const PortPair& p : ports) {
    std::uint16_t local = p.local;
    std::string failures;
    std::size_t before = listeners.size();
    for (const std::string& a : request.addresses) {
      std::vector<std::string> literal = a == "localhost" ? std::vector<std::string>{"127.0.0.1", "::1"} : std::vector<std::string>{a};
      for (const std::string& addr : literal) {
        try {
          // In a rootless session this process is in the session's network namespace: the
          // keeper listens on the host's address instead, where the user expects the port.
          UniqueFd fd = exec::in_user_session() ? exec::host_port_socket(std::getenv("PODRUN_ROOTLESS_DIR"), false, addr, local)
                                                : net::listen_tcp(addr, local);
          if (::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) | O_NONBLOCK) != 0) throw SysError("listen", "fcntl", addr, errno);
          local = net::bound_port(fd.get());  // port 0: the next address gets the same port
          if (events.listening) events.listening(addr, local, p.remote);
          listeners.push_back({std::move(fd), local, p.remote});
        } catch (const SysError& e) {
          // ::1 without IPv6 on the host is not a failure when 127.0.0.1 listens.
          if (!(a == "localhost" && addr == "::1")) failures += (failures.empty() ? "" : "; ") + std::string(e.what());
        }
      }
    }
    if (listeners.size() == before || !failures.empty())
      throw SysError("unable to listen on port " + std::to_string(p.local) + ": " + (failures.empty() ? "no address" : failures));
  }

  // 3. SIGINT and SIGTERM end the relay cleanly: read from a signalfd, not handled.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGHUP);
  sigset_t old;
  ::sigprocmask(SIG_BLOCK, &stop, &old);
  UniqueFd sigfd(::signalfd(-1, &stop, SFD_CLOEXEC | SFD_NONBLOCK));
  UniqueFd epoll(::epoll_create1(EPOLL_CLOEXEC));
  if (!sigfd || !epoll) throw SysError("port-forward", "signalfd/epoll_create1", "", errno);
  // Tags: 0 the signals, 1..N the listeners, above that connections (tag = id << 1 | side).
  constexpr std::uint64_t kSignals = 0, kFirstConnection = 1ull << 32;
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.u64 = kSignals;
  ::epoll_ctl(epoll.get(), EPOLL_CTL_ADD, sigfd.get(), &ev);
  for (std::size_t i = 0; i < listeners.size(); ++i) {
    ev.data.u64 = i + 1;
    ::epoll_ctl(epoll.get(), EPOLL_CTL_ADD, listeners[i].fd.get(), &ev);
  }

  // 4. The relay, until a signal or the pod's end.
  std::map<std::uint64_t, std::unique_ptr<Relay>> relays;
  std::uint64_t next_id = kFirstConnection;
  int rc = -1;
  while (rc < 0) {
    epoll_event evs[64];
    int n = ::epoll_wait(epoll.get(), evs, 64, 1000);
    if (n < 0 && errno != EINTR) throw SysError("port-forward", "epoll_wait", "", errno);
    if (!process_alive(s->pause_pid, s->pause_start)) {
      ::sigprocmask(SIG_SETMASK, &old, nullptr);
      throw NotFound("lost connection to pod");
    }
    for (int i = 0; i < n && rc < 0; ++i) {
      const std::uint64_t tag = evs[i].data.u64;
      if (tag == kSignals) {
        // Taken off the queue: still pending when the mask is restored, it would kill us.
        signalfd_siginfo info{};
        while (::read(sigfd.get(), &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {}
        rc = 0;
      } else if (tag < kFirstConnection) {
        Listener& l = listeners[tag - 1];
        for (;;) {
          UniqueFd client(::accept4(l.fd.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
          if (!client) break;
          if (events.connection) events.connection(l.local);
          auto relay = std::make_unique<Relay>();
          try {
            relay->pod = net::connect_in_netns(netns.get(), l.remote);
          } catch (const SysError& e) {
            if (events.connection_failed)
              events.connection_failed("an error occurred forwarding " + std::to_string(l.local) + " -> " + std::to_string(l.remote) +
                                       ": " + e.what());
            continue;  // the client's connection closes; the next one may find the port open
          }
          relay->client = std::move(client);
          relay->out.from = relay->back.to = relay->client.get();
          relay->out.to = relay->back.from = relay->pod.get();
          const std::uint64_t id = next_id++;
          watch(epoll.get(), relay->client.get(), id << 1);
          watch(epoll.get(), relay->pod.get(), id << 1 | 1);
          relays[id] = std::move(relay);
        }
      } else {
        auto it = relays.find(tag >> 1);
        if (it == relays.end()) continue;
        Relay& r = *it->second;
        bool alive = pump(r.out) && pump(r.back);
        const bool error = (evs[i].events & EPOLLERR) != 0;
        if (!alive || error || (r.out.done() && r.back.done())) relays.erase(it);  // closes both sockets
      }
    }
  }
  ::sigprocmask(SIG_SETMASK, &old, nullptr);
  return rc;
}

}  // namespace podrun::pods
