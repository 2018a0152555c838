// port-forward: kubectl port-forward's command line and output; the relay is the pod
// manager's (pods/port_forward.h).
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "common/error.h"
#include "common/files.h"
#include "pods/port_forward.h"

namespace podrun::cli {

namespace {

struct ForwardOptions {
  std::string pod, ns = "default";
  std::vector<std::string> ports, addresses = {"localhost"};
};

int run_port_forward(const GlobalOptions& g, const ForwardOptions& o) {
  pods::PortForwardRequest r;
  r.ns = o.ns;
  r.pod = o.pod;
  for (const auto& p : o.ports) {
    try {
      r.ports.push_back(pods::parse_port_pair(p));
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("port-forward: ") + e.what());
    }
  }
  r.addresses.clear();
  for (const auto& list : o.addresses)
    for (const auto& a : files::split(list, ','))
      if (!a.empty()) r.addresses.push_back(a);
  pods::PortForwardEvents events;
  // kubectl's lines, flushed at once: scripts wait for "Forwarding from" before they connect.
  events.listening = [](const std::string& address, std::uint16_t local, std::uint16_t remote) {
    std::cout << "Forwarding from " << (address.find(':') != std::string::npos ? "[" + address + "]" : address) << ":" << local << " -> "
              << remote << std::endl;
  };
  events.connection = [](std::uint16_t local) { std::cout << "Handling connection for " << local << std::endl; };
  events.connection_failed = [](const std::string& error) { std::cerr << "podrun: port-forward: " << error << std::endl; };
  try {
    return pods::port_forward(context(g), r, events);
  } catch (const SysError& e) {
    std::cerr << "podrun: port-forward: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace

void add_port_forward_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto o = std::make_shared<ForwardOptions>();
  CLI::App* cmd = app.add_subcommand(
      "port-forward", "Forward local ports to a pod's ports, through its network namespace (kubectl port-forward POD [LOCAL:]REMOTE...)");
  cmd->add_option("pod", o->pod, "Pod (NAME or pod/NAME)")->required();
  cmd->add_option("ports", o->ports, "[LOCAL:]REMOTE: 8080:80, :80 (any free local port), 80, 8080:http (a named container port)")
      ->required();
  cmd->add_option("-n,--namespace", o->ns, "Namespace")->capture_default_str();
  cmd->add_option("--address", o->addresses, "Addresses to listen on, comma-separated: localhost (127.0.0.1 and ::1) or IP literals")
      ->capture_default_str();
  cmd->callback([&g, o, &action] {
    o->pod = pod_name_arg("port-forward", o->pod);
    action = [&g, o] { return run_port_forward(g, *o); };
  });
}

}  // namespace podrun::cli
