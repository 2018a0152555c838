#include "exec/placement.h"

#include <cstdlib>

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

std::string cpu_list(const CpuAffinity& a) {
  std::string out;
  if (a.known)
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
      if (CPU_ISSET(cpu, &a.set)) out += std::to_string(cpu) + ",";
  return out;
}

CpuAffinity parse_cpu_list(const std::string& text) {
  CpuAffinity a;
  CPU_ZERO(&a.set);
  for (std::size_t at = 0; at < text.size();) {
    char* end = nullptr;
    long cpu = std::strtol(text.c_str() + at, &end, 10);
    if (end == text.c_str() + at || cpu < 0 || cpu >= CPU_SETSIZE) break;
    CPU_SET(static_cast<int>(cpu), &a.set);
    a.known = true;
    at = static_cast<std::size_t>(end - text.c_str()) + 1;
  }
  return a;
}

}  // namespace podrun::exec
