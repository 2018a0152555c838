// podrun: runs Kubernetes Pod manifests on one Linux machine.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "common/linkage.h"
#include "common/trace.h"
#include "exec/quick_exit.h"
#include "exec/rootless_session.h"
#include "exec/supervisor_process.h"
#include "pods/context.h"

namespace {

// Edits between two words (Levenshtein), as kubectl's suggestions measure them.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The first word of the command line that is not a global option (or its value): the verb.
// Empty when there is none.
std::string verb_of(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") return "";
    if (a.rfind("-", 0) != 0) return a;
    bool takes_value = a == "--root" || a == "--storage" || a == "--log-level" || a == "--config" || a == "--cgroup-version";
    if (takes_value) ++i;  // --root DIR; --root=DIR is one word
  }
  return "";
}

// kubectl's answer to a verb it does not have: `unknown command "logss" for "kubectl"`, with
// the verbs within two edits (or starting with the word) as suggestions; podman's verbs get
// podrun's equivalent. One line; nullopt when `verb` is a command.
std::optional<std::string> unknown_command(const CLI::App& app, const std::string& verb) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    // A hidden verb (no description: probe, __complete, ...) is a command, never a suggestion.
    if (sub->get_description().empty()) {
      if (sub->get_name() == verb) return std::nullopt;
      continue;
    }
    names.push_back(sub->get_name());
    for (const auto& alias : sub->get_aliases()) names.push_back(alias);
  }
  if (std::find(names.begin(), names.end(), verb) != names.end()) return std::nullopt;
  static const std::vector<std::pair<std::string, std::string>> kElsewhere = {
      {"ps", "get pods"}, {"rm", "delete pod"}, {"run", "apply -f"}, {"play", "apply -f"}, {"top", "get pods -o wide"}};
  std::vector<std::string> close;
  for (const auto& [other, ours] : kElsewhere)
    if (verb == other) close.push_back(ours);
  for (const auto& n : names)
    if (std::size_t d = edit_distance(verb, n); (d <= 2 && d < verb.size()) || (verb.size() >= 2 && n.rfind(verb, 0) == 0))
      close.push_back(n);
  std::string line = "unknown command \"" + verb + "\" for \"podrun\"";
  if (!close.empty()) {
    line += "; did you mean ";
    for (std::size_t i = 0; i < close.size() && i < 3; ++i) line += (i ? " or \"" : "\"") + close[i] + "\"";
    line += "?";
  }
  return line + " (podrun --help lists the commands)";
}

// kubectl checks a verb's flags before its arguments: `get --bogus` says the flag is unknown,
// naming it and the verb's help, rather than that a NAME is missing. Walks the words as the
// parser will (subcommands, options and the values they take); nullopt when every flag is known.
std::optional<std::string> unknown_flag(CLI::App& app, int argc, char** argv) {
  std::vector<CLI::App*> chain{&app};
  std::string path = "podrun";
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") break;
    if (word.size() > 1 && word[0] == '-' && !(word[1] >= '0' && word[1] <= '9')) {
      std::string name = word.substr(0, word.find('='));
      if (name.size() > 2 && name[1] != '-') name = name.substr(0, 2);  // -it, -n5: the first letter
      const CLI::Option* opt = nullptr;
      for (auto it = chain.rbegin(); it != chain.rend() && !opt; ++it) opt = (*it)->get_option_no_throw(name);
      if (!opt) {
        // exec's and debug's COMMAND keeps its flags only after "--", as kubectl's.
        const bool runs_command = path == "podrun exec" || path == "podrun debug";
        return "unknown flag: " + name + " (see '" + path + " --help'" + (runs_command ? "; a command's own flags go after --" : "") + ")";
      }
      // Its value is the next word: `--selector -x` must not read -x as a flag.
      if (opt->get_expected_max() > 0 && word.find('=') == std::string::npos && name.size() == word.size()) ++i;
      continue;
    }
    CLI::App* sub = nullptr;
    for (CLI::App* candidate : chain.back()->get_subcommands([](const CLI::App*) { return true; }))
      if (candidate->check_name(word)) sub = candidate;
    if (sub) {
      chain.push_back(sub);
      path += " " + sub->get_name();
    }
  }
  return std::nullopt;
}

// A help flag anywhere before "--": what comes after it is a command's own (`podrun exec web
// -- ls --help` runs ls --help). Help lists every verb, and its footer every global flag.
bool wants_help(const std::vector<char*>& args) {
  for (std::size_t i = 1; i < args.size() && args[i]; ++i) {
    const std::string_view w = args[i];
    if (w == "--") return false;
    if (w == "--help" || w == "-h" || w == "--help-all") return true;
  }
  return false;
}

// An ordinary user's commands that act on pods run in the user's rootless session: joined
// when one runs (else there is nothing of the user's to act on), started by those that make
// pods or images. apply joins it itself, after refusing what a user may not have; verbs that
// only read manifests never need it.
void enter_rootless_session(const std::string& verb, const std::vector<char*>& args) {
  if (::getuid() == 0 || verb.empty()) return;
  static const std::set<std::string> pure = {"validate", "plan",       "explain", "fields", "version", "completion",
                                             "help",     "__complete", "__gen",   "apply",  "diff"};
  static const std::set<std::string> makes = {"serve", "image", "scale", "rollout", "debug"};
  if (pure.count(verb)) return;
  const bool help = wants_help(args);
  // `image` pulls from registries on the host's network, as podman's pulls are made (it only
  // needs the session's IDs and mounts to unpack); `ui` listens on the host's network, and
  // reads the pods through the session's mounts.
  const bool host_network = verb == "image" || verb == "ui";
  if (!help) podrun::exec::enter_user_session(podrun::exec::user_session_dir(), makes.count(verb) > 0, !host_network);
}

// Linked statically (common/linkage.h), podrun hands these commands on to podrun-dynamic at
// once: they may load libcurl or libarchive (image pulls and imports; serve's and the
// controllers' pods), or NSS modules (the rootless session's keeper, an ordinary user's apply
// and debug, which join that session before they pull). Their start-up time is no pod's.
bool runs_in_dynamic_build(const std::string& verb, uid_t uid) {
  static const std::set<std::string> always = {"image", "serve", "controllers", "__session"};
  static const std::set<std::string> ordinary_user = {"apply", "debug"};
  return always.count(verb) > 0 || (uid != 0 && ordinary_user.count(verb) > 0);
}

// This command again, in podrun-dynamic beside this program, with the same arguments,
// environment and files.
[[noreturn]] void exec_dynamic_build(char** argv) {
  std::cout.flush();
  std::cerr.flush();
  const std::string path = podrun::exec::helper_binary("podrun-dynamic");
  ::execv(path.c_str(), argv);
  std::cerr << "podrun: exec `" << path << "`: " << std::strerror(errno) << " (errno " << errno
            << "): this command needs podrun-dynamic, installed beside podrun\n";
  ::_exit(podrun::cli::kExitFailure);
}

using AddCommands = void (*)(CLI::App&, podrun::cli::GlobalOptions&, podrun::cli::Action&);

// The groups of verbs, in the order --help lists them, each with the verbs it adds. Building
// all of them (about 300 options) was a third of the instructions of a one-pod `podrun apply`:
// a command builds only its verb's group. The list is no contract: a verb that its group does
// not add, or that is not listed, gets the whole tree (tests/cli/verbs_cli_test.sh checks that
// every verb is found through its group).
struct CommandGroup {
  AddCommands add;
  std::vector<std::string_view> verbs;
};
const std::vector<CommandGroup>& command_groups() {
  using namespace podrun::cli;
  static const std::vector<CommandGroup> groups = {
      {add_validate_command, {"validate"}},
      {add_plan_command, {"plan"}},
      {add_apply_command, {"apply"}},
      {add_get_command, {"get"}},
      {add_delete_command, {"delete"}},
      {add_pod_tool_commands, {"diff", "exec", "debug", "gc", "matrix"}},
      {add_inspect_commands, {"logs", "describe", "top"}},
      {add_image_commands, {"images", "image"}},
      {add_fields_command, {"fields"}},
      {add_explain_command, {"explain"}},
      {add_version_command, {"version"}},
      {add_serve_commands, {"serve", "status"}},
      {add_workload_commands, {"scale", "rollout", "wait", "controllers"}},
      {add_ui_command, {"ui"}},
      {add_probe_command, {"probe"}},
      {add_copy_command, {"cp"}},
      {add_port_forward_command, {"port-forward"}},
      {add_completion_commands, {}},  // completion, __complete, __gen: they read the whole tree
  };
  return groups;
}

// The verbs' subcommands: only `verb`'s group when it names one (and help is not asked), else
// all of them with the Examples and global flags that end each verb's help (only help and
// the completion scripts show them). True when only the verb's group.
bool add_command_tree(CLI::App& app, podrun::cli::GlobalOptions& global, podrun::cli::Action& action, const std::string& verb, bool help) {
  const CommandGroup* only = nullptr;
  if (!help)
    for (const auto& group : command_groups())
      if (std::find(group.verbs.begin(), group.verbs.end(), verb) != group.verbs.end()) only = &group;
  if (only) {
    only->add(app, global, action);
    const auto subs = app.get_subcommands([&verb](const CLI::App* sub) { return sub->check_name(verb); });
    if (!subs.empty()) return true;
  }
  for (const auto& group : command_groups())
    if (&group != only) group.add(app, global, action);
  podrun::cli::add_examples(app);
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace podrun::cli;
  podrun::trace::mark("cli.main");
  // Started with standard input, output or error closed (a daemon, `<&-`), the first file
  // podrun opens would take that number, and a child would read or write it as 0, 1 or 2:
  // /dev/null fills the gap first.
  for (int fd = 0; fd <= 2; ++fd)
    if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF && ::open("/dev/null", O_RDWR) != fd) break;
  // Linked statically, the commands that may load a shared library go on in podrun-dynamic;
  // the others there too if they turn out to need one (`argv` as given: below it is replaced).
  char** const given_argv = argv;
  if (podrun::linked_statically() && runs_in_dynamic_build(verb_of(argc, argv), ::getuid())) exec_dynamic_build(given_argv);
  // The keeper of an ordinary user's rootless session, started by the first command that
  // needs one (exec/rootless_session.h): no flags, no parsing.
  if (argc == 3 && std::string_view(argv[1]) == "__session") return podrun::exec::run_session_keeper(argv[2], 3);
  CLI::App app{"podrun: run Kubernetes Pod manifests on one Linux machine, with real kernel isolation"};
  app.name("podrun");
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  // An ordinary user's own state and images, where podman keeps a rootless user's: never
  // root's /run/podrun and /var/lib/podrun (docs/rootless.md).
  if (::geteuid() != 0) {
    const std::string uid = std::to_string(::getuid());
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    const char* data = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    global.root = runtime && *runtime ? std::string(runtime) + "/podrun" : "/tmp/podrun-run-" + uid;
    global.storage = data && *data   ? std::string(data) + "/podrun"
                     : home && *home ? std::string(home) + "/.local/share/podrun"
                                     : "/tmp/podrun-" + uid + "/storage";
  }
  if (const char* r = std::getenv("PODRUN_ROOT")) global.root = r;
  if (const char* s = std::getenv("PODRUN_STORAGE")) global.storage = s;
  if (const char* c = std::getenv("PODRUN_CONFIG")) {
    global.config = c;
    global.config_named = true;
  }
  app.add_option("--root", global.root, "State directory (env PODRUN_ROOT)")->capture_default_str();
  app.add_option("--storage", global.storage, "Image store (env PODRUN_STORAGE)")->capture_default_str();
  app.add_option("--log-level", global.log_level, "Diagnostics on stderr: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  app.add_flag("-v,--verbose", global.verbose, "More diagnostics (-v info, -vv debug)");
  app.add_option("--config", global.config,
                 "The machine's policy: podPidsLimit, allowedUnsafeSysctls, seccompDefault, podSecurity, ... (env PODRUN_CONFIG)")
      ->capture_default_str()
      ->each([&global](const std::string&) { global.config_named = true; });
  app.add_option("--cgroup-version", global.cgroup_version, "Use cgroup v1 or v2 (default: detected at run time)")
      ->check(CLI::IsMember({1, 2}));

  // `podrun --version`, as kubectl and podman take it: the version command.
  std::vector<char*> args(argv, argv + argc);
  for (auto& a : args)
    if (std::string(a) == "--version" && verb_of(argc, argv).empty()) a = const_cast<char*>("version");
  argv = args.data();

  Action action;
  const bool one_group = add_command_tree(app, global, action, verb_of(argc, argv), wants_help(args));
  podrun::trace::mark(one_group ? "cli.tree.verb" : "cli.tree.all");
  global.double_dash = std::find_if(args.begin(), args.end(), [](const char* a) { return std::string(a) == "--"; }) != args.end();
  if (std::string verb = verb_of(argc, argv); !verb.empty())
    if (auto unknown = unknown_command(app, verb)) {
      std::cerr << "podrun: " << *unknown << "\n";
      return kExitUsage;
    }

  if (auto unknown = unknown_flag(app, argc, argv)) {
    std::cerr << "podrun: " << *unknown << "\n";
    return kExitUsage;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const UsageError& e) {  // a subcommand's own check of its arguments
    std::cerr << "podrun: " << e.what() << "\n";
    return kExitUsage;
  }

  podrun::trace::mark("cli.parsed");
  podrun::log::to_stderr(log_level(global));
  int rc = kExitUsage;
  try {
    enter_rootless_session(verb_of(argc, argv), args);
    rc = action ? action() : kExitUsage;
  } catch (const UsageError& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitUsage;
  } catch (const podrun::NeedsDynamicBuild&) {
    exec_dynamic_build(given_argv);  // before it changed anything (apply: a pull is needed)
  } catch (const podrun::pods::BadSetting& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitFailure;
  }
  // The work is done and printed: exit without running destructors. Freeing a loaded
  // manifest's JSON, the compiled schema and the plan node by node costs about a millisecond
  // of a 12 ms `apply`; and the kernel's teardown of the address space is left to a helper
  // that outlives this process by that long (exec/quick_exit.h; mold does both).
  std::cout.flush();
  std::cerr.flush();
  podrun::trace::mark("cli.exit");
  podrun::exec::exit_leaving_teardown(rc);
}
