// gc: what pods that are gone left behind — a supervisor killed with its pod's directory
// removed by hand, a reboot that emptied /run but not /var — found by podrun's own marks and
// released: address allocations whose pod does not run, a bridge no pod uses any more, hostPort
// rule tables and storage directories whose pod (named in them) is gone.
#pragma once

#include <string>
#include <vector>

#include "pods/context.h"

namespace podrun::pods {

struct GcReport {
  std::size_t addresses = 0;         // stale address allocations released
  std::vector<std::string> removed;  // "bridge/podrun0", "hostport-rules/podrun_hp_...", "storage/..."
  std::vector<std::string> errors;   // what could not be removed, and why
};

GcReport gc(const Context& ctx);

}  // namespace podrun::pods
