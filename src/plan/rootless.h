// Rootless (podrun run by an ordinary user): what such a user may not ask of the host, as
// rules over the pod, checked before anything is pulled or made. podman's rootless mode
// refuses the same things, for the same reason: the kernel gives an unprivileged user no
// privileged ports on the host's network, no devices, no files it cannot read, and no real
// root (`privileged: true`).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/model.h"

namespace podrun::plan {

// The user and what the host lets an unprivileged user do (host/host_facts.h reads them).
struct RootlessFacts {
  std::int64_t uid = 1000;
  int unprivileged_port_start = 1024;  // net.ipv4.ip_unprivileged_port_start
  // Whether the user can read `path` (a directory: list it); injected, so that the rules stay
  // pure and tests need no files.
  std::function<bool(const std::string& path)> readable = [](const std::string&) { return true; };
};

struct RootlessRefusal {
  std::string path;     // the field: spec.containers[0].securityContext.privileged
  std::string message;  // why an ordinary user cannot have it
};

// Every field of the pod a rootless run cannot honour, in the manifest's order.
std::vector<RootlessRefusal> rootless_refusals(const model::Pod& pod, const RootlessFacts& facts);

}  // namespace podrun::plan
