// Which pods a pooled sandbox can serve (podrun serve --sandbox-pool N, docs/executor.md): a
// pooled sandbox is a pause holder that made a network, an IPC and a UTS namespace, and a veth
// on the default pod network, before any pod was known. A pod of another shape — the host's
// network, IPC or hostname, one PID namespace for its containers (its pause holder must be
// that namespace's PID 1, so it is cloned into it), or a user namespace of its own — starts
// with a sandbox of its own, as without a pool. apply's own supervisor, which makes a sandbox
// ahead while the CLI reads the manifest, has a second shape for the pods whose containers
// share one PID namespace (SandboxShape::SharedPid). Pure: the CLI asks before it takes a
// sandbox, the supervisor asks again before it adopts one.
#pragma once

#include <algorithm>
#include <optional>
#include <string>

#include "plan/plan.h"
#include "plan/planner.h"

namespace podrun::plan {

// The shapes of a sandbox made before its pod is known: the pool's (a network, an IPC and a
// UTS namespace), and, made ahead by apply's own supervisor once the CLI has read a pod that
// shares one PID namespace among its containers, the same with a PID namespace of its own
// whose PID 1 is the pause holder (forked into it, as that pod's own would be).
enum class SandboxShape { Pool, SharedPid };

// "" when a sandbox of `shape` fits `pod`; otherwise why not, in a few words.
inline std::string sandbox_misfit(const PodPlan& pod, SandboxShape shape) {
  auto creates = [&](NsKind k) { return std::find(pod.pause.creates.begin(), pod.pause.creates.end(), k) != pod.pause.creates.end(); };
  if (!creates(NsKind::Net)) return "it uses the host's network";
  if (!creates(NsKind::Ipc)) return "it uses the host's IPC namespace";
  if (!creates(NsKind::Uts)) return "it uses the host's hostname";
  const bool shared_pid = creates(NsKind::Pid) || pod.pause.pid1;
  if (shape == SandboxShape::Pool && shared_pid) return "its containers share one PID namespace";
  if (shape == SandboxShape::SharedPid && !(creates(NsKind::Pid) && pod.pause.pid1)) return "its containers do not share one PID namespace";
  if (creates(NsKind::User) || pod.pause.uid_map) return "it has a user namespace of its own (hostUsers: false)";
  if (pod.pause.creates.size() != (shape == SandboxShape::Pool ? 3U : 4U)) return "its pause holder makes other namespaces";
  return "";
}

// Which pods a pooled sandbox (the pool's shape) can serve.
inline std::string pooled_sandbox_misfit(const PodPlan& pod) { return sandbox_misfit(pod, SandboxShape::Pool); }

// The same answers from a pod's spec, before it is planned: apply asks as soon as the
// manifest is read, so that its first pod's supervisor makes a sandbox ahead only for a pod
// that will take it. The planner's own rule for the pause holder's namespaces, so that both
// answers agree (tests/plan/sandbox_pool_test.cc checks each row both ways).
inline PodPlan pause_shape_of(const model::PodSpec& spec) {
  PodPlan p;
  p.pause.creates = pause_namespaces(spec);
  p.pause.pid1 = spec.share_process_namespace;
  if (!spec.host_users) p.pause.uid_map = IdMapping{};
  return p;
}
inline std::string pooled_sandbox_misfit(const model::PodSpec& spec) { return pooled_sandbox_misfit(pause_shape_of(spec)); }
// The shape of sandbox a pod fits, nullopt when none (it makes its own after the hand-over).
inline std::optional<SandboxShape> ahead_sandbox_shape(const model::PodSpec& spec) {
  const PodPlan p = pause_shape_of(spec);
  for (SandboxShape s : {SandboxShape::Pool, SandboxShape::SharedPid})
    if (sandbox_misfit(p, s).empty()) return s;
  return std::nullopt;
}

}  // namespace podrun::plan
