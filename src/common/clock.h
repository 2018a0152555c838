// Time stamps as Kubernetes writes them.
#pragma once

#include <string>

namespace podrun {

// Now, in UTC, as RFC 3339 with seconds: 2026-11-29T04:05:06Z.
std::string now_rfc3339();

}  // namespace podrun
