// CrashLoopBackOff: how long a container waits before its next restart (pure, unit-tested).
//
// The kubelet restarts a container the first time at once, then after 10 s, 20 s, 40 s, ...
// capped at 300 s; a container that ran 10 minutes without trouble starts over. The base, cap
// and reset are settings so that tests (and impatient teachers) can shorten them:
// `podrun apply --backoff-base 200ms`.
#pragma once

#include <chrono>

#include "exec/run_config.h"

namespace podrun::supervisor {

using Millis = std::chrono::milliseconds;
using exec::BackoffPolicy;

// The delay before the restart that follows the `streak`-th exit in a row (streak >= 1).
inline Millis restart_delay(const BackoffPolicy& p, int streak) {
  if (streak <= 1) return Millis{0};
  Millis d = p.base;
  for (int i = 2; i < streak && d < p.max; ++i) d *= 2;
  return d < p.max ? d : p.max;
}

// The streak after an exit, given the previous streak and how long the instance ran.
inline int next_streak(const BackoffPolicy& p, int previous, Millis ran) { return ran >= p.reset_after ? 1 : previous + 1; }

}  // namespace podrun::supervisor
