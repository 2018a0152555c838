// podrun cp: kubectl cp's file specifications ([[NAMESPACE/]POD:]PATH), flags and messages; the
// copy is the pod manager's (pods/copy.h), done from the host through the container's root
// without running tar in it (exec/copy.h).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "common/error.h"
#include "exec/copy.h"
#include "pods/copy.h"

namespace podrun::cli {

namespace {

struct CopyFlags {
  std::vector<std::string> args;
  std::string ns = "default", container;
  bool no_preserve = false;
  int retries = 0;
};

// One side of the copy, as kubectl's extractFileSpec reads it: no ':' is a local path; before
// the first ':' a pod, or NAMESPACE/POD.
struct FileSpec {
  std::string ns, pod, path;
  bool remote() const { return !pod.empty(); }
};

FileSpec file_spec(const std::string& arg) {
  const std::string format = "cp: filespec must match the canonical format: [[namespace/]pod:]file/path";
  std::size_t colon = arg.find(':');
  if (colon == 0) throw UsageError(format);
  if (colon == std::string::npos) return {"", "", arg};
  std::string pod = arg.substr(0, colon), path = arg.substr(colon + 1);
  std::size_t slash = pod.find('/');
  if (slash == std::string::npos) return {"", pod, path};
  std::string ns = pod.substr(0, slash), name = pod.substr(slash + 1);
  if (ns.empty() || name.empty() || name.find('/') != std::string::npos) throw UsageError(format);
  return {ns, name, path};
}

int run_copy(const GlobalOptions& g, const CopyFlags& f) {
  if (f.args.size() != 2) throw UsageError("cp: source and destination are required");
  FileSpec src = file_spec(f.args[0]), dst = file_spec(f.args[1]);
  if (src.remote() && dst.remote()) throw UsageError("cp: one of src or dest must be a local file specification");
  if (src.path.empty() || dst.path.empty()) throw UsageError("cp: filepath can not be empty");
  if (!src.remote() && !dst.remote()) throw UsageError("cp: one of src or dest must be a remote file specification");
  const FileSpec& remote = src.remote() ? src : dst;
  pods::CopyRequest r;
  r.ns = remote.ns.empty() ? f.ns : remote.ns;
  r.pod = remote.pod;
  r.container = f.container;
  r.container_path = remote.path;
  r.local = src.remote() ? dst.path : src.path;
  r.to_container = dst.remote();
  r.preserve = !f.no_preserve;
  try {
    pods::copy_files(context(g), r, [](const std::string& w) { std::cerr << "warning: " << w << "\n"; });
  } catch (const exec::CopyError& e) {
    std::cerr << "podrun: cp: " << e.what() << "\n";
    return kExitFailure;
  } catch (const SysError& e) {
    std::cerr << "podrun: cp: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void add_copy_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto f = std::make_shared<CopyFlags>();
  CLI::App* cmd = app.add_subcommand("cp", "Copy files and directories to and from containers (kubectl cp), through the container's root");
  cmd->add_option("paths", f->args, "[[NAMESPACE/]POD:]PATH, twice: one side in a container, the other local");
  cmd->add_option("-c,--container", f->container, "Container (default: the first app container)");
  cmd->add_option("-n,--namespace", f->ns, "Namespace (a NAMESPACE/POD: spec names its own)")->capture_default_str();
  cmd->add_flag("--no-preserve", f->no_preserve, "Copied in, modes are masked by the container's umask (ownership is always its user's)");
  cmd->add_option("--retries", f->retries, "Accepted as kubectl takes it; a copy on one machine has no stream to resume");
  // Through CLI11's footer callback: examples.cc sets the footer's text of every verb (the
  // global flags), which then follows these Examples, laid out as its own are.
  cmd->footer([] {
    return std::string(
        "\nExamples:\n  podrun cp web:/etc/nginx/nginx.conf ./nginx.conf\n  podrun cp ./site web:/usr/share/nginx/html -c nginx\n"
        "  podrun cp team/web:logs ./logs    # relative to the container's working directory");
  });
  cmd->callback([&g, f, &action] { action = [&g, f] { return run_copy(g, *f); }; });
}

}  // namespace podrun::cli
