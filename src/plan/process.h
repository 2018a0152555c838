// A container's process: argv from command/args and the image's ENTRYPOINT/CMD, the
// environment with Kubernetes' $(VAR) expansion, working directory and user.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "plan/plan.h"

namespace podrun::plan {

// Kubernetes' $(VAR) expansion (third_party/forked/golang/expansion): `$(NAME)` becomes the
// value `lookup` gives, or stays as written when it gives none; `$$` is `$`; any other `$` is
// kept.
std::string expand_vars(const std::string& input, const std::function<std::optional<std::string>(const std::string&)>& lookup);

// argv by the Kubernetes rules: neither command nor args → ENTRYPOINT + CMD; command only →
// command (CMD dropped); args only → ENTRYPOINT + args; both → command + args.
std::vector<std::string> container_argv(const std::vector<std::string>& command, const std::vector<std::string>& args,
                                        const ImageConfig* image);

// Everything env resolution may need from the pod besides the container itself.
struct EnvContext {
  const model::Pod* pod = nullptr;
  std::string pod_uid;
  std::string hostname;
  const HostFacts* host = nullptr;
  const std::vector<model::ConfigMap>* configmaps = nullptr;
  const std::vector<model::Secret>* secrets = nullptr;
};

// The data of the ConfigMap (or Secret) `name` in the pod's namespace, or null when the input
// has none (the loader refused the pod unless the reference is optional).
const std::map<std::string, std::string>* object_data(const EnvContext& ctx, bool secret, const std::string& name);

// The manifest's half of a container's process: HOSTNAME (as the runtime sets it), then envFrom
// and env in order with $(VAR) expansion against earlier entries (later definitions win);
// command and args expanded against that environment; working directory and user settings.
ProcessSpec process_spec(const model::Container& c, const EnvContext& ctx);

// The process from the manifest's half and the image (null: not known): argv, the image's ENV
// under the manifest's, working directory, uid and gid. Capabilities and groups stay as they are.
void finish_process(const ProcessSpec& spec, const ImageConfig* image, ProcessPlan& p);

// Both halves, with supplementalGroups and fsGroup.
ProcessPlan container_process(const model::Container& c, const ImageConfig* image, const EnvContext& ctx);

// Why a container with this process cannot start, though its manifest is valid (the kubelet's
// CreateContainerConfigError): runAsNonRoot against the user, no command at all.
std::vector<std::string> process_start_errors(const ProcessSpec& spec, const ProcessPlan& p, const ImageConfig* image);

// A container that waited for its image (ContainerPlan::image_wait), completed with it once a
// pull has it: its process and start errors as the planner would have made them.
void complete_with_image(ContainerPlan& c, const ImageConfig& image);

// A downward API value (env or volume file), or nullopt with `deferred` set when it is only
// known once the pod runs (status.podIP and friends).
std::optional<std::string> field_ref_value(const std::string& field_path, const EnvContext& ctx, std::string* deferred);
std::string resource_field_value(const model::ResourceFieldSelector& ref, const model::Container& self, const EnvContext& ctx);

}  // namespace podrun::plan
