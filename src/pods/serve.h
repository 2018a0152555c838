// podrun serve: a reconciler that keeps the machine equal to directories of manifests, the
// kubelet's static-pod way — an initial list, inotify events, and a relist every N seconds for
// whatever inotify misses. Each sync is one apply of every good file as the set
// "podrun-serve", with prune (a removed file's objects go) and force (a changed pod is
// replaced, as a controller replaces it); a file that does not load is reported and the
// objects it last described are left running. It also restores: a pod whose supervisor died
// is made again at the next sync, and after a reboot (an empty /run) every pod comes back.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pods/apply.h"
#include "pods/context.h"

namespace podrun::pods {

constexpr const char* kServeSet = "podrun-serve";  // the apply set serve's objects belong to

struct ServeOptions {
  std::vector<std::string> dirs;  // --manifests DIR (absolute)
  int relist_seconds = 20;        // --relist
  bool once = false;              // --once: one sync, then exit (cron, tests)
  int sandbox_pool = 0;           // --sandbox-pool N: pod sandboxes made ahead (pods/sandbox_pool.h)
  PolicyFlags policy;
  SupervisorSettings settings;
  PullFlags pull;
};

// Files serve never reads: dotfiles (and anything under a dot directory), editor and
// temporary files (`x~`, `.x.swp`, `#x#`, `x.tmp`, `x.part`), and names without a manifest
// extension (.yaml, .yml, .json).
bool ignored_manifest_path(const std::string& path);

// One file's part in a sync: the objects it defines ("pod/NS/NAME", "configmap/NS/NAME", ...)
// or why it was not used.
struct SourceFile {
  std::string path;
  std::vector<std::string> objects;
  std::string error;  // "" when it loaded
};

struct SyncReport {
  std::string time;                  // RFC 3339
  std::vector<SourceFile> files;     // sorted by path
  std::vector<std::string> changes;  // "pod/web created", "pod/old pruned", ...
  std::vector<std::string> errors;   // what failed (a pod apply refused, a directory gone)
};

// The objects each file described at its last good load: kept when an edit breaks the file.
// Saved under ROOT/serve/sources.json, so that a restarted serve keeps them too.
using SourceMemory = std::map<std::string, std::vector<std::string>>;
SourceMemory load_source_memory(const Context& ctx);

class SandboxPool;

// One sync of `options.dirs` to the machine (steps in serve.cc). Updates `memory`. Its pods
// take their sandboxes from `pool` when given.
SyncReport sync_sources(const Context& ctx, const ServeOptions& options, SourceMemory& memory, SandboxPool* pool = nullptr);

// The loop: lock (one serve per state root), sync, READY (sd_notify when NOTIFY_SOCKET is
// set; ROOT/serve/status.json after every sync either way), then sync again on inotify
// events (debounced) and every relist period, until `stop_fd` is readable. Pods stay when it
// ends. Returns the exit code; throws std::runtime_error when another serve holds the lock.
int serve(const Context& ctx, const ServeOptions& options, int stop_fd);

// ROOT/serve/status.json: the last sync's report, with serve's pid and options.
std::string serve_status_path(const Context& ctx);

}  // namespace podrun::pods
