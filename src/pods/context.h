// The pod manager (src/pods/): the library the CLI — and a long-running reconciler — call to
// apply, delete, collect and observe pods. It knows where things are and the machine's policy;
// the executor (src/exec/) does what touches the kernel, and src/cli/ parses flags and renders.
#pragma once

#include <stdexcept>
#include <string>

#include "host/machine_config.h"

namespace podrun::pods {

// Where a pod manager works.
struct Context {
  std::string state_root = "/run/podrun";        // --root, PODRUN_ROOT
  std::string storage_root = "/var/lib/podrun";  // --storage, PODRUN_STORAGE
  std::string config_path = host::kDefaultConfigPath;
  bool config_named = false;  // given by the user: it must exist
  int cgroup_version = 0;     // 0: detected; 1 or 2
};

// A setting of the caller's that cannot be right (a flag's value): the CLI's exit code 2.
struct BadSetting : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

}  // namespace podrun::pods
