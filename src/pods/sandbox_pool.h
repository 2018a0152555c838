// podrun serve --sandbox-pool N: N standby supervisors, each with a pod sandbox made ahead of
// time (exec/sandbox_pool.h), handed to `podrun apply` over ROOT/pool.sock and refilled in
// the background. apply asks for one for each pod whose plan fits (plan/sandbox_pool.h);
// serve passes the supervisor's pid, pod-directory socket and report pipe (SCM_RIGHTS) and
// forgets it: from then on it is the pod's supervisor, as one apply started itself. An empty
// pool answers "none" and apply starts its own.
#pragma once

#include <poll.h>

#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "common/fd.h"
#include "exec/supervisor_process.h"
#include "pods/apply.h"
#include "pods/context.h"

namespace podrun::pods {

// ROOT/pool.sock.
std::string sandbox_pool_socket(const Context& ctx);

// Whether a serve may answer on ROOT/pool.sock: the socket exists and the pid in serve's
// status is alive. A killed serve leaves its socket; apply then starts its own early
// supervisor (which makes its sandbox ahead) instead of asking a pool nobody keeps. A pid
// taken by another process since reads as alive: apply asks, finds no serve, and starts its
// own at the hand-over, as before.
bool sandbox_pool_may_answer(const Context& ctx);

class SandboxPool {
 public:
  // Listens on ROOT/pool.sock (mode 0600; an old one is replaced: serve's lock says no other
  // serve runs on ROOT) and starts `size` standby supervisors. Throws SysError.
  SandboxPool(const Context& ctx, int size, const SupervisorSettings& settings);
  // Removes the socket and discards the sandboxes not handed out (their supervisors undo them
  // and exit; waited for, at most 5 s).
  ~SandboxPool();
  SandboxPool(const SandboxPool&) = delete;
  SandboxPool& operator=(const SandboxPool&) = delete;

  // What the caller's poll waits on for the pool, appended to `fds`, and what it found.
  void add_poll_fds(std::vector<pollfd>& fds) const;
  void on_poll(const std::vector<pollfd>& fds);
  // Waits until every sandbox started is made (or failed), at most `timeout`: serve's first
  // sync then finds a full pool (the pods it restores at boot take from it).
  void wait_ready(std::chrono::milliseconds timeout);
  // Milliseconds until the pool has something to do without an fd (a refill after a failure).
  int wait_ms() const;

  // A ready sandbox's supervisor for a pod of this process (serve's own syncs), as answer()
  // gives one to another process; nullopt when none is ready.
  std::optional<exec::StandbySupervisor> take();

  std::size_t ready() const { return ready_.size(); }
  std::size_t handed_out() const { return handed_out_; }

 private:
  void refill();
  void answer(int client);
  void on_report(int report_fd);  // of a supervisor in starting_

  std::string socket_path_;
  UniqueFd listener_;
  std::size_t size_;
  std::vector<std::string> args_;  // --sandbox PAUSE EMPTY_ROOT BRIDGE SUBNET
  std::string binary_;
  std::vector<exec::StandbySupervisor> starting_;  // making their sandboxes
  std::deque<exec::StandbySupervisor> ready_;      // "READY": handed out first come, first served
  std::size_t handed_out_ = 0;
  std::chrono::steady_clock::time_point retry_at_{};  // after a sandbox failed: no refill before
};

}  // namespace podrun::pods
