#include "exec/runtime.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>

#include "exec/container.h"
#include "exec/pod_setup.h"
#include "image/rootfs.h"

namespace podrun::exec {

namespace fs = std::filesystem;
using state::ContainerState;
using state::PodState;

namespace {

std::string exe_dir() {
  std::error_code ec;
  return fs::read_symlink("/proc/self/exe", ec).parent_path().string();
}

void write_line(int fd, const std::string& s) {
  std::string line = s + "\n";
  if (::write(fd, line.data(), line.size()) < 0) {
  }
}

// ---------------------------------------------------------------------------------------------
// The supervisor: one per pod, detached from the CLI (its own session, a child subreaper). It
// materializes the plan, tells the CLI how it went, then reaps and records until asked to stop.

class Supervisor {
 public:
  Supervisor(const RuntimeConfig& cfg, const PodRequest& req, int report_fd)
      : cfg_(cfg), req_(req), report_(report_fd), store_(cfg.state_root), dir_(store_.pod_dir(req.plan.ns, req.plan.name)) {}

  [[noreturn]] void run() {
    // Signals arrive through sigwaitinfo; children are reaped here (subreaper: the orphans of
    // hostPID containers too).
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, s);
    ::sigprocmask(SIG_BLOCK, &set, nullptr);
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    ::prctl(PR_SET_NAME, "podrun-sup");
    int rc = 0;
    try {
      start();
      write_line(report_, "OK");
    } catch (const std::exception& e) {
      write_line(report_, std::string("ERR ") + e.what());
      stop(0);
      ::_exit(1);
    }
    ::close(report_);
    for (;;) {
      siginfo_t info{};
      int sig = ::sigwaitinfo(&set, &info);
      if (sig == SIGCHLD) reap();
      if (sig == SIGTERM || sig == SIGINT || sig == SIGHUP) {
        stop(grace());
        break;
      }
    }
    ::_exit(rc);
  }

 private:
  // Steps of a pod start, in order; each is undone by stop() on failure.
  void start() {
    const plan::PodPlan& p = req_.plan;
    // 1. State: Pending, with this supervisor's pid.
    st_.ns = p.ns;
    st_.name = p.name;
    st_.uid = p.uid;
    st_.spec_hash = p.spec_hash;
    st_.created = state::now_rfc3339();
    st_.supervisor_pid = ::getpid();
    st_.supervisor_start = process_start_time(::getpid());
    for (const auto& c : p.containers) {
      ContainerState cs;
      cs.name = c.name;
      cs.type = plan::container_kind_name(c.kind);
      cs.reason = "ContainerCreating";
      st_.containers.push_back(cs);
    }
    save();
    // 2. Pod files and volumes; 3. the pause holder.
    prepare_pod_files(p, dir_);
    pause_ = start_pause(p, cfg_.pause_binary.empty() ? exe_dir() + "/podrun-pause" : cfg_.pause_binary);
    st_.pause_pid = pause_.pid;
    st_.pause_start = process_start_time(pause_.pid);
    st_.start_time = state::now_rfc3339();
    save();
    // 4. Containers in order: init containers to completion, then sidecars and app containers.
    own_pid_ns_ = UniqueFd(::open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC));
    for (std::size_t i = 0; i < p.containers.size(); ++i) {
      const plan::ContainerPlan& c = p.containers[i];
      ContainerState& cs = st_.containers[i];
      if (!c.start_errors.empty()) {
        cs.reason = c.start_errors[0].substr(0, c.start_errors[0].find(':'));
        cs.message = c.start_errors[0];
        st_.phase = "Failed";
        save();
        throw ExecError("container " + c.name + ": " + c.start_errors[0]);
      }
      LaunchResult r = launch(i);
      if (r.failed) {
        cs.state = "terminated";
        cs.reason = r.start_error ? "StartError" : "CreateContainerError";
        cs.message = r.message;
        cs.exit_code = r.start_error ? 128 : 126;
        cs.finished_at = state::now_rfc3339();
        st_.phase = "Failed";
        save();
        throw ExecError("container " + c.name + ": " + r.message);
      }
      cs.pid = r.pid;
      cs.start_time = process_start_time(r.pid);
      cs.state = "running";
      cs.reason.clear();
      cs.started_at = state::now_rfc3339();
      save();
      if (c.kind == plan::ContainerKind::Init) {
        // Init containers run one at a time, each to completion (restarts: issue #6).
        int status = 0;
        while (::waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
        }
        record_exit(cs, status);
        save();
        if (cs.exit_code != 0) {
          st_.phase = "Failed";
          save();
          throw ExecError("init container " + c.name + " exited with " + std::to_string(cs.exit_code) + " (" +
                          log_tail(c.name) + ")");
        }
      }
    }
    st_.phase = "Running";
    save();
  }

  LaunchResult launch(std::size_t i) {
    const plan::ContainerPlan& c = req_.plan.containers[i];
    std::string cdir = dir_ + "/containers/" + c.name;
    ::mkdir(cdir.c_str(), 0700);
    ContainerLaunch l;
    l.plan = &c;
    l.pod_dir = dir_;
    l.container_dir = cdir + "/fs";
    l.rootfs = cdir + "/rootfs";
    auto img = req_.images.find(c.image);
    if (img != req_.images.end()) {
      l.layers = img->second.layers;
      l.image_user = img->second.user;
    }
    for (const auto& v : req_.plan.volumes)
      if (v.type == "hostPath") l.host_paths.push_back(v.source);
    using plan::NsKind;
    const std::pair<NsKind, int> order[] = {{NsKind::Ipc, CLONE_NEWIPC}, {NsKind::Uts, CLONE_NEWUTS}, {NsKind::Net, CLONE_NEWNET}};
    for (const auto& [kind, type] : order)
      if (c.namespaces.at(kind).type == plan::NsSource::Type::Pod && pause_.ns.count(kind)) l.join.emplace_back(pause_.ns[kind]->get(), type);
    auto pid = c.namespaces.at(NsKind::Pid).type;
    l.pid_mode = pid == plan::NsSource::Type::Pod ? PidMode::Pod : pid == plan::NsSource::Type::Host ? PidMode::Host : PidMode::Private;
    if (l.pid_mode == PidMode::Pod) l.pod_pid_ns = pause_.ns.at(NsKind::Pid)->get();
    l.own_pid_ns = own_pid_ns_.get();
    UniqueFd log(::open((cdir + "/log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    l.log_fd = log.get();
    return launch_container(l);
  }

  std::string log_tail(const std::string& name) {
    std::ifstream in(dir_ + "/containers/" + name + "/log");
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (all.size() > 200) all = "..." + all.substr(all.size() - 200);
    while (!all.empty() && all.back() == '\n') all.pop_back();
    return all.empty() ? "no output" : "last output: " + all;
  }

  static void record_exit(ContainerState& cs, int status) {
    cs.state = "terminated";
    cs.finished_at = state::now_rfc3339();
    if (WIFEXITED(status)) {
      cs.exit_code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
      cs.signal = WTERMSIG(status);
      cs.exit_code = 128 + cs.signal;  // 137 for SIGKILL, 143 for SIGTERM
    }
    cs.reason = cs.exit_code == 0 ? "Completed" : "Error";
  }

  void reap() {
    for (;;) {
      int status = 0;
      pid_t pid = ::waitpid(-1, &status, WNOHANG);
      if (pid <= 0) break;
      bool changed = false;
      for (auto& cs : st_.containers)
        if (cs.pid == pid && cs.state == "running") {
          record_exit(cs, status);
          changed = true;
        }
      if (pid == pause_.pid) pause_.pid = 0;
      if (changed) {
        update_phase();
        save();
      }
    }
  }

  void update_phase() {
    // restartPolicy (restarts, back-off) comes with issue #6; here a pod whose app containers
    // have all exited is Succeeded (all 0) or Failed.
    bool all_done = true, all_ok = true;
    for (std::size_t i = 0; i < st_.containers.size(); ++i) {
      if (req_.plan.containers[i].kind != plan::ContainerKind::App) continue;
      if (st_.containers[i].state != "terminated") all_done = false;
      else if (st_.containers[i].exit_code != 0) all_ok = false;
    }
    if (all_done) st_.phase = all_ok ? "Succeeded" : "Failed";
  }

  int grace() {
    std::ifstream in(dir_ + "/grace");
    int g = -1;
    if (in >> g && g >= 0) return g;
    return static_cast<int>(req_.plan.termination_grace_period_seconds);
  }

  bool wait_all_exited(std::chrono::steady_clock::time_point deadline) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    for (;;) {
      reap();
      bool running = false;
      for (const auto& cs : st_.containers) running = running || cs.state == "running";
      if (!running) return true;
      auto left = deadline - std::chrono::steady_clock::now();
      if (left <= std::chrono::steady_clock::duration::zero()) return false;
      auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(left).count();
      timespec ts{static_cast<time_t>(ms / 1000), static_cast<long>((ms % 1000) * 1000000)};
      ::sigtimedwait(&chld, nullptr, &ts);
    }
  }

  // Graceful stop: SIGTERM to the containers, the grace period, SIGKILL; then the pause
  // holder; then mounts and directories.
  void stop(int grace_seconds) {
    st_.deleting = true;
    save_quietly();
    for (const auto& cs : st_.containers)
      if (cs.state == "running" && process_alive(cs.pid, cs.start_time)) ::kill(cs.pid, SIGTERM);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(grace_seconds);
    if (!wait_all_exited(deadline)) {
      for (const auto& cs : st_.containers)
        if (cs.state == "running" && process_alive(cs.pid, cs.start_time)) ::kill(cs.pid, SIGKILL);
      wait_all_exited(std::chrono::steady_clock::now() + std::chrono::seconds(10));
    }
    if (pause_.pid > 0) {
      ::kill(pause_.pid, SIGTERM);
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
      while (pause_.pid > 0 && std::chrono::steady_clock::now() < until) {
        reap();
        if (pause_.pid > 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      if (pause_.pid > 0) {
        ::kill(pause_.pid, SIGKILL);
        ::waitpid(pause_.pid, nullptr, 0);
      }
    }
    // Orphans adopted by this subreaper (from hostPID containers) go too.
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    pause_.ns.clear();
    try {
      remove_pod_files(dir_);
    } catch (const std::exception&) {
    }
  }

  void save() {
    auto lock = store_.lock_pod(st_.ns, st_.name);
    store_.save(st_);
  }
  void save_quietly() {
    try {
      save();
    } catch (const std::exception&) {
    }
  }

  const RuntimeConfig& cfg_;
  const PodRequest& req_;
  int report_;
  state::StateStore store_;
  std::string dir_;
  PodState st_;
  PauseHolder pause_;
  UniqueFd own_pid_ns_;
};

}  // namespace

ApplyResult apply_pod(const RuntimeConfig& cfg, const PodRequest& req) {
  const plan::PodPlan& p = req.plan;
  state::StateStore store(cfg.state_root);
  std::string dir = store.pod_dir(p.ns, p.name);
  ApplyResult result;
  int report[2];
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
    fs::create_directories(dir);
    ::chmod(dir.c_str(), 0700);
    std::ofstream(dir + "/pod.json") << req.manifest_json;
    std::ofstream(dir + "/plan.json") << req.plan_json;

    // 2. The supervisor: a child in its own session, detached from the CLI's terminal; it
    //    outlives the CLI. Its pid goes into the state before the global lock is released, so
    //    that a CLI killed from here on leaves a pod that delete (or a re-apply) can find.
    if (::pipe2(report, O_CLOEXEC) != 0) throw ExecError("start the supervisor", "pipe2", "", errno);
    report_read.reset(report[0]);
    UniqueFd report_write(report[1]);
    sup = ::fork();
    if (sup < 0) throw ExecError("start the supervisor", "fork", "", errno);
    if (sup == 0) {
      ::setsid();
      // Only the report pipe crosses over: an inherited descriptor of the global lock would
      // hold that lock for the pod's whole life.
      ::dup2(report_write.get(), 3);
      ::syscall(SYS_close_range, 4, ~0U, 0);
      int devnull = ::open("/dev/null", O_RDWR);
      for (int fd : {0, 1, 2}) ::dup2(devnull, fd);
      if (devnull > 3) ::close(devnull);
      Supervisor(cfg, req, 3).run();
    }
    report_write.reset();
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
  while ((n = ::read(report_read.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
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
