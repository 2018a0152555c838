// podrun serve · status: the reconciler (src/pods/serve.h) in the foreground, and what it last
// did. This file parses flags, turns SIGINT/SIGTERM into the loop's stop, and renders.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "common/files.h"
#include "common/log.h"
#include "pods/serve.h"
#include "state/pod_status.h"

namespace podrun::cli {

using nlohmann::json;

namespace {

// The write end of the pipe that SIGINT and SIGTERM write to: a handler can reach nothing else.
int g_stop_write = -1;  // NOLINT: a signal handler's only way out

void on_stop_signal(int) {
  char c = 's';
  if (::write(g_stop_write, &c, 1) < 0) {}  // the pipe is full: the loop stops all the same
}

struct ServeFlags {
  std::vector<std::string> dirs;
  int relist = 20;
  bool once = false;
  int sandbox_pool = 0;
  pods::PolicyFlags policy;
};

int run_serve(const GlobalOptions& g, const ServeFlags& f) {
  pods::ServeOptions o;
  for (const auto& d : f.dirs) {
    std::string abs = d;
    if (abs.empty() || abs[0] != '/') {
      char cwd[4096];
      if (!::getcwd(cwd, sizeof cwd)) throw UsageError("serve: getcwd: " + std::string(std::strerror(errno)));
      abs = std::string(cwd) + "/" + d;
    }
    while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
    if (!files::is_dir(abs)) throw UsageError("serve: --manifests " + d + ": not a directory");
    o.dirs.push_back(abs);
  }
  if (f.relist < 1) throw UsageError("serve: --relist " + std::to_string(f.relist) + ": at least 1 second");
  if (f.sandbox_pool < 0 || f.sandbox_pool > 64) throw UsageError("serve: --sandbox-pool " + std::to_string(f.sandbox_pool) + ": 0 to 64");
  if (f.dirs.empty() && f.sandbox_pool == 0)
    throw UsageError("serve: --manifests DIR (or --sandbox-pool N, to keep only a pool of sandboxes)");
  if (f.once && f.sandbox_pool > 0) throw UsageError("serve: --once and --sandbox-pool: a pool needs serve to keep running");
  o.sandbox_pool = f.sandbox_pool;
  o.relist_seconds = f.relist;
  o.once = f.once;
  o.policy = f.policy;
  // What each sync changed is serve's log: shown unless --log-level asks for less.
  if (g.log_level == "warn" && g.verbose == 0) log::to_stderr(std::min(log_level(g), log::Level::Info));
  // SIGINT and SIGTERM end the loop between syncs; the pods stay (the kubelet leaves them too).
  int stop[2];
  if (::pipe2(stop, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error(std::string("serve: pipe: ") + std::strerror(errno));
  g_stop_write = stop[1];
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  ::sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  return pods::serve(context(g), o, stop[0]);
}

// podrun status: serve's last sync, from ROOT/serve/status.json.
int run_status(const GlobalOptions& g, const std::string& output) {
  const std::string path = pods::serve_status_path(context(g));
  auto text = files::read(path);
  if (!text) {
    std::cerr << "podrun: status: no podrun serve has run with the state root " << g.root << "\n";
    return kExitFailure;
  }
  json s = json::parse(*text, nullptr, false);
  if (!s.is_object()) {
    std::cerr << "podrun: status: " << path << " is not serve's status\n";
    return kExitFailure;
  }
  if (output == "json") {
    std::cout << s.dump(2) << "\n";
    return kExitOk;
  }
  const int pid = s.value("pid", 0);
  const bool running = pid > 0 && ::kill(pid, 0) == 0;
  std::time_t now = std::time(nullptr);
  auto ago = [&](const std::string& t) {
    auto at = state::parse_rfc3339(t);
    return at ? state::human_duration(static_cast<std::int64_t>(now) - *at) + " ago" : std::string("<unknown>");
  };
  std::cout << "serve:      " << (running ? "running, pid " + std::to_string(pid) : "not running (last pid " + std::to_string(pid) + ")")
            << "\n";
  std::cout << "sources:   ";
  for (const auto& d : s.value("sources", json::array())) std::cout << " " << d.get<std::string>();
  std::cout << "\nlast sync:  " << ago(s.value("lastSync", "")) << " (" << s.value("syncs", 0) << " syncs, relist every "
            << s.value("relistSeconds", 0) << "s)\n";
  std::size_t objects = 0, bad = 0;
  for (const auto& f : s.value("files", json::array())) {
    objects += f.value("objects", json::array()).size();
    bad += f.value("error", "").empty() ? 0 : 1;
  }
  if (s.contains("sandboxPool")) {
    const json& pool = s["sandboxPool"];
    std::cout << "sandboxes:  " << pool.value("ready", 0) << " of " << pool.value("size", 0) << " ready, " << pool.value("handedOut", 0)
              << " handed out (at the last sync)\n";
  }
  std::cout << "files:      " << s.value("files", json::array()).size() << " (" << objects << " objects, " << bad << " with errors)\n";
  for (const auto& f : s.value("files", json::array()))
    if (!f.value("error", "").empty()) std::cout << "  error: " << f.value("error", "") << "\n";
  for (const auto& e : s.value("errors", json::array())) std::cout << "  error: " << e.get<std::string>() << "\n";
  return bad || !s.value("errors", json::array()).empty() ? kExitFailure : kExitOk;
}

}  // namespace

void add_serve_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* sc = app.add_subcommand("serve", "Keep the machine equal to directories of manifests (static pods: inotify and a relist)");
  sc->add_option("--manifests", f->dirs, "A directory of manifests (repeatable)");
  sc->add_option("--relist", f->relist, "Seconds between full relists, besides inotify's events")->capture_default_str();
  sc->add_flag("--once", f->once, "Sync once and exit (1 when a file or an object failed)");
  sc->add_option("--sandbox-pool", f->sandbox_pool,
                 "Keep N pod sandboxes made ahead (pause holder, namespaces, veth, address) for the next applies' pods")
      ->capture_default_str();
  add_policy_flags(sc, f->policy, true);
  sc->callback([&g, f, &action] { action = [&g, f] { return run_serve(g, *f); }; });

  auto output = std::make_shared<std::string>("text");
  CLI::App* st = app.add_subcommand("status", "What podrun serve last did: its sources, last sync, and files with errors");
  st->add_option("-o,--output", *output, "text or json")->check(CLI::IsMember({"text", "json"}));
  st->callback([&g, output, &action] { action = [&g, output] { return run_status(g, *output); }; });
}

}  // namespace podrun::cli
