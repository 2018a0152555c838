// podrun-supervisor: started by `podrun apply` (exec/runtime.cc, StandbySupervisor), never by
// hand, before the CLI has read the manifest. It waits for its pod on fd 4: the pod directory
// and the CPUs it may use, one line each, then EOF (EOF alone: no pod, it exits having done
// nothing). Then it reads POD_DIR/run.json and supervises the pod until it is deleted; the
// start report goes to fd 3.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

#include "common/files.h"
#include "common/trace.h"
#include "exec/placement.h"
#include "state/pod_paths.h"
#include "supervisor/supervisor.h"

namespace {

// The pod directory from fd 4, or "" when the CLI gave up (bad manifest, pod unchanged).
// The CLI placed this process on another CPU than its own; the second line gives back the
// CPUs it may use, before it forks anything that would inherit the placement.
std::string await_pod() {
  std::string msg;
  char buf[4096];
  for (ssize_t n; (n = ::read(4, buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return "";
    msg.append(buf, static_cast<std::size_t>(n));
  }
  ::close(4);
  std::size_t eol = msg.find('\n');
  if (eol == std::string::npos || eol == 0) return "";
  podrun::exec::restore_affinity(podrun::exec::parse_cpu_list(msg.substr(eol + 1)));
  return msg.substr(0, eol);
}

void report_error(const std::string& what) {
  std::string msg = "ERR " + what + "\n";
  if (::write(3, msg.data(), msg.size()) < 0) {}
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--self-test") == 0) return podrun::supervisor::self_test();
  if (argc != 1) {
    std::fprintf(stderr, "usage: podrun-supervisor (started by podrun apply) | podrun-supervisor --self-test\n");
    return 2;
  }
  (void)argv;
  podrun::trace::mark("sup.main");  // opens the trace file before any child is forked
  std::string dir = await_pod();
  podrun::trace::mark("sup.pod");
  if (dir.empty()) return 0;
  // Its working directory is its pod's: the caller's directory is not held for the pod's life
  // (an unmount, a removed checkout), and /proc/PID/cwd says which pod it runs, which is how
  // `podrun gc` finds a supervisor whose pod's state was removed under it.
  if (::chdir(dir.c_str()) != 0) {
    report_error("chdir `" + dir + "`: " + std::strerror(errno));
    return 1;
  }
  const std::string run_json = podrun::state::PodPaths{dir}.run_config();
  std::optional<std::string> text = podrun::files::read(run_json);
  if (!text) {
    report_error("read `" + run_json + "`: " + std::strerror(errno));
    return 1;
  }
  podrun::exec::RunConfig config;
  try {
    config = podrun::exec::decode_run_config(*text);
  } catch (const std::exception& e) {
    report_error(e.what());
    return 1;
  }
  podrun::supervisor::supervise(config, 3);
}
