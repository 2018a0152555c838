#include "supervisor/supervisor.h"

#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <set>

#include "cgroup/cgroup.h"
#include "exec/container.h"
#include "exec/pod_setup.h"
#include "exec/seccomp.h"
#include "exec/userns.h"
#include "common/capabilities.h"
#include "common/files.h"
#include "net/host_ports.h"
#include "net/pod_network.h"
#include "state/pod_state.h"
#include "supervisor/handler.h"
#include "supervisor/backoff.h"
#include "state/cri_log.h"
#include "supervisor/eviction.h"

// Gives free heap memory back to the kernel: glibc's (in <malloc.h>, not included here: musl
// has no such header entry), or supervisor/musl_malloc.cc's.
extern "C" int malloc_trim(size_t pad) noexcept;

namespace podrun::supervisor {

using Clock = std::chrono::steady_clock;
using plan::ContainerKind;
using state::ContainerState;
using state::CriLogWriter;
using state::Stream;

namespace {

// RFC 3339 with seconds, UTC, as Kubernetes' status times.
std::string now_time() { return now_rfc3339(); }

// ---------------------------------------------------------------------------------------------
// One probe of one container: the kubelet's prober worker, as data.
struct Prober {
  const plan::ProbePlan* plan = nullptr;
  const char* kind = "";  // Startup, Liveness, Readiness
  Clock::time_point next{};
  int successes = 0, failures = 0;
  bool result = false;  // the last verdict past its threshold
  pid_t running = 0;    // the child of the run in flight
  UniqueFd output;
  Clock::time_point deadline{};
};

// A hook in flight (postStart or preStop).
struct Hook {
  pid_t pid = 0;
  UniqueFd output;
  Clock::time_point deadline{};
};

// A container instance made up to its exec (Supervisor::prepare): its log pipes and its
// child, which has joined the pod and built its filesystem and waits for its go.
struct Prepared {
  UniqueFd out_r, out_w, err_r, err_w;
  exec::PendingContainer child;
};

// One container of the pod: its plan, its current instance and what is pending for it.
struct Box {
  const plan::ContainerPlan* plan = nullptr;
  std::size_t index = 0;
  int pid = 0;
  Clock::time_point started{};
  bool launched_once = false;
  bool cgroup_made = false;        // made with the pod, while its pause holder started
  std::optional<Prepared> prestarted;  // its child, made while the previous container's set up
  bool done = false;               // an init container that exited 0
  bool waiting_restart = false;    // exited; restarts at restart_at
  Clock::time_point restart_at{};
  int streak = 0;                  // exits in a row, for the back-off
  std::uint64_t oom_baseline = 0;  // the cgroup's OOM kill count when this instance started
  Hook post_start, pre_stop;
  bool post_start_pending = false;
  bool pre_stop_done = false;
  bool term_sent = false;
  std::optional<Clock::time_point> kill_at;  // SIGKILL after a liveness kill's grace
  Prober startup, liveness, readiness;
  std::shared_ptr<CriLogWriter> log;
  std::string object;  // spec.containers{NAME}, as events name it
  bool seccomp_compiled = false;
  std::optional<std::string> seccomp;  // its filter (exec/seccomp.h); nullopt: unconfined
};

// The pod's network could not be made: the pod fails to start, whichever container waited.
struct PodNetworkError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct LogPipe {
  UniqueFd fd;
  std::shared_ptr<CriLogWriter> log;
  Stream stream;
};

class Supervisor {
 public:
  Supervisor(const RunConfig& cfg, int report_fd)
      : cfg_(cfg), plan_(cfg.plan), report_(report_fd), store_(cfg.state_root), dir_(store_.pod_dir(plan_.ns, plan_.name)), paths_{dir_} {}

  [[noreturn]] void run() {
    // 1. Signals through a signalfd; children are reaped here (a subreaper: the orphans of
    //    hostPID containers too).
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, s);
    ::sigprocmask(SIG_BLOCK, &set, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    ::prctl(PR_SET_NAME, "podrun-sup");
    epoll_.reset(::epoll_create1(EPOLL_CLOEXEC));
    sigfd_.reset(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
    watch(sigfd_.get());
    // 2. The pod: state, files and volumes, the pause holder.
    try {
      start_pod();
    } catch (const std::exception& e) {
      fail_start(e.what());
    }
    // 3. The loop: reconcile what should be with what is, then wait for the next event.
    for (;;) {
      // Until nothing more changes: a start can unblock the next container, a completed pod
      // begins stopping its sidecars, and so on.
      do {
        again_ = false;
        reconcile();
      } while (again_ && !finished_);
      if (pod_network_) {
        // No container was launched (each one failed before its process): the network anyway.
        try {
          std::exchange(pod_network_, {})();
        } catch (const std::exception& e) {
          fail_start(e.what());
        }
      }
      if (finished_) break;
      if (dirty_) save();
      if (!trimmed_) {
        // The start's garbage (run.json's JSON tree above all) is free by now: its pages go
        // back to the kernel, as they would not by themselves (supervisor/heap.h).
        trimmed_ = true;
        ::malloc_trim(0);
      }
      epoll_event evs[16];
      int n = ::epoll_wait(epoll_.get(), evs, 16, wait_ms());
      for (int i = 0; i < n; ++i) {
        int fd = evs[i].data.fd;
        if (fd == sigfd_.get()) on_signals();
        else on_pipe(fd);
      }
    }
    teardown_pod();
    ::_exit(0);
  }

 private:
  // --- start and end of the pod ----------------------------------------------------------
  void start_pod() {
    st_.ns = plan_.ns;
    st_.name = plan_.name;
    st_.uid = plan_.uid;
    st_.spec_hash = plan_.spec_hash;
    st_.qos = plan::qos_name(plan_.qos);
    st_.created = now_time();
    st_.supervisor_pid = ::getpid();
    st_.supervisor_start = process_start_time(::getpid());
    st_.conditions = {{"PodScheduled", true, "", now_time()}, {"Initialized", false, "", now_time()},
                      {"ContainersReady", false, "ContainersNotReady", now_time()}, {"Ready", false, "ContainersNotReady", now_time()}};
    bool has_init = std::any_of(plan_.containers.begin(), plan_.containers.end(), [](const auto& c) { return c.kind != ContainerKind::App; });
    boxes_.resize(plan_.containers.size());
    for (std::size_t i = 0; i < plan_.containers.size(); ++i) {
      const plan::ContainerPlan& c = plan_.containers[i];
      Box& b = boxes_[i];
      b.plan = &c;
      b.index = i;
      b.object = std::string(c.kind == ContainerKind::App ? "spec.containers{" : "spec.initContainers{") + c.name + "}";
      b.startup.plan = c.startup_probe ? &*c.startup_probe : nullptr;
      b.startup.kind = "Startup";
      b.liveness.plan = c.liveness_probe ? &*c.liveness_probe : nullptr;
      b.liveness.kind = "Liveness";
      b.readiness.plan = c.readiness_probe ? &*c.readiness_probe : nullptr;
      b.readiness.kind = "Readiness";
      ContainerState cs;
      cs.name = c.name;
      cs.type = c.kind == ContainerKind::Init ? state::ContainerType::Init
                : c.kind == ContainerKind::Sidecar ? state::ContainerType::Sidecar
                                                   : state::ContainerType::App;
      cs.image = c.image;
      cs.reason = has_init ? "PodInitializing" : "ContainerCreating";
      st_.containers.push_back(cs);
    }
    event("Normal", "Scheduled", "", "Successfully assigned " + plan_.ns + "/" + plan_.name + " to " + node_name());
    // The first save comes after the first reconcile: until then, the state the CLI wrote
    // (this supervisor's pid) is what delete needs to find the pod.
    // 1. The pause holder forked first: it makes the pod's namespaces (a network namespace
    //    costs the kernel about 1 ms) on the other core while this process makes the cgroups
    //    and files, and waits to be told its cgroups exist.
    //    hostUsers: false: first a block of host IDs for the pod's user namespace.
    std::optional<plan::PodPlan> with_ids;
    if (plan_.pause.uid_map) {
      userns_host_ = exec::allocate_id_block(exec::kIdBlockDir, exec::podrun_id_range(), dir_, plan_.uid);
      with_ids = plan_;
      with_ids->pause.uid_map->host_id = with_ids->pause.gid_map->host_id = *userns_host_;
      st_.userns_host_id = static_cast<std::int64_t>(*userns_host_);
    }
    exec::PendingPause pending = exec::spawn_pause(with_ids ? *with_ids : plan_, cfg_.pause_binary, dir_);
    pause_.pid = pending.pid;  // killed by fail_start from here on
    // 2. The pod's cgroup with the plan's values; the pause holder's (the pod's on v1).
    bool v2 = cfg_.cgroup_version == plan::CgroupVersion::V2;
    st_.cgroup_version = v2 ? "v2" : "v1";
    cg_ = cgroup::make_driver(cfg_.cgroup_version, cfg_.cgroup_root);
    if (!cg_->available())
      throw SysError("cgroup " + std::string(v2 ? "v2" : "v1") + ": the memory, cpu and pids controllers are not available under " +
                            cfg_.cgroup_root + " (podrun --cgroup-version chooses the other hierarchy)");
    cgroups_made_ = true;
    record_cgroup("pod", plan_.cgroup.path, cg_->apply(plan_.cgroup));
    std::string pause_cg = cgroup::pause_cgroup_path(plan_, cfg_.cgroup_version);
    if (pause_cg != plan_.cgroup.path) {
      cg_->create(pause_cg);
      record_cgroup("pause", pause_cg, {});
    }
    exec::release_pause(pending, plan_, cg_->attach_files(pause_cg));
    // 3. An address on the pod network (none with hostNetwork: the pod has the host's).
    bool own_net = std::find(plan_.pause.creates.begin(), plan_.pause.creates.end(), plan::NsKind::Net) != plan_.pause.creates.end();
    net_.bridge = cfg_.bridge;
    net_.subnet = cfg_.subnet;
    net_.state_dir = cfg_.state_root + "/network";
    if (own_net) {
      addr_ = net::allocate_address(net_, net::address_owner(plan_.ns, plan_.name, plan_.uid), plan_.uid);
      st_.pod_ip = addr_.ip;
    }
    // 4. Its storage on disk (writable layers, logs, volumes), files and volumes; 5. the pause
    //    holder ready; 6. its network namespace on the bridge.
    exec::attach_pod_storage(dir_, cfg_.storage_dir, plan_.uid);
    exec::prepare_pod_files(plan_, paths_, st_.pod_ip);
    if (has_storage_limits(plan_)) next_storage_check_ = Clock::now() + std::chrono::milliseconds(cfg_.eviction_period_ms);
    // The containers' cgroups too, while the pause holder still starts; one that fails here
    // is tried again by its launch, which reports it as that container's failure.
    for (auto& b : boxes_) {
      try {
        record_cgroup(b.plan->name, b.plan->cgroup.path, cg_->apply(b.plan->cgroup));
        b.cgroup_made = true;
      } catch (const std::exception&) {
      }
    }
    try {
      pause_ = exec::await_pause(pending, plan_, cfg_.pause_binary);
    } catch (...) {
      pause_.pid = pending.pid;  // 0 once await_pause reaped it: never signal a reused pid
      throw;
    }
    if (userns_host_) choose_id_mapping();
    // 6. (cont.) The veth, the sysctls (they may name eth0), and 7. hostPorts: each port held
    //    by a bound socket, and DNATed to the pod in the kernel (net/host_ports.h; a
    //    hostNetwork pod's containers bind the host's ports themselves). Done while the first
    //    container sets up its filesystem on the other CPU (launch_container's `meanwhile`);
    //    it execs only after, so no container sees the pod without its network or with the
    //    old sysctl values.
    pod_network_ = [this, own_net] {
      try {
        if (own_net) net::attach_pod(net_, addr_, pause_.ns.at(plan::NsKind::Net)->get());
        exec::write_sysctls(pause_, plan_.sysctls);
        std::vector<net::HostPort> ports;
        for (const auto& c : plan_.containers)
          for (const auto& port : c.ports)
            if (port.host_port && own_net)
              ports.push_back({port.host_ip, port.host_port, port.container_port,
                               port.protocol == plan::Protocol::UDP ? net::HostPort::Transport::Udp : net::HostPort::Transport::Tcp});
        if (!ports.empty()) {
          host_port_fds_ = net::reserve_host_ports(ports);
          std::string table = net::host_port_table(plan_.uid);
          host_port_table_ = table;  // removed at teardown, even when loading it failed half-way
          net::add_host_ports(table, net::host_port_ruleset(table, dir_ + " " + plan_.uid, cfg_.subnet, addr_.ip, ports));
        }
      } catch (const std::exception& e) {
        throw PodNetworkError(e.what());
      }
    };
    check_oom_score(pause_.pid, plan_.pause.oom_score_adj, "", "the pause holder");
    st_.pause_pid = pause_.pid;
    st_.pause_start = process_start_time(pause_.pid);
    st_.start_time = now_time();
    own_pid_ns_.reset(::open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC));
    ::mkdir(paths_.logs().c_str(), 0750);
    dirty_ = true;
  }

  // hostUsers: false: idmapped mounts when the pod's files and every image's layers allow them
  // (a kernel before 5.12, tmpfs before 6.3, some filesystems do not), else the kubelet's
  // fallback: the pod's files chowned into its block (the images are copied, shifted, by
  // each container). Said in an event either way.
  void choose_id_mapping() {
    int userns = pause_.ns.at(plan::NsKind::User)->get();
    std::vector<std::string> probe = {paths_.volumes()};
    if (!plan_.host_ipc_shm) probe.push_back(paths_.shm());
    for (const auto& [ref, img] : cfg_.images)
      if (!img.layers.empty()) probe.push_back(img.layers.front());
    std::string refused;
    if (cfg_.idmapped_mounts == "never") refused = "--idmapped-mounts never";
    for (const auto& p : probe) {
      if (!refused.empty()) break;
      int fd = exec::idmapped_mount(AT_FDCWD, p, userns);
      if (fd < 0) refused = p + ": " + std::strerror(errno);
      else ::close(fd);
    }
    userns_idmap_ = refused.empty();
    std::string range = std::to_string(*userns_host_) + "-" + std::to_string(*userns_host_ + exec::kIdsPerPod - 1);
    if (userns_idmap_) {
      event("Normal", "UserNamespace", "", "IDs 0-65535 are the host's " + range + "; the image and the pod's volumes idmapped");
      return;
    }
    for (const std::string& f : {paths_.volumes(), paths_.shm(), paths_.etc_hosts(), paths_.hostname(), paths_.resolv_conf()})
      if (files::exists(f)) exec::shift_ownership(f, *userns_host_);
    event("Normal", "UserNamespace", "",
          "IDs 0-65535 are the host's " + range + "; no idmapped mounts (" + refused +
              "): the pod's files chowned into them, the image copied for each container");
  }

  void record_cgroup(const std::string& owner, const std::string& path, const std::vector<cgroup::Written>& written) {
    state::CgroupRecord r{owner, path, {}};
    for (const auto& w : written) r.values.emplace_back(w.file.substr(w.file.rfind('/') + 1), w.value);
    st_.cgroups.push_back(r);
  }

  // The child sets its oom_score_adj; it cannot lower it without CAP_SYS_RESOURCE.
  void check_oom_score(int pid, int want, const std::string& object, const std::string& who) {
    std::optional<std::string> text = files::read("/proc/" + std::to_string(pid) + "/oom_score_adj");
    int got = text && !text->empty() ? std::atoi(text->c_str()) : want;
    if (got != want)
      event("Warning", "OOMScoreAdjNotSet", object,
            "oom_score_adj of " + who + " is " + std::to_string(got) + ", not " + std::to_string(want) +
                ": lowering it needs CAP_SYS_RESOURCE, which podrun does not have here");
  }

  // The node's address, as pods see it: the host's end of the pod network (hostNetwork pods
  // before any pod made the bridge: loopback).
  std::string host_ip() const {
    if (!addr_.gateway.empty()) return addr_.gateway;
    auto s = net::parse_cidr(cfg_.subnet);
    return s && ::if_nametoindex(cfg_.bridge.c_str()) != 0 ? net::ip_string(s->gateway()) : "127.0.0.1";
  }

  static std::string node_name() {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    return host;
  }

  // A failure before every container started once: undo everything, tell the CLI, exit.
  [[noreturn]] void fail_start(const std::string& why) {
    report("ERR " + why);
    kill_everything();
    teardown_pod();
    ::_exit(1);
  }

  void kill_everything() {
    discard_prestarted();
    for (auto& b : boxes_)
      if (b.pid > 0) ::kill(b.pid, SIGKILL);
    wait_children(std::chrono::seconds(10));
  }

  void wait_children(std::chrono::seconds limit) {
    auto until = Clock::now() + limit;
    while (any_container_alive() && Clock::now() < until) {
      reap();
      if (any_container_alive()) ::usleep(2000);
    }
  }

  // The pause holder, mounts and directories; the pod's state goes with its directory.
  void teardown_pod() {
    // The pod's storage on disk is removed by a child on the other CPU while this process
    // stops the pause holder and empties the cgroups (its containers are gone by now; a
    // file still open somewhere is unlinked all the same).
    pid_t remover = storage_remover();
    if (pause_.pid > 0) {
      ::kill(pause_.pid, SIGTERM);
      auto until = Clock::now() + std::chrono::seconds(2);
      while (pause_.pid > 0 && Clock::now() < until) {
        reap();
        if (pause_.pid > 0) ::usleep(1000);
      }
      if (pause_.pid > 0) {
        ::kill(pause_.pid, SIGKILL);
        ::waitpid(pause_.pid, nullptr, 0);
        pause_.pid = 0;
      }
    }
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    pause_.ns.clear();
    pipes_.clear();
    if (!host_port_table_.empty()) {
      try {
        net::remove_host_ports(host_port_table_);
      } catch (const std::exception&) {
      }
    }
    host_port_fds_.clear();
    // The veth went with the pause holder's network namespace; the address goes back.
    if (!addr_.ip.empty()) {
      try {
        net::release_address(net_, net::address_owner(plan_.ns, plan_.name, plan_.uid));
      } catch (const std::exception&) {
      }
    }
    // Whatever is still in the pod's cgroups (a process that escaped the supervisor, from a
    // hostPID container) is killed; then the cgroups go.
    if (cg_ && cgroups_made_) {
      cg_->kill_all(plan_.cgroup.path, 5000);
      while (::waitpid(-1, nullptr, WNOHANG) > 0) {
      }
      cg_->remove(plan_.cgroup.path, 5000);
    }
    // Its host IDs go back once nothing of the pod runs.
    if (plan_.pause.uid_map) {
      try {
        exec::release_id_block(exec::kIdBlockDir, plan_.uid);
      } catch (const std::exception&) {
      }
    }
    for (auto& b : boxes_) b.log.reset();
    try {
      exec::remove_pod_files(dir_);
    } catch (const std::exception&) {
    }
    int status = 0;
    bool removed = remover > 0 && ::waitpid(remover, &status, 0) == remover && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!removed) {
      try {
        exec::remove_pod_storage(cfg_.storage_dir);
      } catch (const std::exception&) {
      }
    }
  }

  // A child that removes the pod's storage; 0 when it could not be forked (the caller then does
  // it itself).
  pid_t storage_remover() {
    pid_t pid = ::fork();
    if (pid == 0) {
      try {
        exec::remove_pod_storage(cfg_.storage_dir);
      } catch (const std::exception&) {
        ::_exit(1);
      }
      ::_exit(0);
    }
    return pid > 0 ? pid : 0;
  }

  void report(const std::string& line) {
    if (report_ < 0) return;
    std::string l = line + "\n";
    if (::write(report_, l.data(), l.size()) < 0) {
    }
    ::close(report_);
    report_ = -1;
  }

  // --- the reconcile step: what the kubelet's syncPod does, for one pod ----------------
  void reconcile() {
    auto now = Clock::now();
    if (stopping_) {
      reconcile_stop(now);
    } else {
      if (!pod_failed_) start_due_containers(now);
      run_due_probes(now);
      if (next_storage_check_ && now >= *next_storage_check_) check_storage(now);
    }
    enforce_kill_deadlines(now);
    update_pod_status();
    if (report_ >= 0 && first_pass_done()) {
      // Saved before the CLI returns: `podrun apply && podrun exec` must find the containers.
      save();
      report("OK");
    }
  }

  bool first_pass_done() const {
    if (pod_failed_ || pod_terminal_) return true;
    for (const auto& b : boxes_) {
      if (b.waiting_restart) return true;  // waits in back-off: the pod exists, apply is done
      if (!b.launched_once || b.prestarted || b.post_start_pending) return false;
    }
    return true;
  }

  void start_due_containers(Clock::time_point now) {
    // 1. Init containers and sidecars, in order: each gates the ones after it until it has
    //    exited 0 (init) or started (sidecar).
    bool initializing = false;
    for (auto& b : boxes_) {
      if (b.plan->kind == ContainerKind::App) break;
      if (b.plan->kind == ContainerKind::Init && b.done) continue;
      if (b.plan->kind == ContainerKind::Sidecar && is_started_once(b)) continue;
      initializing = true;
      if (b.pid == 0 && due(b, now)) launch(b);
      break;
    }
    if (initializing) return;
    if (!initialized_) {
      initialized_ = true;
      for (auto& cs : st_.containers)
        if (cs.type == state::ContainerType::App && cs.state == state::RunState::Waiting) cs.reason = "ContainerCreating";
    }
    // 2. Sidecars that exited restart whatever the pod's policy says.
    for (auto& b : boxes_)
      if (b.plan->kind == ContainerKind::Sidecar && b.pid == 0 && b.waiting_restart && now >= b.restart_at) launch(b);
    // 3. App containers in order; each waits for the previous one's postStart hook.
    if (pod_terminal_) return;
    for (auto& b : boxes_) {
      if (b.plan->kind != ContainerKind::App) continue;
      if (b.prestarted || !b.launched_once || (b.pid == 0 && b.waiting_restart && now >= b.restart_at)) launch(b);
      if (b.post_start_pending) break;  // the next container waits for this one's postStart
    }
    discard_prestarted();  // none is left unless the loop stopped early: made again when due
  }

  static bool due(const Box& b, Clock::time_point now) { return !b.launched_once || (b.waiting_restart && now >= b.restart_at); }
  // A sidecar that has started once no longer gates the init containers after it, even while
  // it restarts.
  bool is_started_once(const Box& b) const { return sidecar_started_once_.count(b.index) > 0; }

  // --- launching a container instance ---------------------------------------------------
  // Steps 1-5 of a launch: the checks, the cgroup, a fresh writable layer for a restart,
  // seccomp, the log pipes, and the child cloned (exec::start_container): it joins the pod and
  // builds its filesystem, then waits for its go. nullopt on failure, with `why` (empty when
  // it was handled here: a start error fails the pod).
  std::optional<Prepared> prepare(Box& b, bool place, std::string& why) {
    const plan::ContainerPlan& c = *b.plan;
    ContainerState& cs = st_.containers[b.index];
    bool restart = b.launched_once;
    b.launched_once = true;
    b.waiting_restart = false;
    dirty_ = true;
    again_ = true;
    // Reasons the manifest is valid but this container cannot run (CreateContainerConfigError,
    // ErrImagePull, ...): the kubelet keeps trying; podrun fails the apply at once, as nothing
    // will change without a new manifest.
    if (!c.start_errors.empty()) {
      std::string reason = c.start_errors[0].substr(0, c.start_errors[0].find(':'));
      if (reason.find(' ') != std::string::npos) reason = "CreateContainerConfigError";
      cs.state = state::RunState::Waiting;
      cs.reason = reason;
      cs.message = c.start_errors[0];
      event("Warning", "Failed", b.object, "Error: " + c.start_errors[0]);
      if (report_ >= 0) fail_start("container " + c.name + ": " + c.start_errors[0]);
      pod_failed_ = true;
      return std::nullopt;
    }
    // The container's cgroup, with the plan's values, once; a restart reuses it, emptied.
    try {
      if (!b.cgroup_made) record_cgroup(c.name, c.cgroup.path, cg_->apply(c.cgroup));
      else if (restart) cg_->kill_all(c.cgroup.path, 1000);
      b.cgroup_made = true;
    } catch (const std::exception& e) {
      why = e.what();
      return std::nullopt;
    }
    b.oom_baseline = cg_->oom_kills(c.cgroup.path);
    if (restart) {
      cs.restart_count++;
      // A restarted container gets a fresh writable layer, as a new CRI container does.
      files::remove_all(paths_.container_fs(c.name));
    }
    std::string cdir = paths_.container(c.name);
    ::mkdir(cdir.c_str(), 0700);
    // seccomp: compiled by the CLI into the pod directory (exec/seccomp.h), where `podrun
    // exec` reads it too; loaded once per container (restarts reuse it).
    if (!b.seccomp_compiled) {
      try {
        b.seccomp = exec::load_seccomp_program(c, paths_);
        b.seccomp_compiled = true;
      } catch (const std::exception& e) {
        why = e.what();
        return std::nullopt;
      }
    }
    // Logs: <pod>/logs/<name>/<restartCount>.log; the previous instance's file is kept.
    std::string ldir = paths_.container_logs(c.name);
    ::mkdir(ldir.c_str(), 0750);
    prune_logs(ldir, cs.restart_count);
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
      why = "create the log pipes: " + std::string(std::strerror(errno));
      return std::nullopt;
    }
    Prepared p;
    p.out_r.reset(out[0]);
    p.out_w.reset(out[1]);
    p.err_r.reset(err[0]);
    p.err_w.reset(err[1]);
    try {
      b.log = std::make_shared<CriLogWriter>(paths_.container_log(c.name, cs.restart_count), cfg_.log_max_bytes, cfg_.log_max_files);
    } catch (const std::exception& e) {
      why = std::string("open the log file: ") + e.what();
      return std::nullopt;
    }
    exec::ContainerLaunch l;
    l.plan = &c;
    l.pod = paths_;
    l.container_dir = paths_.container_fs(c.name);
    l.rootfs = paths_.container_rootfs(c.name);
    auto img = cfg_.images.find(c.image);
    if (img != cfg_.images.end()) {
      l.layers = img->second.layers;
      l.image_user = img->second.user;
    }
    using plan::NsKind;
    const std::pair<NsKind, int> order[] = {{NsKind::Ipc, CLONE_NEWIPC}, {NsKind::Uts, CLONE_NEWUTS}, {NsKind::Net, CLONE_NEWNET}};
    for (const auto& [kind, type] : order)
      if (c.namespaces.at(kind).type == plan::NsSource::Type::Pod && pause_.ns.count(kind)) l.join.emplace_back(pause_.ns[kind]->get(), type);
    auto pid = c.namespaces.at(NsKind::Pid).type;
    l.pid_mode = pid == plan::NsSource::Type::Pod    ? exec::PidMode::Pod
                 : pid == plan::NsSource::Type::Host ? exec::PidMode::Host
                                                     : exec::PidMode::Private;
    if (l.pid_mode == exec::PidMode::Pod) l.pod_pid_ns = pause_.ns.at(NsKind::Pid)->get();
    if (pause_.ns.count(NsKind::User) && userns_host_) {
      l.user_ns = pause_.ns[NsKind::User]->get();
      l.userns_host_id = *userns_host_;
      l.userns_idmap = userns_idmap_;
    }
    l.own_pid_ns = own_pid_ns_.get();
    std::string ip = st_.pod_ip.empty() ? host_ip() : st_.pod_ip;
    l.start_values = {{"status.podIP", ip}, {"status.podIPs", ip}, {"status.hostIP", host_ip()}, {"status.hostIPs", host_ip()}};
    l.cgroup_attach = cg_->attach_files(c.cgroup.path);
    l.oom_score_adj = c.oom_score_adj;
    l.stdout_fd = p.out_w.get();
    l.stderr_fd = p.err_w.get();
    l.seccomp_bpf = b.seccomp ? &*b.seccomp : nullptr;
    if (!restart) event("Normal", "Pulled", b.object, "Container image \"" + c.image + "\" already present on machine");
    try {
      p.child = exec::start_container(l, place);
    } catch (const std::exception& e) {
      why = e.what();
      return std::nullopt;
    }
    return p;
  }

  // The app container started right after `b` during the pod's first start, when nothing
  // orders them (no postStart hook on `b`): its child is made while b's sets up.
  Box* next_to_prestart(const Box& b) {
    if (report_ < 0 || b.plan->kind != ContainerKind::App || b.plan->post_start) return nullptr;
    for (std::size_t i = b.index + 1; i < boxes_.size(); ++i) {
      Box& n = boxes_[i];
      if (n.plan->kind != ContainerKind::App) continue;
      if (n.launched_once || n.prestarted || !n.plan->start_errors.empty()) return nullptr;
      return &n;
    }
    return nullptr;
  }

  // A failed pre-start is forgotten: the container's own launch tries again and reports it.
  void prestart(Box& n, bool place) {
    std::string why;
    std::optional<Prepared> made;
    try {
      made = prepare(n, place, why);
    } catch (const std::exception&) {
    }
    if (made) n.prestarted = std::move(made);
    else n.launched_once = false;
  }

  void discard_prestarted() {
    for (auto& b : boxes_)
      if (b.prestarted) {
        exec::discard_container(b.prestarted->child);
        b.prestarted.reset();
        b.launched_once = false;
      }
  }

  void launch(Box& b) {
    const plan::ContainerPlan& c = *b.plan;
    ContainerState& cs = st_.containers[b.index];
    // 1. Its child, made already (prestart) or now. The supervisor's own work meanwhile (the
    //    pod's network at the first launch, the next container's child) goes on while the
    //    child sets up on the other CPU.
    Box* next = next_to_prestart(b);
    std::function<void()> network = std::exchange(pod_network_, {});
    std::optional<Prepared> made = std::exchange(b.prestarted, std::nullopt);
    if (!made) {
      std::string why;
      made = prepare(b, network || next, why);
      if (!made) {
        if (!why.empty()) launch_failed(b, why, false);
        if (network) pod_network_ = std::move(network);  // for the next launch
        return;
      }
    }
    bool place_next = !made->child.placed;
    auto meanwhile = [&] {
      if (network) network();
      if (next) prestart(*next, place_next);
    };
    // 2. Its go, then its exec.
    exec::LaunchResult r;
    try {
      r = exec::finish_container(made->child, meanwhile);
    } catch (const PodNetworkError& e) {
      fail_start(e.what());
    } catch (const std::exception& e) {
      r.failed = true;
      r.message = e.what();
    }
    made->out_w.reset();
    made->err_w.reset();
    UniqueFd out_r = std::move(made->out_r), err_r = std::move(made->err_r);
    if (r.failed) {
      launch_failed(b, r.message, r.start_error);
      return;
    }
    add_pipe(std::move(out_r), b.log, Stream::Stdout);
    add_pipe(std::move(err_r), b.log, Stream::Stderr);
    b.pid = r.pid;
    b.started = Clock::now();
    b.term_sent = false;
    b.kill_at.reset();
    b.pre_stop_done = false;
    cs.pid = r.pid;
    cs.start_time = process_start_time(r.pid);
    cs.started = false;
    cs.ready = false;
    check_oom_score(r.pid, c.oom_score_adj, b.object, "container " + c.name);
    event("Normal", "Created", b.object, "Created container " + c.name);
    event("Normal", "Started", b.object, "Started container " + c.name);
    // Probes start over with each instance: startup first, liveness and readiness after it.
    for (Prober* p : {&b.startup, &b.liveness, &b.readiness}) {
      p->successes = p->failures = 0;
      p->result = false;
      if (p->plan) p->next = b.started + std::chrono::seconds(p->plan->initial_delay_seconds);
    }
    if (c.post_start) {
      // Until postStart returns the container is not reported running and the next container
      // waits (kubelet: the hook runs synchronously in startContainer).
      b.post_start_pending = true;
      cs.state = state::RunState::Waiting;
      cs.reason = "ContainerCreating";
      start_hook(b, b.post_start, *c.post_start, plan_.termination_grace_period_seconds);
    } else {
      mark_running(b);
    }
  }

  void mark_running(Box& b) {
    ContainerState& cs = st_.containers[b.index];
    cs.state = state::RunState::Running;
    cs.reason.clear();
    cs.message.clear();
    cs.started_at = now_time();
    cs.finished_at.clear();
    cs.started = !b.startup.plan;
    if (cs.started && b.plan->kind == ContainerKind::Sidecar) sidecar_started_once_.insert(b.index);
    cs.ready = cs.started && !b.readiness.plan && b.plan->kind != ContainerKind::Init;
    dirty_ = true;
  }

  void launch_failed(Box& b, const std::string& message, bool start_error) {
    ContainerState& cs = st_.containers[b.index];
    event("Warning", "Failed", b.object, "Error: " + message);
    if (report_ >= 0) fail_start("container " + b.plan->name + ": " + message);
    cs.state = state::RunState::Terminated;
    cs.reason = start_error ? "StartError" : "CreateContainerError";
    cs.message = message;
    cs.exit_code = start_error ? 128 : 126;
    cs.finished_at = now_time();
    after_exit(b, Clock::now());
  }

  // Keeps this instance's log and the previous one's; older ones go.
  static void prune_logs(const std::string& ldir, int current) {
    std::vector<files::Entry> entries;
    files::list(ldir, entries);
    for (const auto& e : entries)
      if (std::atoi(e.name.c_str()) < current - 1) ::unlink((ldir + "/" + e.name).c_str());
  }

  void add_pipe(UniqueFd fd, std::shared_ptr<CriLogWriter> log, Stream s) {
    int raw = fd.get();
    ::fcntl(raw, F_SETFL, ::fcntl(raw, F_GETFL) | O_NONBLOCK);
    watch(raw);
    pipes_[raw] = LogPipe{std::move(fd), std::move(log), s};
  }

  void watch(int fd) {
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = fd;
    ::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev);
  }

  void on_pipe(int fd) {
    auto it = pipes_.find(fd);
    if (it == pipes_.end()) return;
    char buf[65536];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n > 0) {
        it->second.log->feed(it->second.stream, std::string_view(buf, static_cast<std::size_t>(n)));
        continue;
      }
      if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
      it->second.log->flush_eof(it->second.stream);
      ::epoll_ctl(epoll_.get(), EPOLL_CTL_DEL, fd, nullptr);
      pipes_.erase(it);
      return;
    }
  }

  // --- exits ------------------------------------------------------------------------------
  void on_signals() {
    signalfd_siginfo si;
    bool chld = false;
    while (::read(sigfd_.get(), &si, sizeof si) == sizeof si) {
      if (si.ssi_signo == SIGCHLD) chld = true;
      else begin_stop(true, read_grace());
    }
    if (chld) reap();
  }

  int read_grace() const {
    std::optional<std::string> text = files::read(paths_.grace());
    int g = text && !text->empty() && std::isdigit(static_cast<unsigned char>((*text)[0])) ? std::atoi(text->c_str()) : -1;
    if (g >= 0) return g;
    return static_cast<int>(plan_.termination_grace_period_seconds);
  }

  void reap() {
    for (;;) {
      int status = 0;
      pid_t pid = ::waitpid(-1, &status, WNOHANG);
      if (pid <= 0) break;
      if (pid == pause_.pid) {
        pause_.pid = 0;
        if (!stopping_) {
          event("Warning", "SandboxChanged", "", "Pod sandbox changed: the pause holder exited; the pod stops");
          pod_failed_ = true;
          begin_stop(false, 0);
        }
        continue;
      }
      for (auto& b : boxes_) {
        if (b.pid == pid) on_container_exit(b, status);
        if (b.post_start.pid == pid) on_hook_done(b, b.post_start, status, true);
        if (b.pre_stop.pid == pid) on_hook_done(b, b.pre_stop, status, false);
        for (Prober* p : {&b.startup, &b.liveness, &b.readiness})
          if (p->running == pid) on_probe_done(b, *p, status);
      }
    }
  }

  void on_container_exit(Box& b, int status) {
    ContainerState& cs = st_.containers[b.index];
    // What is left in the pipes belongs to this instance.
    for (auto it = pipes_.begin(); it != pipes_.end();) {
      auto next = std::next(it);
      if (it->second.log == b.log) on_pipe(it->first);
      it = next;
    }
    b.pid = 0;
    cs.pid = 0;
    cs.state = state::RunState::Terminated;
    cs.signal = 0;
    if (WIFEXITED(status)) cs.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) {
      cs.signal = WTERMSIG(status);
      cs.exit_code = 128 + cs.signal;  // 137 for SIGKILL, 143 for SIGTERM
    }
    cs.reason = cs.exit_code == 0 ? "Completed" : "Error";
    // The OOM killer acted in the container's cgroup during this instance: OOMKilled (137).
    if (cs.exit_code != 0 && cg_->oom_kills(b.plan->cgroup.path) > b.oom_baseline) cs.reason = "OOMKilled";
    cs.message.clear();
    cs.finished_at = now_time();
    cs.started = false;
    cs.ready = false;
    if (b.post_start.pid > 0) ::kill(b.post_start.pid, SIGKILL);
    b.post_start_pending = false;
    for (Prober* p : {&b.startup, &b.liveness, &b.readiness})
      if (p->running > 0) ::kill(p->running, SIGKILL);
    b.kill_at.reset();
    after_exit(b, Clock::now());
  }

  // Decides what follows an exit (or a failed start): done, restart after back-off, or the
  // pod fails.
  void after_exit(Box& b, Clock::time_point now) {
    ContainerState& cs = st_.containers[b.index];
    dirty_ = true;
    again_ = true;
    if (b.plan->kind == ContainerKind::Init && cs.exit_code == 0 && cs.state == state::RunState::Terminated) {
      b.done = true;
      return;
    }
    if (stopping_) return;
    plan::RestartPolicy policy = b.plan->restart_policy;
    bool restart = policy == plan::RestartPolicy::Always || (policy == plan::RestartPolicy::OnFailure && cs.exit_code != 0);
    if (pod_terminal_ && b.plan->kind == ContainerKind::Sidecar) restart = false;
    if (!restart) {
      if (b.plan->kind == ContainerKind::Init) {
        pod_failed_ = true;  // an init container failed under restartPolicy Never
        event("Warning", "Failed", b.object, "Init container " + b.plan->name + " failed with exit code " + std::to_string(cs.exit_code));
        if (report_ >= 0) fail_start("init container " + b.plan->name + " exited with " + std::to_string(cs.exit_code) + " (" + log_tail(b) + ")");
        begin_stop(false, static_cast<int>(plan_.termination_grace_period_seconds));
      }
      return;
    }
    auto ran = std::chrono::duration_cast<Millis>(now - b.started);
    b.streak = next_streak(cfg_.backoff, b.streak, ran);
    Millis delay = restart_delay(cfg_.backoff, b.streak);
    b.waiting_restart = true;
    b.restart_at = now + delay;
    state::TerminatedState last{cs.exit_code, cs.signal, cs.reason, cs.message, cs.started_at, cs.finished_at};
    cs.last_state = last;
    if (delay.count() > 0) {
      cs.state = state::RunState::Waiting;
      cs.reason = "CrashLoopBackOff";
      cs.message = "back-off " + duration_text(delay) + " restarting failed container=" + b.plan->name + " pod=" + plan_.name + "_" +
                   plan_.ns + "(" + plan_.uid + ")";
      event("Warning", "BackOff", b.object, "Back-off restarting failed container " + b.plan->name + " in pod " + plan_.name + "_" +
                                                plan_.ns + "(" + plan_.uid + ")");
    }
  }

  static std::string duration_text(Millis d) {
    auto ms = d.count();
    if (ms % 1000 == 0) {
      auto s = ms / 1000;
      if (s >= 60) return std::to_string(s / 60) + "m" + (s % 60 ? std::to_string(s % 60) + "s" : "0s");
      return std::to_string(s) + "s";
    }
    return std::to_string(ms) + "ms";
  }

  std::string log_tail(const Box& b) {
    std::optional<std::string> file =
        files::read(paths_.container_log(b.plan->name, st_.containers[b.index].restart_count));
    std::string text;
    for (const std::string& line : files::split(file.value_or(""), '\n')) {
      // <time> <stream> <tag> <text>
      std::size_t p = 0;
      for (int i = 0; i < 3 && p != std::string::npos; ++i) p = line.find(' ', p == 0 ? 0 : p + 1);
      if (p != std::string::npos) text += line.substr(p + 1) + "\n";
    }
    if (text.size() > 200) text = "..." + text.substr(text.size() - 200);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text.empty() ? "no output" : "last output: " + text;
  }

  // --- hooks and probes ---------------------------------------------------------------------
  int net_ns_fd() {
    auto it = pause_.ns.find(plan::NsKind::Net);
    return it == pause_.ns.end() ? -1 : it->second->get();
  }

  void start_hook(Box& b, Hook& h, const plan::HandlerPlan& handler, std::int64_t timeout_seconds) {
    try {
      HandlerChild a = start_handler(handler, b.pid, st_.pod_ip, net_ns_fd(), b.seccomp.value_or(""));
      h.pid = a.pid;
      h.output = std::move(a.output);
      h.deadline = Clock::now() + std::chrono::seconds(std::max<std::int64_t>(timeout_seconds, 1));
    } catch (const std::exception& e) {
      h.pid = 0;
      hook_result(b, &h == &b.post_start, false, e.what());
    }
  }

  void on_hook_done(Box& b, Hook& h, int status, bool post_start) {
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::string out = drain_output(h.output.get());
    if (!ok && out.empty()) out = WIFSIGNALED(status) ? "timed out" : "exit status " + std::to_string(WEXITSTATUS(status));
    h.pid = 0;
    h.output.reset();
    hook_result(b, post_start, ok, out);
  }

  void hook_result(Box& b, bool post_start, bool ok, const std::string& out) {
    dirty_ = true;
    again_ = true;
    if (!post_start) {
      b.pre_stop_done = true;
      if (!ok) event("Warning", "FailedPreStopHook", b.object, "PreStopHook failed: " + out);
      return;
    }
    b.post_start_pending = false;
    if (ok) {
      if (b.pid > 0) mark_running(b);
      return;
    }
    // A failed postStart kills the container, which then restarts per its policy.
    event("Warning", "FailedPostStartHook", b.object, "PostStartHook failed: " + out);
    if (b.pid > 0) {
      ::kill(b.pid, SIGKILL);
      st_.containers[b.index].message = "PostStartHook failed: " + out;
    }
  }

  void run_due_probes(Clock::time_point now) {
    for (auto& b : boxes_) {
      if (b.pid == 0 || b.post_start_pending || b.term_sent) continue;
      ContainerState& cs = st_.containers[b.index];
      std::vector<Prober*> due;
      if (!cs.started) due.push_back(&b.startup);
      else due = {&b.liveness, &b.readiness};
      for (Prober* p : due) {
        if (!p->plan || p->running > 0 || now < p->next) continue;
        try {
          HandlerChild a = start_handler(p->plan->handler, b.pid, st_.pod_ip, net_ns_fd(), b.seccomp.value_or(""));
          p->running = a.pid;
          p->output = std::move(a.output);
          p->deadline = now + std::chrono::seconds(p->plan->timeout_seconds);
        } catch (const std::exception& e) {
          probe_result(b, *p, false, e.what());
        }
        p->next = now + std::chrono::seconds(p->plan->period_seconds);
      }
    }
  }

  void on_probe_done(Box& b, Prober& p, int status) {
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::string out = drain_output(p.output.get());
    if (!ok && WIFSIGNALED(status)) out = "command timed out after " + std::to_string(p.plan->timeout_seconds) + "s";
    p.running = 0;
    p.output.reset();
    if (b.pid == 0) return;
    probe_result(b, p, ok, out);
  }

  void probe_result(Box& b, Prober& p, bool ok, const std::string& out) {
    ContainerState& cs = st_.containers[b.index];
    dirty_ = true;
    again_ = true;
    if (ok) {
      p.failures = 0;
      if (++p.successes >= p.plan->success_threshold) p.result = true;
    } else {
      p.successes = 0;
      ++p.failures;
      event("Warning", "Unhealthy", b.object, std::string(p.kind) + " probe failed: " + (out.empty() ? "exit status 1" : out));
      if (p.failures >= p.plan->failure_threshold) p.result = false;
    }
    if (&p == &b.startup && p.result) {
      cs.started = true;
      if (b.plan->kind == ContainerKind::Sidecar) sidecar_started_once_.insert(b.index);
      cs.ready = !b.readiness.plan;
      // Liveness and readiness begin now, each after its own initial delay from the start.
      for (Prober* q : {&b.liveness, &b.readiness})
        if (q->plan) q->next = std::max(Clock::now(), b.started + std::chrono::seconds(q->plan->initial_delay_seconds));
    }
    if (&p == &b.readiness) cs.ready = cs.started && p.result;
    bool kill = !ok && p.failures >= p.plan->failure_threshold && (&p == &b.liveness || &p == &b.startup);
    if (kill && !b.term_sent) {
      event("Normal", "Killing", b.object, "Container " + b.plan->name + " failed " + (&p == &b.liveness ? "liveness" : "startup") +
                                               " probe, will be restarted");
      std::int64_t grace = p.plan->termination_grace_period_seconds.value_or(plan_.termination_grace_period_seconds);
      ::kill(b.pid, SIGTERM);
      b.term_sent = true;
      b.kill_at = Clock::now() + std::chrono::seconds(grace);
      cs.ready = false;
    }
  }

  void enforce_kill_deadlines(Clock::time_point now) {
    for (auto& b : boxes_) {
      if (b.pid > 0 && b.kill_at && now >= *b.kill_at) {
        ::kill(b.pid, SIGKILL);
        b.kill_at.reset();
      }
      for (Prober* p : {&b.startup, &b.liveness, &b.readiness})
        if (p->running > 0 && now >= p->deadline) ::kill(p->running, SIGKILL);
      for (Hook* h : {&b.post_start, &b.pre_stop})
        if (h->pid > 0 && now >= h->deadline) ::kill(h->pid, SIGKILL);
    }
  }

  // --- local ephemeral storage: measured, and the pod evicted over a limit -------------------
  void check_storage(Clock::time_point now) {
    next_storage_check_ = now + std::chrono::milliseconds(cfg_.eviction_period_ms);
    StorageUsage usage;
    for (const auto& v : plan_.volumes)
      if (v.type == plan::VolumeType::EmptyDir && v.medium == plan::StorageMedium::Disk) usage.volumes[v.name] = files::disk_usage(paths_.volume(v.name));
    for (const auto& c : plan_.containers)
      usage.containers[c.name] = files::disk_usage(paths_.container_fs(c.name)) + files::disk_usage(paths_.container_logs(c.name));
    if (auto why = storage_eviction(plan_, usage)) evict(*why);
  }

  // The kubelet's eviction: the pod fails with reason Evicted, its containers are stopped
  // with a grace period of 1 second and never restarted; the pod stays until deleted.
  void evict(const std::string& message) {
    event("Warning", "Evicted", "", message);
    st_.reason = "Evicted";
    st_.message = message;
    pod_failed_ = true;
    next_storage_check_.reset();
    begin_stop(false, 1);
  }

  // --- stopping: delete, or the pod has completed ------------------------------------------
  void begin_stop(bool deleting, int grace_seconds) {
    if (deleting) {
      deleting_ = true;
      st_.deleting = true;
      st_.deletion_timestamp = now_time();
    }
    if (stopping_) {
      // A second delete may shorten the grace period, never lengthen it.
      auto d = Clock::now() + std::chrono::seconds(grace_seconds);
      if (d < stop_deadline_) stop_deadline_ = d;
      return;
    }
    stopping_ = true;
    again_ = true;
    stop_deadline_ = Clock::now() + std::chrono::seconds(grace_seconds);
    for (auto& b : boxes_) {
      b.waiting_restart = false;
      if (b.pid > 0) event("Normal", "Killing", b.object, "Stopping container " + b.plan->name);
    }
    dirty_ = true;
  }

  void reconcile_stop(Clock::time_point now) {
    // 1. App (and init) containers in parallel: preStop, then SIGTERM.
    bool apps_alive = false;
    for (auto& b : boxes_)
      if (b.plan->kind != ContainerKind::Sidecar && b.pid > 0) {
        apps_alive = true;
        stop_one(b);
      }
    // 2. Then the sidecars, the last declared first, one at a time.
    if (!apps_alive)
      for (auto it = boxes_.rbegin(); it != boxes_.rend(); ++it)
        if (it->plan->kind == ContainerKind::Sidecar && it->pid > 0) {
          stop_one(*it);
          break;
        }
    // 3. The grace period is over: SIGKILL.
    if (now >= stop_deadline_)
      for (auto& b : boxes_) {
        if (b.pid > 0) ::kill(b.pid, SIGKILL);
        if (b.pre_stop.pid > 0) ::kill(b.pre_stop.pid, SIGKILL);
      }
    if (!any_container_alive() && !any_action_alive()) {
      if (deleting_) finished_ = true;
      else stopping_ = false;  // the pod completed: it stays, with its pause holder, until deleted
    }
  }

  void stop_one(Box& b) {
    if (b.term_sent) return;
    if (b.plan->pre_stop && !b.pre_stop_done) {
      if (b.pre_stop.pid == 0) {
        auto left = std::chrono::duration_cast<std::chrono::seconds>(stop_deadline_ - Clock::now()).count();
        start_hook(b, b.pre_stop, *b.plan->pre_stop, std::max<std::int64_t>(left, 1));
      }
      if (!b.pre_stop_done) return;
    }
    ::kill(b.pid, SIGTERM);
    b.term_sent = true;
  }

  bool any_container_alive() const {
    return std::any_of(boxes_.begin(), boxes_.end(), [](const Box& b) { return b.pid > 0; });
  }
  bool any_action_alive() const {
    for (const auto& b : boxes_) {
      if (b.post_start.pid > 0 || b.pre_stop.pid > 0) return true;
      for (const Prober* p : {&b.startup, &b.liveness, &b.readiness})
        if (p->running > 0) return true;
    }
    return false;
  }

  // --- status -----------------------------------------------------------------------------
  void update_pod_status() {
    state::PodPhase phase = st_.phase;
    bool any_running = false, any_restarting = false, all_launched = true, any_failed = false;
    for (const auto& b : boxes_) {
      if (b.plan->kind != ContainerKind::App) continue;
      const ContainerState& cs = st_.containers[b.index];
      if (b.pid > 0) any_running = true;
      if (b.waiting_restart) any_restarting = true;
      if (!b.launched_once) all_launched = false;
      if (cs.state == state::RunState::Terminated && cs.exit_code != 0) any_failed = true;
      if (cs.state == state::RunState::Waiting && cs.last_state && cs.last_state->exit_code != 0) any_failed = true;
    }
    if (pod_failed_) phase = state::PodPhase::Failed;
    else if (!initialized_) phase = state::PodPhase::Pending;
    else if (any_running || any_restarting) phase = state::PodPhase::Running;
    else if (!all_launched) phase = state::PodPhase::Pending;
    else phase = any_failed ? state::PodPhase::Failed : state::PodPhase::Succeeded;
    if ((phase == state::PodPhase::Succeeded || phase == state::PodPhase::Failed) && !pod_terminal_) {
      pod_terminal_ = true;
      // The pod is done: its sidecars stop (kubelet), and nothing restarts any more.
      if (!stopping_) begin_stop(false, static_cast<int>(plan_.termination_grace_period_seconds));
    }
    if (phase != st_.phase) {
      st_.phase = phase;
      dirty_ = true;
    }
    bool all_ready = true;
    for (const auto& b : boxes_)
      if (b.plan->kind != ContainerKind::Init && !st_.containers[b.index].ready) all_ready = false;
    set_condition("Initialized", initialized_, "");
    std::string why = pod_terminal_ ? "PodCompleted" : all_ready ? "" : "ContainersNotReady";
    set_condition("ContainersReady", all_ready && !pod_terminal_, why);
    set_condition("Ready", all_ready && !pod_terminal_, why);
  }

  void set_condition(const std::string& type, bool status, const std::string& reason) {
    for (auto& c : st_.conditions)
      if (c.type == type && (c.status != status || c.reason != reason)) {
        if (c.status != status) c.last_transition = now_time();
        c.status = status;
        c.reason = reason;
        dirty_ = true;
      }
  }

  // Kubernetes' event recorder aggregates repeats: same type, reason, object and message.
  void event(const std::string& type, const std::string& reason, const std::string& object, const std::string& message) {
    std::string t = now_time();
    for (auto& e : st_.events)
      if (e.type == type && e.reason == reason && e.object == object && e.message == message) {
        e.count++;
        e.last = t;
        dirty_ = true;
        return;
      }
    st_.events.push_back(state::Event{type, reason, object, message, 1, t, t});
    constexpr std::size_t kMaxEvents = 100;
    if (st_.events.size() > kMaxEvents) st_.events.erase(st_.events.begin());
    dirty_ = true;
  }

  void save() {
    try {
      auto lock = store_.lock_pod(st_.ns, st_.name);
      store_.save(st_);
      dirty_ = false;
    } catch (const std::exception&) {
      // The directory is going (a failed start); nothing to record.
    }
  }

  // Until the next thing that is due: a restart, a probe, a deadline.
  int wait_ms() const {
    auto now = Clock::now();
    auto next = now + std::chrono::seconds(60);
    auto consider = [&](Clock::time_point t) { next = std::min(next, t); };
    for (const auto& b : boxes_) {
      if (b.waiting_restart) consider(b.restart_at);
      if (b.kill_at) consider(*b.kill_at);
      for (const Prober* p : {&b.startup, &b.liveness, &b.readiness}) {
        if (p->plan && b.pid > 0) consider(p->next);
        if (p->running > 0) consider(p->deadline);
      }
      for (const Hook* h : {&b.post_start, &b.pre_stop})
        if (h->pid > 0) consider(h->deadline);
    }
    if (stopping_) consider(stop_deadline_);
    if (next_storage_check_) consider(*next_storage_check_);
    auto ms = std::chrono::duration_cast<Millis>(next - now).count();
    return static_cast<int>(std::clamp<long long>(ms + 1, 0, 60'000));
  }

  const RunConfig& cfg_;
  const plan::PodPlan& plan_;
  std::optional<std::uint32_t> userns_host_;  // hostUsers: false: the pod's first host ID
  bool userns_idmap_ = true;                   // idmapped mounts, or the pod's files chowned
  int report_;
  state::StateStore store_;
  std::string dir_;
  state::PodPaths paths_;
  state::PodState st_;
  exec::PauseHolder pause_;
  UniqueFd own_pid_ns_, epoll_, sigfd_;
  std::unique_ptr<cgroup::Driver> cg_;
  net::NetworkConfig net_;
  std::string host_port_table_;                // the pod's DNAT rules (net/host_ports.h), "" for none
  std::vector<UniqueFd> host_port_fds_;  // each host port, held for the pod's life
  net::PodAddress addr_;
  std::function<void()> pod_network_;  // start_pod's last step, run by the first launch
  bool cgroups_made_ = false;
  std::vector<Box> boxes_;
  std::map<int, LogPipe> pipes_;
  std::set<std::size_t> sidecar_started_once_;
  bool dirty_ = false, again_ = false, initialized_ = false, pod_failed_ = false, pod_terminal_ = false;
  bool trimmed_ = false;  // malloc_trim once the pod has started
  std::optional<Clock::time_point> next_storage_check_;  // only for pods with storage limits
  bool stopping_ = false, deleting_ = false, finished_ = false;
  Clock::time_point stop_deadline_{};
};

}  // namespace

void supervise(const RunConfig& config, int report_fd) { Supervisor(config, report_fd).run(); }

}  // namespace podrun::supervisor
