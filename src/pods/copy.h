// cp: files to and from a running container, as `kubectl cp` copies them, without running
// anything in it: the container is found as exec finds it (the first app container unless
// named, a debug container by its name), checked to be the very process the state recorded,
// and its filesystem reached from the host through that process's root (exec/copy.h says how
// every path stays inside it). Relative paths in the container start at its working directory.
#pragma once

#include <functional>
#include <string>

#include "pods/context.h"

namespace podrun::pods {

struct CopyRequest {
  std::string ns = "default", pod, container;  // "" = the first app container
  std::string container_path;                  // as the user wrote it: relative to the working directory
  std::string local;
  bool to_container = false;  // local → container (else container → local)
  bool preserve = true;       // false: --no-preserve (modes copied in masked by the container's umask)
};

// Throws NotFound (pods/exec.h: the pod, the container, or not running), exec::CopyError (a
// path that could not be copied), SysError. `warn` hears each entry skipped.
void copy_files(const Context& ctx, const CopyRequest& request, const std::function<void(const std::string&)>& warn);

}  // namespace podrun::pods
