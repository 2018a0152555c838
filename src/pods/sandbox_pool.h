// podrun serve --sandbox-pool N: N standby supervisors, each with a pod sandbox made ahead of
// time (exec/sandbox_pool.h), claimed by `podrun apply` in ROOT/pool.d without a word to
// serve (exec/pool_claim.h), and refilled in the background. apply claims one for each pod
// whose plan fits (plan/sandbox_pool.h): from then on it is the pod's supervisor, as one apply
// started itself; serve hears "TAKEN" from it and makes another. None ready: apply starts its
// own.
#pragma once

#include <poll.h>

#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "exec/supervisor_process.h"
#include "pods/apply.h"
#include "pods/context.h"

namespace podrun::pods {

// ROOT/pool.d: where each ready pooled supervisor listens (exec/pool_claim.h).
std::string sandbox_pool_claim_dir(const Context& ctx);

// Whether serve's pool may have a sandbox for apply: a supervisor listed there is alive. A
// killed serve's supervisors remove their names as they exit; a name a killed supervisor left
// reads as none (apply then starts its own early supervisor, which makes its sandbox ahead),
// and the claim removes it.
bool sandbox_pool_may_answer(const Context& ctx);

class SandboxPool {
 public:
  // Makes ROOT/pool.d (mode 0700; what an old serve left is removed: serve's lock says no
  // other serve runs on ROOT) and starts `size` standby supervisors. Throws SysError.
  SandboxPool(const Context& ctx, int size, const SupervisorSettings& settings);
  // Discards the sandboxes not claimed (their supervisors remove their names, undo them and
  // exit; waited for, at most 5 s).
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

  // A ready sandbox's supervisor for a pod of this process (serve's own syncs), claimed as an
  // apply claims one (by its name in ROOT/pool.d) and handed its pod on the socket serve
  // started it with; nullopt when none is ready.
  std::optional<exec::StandbySupervisor> take();

  std::size_t ready() const { return ready_.size(); }
  std::size_t handed_out() const { return handed_out_; }

 private:
  void refill();
  void on_report(int report_fd);        // of a supervisor in starting_: READY, or why not
  void on_ready_report(int report_fd);  // of one in ready_: TAKEN (claimed), or it died
  bool claim_abandoned();               // a ready one's name gone with no TAKEN: given back if its claimer died
  void count_handed_out();              // one more claimed; the refill waits for its pod's start

  std::string claim_dir_;
  std::size_t size_;
  std::vector<std::string> args_;  // --sandbox PAUSE EMPTY_ROOT BRIDGE SUBNET CLAIM_DIR
  std::string binary_;
  std::vector<exec::StandbySupervisor> starting_;  // making their sandboxes
  std::deque<exec::StandbySupervisor> ready_;      // "READY": claimed by whoever comes first
  std::size_t handed_out_ = 0;
  bool claim_pending_ = false;                        // a ready one's name was gone at the last look (claim_abandoned)
  std::chrono::steady_clock::time_point retry_at_{};  // after a sandbox failed: no refill before
};

}  // namespace podrun::pods
