// The pod's sandbox: its state, cgroups, files, pause holder and network, made at the start,
// made again when the pause holder dies (recreate_sandbox), and undone at the end.
#include <fcntl.h>
#include <net/if.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "common/clock.h"
#include "common/fault.h"
#include "common/files.h"
#include "common/log.h"
#include "common/process.h"
#include "common/trace.h"
#include "exec/pod_teardown.h"
#include "exec/rootless_session.h"
#include "exec/supervisor_process.h"
#include "exec/userns.h"
#include "net/host_ports.h"
#include "net/relay.h"
#include "plan/codec.h"
#include "plan/sandbox_pool.h"
#include "supervisor/eviction.h"
#include "supervisor/pod_supervisor.h"

namespace podrun::supervisor {

using plan::ContainerKind;

namespace {

std::string node_name() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return host;
}

// Waits for a child that was sent SIGKILL, for at most `limit`.
void reap_killed(pid_t pid, std::chrono::milliseconds limit) {
  auto until = Clock::now() + limit;
  while (::waitpid(pid, nullptr, WNOHANG) == 0 && Clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

}  // namespace

PodSupervisor::PodSupervisor(exec::RunConfig& cfg, int report_fd, std::optional<exec::PooledSandbox> pooled, exec::CgroupsAhead cgroups,
                             UniqueFd storage_word)
    : cfg_(cfg),
      plan_(cfg.plan),
      track_(make_track(cfg.plan)),
      report_(report_fd),
      store_(cfg.state_root),
      dir_(store_.pod_dir(plan_.ns, plan_.name)),
      paths_{dir_},
      pooled_(std::move(pooled)),
      cgroups_ahead_(std::move(cgroups)),
      storage_word_(std::move(storage_word)) {}

// The pod's state.json as it starts, and what the supervisor holds for each container.
void PodSupervisor::init_state() {
  st_.ns = plan_.ns;
  st_.name = plan_.name;
  st_.uid = plan_.uid;
  st_.spec_hash = plan_.spec_hash;
  st_.qos = plan::qos_name(plan_.qos);
  st_.created = now_rfc3339();
  st_.supervisor_pid = ::getpid();
  st_.supervisor_start = process_start_time(::getpid());
  std::string now = now_rfc3339();
  st_.conditions = {{"PodScheduled", true, "", now},
                    {"Initialized", false, "", now},
                    {"ContainersReady", false, "ContainersNotReady", now},
                    {"Ready", false, "ContainersNotReady", now}};
  bool has_init = std::any_of(plan_.containers.begin(), plan_.containers.end(), [](const auto& c) { return c.kind != ContainerKind::App; });
  containers_.resize(plan_.containers.size());
  for (std::size_t i = 0; i < plan_.containers.size(); ++i) {
    const plan::ContainerPlan& c = plan_.containers[i];
    ContainerRuntime& r = containers_[i];
    r.plan = &c;
    r.index = i;
    r.object = std::string(c.kind == ContainerKind::App ? "spec.containers{" : "spec.initContainers{") + c.name + "}";
    state::ContainerState cs;
    cs.name = c.name;
    cs.type = c.kind == ContainerKind::Init      ? state::ContainerType::Init
              : c.kind == ContainerKind::Sidecar ? state::ContainerType::Sidecar
                                                 : state::ContainerType::App;
    cs.image = c.image;
    cs.reason = has_init ? "PodInitializing" : "ContainerCreating";
    st_.containers.push_back(cs);
  }
}

// The pause holder forked: it makes the pod's namespaces while the caller goes on, and waits
// for release_pause.
exec::PendingPause PodSupervisor::spawn_pause() { return exec::spawn_pause(with_ids_ ? *with_ids_ : plan_, cfg_.pause_binary, dir_); }

// The sandbox made in serve's pool, or made ahead by this supervisor while apply read the
// manifest, when the pod's plan fits it: its pause holder (waiting for release_pause, which
// gives it the pod's cgroups, score, hostname and empty root) and its address, now the pod's.
// One that does not fit is discarded: the pod makes its own, as without a pool.
std::optional<exec::PendingPause> PodSupervisor::adopt_pooled_sandbox() {
  if (!pooled_) return std::nullopt;
  exec::PooledSandbox sb = std::move(*pooled_);
  pooled_.reset();
  std::string misfit = plan::sandbox_misfit(plan_, sb.shape);
  if (misfit.empty() && (sb.net.bridge != cfg_.bridge || sb.net.subnet != cfg_.subnet))
    misfit = "it is on bridge " + cfg_.bridge + " (" + cfg_.subnet + "), the pool on " + sb.net.bridge + " (" + sb.net.subnet + ")";
  if (misfit.empty()) {
    // The address stays this process's ("pool PID@START", alive as long as the pod's
    // supervisor) until the start is reported: its table's transaction is off the start's path.
    addr_ = sb.address;
    if (!addr_.ip.empty()) pool_owner_ = sb.owner;
    veth_attached_ = sb.veth_attached;  // if not, attach_network makes it, as the pod's own
    trace::mark("sup.adopted");
    // Made ahead, it is every pod's way to start: no event, as the kubelet has none for its
    // own order of steps. The pool's is worth one: which sandbox a pod got.
    if (!sb.ahead)
      event("Normal", "SandboxAdopted", "", "Pod sandbox taken from the pool (podrun serve --sandbox-pool): address " + addr_.ip);
    return std::move(sb.pause);
  }
  // A pod handed to apply's early supervisor that does not fit (the CLI's word was about
  // another pod, one found unchanged) or one serve's pool should not have served: rare, so
  // discarded here, on the start's path, not kept for later.
  exec::discard_pooled_sandbox(sb);
  log::debug("pooled sandbox not used: " + misfit);
  return std::nullopt;
}

// The cgroups apply's early supervisor made on the CLI's word: the pod's from here on (its
// teardown removes the pod's cgroup and all below it), when they are at the plan's paths
// (always, but for a word about another pod: discarded then, with a pause holder released
// into them).
void PodSupervisor::adopt_cgroups_ahead() {
  const exec::CgroupsAhead& a = cgroups_ahead_;
  if (a.written.empty()) return;
  if (a.word.version != cfg_.cgroup_version || a.word.root != cfg_.cgroup_root || a.word.cgroups.front().path != plan_.cgroup.path) {
    log::debug("cgroups made ahead not used: they are not this pod's");
    if (pooled_ && !pooled_->pause.released.empty()) {
      exec::discard_pooled_sandbox(*pooled_);
      pooled_.reset();
    }
    exec::discard_cgroups_ahead(cgroups_ahead_);
  }
}

// The plan's cgroup: the one made ahead when it has the same values (its writes are done),
// else made, or its values written again, now.
std::vector<cgroup::Written> PodSupervisor::apply_cgroup(const plan::CgroupPlan& c) {
  const exec::CgroupsAhead& a = cgroups_ahead_;
  for (std::size_t i = 0; i < a.written.size(); ++i)
    if (a.word.cgroups[i].path == c.path) {
      if (plan::cgroup_plan_json(a.word.cgroups[i]) == plan::cgroup_plan_json(c)) return a.written[i];
      break;
    }
  return cg_->apply(c);
}

void PodSupervisor::await_pause(exec::PendingPause& pending) {
  try {
    pause_ = exec::await_pause(pending, plan_, cfg_.pause_binary);
  } catch (...) {
    pause_.pid = pending.pid;  // 0 once await_pause reaped it: never signal a reused pid
    throw;
  }
  check_oom_score(pause_.pid, plan_.pause.oom_score_adj, "", "the pause holder");
  st_.pause_pid = pause_.pid;
  st_.pause_start = process_start_time(pause_.pid);
}

void PodSupervisor::pause_ready() {
  if (!pause_pending_) return;
  exec::PendingPause pending = std::move(*pause_pending_);
  pause_pending_.reset();
  try {
    exec::await_pause_ready(pending, cfg_.pause_binary);
  } catch (const std::exception& e) {
    pause_.pid = pending.pid;  // 0: reaped, never signalled again
    throw PodSandboxError(e.what());
  }
  check_oom_score(pause_.pid, plan_.pause.oom_score_adj, "", "the pause holder");
  trace::mark("sup.pause-ready");
}

void PodSupervisor::start_pod() {
  init_state();
  event("Normal", "Scheduled", "", "Successfully assigned " + plan_.ns + "/" + plan_.name + " to " + node_name());
  for (const auto& e : cfg_.prior_events) event(e.type, e.reason, e.object, e.message);  // apply's pulls
  for (auto& r : containers_)
    if (r.plan->image_wait) pull_failed(r, r.plan->image_wait->error);  // apply's pull failed: ImagePullBackOff
  // The first save comes after the first reconcile: until then, the state the CLI wrote
  // (this supervisor's pid) is what delete needs to find the pod.
  // 1. The pause holder forked first: it makes the pod's namespaces (a network namespace
  //    costs the kernel about 1 ms) on the other core while this process makes the cgroups
  //    and files, and waits to be told its cgroups exist.
  //    hostUsers: false: first a block of host IDs for the pod's user namespace.
  if (plan_.pause.uid_map) {
    userns_host_ = exec::allocate_id_block(exec::id_block_dir(), exec::podrun_id_range(), dir_, plan_.uid);
    with_ids_ = plan_;
    with_ids_->pause.uid_map->host_id = with_ids_->pause.gid_map->host_id = *userns_host_;
    st_.userns_host_id = static_cast<std::int64_t>(*userns_host_);
    fault::point("sup.user-ids");
  }
  adopt_cgroups_ahead();
  std::optional<exec::PendingPause> adopted = adopt_pooled_sandbox();
  exec::PendingPause pending = adopted ? std::move(*adopted) : spawn_pause();
  pause_.pid = pending.pid;  // killed by fail_start from here on
  fault::point("sup.pause");
  // 2. The pod's cgroup with the plan's values; the pause holder's (the pod's on v1).
  bool v2 = cfg_.cgroup_version == plan::CgroupVersion::V2;
  st_.cgroup_version = v2 ? "v2" : "v1";
  cg_ = cgroup::make_driver(cfg_.cgroup_version, cfg_.cgroup_root);
  if (!cg_->available())
    throw SysError("cgroup " + std::string(v2 ? "v2" : "v1") + ": the memory, cpu and pids controllers are not available under " +
                   cfg_.cgroup_root + " (podrun --cgroup-version chooses the other hierarchy)");
  cgroups_made_ = true;
  record_cgroup("pod", plan_.cgroup.path, apply_cgroup(plan_.cgroup));
  fault::point("sup.cgroups");
  pause_cgroup_ = cgroup::pause_cgroup_path(plan_, cfg_.cgroup_version);
  if (pause_cgroup_ != plan_.cgroup.path) {
    cg_->create(pause_cgroup_);
    record_cgroup("pause", pause_cgroup_, {});
  }
  // Released ahead (a sandbox made ahead, on the CLI's word): the pod's when it was given what
  // the pod gives; else (a word about another pod) it goes, and the pod makes its own.
  const std::vector<std::string> pause_attach = cg_->attach_files(pause_cgroup_);
  if (!pending.released.empty() && pending.released != exec::pause_release_message(plan_, pause_attach, dir_)) {
    log::debug("pause holder released ahead not used: it was given another pod's cgroups or name");
    ::kill(pending.pid, SIGKILL);
    ::waitpid(pending.pid, nullptr, 0);
    pending = spawn_pause();
    pause_.pid = pending.pid;
  }
  if (pending.released.empty()) exec::release_pause(pending, plan_, pause_attach, dir_);
  // 3. An address on the pod network (none with hostNetwork: the pod has the host's).
  own_net_ = std::find(plan_.pause.creates.begin(), plan_.pause.creates.end(), plan::NsKind::Net) != plan_.pause.creates.end();
  net_.bridge = cfg_.bridge;
  net_.subnet = cfg_.subnet;
  net_.state_dir = net::address_dir();
  if (own_net_ && !addr_.ip.empty()) {
    st_.pod_ip = addr_.ip;  // the pooled sandbox's, the pod's since adopt_pooled_sandbox
  } else if (own_net_) {
    addr_ = net::allocate_address(net_, net::address_owner(dir_, plan_.uid));
    st_.pod_ip = addr_.ip;
    fault::point("sup.address");
  }
  // 4. The containers' cgroups, while the pause holder still starts; one that fails here is
  //    tried again by its launch, which reports it as that container's failure.
  for (auto& r : containers_) {
    try {
      record_cgroup(r.plan->name, r.plan->cgroup.path, apply_cgroup(r.plan->cgroup));
      r.cgroup_made = true;
    } catch (const std::exception& e) {  // reported by the container's own launch
      log::debug("cgroup of " + r.plan->name + " not made yet: " + e.what());
    }
  }
  trace::mark("sup.container-cgroups");
  // 5. Its storage on disk (writable layers, logs, volumes), files and volumes, and the pause
  //    holder ready; 6. its network namespace on the bridge.
  auto make_storage = [&] {
    if (!storage_made_by_apply()) exec::attach_pod_storage(dir_, cfg_.storage_dir, plan_.uid);
    exec::prepare_pod_files(plan_, paths_, st_.pod_ip);
    fault::point("sup.storage");
    if (has_storage_limits(plan_)) {
      track_.storage_period = Millis(cfg_.eviction_period_ms);
      track_.storage_check_at = Clock::now() + track_.storage_period;
    }
  };
  if (userns_host_) {
    // Its namespaces come with its uid/gid maps, at its end; the files' ownership follows.
    make_storage();
    await_pause(pending);
    trace::mark("sup.pause-ready");
    choose_id_mapping();
  } else {
    // Its namespaces, made before it was released: the first container's child is cloned
    // into them now, and makes its own while this process makes the storage and files (its
    // filesystem waits for them and its log: prepare_files); the pod's network is plugged in
    // while the child builds its filesystem and the pause holder still joins its cgroups,
    // makes its empty root and execs (about 1 ms, on the other CPU); the first launch waits
    // for it to be ready before its container's go.
    try {
      exec::await_pause_namespaces(pending, cfg_.pause_binary);
    } catch (...) {
      pause_.pid = pending.pid;  // 0: reaped
      throw;
    }
    pause_ = exec::pause_namespaces(pending.pid, plan_);
    st_.pause_pid = pause_.pid;
    st_.pause_start = process_start_time(pause_.pid);
    pause_pending_ = std::move(pending);
    trace::mark("sup.pause-namespaces");
    prestart_first();
    make_storage();
  }
  // 6. (cont.) The veth, the sysctls and the hostPorts (attach_network): done by the first
  //    launch while its container sets up its filesystem on the other CPU; it execs only
  //    after, so no container sees the pod without its network or with the old sysctl values.
  network_pending_ = true;
  st_.start_time = now_rfc3339();
  own_pid_ns_.reset(::open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC));
  ::mkdir(paths_.logs().c_str(), 0750);
  dirty_ = true;
}

// The veth, the sysctls (they may name eth0), and the hostPorts: each port held by a bound
// socket, and DNATed to the pod in the kernel (net/host_ports.h; a hostNetwork pod's
// containers bind the host's ports themselves).
void PodSupervisor::attach_network() {
  try {
    if (own_net_ && !veth_attached_) net::attach_pod(net_, addr_, pause_.ns.at(plan::NsKind::Net)->get());
    fault::point("sup.network");
    exec::write_sysctls(pause_, plan_.sysctls);
    std::vector<net::HostPort> ports;
    for (const auto& c : plan_.containers)
      for (const auto& port : c.ports)
        if (port.host_port && own_net_)
          ports.push_back({port.host_ip, port.host_port, port.container_port,
                           port.protocol == plan::Protocol::UDP ? net::HostPort::Transport::Udp : net::HostPort::Transport::Tcp});
    if (!ports.empty() && exec::in_user_session()) {
      start_host_port_relay(ports);
      fault::point("sup.host-ports");
    } else if (!ports.empty()) {
      host_port_fds_ = net::reserve_host_ports(ports);
      std::string table = net::host_port_table(plan_.uid);
      host_port_table_ = table;  // removed at teardown, even when loading it failed half-way
      net::add_host_ports(table, net::host_port_ruleset(table, dir_ + " " + plan_.uid, cfg_.subnet, addr_.ip, ports));
      fault::point("sup.host-ports");
    }
  } catch (const std::exception& e) {
    throw PodSandboxError(e.what());
  }
}

// A rootless pod's hostPorts: the session's keeper binds each on the host's network (the
// user's ports there), and a child of this process relays them to the pod's address
// (net/relay.h); it dies with this process, and is killed at teardown.
void PodSupervisor::start_host_port_relay(const std::vector<net::HostPort>& ports) {
  const char* session = std::getenv("PODRUN_ROOTLESS_DIR");
  std::vector<net::RelayPort> relay;
  for (const auto& p : ports) {
    bool udp = p.transport == net::HostPort::Transport::Udp;
    std::string ip = p.host_ip.empty() ? "0.0.0.0" : p.host_ip;
    relay.push_back({exec::host_port_socket(session ? session : "", udp, ip, static_cast<std::uint16_t>(p.host_port)), udp, addr_.ip,
                     static_cast<std::uint16_t>(p.container_port)});
  }
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("relay the pod's hostPorts", "fork", "", errno);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1) ::_exit(0);
    // Only the host sockets: nothing else this process holds on the pod.
    std::vector<int> keep;
    for (auto& r : relay) keep.push_back(r.host_socket.get());
    for (int fd = 3; fd < 65536 && fd <= *std::max_element(keep.begin(), keep.end()) + 64; ++fd)
      if (std::find(keep.begin(), keep.end(), fd) == keep.end()) ::close(fd);
    net::run_relay(relay);
    ::_exit(1);
  }
  relay_pid_ = pid;
}

// hostUsers: false: idmapped mounts when the pod's files and every image's layers allow them
// (a kernel before 5.12, tmpfs before 6.3, some filesystems do not), else the kubelet's
// fallback: the pod's files chowned into its block (the images are copied, shifted, by
// each container). Said in an event either way.
void PodSupervisor::choose_id_mapping() {
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

// A new sandbox for a pod whose pause holder died (kubelet: SandboxChanged): a new pause
// holder with new namespaces in the same cgroup, with the same host IDs, on the network at
// the same address (the hostPort rules point there still). Its containers have all stopped.
bool PodSupervisor::recreate_sandbox(std::string& why) {
  // 1. The old namespaces go: nothing holds them once these fds are closed (the kernel then
  //    removes the old veth with the old network namespace; the new one is named for the new).
  pause_.ns.clear();
  try {
    // 2. The pause holder, as at the start; 3. its network and sysctls.
    exec::PendingPause pending = spawn_pause();
    pause_.pid = pending.pid;
    exec::release_pause(pending, plan_, cg_->attach_files(pause_cgroup_), dir_);
    await_pause(pending);
    if (own_net_) net::attach_pod(net_, addr_, pause_.ns.at(plan::NsKind::Net)->get());
    exec::write_sysctls(pause_, plan_.sysctls);
  } catch (const std::exception& e) {
    why = e.what();
    stop_pause();
    return false;
  }
  return true;
}

// The pause holder is on its way out: in a shared PID namespace the kernel kills every
// container when it dies, and those exits are reaped before its own (its exit waits for
// them): exits that are the sandbox's loss, not the containers' own.
bool PodSupervisor::pause_dying() const {
  if (pause_.pid <= 0) return true;
  std::optional<std::string> stat = files::read("/proc/" + std::to_string(pause_.pid) + "/stat");
  if (!stat) return true;
  std::size_t close = stat->rfind(')');
  if (close == std::string::npos) return true;
  // After "(comm)": state ppid pgrp session tty_nr tpgid flags ...
  std::vector<std::string> fields = files::split(stat->substr(close + 2), ' ');
  if (fields.size() < 7) return true;
  constexpr unsigned long kPfExiting = 0x4;  // PF_EXITING, set as do_exit begins
  if (fields[0] == "Z" || fields[0] == "X") return true;
  return (std::strtoul(fields[6].c_str(), nullptr, 10) & kPfExiting) != 0;
}

// A failure before every container started once: undo everything, tell the CLI, exit.
[[noreturn]] void PodSupervisor::fail_start(const std::string& why) {
  log::info("the pod failed to start: " + why);
  report("ERR " + why);
  kill_everything();
  teardown_pod();
  ::_exit(1);
}

// Every child of this pod's, SIGKILLed and reaped (their exits decide nothing any more).
void PodSupervisor::kill_everything() {
  discard_prestarted();
  std::vector<pid_t> pids;
  for (auto& r : containers_) {
    for (pid_t p : {r.pid, r.hook.pid, r.probes[0].pid, r.probes[1].pid, r.probes[2].pid})
      if (p > 0) pids.push_back(p);
    r.pid = r.hook.pid = 0;
    for (auto& p : r.probes) p.pid = 0;
  }
  for (auto& x : ephemeral_)
    if (x->pid > 0) {
      pids.push_back(x->pid);
      on_ephemeral_exit(*x, SIGKILL);  // a wait status: killed by SIGKILL (137)
    }
  for (pid_t p : pids) ::kill(p, SIGKILL);
  for (pid_t p : pids) reap_killed(p, std::chrono::seconds(10));
}

// The pause holder stopped and reaped. SIGKILL: it holds nothing that needs a clean exit, and
// from outside its PID namespace the kernel lets it through.
void PodSupervisor::stop_pause() {
  if (pause_.pid > 0) {
    ::kill(pause_.pid, SIGKILL);
    ::waitpid(pause_.pid, nullptr, 0);
    pause_.pid = 0;
  }
  pause_.ns.clear();
}

// Everything the pod holds, in the one order exec/pod_teardown.h gives (the pod manager uses
// the same function for a pod whose supervisor was killed); the pod's state goes with its
// directory. What a step leaves behind is logged, and the other steps go on.
void PodSupervisor::teardown_pod() {
  fault::point("sup.teardown");
  if (!pool_owner_.empty()) {  // a start that failed before it was reported
    try {
      net::release_address(net_, pool_owner_);
    } catch (const std::exception&) {  // gc frees it: its owner is this process, gone soon
    }
    pool_owner_.clear();
  }
  // 1. The pod's storage on disk is removed by a child on the other CPU while this process
  //    stops the pause holder and empties the cgroups (its containers are gone by now; a
  //    file still open somewhere is unlinked all the same); not while apply still makes it.
  apply_done_with_storage();
  pid_t remover = storage_remover();
  // 2. The pause holder, and every fd this process holds on the pod (namespaces, ports, logs).
  stop_pause();
  while (::waitpid(-1, nullptr, WNOHANG) > 0) {}
  pipes_.clear();
  host_port_fds_.clear();
  if (relay_pid_ > 0) {
    ::kill(relay_pid_, SIGKILL);
    ::waitpid(relay_pid_, nullptr, 0);
    relay_pid_ = 0;
  }
  for (auto& r : containers_) r.log.reset();
  for (auto& x : ephemeral_) x->log.reset();
  // 3. Whatever is still in the pod's cgroups (a process that escaped the supervisor, from a
  //    hostPID container) is killed, and reaped here when it is this process's child: a
  //    zombie keeps a v1 cgroup from being removed.
  if (cg_ && cgroups_made_) {
    if (!cg_->kill_all(plan_.cgroup.path, 5000)) log::warn("teardown: processes still in " + plan_.cgroup.path + " after SIGKILL");
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {}
  }
  // 4. hostPort rules, address, cgroups, host IDs, the directory (exec/pod_teardown.h).
  for (const std::string& left : exec::release_pod_resources(cfg_, dir_, {.storage = false})) log::warn("teardown left behind the " + left);
  // 5. The storage: the child's work, or this process's when the child failed.
  int status = 0;
  bool removed = remover > 0 && ::waitpid(remover, &status, 0) == remover && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!removed) {
    try {
      exec::remove_pod_storage(cfg_.storage_dir);
    } catch (const std::exception& e) {
      log::warn("teardown left behind the pod storage " + cfg_.storage_dir + " (podrun gc removes it): " + e.what());
    }
  }
}

// apply makes the pod's storage on disk after the hand-over, while this process adopts its
// sandbox and makes its cgroups (exec/supervisor_process.h): its word, or the end of its socket
// without it (apply failed or was killed half-way: the storage step completes what is missing).
// apply then makes the containers' directories and closes the socket (apply_done_with_storage).
bool PodSupervisor::storage_made_by_apply() {
  if (!storage_word_) return false;
  std::string word;
  char c;
  for (ssize_t n; (n = ::read(storage_word_.get(), &c, 1)) > 0 || (n < 0 && errno == EINTR);)
    if (n > 0 && (word += c).back() == '\n') break;
  trace::mark("sup.storage-word");
  return word == std::string(exec::kStorageMade) + "\n";
}

// Before any teardown: apply has closed the socket, so it makes nothing more in the storage
// (it holds the global lock meanwhile, so no delete comes before either).
void PodSupervisor::apply_done_with_storage() {
  if (!storage_word_) return;
  char buf[64];
  for (ssize_t n; (n = ::read(storage_word_.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR);) {}
  storage_word_.reset();
}

// A child that removes the pod's storage; 0 when it could not be forked (the caller then does
// it itself).
pid_t PodSupervisor::storage_remover() {
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

void PodSupervisor::record_cgroup(const std::string& owner, const std::string& path, const std::vector<cgroup::Written>& written) {
  state::CgroupRecord r{owner, path, {}};
  for (const auto& w : written) r.values.emplace_back(w.file.substr(w.file.rfind('/') + 1), w.value);
  st_.cgroups.push_back(r);
}

// The child sets its oom_score_adj; it cannot lower it without CAP_SYS_RESOURCE.
void PodSupervisor::check_oom_score(int pid, int want, const std::string& object, const std::string& who) {
  std::optional<std::string> text = files::read("/proc/" + std::to_string(pid) + "/oom_score_adj");
  int got = text && !text->empty() ? std::atoi(text->c_str()) : want;
  if (got != want)
    event("Warning", "OOMScoreAdjNotSet", object,
          "oom_score_adj of " + who + " is " + std::to_string(got) + ", not " + std::to_string(want) +
              ": lowering it needs CAP_SYS_RESOURCE, which podrun does not have here");
}

// The node's address, as pods see it: the host's end of the pod network (hostNetwork pods
// before any pod made the bridge: loopback).
std::string PodSupervisor::host_ip() const {
  if (!addr_.gateway.empty()) return addr_.gateway;
  auto s = net::parse_cidr(cfg_.subnet);
  return s && ::if_nametoindex(cfg_.bridge.c_str()) != 0 ? net::ip_string(s->gateway()) : "127.0.0.1";
}

void PodSupervisor::report(const std::string& line) {
  if (report_ < 0) return;
  // apply has closed the storage socket by now (it does before it reads this report): not
  // held for the pod's life.
  apply_done_with_storage();
  std::string l = line + "\n";
  if (::write(report_, l.data(), l.size()) < 0) {
    // The CLI is gone (killed while it waited): the pod runs on, as `podrun get` will show.
  }
  ::close(report_);
  report_ = -1;
  own_pooled_address();
}

// A pooled sandbox's address becomes the pod's in the table (owner "<pod dir> <uid>"), as an
// address allocated for the pod: what delete and gc release.
void PodSupervisor::own_pooled_address() {
  if (pool_owner_.empty()) return;
  try {
    net::reassign_address(net_, pool_owner_, net::address_owner(dir_, plan_.uid));
  } catch (const std::exception& e) {
    log::warn(std::string("the pooled sandbox's address: ") + e.what());
  }
  pool_owner_.clear();
}

}  // namespace podrun::supervisor
