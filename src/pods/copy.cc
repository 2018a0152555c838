#include "pods/copy.h"

#include <optional>

#include "common/files.h"
#include "exec/copy.h"
#include "exec/run_config.h"
#include "pods/exec.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

// The container's working directory as its plan says (what exec and kubectl's tar start in);
// nullopt when the plan does not know it (no plan, or an image pulled after apply without a
// workingDir in the manifest).
std::optional<std::string> planned_cwd(const state::PodPaths& paths, const state::ContainerState& c) {
  auto from = [](const plan::ContainerPlan& p) -> std::optional<std::string> {
    if (!p.image_wait) return p.process.cwd;
    if (!p.image_wait->spec.working_dir.empty()) return p.image_wait->spec.working_dir;
    return std::nullopt;
  };
  try {
    if (c.type == state::ContainerType::Ephemeral) {
      if (auto text = files::read(paths.ephemeral_request(c.name))) return from(exec::decode_ephemeral_request(*text).plan);
      return std::nullopt;
    }
    auto text = files::read(paths.run_config());
    if (!text) return std::nullopt;
    for (const auto& p : exec::decode_run_config(*text).plan.containers)
      if (p.name == c.name) return from(p);
  } catch (const std::runtime_error&) {}
  return std::nullopt;
}

}  // namespace

void copy_files(const Context& ctx, const CopyRequest& r, const std::function<void(const std::string&)>& warn) {
  // The container as exec finds it (pods/exec.cc), with exec's messages.
  state::StateStore store(ctx.state_root);
  auto s = store.load(r.ns, r.pod);
  if (!s) throw NotFound("pod \"" + r.pod + "\" not found in namespace " + r.ns);
  const state::ContainerState c = running_container(*s, r.container);
  // Its root, from its /proc directory opened before the pid and start time are checked.
  std::optional<exec::ContainerRoot> root = exec::open_container_root(c.pid, c.start_time);
  if (!root) throw NotFound("container " + c.name + " is not running");
  exec::CopyOptions o;
  o.label = r.pod + ":";
  o.cwd = planned_cwd(store.paths(r.ns, r.pod), c).value_or(root->cwd);
  o.preserve = r.preserve;
  o.warn = warn;
  if (r.to_container) exec::copy_to_container(r.local, *root, r.container_path, o);
  else exec::copy_from_container(*root, r.container_path, r.local, o);
}

}  // namespace podrun::pods
