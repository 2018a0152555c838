// Pod state under /run/podrun (--root, PODRUN_ROOT):
//
//   <root>/lock                          global lock: creating and removing pod directories
//   <root>/pods/<namespace>/<name>/      one directory per pod (its layout: state/pod_paths.h)
//   <root>/namespaces/<name>.json         namespaces applied (their labels)
//   <root>/configmaps|secrets/<ns>/<name>.json   ConfigMaps and Secrets applied
//   <root>/deployments|daemonsets|statefulsets|jobs|cronjobs/<ns>/<name>.json   the workloads applied
//   <root>/services/<ns>/<name>.json     Services applied (their clusterIP and nodePorts allocated)
//   <root>/status/deployments|jobs/<ns>/<name>.json   what their controller recorded
//   <root>/controllers/                  the controller process's lock, log and settings
//
// state.json is written atomically (temporary file, fsync unless on a tmpfs, rename). /run is a tmpfs: after a
// reboot it is empty, and nothing runs, which is the truth.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "state/pod_paths.h"

namespace podrun::state {

// One terminated instance of a container, as Kubernetes' ContainerStateTerminated.
struct TerminatedState {
  int exit_code = 0;
  int signal = 0;
  std::string reason;  // Completed, Error, OOMKilled, StartError, ContainerCannotRun
  std::string message;
  std::string started_at, finished_at;  // RFC 3339
};

// The kinds and states below are written into state.json by their lower-case names
// (container_type_name, ...), as Kubernetes' API spells them.
enum class ContainerType { Init, Sidecar, App, Ephemeral };
const char* container_type_name(ContainerType t);  // "init", "sidecar", "app", "ephemeral"

enum class RunState { Waiting, Running, Terminated };
const char* run_state_name(RunState s);  // "waiting", "running", "terminated"

enum class PodPhase { Pending, Running, Succeeded, Failed };
const char* phase_name(PodPhase p);  // "Pending", ...
inline bool is_terminal(PodPhase p) { return p == PodPhase::Succeeded || p == PodPhase::Failed; }

struct ContainerState {
  std::string name;
  ContainerType type = ContainerType::App;
  std::string image;
  int pid = 0;
  unsigned long long start_time = 0;  // of the pid (see process_start_time)
  RunState state = RunState::Waiting;
  std::string reason;  // waiting: ContainerCreating, PodInitializing, CrashLoopBackOff, ...
                       // terminated: Completed, Error, OOMKilled, StartError, ...
  std::string message;
  int exit_code = 0;  // terminated
  int signal = 0;     // terminated by a signal
  int restart_count = 0;
  bool ready = false;    // readiness (probe, or running without one)
  bool started = false;  // startupProbe passed (or none) and running
  std::string started_at, finished_at;
  std::optional<TerminatedState> last_state;  // the previous instance, once it has restarted
};

struct PodCondition {
  std::string type;  // PodScheduled, Initialized, ContainersReady, Ready
  bool status = false;
  std::string reason;  // ContainersNotReady, PodCompleted, ...
  std::string last_transition;
};

// A Kubernetes Event about the pod, kept in the state (bounded). Repeats of the same
// type+reason+object+message are counted, as the kubelet's event recorder aggregates them.
struct Event {
  std::string type = "Normal";  // Normal, Warning
  std::string reason;           // Scheduled, Pulled, Created, Started, Killing, BackOff, Unhealthy, ...
  std::string object;           // "" for the pod, or spec.containers{NAME}, spec.initContainers{NAME}
  std::string message;
  int count = 1;
  std::string first, last;  // RFC 3339
};

// A cgroup the supervisor made, with the values it wrote (for describe).
struct CgroupRecord {
  std::string owner;                                        // "pod", "pause" or a container's name
  std::string path;                                         // relative to the hierarchy: podrun/besteffort/pod<uid>/<name>
  std::vector<std::pair<std::string, std::string>> values;  // file → value, in write order
};

struct PodState {
  std::string ns, name, uid, spec_hash;
  PodPhase phase = PodPhase::Pending;
  std::string reason, message;
  std::string created, start_time;
  std::string deletion_timestamp;  // set when a delete began: STATUS Terminating
  std::string qos;                 // Guaranteed, Burstable, BestEffort
  std::string pod_ip;              // on the pod network; "" for hostNetwork pods
  int supervisor_pid = 0;
  unsigned long long supervisor_start = 0;
  int pause_pid = 0;
  unsigned long long pause_start = 0;
  std::int64_t userns_host_id = -1;        // hostUsers: false: host ID of the pod's root; -1: none
  std::vector<ContainerState> containers;  // init and sidecars in init order, then app containers
  // Debug containers added to the running pod (`podrun debug`), in the order they were added;
  // their specs are the requests under <pod dir>/ephemeral/ (state/pod_paths.h).
  std::vector<ContainerState> ephemeral_containers;
  std::vector<PodCondition> conditions;
  std::vector<Event> events;
  std::string cgroup_version;  // "v1" or "v2"
  std::vector<CgroupRecord> cgroups;
  bool deleting = false;
};

class StateStore {
 public:
  explicit StateStore(std::string root);
  const std::string& root() const { return root_; }
  std::string pod_dir(const std::string& ns, const std::string& name) const;
  PodPaths paths(const std::string& ns, const std::string& name) const { return PodPaths{pod_dir(ns, name)}; }

  std::optional<PodState> load(const std::string& ns, const std::string& name) const;
  void save(const PodState& s) const;                            // atomic; the caller holds the pod's lock
  std::vector<PodState> list(const std::string& ns = "") const;  // "" = every namespace

  // flock(2) on a file, released when the object dies.
  class Lock {
   public:
    explicit Lock(int fd = -1) : fd_(fd) {}
    Lock(Lock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    Lock& operator=(Lock&& o) noexcept;
    Lock(const Lock&) = delete;
    ~Lock();

   private:
    int fd_;
  };
  Lock lock_global() const;

  // Namespaces applied (their labels: Pod Security's levels), under ROOT/namespaces/NAME.json.
  // A namespace that has none is not stored: its pods get the machine's defaults.
  void save_namespace(const std::string& name, const std::map<std::string, std::string>& labels) const;  // atomic
  std::optional<std::map<std::string, std::string>> load_namespace(const std::string& name) const;
  std::map<std::string, std::map<std::string, std::string>> namespaces() const;
  bool remove_namespace(const std::string& name) const;
  Lock lock_pod(const std::string& ns, const std::string& name) const;

  // ConfigMaps and Secrets applied: each the object as applied (JSON), under
  // ROOT/configmaps/NS/NAME.json and ROOT/secrets/NS/NAME.json, files 0600 in directories
  // 0700, written atomically. The state root is a tmpfs (/run): Secrets never reach a disk.
  // Deployments and Jobs are stored as applied; their status (what their controller recorded)
  // apart, under status/, so that apply and the controller never write the same file.
  enum class ObjectKind {
    ConfigMap,
    Secret,
    Deployment,
    Job,
    DeploymentStatus,
    JobStatus,
    Service,
    CronJob,
    CronJobStatus,
    DaemonSet,
    DaemonSetStatus,
    StatefulSet,
    StatefulSetStatus,
    NetworkPolicy
  };
  struct StoredObject {
    std::string ns, name, text;  // text: the object's JSON
  };
  void save_object(ObjectKind kind, const std::string& ns, const std::string& name, const std::string& text) const;
  std::optional<std::string> load_object(ObjectKind kind, const std::string& ns, const std::string& name) const;
  std::vector<StoredObject> objects(ObjectKind kind, const std::string& ns = "") const;  // "" = every namespace; sorted
  bool remove_object(ObjectKind kind, const std::string& ns, const std::string& name) const;

 private:
  std::string root_;
};

using podrun::now_rfc3339;  // time stamps in the state

}  // namespace podrun::state
