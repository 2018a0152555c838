// Pod state under /run/podrun (--root, PODRUN_ROOT):
//
//   <root>/lock                          global lock: creating and removing pod directories
//   <root>/pods/<namespace>/<name>/      one directory per pod
//       lock                             the pod's lock: every state write holds it
//       state.json                       phase, pids with start times, container states
//       pod.json                         the manifest as applied (for get -o yaml|json)
//       plan.json                        the plan the pod was started from
//       etc-hosts, hostname, resolv.conf, shm/, volumes/, containers/<name>/...
//
// state.json is written atomically (temporary file, fsync, rename). /run is a tmpfs: after a
// reboot it is empty, and nothing runs, which is the truth.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"

namespace podrun::state {

struct ContainerState {
  std::string name;
  std::string type;  // init, sidecar, app
  int pid = 0;
  unsigned long long start_time = 0;  // of the pid (see exec::process_start_time)
  std::string state = "waiting";      // waiting, running, terminated
  std::string reason;                 // ContainerCreating, Completed, Error, StartError, ...
  std::string message;
  int exit_code = 0;
  int signal = 0;
  int restart_count = 0;
  std::string started_at, finished_at;
};

struct PodState {
  std::string ns, name, uid, spec_hash;
  std::string phase = "Pending";  // Pending, Running, Succeeded, Failed
  std::string reason, message;
  std::string created, start_time;
  int supervisor_pid = 0;
  unsigned long long supervisor_start = 0;
  int pause_pid = 0;
  unsigned long long pause_start = 0;
  std::vector<ContainerState> containers;
  bool deleting = false;
};

class StateStore {
 public:
  explicit StateStore(std::string root);
  const std::string& root() const { return root_; }
  std::string pod_dir(const std::string& ns, const std::string& name) const;

  std::optional<PodState> load(const std::string& ns, const std::string& name) const;
  void save(const PodState& s) const;  // atomic; the caller holds the pod's lock
  std::vector<PodState> list(const std::string& ns = "") const;  // "" = every namespace

  // flock(2) on a file, released when the object dies.
  class Lock {
   public:
    explicit Lock(int fd = -1) : fd_(fd) {}
    Lock(Lock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    Lock& operator=(Lock&& o) noexcept;
    Lock(const Lock&) = delete;
    ~Lock();

   private:
    int fd_;
  };
  Lock lock_global() const;
  Lock lock_pod(const std::string& ns, const std::string& name) const;

 private:
  std::string root_;
};

using podrun::now_rfc3339;  // time stamps in the state

}  // namespace podrun::state
