// Which pods a pooled sandbox can serve (podrun serve --sandbox-pool N, docs/executor.md): a
// pooled sandbox is a pause holder that made a network, an IPC and a UTS namespace, and a veth
// on the default pod network, before any pod was known. A pod of another shape — the host's
// network, IPC or hostname, one PID namespace for its containers (its pause holder must be
// that namespace's PID 1, so it is cloned into it), or a user namespace of its own — starts
// with a sandbox of its own, as without a pool. Pure: the CLI asks before it takes a sandbox,
// the supervisor asks again before it adopts one.
#pragma once

#include <algorithm>
#include <string>

#include "plan/plan.h"
#include "plan/planner.h"

namespace podrun::plan {

// "" when a pooled sandbox fits `pod`; otherwise why not, in a few words.
inline std::string pooled_sandbox_misfit(const PodPlan& pod) {
  auto creates = [&](NsKind k) { return std::find(pod.pause.creates.begin(), pod.pause.creates.end(), k) != pod.pause.creates.end(); };
  if (!creates(NsKind::Net)) return "it uses the host's network";
  if (!creates(NsKind::Ipc)) return "it uses the host's IPC namespace";
  if (!creates(NsKind::Uts)) return "it uses the host's hostname";
  if (creates(NsKind::Pid) || pod.pause.pid1) return "its containers share one PID namespace";
  if (creates(NsKind::User) || pod.pause.uid_map) return "it has a user namespace of its own (hostUsers: false)";
  if (pod.pause.creates.size() != 3) return "its pause holder makes other namespaces";
  return "";
}

// The same answer from a pod's spec, before it is planned: apply asks it as soon as the
// manifest is read, so that its first pod's supervisor makes a sandbox ahead only for a pod
// that will take it. The planner's own rule for the pause holder's namespaces, so that both
// answers agree (tests/plan/sandbox_pool_test.cc checks each row both ways).
inline std::string pooled_sandbox_misfit(const model::PodSpec& spec) {
  PodPlan p;
  p.pause.creates = pause_namespaces(spec);
  p.pause.pid1 = spec.share_process_namespace;
  if (!spec.host_users) p.pause.uid_map = IdMapping{};
  return pooled_sandbox_misfit(p);
}

}  // namespace podrun::plan
