// A pod's supervisor process (podrun-supervisor, src/supervisor/), started before the manifest
// is read: its process start-up (about 1 ms) runs on the other CPU while the pod manager
// validates and plans. It waits on a socket for its pod's directory and does nothing before;
// one never given a pod exits when this object goes (its socket closes), having changed
// nothing. One whose exec failed says so on the report pipe, and start() throws it.
#pragma once

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/fd.h"

namespace podrun::plan {
enum class SandboxShape;  // plan/sandbox_pool.h
}  // namespace podrun::plan

namespace podrun::exec {

struct PodAhead;        // exec/sandbox_pool.h
struct SupervisorExec;  // what a child shares with its parent until its exec (supervisor_process.cc)
struct SupervisorExecFree {
  void operator()(SupervisorExec* x) const;
};

// The lines of the hand-over's storage word (StandbySupervisor::start).
inline constexpr const char* kStorageFollows = "storage-follows";
inline constexpr const char* kStorageMade = "storage-made";

// A binary podrun runs, installed next to the running podrun (podrun-pause, podrun-supervisor).
std::string helper_binary(const std::string& name);
// This process's own binary (/proc/self/exe), "" when it cannot be read.
std::string self_binary();

class StandbySupervisor {
 public:
  StandbySupervisor() = default;
  static StandbySupervisor spawn(const std::string& binary);  // throws SysError
  // apply's first: `podrun-supervisor --ahead PAUSE BRIDGE SUBNET CPUS`, our child: it makes
  // the part of a sandbox no plan changes while it waits for its pod (exec/sandbox_pool.h,
  // make_sandbox_ahead), as far as tell_fit() lets it.
  static StandbySupervisor spawn_ahead(const std::string& binary, const std::vector<std::string>& pause_bridge_subnet);
  // serve's pool: `podrun-supervisor ARGS...` (--sandbox ...), nobody's child (a short-lived
  // child forks it): it outlives serve with its pod, and nothing has to reap it.
  static StandbySupervisor spawn_pooled(const std::string& binary, const std::vector<std::string>& args);
  // One from serve's pool, claimed in `claim_dir` (exec/pool_claim.h: serve is not asked);
  // nullopt when none is ready there (no serve, an empty pool, all taken meanwhile).
  static std::optional<StandbySupervisor> take_pooled(const std::string& claim_dir);
  StandbySupervisor(StandbySupervisor&& o) noexcept { *this = std::move(o); }
  StandbySupervisor& operator=(StandbySupervisor&& o) noexcept;
  ~StandbySupervisor();
  explicit operator bool() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }

  // For one from spawn_ahead: the shape of sandbox the pod it will most likely be given fits
  // ("ahead", "ahead pid" — it then makes one with a PID namespace, exec/sandbox_pool.h — or,
  // nullopt, "none" on its socket). Once; nothing for another, or when the send fails
  // (start() says why).
  void tell_fit(std::optional<plan::SandboxShape> fits);
  // For one from spawn_ahead, after tell_fit() and before tell_pod_ahead(): the run
  // configuration of the pod it is about to be handed (encode_run_config_word's, one line),
  // which it decodes while this process makes the pod's directory, instead of reading run.json
  // after the hand-over. The caller writes the same configuration to run.json (its restarts
  // read it, and a supervisor of another build that cannot read the word).
  // Nothing for another, nor for a text too long to be sure the send does not block.
  void tell_run_config(const std::string& text);
  // Then, for the pod it is about to be handed: its cgroups, made, and the pause holder made
  // ahead released into them, while this process writes the pod's directory
  // (exec/sandbox_pool.h, PodAhead). Once, after a tell_fit() with a shape, or for one from the pool
  // (take_pooled: the caller takes one only for a pod that fits); nothing for another.
  void tell_pod_ahead(const PodAhead& pod);
  // Hands it the pod: from here on it is the pod's supervisor, and this object forgets it;
  // the returned fd is its report pipe ("OK" or "ERR ..." once the pod runs or failed).
  // With `storage_word`, the caller makes the pod's storage on disk (attach_pod_storage)
  // while the supervisor goes on with the pod: the socket is moved there, and the caller
  // writes kStorageMade on it once the storage is made, or closes it without (the supervisor
  // then makes it, or what is missing of it). The supervisor waits for that word before its
  // own storage step and before any teardown.
  UniqueFd start(const std::string& pod_dir, UniqueFd* storage_word = nullptr);
  // Its report pipe, for a pool to read its "READY" (then "TAKEN") line from.
  int report_fd() const { return report_.get(); }

 private:
  static StandbySupervisor spawn(const std::string& binary, const std::vector<std::string>& args, bool detached);
  void dismiss();              // a supervisor never given a pod: its socket closed, it exits, reaped here (when ours)
  void release_exec_memory();  // freed once the child has exec'd, else kept for good
  pid_t pid_ = -1;
  bool reap_ = true;           // our child
  bool ahead_ = false;         // from spawn_ahead, not yet told tell_fit()
  bool told_fit_ = false;      // told tell_fit(), not yet tell_pod_ahead()
  bool takes_config_ = false;  // from spawn_ahead and told tell_fit(), or take_pooled: not yet a config or the pod's word
  bool claimed_ = false;       // from take_pooled: its report pipe not yet received (start())
  UniqueFd pod_dir_;           // its fd 4, a socket
  UniqueFd report_;            // its fd 3
  // The memory its child read (binary, arguments, environment, stack) until its execve, and
  // a pipe's read end that has end of file once that execve happened.
  std::unique_ptr<SupervisorExec, SupervisorExecFree> exec_memory_;
  UniqueFd exec_done_;
};

}  // namespace podrun::exec
