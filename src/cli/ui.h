// podrun ui: a local, read-only web page of what runs — the pods (as `get pods`), each pod's
// namespace graph (its stored plan, drawn by Graphviz), the isolation matrix the kernel shows
// with the namespaces' inode numbers, and a container's processes and mounts from /proc. Served
// by podrun-ui (a program of its own, installed next to podrun: cpp-httplib and the TLS and
// compression libraries Debian builds it with stay out of every other command's start).
// docs/ui.md.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "pods/context.h"

namespace podrun::cli {

// Where to listen, from --listen: "127.0.0.1:8080", "[::1]:8080", "localhost:8080", ":8080" or
// "8080" (loopback). Names other than localhost are refused (an address says where the page is
// reachable from); a non-loopback address is taken only as written, and `exposed` says so.
struct ListenAddress {
  std::string host;  // an IPv4 or IPv6 address
  int port = 0;
  bool exposed = false;  // not loopback: others on the network can read the page
};
ListenAddress parse_listen(const std::string& text);  // throws std::invalid_argument

// A Host header a browser sends for this server: "localhost", or an IP address, each with an
// optional port. A name (what DNS rebinding uses to reach a loopback server from a web page
// elsewhere) is refused.
bool host_header_allowed(const std::string& host);

// The JSON documents the page reads. Each reads the state and /proc afresh, under no lock.
class UiData {
 public:
  explicit UiData(pods::Context ctx) : ctx_(std::move(ctx)) {}
  nlohmann::json pods() const;                                                        // /api/pods
  std::optional<nlohmann::json> pod(const std::string& ns, const std::string& name);  // /api/pods/NS/NAME
  std::optional<nlohmann::json> container(const std::string& ns, const std::string& name, const std::string& container) const;

 private:
  std::string graph_svg(const std::string& dot);  // dot -Tsvg, remembered by its source
  pods::Context ctx_;
  std::mutex mu_;
  std::map<std::string, std::string> graphs_;  // dot source → inline SVG
};

// The page: HTML with its CSS and JavaScript inline (no other asset, works offline).
extern const char* const kUiPage;

// Serves until SIGINT or SIGTERM; returns the exit code.
int serve_ui(const pods::Context& ctx, const ListenAddress& where);

}  // namespace podrun::cli
