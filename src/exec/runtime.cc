#include "exec/runtime.h"

#include "exec/placement.h"
#include "exec/userns.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "cgroup/cgroup.h"
#include "exec/pod_setup.h"
#include "exec/seccomp.h"
#include "net/host_ports.h"
#include "net/pod_network.h"
#include "supervisor/run_config.h"

namespace podrun::exec {

namespace fs = std::filesystem;
using state::ContainerState;
using state::PodState;

namespace {

std::string exe_dir() {
  std::error_code ec;
  return fs::read_symlink("/proc/self/exe", ec).parent_path().string();
}

}  // namespace

std::string default_cgroup_root(plan::CgroupVersion v) {
  struct stat st {};
  if (v == plan::CgroupVersion::V2 && ::stat("/sys/fs/cgroup/cgroup.controllers", &st) != 0) return "/sys/fs/cgroup/unified";
  return "/sys/fs/cgroup";
}

StandbySupervisor StandbySupervisor::spawn(const RuntimeConfig& cfg) {
  std::string binary = cfg.supervisor_binary.empty() ? exe_dir() + "/podrun-supervisor" : cfg.supervisor_binary;
  int report[2], pod_dir[2];
  if (::pipe2(report, O_CLOEXEC) != 0) throw SysError("start the supervisor", "pipe2", "", errno);
  UniqueFd report_read(report[0]), report_write(report[1]);
  // A socket, not a pipe, for the pod directory: if the supervisor is gone (its exec failed),
  // the CLI's send fails with EPIPE instead of killing it with SIGPIPE.
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pod_dir) != 0) throw SysError("start the supervisor", "socketpair", "", errno);
  UniqueFd dir_read(pod_dir[0]), dir_write(pod_dir[1]);
  // What the child says if its exec fails, made here: after the fork it only makes syscalls.
  std::string exec_failed = "ERR start the supervisor: execve `" + binary + "`: ";
  // fork, not posix_spawn: a vfork child runs on the CLI's CPU until it has exec'd and set
  // itself up, while the CLI waits for that CPU; a forked one is moved to the other CPU before
  // it first runs (exec/placement.h). Early in a command the CLI's memory is small, so the
  // fork costs little. The child starts a session of its own and gets /dev/null for 0-2, the
  // report pipe as fd 3, the pod directory's socket as fd 4 and nothing else; between fork and
  // exec it makes system calls only.
  char* argv[] = {const_cast<char*>("podrun-supervisor"), nullptr};
  UniqueFd report_high(::fcntl(report_write.get(), F_DUPFD_CLOEXEC, 10));  // never 3 or 4 itself
  UniqueFd dir_high(::fcntl(dir_read.get(), F_DUPFD_CLOEXEC, 10));
  CpuAffinity affinity = current_affinity();
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start the supervisor", "fork", "", errno);
  if (pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    for (int sig = 1; sig < NSIG; ++sig) ::signal(sig, SIG_DFL);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::setsid();
    if (::dup2(report_high.get(), 3) != 3 || ::dup2(dir_high.get(), 4) != 4) ::_exit(127);
    int devnull = ::open("/dev/null", O_RDWR);
    if (devnull < 0 || ::dup2(devnull, 0) != 0 || ::dup2(devnull, 1) != 1 || ::dup2(devnull, 2) != 2) ::_exit(127);
    ::close_range(5, ~0U, 0);
    ::execve(binary.c_str(), argv, ::environ);
    const char* why = ::strerrordesc_np(errno);
    if (::write(3, exec_failed.data(), exec_failed.size()) > 0 && ::write(3, why, std::strlen(why)) > 0 && ::write(3, "\n", 1) > 0) {
    }
    ::_exit(127);
  }
  place_on_other_cpu(pid, affinity);
  StandbySupervisor s;
  s.pid_ = pid;
  s.pod_dir_ = std::move(dir_write);
  s.report_ = std::move(report_read);
  return s;
}

void StandbySupervisor::start(const std::string& pod_dir) {
  // The directory, then the CPUs it may use (the CLI's: it was placed on one of them). One
  // send far below the socket's buffer: it never blocks, and the supervisor reads it whole at
  // EOF.
  std::string msg = pod_dir + "\n" + cpu_list(current_affinity()) + "\n";
  if (::send(pod_dir_.get(), msg.data(), msg.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(msg.size())) {
    int err = errno;
    // It is gone: what it said (an exec that failed), or the send's error.
    std::string said;
    char buf[512];
    for (ssize_t n; (n = ::read(report_.get(), buf, sizeof buf)) > 0;) said.append(buf, static_cast<std::size_t>(n));
    while (!said.empty() && said.back() == '\n') said.pop_back();
    if (said.rfind("ERR ", 0) == 0) throw SysError(said.substr(4));
    throw SysError("start the supervisor", "send", "its pod directory socket", err);
  }
  pod_dir_.reset();
  pid_ = -1;  // the pod's now: the state names it
}

StandbySupervisor& StandbySupervisor::operator=(StandbySupervisor&& o) noexcept {
  if (this != &o) {
    dismiss();
    pid_ = std::exchange(o.pid_, -1);
    pod_dir_ = std::move(o.pod_dir_);
    report_ = std::move(o.report_);
  }
  return *this;
}

StandbySupervisor::~StandbySupervisor() { dismiss(); }

void StandbySupervisor::dismiss() {
  if (pid_ <= 0) return;
  pod_dir_.reset();  // EOF without a directory: it exits
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

ApplyResult apply_pod(const RuntimeConfig& cfg, const PodRequest& req, StandbySupervisor* standby) {
  const plan::PodPlan& p = req.plan;
  state::StateStore store(cfg.state_root);
  std::string dir = store.pod_dir(p.ns, p.name);
  ApplyResult result;
  // 0. What the kubelet refuses before it starts anything (SysctlForbidden): nothing changes.
  if (!p.admission_errors.empty()) {
    result.ok = false;
    result.message = p.admission_errors.front();
    return result;
  }
  UniqueFd report_read;
  pid_t sup = -1;
  {
    // 1. Name allocation, under the global lock: unchanged, changed, or new.
    auto global = store.lock_global();
    auto existing = store.load(p.ns, p.name);
    bool running = existing && process_alive(existing->supervisor_pid, existing->supervisor_start);
    if (running && existing->spec_hash == p.spec_hash) {
      result.outcome = ApplyResult::Outcome::Unchanged;
      return result;
    }
    if (existing || fs::exists(dir)) {
      result.outcome = ApplyResult::Outcome::Configured;
      global = state::StateStore::Lock();  // delete takes it again
      delete_pod(cfg, p.ns, p.name, std::nullopt, true);
      global = store.lock_global();
    }
    make_pod_dir(dir);
    // From here until the supervisor has the pod, a failure removes the directory again.
    struct Undo {
      const std::string& dir;
      bool armed = true;
      ~Undo() {
        if (!armed) return;
        try {
          remove_pod_files(dir);
        } catch (const std::exception&) {
        }
        std::error_code ec;
        fs::remove(fs::path(dir).parent_path(), ec);  // the namespace directory, when empty
      }
    } undo{dir};
    std::ofstream(dir + "/pod.json") << req.manifest_json;
    supervisor::RunConfig run;
    run.plan = p;
    run.images = req.images;
    run.state_root = cfg.state_root;
    run.pause_binary = cfg.pause_binary.empty() ? exe_dir() + "/podrun-pause" : cfg.pause_binary;
    run.backoff = cfg.backoff;
    run.log_max_bytes = cfg.log_max_bytes;
    run.cgroup_version = req.cgroup_version;
    run.bridge = cfg.bridge;
    run.subnet = cfg.subnet;
    run.idmapped_mounts = cfg.idmapped_mounts;
    run.storage_dir = pod_storage_dir(cfg.storage_root, dir, p.uid);
    run.eviction_period_ms = cfg.eviction_period_ms;
    run.cgroup_root = cfg.cgroup_root.empty() ? default_cgroup_root(req.cgroup_version) : cfg.cgroup_root;
    std::ofstream(dir + "/run.json") << supervisor::encode_run_config(run);
    write_seccomp_programs(p, dir, cfg.state_root);

    // 2. The supervisor: started before the manifest was read (StandbySupervisor), or now.
    //    Its pid goes into the state before the global lock is released, so that a CLI
    //    killed from here on leaves a pod that delete (or a re-apply) can find.
    StandbySupervisor own;
    if (!standby || !*standby) {
      own = StandbySupervisor::spawn(cfg);
      standby = &own;
    }
    sup = standby->pid_;
    standby->start(dir);
    report_read = std::move(standby->report_);
    undo.armed = false;  // the supervisor's, and delete's
    if (req.plan_json) std::ofstream(dir + "/plan.json") << req.plan_json();
    PodState initial;
    initial.ns = p.ns;
    initial.name = p.name;
    initial.uid = p.uid;
    initial.spec_hash = p.spec_hash;
    initial.created = state::now_rfc3339();
    initial.supervisor_pid = sup;
    initial.supervisor_start = process_start_time(sup);
    auto pod_lock = store.lock_pod(p.ns, p.name);
    if (!store.load(p.ns, p.name)) store.save(initial);  // the supervisor's own state wins
  }

  // 3. Wait for the supervisor's report: OK once every container runs, or what went wrong.
  std::string reply;
  char buf[512];
  ssize_t n;
  // One line; the supervisor's children may keep the pipe open a little longer.
  while (reply.find('\n') == std::string::npos && ((n = ::read(report_read.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)))
    if (n > 0) reply.append(buf, static_cast<std::size_t>(n));
  while (!reply.empty() && reply.back() == '\n') reply.pop_back();
  ::waitpid(sup, nullptr, WNOHANG);  // reaped here if it already gave up
  if (reply == "OK") return result;
  result.ok = false;
  result.message = reply.rfind("ERR ", 0) == 0 ? reply.substr(4) : "the supervisor died while starting the pod";
  // The supervisor undid what it did; remove the directory of a pod that never ran.
  delete_pod(cfg, p.ns, p.name, 0, true);
  ::waitpid(sup, nullptr, 0);
  return result;
}

namespace {

struct Signalled {
  std::string ns, name, dir;
  std::optional<state::PodState> st;
};

// Step 1 of a delete: ask the supervisor (it stops the containers within the grace period,
// then the pause holder, then removes mounts and the directory).
std::optional<Signalled> signal_delete(const RuntimeConfig& cfg, const std::string& ns, const std::string& name,
                                       std::optional<int> grace) {
  state::StateStore store(cfg.state_root);
  Signalled s{ns, name, store.pod_dir(ns, name), std::nullopt};
  if (!fs::exists(s.dir)) return std::nullopt;
  s.st = store.load(ns, name);
  if (s.st && process_alive(s.st->supervisor_pid, s.st->supervisor_start)) {
    if (grace) std::ofstream(s.dir + "/grace") << *grace << "\n";
    ::kill(s.st->supervisor_pid, SIGTERM);
  }
  return s;
}

int pod_grace_seconds(const std::string& dir, std::optional<int> grace) {
  if (grace) return *grace;
  try {
    std::ifstream planf(dir + "/plan.json");
    nlohmann::json pj;
    planf >> pj;
    return pj.value("terminationGracePeriodSeconds", 30);
  } catch (...) {
    return 30;
  }
}

// Step 2: wait for the supervisor to finish; then clean up whatever a killed supervisor (or a
// start that died half-way) left: the processes the state names, if they are still ours,
// the mounts, the directory.
void finish_delete(const RuntimeConfig& cfg, const Signalled& s, std::optional<int> grace) {
  state::StateStore store(cfg.state_root);
  if (s.st && process_alive(s.st->supervisor_pid, s.st->supervisor_start)) {
    int limit = pod_grace_seconds(s.dir, grace) + 15;  // the supervisor's own bound, and its clean-up
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(limit);
    while (process_alive(s.st->supervisor_pid, s.st->supervisor_start) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (s.st) {
    for (const auto& c : s.st->containers)
      if (process_alive(c.pid, c.start_time)) ::kill(c.pid, SIGKILL);
    if (process_alive(s.st->pause_pid, s.st->pause_start)) ::kill(s.st->pause_pid, SIGKILL);
    if (process_alive(s.st->supervisor_pid, s.st->supervisor_start)) ::kill(s.st->supervisor_pid, SIGKILL);
  }
  // The pod's cgroups hold whatever the state does not name (a process that escaped the
  // supervisor, the children of a killed one): kill it all, then remove them.
  try {
    std::ifstream in(s.dir + "/run.json");
    std::stringstream text;
    text << in.rdbuf();
    if (in) {
      supervisor::RunConfig run = supervisor::decode_run_config(text.str());
      auto cg = cgroup::make_driver(run.cgroup_version, run.cgroup_root);
      cg->kill_all(run.plan.cgroup.path, 5000);
      cg->remove(run.plan.cgroup.path, 5000);
      if (run.plan.pause.uid_map) release_id_block(kIdBlockDir, run.plan.uid);
      net::NetworkConfig nc{run.bridge, run.subnet, run.state_root + "/network"};
      net::release_address(nc, net::address_owner(run.plan.ns, run.plan.name, run.plan.uid));
      remove_pod_storage(run.storage_dir);
      bool host_ports = false;
      for (const auto& c : run.plan.containers)
        for (const auto& port : c.ports) host_ports = host_ports || port.host_port != 0;
      if (host_ports) net::remove_host_ports(net::host_port_table(run.plan.uid));
    }
  } catch (const std::exception&) {
  }
  auto global = store.lock_global();
  if (fs::exists(s.dir)) remove_pod_files(s.dir);
  std::error_code ec;
  fs::remove(fs::path(s.dir).parent_path(), ec);  // the namespace directory, when empty
}

}  // namespace

std::vector<std::string> delete_pods(const RuntimeConfig& cfg, const std::vector<std::pair<std::string, std::string>>& pods,
                                     std::optional<int> grace, bool wait) {
  std::vector<std::string> missing;
  std::vector<Signalled> asked;
  for (const auto& [ns, name] : pods) {
    auto s = signal_delete(cfg, ns, name, grace);
    if (s) asked.push_back(*s);
    else missing.push_back(ns + "/" + name);
  }
  if (wait)
    for (const auto& s : asked) finish_delete(cfg, s, grace);
  return missing;
}

bool delete_pod(const RuntimeConfig& cfg, const std::string& ns, const std::string& name, std::optional<int> grace, bool wait) {
  auto missing = delete_pods(cfg, {{ns, name}}, grace, wait);
  return missing.empty();
}

}  // namespace podrun::exec
