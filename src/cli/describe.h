// describe of the objects the controller process runs (cmd_describe.cc); describe pod,
// configmap and secret live in cmd_inspect.cc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace podrun::cli {

// `podrun describe KIND [NAME...]` for deployment(s), statefulset(s), daemonset(s), job(s),
// cronjob(s), service(s) and networkpolicy(ies): the exit code, or nullopt for another kind.
std::optional<int> describe_resources(const GlobalOptions& g, const std::vector<std::string>& args, const std::string& ns);

}  // namespace podrun::cli
