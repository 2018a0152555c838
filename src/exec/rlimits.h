// The resource limits every process podrun starts in a container begins with (its command,
// `podrun exec`, exec probes and hooks), whatever the `ulimit`s of whoever ran podrun. A CRI
// runtime removes the OCI spec's rlimits and its containers get the runtime daemon's, a systemd
// service's: the kernel's defaults, but open files 1024:524288 (systemd's DefaultLimitNOFILE)
// and unlimited core dumps and processes (containerd 2's unit: LimitCORE, LimitNPROC infinity).
// podrun's supervisor is no daemon and inherits the caller's limits: a CI job's `ulimit -t 60`
// would kill a pod's server after a minute of CPU, a shell's `ulimit -v` would fail its
// allocations. So each container's process is given these instead, before it execs.
#pragma once

#include <sys/resource.h>

#include <array>

namespace podrun::exec {

struct ContainerRlimits {
  struct Limit {
    int resource = -1;  // RLIMIT_*; -1: an unused slot
    rlimit value{};
  };
  std::array<Limit, RLIM_NLIMITS> limits{};
};

// The table above: a constant, computed without a system call (a child may call it).
ContainerRlimits container_rlimits();

// For a child between fork and exec (setrlimit only: async-signal-safe). A hard limit above the
// current one needs CAP_SYS_RESOURCE, which a rootless session lacks: there the current hard
// limit stays, and the soft one is clamped to it. Returns 0 or the errno of a refused limit.
int apply_rlimits(const ContainerRlimits& want);

}  // namespace podrun::exec
