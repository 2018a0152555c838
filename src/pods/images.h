// Images for pods, as the kubelet's image manager gets them: for each container, its
// imagePullPolicy (or the machine owner's override) decides, and for each image volume its
// pullPolicy; then pulls run in parallel and each pod gets the kubelet's events (Pulling,
// Pulled, Failed).
//
//   pull_action()   Always → pull (a re-check: an unchanged digest fetches nothing);
//                   IfNotPresent → pull when not stored; Never → the store or nothing.
//   pull_images()   every distinct image of the pods, once, with the pods' imagePullSecrets
//                   (kubernetes.io/dockerconfigjson Secrets of the same input) before the
//                   machine's auth file.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "exec/run_config.h"
#include "host/machine_config.h"
#include "image/pull.h"
#include "image/store.h"
#include "model/model.h"

namespace podrun::pods {

// The caller's flags about pulls (podrun image pull, podrun apply).
struct PullFlags {
  std::string policy;                 // --image-pull-policy: "" or Always, IfNotPresent, Never
  std::string authfile;               // --authfile
  std::vector<std::string> insecure;  // --insecure-registry HOST
  std::string platform;               // --platform os/arch[/variant]
  // Progress of one image's pull (called from pulling threads, one call at a time).
  std::function<void(const std::string& image, const image::PullProgress&)> progress;
};

// The auth file podman and docker would read: `authfile`, else $REGISTRY_AUTH_FILE, else
// /run/containers/<uid>/auth.json, else $HOME/.docker/config.json; none is no credentials.
// A file named explicitly must exist. Throws std::runtime_error naming the file.
std::vector<image::CredentialEntry> auth_file_credentials(const std::string& authfile);

// The options of a pull: the machine's registries with --insecure-registry added, the
// platform, `credentials` (most specific first).
image::PullOptions pull_options(const host::MachineConfig& machine, const PullFlags& flags,
                                std::vector<image::CredentialEntry> credentials);

enum class PullAction { UseStored, Pull, Missing };
// Pure: what a container's image needs under `policy` (the effective one).
PullAction pull_action(const std::string& policy, bool stored);
// The policy that holds: the override when set, else the container's.
std::string effective_pull_policy(const std::string& container_policy, const std::string& override_policy);

// What happened to the images of one pod.
struct PodImages {
  std::vector<exec::PriorEvent> events;       // Pulling, Pulled, Failed per container
  std::map<std::string, std::string> failed;  // image → why (ErrImagePull's message)
  std::vector<std::string> warnings;          // a missing imagePullSecret, ...
  // Its imagePullSecrets' docker configs (where from, the JSON), for the supervisor's retries
  // of a failed pull (exec::PullRetry): written into the pod's directory only then.
  std::vector<std::pair<std::string, std::string>> secret_configs;
};

// Pulls what the pods need (each image once, in parallel) and says what happened per pod,
// keyed "namespace/name".
std::map<std::string, PodImages> pull_images(const image::Store& store, const std::vector<model::Pod>& pods,
                                             const std::vector<model::Secret>& secrets, const host::MachineConfig& machine,
                                             const PullFlags& flags);

// The pod's imagePullSecrets for its supervisor's retries: `<pod dir>/pull-secrets.json`, 0600
// (state/pod_paths.h). Throws SysError.
void write_pull_secrets(const std::string& pod_dir, const std::vector<std::pair<std::string, std::string>>& configs);

// A retry of a pull that failed at apply, run by the pod's supervisor (`podrun image
// pull-for-pod DIR CONTAINER`, exec::PullRetry): pulls the container's image with the apply's
// settings and the pod's imagePullSecrets, then completes every container of the pod that
// waited for that image (plan::complete_with_image) in its run.json, under the pod's lock.
struct PodPullResult {
  bool ok = false;
  std::string message;    // why it failed
  std::int64_t size = 0;  // the image's size
  double seconds = 0;     // how long the pull took
};
PodPullResult pull_for_pod(const std::string& pod_dir, const std::string& container);

}  // namespace podrun::pods
