// A pod's supervisor process (podrun-supervisor, src/supervisor/), started before the manifest
// is read: its process start-up (about 1 ms) runs on the other CPU while the pod manager
// validates and plans. It waits on a socket for its pod's directory and does nothing before;
// one never given a pod exits when this object goes (its socket closes), having changed
// nothing. One whose exec failed says so on the report pipe, and start() throws it.
#pragma once

#include <sys/types.h>

#include <string>

#include "common/error.h"
#include "common/fd.h"

namespace podrun::exec {

// A binary podrun runs, installed next to the running podrun (podrun-pause, podrun-supervisor).
std::string helper_binary(const std::string& name);
// This process's own binary (/proc/self/exe), "" when it cannot be read.
std::string self_binary();

class StandbySupervisor {
 public:
  StandbySupervisor() = default;
  static StandbySupervisor spawn(const std::string& binary);  // throws SysError
  StandbySupervisor(StandbySupervisor&& o) noexcept { *this = std::move(o); }
  StandbySupervisor& operator=(StandbySupervisor&& o) noexcept;
  ~StandbySupervisor();
  explicit operator bool() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }

  // Hands it the pod: from here on it is the pod's supervisor, and this object forgets it;
  // the returned fd is its report pipe ("OK" or "ERR ..." once the pod runs or failed).
  UniqueFd start(const std::string& pod_dir);

 private:
  void dismiss();  // a supervisor never given a pod: its socket closed, it exits, reaped here
  pid_t pid_ = -1;
  UniqueFd pod_dir_;  // its fd 4, a socket
  UniqueFd report_;   // its fd 3
};

}  // namespace podrun::exec
