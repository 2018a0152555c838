// The Plan: what the kernel will be asked to do for each pod, as plain data.
//
// The planner (planner.h) computes it from the loaded model and a few host facts, without a
// single syscall; the executor will only ever do what a Plan says. `podrun plan` prints it.
// Field names here are the ones docs/plan-format.md documents for `podrun plan -o json`.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace podrun::plan {

// ---------------------------------------------------------------------------------------------
// Inputs besides the model

enum class CgroupVersion { V1, V2 };

// What the planner needs to know about the machine. Detected by host/host_facts.h; fixed in
// tests and golden files (`podrun plan --host-facts FILE`).
struct HostFacts {
  CgroupVersion cgroup_version = CgroupVersion::V2;
  std::int64_t page_size = 4096;
  int cpu_count = 2;
  std::int64_t memory_bytes = 8LL << 30;  // node capacity, for oom_score_adj and env defaults
  std::string node_name = "node";
  std::string hostname = "node";  // the host's UTS name (hostNetwork pods get it)
  std::string resolv_conf;        // the host's /etc/resolv.conf
};

enum class SeccompType { RuntimeDefault, Unconfined, Localhost };
const char* seccomp_type_name(SeccompType t);

// What the machine's owner decides and a pod may not: the kubelet's podPidsLimit,
// allowedUnsafeSysctls and seccompDefault. From /etc/podrun/config.yaml and apply's flags
// (host/machine_config.h); a pod's podrun.io/... annotations may only tighten them.
struct NodePolicy {
  std::int64_t pod_pids_limit = 4096;               // pids.max of every pod cgroup (the kubelet's default: none)
  std::vector<std::string> allowed_unsafe_sysctls;  // names, or prefixes ending in '*'
  // seccomp for a container whose manifest names no profile: RuntimeDefault (podrun's
  // default, stricter than the kubelet's) or Unconfined (the kubelet's).
  SeccompType seccomp_default = SeccompType::RuntimeDefault;
  // The most a memory-backed volume (emptyDir medium: Memory) may hold when neither its
  // sizeLimit nor the pod's memory limit is smaller; 0: a quarter of the machine's memory.
  std::int64_t memory_backed_volumes_limit = 0;
  // Every container's imagePullPolicy when set (Always, IfNotPresent, Never): an offline
  // machine's owner keeps manifests as they are and still runs from the store.
  std::string image_pull_policy;
  // The cluster's DNS server (the kubelet's clusterDNS): podrun's dnsmasq on the pod network's
  // gateway, once the machine has Services; "" before (ClusterFirst then uses the host's
  // resolvers, as the kubelet does without clusterDNS).
  std::string cluster_dns;
  std::string cluster_domain = "cluster.local";
  // Where persistentVolumeClaim volumes live: <claims_dir>/<namespace>/<claimName>, a local
  // directory standing for the claim's one-node PersistentVolume (made on first use, kept).
  std::string claims_dir = "/var/lib/podrun/volumes";
};

// The directory of a claim (a persistentVolumeClaim volume's source).
std::string claim_path(const NodePolicy& node, const std::string& ns, const std::string& claim);

// An image's configuration, as the image store gives it.
struct ImageConfig {
  std::vector<std::string> entrypoint;
  std::vector<std::string> cmd;
  std::vector<std::string> env;  // NAME=value
  std::string working_dir;
  std::string user;  // "", "1000", "1000:1000", "nginx", "nginx:www"
};

// ---------------------------------------------------------------------------------------------
// Namespaces

enum class NsKind { Net, Ipc, Uts, Pid, Mnt, User, Cgroup };
constexpr std::array<NsKind, 7> kAllNsKinds = {NsKind::Net, NsKind::Ipc,  NsKind::Uts,   NsKind::Pid,
                                               NsKind::Mnt, NsKind::User, NsKind::Cgroup};
const char* ns_name(NsKind k);  // "net", "ipc", ...

// Where a container's namespace of one kind comes from.
struct NsSource {
  enum class Type { Pod, Host, Private, Container } type = Type::Private;
  std::string container;  // for Container: whose namespace it joins

  std::string str() const;  // "pod", "host", "private", "container:NAME"
  bool operator==(const NsSource&) const = default;
};

// A user-namespace ID mapping: inside [container_id, +size) → host [host_id, +size).
struct IdMapping {
  std::int64_t container_id = 0;
  std::optional<std::int64_t> host_id;  // nullopt: a free block is allocated when the pod starts
  std::int64_t size = 65536;
};

struct PausePlan {
  std::vector<NsKind> creates;  // the namespaces the pause holder is created in
  bool pid1 = false;            // PID 1 of the pod's shared PID namespace (reaps)
  std::optional<IdMapping> uid_map, gid_map;
  std::string hostname;  // set in its UTS namespace (when it owns one)
  int oom_score_adj = -998;
};

// ---------------------------------------------------------------------------------------------
// Mounts and volumes

enum class MountType { Overlay, Proc, Tmpfs, Devpts, Mqueue, Sysfs, Cgroup, Bind };
const char* mount_type_name(MountType t);  // "overlay", "proc", ..., as mount(8) names them

// What a mount is made of. `podrun plan` prints it as text (MountSource::str()):
//   image:REF                the image's root filesystem (an overlay of its layers)
//   pod:FILE                 a file the executor makes in the pod's directory (etc-hosts,
//                            hostname, resolv.conf) or the pod's /dev/shm (pod:shm)
//   pod:volumes/NAME[/SUB]   a volume the executor prepares (and a subPath in it)
//   /a/host/path[/SUB]       a hostPath volume (and a subPath in it), or the host's /dev/shm
//   image-volume:REF[//SUB]  an image volume: a read-only overlay of the image's layers (and a
//                            subPath in it, which must exist: nothing is created in an image)
//   proc, tmpfs, ...         a new filesystem of that type
struct MountSource {
  enum class Kind { Filesystem, Image, PodFile, PodShm, Volume, Host, ImageVolume } kind = Kind::Filesystem;
  std::string ref;         // Image, ImageVolume: the reference; PodFile: its name; Volume: its name; Host: the path
  std::string sub_path{};  // Volume, Host: a subPath, resolved inside the volume when mounting
  std::string str(MountType type) const;
  bool operator==(const MountSource&) const = default;
};

// One mount, in the order the executor makes them.
struct MountPlan {
  std::string destination;
  MountType type = MountType::Bind;
  MountSource source;
  std::vector<std::string> options;
  std::string volume;  // the volume it comes from, if any
};

struct ProjectedFile {
  std::string path;  // relative to the volume, e.g. "app.properties" or "my-group/token"
  std::string content;
  int mode = 0644;
  bool sensitive = false;  // from a Secret: never printed
};

enum class VolumeType { EmptyDir, HostPath, ConfigMap, Secret, DownwardAPI, Projected, Image };
const char* volume_type_name(VolumeType t);  // "emptyDir", "hostPath", ... as the API spells them
// The volume holds the files the plan lists (configMap, secret, downwardAPI, projected): read-only
// to containers, written with the kubelet's ..data layout, updated when their objects change.
inline bool has_files(VolumeType t) {
  return t == VolumeType::ConfigMap || t == VolumeType::Secret || t == VolumeType::DownwardAPI || t == VolumeType::Projected;
}

enum class PullPolicy { Always, IfNotPresent, Never };
const char* pull_policy_name(PullPolicy p);

enum class StorageMedium { Disk, Memory };  // emptyDir's medium: "" (the node's disk) or Memory

// hostPath's type: the check (or creation) made before mounting ("" = none).
enum class HostPathType { Unchecked, DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice };
const char* host_path_type_name(HostPathType t);  // "", "DirectoryOrCreate", ...

// A volume as the pod prepares it, before any container mounts it.
struct VolumePlan {
  std::string name;
  VolumeType type = VolumeType::EmptyDir;
  std::string host_path;  // hostPath: the path on the host (the others live in the pod's directory)
  // emptyDir
  StorageMedium medium = StorageMedium::Disk;
  // sizeLimit: a disk emptyDir over it evicts the pod (the kubelet's eviction manager); a
  // memory one is a tmpfs of this size, the smallest of sizeLimit, the pod's memory limit and
  // the machine's memoryBackedVolumesLimit (always set for Memory).
  std::optional<std::int64_t> size_limit_bytes;
  std::string size_limit_text;  // as the manifest wrote it, for the eviction message
  // hostPath
  HostPathType host_path_type = HostPathType::Unchecked;
  // configMap, secret, downwardAPI, projected: files written with the kubelet's ..data layout
  std::vector<ProjectedFile> files;
  bool tmpfs = false;  // secret and projected volumes live in memory only
  // fsGroup: the volume's files get this group, directories setgid and group rwx, files
  // group rw (read-only volumes: group r), as the kubelet's SetVolumeOwnership does.
  std::optional<std::int64_t> fs_group;
  bool read_only = false;  // configMap, secret, downwardAPI: group r only
  // image: the reference, pulled before the pod starts as a container's image is, under this
  // policy (the volume's pullPolicy, or the machine's override); mounted read-only by each
  // container that mounts it.
  std::string image;
  std::optional<PullPolicy> image_pull_policy;
};

// ---------------------------------------------------------------------------------------------
// Cgroups

struct CgroupV1Values {
  std::uint64_t cpu_shares = 2;
  std::int64_t cpu_cfs_quota_us = -1;  // -1: no limit
  std::int64_t cpu_cfs_period_us = 100000;
  std::optional<std::int64_t> memory_limit_in_bytes;  // nullopt: unlimited
  std::optional<std::int64_t> pids_max;               // nullopt: max
};

struct CgroupV2Values {
  std::uint64_t cpu_weight = 1;
  std::string cpu_max = "max 100000";
  std::string memory_max = "max";
  std::string pids_max = "max";
};

// A device the container may use: type 'c' or 'b', -1 for "any" major or minor, access a
// subset of "rwm" (read, write, mknod), as the v1 devices controller spells it.
struct DeviceRule {
  char type = 'c';
  std::int64_t major = -1;
  std::int64_t minor = -1;
  std::string access = "rwm";
};

// The device cgroup: restricted, a container may use only the devices `allow` lists (v1:
// devices.deny "a" then a devices.allow per rule; v2: a BPF_CGROUP_DEVICE program);
// unrestricted (the pod's own cgroup, privileged containers), the host's rules apply.
// "c 1:3 rwm", "c 136:* rwm": the devices.allow line.
std::string device_rule_text(const DeviceRule& r);

struct DevicePolicy {
  bool restricted = false;
  std::vector<DeviceRule> allow;
};

struct CgroupPlan {
  std::string path;  // relative to each controller's root: podrun/burstable/pod<uid>/<name>
  CgroupV1Values v1;
  CgroupV2Values v2;
  DevicePolicy devices;
};

// ---------------------------------------------------------------------------------------------
// Processes

struct EnvVarPlan {
  std::string name;
  std::string value;
  std::string from;              // where the value comes from: "", "image", "ConfigMap cfg", ...
  bool sensitive = false;        // from a Secret: never printed
  std::string resolve_at_start;  // a downward API field only known once the pod runs (status.podIP)
};

struct ProcessPlan {
  std::vector<std::string> args;
  std::vector<EnvVarPlan> env;
  std::string cwd = "/";
  std::optional<std::int64_t> uid, gid;           // nullopt: resolved from the image's /etc/passwd at start
  std::string user_note;                          // how uid/gid were chosen
  std::vector<std::int64_t> supplemental_groups;  // supplementalGroups, then fsGroup
  // supplementalGroupsPolicy Merge (the default): also the groups the image's /etc/group
  // lists the user in, looked up at start; Strict: only supplemental_groups.
  bool image_groups = true;
  std::vector<std::string> capabilities;  // bounding = permitted = effective (CAP_ names)
  bool no_new_privs = false;              // allowPrivilegeEscalation: false
};

// What a container's process takes from its manifest alone, before its image is known
// (plan/process.h): the image's ENTRYPOINT, CMD, ENV, WORKDIR and USER complete it.
struct ProcessSpec {
  std::vector<std::string> command, args;  // expanded against the container's environment
  std::vector<EnvVarPlan> env;             // HOSTNAME, envFrom, env: the image's ENV goes first
  std::string working_dir;                 // the manifest's ("": the image's, else /)
  std::optional<std::int64_t> run_as_user, run_as_group;
  bool run_as_non_root = false;
};

// A container whose image could not be pulled when the pod was applied (ErrImagePull): the pod
// runs and its supervisor retries the pull with back-off (ImagePullBackOff); the pulled image
// completes the process (plan/process.h complete_with_image).
struct ImageWait {
  std::string error;  // why the first pull failed
  ProcessSpec spec;
};

// What confines a container beyond its namespaces and mounts (docs/security.md).
struct SecurityPlan {
  bool privileged = false;      // all capabilities and host devices, no masks, /sys writable
  bool read_only_root = false;  // readOnlyRootFilesystem: the overlay remounted read-only
  // procMount Default: files get /dev/null bound over them, directories an empty read-only
  // tmpfs; read-only paths are bound onto themselves read-only. Both empty when privileged.
  std::vector<std::string> masked_paths, readonly_paths;
  SeccompType seccomp = SeccompType::RuntimeDefault;
  std::string seccomp_profile;  // Localhost: the profile file on the host
  std::string seccomp_from;     // why: "container", "pod", "annotation", "podrun default", ...
};

// ---------------------------------------------------------------------------------------------
// Containers and pods

enum class HandlerType { Exec, HttpGet, TcpSocket, Grpc, Sleep };
const char* handler_type_name(HandlerType t);  // "exec", "httpGet", ...

// A probe's or a lifecycle hook's action, with ports resolved to numbers.
struct HandlerPlan {
  HandlerType type = HandlerType::Exec;
  std::vector<std::string> command;               // exec: run inside the container, as `podrun exec` does
  std::string scheme = "HTTP", host, path = "/";  // httpGet; host "" is the pod's address
  int port = 0;                                   // httpGet, tcpSocket, grpc
  std::string service;                            // grpc: the service asked about ("": the server's)
  std::string port_error;                         // a named port the container does not declare: every run fails with it
  std::vector<std::pair<std::string, std::string>> http_headers;
  std::int64_t sleep_seconds = 0;
};

struct ProbePlan {
  HandlerPlan handler;
  std::int64_t initial_delay_seconds = 0, timeout_seconds = 1, period_seconds = 10;
  std::int64_t success_threshold = 1, failure_threshold = 3;
  std::optional<std::int64_t> termination_grace_period_seconds;
};

enum class Protocol { TCP, UDP, SCTP };
const char* protocol_name(Protocol p);

// A containerPort, and the host port that forwards to it (0: none).
struct PortPlan {
  std::string name;
  int container_port = 0;
  int host_port = 0;
  std::string host_ip;  // "" = every address of the host
  Protocol protocol = Protocol::TCP;
};

enum class RestartPolicy { Always, OnFailure, Never };
const char* restart_policy_name(RestartPolicy p);

// restartPolicyRules: what an exit whose code matches does, before the restart policy is asked.
enum class RestartAction { Restart, RestartAllContainers };
const char* restart_action_name(RestartAction a);
struct RestartRule {
  RestartAction action = RestartAction::Restart;
  bool in = true;  // exit code In `values` (else NotIn)
  std::vector<int> values;
};
// The action of the first rule that matches `exit_code`, if any (Kubernetes: an empty NotIn
// list matches every code, an empty In list none).
std::optional<RestartAction> matching_restart_rule(const std::vector<RestartRule>& rules, int exit_code);

// Ephemeral: a debug container added to a running pod (`podrun debug`, spec.ephemeralContainers):
// never part of the pod's plan, started once and never restarted.
enum class ContainerKind { Init, Sidecar, App, Ephemeral };
const char* container_kind_name(ContainerKind k);  // "init", "sidecar", "app", "ephemeral"

struct ContainerPlan {
  std::string name;
  ContainerKind kind = ContainerKind::App;
  std::string image;
  PullPolicy image_pull_policy = PullPolicy::IfNotPresent;
  bool image_known = false;  // the image's config was given to the planner
  std::map<NsKind, NsSource> namespaces;
  std::vector<MountPlan> mounts;
  CgroupPlan cgroup;
  int oom_score_adj = 0;
  ProcessPlan process;
  SecurityPlan security;
  std::vector<PortPlan> ports;
  // Restarts of this container: Always for sidecars; its own restartPolicy if it sets one; else
  // the pod's for app containers, and for init containers OnFailure, unless the pod's policy is
  // Never (then a failure fails the pod).
  RestartPolicy restart_policy = RestartPolicy::Always;
  std::vector<RestartRule> restart_rules;  // first match wins; none: restart_policy decides
  std::optional<ProbePlan> startup_probe, liveness_probe, readiness_probe;
  std::optional<HandlerPlan> post_start, pre_stop;
  int stop_signal = 15;  // SIGTERM, or lifecycle.stopSignal's: what stopping it sends first
  // Reasons this container will not start even though the manifest is valid (Kubernetes
  // reports them as CreateContainerConfigError): e.g. runAsNonRoot with uid 0.
  std::vector<std::string> start_errors;
  // Its image is still to be pulled: it starts once a retry has it.
  std::optional<ImageWait> image_wait;
  // limits.ephemeral-storage: its writable layer and logs over it evict the pod.
  std::optional<std::int64_t> ephemeral_storage_limit;
  std::string ephemeral_storage_limit_text;
};

enum class QosClass { Guaranteed, Burstable, BestEffort };
const char* qos_name(QosClass q);

struct HostsEntry {
  std::string ip;  // "@podIP": the pod's address, known once the pod has one
  std::vector<std::string> names;
  std::string comment;  // a comment line written before this entry
};

// A pod-level sysctl, written in the pod's namespaces (net.* in its network namespace, the IPC
// ones in its IPC namespace) before any container starts.
struct SysctlPlan {
  std::string name;  // dotted, as Kubernetes' docs spell it (a slash-separated name converted)
  std::string value;
  std::optional<NsKind> ns;  // Net or Ipc; none: the whole machine's (an admission error)
  bool safe = false;         // in the kubelet's safe set; otherwise allowed by the machine's allowedUnsafeSysctls
};

struct PodPlan {
  std::string ns, name, uid;
  std::string hostname, fqdn;  // fqdn empty without a subdomain
  QosClass qos = QosClass::BestEffort;
  std::string spec_hash;
  RestartPolicy restart_policy = RestartPolicy::Always;
  std::int64_t termination_grace_period_seconds = 30;
  PausePlan pause;
  CgroupPlan cgroup;          // the pod's cgroup; the pause holder lives in it
  bool host_ipc_shm = false;  // /dev/shm is the host's (hostIPC), not a tmpfs of the pod's
  std::int64_t shm_size_bytes = 64LL << 20;
  std::vector<VolumePlan> volumes;
  std::vector<HostsEntry> etc_hosts;
  std::string resolv_conf;
  std::vector<ContainerPlan> containers;  // init and sidecars in init order, then app containers
  std::vector<std::string> warnings;
  std::vector<SysctlPlan> sysctls;
  // Why the kubelet would refuse the pod as a whole (SysctlForbidden): apply starts nothing.
  std::vector<std::string> admission_errors;
  // The sum of the containers' ephemeral-storage limits (of those that have one): the pod's
  // writable layers, logs and disk emptyDirs over it evict the pod.
  std::optional<std::int64_t> ephemeral_storage_limit;
};

// The order things start and stop in (`podrun plan` prints them; the supervisor follows the
// same rules): the pause holder, then init containers and sidecars in order, then the app
// containers in order; stopping, the app containers together, then the sidecars in reverse,
// then the pause holder.
std::vector<std::string> start_order(const PodPlan& pod);
std::vector<std::string> teardown_order(const PodPlan& pod);

struct Plan {
  std::vector<PodPlan> pods;
  HostFacts host;
};

}  // namespace podrun::plan
