#include "pods/debug.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/console.h"
#include "exec/run_config.h"
#include "exec/seccomp.h"
#include "image/mount_points.h"
#include "image/rootfs.h"
#include "image/store.h"
#include "loader/decode.h"
#include "loader/semantic.h"
#include "pods/exec.h"
#include "pods/images.h"
#include "pods/objects.h"
#include "state/pod_state.h"

namespace podrun::pods {

namespace {

using nlohmann::json;

// The EphemeralContainer as kubectl debug makes it and the API server shows it.
std::string spec_json(const DebugRequest& r, const std::string& name, const std::string& pull_policy) {
  json c{{"name", name},
         {"image", r.image},
         {"imagePullPolicy", pull_policy},
         {"resources", json::object()},
         {"terminationMessagePath", "/dev/termination-log"},
         {"terminationMessagePolicy", "File"}};
  if (!r.command.empty()) c["command"] = r.command;
  if (r.stdin_open) c["stdin"] = true;
  if (r.tty) c["tty"] = true;
  if (!r.target.empty()) c["targetContainerName"] = r.target;
  return c.dump();
}

// The pod's state while it runs, or NotFound saying why it cannot be debugged.
state::PodState running_pod(const state::StateStore& store, const DebugRequest& r) {
  auto s = store.load(r.ns, r.pod);
  if (!s) throw NotFound("pod \"" + r.pod + "\" not found");
  if (!process_alive(s->supervisor_pid, s->supervisor_start) || s->deleting || s->pause_pid <= 0 || state::is_terminal(s->phase))
    throw NotFound("pod \"" + r.pod + "\" is not running (phase " + state::phase_name(s->phase) + (s->deleting ? ", terminating" : "") +
                   "): a debug container needs a running pod");
  return *s;
}

// The container's status once the supervisor has started it (or failed to).
state::ContainerState await_start(const state::StateStore& store, const DebugRequest& r, const std::string& name) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (;;) {
    auto s = store.load(r.ns, r.pod);
    if (!s) throw NotFound("pod \"" + r.pod + "\" was deleted");
    for (const auto& c : s->ephemeral_containers)
      if (c.name == name && (c.state == state::RunState::Running || c.state == state::RunState::Terminated)) return c;
    if (!process_alive(s->supervisor_pid, s->supervisor_start)) throw std::runtime_error("the pod's supervisor is gone");
    if (std::chrono::steady_clock::now() > until) throw std::runtime_error("debug container " + name + " did not start within 30 s");
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// -i without -t: our stdin to the container's, its stdout and stderr to ours, until both end.
void relay_pipes(int to_stdin, int from_stdout, int from_stderr) {
  char buf[16384];
  bool in_open = to_stdin >= 0;
  int outs[2] = {from_stdout, from_stderr};
  while (outs[0] >= 0 || outs[1] >= 0) {
    pollfd fds[3] = {{outs[0], POLLIN, 0}, {outs[1], POLLIN, 0}, {in_open ? 0 : -1, POLLIN, 0}};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i)
      if (outs[i] >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        ssize_t n = ::read(outs[i], buf, sizeof buf);
        if (n <= 0) outs[i] = -1;
        else if (::write(i + 1, buf, static_cast<std::size_t>(n)) < 0) outs[i] = -1;
      }
    if (in_open && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = ::read(0, buf, sizeof buf);
      if (n <= 0 || ::write(to_stdin, buf, static_cast<std::size_t>(n)) < 0) {
        in_open = false;
        ::close(to_stdin);  // EOF for the container
        to_stdin = -1;
      }
    }
  }
  if (to_stdin >= 0) ::close(to_stdin);
}

}  // namespace

std::string debug_container_name() {
  static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";  // k8s.io/apimachinery's rand
  unsigned char bytes[5] = {};
  UniqueFd fd(::open("/dev/urandom", O_RDONLY | O_CLOEXEC));
  if (!fd || ::read(fd.get(), bytes, sizeof bytes) != static_cast<ssize_t>(sizeof bytes))
    for (auto& b : bytes) b = static_cast<unsigned char>(std::rand());
  std::string name = "debugger-";
  for (unsigned char b : bytes) name += alphabet[b % (sizeof alphabet - 1)];
  return name;
}

int debug_pod(const Context& ctx, const DebugRequest& r, const PolicyFlags& policy, const DebugStarted& started) {
  // 1. Checks: the request, then the pod, its names and the target.
  if (r.image.empty()) throw BadSetting("--image is required: the image of the debug container");
  if (!r.image_pull_policy.empty() && r.image_pull_policy != "Always" && r.image_pull_policy != "IfNotPresent" &&
      r.image_pull_policy != "Never")
    throw BadSetting("--image-pull-policy must be Always, IfNotPresent or Never, not \"" + r.image_pull_policy + "\"");
  if (r.tty && !r.stdin_open) throw BadSetting("-t/--tty needs -i/--stdin: a terminal without input cannot be used");
  std::string name = r.container.empty() ? debug_container_name() : r.container;
  if (std::string why = loader::check_dns1123_label(name); !why.empty())
    throw BadSetting("spec.ephemeralContainers[0].name: Invalid value: \"" + name + "\": " + why);
  state::StateStore store(ctx.state_root);
  state::PodState s = running_pod(store, r);
  std::set<std::string> names;
  for (const auto& c : s.containers) names.insert(c.name);
  for (const auto& c : s.ephemeral_containers) names.insert(c.name);
  if (names.count(name))
    throw BadSetting("spec.ephemeralContainers[0].name: Duplicate value: \"" + name + "\": pod " + r.pod + " has a container of that name");
  if (!r.target.empty() && std::none_of(s.containers.begin(), s.containers.end(), [&](const auto& c) { return c.name == r.target; }))
    throw NotFound("spec.ephemeralContainers[0].targetContainerName: Not found: \"" + r.target + "\" (pod " + r.pod +
                   " has no such container)");
  const state::PodPaths paths = store.paths(r.ns, r.pod);
  exec::RunConfig run = exec::decode_run_config(files::read(paths.run_config()).value_or("{}"));

  // 2. The pod's manifest loaded again (its ConfigMaps and Secrets as stored), the image, the
  //    container's plan and its seccomp program.
  host::MachineConfig machine = machine_policy(ctx, policy);
  auto text = files::read(paths.manifest());
  if (!text) throw NotFound("pod \"" + r.pod + "\" has no manifest in its state");
  loader::LoadResult loaded = loader::load_text(paths.manifest(), *text, load_options(ctx, machine));
  if (loaded.pods.size() != 1) throw std::runtime_error("pod " + r.pod + ": its manifest does not load now (an object it names is gone?)");
  add_stored_objects(ctx, loaded);
  model::Container c;
  c.type = model::ContainerType::App;
  c.name = name;
  c.image = r.image;
  c.image_pull_policy = r.image_pull_policy.empty() ? loader::default_pull_policy(r.image) : r.image_pull_policy;
  c.command = r.command;
  c.stdin_open = r.stdin_open;
  c.tty = r.tty;
  image::Store images(ctx.storage_root);
  model::Pod for_pull = loaded.pods[0];  // the pod's pull secrets, only this container's image
  for_pull.spec.init_containers.clear();
  for_pull.spec.containers = {c};
  for_pull.spec.volumes.clear();
  plan::PlanInput in = plan_input(ctx, loaded, machine);
  in.image_store = true;
  for (const auto& [pod, pi] : pull_images(images, {for_pull}, loaded.secrets, machine, PullFlags{}))
    for (const auto& [image, why] : pi.failed) throw std::runtime_error("ErrImagePull: " + image + ": " + why);
  std::map<std::string, image::ImageRecord> records;
  image_configs(images, {for_pull}, in.images, &records);
  plan::ContainerPlan cp = plan::plan_ephemeral_container(loaded.pods[0], c, r.target, run.plan, in);
  if (!cp.start_errors.empty()) throw std::runtime_error(cp.start_errors[0]);
  plan::PodPlan only = run.plan;
  only.containers = {cp};
  exec::write_seccomp_programs(only, paths, ctx.state_root);
  exec::EphemeralRequest req;
  req.spec_json = spec_json(r, name, plan::pull_policy_name(cp.image_pull_policy));
  req.plan = cp;
  if (auto rec = records.find(r.image); rec != records.end())
    req.image = {image::layer_dirs(images, rec->second), in.images[r.image].user, image::mount_point_layer(images, rec->second)};

  // 3. Streams to attach: the slave of a new terminal (-t), or pipes the supervisor opens
  //    through /proc (-i); the request; SIGUSR1.
  UniqueFd console, master, in_w, out_r, err_r, in_r, out_w, err_w;
  if (r.tty) {
    ::mkdir(paths.ephemeral().c_str(), 0700);
    req.console_socket = paths.ephemeral() + "/" + name + ".sock";
    console = exec::listen_console(req.console_socket);
  } else if (r.stdin_open) {
    int p[3][2];
    for (auto& pp : p)
      if (::pipe2(pp, O_CLOEXEC) != 0) throw SysError("debug -i: pipes for the container", "pipe2", "", errno);
    in_r.reset(p[0][0]);
    in_w.reset(p[0][1]);
    out_r.reset(p[1][0]);
    out_w.reset(p[1][1]);
    err_r.reset(p[2][0]);
    err_w.reset(p[2][1]);
    std::string self = "/proc/" + std::to_string(::getpid()) + "/fd/";
    req.stdin_path = self + std::to_string(in_r.get());
    req.stdout_path = self + std::to_string(out_w.get());
    req.stderr_path = self + std::to_string(err_w.get());
  }
  {
    auto lock = store.lock_pod(r.ns, r.pod);
    s = running_pod(store, r);  // still running, under the lock that delete takes too
    ::mkdir(paths.ephemeral().c_str(), 0700);
    std::string file = paths.ephemeral_request(name), tmp = file + ".tmp";
    if (files::exists(file))
      throw BadSetting("spec.ephemeralContainers[0].name: Duplicate value: \"" + name + "\": pod " + r.pod +
                       " has a container of that name");
    if (!files::write(tmp, exec::encode_ephemeral_request(req), 0600) || ::rename(tmp.c_str(), file.c_str()) != 0)
      throw SysError("debug: the request to the pod's supervisor", "write", file, errno);
    if (::kill(s.supervisor_pid, SIGUSR1) != 0) throw SysError("debug: wake the pod's supervisor", "kill", "SIGUSR1", errno);
  }
  // -t: the terminal's master, sent by the container's child while it sets up.
  if (console) {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!master && std::chrono::steady_clock::now() < until) {
      master = exec::receive_console(console.get(), s.supervisor_pid, 50);
      if (master) break;
      auto now = store.load(r.ns, r.pod);
      for (const auto& e : now ? now->ephemeral_containers : std::vector<state::ContainerState>{})
        if (e.name == name && e.state == state::RunState::Terminated) until = {};  // it failed: said below
    }
    console.reset();
    ::unlink(req.console_socket.c_str());
    winsize ws{};
    if (master && ::ioctl(0, TIOCGWINSZ, &ws) == 0) ::ioctl(master.get(), TIOCSWINSZ, &ws);
  }
  state::ContainerState cs = await_start(store, r, name);
  // The supervisor has opened its ends: ours go, so that EOF reaches each side.
  in_r.reset();
  out_w.reset();
  err_w.reset();
  if (cs.state == state::RunState::Terminated && cs.reason != "Completed" && cs.reason != "Error")
    throw std::runtime_error("debug container " + name + ": " + cs.reason + ": " + cs.message);
  if (started) started(name);
  if (!r.stdin_open) return 0;

  // 4. Attached: until the container's side closes, then its exit code.
  if (master) relay_terminal(master.get(), 0, true);
  else relay_pipes(in_w.release(), out_r.get(), err_r.get());
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (;;) {
    auto now = store.load(r.ns, r.pod);
    if (!now) return 0;
    for (const auto& e : now->ephemeral_containers)
      if (e.name == name && e.state == state::RunState::Terminated) return e.exit_code;
    if (std::chrono::steady_clock::now() > until) return 0;  // detached: it runs on
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace podrun::pods
