// observe: what runs, as the state and the kernel say — pods with their status, a pod as a
// Kubernetes object, readiness to wait for, the isolation matrix read from /proc/PID/ns, and
// CPU and memory from the cgroups.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "exec/run_config.h"
#include "model/selector.h"
#include "pods/context.h"
#include "pods/delete.h"
#include "state/pod_state.h"

namespace podrun::pods {

struct PodView {
  state::PodState state;
  bool supervised = false;  // its supervisor runs (pid and start time): otherwise it is Unknown
  std::string dir;          // its directory under the state root
};

std::vector<PodView> list_pods(const Context& ctx, const std::string& ns);  // "" = every namespace
std::optional<PodView> find_pod(const Context& ctx, const std::string& ns, const std::string& name);

// The pod's labels, as applied (its manifest's metadata.labels).
std::map<std::string, std::string> pod_labels(const PodView& pod);

// Each pod's manifest (pod.json) as applied, read once however often one pass over the pods
// asks for it (the controller process reads owners, labels, ports of every pod each pass).
class ManifestCache {
 public:
  const nlohmann::json& of(const PodView& pod);  // null when unreadable
  std::map<std::string, std::string> labels(const PodView& pod);

 private:
  std::map<std::string, nlohmann::json> read_;  // by pod directory
};

// The pods of `pods` whose labels `selector` matches, in their order.
std::vector<PodView> select_pods(std::vector<PodView> pods, const model::Selector& selector);

// kubectl's STATUS column (state/pod_status.h); "Unknown" when nothing supervises the pod any
// more (its supervisor was killed), as kubectl shows a pod on a lost node.
std::string status_of(const PodView& pod);

// The pod as the API server would return it: the manifest as applied, with its status.
nlohmann::json pod_object(const PodView& pod);

// What the supervisor was given (the plan, the settings): for describe. nullopt when unreadable.
std::optional<exec::RunConfig> run_config(const PodView& pod);

// --wait: until each pod is Ready, or cannot become so (failed, completed, gone), or the time
// is up.
struct WaitResult {
  PodName pod;
  enum class Outcome { Ready, WillNotBeReady, TimedOut } outcome = Outcome::Ready;
  std::string reason;  // the pod's status when it is not Ready
};
std::vector<WaitResult> wait_ready(const Context& ctx, const std::vector<PodName>& pods, long long timeout_ms);

// The isolation matrix as the kernel shows it (/proc/PID/ns/* of every running container and
// of this process, the host's), next to the plan's (re-planned from the applied manifests).
struct MatrixCell {
  std::string kind;  // Network, IPC, Filesystem, Processes, Hostname, Users
  std::string observed, planned;
  unsigned long long inode_a = 0, inode_b = 0;
};
struct MatrixRow {
  std::string pod, a, b;
  std::vector<MatrixCell> cells;  // only the kinds both sides could be read for
};
struct Matrix {
  std::vector<MatrixRow> rows;
  int differences = 0;
};
Matrix observed_matrix(const std::vector<PodView>& pods);

// CPU (millicores over `interval_ms`) and memory (working set) of each pod's cgroup, or of
// each container's.
struct Usage {
  std::string pod, name;
  std::uint64_t millicores = 0, memory_bytes = 0;
};
std::vector<Usage> sample_usage(const std::vector<PodView>& pods, bool containers, int interval_ms);

}  // namespace podrun::pods
