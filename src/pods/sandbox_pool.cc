#include "pods/sandbox_pool.h"

#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/files.h"
#include "common/log.h"
#include "pods/serve.h"

namespace podrun::pods {

using Clock = std::chrono::steady_clock;

namespace {
constexpr std::chrono::milliseconds kRefillDelay{200};
}  // namespace

std::string sandbox_pool_socket(const Context& ctx) { return ctx.state_root + "/pool.sock"; }

bool sandbox_pool_may_answer(const Context& ctx) {
  using nlohmann::json;
  if (!files::exists(sandbox_pool_socket(ctx))) return false;
  json status = json::parse(files::read(serve_status_path(ctx)).value_or(""), nullptr, false);
  if (!status.is_object() || !status.contains("pid") || !status["pid"].is_number_integer()) return true;  // cannot tell: ask it
  const auto pid = status["pid"].get<long long>();
  return pid > 0 && pid <= INT32_MAX && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

SandboxPool::SandboxPool(const Context& ctx, int size, const SupervisorSettings& settings)
    : socket_path_(sandbox_pool_socket(ctx)), size_(static_cast<std::size_t>(size)), binary_(exec::helper_binary("podrun-supervisor")) {
  // 1. The directory each pause holder mounts its empty root over (in its own mount namespace).
  const std::string empty_root = ctx.state_root + "/pool";
  if (!files::make_dirs(empty_root, 0700)) throw SysError("serve: the sandbox pool", "mkdir", empty_root, errno);
  args_ = {"--sandbox", exec::helper_binary("podrun-pause"), empty_root, settings.bridge, settings.subnet};
  // 2. The socket: only this user may connect (the state root is root's, or the user's own).
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (socket_path_.size() >= sizeof addr.sun_path)
    throw SysError("serve: the sandbox pool's socket path " + socket_path_ + " is longer than a unix socket's " +
                   std::to_string(sizeof addr.sun_path - 1) + " bytes (use a shorter --root)");
  std::memcpy(addr.sun_path, socket_path_.data(), socket_path_.size());
  listener_ = UniqueFd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (!listener_) throw SysError("serve: the sandbox pool", "socket", "", errno);
  ::unlink(socket_path_.c_str());
  mode_t old = ::umask(0177);
  int rc = ::bind(listener_.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  int err = errno;
  ::umask(old);
  if (rc != 0) throw SysError("serve: the sandbox pool", "bind", socket_path_, err);
  if (::listen(listener_.get(), 64) != 0) throw SysError("serve: the sandbox pool", "listen", socket_path_, errno);
  // 3. The sandboxes, made in the background: serve's first sync runs meanwhile.
  refill();
}

SandboxPool::~SandboxPool() {
  ::unlink(socket_path_.c_str());
  listener_.reset();
  // Each supervisor not handed out sees EOF, kills its pause holder, frees its address and
  // exits; its report pipe closes then. Waited for, so that nothing of the pool outlives serve.
  std::vector<UniqueFd> reports;
  auto close_all = [&](auto& list) {
    for (auto& s : list) {
      reports.emplace_back(::dup(s.report_fd()));
      s = exec::StandbySupervisor();  // dismissed: its pod socket closed (not our child: not reaped)
    }
  };
  close_all(starting_);
  close_all(ready_);
  auto until = Clock::now() + std::chrono::seconds(5);
  for (auto& r : reports) {
    while (r && Clock::now() < until) {
      pollfd pfd{r.get(), POLLIN, 0};
      if (::poll(&pfd, 1, 100) <= 0) continue;
      char buf[256];
      ssize_t n = ::read(r.get(), buf, sizeof buf);
      if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) break;
    }
  }
}

void SandboxPool::refill() {
  if (Clock::now() < retry_at_) return;
  while (starting_.size() + ready_.size() < size_) {
    try {
      starting_.push_back(exec::StandbySupervisor::spawn_pooled(binary_, args_));
    } catch (const std::exception& e) {
      log::warn(std::string("serve: the sandbox pool: ") + e.what());
      retry_at_ = Clock::now() + std::chrono::seconds(5);
      return;
    }
  }
}

void SandboxPool::wait_ready(std::chrono::milliseconds timeout) {
  auto until = Clock::now() + timeout;
  while (!starting_.empty() && Clock::now() < until) {
    std::vector<pollfd> fds;
    for (const auto& s : starting_) fds.push_back({s.report_fd(), POLLIN, 0});
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    if (::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, left))) <= 0) continue;
    for (const auto& p : fds)
      if (p.revents) on_report(p.fd);
  }
}

void SandboxPool::add_poll_fds(std::vector<pollfd>& fds) const {
  fds.push_back({listener_.get(), POLLIN, 0});
  for (const auto& s : starting_) fds.push_back({s.report_fd(), POLLIN, 0});
  for (const auto& s : ready_) fds.push_back({s.report_fd(), 0, 0});  // POLLHUP: it died waiting
}

int SandboxPool::wait_ms() const {
  if (starting_.size() + ready_.size() >= size_) return 60'000;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(retry_at_ - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(ms, 0, 60'000));
}

// A standby supervisor's first line: "READY" (its sandbox is made), or "ERR <why>" and EOF.
// Read to the end of "READY\n" and no further: the rest of the pipe is the pod's report, for
// the apply that takes it.
void SandboxPool::on_report(int fd) {
  std::size_t i = 0;
  while (i < starting_.size() && starting_[i].report_fd() != fd) ++i;
  if (i == starting_.size()) return;  // not a starting one's
  char buf[6];
  ssize_t n = ::read(starting_[i].report_fd(), buf, sizeof buf);
  if (n == 6 && std::memcmp(buf, "READY\n", 6) == 0) {
    ready_.push_back(std::move(starting_[i]));
  } else {
    std::string said(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    char more[512];
    for (ssize_t m; n > 0 && (m = ::read(starting_[i].report_fd(), more, sizeof more)) > 0;) said.append(more, static_cast<std::size_t>(m));
    while (!said.empty() && said.back() == '\n') said.pop_back();
    log::warn("serve: the sandbox pool: a sandbox was not made: " +
              (said.rfind("ERR ", 0) == 0 ? said.substr(4) : "its supervisor exited"));
    retry_at_ = Clock::now() + std::chrono::seconds(5);
  }
  starting_.erase(starting_.begin() + static_cast<std::ptrdiff_t>(i));
}

void SandboxPool::answer(int client) {
  // Only this user's processes: a sandbox is a root-made namespace set on the host's bridge.
  ucred peer{};
  socklen_t len = sizeof peer;
  if (::getsockopt(client, SOL_SOCKET, SO_PEERCRED, &peer, &len) != 0 || peer.uid != ::geteuid()) return;
  std::optional<exec::StandbySupervisor> s = take();
  // Sent, or the client went away: either way this sandbox is never offered to another.
  if (s) s->hand_over(client);
  else if (::send(client, "none", 4, MSG_NOSIGNAL) < 0) {}  // apply starts a supervisor of its own
}

std::optional<exec::StandbySupervisor> SandboxPool::take() {
  if (ready_.empty()) return std::nullopt;
  std::optional<exec::StandbySupervisor> s(std::move(ready_.front()));
  ready_.pop_front();
  ++handed_out_;
  // The next sandbox is made once the pod that took this one has started: made now, its
  // network namespace and veth would compete with that start for the CPUs and the rtnl lock.
  retry_at_ = std::max(retry_at_, Clock::now() + kRefillDelay);
  return s;
}

void SandboxPool::on_poll(const std::vector<pollfd>& fds) {
  for (const auto& p : fds) {
    if (!p.revents) continue;
    if (p.fd == listener_.get()) {
      for (int c; (c = ::accept4(listener_.get(), nullptr, nullptr, SOCK_CLOEXEC)) >= 0;) {
        UniqueFd client(c);
        answer(client.get());
      }
      continue;
    }
    on_report(p.fd);
    for (auto it = ready_.begin(); it != ready_.end(); ++it)
      if (it->report_fd() == p.fd && (p.revents & (POLLHUP | POLLERR))) {
        log::warn("serve: the sandbox pool: a pooled sandbox's supervisor died while it waited; another is made");
        ready_.erase(it);
        break;
      }
  }
  refill();
}

}  // namespace podrun::pods
