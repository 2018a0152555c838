#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"

namespace podrun::cli {

void add_version_command(CLI::App& app, GlobalOptions&, Action& action) {
  CLI::App* cmd = app.add_subcommand("version", "Print podrun's version (-o json for scripts)");
  auto output = std::make_shared<std::string>();
  cmd->add_option("-o,--output", *output, "json (as kubectl version -o json)")->check(CLI::IsMember({"json"}));
  cmd->callback([&action, output] {
    action = [output] {
      if (*output == "json") {
        nlohmann::ordered_json v = {{"podrunVersion", PODRUN_VERSION},
                                    {"apiVersion", "v1"},
                                    {"kubernetesVersions", {"1.31", "1.32", "1.33", "1.34", "1.35"}},
                                    {"defaultKubernetesVersion", "1.35"}};
        std::cout << v.dump(2) << "\n";
        return kExitOk;
      }
      std::cout << "podrun " << PODRUN_VERSION << " (Kubernetes API v1, schemas of 1.31 and 1.35; default target 1.35)\n";
      return kExitOk;
    };
  });
}

}  // namespace podrun::cli
