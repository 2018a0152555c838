// podrun logs · describe: what a pod did and why, from its state, its plan and its log files.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/describe.h"
#include "cli/inputs.h"
#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/run_config.h"
#include "model/selector.h"
#include "plan/plan.h"
#include "plan/render.h"
#include "pods/objects.h"
#include "pods/observe.h"
#include "state/cri_log.h"
#include "state/pod_state.h"
#include "state/pod_status.h"

namespace podrun::cli {

namespace {

namespace fs = std::filesystem;

std::optional<state::PodState> find_pod(const GlobalOptions& g, const std::string& ns, const std::string& name) {
  state::StateStore store(g.root);
  auto s = store.load(ns, name);
  if (!s) std::cerr << "podrun: pod \"" << name << "\" not found in namespace " << ns << "\n";
  return s;
}

// ---------------------------------------------------------------------------------------------
// logs

struct LogsOptions {
  std::string pod, container, ns = "default", since, since_time, selector;
  bool follow = false, previous = false, timestamps = false, all_containers = false, prefix = false;
  long tail = -1;
};

std::string rfc3339(std::time_t t) {
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

const state::ContainerState* pick_container(const state::PodState& s, const std::string& name, const char* verb) {
  if (!name.empty()) {
    for (const auto& c : s.containers)
      if (c.name == name) return &c;
    for (const auto& c : s.ephemeral_containers)
      if (c.name == name) return &c;
    std::string all;
    for (const auto& c : s.containers) all += (all.empty() ? "" : " ") + c.name;
    for (const auto& c : s.ephemeral_containers) all += (all.empty() ? "" : " ") + c.name;
    std::cerr << "podrun: " << verb << ": container " << name << " is not valid for pod " << s.name << " (choose one of: " << all << ")\n";
    return nullptr;
  }
  const state::ContainerState* first = nullptr;
  std::string apps;
  for (const auto& c : s.containers)
    if (c.type == state::ContainerType::App) {
      if (!first) first = &c;
      apps += (apps.empty() ? "" : ", ") + c.name;
    }
  if (first && apps.find(',') != std::string::npos) std::cerr << "Defaulted container \"" << first->name << "\" out of: " << apps << "\n";
  return first;
}

// Prints the records of `path` from byte `offset` on; returns the new offset (only whole lines
// are consumed). A partial (P) record's text is printed without its newline. `prefix` goes
// before each line (kubectl's --prefix: "[pod/NAME/CONTAINER] ").
std::uint64_t print_new_records(const std::string& path, std::uint64_t offset, bool timestamps, bool& mid_line, const std::string& prefix) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return offset;
  in.seekg(static_cast<std::streamoff>(offset));
  std::string line;
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no newline yet: the writer is mid-record
    offset += line.size() + 1;
    auto rec = state::parse_cri_line(line);
    if (!rec) continue;
    if (!mid_line) std::cout << prefix;
    if (timestamps && !mid_line) std::cout << rec->time << " ";
    std::cout << rec->text << (rec->partial ? "" : "\n");
    mid_line = rec->partial;
  }
  std::cout.flush();
  return offset;
}

// `text` with `prefix` before each of its lines.
std::string prefixed(const std::string& text, const std::string& prefix) {
  if (prefix.empty()) return text;
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    std::size_t next = end == std::string::npos ? text.size() : end + 1;
    out += prefix + text.substr(at, next - at);
    at = next;
  }
  return out;
}

// One container's log as `logs` prints it and, with -f, follows it: from the end of what was
// printed, across restarts (each instance has its own file), until the pod is gone or the
// container has stopped for good.
struct LogFollower {
  std::string ns, pod, container, prefix;
  state::PodPaths paths;
  int instance = 0;
  std::string path;
  std::uint64_t offset = 0;
  bool mid_line = false;

  // One pass; false once there is nothing more to follow.
  bool step(const state::StateStore& store, bool timestamps) {
    offset = print_new_records(path, offset, timestamps, mid_line, prefix);
    auto now = store.load(ns, pod);
    if (!now || !process_alive(now->supervisor_pid, now->supervisor_start)) return false;
    const state::ContainerState* cur = nullptr;
    for (const auto& x : now->containers)
      if (x.name == container) cur = &x;
    if (!cur) return false;
    if (cur->restart_count > instance) {
      // The next instance: finish this file (rotation can have renamed it), then switch.
      offset = print_new_records(path, offset, timestamps, mid_line, prefix);
      instance = cur->restart_count;
      path = paths.container_log(container, instance);
      offset = 0;
      return true;
    }
    bool done = state::is_terminal(now->phase) || now->deleting ||
                (cur->state == state::RunState::Terminated && cur->type == state::ContainerType::Init);
    if (done && cur->state != state::RunState::Running) {
      print_new_records(path, offset, timestamps, mid_line, prefix);
      return false;
    }
    // Rotation: the file we read was renamed to .1; the rest of it is there.
    struct stat now_st {};
    if (::stat(path.c_str(), &now_st) == 0 && static_cast<std::uint64_t>(now_st.st_size) < offset) {
      print_new_records(path + ".1", offset, timestamps, mid_line, prefix);
      offset = 0;
    }
    return true;
  }
};

int run_logs(const GlobalOptions& g, const LogsOptions& o) {
  // 1. The pods: the one named, or those the selector matches (kubectl: -l, not both).
  std::vector<state::PodState> pods;
  if (!o.selector.empty()) {
    if (!o.pod.empty()) throw UsageError("logs: a pod name and -l cannot both be given");
    std::string why;
    auto sel = model::parse_selector(o.selector, &why);
    if (!sel) throw UsageError("logs: -l " + o.selector + ": " + why);
    pods::Context ctx = context(g);
    for (auto& v : pods::select_pods(pods::list_pods(ctx, o.ns), *sel)) pods.push_back(v.state);
    if (pods.empty()) {
      std::cerr << "No resources found in " << o.ns << " namespace.\n";
      return kExitOk;
    }
  } else {
    if (o.pod.empty()) throw UsageError("logs: a pod name or -l SELECTOR is required");
    auto s = find_pod(g, o.ns, o.pod);
    if (!s) return kExitFailure;
    pods.push_back(*s);
  }
  // 2. The containers: -c, --all-containers (init containers first, in order), or the default.
  struct Target {
    const state::PodState* pod;
    const state::ContainerState* container;
  };
  std::vector<Target> targets;
  for (const auto& s : pods) {
    if (o.all_containers) {
      for (const auto& c : s.containers) targets.push_back({&s, &c});
      continue;
    }
    const state::ContainerState* c = pick_container(s, o.container, "logs");
    if (!c) return kExitFailure;
    targets.push_back({&s, c});
  }
  // Several pods or containers are told apart by a prefix, as kubectl does with -l (or asked).
  const bool prefix = o.prefix || targets.size() > 1;
  state::LogQuery q;
  q.timestamps = o.timestamps;
  if (o.tail >= 0) q.tail = o.tail;
  if (!o.since.empty()) {
    auto ms = parse_duration_ms(o.since);
    if (!ms) {
      std::cerr << "podrun: logs: --since " << o.since << ": not a duration (e.g. 10s, 5m, 1h)\n";
      return kExitUsage;
    }
    q.since_time = rfc3339(std::time(nullptr) - *ms / 1000);
  }
  if (!o.since_time.empty()) q.since_time = o.since_time;
  // 3. What is there, target by target.
  state::StateStore store(g.root);
  std::vector<LogFollower> followers;
  for (const auto& [pod, c] : targets) {
    LogFollower f;
    f.ns = pod->ns;
    f.pod = pod->name;
    f.container = c->name;
    f.prefix = prefix ? "[pod/" + pod->name + "/" + c->name + "] " : "";
    f.paths = store.paths(pod->ns, pod->name);
    f.instance = c->restart_count;
    if (o.previous) {
      if (c->restart_count == 0 || !fs::exists(f.paths.container_log(c->name, c->restart_count - 1))) {
        std::cerr << "podrun: logs: previous terminated container \"" << c->name << "\" in pod \"" << pod->name << "\" not found\n";
        return kExitFailure;
      }
      f.instance = c->restart_count - 1;
    }
    f.path = f.paths.container_log(c->name, f.instance);
    if (!o.previous && c->state == state::RunState::Waiting && c->restart_count == 0 && !fs::exists(f.path)) {
      // Not started yet (behind an init container, or its image): kubectl's words.
      std::cerr << "podrun: container \"" << c->name << "\" in pod \"" << pod->name
                << "\" is waiting to start: " << (c->reason.empty() ? "ContainerCreating" : c->reason) << "\n";
      if (targets.size() == 1) return kExitFailure;
      continue;
    }
    try {
      // -f goes on where this read stopped, not at the file's size now: what the container
      // writes meanwhile is printed once, and a record half written is printed whole later.
      const auto files = state::log_files_oldest_first(f.path);
      std::uint64_t read_of_last = 0;
      std::cout << prefixed(state::render_log(files, q, &read_of_last), f.prefix);
      f.offset = !files.empty() && files.back() == f.path ? read_of_last : 0;
    } catch (const std::exception& e) {
      std::cerr << "podrun: logs: " << e.what() << "\n";
      return kExitUsage;
    }
    std::cout.flush();
    followers.push_back(std::move(f));
  }
  if (!o.follow || o.previous) return kExitOk;
  // 4. -f: every target in turn, until none has more to come.
  while (!followers.empty()) {
    followers.erase(std::remove_if(followers.begin(), followers.end(), [&](LogFollower& f) { return !f.step(store, o.timestamps); }),
                    followers.end());
    if (!followers.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// describe

std::string rfc1123z(const std::string& rfc3339) {
  auto t = state::parse_rfc3339(rfc3339);
  if (!t) return rfc3339.empty() ? "<unset>" : rfc3339;
  std::tm tm{};
  ::gmtime_r(&*t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

std::string event_age(const state::Event& e, std::time_t now) {
  auto first = state::parse_rfc3339(e.first), last = state::parse_rfc3339(e.last);
  std::string age = last ? state::human_duration(now - *last) : "<unknown>";
  if (e.count > 1 && first) age += " (x" + std::to_string(e.count) + " over " + state::human_duration(now - *first) + ")";
  return age;
}

unsigned long long ns_inode(int pid, const char* kind) {
  struct stat st {};
  std::string p = "/proc/" + std::to_string(pid) + "/ns/" + kind;
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

std::string namespaces_line(int pid) {
  std::string out;
  for (const char* k : {"net", "ipc", "uts", "pid", "mnt", "cgroup", "user"}) {
    auto ino = ns_inode(pid, k);
    if (ino) out += std::string(out.empty() ? "" : " ") + k + ":[" + std::to_string(ino) + "]";
  }
  return out.empty() ? "<gone>" : out;
}

std::string probe_text(const plan::ProbePlan& p) {
  return plan::handler_text(p.handler) + " delay=" + std::to_string(p.initial_delay_seconds) +
         "s timeout=" + std::to_string(p.timeout_seconds) + "s period=" + std::to_string(p.period_seconds) +
         "s #success=" + std::to_string(p.success_threshold) + " #failure=" + std::to_string(p.failure_threshold);
}

void print_state(std::ostream& out, const char* label, const state::ContainerState& c) {
  if (c.state == state::RunState::Running) {
    out << "    " << label << "Running\n      Started:      " << rfc1123z(c.started_at) << "\n";
  } else if (c.state == state::RunState::Terminated) {
    out << "    " << label << "Terminated\n      Reason:       " << c.reason << "\n";
    if (!c.message.empty()) out << "      Message:      " << c.message << "\n";
    out << "      Exit Code:    " << c.exit_code << "\n";
    if (c.signal) out << "      Signal:       " << c.signal << "\n";
    out << "      Started:      " << rfc1123z(c.started_at) << "\n      Finished:     " << rfc1123z(c.finished_at) << "\n";
  } else {
    out << "    " << label << "Waiting\n      Reason:       " << (c.reason.empty() ? "ContainerCreating" : c.reason) << "\n";
    if (!c.message.empty()) out << "      Message:      " << c.message << "\n";
  }
}

struct DescribeOptions {
  std::vector<std::string> args;
  std::string ns = "default";
};

int describe_one(const GlobalOptions& g, const state::PodState& s) {
  std::string dir = state::StateStore(g.root).pod_dir(s.ns, s.name);
  std::optional<exec::RunConfig> run = pods::run_config(pods::PodView{s, false, dir});
  std::time_t now = std::time(nullptr);
  std::ostringstream out;
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  bool alive = process_alive(s.supervisor_pid, s.supervisor_start);
  out << "Name:             " << s.name << "\n";
  out << "Namespace:        " << s.ns << "\n";
  out << "Node:             " << host << "/127.0.0.1\n";
  out << "Start Time:       " << rfc1123z(s.start_time) << "\n";
  out << "Status:           "
      << (s.deletion_timestamp.empty() ? state::phase_name(s.phase) : "Terminating (lasts until the grace period ends)") << "\n";
  out << "UID:              " << s.uid << "\n";
  out << "IP:               " << (s.pod_ip.empty() ? "<none> (hostNetwork: the host's addresses)" : s.pod_ip) << "\n";
  out << "QoS Class:        " << s.qos << "\n";
  out << "Supervisor:       " << (alive ? "PID " + std::to_string(s.supervisor_pid) : std::string("<not running>")) << "\n";
  if (alive && s.pause_pid > 0) out << "Pause Holder:     PID " << s.pause_pid << "  " << namespaces_line(s.pause_pid) << "\n";
  if (s.userns_host_id >= 0)
    out << "User Namespace:   IDs 0-65535 are the host's " << s.userns_host_id << "-" << s.userns_host_id + 65535
        << " (hostUsers: false)\n";
  bool any_init = false;
  for (const auto& c : s.containers) any_init = any_init || c.type != state::ContainerType::App;
  for (int section = any_init ? 0 : 1; section < 2; ++section) {
    out << (section == 0 ? "Init Containers:\n" : "Containers:\n");
    for (std::size_t i = 0; i < s.containers.size(); ++i) {
      const state::ContainerState& c = s.containers[i];
      if ((section == 0) != (c.type != state::ContainerType::App)) continue;
      const plan::ContainerPlan* cp = nullptr;
      if (run)
        for (const auto& x : run->plan.containers)
          if (x.name == c.name) cp = &x;
      out << "  " << c.name << ":\n";
      if (c.type == state::ContainerType::Sidecar) out << "    Type:           sidecar (restartPolicy: Always)\n";
      out << "    Image:          " << c.image << "\n";
      if (cp && !cp->process.args.empty()) {
        out << "    Command:\n";
        for (const auto& a : cp->process.args) out << "      " << a << "\n";
      }
      print_state(out, "State:          ", c);
      if (c.last_state) {
        state::ContainerState last;
        last.state = state::RunState::Terminated;
        last.reason = c.last_state->reason;
        last.message = c.last_state->message;
        last.exit_code = c.last_state->exit_code;
        last.signal = c.last_state->signal;
        last.started_at = c.last_state->started_at;
        last.finished_at = c.last_state->finished_at;
        print_state(out, "Last State:     ", last);
      }
      out << "    Ready:          " << (c.ready ? "True" : "False") << "\n";
      out << "    Restart Count:  " << c.restart_count << "\n";
      if (cp) {
        if (cp->startup_probe) out << "    Startup:        " << probe_text(*cp->startup_probe) << "\n";
        if (cp->liveness_probe) out << "    Liveness:       " << probe_text(*cp->liveness_probe) << "\n";
        if (cp->readiness_probe) out << "    Readiness:      " << probe_text(*cp->readiness_probe) << "\n";
        if (cp->post_start) out << "    PostStart:      " << plan::handler_text(*cp->post_start) << "\n";
        if (cp->pre_stop) out << "    PreStop:        " << plan::handler_text(*cp->pre_stop) << "\n";
        out << "    Environment:";
        bool any = false;
        for (const auto& e : cp->process.env) {
          if (e.from == "image") continue;
          out << (any ? "" : "\n") << "      " << e.name << ":  " << (e.sensitive ? "<set from " + e.from + ">" : e.value) << "\n";
          any = true;
        }
        if (!any) out << "    <none>\n";
        out << "    Mounts:\n";
        bool mounts = false;
        for (const auto& m : cp->mounts)
          if (!m.volume.empty()) {
            bool ro = std::find(m.options.begin(), m.options.end(), "ro") != m.options.end();
            out << "      " << m.destination << " from " << m.volume << " (" << (ro ? "ro" : "rw") << ")\n";
            mounts = true;
          }
        if (!mounts) out << "      <none>\n";
      }
      if (c.state == state::RunState::Running && process_alive(c.pid, c.start_time)) {
        out << "    PID:            " << c.pid << "\n";
        out << "    Namespaces:     " << namespaces_line(c.pid) << "\n";
      }
    }
  }
  // Debug containers (podrun debug), as kubectl lists them: after the containers.
  if (!s.ephemeral_containers.empty()) out << "Ephemeral Containers:\n";
  for (const auto& c : s.ephemeral_containers) {
    std::optional<exec::EphemeralRequest> req;
    try {
      if (auto text = files::read(state::PodPaths{dir}.ephemeral_request(c.name))) req = exec::decode_ephemeral_request(*text);
    } catch (const std::exception&) {}
    out << "  " << c.name << ":\n    Image:          " << c.image << "\n";
    if (req && !req->plan.process.args.empty()) {
      out << "    Command:\n";
      for (const auto& a : req->plan.process.args) out << "      " << a << "\n";
    }
    if (req) {
      const plan::NsSource& pid = req->plan.namespaces.at(plan::NsKind::Pid);
      out << "    Target:         "
          << (pid.type == plan::NsSource::Type::Container ? pid.container + " (its PID namespace)"
                                                          : std::string("<none> (PID namespace: ") + pid.str() + ")")
          << "\n";
    }
    print_state(out, "State:          ", c);
    out << "    Ready:          False\n    Restart Count:  0\n";
    if (c.state == state::RunState::Running && process_alive(c.pid, c.start_time)) {
      out << "    PID:            " << c.pid << "\n";
      out << "    Namespaces:     " << namespaces_line(c.pid) << "\n";
    }
  }
  out << "Conditions:\n  Type              Status\n";
  for (const char* t : {"PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"})
    for (const auto& c : s.conditions)
      if (c.type == t)
        out << "  " << c.type << std::string(18 - std::min<std::size_t>(17, c.type.size()), ' ') << (c.status ? "True" : "False") << "\n";
  if (run && !run->plan.volumes.empty()) {
    out << "Volumes:\n";
    for (const auto& v : run->plan.volumes) {
      out << "  " << v.name << ":\n    Type:       ";
      switch (v.type) {
        case plan::VolumeType::EmptyDir:
          out << "EmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:     "
              << (v.medium == plan::StorageMedium::Memory ? "Memory" : "") << "\n";
          break;
        case plan::VolumeType::HostPath:
          out << "HostPath (bare host directory volume)\n    Path:       " << v.host_path
              << "\n    HostPathType: " << plan::host_path_type_name(v.host_path_type) << "\n";
          break;
        case plan::VolumeType::ConfigMap:
        case plan::VolumeType::Secret:
        case plan::VolumeType::DownwardAPI:
        case plan::VolumeType::Projected: out << plan::volume_type_name(v.type) << "\n"; break;
        case plan::VolumeType::Image:
          out << "Image (a container image or OCI artifact)\n    Reference:  " << v.image
              << "\n    PullPolicy: " << plan::pull_policy_name(v.image_pull_policy.value_or(plan::PullPolicy::IfNotPresent)) << "\n";
          break;
      }
    }
  }
  if (!s.cgroups.empty()) {
    out << "Cgroups (" << s.cgroup_version << "):\n";
    for (const auto& c : s.cgroups) {
      out << "  " << c.owner << ": " << c.path << "\n";
      std::string values;
      for (const auto& [file, value] : c.values) values += (values.empty() ? "" : "  ") + file + "=" + value;
      if (!values.empty()) out << "    " << values << "\n";
    }
  }
  out << "Events:\n";
  if (s.events.empty()) out << "  <none>\n";
  else {
    std::vector<std::vector<std::string>> rows = {{"Type", "Reason", "Age", "From", "Message"},
                                                  {"----", "------", "----", "----", "-------"}};
    for (const auto& e : s.events) {
      std::string msg = e.message;
      rows.push_back({e.type, e.reason, event_age(e, now), e.object.empty() ? "podrun" : "podrun (" + e.object + ")", msg});
    }
    std::vector<std::size_t> w(5, 0);
    for (const auto& r : rows)
      for (std::size_t i = 0; i < 4; ++i) w[i] = std::max(w[i], r[i].size());
    for (const auto& r : rows) {
      out << "  ";
      for (std::size_t i = 0; i < 5; ++i) out << r[i] << (i < 4 ? std::string(w[i] - r[i].size() + 2, ' ') : "");
      out << "\n";
    }
  }
  std::cout << out.str();
  return kExitOk;
}

// describe configmap|secret: kubectl's layout. A Secret's values are never shown, only sizes.
void describe_object(const pods::StoredObjectView& x) {
  auto map_lines = [&](const char* field) {
    std::string out;
    if (x.object["metadata"].contains(field) && x.object["metadata"][field].is_object())
      for (auto it = x.object["metadata"][field].begin(); it != x.object["metadata"][field].end(); ++it)
        out += std::string(out.empty() ? "" : "\n              ") + it.key() + "=" + it.value().get<std::string>();
    return out.empty() ? std::string("<none>") : out;
  };
  std::cout << "Name:         " << x.name << "\n"
            << "Namespace:    " << x.ns << "\n"
            << "Labels:       " << map_lines("labels") << "\n"
            << "Annotations:  " << map_lines("annotations") << "\n";
  const auto contents = x.contents();
  if (x.kind == pods::ObjectKind::Secret) {
    std::cout << "\nType:  " << x.object.value("type", "Opaque") << "\n\nData\n====\n";
    for (const auto& [k, v] : contents) std::cout << k << ":  " << v.size() << " bytes\n";
  } else {
    std::cout << "\nData\n====\n";
    for (const auto& [k, v] : contents) std::cout << k << ":\n----\n" << v << "\n\n";
  }
  if (x.object.value("immutable", false)) std::cout << "Immutable:  true\n";
}

int run_describe(const GlobalOptions& g, const DescribeOptions& o) {
  if (auto done = describe_resources(g, o.args, o.ns)) return *done;
  if (!o.args.empty())
    if (auto kind = pods::parse_object_kind(o.args[0])) {
      pods::Context ctx = context(g);
      std::vector<pods::StoredObjectView> chosen;
      if (o.args.size() == 1) chosen = pods::list_objects(ctx, *kind, o.ns);
      for (std::size_t i = 1; i < o.args.size(); ++i) {
        auto x = pods::find_object(ctx, *kind, o.ns, o.args[i]);
        if (!x) {
          std::cerr << "podrun: " << pods::object_kind_name(*kind) << " \"" << o.args[i] << "\" not found in namespace " << o.ns << "\n";
          return kExitFailure;
        }
        chosen.push_back(*x);
      }
      for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (i) std::cout << "\n\n";
        describe_object(chosen[i]);
      }
      return kExitOk;
    }
  if (o.args.empty() || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po")) {
    std::cerr << "podrun: describe: usage: podrun describe pod|configmap|secret|deployment|statefulset|daemonset|job|cronjob|service|"
                 "networkpolicy [NAME...]\n";
    return kExitUsage;
  }
  state::StateStore store(g.root);
  std::vector<state::PodState> pods;
  if (o.args.size() == 1) pods = store.list(o.ns);
  for (std::size_t i = 1; i < o.args.size(); ++i) {
    auto s = find_pod(g, o.ns, o.args[i]);
    if (!s) return kExitFailure;
    pods.push_back(*s);
  }
  if (pods.empty()) {  // `describe pods` with none: kubectl's words
    std::cerr << "No resources found in " << o.ns << " namespace.\n";
    return kExitOk;
  }
  for (std::size_t i = 0; i < pods.size(); ++i) {
    if (i) std::cout << "\n\n";
    describe_one(g, pods[i]);
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// top: CPU and memory per pod and container, from the cgroups, as kubectl top shows them.

struct TopOptions {
  std::vector<std::string> args;
  std::string ns = "default";
  bool containers = false, all = false;
  int interval_ms = 500;
};

int run_top(const GlobalOptions& g, const TopOptions& o) {
  if (o.args.empty() || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po")) {
    std::cerr << "podrun: top: usage: podrun top pod [NAME...] [--containers]\n";
    return kExitUsage;
  }
  state::StateStore store(g.root);
  std::vector<state::PodState> pods;
  if (o.args.size() == 1) pods = store.list(o.all ? "" : o.ns);
  for (std::size_t i = 1; i < o.args.size(); ++i) {
    auto s = find_pod(g, o.ns, o.args[i]);
    if (!s) return kExitFailure;
    pods.push_back(*s);
  }
  if (pods.empty()) {
    std::cerr << "No resources found" << (o.all ? "" : " in " + o.ns + " namespace") << ".\n";
    return kExitOk;
  }
  std::vector<std::vector<std::string>> table;
  if (o.containers) table.push_back({"POD", "NAME", "CPU(cores)", "MEMORY(bytes)"});
  else table.push_back({"NAME", "CPU(cores)", "MEMORY(bytes)"});
  std::vector<pods::PodView> views;
  for (const auto& s : pods) views.push_back({s, true, state::StateStore(g.root).pod_dir(s.ns, s.name)});
  for (const auto& u : pods::sample_usage(views, o.containers, o.interval_ms)) {
    std::string cpu = std::to_string(u.millicores) + "m", mem = std::to_string(u.memory_bytes / (1024 * 1024)) + "Mi";
    if (o.containers) table.push_back({u.pod, u.name, cpu, mem});
    else table.push_back({u.pod, cpu, mem});
  }
  std::cout << columns(table);
  return kExitOk;
}

}  // namespace

void add_inspect_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto lo = std::make_shared<LogsOptions>();
  CLI::App* logs = app.add_subcommand("logs", "Print a container's logs (podrun logs POD [-c C] [-f] [-p] [--tail N] [--since D])");
  logs->add_option("pod", lo->pod, "Pod (NAME or pod/NAME); or -l");
  logs->add_option("-c,--container", lo->container, "Container (default: the first app container)");
  logs->add_option("-n,--namespace", lo->ns, "Namespace")->capture_default_str();
  logs->add_flag("-f,--follow", lo->follow, "Keep printing new output, across restarts");
  logs->add_flag("-p,--previous", lo->previous, "The previous (terminated) instance of the container");
  logs->add_flag("--timestamps", lo->timestamps, "Prefix each line with its RFC 3339 time");
  logs->add_option("--tail", lo->tail, "Only the last N lines");
  logs->add_option("--since", lo->since, "Only lines newer than this (e.g. 10s, 5m, 1h)");
  logs->add_option("--since-time", lo->since_time, "Only lines at or after this RFC 3339 time");
  logs->add_option("-l,--selector", lo->selector, "The pods whose labels match, each line prefixed [pod/NAME/CONTAINER]");
  logs->add_flag("--all-containers", lo->all_containers, "Every container of the pod (init containers first)");
  logs->add_flag("--prefix", lo->prefix, "Prefix each line with [pod/NAME/CONTAINER]");
  logs->callback([&g, lo, &action] {
    if (!lo->pod.empty()) lo->pod = pod_name_arg("logs", lo->pod);
    if (lo->all_containers && !lo->container.empty()) throw UsageError("logs: --all-containers and -c cannot both be given");
    action = [&g, lo] { return run_logs(g, *lo); };
  });

  auto d = std::make_shared<DescribeOptions>();
  CLI::App* desc = app.add_subcommand(
      "describe",
      "Show a pod (containers, states, probes, namespaces, events), a configmap, secret, workload, service or networkpolicy in detail");
  desc->add_option("args", d->args, "pod|configmap|secret [NAME...]")->required();
  desc->add_option("-n,--namespace", d->ns, "Namespace")->capture_default_str();
  desc->callback([&g, d, &action] {
    d->args = split_type_names("describe", d->args);
    action = [&g, d] { return run_describe(g, *d); };
  });

  auto t = std::make_shared<TopOptions>();
  CLI::App* top = app.add_subcommand("top", "CPU (millicores) and memory (working set) of pods, from their cgroups");
  top->add_option("args", t->args, "pod [NAME...]")->required();
  top->add_option("-n,--namespace", t->ns, "Namespace")->capture_default_str();
  top->add_flag("-A,--all-namespaces", t->all, "Every namespace");
  top->add_flag("--containers", t->containers, "One line per container");
  top->add_option("--interval", t->interval_ms, "Milliseconds between the two CPU samples")->capture_default_str();
  top->callback([&g, t, &action] { action = [&g, t] { return run_top(g, *t); }; });
}

}  // namespace podrun::cli
