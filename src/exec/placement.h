// Where a helper child runs. podrun forks helpers to work in parallel with their parent (the
// pause holder makes the pod's namespaces while the supervisor makes cgroups; the supervisor
// starts while the CLI validates). The scheduler queues a fresh child on its parent's CPU and
// an idle CPU pulls it only at its next balancing tick (4 ms at HZ=250): measured here, a fork
// with 2 ms of work on each side took 3.8 ms, and 2.5 ms with the child placed on the other CPU
// by its parent right after the fork. A child placed so gives its inherited affinity back
// before it execs: nothing podrun starts stays pinned.
#pragma once

#include <sched.h>
#include <sys/types.h>

#include <string>

namespace podrun::exec {

// The calling thread's CPU affinity, read before a fork so that the child can restore it.
struct CpuAffinity {
  cpu_set_t set;
  bool known = false;
};
CpuAffinity current_affinity();

// In the parent, right after the fork: moves `child` to a CPU of `allowed` other than the one
// the caller runs on. Does nothing with a single allowed CPU, and ignores failures (a cpuset
// may forbid it): placement only changes speed.
void place_on_other_cpu(pid_t child, const CpuAffinity& allowed);

// In the child, before exec: the affinity it inherited. Async-signal-safe (one syscall).
void restore_affinity(const CpuAffinity& inherited);

// An affinity as text ("0,1,") and back, for a helper told its CPUs by its parent (the CLI
// tells its early supervisor). Parsing stops at the first character that is not a CPU
// number; no CPU read: known is false.
std::string cpu_list(const CpuAffinity& a);
CpuAffinity parse_cpu_list(const std::string& text);

}  // namespace podrun::exec
