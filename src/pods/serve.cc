#include "pods/serve.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "common/diagnostic.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/log.h"
#include "pods/inputs.h"
#include "pods/objects.h"
#include "pods/sandbox_pool.h"
#include "state/pod_state.h"

namespace podrun::pods {

using nlohmann::json;

namespace {

bool ends_with(const std::string& s, const char* suffix) {
  const std::size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// "pod/NS/NAME" and the like: how a sync names the objects of a file.
std::string object_key(const std::string& kind, const std::string& ns, const std::string& name) {
  std::string k = kind;
  std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (k == "namespace") return k + "/" + name;
  return k + "/" + (ns.empty() ? "default" : ns) + "/" + name;
}

// The first error of a document, as validate words it.
std::string first_error(const loader::DocumentResult& d) {
  for (const auto& diag : d.diagnostics)
    if (diag.severity == Severity::Error) return format_diagnostic(d.file, diag);
  return d.file + ": invalid";
}

std::string memory_path(const Context& ctx) { return ctx.state_root + "/serve/sources.json"; }

void write_atomic(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  if (!files::write(tmp, text, 0600) || ::rename(tmp.c_str(), path.c_str()) != 0)
    log::warn("serve: write " + path + ": " + std::strerror(errno));
}

// systemd's readiness protocol (sd_notify), without libsystemd: one datagram to
// $NOTIFY_SOCKET (a path, or "@" for the abstract namespace). Nothing when it is not set.
void notify_systemd(const std::string& message) {
  const char* env = std::getenv("NOTIFY_SOCKET");
  if (!env || !*env) return;
  std::string path = env;
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.size() >= sizeof addr.sun_path) return;
  std::memcpy(addr.sun_path, path.data(), path.size());
  if (path[0] == '@') addr.sun_path[0] = '\0';
  UniqueFd fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  if (!fd) return;
  ::sendto(fd.get(), message.data(), message.size(), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&addr),
           static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size()));
}

// Reads every pending inotify event; true when one may change what a sync reads (a manifest
// file written, moved or removed; a directory; a lost event).
bool drain_events(int fd) {
  bool relevant = false;
  alignas(inotify_event) char buf[16384];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) break;
    for (char* p = buf; p < buf + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + ev->len;
      if (ev->mask & (IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF)) relevant = true;
      if (ev->len == 0) continue;
      if (ev->mask & IN_ISDIR) relevant = relevant || ev->name[0] != '.';
      else if (!(ev->mask & IN_CREATE) && !ignored_manifest_path(ev->name)) relevant = true;  // CREATE: not written yet
    }
  }
  return relevant;
}

}  // namespace

bool ignored_manifest_path(const std::string& path) {
  std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  for (const auto& part : files::split(path, '/'))
    if (!part.empty() && part[0] == '.') return true;
  if (base.empty() || base.back() == '~' || base.front() == '#') return true;
  for (const char* temp : {".swp", ".swx", ".tmp", ".part", ".bak"})
    if (ends_with(base, temp)) return true;
  return !(ends_with(base, ".yaml") || ends_with(base, ".yml") || ends_with(base, ".json"));
}

std::string serve_status_path(const Context& ctx) { return ctx.state_root + "/serve/status.json"; }

SourceMemory load_source_memory(const Context& ctx) {
  SourceMemory memory;
  json j = json::parse(files::read(memory_path(ctx)).value_or("{}"), nullptr, false);
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.value().is_array())
        for (const auto& k : it.value())
          if (k.is_string()) memory[it.key()].push_back(k.get<std::string>());
  return memory;
}

SyncReport sync_sources(const Context& ctx, const ServeOptions& options, SourceMemory& memory, SandboxPool* pool) {
  SyncReport rep;
  rep.time = state::now_rfc3339();
  host::MachineConfig machine = machine_policy(ctx, options.policy);
  // 1. The files: every manifest under the directories, sorted, without dotfiles and
  //    editors' temporary files.
  std::vector<std::string> paths;
  for (const auto& dir : options.dirs) {
    std::vector<std::string> errors;
    for (const auto& p : loader::expand_input_paths({dir}, errors))
      if (!ignored_manifest_path(p.size() > dir.size() ? p.substr(dir.size() + 1) : p)) paths.push_back(p);
    for (const auto& e : errors) rep.errors.push_back(e);
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  // 2. A first look at each file for its ConfigMaps and Secrets: a pod in one file may use an
  //    object of another.
  loader::LoadOptions lo = load_options(ctx, machine);
  {
    loader::LoadOptions loose;
    loose.podrun_rules = false;
    for (const auto& p : paths) {
      loader::LoadResult r = loader::load_paths({p}, loose);
      for (const auto& c : r.configmaps) {
        auto& keys = lo.stored_objects.configmaps[c.metadata.ns + "/" + c.metadata.name];
        keys.clear();
        for (const auto& [k, v] : c.data) keys.insert(k);
      }
      for (const auto& s : r.secrets) {
        auto& keys = lo.stored_objects.secrets[s.metadata.ns + "/" + s.metadata.name];
        keys.clear();
        for (const auto& [k, v] : s.data) keys.insert(k);
      }
    }
  }
  // 3. Each file on its own: it loads, and defines nothing that an earlier file defines. A
  //    file that fails keeps the objects it described at its last good load.
  std::map<std::string, std::string> owner;  // object → the file that defines it
  std::vector<std::string> good;
  std::set<std::string> keep;
  for (const auto& p : paths) {
    SourceFile f{p, {}, ""};
    std::vector<std::string> keys;
    loader::DocumentSink sink = [&](loader::DocumentResult&& d) {
      if (!d.valid() && f.error.empty()) f.error = first_error(d);
      if (d.valid() && !d.skipped) keys.push_back(object_key(d.kind, d.ns, d.name));
    };
    loader::LoadResult r = loader::load_paths({p}, lo, &sink);
    if (f.error.empty() && !r.input_errors.empty()) f.error = r.input_errors.front();
    for (const auto& k : keys)
      if (f.error.empty() && owner.count(k))
        f.error = p + ": " + k + " is defined in " + owner[k] + " already: the first file in sorted order wins";
    if (f.error.empty()) {
      for (const auto& k : keys) owner[k] = p;
      f.objects = keys;
      good.push_back(p);
      memory[p] = keys;
    } else if (auto it = memory.find(p); it != memory.end()) {
      f.objects = it->second;
      for (const auto& k : it->second)
        if (!owner.count(k)) keep.insert(k);
    }
    rep.files.push_back(f);
  }
  for (auto it = memory.begin(); it != memory.end();)
    it = std::binary_search(paths.begin(), paths.end(), it->first) ? std::next(it) : memory.erase(it);
  json saved = json::object();
  for (const auto& [file, keys] : memory) saved[file] = keys;
  files::make_dirs(ctx.state_root + "/serve", 0700);
  write_atomic(memory_path(ctx), saved.dump(2) + "\n");
  // 4. One apply of the good files as serve's set: prune (a removed file's objects go, and
  //    nothing outside the set), force (a changed pod is replaced, as a controller does).
  ApplyRequest req;
  req.files = good;
  req.policy = options.policy;
  req.settings = options.settings;
  req.pull = options.pull;
  req.applyset = kServeSet;
  req.prune = true;
  req.force = true;
  req.keep = keep;
  // This process is the pool: its pods take from it directly, never over its own socket.
  req.use_sandbox_pool = false;
  if (pool) req.sandbox_source = [pool] { return pool->take(); };
  ApplyResult res = apply(ctx, req, [](loader::DocumentResult&&) {});
  for (const auto& e : res.input_errors) rep.errors.push_back(e);
  for (const auto& o : res.objects) {
    using O = ObjectResult::Outcome;
    if (o.outcome == O::Unchanged) continue;
    const char* what = o.outcome == O::Created      ? "created"
                       : o.outcome == O::Configured ? "configured"
                       : o.outcome == O::Pruned     ? "pruned"
                                                    : "failed";
    std::string line = o.kind + "/" + o.name + (o.kind == "namespace" || o.ns == "default" ? "" : " -n " + o.ns) + " " + what;
    if (o.outcome == O::Failed) rep.errors.push_back(line + ": " + o.message);
    else rep.changes.push_back(line);
  }
  for (const auto& w : res.warnings) log::debug("serve: " + w);
  return rep;
}

int serve(const Context& ctx, const ServeOptions& options, int stop_fd) {
  // 1. One serve per state root.
  const std::string dir = ctx.state_root + "/serve";
  if (!files::make_dirs(dir, 0700)) throw BadSetting("serve: create " + dir + ": " + std::strerror(errno));
  UniqueFd lock(::open((dir + "/lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
  if (!lock || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
    json status = json::parse(files::read(serve_status_path(ctx)).value_or("{}"), nullptr, false);
    std::string pid = status.is_object() && status.contains("pid") ? " (pid " + status["pid"].dump() + ")" : "";
    throw std::runtime_error("serve: another podrun serve" + pid + " keeps " + ctx.state_root + " converged: one per state root");
  }
  // 2. The watches: every directory under the sources (new ones are added at each sync).
  UniqueFd in(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
  if (!in) throw BadSetting(std::string("serve: inotify_init1: ") + std::strerror(errno));
  const std::uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF;
  auto watch_all = [&] {
    for (const auto& d : options.dirs) {
      ::inotify_add_watch(in.get(), d.c_str(), mask);
      files::walk(d, [&](const std::string& p, const files::Entry& e) {
        if (e.is_dir && !ignored_manifest_path(p.substr(d.size() + 1) + "/x.yaml")) ::inotify_add_watch(in.get(), p.c_str(), mask);
      });
    }
  };
  // 3. The sandbox pool, when asked for: its sandboxes are made while the first sync runs.
  std::optional<SandboxPool> pool;
  if (options.sandbox_pool > 0) {
    pool.emplace(ctx, options.sandbox_pool, options.settings);
    pool->wait_ready(std::chrono::seconds(2));
  }
  // 4. Sync: now, on events, and every relist period. Each writes the status file.
  SourceMemory memory = load_source_memory(ctx);
  const std::string started = state::now_rfc3339();
  long syncs = 0;
  bool failed = false;
  auto sync = [&] {
    watch_all();
    // Without manifests (serve only keeps a sandbox pool) there is nothing to sync or prune.
    SyncReport rep =
        options.dirs.empty() ? SyncReport{state::now_rfc3339(), {}, {}, {}} : sync_sources(ctx, options, memory, pool ? &*pool : nullptr);
    ++syncs;
    for (const auto& c : rep.changes) log::info("serve: " + c);
    for (const auto& e : rep.errors) log::warn("serve: " + e);
    json files_json = json::array();
    std::size_t bad_files = 0;
    for (const auto& f : rep.files) {
      files_json.push_back({{"path", f.path}, {"objects", f.objects}, {"error", f.error}});
      if (!f.error.empty()) {
        ++bad_files;
        log::warn("serve: " + f.error + (f.objects.empty() ? "" : " (its objects are left as they were)"));
      }
    }
    json status = {{"pid", ::getpid()},    {"started", started}, {"sources", options.dirs}, {"relistSeconds", options.relist_seconds},
                   {"lastSync", rep.time}, {"syncs", syncs},     {"files", files_json},     {"changes", rep.changes},
                   {"errors", rep.errors}};
    if (pool) status["sandboxPool"] = {{"size", options.sandbox_pool}, {"ready", pool->ready()}, {"handedOut", pool->handed_out()}};
    write_atomic(serve_status_path(ctx), status.dump(2) + "\n");
    failed = bad_files > 0 || !rep.errors.empty();
  };
  sync();
  notify_systemd("READY=1\nSTATUS=converged " + std::to_string(memory.size()) + " files");
  if (options.once) return failed ? 1 : 0;
  using Clock = std::chrono::steady_clock;
  auto next = Clock::now() + std::chrono::seconds(options.relist_seconds);
  for (;;) {
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
    if (pool) wait = std::min<long long>(wait, pool->wait_ms());
    std::vector<pollfd> fds = {{in.get(), POLLIN, 0}, {stop_fd, POLLIN, 0}};
    if (pool) pool->add_poll_fds(fds);
    int n = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait)));
    if (n < 0 && errno != EINTR) throw BadSetting(std::string("serve: poll: ") + std::strerror(errno));
    if (n > 0 && fds[1].revents) break;
    if (pool) {
      pool->on_poll(fds);
    }
    bool changed = false;
    if (n > 0 && (fds[0].revents & POLLIN)) {
      changed = drain_events(in.get());
      // An editor's save is several events (write, rename, chmod): those within 100 ms of
      // each other make one sync.
      for (int i = 0; i < 20; ++i) {
        pollfd more{in.get(), POLLIN, 0};
        if (::poll(&more, 1, 100) <= 0) break;
        changed = drain_events(in.get()) || changed;
      }
    }
    if (changed || Clock::now() >= next) {
      sync();
      next = Clock::now() + std::chrono::seconds(options.relist_seconds);
    }
  }
  notify_systemd("STOPPING=1");
  return 0;
}

}  // namespace podrun::pods
