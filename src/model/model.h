// The typed model of what podrun loads: plain structs with Kubernetes' defaults applied.
//
// Everything downstream (planner, executor) reads these, never YAML or JSON. Field names follow
// the Kubernetes API so that a reader can map them one to one. Optional fields that Kubernetes
// leaves unset (no default) are std::optional; fields with a default hold the default.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/quantity.h"

namespace podrun::model {

struct ObjectMeta {
  std::string name;
  std::string ns = "default";  // metadata.namespace: a grouping of names, not kernel isolation
  std::map<std::string, std::string> labels;
  std::map<std::string, std::string> annotations;
};

// A quantity as written and as parsed.
struct ResourceQuantity {
  std::string text;
  Quantity value;
};
using ResourceList = std::map<std::string, ResourceQuantity>;  // "cpu", "memory", ...

struct ResourceRequirements {
  ResourceList requests;  // defaulted from limits where a limit is set and a request is not
  ResourceList limits;
};

struct ObjectFieldSelector {
  std::string field_path;  // metadata.name, status.podIP, metadata.labels['app'], ...
};

struct ResourceFieldSelector {
  std::string container_name;  // empty: the container itself (env only)
  std::string resource;        // limits.cpu, requests.memory, ...
  std::string divisor = "1";
};

struct KeySelector {
  std::string name;  // ConfigMap or Secret name
  std::string key;
  bool optional = false;
};

struct EnvVar {
  std::string name;
  std::string value;
  enum class Source { Value, ConfigMapKey, SecretKey, Field, ResourceField } source = Source::Value;
  KeySelector key_ref;
  ObjectFieldSelector field_ref;
  ResourceFieldSelector resource_field_ref;
};

struct EnvFromSource {
  std::string prefix;
  bool secret = false;  // secretRef, else configMapRef
  std::string name;
  bool optional = false;
};

struct ContainerPort {
  std::string name;
  int container_port = 0;
  int host_port = 0;  // 0: none
  std::string host_ip;
  std::string protocol = "TCP";
};

struct VolumeMount {
  std::string name;
  std::string mount_path;
  std::string sub_path;
  bool read_only = false;
};

// securityContext.seccompProfile (pod or container level).
struct SeccompProfile {
  std::string type;               // RuntimeDefault, Unconfined, Localhost
  std::string localhost_profile;  // Localhost: relative to the profile directory
};

struct SecurityContext {
  std::optional<std::int64_t> run_as_user;
  std::optional<std::int64_t> run_as_group;
  std::optional<bool> run_as_non_root;
  std::vector<std::string> capabilities_add, capabilities_drop;
  std::optional<bool> allow_privilege_escalation;
  bool privileged = false;
  bool read_only_root_filesystem = false;
  std::string proc_mount = "Default";  // Default or Unmasked
  std::optional<SeccompProfile> seccomp;
};

// What a probe or a lifecycle hook does. Ports are resolved (a named port becomes its
// containerPort) by the loader.
struct Handler {
  enum class Type { Exec, HttpGet, TcpSocket, Grpc, Sleep } type = Type::Exec;
  std::vector<std::string> command;  // exec
  std::string path = "/";            // httpGet
  std::string scheme = "HTTP";       // httpGet: HTTP or HTTPS
  std::string host;                  // httpGet/tcpSocket: "" is the pod's address
  int port = 0;                      // httpGet, tcpSocket, grpc
  std::string service;               // grpc: the HealthCheckRequest's service ("": the server's)
  std::string port_name;             // as written, when it was a name
  std::vector<std::pair<std::string, std::string>> http_headers;
  std::int64_t sleep_seconds = 0;  // sleep (preStop/postStart)
};

// A probe with Kubernetes' defaults applied.
struct Probe {
  Handler handler;
  std::int64_t initial_delay_seconds = 0;
  std::int64_t timeout_seconds = 1;
  std::int64_t period_seconds = 10;
  std::int64_t success_threshold = 1;
  std::int64_t failure_threshold = 3;
  std::optional<std::int64_t> termination_grace_period_seconds;  // probe-level override (liveness, startup)
};

enum class ContainerType { Init, Sidecar, App };

// restartPolicyRules[]: on an exit whose code matches, `action` (Restart, or
// RestartAllContainers: the whole pod again from its first init container, in its sandbox).
struct ContainerRestartRule {
  std::string action;
  bool in = true;  // exitCodes.operator In (else NotIn)
  std::vector<int> values;
};

struct Container {
  ContainerType type = ContainerType::App;
  std::string name;
  std::string image;
  std::string image_pull_policy;  // Always for :latest or no tag, else IfNotPresent
  std::vector<std::string> command;
  std::vector<std::string> args;
  std::string working_dir;
  std::vector<EnvVar> env;
  std::vector<EnvFromSource> env_from;
  std::vector<ContainerPort> ports;
  ResourceRequirements resources;
  std::string restart_policy;  // as written: "" (the pod's), Always, OnFailure, Never
  std::vector<ContainerRestartRule> restart_rules;
  std::vector<VolumeMount> volume_mounts;
  SecurityContext security_context;
  std::optional<Probe> liveness_probe, readiness_probe, startup_probe;
  std::optional<Handler> post_start, pre_stop;  // lifecycle hooks
  std::string stop_signal;                      // lifecycle.stopSignal: "" is SIGTERM
  std::string termination_message_path = "/dev/termination-log";
  std::string termination_message_policy = "File";
  bool stdin_open = false;
  bool tty = false;
  Mark mark;  // where the container is defined
};

struct KeyToPath {
  std::string key;
  std::string path;
  std::optional<int> mode;
};

struct DownwardAPIFile {
  std::string path;
  std::optional<ObjectFieldSelector> field_ref;
  std::optional<ResourceFieldSelector> resource_field_ref;
  std::optional<int> mode;
};

// One source of a projected volume: a configMap, secret or downwardAPI projection (the loader
// refuses serviceAccountToken, clusterTrustBundle and podCertificate: no API server to issue them).
struct VolumeProjection {
  enum class Type { ConfigMap, Secret, DownwardAPI } type = Type::ConfigMap;
  std::string source_name;
  std::vector<KeyToPath> items;
  std::vector<DownwardAPIFile> downward_items;
  bool optional = false;
};

struct Volume {
  enum class Type { EmptyDir, HostPath, ConfigMap, Secret, DownwardAPI, Projected, Image, PersistentVolumeClaim } type = Type::EmptyDir;
  std::string name;
  // emptyDir
  std::string medium;  // "" or "Memory"
  std::optional<ResourceQuantity> size_limit;
  // hostPath
  std::string host_path;
  std::string host_path_type;  // "" means no checks
  // configMap / secret / downwardAPI / persistentVolumeClaim
  std::string source_name;       // configMap.name, secret.secretName or persistentVolumeClaim.claimName
  bool claim_read_only = false;  // persistentVolumeClaim.readOnly
  std::vector<KeyToPath> items;
  std::vector<DownwardAPIFile> downward_items;
  int default_mode = 0644;
  bool optional = false;
  std::vector<VolumeProjection> sources;  // projected
  // image: an OCI image mounted read-only (KEP-4639); pullPolicy defaulted as imagePullPolicy
  std::string image_reference;
  std::string image_pull_policy;
};

struct HostAlias {
  std::string ip;
  std::vector<std::string> hostnames;
};

struct PodDNSConfig {
  std::vector<std::string> nameservers;
  std::vector<std::string> searches;
  std::vector<std::pair<std::string, std::optional<std::string>>> options;
};

struct PodSecurityContext {
  std::optional<std::int64_t> run_as_user;
  std::optional<std::int64_t> run_as_group;
  std::optional<bool> run_as_non_root;
  std::vector<std::int64_t> supplemental_groups;
  std::string supplemental_groups_policy = "Merge";  // Merge: also the image's /etc/group; Strict
  std::optional<std::int64_t> fs_group;
  std::string fs_group_change_policy = "Always";
  std::vector<std::pair<std::string, std::string>> sysctls;  // name, value; in order
  std::optional<SeccompProfile> seccomp;
};

struct PodSpec {
  std::vector<Container> init_containers;  // in order; type Init or Sidecar
  std::vector<Container> containers;
  // spec.resources (Kubernetes 1.32+): the pod's own cpu and memory requests and limits, as
  // written (the pod-level request a limit implies is the planner's, plan/resources.h).
  ResourceRequirements resources;
  std::vector<Volume> volumes;
  std::string restart_policy = "Always";
  std::int64_t termination_grace_period_seconds = 30;
  std::string dns_policy = "ClusterFirst";
  std::optional<PodDNSConfig> dns_config;
  std::vector<HostAlias> host_aliases;
  std::vector<std::string> image_pull_secrets;  // Secret names, in order
  std::string hostname;
  std::string subdomain;
  bool set_hostname_as_fqdn = false;
  bool host_network = false;
  bool host_pid = false;
  bool host_ipc = false;
  bool share_process_namespace = false;
  bool host_users = true;
  PodSecurityContext security_context;
  std::string service_account_name = "default";
  std::string node_name;
};

struct Pod {
  ObjectMeta metadata;
  PodSpec spec;
  std::string canonical_spec;  // the spec as JSON with sorted keys: the input of the spec hash
  // What admission records of the pod (Pod Security's enforce-policy, audit-violations): the
  // API server writes them to its audit log; podrun adds them to the applied pod's annotations.
  std::map<std::string, std::string> admission_annotations;
  std::string file;
  Mark mark;
};

// A Namespace: podrun reads its labels (Pod Security's levels).
struct Namespace {
  std::string name;
  std::map<std::string, std::string> labels;
  std::string file;
  Mark mark;
};

struct ConfigMap {
  ObjectMeta metadata;
  std::map<std::string, std::string> data;  // binaryData decoded into here too
  bool immutable = false;
  std::string file;
  Mark mark;
};

struct Secret {
  ObjectMeta metadata;
  std::string type = "Opaque";
  std::map<std::string, std::string> data;  // decoded bytes; stringData merged in
  std::string file;
  Mark mark;
};

}  // namespace podrun::model
