#include "exec/rlimits.h"

#include <cerrno>

namespace podrun::exec {

ContainerRlimits container_rlimits() {
  constexpr rlim_t kInf = RLIM_INFINITY;
  constexpr rlim_t kMiB = 1024 * 1024;
  ContainerRlimits r;
  std::size_t n = 0;
  auto put = [&](int resource, rlim_t soft, rlim_t hard) { r.limits[n++] = {resource, {soft, hard}}; };
  put(RLIMIT_CPU, kInf, kInf);
  put(RLIMIT_FSIZE, kInf, kInf);
  put(RLIMIT_DATA, kInf, kInf);
  put(RLIMIT_STACK, 8 * kMiB, kInf);  // the kernel's _STK_LIM
  put(RLIMIT_CORE, kInf, kInf);       // containerd's unit: LimitCORE=infinity
  put(RLIMIT_RSS, kInf, kInf);
  put(RLIMIT_NPROC, kInf, kInf);            // containerd's unit: LimitNPROC=infinity (pids.max limits a pod)
  put(RLIMIT_NOFILE, 1024, 524288);         // systemd's DefaultLimitNOFILE (kernel.nr_open is 1048576)
  put(RLIMIT_MEMLOCK, 8 * kMiB, 8 * kMiB);  // the kernel's MLOCK_LIMIT, systemd's default
  put(RLIMIT_AS, kInf, kInf);
  put(RLIMIT_LOCKS, kInf, kInf);
  put(RLIMIT_MSGQUEUE, 819200, 819200);  // the kernel's MQ_BYTES_MAX
  put(RLIMIT_NICE, 0, 0);
  put(RLIMIT_RTPRIO, 0, 0);
  put(RLIMIT_RTTIME, kInf, kInf);
  // RLIMIT_SIGPENDING is left as it is: the kernel's default is a share of this machine's
  // threads-max, which the caller rarely changes.
  return r;
}

int apply_rlimits(const ContainerRlimits& want) {
  for (const auto& l : want.limits) {
    if (l.resource < 0) continue;
    rlimit v = l.value;
    if (::setrlimit(l.resource, &v) == 0) continue;
    if (errno != EPERM) return errno;
    // No CAP_SYS_RESOURCE: not above the hard limit there is.
    rlimit now{};
    if (::getrlimit(l.resource, &now) != 0) return errno;
    if (v.rlim_max > now.rlim_max) v.rlim_max = now.rlim_max;
    if (v.rlim_cur > v.rlim_max) v.rlim_cur = v.rlim_max;
    if (::setrlimit(l.resource, &v) != 0) return errno;
  }
  return 0;
}

}  // namespace podrun::exec
