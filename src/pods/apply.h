// apply: manifests → running pods, as `kubectl apply` of Pods (and Namespaces) does on a node.
//
//   1. The machine's policy (its configuration with the caller's flags over it); the first
//      pod's supervisor started on the other CPU while the manifests are read.
//   2. The manifests loaded (every problem to `on_document`); the images pulled as their
//      imagePullPolicy says (pods/images.h), in parallel; planned with the images' configs
//      from the store (a failed pull: the container waits in ErrImagePull).
//   3. Namespaces recorded (their labels are Pod Security's levels for later pods).
//   4. Each pod, under the global lock: unchanged (same spec hash, running) left alone; changed
//      deleted first; new: its directory (a tmpfs), pod.json, run.json, seccomp programs, then
//      handed to its supervisor, which starts it and reports once every container started
//      (or it failed, after undoing everything).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "exec/run_config.h"
#include "loader/loader.h"
#include "net/pod_network.h"
#include "pods/context.h"
#include "pods/images.h"
#include "pods/inputs.h"

namespace podrun::pods {

// How supervisors run pods: settings of the caller's (flags), not of manifests.
struct SupervisorSettings {
  exec::BackoffPolicy backoff;             // CrashLoopBackOff
  std::uint64_t log_max_bytes = 10 << 20;  // the kubelet's containerLogMaxSize
  std::string bridge = net::kDefaultBridge, subnet = net::kDefaultSubnet;
  std::string idmapped_mounts = "auto";  // hostUsers: false pods: auto or never
};

struct ApplyRequest {
  std::vector<std::string> files;  // files, directories, "-" (stdin)
  PolicyFlags policy;
  SupervisorSettings settings;
  PullFlags pull;  // --authfile, --insecure-registry, --platform, progress
};

struct ObjectResult {
  enum class Outcome { Created, Configured, Unchanged, Failed };
  std::string kind, ns, name;
  Outcome outcome = Outcome::Created;
  std::string message;  // why it failed
};

struct ApplyResult {
  enum class Status {
    Applied,    // every object applied (see `objects` for each)
    BadInput,   // a path could not be read (`input_errors`): a usage error
    Invalid,    // a manifest was refused: nothing was applied
    NoObjects,  // nothing to apply
  };
  Status status = Status::Applied;
  std::vector<std::string> input_errors;
  std::vector<ObjectResult> objects;  // in input order (namespaces first)
  std::vector<std::string> warnings;  // "pod/NAME: ..." (a missing imagePullSecret, ...)
  bool any_failed() const;
};

ApplyResult apply(const Context& ctx, const ApplyRequest& request, const loader::DocumentSink& on_document);

}  // namespace podrun::pods
