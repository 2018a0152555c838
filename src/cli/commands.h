// The CLI: one file per group of subcommands (cmd_pods.cc: the pod manager's verbs;
// cmd_inspect.cc: describe, logs; ...), each wiring CLI11 options to a function of the pod
// manager or the loader and rendering what it returns, with the exit code. Only the CLI prints.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "common/log.h"

namespace podrun::cli {

// Exit codes, as kubectl and crun use them.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // invalid input, failed operation
constexpr int kExitUsage = 2;    // bad flag, missing file

struct GlobalOptions {
  std::string root = "/run/podrun";         // state (--root, PODRUN_ROOT)
  std::string storage = "/var/lib/podrun";  // images (--storage, PODRUN_STORAGE)
  std::string log_level = "warn";
  int cgroup_version = 0;  // --cgroup-version: 0 = detected, 1 or 2
  int verbose = 0;
  std::string config = "/etc/podrun/config.yaml";  // the machine's policy (--config, PODRUN_CONFIG)
  bool config_named = false;                       // given by the user: it must exist
  bool double_dash = false;                        // the command line has "--" (exec's COMMAND after it)
};

// A command line that cannot be right (a flag's value): the message, exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The level of diagnostics on stderr (common/log.h) that --log-level and -v/-vv ask for.
log::Level log_level(const GlobalOptions& global);

// A subcommand's work, run after parsing.
using Action = std::function<int()>;

void add_validate_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_plan_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_image_commands(CLI::App& app, GlobalOptions& global, Action& action);
void add_apply_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_get_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_delete_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_pod_tool_commands(CLI::App& app, GlobalOptions& global, Action& action);  // diff, exec, debug, gc, matrix
void add_inspect_commands(CLI::App& app, GlobalOptions& global, Action& action);
void add_fields_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_explain_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_version_command(CLI::App& app, GlobalOptions& global, Action& action);
void add_serve_commands(CLI::App& app, GlobalOptions& global, Action& action);
void add_workload_commands(CLI::App& app, GlobalOptions& global, Action& action);     // scale, rollout, wait
void add_ui_command(CLI::App& app, GlobalOptions& global, Action& action);            // the read-only web page (podrun-ui)
void add_probe_command(CLI::App& app, GlobalOptions& global, Action& action);         // hidden: the supervisor's gRPC probe
void add_copy_command(CLI::App& app, GlobalOptions& global, Action& action);          // cp: files to and from a container
void add_port_forward_command(CLI::App& app, GlobalOptions& global, Action& action);  // port-forward POD [LOCAL:]REMOTE...
void add_completion_commands(CLI::App& app, GlobalOptions& global, Action& action);   // completion; hidden: __complete, __gen
void add_examples(CLI::App& app);                                                     // the Examples that end each verb's --help

}  // namespace podrun::cli
