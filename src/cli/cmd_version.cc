#include <iostream>

#include <yaml-cpp/yaml.h>

#include "cli/commands.h"

namespace podrun::cli {

void add_version_command(CLI::App& app, GlobalOptions&, Action& action) {
  CLI::App* cmd = app.add_subcommand("version", "Print podrun's version");
  cmd->callback([&action] {
    action = [] {
      std::cout << "podrun " << PODRUN_VERSION << " (Kubernetes API v1, schemas of 1.31 and 1.35; default target 1.35)\n";
      return kExitOk;
    };
  });
}

}  // namespace podrun::cli
