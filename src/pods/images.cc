#include "pods/images.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "common/files.h"

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
        for (auto& e : image::parse_docker_config(data->second, "Secret " + pod.metadata.ns + "/" + name)) pod_credentials.push_back(e);
        secret_key += name + ",";
      } catch (const std::runtime_error& e) {
        pi.warnings.push_back(std::string("imagePullSecrets: ") + e.what());
      }
    }
    auto each = [&](const std::vector<model::Container>& cs, const char* field) {
      for (const auto& c : cs) {
        std::string object = std::string(field) + "{" + c.name + "}";
        std::string policy = effective_pull_policy(c.image_pull_policy, override_policy);
        bool stored = store.find(c.image).has_value();
        switch (pull_action(policy, stored)) {
          case PullAction::UseStored: break;  // the supervisor says "already present" as it creates the container
          case PullAction::Missing:
            pi.events.push_back(
                {"Warning", "ErrImageNeverPull", object, "Container image \"" + c.image + "\" is not present with pull policy of Never"});
            pi.events.push_back({"Warning", "Failed", object, "Error: ErrImageNeverPull"});
            break;
          case PullAction::Pull: {
            std::string job = c.image + "\n" + secret_key;
            if (!jobs.count(job)) {
              if (!machine_credentials_read) {
                machine_credentials = auth_file_credentials(flags.authfile);
                machine_credentials_read = true;
              }
              Job j;
              j.image = c.image;
              j.credentials = pod_credentials;
              j.credentials.insert(j.credentials.end(), machine_credentials.begin(), machine_credentials.end());
              jobs[job] = std::move(j);
            }
            uses.push_back({key, object, c.image, job});
            break;
          }
        }
      }
    };
    each(pod.spec.init_containers, "spec.initContainers");
    each(pod.spec.containers, "spec.containers");
  }

  // 2. The pulls, in parallel (each one's blobs in parallel too).
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

}  // namespace podrun::pods
