#include "exec/placement.h"

namespace podrun::exec {

CpuAffinity current_affinity() {
  CpuAffinity a;
  CPU_ZERO(&a.set);
  a.known = ::sched_getaffinity(0, sizeof a.set, &a.set) == 0;
  return a;
}

void place_on_other_cpu(pid_t child, const CpuAffinity& allowed) {
  if (!allowed.known || child <= 0 || CPU_COUNT(&allowed.set) < 2) return;
  int here = ::sched_getcpu();
  // The next allowed CPU after ours, wrapping: a fixed choice keeps two helpers of one
  // parent apart on a two-CPU machine.
  for (int step = 1; step < CPU_SETSIZE; ++step) {
    int cpu = (here + step) % CPU_SETSIZE;
    if (cpu == here || !CPU_ISSET(cpu, &allowed.set)) continue;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    ::sched_setaffinity(child, sizeof one, &one);
    return;
  }
}

void restore_affinity(const CpuAffinity& inherited) {
  if (inherited.known) ::sched_setaffinity(0, sizeof inherited.set, &inherited.set);
}

}  // namespace podrun::exec
