// Probes and lifecycle hooks run as short-lived children of the supervisor, so that a slow
// probe never stalls the supervisor's loop (logs, reaping, other probes): the supervisor
// tracks each one by pid, kills it at its deadline, and reads its one-line result from a pipe.
//
//   exec       joins every namespace of the container (exec/join.h) and runs the command as
//              the container's user, with its environment; exit 0 is success.
//   httpGet    GET host:port/path from the host, as the kubelet does; host "" is the pod's
//              address (or, for a pod without one, 127.0.0.1 inside its network namespace);
//              200-399 is success.
//   tcpSocket  connects the same way.
//   grpc       grpc.health.v1.Health/Check on the pod's address (or 127.0.0.1 in its network
//              namespace), by `podrun probe grpc` (net/grpc_health.h), which this static
//              program execs; SERVING is success.
//   sleep      waits (preStop/postStart `sleep`).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/process.h"
#include "plan/plan.h"

namespace podrun::supervisor {

struct HandlerChild {
  pid_t pid = 0;
  UniqueFd output;  // the read end: the child's stdout and stderr (exec), or its verdict
};

// What a gRPC probe's child needs: the podrun binary to exec (the one that applied the pod),
// and the probe's timeoutSeconds, which it keeps itself so that its verdict is the kubelet's.
struct GrpcProber {
  std::string podrun_binary;
  std::int64_t timeout_seconds = 1;
};

// Forks the child. `container_pid` is the container's process (exec handlers); `pod_ip` the
// pod's address ("" for none); `net_ns` an fd of the pod's network namespace, entered only
// when the pod has no address of its own (-1: stay in the supervisor's, for hostNetwork).
// `seccomp_bpf`: the container's filter, which an exec handler's command runs under too.
HandlerChild start_handler(const plan::HandlerPlan& h, int container_pid, const std::string& pod_ip, int net_ns,
                           const std::string& seccomp_bpf = "", const GrpcProber& grpc = {});

// Runs `argv` (a podrun helper: `podrun image pull-for-pod`) on the host, its stdout a pipe,
// stdin and stderr /dev/null, nothing else open.
HandlerChild start_program(const std::vector<std::string>& argv);

// Reads what is left in a finished child's pipe (at most `limit` bytes).
std::string drain_output(int fd, std::size_t limit = 4096);

}  // namespace podrun::supervisor
