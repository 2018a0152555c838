// podrun ui [--listen ADDRESS]: the read-only web page (docs/ui.md). The server is podrun-ui,
// installed next to podrun (cli/ui_main.cc says why); this command checks the address and
// becomes it.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "cli/ui.h"
#include "exec/supervisor_process.h"

namespace podrun::cli {

namespace {

int run_ui(const GlobalOptions& g, const std::string& listen) {
  try {
    parse_listen(listen);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("ui: ") + e.what());
  }
  const std::string binary = exec::helper_binary("podrun-ui");
  std::vector<std::string> args = {
      "podrun-ui", "--root", g.root, "--storage", g.storage, "--config", g.config, "--log-level", log::level_name(log_level(g)),
      "--listen",  listen};
  if (g.config_named) args.push_back("--config-named");
  if (g.cgroup_version) {
    args.push_back("--cgroup-version");
    args.push_back(std::to_string(g.cgroup_version));
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::cout.flush();
  std::cerr.flush();
  ::execv(binary.c_str(), argv.data());
  std::cerr << "podrun: ui: execv `" << binary << "`: " << std::strerror(errno) << " (podrun-ui is installed next to podrun)\n";
  return kExitFailure;
}

}  // namespace

void add_ui_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto listen = std::make_shared<std::string>("127.0.0.1:8080");
  CLI::App* cmd = app.add_subcommand(
      "ui", "A read-only web page of the pods: namespace graphs, the isolation matrix, processes and mounts (loopback by default)");
  cmd->add_option(
         "--listen", *listen,
         "ADDRESS:PORT to serve on; an address other than loopback is taken only as written (anyone who reaches it can read the page)")
      ->capture_default_str();
  cmd->callback([&g, listen, &action] { action = [&g, listen] { return run_ui(g, *listen); }; });
}

}  // namespace podrun::cli
