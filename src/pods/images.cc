#include "pods/images.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/files.h"
#include "common/linkage.h"
#include "exec/run_config.h"
#include "image/mount_points.h"
#include "image/rootfs.h"
#include "plan/process.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3fs", s);
  return buf;
}

std::vector<image::CredentialEntry> read_auth_file(const std::string& path) {
  auto text = files::read(path);
  if (!text) throw std::runtime_error("auth file " + path + ": cannot be read");
  return image::parse_docker_config(*text, path);
}

struct Job {
  std::string image;
  std::vector<image::CredentialEntry> credentials;
  std::string error;
  bool network = false;  // the failure was the network's (the store's copy may serve)
  image::PullResult result;
  double seconds = 0;
};

}  // namespace

std::vector<image::CredentialEntry> auth_file_credentials(const std::string& authfile) {
  if (!authfile.empty()) return read_auth_file(authfile);
  if (const char* env = std::getenv("REGISTRY_AUTH_FILE"); env && *env) return read_auth_file(env);
  std::string runtime = "/run/containers/" + std::to_string(::getuid()) + "/auth.json";
  if (files::exists(runtime)) return read_auth_file(runtime);
  if (const char* home = std::getenv("HOME"); home && *home) {
    std::string docker = std::string(home) + "/.docker/config.json";
    if (files::exists(docker)) return read_auth_file(docker);
  }
  return {};
}

image::PullOptions pull_options(const host::MachineConfig& machine, const PullFlags& flags,
                                std::vector<image::CredentialEntry> credentials) {
  image::PullOptions o;
  o.registries = machine.registries;
  for (const auto& h : flags.insecure) o.registries.insecure.push_back(h);
  if (!flags.platform.empty()) {
    std::string why;
    auto p = image::parse_platform(flags.platform, &why);
    if (!p) throw std::runtime_error(why);
    o.platform = *p;
  }
  o.credentials = std::move(credentials);
  return o;
}

PullAction pull_action(const std::string& policy, bool stored) {
  if (policy == "Always") return PullAction::Pull;
  if (policy == "Never") return stored ? PullAction::UseStored : PullAction::Missing;
  return stored ? PullAction::UseStored : PullAction::Pull;
}

std::string effective_pull_policy(const std::string& container_policy, const std::string& override_policy) {
  return override_policy.empty() ? container_policy : override_policy;
}

std::map<std::string, PodImages> pull_images(const image::Store& store, const std::vector<model::Pod>& pods,
                                             const std::vector<model::Secret>& secrets, const host::MachineConfig& machine,
                                             const PullFlags& flags) {
  std::map<std::string, PodImages> out;
  const std::string override_policy = !flags.policy.empty() ? flags.policy : machine.image_pull_policy;
  std::vector<image::CredentialEntry> machine_credentials;  // read once, only when a pull needs it
  bool machine_credentials_read = false;

  // 1. What each container needs; one job per image and set of pull secrets.
  std::map<std::string, Job> jobs;
  struct Use {
    std::string pod, object, image, job;
  };
  std::vector<Use> uses;
  for (const auto& pod : pods) {
    const std::string key = pod.metadata.ns + "/" + pod.metadata.name;
    PodImages& pi = out[key];
    std::vector<image::CredentialEntry> pod_credentials;
    std::string secret_key;
    for (const auto& name : pod.spec.image_pull_secrets) {
      const model::Secret* found = nullptr;
      for (const auto& s : secrets)
        if (s.metadata.name == name && s.metadata.ns == pod.metadata.ns) found = &s;
      if (!found) {
        pi.warnings.push_back("imagePullSecrets: Secret \"" + name + "\" is not in the input (namespace " + pod.metadata.ns +
                              "); pulls go without it");
        continue;
      }
      const char* item = found->type == "kubernetes.io/dockercfg" ? ".dockercfg" : ".dockerconfigjson";
      auto data = found->data.find(item);
      if (data == found->data.end()) {
        pi.warnings.push_back("imagePullSecrets: Secret \"" + name + "\" has no " + item + " (type " + found->type + ")");
        continue;
      }
      try {
        const std::string source = "Secret " + pod.metadata.ns + "/" + name;
        for (auto& e : image::parse_docker_config(data->second, source)) pod_credentials.push_back(e);
        pi.secret_configs.emplace_back(source, data->second);
        secret_key += name + ",";
      } catch (const std::runtime_error& e) {
        pi.warnings.push_back(std::string("imagePullSecrets: ") + e.what());
      }
    }
    // One image a container runs or a volume mounts, under its policy (the override first).
    auto need = [&](const std::string& object, const std::string& image, const std::string& own_policy) {
      std::string policy = effective_pull_policy(own_policy, override_policy);
      bool stored = store.find(image).has_value();
      switch (pull_action(policy, stored)) {
        case PullAction::UseStored: break;  // the supervisor says "already present" as it creates the container
        case PullAction::Missing:
          pi.events.push_back(
              {"Warning", "ErrImageNeverPull", object, "Container image \"" + image + "\" is not present with pull policy of Never"});
          pi.events.push_back({"Warning", "Failed", object, "Error: ErrImageNeverPull"});
          break;
        case PullAction::Pull: {
          std::string job = image + "\n" + secret_key;
          if (!jobs.count(job)) {
            if (!machine_credentials_read) {
              machine_credentials = auth_file_credentials(flags.authfile);
              machine_credentials_read = true;
            }
            Job j;
            j.image = image;
            j.credentials = pod_credentials;
            j.credentials.insert(j.credentials.end(), machine_credentials.begin(), machine_credentials.end());
            jobs[job] = std::move(j);
          }
          uses.push_back({key, object, image, job});
          break;
        }
      }
    };
    // Image volumes first: the kubelet pulls them once per pod, in SyncPod, before any
    // container (KEP-4639); their events are the pod's own (no container's field path).
    for (const auto& v : pod.spec.volumes)
      if (v.type == model::Volume::Type::Image) need("", v.image_reference, v.image_pull_policy);
    for (const auto& c : pod.spec.init_containers) need("spec.initContainers{" + c.name + "}", c.image, c.image_pull_policy);
    for (const auto& c : pod.spec.containers) need("spec.containers{" + c.name + "}", c.image, c.image_pull_policy);
  }

  // 2. The pulls, in parallel (each one's blobs in parallel too): in podrun-dynamic, which a
  //    statically linked podrun hands the command on to now, before anything is pulled.
  if (!jobs.empty()) require_dynamic_build("pulling " + jobs.begin()->second.image, "libcurl");
  std::vector<std::thread> threads;
  for (auto& [key, job] : jobs) {
    threads.emplace_back([&, jp = &job] {
      auto start = std::chrono::steady_clock::now();
      try {
        image::PullOptions o = pull_options(machine, flags, jp->credentials);
        if (flags.progress) o.progress = [&, jp](const image::PullProgress& p) { flags.progress(jp->image, p); };
        jp->result = image::pull_image(store, jp->image, o);
      } catch (const image::RegistryError& e) {
        jp->error = e.what();
        jp->network = e.kind == image::RegistryError::Kind::Network;
      } catch (const std::exception& e) {
        jp->error = e.what();
      }
      jp->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    });
  }
  for (auto& t : threads) t.join();

  // 3. The kubelet's events, per container.
  for (const auto& u : uses) {
    const Job& j = jobs.at(u.job);
    PodImages& pi = out[u.pod];
    pi.events.push_back({"Normal", "Pulling", u.object, "Pulling image \"" + u.image + "\""});
    if (j.error.empty()) {
      pi.events.push_back({"Normal", "Pulled", u.object,
                           "Successfully pulled image \"" + u.image + "\" in " + seconds_text(j.seconds) +
                               ". Image size: " + std::to_string(j.result.image.size) + " bytes."});
      continue;
    }
    std::string why = j.error;
    if (j.network && store.find(u.image))
      why += " (the image is in the local store: `apply --image-pull-policy IfNotPresent`, or imagePullPolicy: IfNotPresent in " +
             std::string(host::kDefaultConfigPath) + ", uses it without the network)";
    pi.events.push_back({"Warning", "Failed", u.object, "Failed to pull image \"" + u.image + "\": " + why});
    pi.events.push_back({"Warning", "Failed", u.object, "Error: ErrImagePull"});
    pi.failed[u.image] = why;
  }
  return out;
}

void write_pull_secrets(const std::string& pod_dir, const std::vector<std::pair<std::string, std::string>>& configs) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& [source, data] : configs) j.push_back({{"source", source}, {"config", data}});
  const std::string path = state::PodPaths{pod_dir}.pull_secrets();
  if (!files::write(path, j.dump(), 0600)) throw SysError("keep the pod's imagePullSecrets", "write", path, errno);
}

PodPullResult pull_for_pod(const std::string& pod_dir, const std::string& container) {
  PodPullResult out;
  const state::PodPaths paths{pod_dir};
  auto fail = [&](const std::string& why) {
    out.message = why;
    return out;
  };
  // 1. What the pod's supervisor was given, and the container's image.
  std::optional<std::string> text = files::read(paths.run_config());
  if (!text) return fail("read " + paths.run_config() + ": " + std::strerror(errno));
  exec::RunConfig run = exec::decode_run_config(*text);
  std::string image;
  for (const auto& c : run.plan.containers)
    if (c.name == container) image = c.image;
  if (image.empty()) return fail("the pod has no container " + container);
  const exec::PullRetry& r = run.pull_retry;

  // 2. The pull, with the apply's settings: the machine's registries, its flags, the pod's
  //    imagePullSecrets before the auth file.
  std::vector<image::CredentialEntry> credentials;
  if (std::optional<std::string> secrets = files::read(paths.pull_secrets())) {
    for (const auto& s : nlohmann::json::parse(*secrets, nullptr, false))
      if (s.is_object())
        for (auto& e : image::parse_docker_config(s.value("config", ""), s.value("source", ""))) credentials.push_back(std::move(e));
  }
  auto start = std::chrono::steady_clock::now();
  image::Store store(r.storage_root.empty() ? std::string("/var/lib/podrun") : r.storage_root);
  image::PullResult pulled;
  try {
    host::MachineConfig machine =
        host::load_machine_config(r.config_path.empty() ? host::kDefaultConfigPath : r.config_path, r.config_named);
    PullFlags flags;
    flags.authfile = r.authfile;
    flags.insecure = r.insecure;
    flags.platform = r.platform;
    for (auto& e : auth_file_credentials(r.authfile)) credentials.push_back(std::move(e));
    pulled = image::pull_image(store, image, pull_options(machine, flags, credentials));
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.size = pulled.image.size;

  // 3. The containers that waited for it, completed with its configuration, and its layers:
  //    run.json again, read under the pod's lock (two containers' pulls may end together).
  std::optional<image::ImageRecord> record = store.find(image);
  if (!record) return fail("image " + image + " is not in the store after its pull");
  const image::ImageConfig ic = store.details(*record).config;
  const plan::ImageConfig config{ic.entrypoint, ic.cmd, ic.env, ic.working_dir, ic.user};
  state::StateStore states(run.state_root);
  auto lock = states.lock_pod(run.plan.ns, run.plan.name);
  text = files::read(paths.run_config());
  if (!text) return fail("read " + paths.run_config() + ": " + std::strerror(errno));
  run = exec::decode_run_config(*text);
  bool waiting = false;
  for (auto& c : run.plan.containers) {
    if (c.image == image) plan::complete_with_image(c, config);
    if (c.image_wait) waiting = true;
  }
  run.images[image] = exec::ImageLayers{image::layer_dirs(store, *record), ic.user, image::mount_point_layer(store, *record)};
  const std::string tmp = paths.run_config() + ".tmp";
  if (!files::write(tmp, exec::encode_run_config(run), 0600) || ::rename(tmp.c_str(), paths.run_config().c_str()) != 0)
    return fail("write " + paths.run_config() + ": " + std::strerror(errno));
  // No pull is left to retry: the credentials go.
  if (!waiting) ::unlink(paths.pull_secrets().c_str());
  out.ok = true;
  return out;
}

}  // namespace podrun::pods
