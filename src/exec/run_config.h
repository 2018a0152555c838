// What the pod manager hands the pod's supervisor: <pod dir>/run.json. The plan travels in its
// lossless form (plan/codec.h), so the supervisor needs neither the loader nor the planner;
// whatever releases a pod's resources reads it (exec/pod_teardown.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <chrono>
#include "net/pod_network.h"
#include "plan/plan.h"

namespace podrun::exec {

// CrashLoopBackOff's settings (supervisor/backoff.h computes the delays): the kubelet's
// 10 s doubling to 300 s, reset after 10 minutes; `apply --backoff-base` shortens them.
struct BackoffPolicy {
  std::chrono::milliseconds base{10'000};
  std::chrono::milliseconds max{300'000};
  std::chrono::milliseconds reset_after{600'000};
};

struct ImageLayers {
  std::vector<std::string> layers;  // top first
  std::string user;
  std::string mount_points;  // the image's mount-point layer (image/mount_points.h), or ""
};

// An event apply saw before the supervisor existed (Pulling, Pulled, Failed of an image), for
// the pod's event list right after Scheduled, in the kubelet's order.
struct PriorEvent {
  std::string type, reason, object, message;
};

// How the supervisor pulls again an image that apply could not pull (ImagePullBackOff): it
// runs `podrun image pull-for-pod` (pods/images.h) with the settings that apply had.
struct PullRetry {
  std::string podrun_binary;  // the podrun that applied the pod (gRPC probes run it too)
  std::string storage_root;   // its --storage
  std::string config_path;    // its --config ...
  bool config_named = false;  // ... given by the user
  std::string authfile;       // --authfile
  std::vector<std::string> insecure;
  std::string platform;
};

// What the CLI hands the supervisor: <pod dir>/run.json.
struct RunConfig {
  plan::PodPlan plan;
  std::map<std::string, ImageLayers> images;  // by reference as the manifest writes it
  std::string state_root;
  std::string pause_binary;
  BackoffPolicy backoff;
  std::string bridge = net::kDefaultBridge, subnet = net::kDefaultSubnet;  // the pod network
  std::string cgroup_root = "/sys/fs/cgroup";                              // the hierarchy of plan.cgroup_version
  plan::CgroupVersion cgroup_version = plan::CgroupVersion::V1;
  std::uint64_t log_max_bytes = 10 << 20;  // kubelet containerLogMaxSize
  int log_max_files = 5;                   // kubelet containerLogMaxFiles
  std::string log_level = "warn";          // the supervisor's diagnostics (common/log.h), as the CLI's
  // hostUsers: false: idmapped mounts when the kernel and filesystems allow them ("auto"), or
  // never ("never": the pod's files chowned into its block, the image copied and shifted).
  std::string idmapped_mounts = "auto";
  // The pod's directory on disk (exec/pod_setup.h attach_pod_storage).
  std::string storage_dir;
  // How often the pod's storage use is measured against its limits (sizeLimit,
  // ephemeral-storage), when it has any; the kubelet's eviction manager runs every 10 s.
  std::int64_t eviction_period_ms = 10'000;
  std::vector<PriorEvent> prior_events;
  PullRetry pull_retry;
};

// A debug container (`podrun debug`) for the pod's supervisor: <pod dir>/ephemeral/<name>.json,
// written by the pod manager, then SIGUSR1 to the supervisor, which starts it once.
struct EphemeralRequest {
  std::string spec_json;  // the EphemeralContainer as the API shows it (get -o yaml)
  plan::ContainerPlan plan;
  ImageLayers image;
  // Attached streams (-i, -t): paths the supervisor opens for the container's fds 0-2 (the
  // caller's pipes, as /proc/PID/fd/N, or the slave of its terminal); "" for /dev/null on 0
  // and the container's log on 1 and 2.
  std::string stdin_path, stdout_path, stderr_path;
  // -t: a unix socket the caller listens on (<pod dir>/ephemeral/<name>.sock); the container's
  // child sends it the master of a terminal made in the container's devpts (exec/container.h).
  std::string console_socket;
};

std::string encode_ephemeral_request(const EphemeralRequest& r);
EphemeralRequest decode_ephemeral_request(const std::string& json);  // throws std::runtime_error

std::string encode_run_config(const RunConfig& c);
RunConfig decode_run_config(const std::string& json);  // throws std::runtime_error

// The same in the binary form of common/binary_codec.h, as hex (no newline in it): the word
// that gives a supervisor of this build its pod's configuration ahead of the pod
// (exec/supervisor_process.h, tell_run_config). Decoding it takes a few microseconds where the
// JSON took a third of a millisecond. nullopt when the word is not that: another build's
// layout, or damaged; the supervisor then reads run.json.
std::string encode_run_config_word(const RunConfig& c);
std::optional<RunConfig> decode_run_config_word(std::string_view hex);

}  // namespace podrun::exec
