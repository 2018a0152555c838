// The pod supervisor's side effects, shared by supervisor.cc (the loop), sandbox.cc (the pod's
// sandbox: made, made again, undone) and launch.cc (a container instance up to its exec).
// What to do, and when, is lifecycle.h's to decide: this class does what compute_actions says
// and reports back what happened (on_started, on_exit, on_probe_result, ...). Where a
// container is in its life is the ContainerTrack's; what this class keeps per container is
// only what the kernel gave it (pids, fds, the log).
#pragma once

#include <sys/types.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cgroup/cgroup.h"
#include "common/fd.h"
#include "exec/container.h"
#include "exec/pod_setup.h"
#include "exec/run_config.h"
#include "exec/sandbox_pool.h"
#include "net/host_ports.h"
#include "net/pod_network.h"
#include "state/cri_log.h"
#include "state/pod_paths.h"
#include "state/pod_state.h"
#include "supervisor/lifecycle.h"

namespace podrun::supervisor {

// A child of the supervisor running a hook or a probe (handler.h); pid 0: none.
struct HandlerRun {
  pid_t pid = 0;
  UniqueFd output;
  bool post_start = false;  // a hook: postStart (else preStop)
};

// A container instance made up to its exec (PodSupervisor::prepare): its log pipes and its
// child, which has joined the pod and built its filesystem and waits for its go. Made early
// (prepare_child alone: the pod's first container, before the pod's storage and files), its
// directories and log are still to make (prepare_files) and its child waits before its
// filesystem.
struct Prepared {
  UniqueFd out_r, out_w, err_r, err_w;
  exec::PendingContainer child;
  bool files_done = false;
};

// What the supervisor holds for one container: its process and what belongs to it.
struct ContainerRuntime {
  const plan::ContainerPlan* plan = nullptr;
  std::size_t index = 0;
  std::string object;  // spec.containers{NAME}, as events name it
  pid_t pid = 0;
  bool cgroup_made = false;            // made with the pod, while its pause holder started
  std::uint64_t oom_baseline = 0;      // the cgroup's OOM kill count when this instance started
  std::optional<Prepared> prestarted;  // its child, made while the previous container set up
  HandlerRun hook;                     // its postStart or preStop hook in flight
  HandlerRun pull;                     // a retry of its image's pull in flight
  bool pulled_here = false;            // its image came from such a retry (the Pulled event said so)
  std::array<HandlerRun, 3> probes;    // by ProbeKind
  std::shared_ptr<state::CriLogWriter> log;
  bool seccomp_loaded = false;
  std::optional<std::string> seccomp;  // its filter (exec/seccomp.h); nullopt: unconfined
  HandlerRun& probe(ProbeKind k) { return probes[static_cast<std::size_t>(k)]; }
};

// A debug container (supervisor/ephemeral.cc): started once, never restarted.
struct EphemeralRuntime {
  exec::EphemeralRequest request;
  std::size_t index = 0;  // in PodState::ephemeral_containers
  std::string object;     // spec.ephemeralContainers{NAME}, as events name it
  pid_t pid = 0;
  bool cgroup_made = false;
  std::shared_ptr<state::CriLogWriter> log;  // null when its output goes to the attached caller
};

struct LogPipe {
  UniqueFd fd;
  std::shared_ptr<state::CriLogWriter> log;
  state::Stream stream;
};

// The pod's sandbox could not be finished (its pause holder ready, its network): the pod fails
// to start, whichever container waited.
struct PodSandboxError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class PodSupervisor {
 public:
  // `cfg` changes as retried pulls complete containers that waited for their image.
  PodSupervisor(exec::RunConfig& cfg, int report_fd, std::optional<exec::PooledSandbox> pooled, exec::CgroupsAhead cgroups,
                UniqueFd storage_word = {});
  [[noreturn]] void run();

 private:
  // --- sandbox.cc: the pod's sandbox, made, made again, and undone -------------------------
  void start_pod();
  void init_state();
  exec::PendingPause spawn_pause();
  std::optional<exec::PendingPause> adopt_pooled_sandbox();
  void adopt_cgroups_ahead();
  std::vector<cgroup::Written> apply_cgroup(const plan::CgroupPlan& c);
  void await_pause(exec::PendingPause& pending);
  void pause_ready();  // pause_pending_ ready, once
  void choose_id_mapping();
  void attach_network();
  void start_host_port_relay(const std::vector<net::HostPort>& ports);
  bool recreate_sandbox(std::string& why);
  bool pause_dying() const;
  [[noreturn]] void fail_start(const std::string& why);
  void kill_everything();
  void teardown_pod();
  pid_t storage_remover();
  bool storage_made_by_apply();    // waits for apply's word on storage_word_, once
  void apply_done_with_storage();  // waits for the end of storage_word_
  void stop_pause();
  void record_cgroup(const std::string& owner, const std::string& path, const std::vector<cgroup::Written>& written);
  void check_oom_score(int pid, int want, const std::string& object, const std::string& who);
  std::string host_ip() const;
  void report(const std::string& line);
  void own_pooled_address();

  // --- launch.cc: a container instance, up to its exec --------------------------------------
  std::optional<Prepared> prepare(ContainerRuntime& r, bool place, std::string& why);
  std::optional<Prepared> prepare_child(ContainerRuntime& r, bool place, std::string& why);
  bool prepare_files(ContainerRuntime& r, Prepared& p, std::string& why);
  void prestart_first();
  void join_pod(exec::ContainerLaunch& l, const plan::ContainerPlan& c);
  void launch(ContainerRuntime& r);
  ContainerRuntime* prestart_candidate(const ContainerRuntime& r);
  void prestart(ContainerRuntime& r, bool place);
  void discard_prestarted();
  void launch_failed(ContainerRuntime& r, const std::string& message, bool start_error);
  void add_pipe(UniqueFd fd, std::shared_ptr<state::CriLogWriter> log, state::Stream s);
  void watch(int fd);
  void on_pipe(int fd);
  void drain_pipes(const ContainerRuntime& r);
  std::string log_tail(const ContainerRuntime& r);

  // --- ephemeral.cc: debug containers added to the running pod ------------------------------
  void start_ephemeral_requests();
  void launch_ephemeral(EphemeralRuntime& x);
  void on_ephemeral_exit(EphemeralRuntime& x, int status);
  void signal_ephemeral(int sig);

  // --- supervisor.cc: the loop, doing what lifecycle.h decides -------------------------------
  void reconcile();
  void apply(const Action& a, TimePoint now);
  void stop_pod(bool deleting, std::int64_t grace_seconds);
  void on_signals();
  std::int64_t read_grace() const;
  void reap();
  void on_pause_exit();
  void sandbox_lost();
  void on_container_exit(ContainerRuntime& r, int status);
  void after_exit(ContainerRuntime& r);
  void start_hook(ContainerRuntime& r, const plan::HandlerPlan& h, bool post_start);
  void on_hook_done(ContainerRuntime& r, int status);
  void hook_result(ContainerRuntime& r, bool post_start, bool ok, const std::string& out);
  void pull_failed(ContainerRuntime& r, const std::string& why);
  void start_pull(ContainerRuntime& r);
  void on_pull_done(ContainerRuntime& r, int status);
  void start_probe(ContainerRuntime& r, ProbeKind k);
  void on_probe_done(ContainerRuntime& r, ProbeKind k, int status);
  void probe_result(ContainerRuntime& r, ProbeKind k, bool ok, const std::string& out);
  void check_storage();
  void mark_running(ContainerRuntime& r);
  void update_status();
  void set_condition(const std::string& type, bool status, const std::string& reason);
  void event(const std::string& type, const std::string& reason, const std::string& object, const std::string& message);
  void save();
  int wait_ms() const;
  int net_ns_fd() const;
  ContainerTrack& track(const ContainerRuntime& r) { return track_.containers[r.index]; }
  state::ContainerState& status(const ContainerRuntime& r) { return st_.containers[r.index]; }

  exec::RunConfig& cfg_;
  const plan::PodPlan& plan_;                 // cfg_.plan
  PodTrack track_;                            // lifecycle.h's view of the pod: what it decides from
  std::optional<plan::PodPlan> with_ids_;     // hostUsers: false: the plan with its host IDs filled in
  std::optional<std::uint32_t> userns_host_;  // hostUsers: false: the pod's first host ID
  bool userns_idmap_ = true;                  // idmapped mounts, or the pod's files chowned
  int report_;
  state::StateStore store_;
  std::string dir_;
  state::PodPaths paths_;
  state::PodState st_;
  exec::PauseHolder pause_;
  // Its namespaces open, on its way to its exec: the first launch waits for it before its go.
  std::optional<exec::PendingPause> pause_pending_;
  UniqueFd own_pid_ns_, epoll_, sigfd_;
  std::unique_ptr<cgroup::Driver> cg_;
  std::string pause_cgroup_;
  net::NetworkConfig net_;
  bool own_net_ = false;                 // the pod has a network namespace (not hostNetwork)
  std::string host_port_table_;          // the pod's DNAT rules (net/host_ports.h), "" for none
  std::vector<UniqueFd> host_port_fds_;  // each host port, held for the pod's life
  pid_t relay_pid_ = 0;                  // a rootless pod's hostPort relay (net/relay.h)
  net::PodAddress addr_;
  bool network_pending_ = false;               // start_pod's last step (attach_network), done by the first launch
  std::optional<exec::PooledSandbox> pooled_;  // until start_pod adopts or discards it
  bool veth_attached_ = false;                 // a pooled sandbox's: attach_network has no veth to make
  std::string pool_owner_;                     // its address's owner until own_pooled_address
  bool cgroups_made_ = false;
  exec::CgroupsAhead cgroups_ahead_;  // made by apply's early supervisor: the pod's, when they are the plan's
  UniqueFd storage_word_;             // apply makes the pod's storage, and says so here
  std::vector<ContainerRuntime> containers_;
  std::vector<std::unique_ptr<EphemeralRuntime>> ephemeral_;
  std::map<int, LogPipe> pipes_;
  bool dirty_ = false, was_initialized_ = false, finished_ = false;
  bool trimmed_ = false;  // malloc_trim once the pod has started
};

}  // namespace podrun::supervisor
