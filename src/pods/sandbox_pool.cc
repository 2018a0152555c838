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
#include <filesystem>

#include "common/error.h"
#include "common/files.h"
#include "common/log.h"
#include "exec/pool_claim.h"
#include "pods/serve.h"

namespace podrun::pods {

using Clock = std::chrono::steady_clock;

namespace {
constexpr std::chrono::milliseconds kRefillDelay{200};
}  // namespace

std::string sandbox_pool_claim_dir(const Context& ctx) { return ctx.state_root + "/pool.d"; }

bool sandbox_pool_may_answer(const Context& ctx) { return exec::pool_may_have_ready(sandbox_pool_claim_dir(ctx)); }

SandboxPool::SandboxPool(const Context& ctx, int size, const SupervisorSettings& settings)
    : claim_dir_(sandbox_pool_claim_dir(ctx)), size_(static_cast<std::size_t>(size)), binary_(exec::helper_binary("podrun-supervisor")) {
  // 1. The directory each pause holder mounts its empty root over (in its own mount namespace).
  const std::string empty_root = ctx.state_root + "/pool";
  if (!files::make_dirs(empty_root, 0700)) throw SysError("serve: the sandbox pool", "mkdir", empty_root, errno);
  // 2. Where the ready ones listen to be claimed: only this user may enter (the state root is
  //    root's, or the user's own). What an old serve's left is gone: a name there is claimed
  //    by an apply only when its supervisor is alive, and a new serve's supervisors have new pids.
  if (!files::make_dirs(claim_dir_, 0700)) throw SysError("serve: the sandbox pool", "mkdir", claim_dir_, errno);
  if (::chmod(claim_dir_.c_str(), 0700) != 0) throw SysError("serve: the sandbox pool", "chmod", claim_dir_, errno);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(claim_dir_, ec)) std::filesystem::remove(entry.path(), ec);
  // The supervisor's socket path must fit a unix socket's (its pid has at most 7 digits).
  sockaddr_un addr{};
  if (exec::pool_claim_path(claim_dir_, 4194304).size() + std::string(".claimed-4194304").size() >= sizeof addr.sun_path)
    throw SysError("serve: the sandbox pool's directory " + claim_dir_ + " is too long for a unix socket's path (" +
                   std::to_string(sizeof addr.sun_path - 1) + " bytes; use a shorter --root)");
  args_ = {"--sandbox", exec::helper_binary("podrun-pause"), empty_root, settings.bridge, settings.subnet, claim_dir_};
  // 3. The sandboxes, made in the background: serve's first sync runs meanwhile.
  refill();
}

SandboxPool::~SandboxPool() {
  // Each supervisor not claimed sees EOF, kills its pause holder, frees its address and
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
  for (const auto& s : starting_) fds.push_back({s.report_fd(), POLLIN, 0});
  for (const auto& s : ready_) fds.push_back({s.report_fd(), POLLIN, 0});  // TAKEN, or end of file: it died waiting
}

// A claim abandoned between its rename and its connect: looked at again every second until
// its supervisor's TAKEN comes or its name is back (exec::restore_abandoned_claim).
bool SandboxPool::claim_abandoned() {
  bool missing = false;
  for (const auto& s : ready_)
    if (::access(exec::pool_claim_path(claim_dir_, s.pid()).c_str(), F_OK) != 0)
      missing = !exec::restore_abandoned_claim(claim_dir_, s.pid()) || missing;
  return missing;
}

int SandboxPool::wait_ms() const {
  if (claim_pending_) return 1000;
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

void SandboxPool::count_handed_out() {
  ++handed_out_;
  // The next sandbox is made once the pod that took this one has started: made now, its
  // network namespace and veth would compete with that start for the CPUs and the rtnl lock.
  retry_at_ = std::max(retry_at_, Clock::now() + kRefillDelay);
}

// A ready one's report pipe says "TAKEN" when an apply has claimed it: the pipe is then the
// pod's no more (the apply has one of its own) and ends. End of file without it: it died.
void SandboxPool::on_ready_report(int fd) {
  auto it = std::find_if(ready_.begin(), ready_.end(), [fd](const auto& s) { return s.report_fd() == fd; });
  if (it == ready_.end()) return;
  char buf[6];
  ssize_t n = ::read(fd, buf, sizeof buf);
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (n == 6 && std::memcmp(buf, "TAKEN\n", 6) == 0) {
    count_handed_out();
  } else {
    log::warn("serve: the sandbox pool: a pooled sandbox's supervisor died while it waited; another is made");
    ::unlink(exec::pool_claim_path(claim_dir_, it->pid()).c_str());  // a killed one's name
  }
  ready_.erase(it);  // forgotten without a word: not ours to reap, its socket is the pod's or dead
}

std::optional<exec::StandbySupervisor> SandboxPool::take() {
  // The first that no apply has claimed meanwhile (its TAKEN may not have come yet).
  for (auto it = ready_.begin(); it != ready_.end(); ++it) {
    if (!exec::claim_pooled_by_pid(claim_dir_, it->pid())) continue;
    std::optional<exec::StandbySupervisor> s(std::move(*it));
    ready_.erase(it);
    count_handed_out();
    return s;
  }
  return std::nullopt;
}

void SandboxPool::on_poll(const std::vector<pollfd>& fds) {
  for (const auto& p : fds) {
    if (!p.revents) continue;
    if (std::any_of(ready_.begin(), ready_.end(), [&p](const auto& s) { return s.report_fd() == p.fd; })) on_ready_report(p.fd);
    else on_report(p.fd);
  }
  claim_pending_ = claim_abandoned();
  refill();
}

}  // namespace podrun::pods
