// podrun-supervisor: started by `podrun apply` (exec/supervisor_process.h, StandbySupervisor),
// never by hand, before the CLI has read the manifest. It waits for its pod on fd 4: the pod
// directory and the CPUs it may use, one line each, then EOF (EOF alone: no pod, it exits
// having done nothing). Then it reads POD_DIR/run.json and supervises the pod until it is
// deleted; the start report goes to fd 3.
//
// `--sandbox PAUSE EMPTY_ROOT BRIDGE SUBNET CLAIM_DIR`: started by `podrun serve
// --sandbox-pool N`. It makes a pooled sandbox first (exec/sandbox_pool.h), listens on
// CLAIM_DIR/PID, says "READY" on fd 3, and then waits to be claimed (exec/pool_claim.h): by an
// apply that connects there (the connection becomes its fd 4, and a new report pipe its fd 3,
// serve's told "TAKEN"), or by serve for a pod of its own (words on fd 4). Then as above, the
// pod's run configuration and word first as below; EOF alone on fd 4 discards the sandbox.
//
// `--ahead PAUSE BRIDGE SUBNET CPUS`: started by `podrun apply` for its first pod. It forks a
// pause holder of the pool's shape at once (exec/sandbox_pool.h, make_sandbox_ahead), while
// the CLI reads the manifest. The CLI then says "ahead" (its first pod fits: an address is
// added while the CLI pulls, plans and writes the pod's directory), "ahead pid" (its
// containers share one PID namespace: a pause holder forked into a PID namespace of its own
// replaces the first, and gets the address) or "none" (the pause holder is killed at once).
// Once the CLI knows it makes a pod that fits, it says "pod JSON": the pod's cgroups are made
// and the pause holder released into them (its hostname, score and empty root given) while
// the CLI writes the pod's directory. Before that word the CLI may send the pod's run
// configuration, "config HEX" (the binary form of what it writes to run.json,
// exec/run_config.h; "config JSON" from an older CLI): it is decoded while the CLI makes the
// pod's directory, and run.json is not read. Then the supervisor waits as above:
// the pod adopts what was made for it and discards the rest. Nothing is made ahead when that
// fails: the pod makes its own.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "common/files.h"
#include "common/trace.h"
#include "exec/container.h"
#include "exec/placement.h"
#include "exec/pool_claim.h"
#include "exec/run_config.h"
#include "exec/supervisor_process.h"
#include "state/pod_paths.h"
#include "supervisor/supervisor.h"

namespace {

// What came on fd 4 so far, and whether it has ended (EOF, or a read error).
struct PodSocket {
  std::string msg;
  bool ended = false;
  // Reads until `msg` holds a line, or to the end when `whole`.
  void read_until(bool whole) {
    char buf[4096];
    while (!ended && (whole || msg.find('\n') == std::string::npos)) {
      ssize_t n = ::read(4, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ended = true;
        if (n < 0) msg.clear();  // no pod
        break;
      }
      msg.append(buf, static_cast<std::size_t>(n));
    }
  }
};

// The pod directory from fd 4, or "" when the CLI gave up (bad manifest, pod unchanged).
// The CLI placed this process on another CPU than its own; the second line gives back the
// CPUs it may use, before it forks anything that would inherit the placement. A third line
// (exec::kStorageFollows): the CLI makes the pod's storage, and says so on fd 4, which then
// stays open (`storage_word`).
std::string await_pod(PodSocket& sock, podrun::UniqueFd& storage_word) {
  const std::string follows = std::string("\n") + podrun::exec::kStorageFollows + "\n";
  while (!sock.ended && sock.msg.find(follows) == std::string::npos) {
    char buf[4096];
    ssize_t n = ::read(4, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      sock.ended = true;
      if (n < 0) sock.msg.clear();  // no pod
      break;
    }
    sock.msg.append(buf, static_cast<std::size_t>(n));
  }
  if (sock.ended) {
    ::close(4);
  } else {
    ::fcntl(4, F_SETFD, FD_CLOEXEC);  // until the report: nothing this process starts gets it
    storage_word = podrun::UniqueFd(4);
  }
  const std::string& msg = sock.msg;
  std::size_t eol = msg.find('\n');
  if (eol == std::string::npos || eol == 0) return "";
  std::size_t cpus_end = msg.find('\n', eol + 1);
  podrun::exec::restore_affinity(
      podrun::exec::parse_cpu_list(msg.substr(eol + 1, cpus_end == std::string::npos ? std::string::npos : cpus_end - eol - 1)));
  return msg.substr(0, eol);
}

void report_error(const std::string& what) {
  std::string msg = "ERR " + what + "\n";
  if (::write(3, msg.data(), msg.size()) < 0) {}
}

// A pooled supervisor's wait for its claim (exec/pool_claim.h): an apply's connection on
// `listener`, or serve's words (its own pod) or EOF (its end) on fd 4; a connection first, as
// an apply that claimed it is past the point where serve could have. An apply's: a report pipe
// of its own, its read end sent on the connection; serve is told "TAKEN" on the old one (it
// refills its pool), which is then replaced on fd 3, and the connection becomes fd 4. False
// when that fails (the apply sees the connection close, and starts a supervisor of its own).
bool await_claim(int listener) {
  for (;;) {
    pollfd fds[2] = {{listener, POLLIN, 0}, {4, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (fds[0].revents & POLLIN) {
      podrun::UniqueFd conn = podrun::exec::accept_claim(listener);
      if (!conn) continue;
      int report[2];
      if (::pipe2(report, O_CLOEXEC) != 0) return false;
      podrun::UniqueFd report_read(report[0]), report_write(report[1]);
      if (podrun::exec::send_claim_reply(conn.get(), report_read.get()) != 0) return false;
      if (::write(3, "TAKEN\n", 6) != 6) {}  // serve gone: nobody to tell
      // fds 3 and 4 as spawn() left them: not closed on exec (what it starts closes them).
      if (::dup2(report_write.get(), 3) != 3 || ::dup2(conn.get(), 4) != 4) return false;
      podrun::trace::mark("sup.claimed");
      return true;
    }
    if (fds[1].revents) return true;
  }
}

// The CLI's word once it makes the pod, when it comes first on fd 4 ("pod JSON": the pod's
// cgroups made, and the sandbox's pause holder released into them, while the CLI writes the
// pod's directory; exec/sandbox_pool.h): what was made, for the pod to adopt or discard.
podrun::exec::CgroupsAhead pod_word(PodSocket& sock, std::optional<podrun::exec::PooledSandbox>& sandbox) {
  podrun::exec::CgroupsAhead cgroups;
  sock.read_until(false);
  std::size_t eol = sock.msg.find('\n');
  if (eol == std::string::npos || sock.msg.rfind("pod ", 0) != 0) return cgroups;
  cgroups = podrun::exec::read_pod_ahead(std::string_view(sock.msg).substr(0, eol));
  sock.msg.erase(0, eol + 1);
  podrun::exec::make_pod_cgroup_ahead(cgroups);
  if (sandbox) podrun::exec::release_sandbox_ahead(*sandbox, cgroups);
  // The containers' until the pod comes: its start makes the rest, while it waits for its
  // pause holder anyway.
  podrun::exec::make_container_cgroups_ahead(cgroups, [&sock] {
    pollfd ready{4, POLLIN, 0};
    return !sock.msg.empty() || ::poll(&ready, 1, 0) == 1;
  });
  return cgroups;
}

// The CLI's run configuration, when it comes before the pod's word ("config HEX"): decoded
// now, while the CLI makes the pod's directory, rather than read from run.json after the
// hand-over. nullopt when it did not come (or does not decode: run.json then says why).
std::optional<podrun::exec::RunConfig> config_word(PodSocket& sock) {
  sock.read_until(false);
  static constexpr std::string_view kWord = "config ";
  std::size_t eol = sock.msg.find('\n');
  if (eol == std::string::npos || sock.msg.compare(0, kWord.size(), kWord) != 0) return std::nullopt;
  // This build's binary word (exec/run_config.h), or the JSON of run.json from another CLI.
  const std::string_view text = std::string_view(sock.msg).substr(kWord.size(), eol - kWord.size());
  std::optional<podrun::exec::RunConfig> config;
  if (!text.empty() && text.front() != '{') {
    config = podrun::exec::decode_run_config_word(text);
  } else {
    try {
      config = podrun::exec::decode_run_config(std::string(text));
    } catch (const std::exception&) {}
  }
  sock.msg.erase(0, eol + 1);
  podrun::trace::mark(config ? "sup.config-ahead" : "sup.config-refused");
  return config;
}

// The pod given on fd 4, supervised until it is deleted; `pooled` is adopted or discarded.
// `early`: its run configuration, when the CLI sent it ahead (config_word).
int run_pod(std::optional<podrun::exec::PooledSandbox> pooled, PodSocket sock = {}, podrun::exec::CgroupsAhead cgroups = {},
            std::optional<podrun::exec::RunConfig> early = std::nullopt) {
  podrun::UniqueFd storage_word;
  std::string dir = await_pod(sock, storage_word);
  podrun::trace::mark("sup.pod");
  auto give_up = [&] {
    if (pooled) podrun::exec::discard_pooled_sandbox(*pooled);
    podrun::exec::discard_cgroups_ahead(cgroups);
  };
  if (dir.empty()) {
    give_up();
    return 0;
  }
  // Its working directory is its pod's: the caller's directory is not held for the pod's life
  // (an unmount, a removed checkout), and /proc/PID/cwd says which pod it runs, which is how
  // `podrun gc` finds a supervisor whose pod's state was removed under it.
  if (::chdir(dir.c_str()) != 0) {
    report_error("chdir `" + dir + "`: " + std::strerror(errno));
    give_up();
    return 1;
  }
  podrun::exec::RunConfig config;
  if (early) {
    config = std::move(*early);
  } else {
    const std::string run_json = podrun::state::PodPaths{dir}.run_config();
    std::optional<std::string> text = podrun::files::read(run_json);
    if (!text) {
      report_error("read `" + run_json + "`: " + std::strerror(errno));
      give_up();
      return 1;
    }
    try {
      config = podrun::exec::decode_run_config(*text);
    } catch (const std::exception& e) {
      report_error(e.what());
      give_up();
      return 1;
    }
  }
  podrun::trace::mark("sup.decoded");
  podrun::supervisor::supervise(config, 3, std::move(pooled), std::move(cgroups), std::move(storage_word));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--self-test") == 0) return podrun::supervisor::self_test();
  // A daemon's umask, as the kubelet's and containerd's: the pod's files (its /etc files, logs,
  // volumes) get the modes asked for, and what it starts the containers' (kContainerUmask),
  // whatever the umask of the apply or serve that started it.
  ::umask(podrun::exec::kContainerUmask);
  if (argc == 7 && std::strcmp(argv[1], "--sandbox") == 0) {
    podrun::trace::mark("sup.main");
    std::optional<podrun::exec::PooledSandbox> pooled;
    podrun::UniqueFd listener;
    try {
      pooled = podrun::exec::make_pooled_sandbox({argv[2], argv[3], argv[4], argv[5], ""});
      listener = podrun::exec::listen_for_claim(argv[6]);
    } catch (const std::exception& e) {
      if (pooled) podrun::exec::discard_pooled_sandbox(*pooled);
      report_error(e.what());
      return 1;
    }
    const std::string claim_path = podrun::exec::pool_claim_path(argv[6], ::getpid());
    if (::write(3, "READY\n", 6) != 6 || !await_claim(listener.get())) {
      ::unlink(claim_path.c_str());
      podrun::exec::discard_pooled_sandbox(*pooled);
      return 1;
    }
    // Claimed (or serve's end): nobody else may connect.
    ::unlink(claim_path.c_str());
    listener.reset();
    // Once an apply takes it and makes its pod: the pod's run configuration (config_word) and
    // word (pod_word), else the pod directory or EOF.
    PodSocket sock;
    std::optional<podrun::exec::RunConfig> config = config_word(sock);
    podrun::exec::CgroupsAhead cgroups = pod_word(sock, pooled);
    return run_pod(std::move(pooled), std::move(sock), std::move(cgroups), std::move(config));
  }
  if (argc == 6 && std::strcmp(argv[1], "--ahead") == 0) {
    podrun::trace::mark("sup.main");
    // 1. The pause holder of the pool's shape, forked now, while the CLI reads the manifest.
    //    argv[5]: the CPUs the CLI may use. This process stays on the one the CLI placed it on
    //    until its pod comes; the pause holder works beside it and gives itself all of them
    //    before it execs: nothing stays pinned.
    const podrun::exec::PoolSettings settings{argv[2], "", argv[3], argv[4], argv[5]};
    std::optional<podrun::exec::PooledSandbox> ahead;
    try {
      ahead = podrun::exec::make_sandbox_ahead(settings);
    } catch (const std::exception&) {  // the pod's own start reports what fails
    }
    // 2. The CLI's first line: "ahead" (its first pod fits: an address too, while it plans),
    //    "ahead pid" (its containers share one PID namespace: a pause holder forked into one of
    //    its own replaces the first, and an address), "none" (neither fits: the pause holder
    //    goes now, before the pod's own namespaces are made), else the pod directory or EOF.
    PodSocket sock;
    sock.read_until(false);
    const bool with_pid = sock.msg.rfind("ahead pid\n", 0) == 0;
    const bool fits = with_pid || sock.msg.rfind("ahead\n", 0) == 0;
    if (fits || sock.msg.rfind("none\n", 0) == 0) sock.msg.erase(0, with_pid ? 10 : fits ? 6 : 5);
    if (ahead && with_pid) {
      // The new one first: its clone and namespaces are not queued behind the old one's end.
      std::optional<podrun::exec::PooledSandbox> replaced = std::move(ahead);
      ahead.reset();
      try {
        ahead = podrun::exec::make_sandbox_ahead(settings, podrun::plan::SandboxShape::SharedPid);
      } catch (const std::exception&) {  // the pod's own start reports what fails
      }
      podrun::exec::discard_pooled_sandbox(*replaced);
    }
    if (ahead && fits) podrun::exec::address_sandbox_ahead(*ahead);
    if (ahead && !fits) {
      podrun::exec::discard_pooled_sandbox(*ahead);
      ahead.reset();
    }
    // 3. Once the CLI makes the pod: its run configuration (config_word) and its word
    //    (pod_word), else the pod directory or EOF.
    std::optional<podrun::exec::RunConfig> config = config_word(sock);
    podrun::exec::CgroupsAhead cgroups = pod_word(sock, ahead);
    return run_pod(std::move(ahead), std::move(sock), std::move(cgroups), std::move(config));
  }
  if (argc != 1) {
    std::fprintf(stderr, "usage: podrun-supervisor (started by podrun apply) | podrun-supervisor --self-test\n");
    return 2;
  }
  (void)argv;
  podrun::trace::mark("sup.main");  // opens the trace file before any child is forked
  return run_pod(std::nullopt);
}
