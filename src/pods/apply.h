// apply: manifests → running pods, as `kubectl apply` of Pods (and Namespaces) does on a node.
//
//   1. The machine's policy (its configuration with the caller's flags over it); the first
//      pod's supervisor started on the other CPU while the manifests are read.
//   2. The manifests loaded (every problem to `on_document`); the images pulled as their
//      imagePullPolicy says (pods/images.h), in parallel; planned with the images' configs
//      from the store (a failed pull: the container waits in ErrImagePull).
//   3. Namespaces recorded (their labels are Pod Security's levels for later pods).
//   4. Each pod, under the global lock: unchanged (same spec hash, running) left alone (its
//      labels and annotations updated when only they changed); changed deleted first; new: its
//      directory (a tmpfs), pod.json, run.json, seccomp programs, then handed to its
//      supervisor, which starts it and reports once every container started (or it failed,
//      after undoing everything).
//   5. --prune: the members of the apply set (kApplySetLabel) that the input no longer has are
//      deleted, after every creation; nothing outside the set, ever.
// --dry-run does 1, 2 (without pulls) and says what 3-5 would do.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "exec/run_config.h"
#include "exec/supervisor_process.h"
#include "loader/loader.h"
#include "model/selector.h"
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
  std::string idmapped_mounts = "auto";       // hostUsers: false pods: auto or never
  std::string service_cidr = "10.96.0.0/16";  // Services' virtual IPs (the API server's --service-cluster-ip-range)
  std::string resolv_conf;  // the cluster DNS's upstream resolvers ("" = /etc/resolv.conf), as the kubelet's --resolv-conf
};

// The label that makes an object a member of an apply set (--applyset NAME): podrun's own,
// as kubectl's applyset.kubernetes.io/part-of is kubectl's; a cluster takes it as any label.
constexpr const char* kApplySetLabel = "podrun.io/applyset";

struct ApplyRequest {
  std::vector<std::string> files;  // files, directories, "-" (stdin)
  PolicyFlags policy;
  SupervisorSettings settings;
  PullFlags pull;                           // --authfile, --insecure-registry, --platform, progress
  std::string applyset;                     // --applyset: every object of the input gets kApplySetLabel=NAME
  bool prune = false;                       // --prune: the set's members not in the input are deleted (needs applyset)
  std::optional<model::Selector> selector;  // -l: only the input's objects that match (and prune only those)
  bool dry_run = false;                     // --dry-run: what would happen, nothing changed
  // --force: a running pod whose spec changes beyond what the API server lets a Pod update
  // change (pod_update_forbidden) is deleted and created again, instead of refused.
  bool force = false;
  // Never pruned: "pod/NS/NAME", "configmap/NS/NAME", "secret/NS/NAME" (podrun serve: the
  // objects a file described before an edit broke it).
  std::set<std::string> keep;
  std::string default_namespace;  // -n: for objects that name none (LoadOptions)
  // Each pod's start settled (started or failed), with how many of how many: the CLI's
  // progress line on a terminal. Called from apply's own thread.
  std::function<void(std::size_t settled, std::size_t total)> on_pod_settled;
  // Once the images are pulled (or none had to be): from here on, apply no longer needs what
  // only a dynamically linked podrun loads (common/linkage.h), so a CLI that held its messages
  // back in case it hands the command on may let them out. Called from apply's own thread.
  std::function<void()> on_pulled;
  // A pod whose plan fits a pooled sandbox takes one from `podrun serve --sandbox-pool` when
  // serve runs on this state root (pods/sandbox_pool.h, over its socket), or from
  // `sandbox_source` when given (serve's own syncs: the pool is in the same process).
  bool use_sandbox_pool = true;
  std::function<std::optional<exec::StandbySupervisor>()> sandbox_source;
};

// Why the API server would refuse to update the Pod `before` (as applied, JSON) to `after`:
// "" when only fields it lets change differ (containers' and init containers' images,
// activeDeadlineSeconds, tolerations, terminationGracePeriodSeconds) — else its Forbidden
// message with the fields that changed.
std::string pod_update_forbidden(const std::string& name, const nlohmann::json& before, const nlohmann::json& after);

struct ObjectResult {
  enum class Outcome { Created, Configured, Unchanged, Failed, Pruned };
  std::string kind, ns, name;
  Outcome outcome = Outcome::Created;
  std::string message;  // why it failed
};

struct ApplyResult {
  enum class Status {
    Applied,    // the input's valid objects applied (see `objects` for each)
    BadInput,   // a path could not be read (`input_errors`): a usage error
    Invalid,    // no document of the input is valid: nothing was applied
    NoObjects,  // nothing to apply
  };
  Status status = Status::Applied;
  // Documents refused (reported to the caller's sink), the others applied all the same, as
  // kubectl applies what it can: the caller exits 1. Nothing is pruned while any is refused.
  std::size_t invalid_documents = 0;
  std::vector<std::string> input_errors;
  std::vector<ObjectResult> objects;  // in input order (namespaces first)
  std::vector<std::string> warnings;  // "pod/NAME: ..." (a missing imagePullSecret, ...)
  bool any_failed() const;
};

ApplyResult apply(const Context& ctx, const ApplyRequest& request, const loader::DocumentSink& on_document);

// What apply of the same request would change, object by object (`podrun diff`): each pod of
// the input as apply would store it (merged) next to what is stored now (live; none for a new
// pod), and with --prune the set's members it would delete (merged none). Changes nothing.
struct DiffObject {
  // Pod, ConfigMap, Secret (a Secret's values masked, as kubectl diff masks them), a
  // workload's kind, Service, NetworkPolicy.
  std::string kind;
  std::string ns, name;
  std::optional<nlohmann::json> live, merged;
};
struct DiffResult {
  ApplyResult::Status status = ApplyResult::Status::Applied;
  std::vector<std::string> input_errors;
  std::vector<DiffObject> objects;
};
DiffResult diff(const Context& ctx, const ApplyRequest& request, const loader::DocumentSink& on_document);

}  // namespace podrun::pods
