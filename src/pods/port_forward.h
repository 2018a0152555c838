// port-forward: kubectl port-forward for podrun's pods. Listens on the host (127.0.0.1 and
// ::1 by default) and relays each connection to a port on the pod's own loopback, through a
// socket made in the pod's network namespace (net/forward.h): no route to the pod's address
// is needed, so hostNetwork pods, pods on an isolated network and ports bound to 127.0.0.1
// inside the pod all work, as kubelet's port-forward does.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pods/context.h"

namespace podrun::pods {

// One LOCAL:REMOTE pair. `remote_name` is a named container port ("http"), resolved from the
// pod's containers when remote is 0.
struct PortPair {
  std::uint16_t local = 0;  // 0: the kernel picks one
  std::uint16_t remote = 0;
  std::string remote_name;
};

// kubectl's forms: "8080:80", ":80" (any local port), "80" (the same on both sides),
// "8080:http". Throws std::invalid_argument with kubectl's wording on a bad one.
PortPair parse_port_pair(const std::string& text);

struct PortForwardRequest {
  std::string ns = "default", pod;
  std::vector<PortPair> ports;
  std::vector<std::string> addresses = {"localhost"};  // "localhost" = 127.0.0.1 and ::1
};

// What the relay tells its caller, for the CLI to print as kubectl does.
struct PortForwardEvents {
  std::function<void(const std::string& address, std::uint16_t local, std::uint16_t remote)> listening;
  std::function<void(std::uint16_t local)> connection;
  std::function<void(const std::string& error)> connection_failed;  // this connection only
};

// Forwards until SIGINT or SIGTERM (returns 0) or until the pod's sandbox is gone (throws
// NotFound "lost connection to pod"). Throws NotFound when the pod is not there or not
// running, SysError when no requested port can listen.
int port_forward(const Context& ctx, const PortForwardRequest& request, const PortForwardEvents& events);

}  // namespace podrun::pods
