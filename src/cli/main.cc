// podrun: runs Kubernetes Pod manifests on one Linux machine.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "pods/context.h"

int main(int argc, char** argv) {
  using namespace podrun::cli;
  // Started with standard input, output or error closed (a daemon, `<&-`), the first file
  // podrun opens would take that number, and a child would read or write it as 0, 1 or 2:
  // /dev/null fills the gap first.
  for (int fd = 0; fd <= 2; ++fd)
    if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF && ::open("/dev/null", O_RDWR) != fd) break;
  CLI::App app{"podrun: run Kubernetes Pod manifests on one Linux machine, with real kernel isolation"};
  app.name("podrun");
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
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

  Action action;
  add_validate_command(app, global, action);
  add_plan_command(app, global, action);
  add_pod_commands(app, global, action);
  add_inspect_commands(app, global, action);
  add_image_commands(app, global, action);
  add_fields_command(app, global, action);
  add_explain_command(app, global, action);
  add_version_command(app, global, action);
  add_serve_commands(app, global, action);
  add_workload_commands(app, global, action);
  add_ui_command(app, global, action);
  add_probe_command(app, global, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  podrun::log::to_stderr(log_level(global));
  int rc = kExitUsage;
  try {
    rc = action ? action() : kExitUsage;
  } catch (const UsageError& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitUsage;
  } catch (const podrun::pods::BadSetting& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    rc = kExitFailure;
  }
  // The work is done and printed: exit without running destructors. Freeing a loaded
  // manifest's JSON, the compiled schema and the plan node by node costs about a millisecond
  // of a 12 ms `apply`; the kernel takes the whole address space back at once (mold does the
  // same).
  std::cout.flush();
  std::cerr.flush();
  std::_Exit(rc);
}
