#include "state/pod_state.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>
#include <tuple>

#include <nlohmann/json.hpp>

#include "common/files.h"

namespace podrun::state {

using json = nlohmann::json;

StateStore::StateStore(std::string root) : root_(std::move(root)) {}

std::string StateStore::pod_dir(const std::string& ns, const std::string& name) const { return root_ + "/pods/" + ns + "/" + name; }

const char* container_type_name(ContainerType t) {
  switch (t) {
    case ContainerType::Init: return "init";
    case ContainerType::Sidecar: return "sidecar";
    case ContainerType::App: return "app";
    case ContainerType::Ephemeral: return "ephemeral";
  }
  return "";
}

const char* run_state_name(RunState s) {
  switch (s) {
    case RunState::Waiting: return "waiting";
    case RunState::Running: return "running";
    case RunState::Terminated: return "terminated";
  }
  return "";
}

const char* phase_name(PodPhase p) {
  switch (p) {
    case PodPhase::Pending: return "Pending";
    case PodPhase::Running: return "Running";
    case PodPhase::Succeeded: return "Succeeded";
    case PodPhase::Failed: return "Failed";
  }
  return "";
}

namespace {

// A name back to its enum; a name this version does not know (a newer one's state) is `fallback`.
template <typename E, std::size_t N>
E from_name(const std::string& name, const E (&all)[N], const char* (*to_name)(E), E fallback) {
  for (E e : all)
    if (name == to_name(e)) return e;
  return fallback;
}

constexpr ContainerType kContainerTypes[] = {ContainerType::Init, ContainerType::Sidecar, ContainerType::App, ContainerType::Ephemeral};
constexpr RunState kRunStates[] = {RunState::Waiting, RunState::Running, RunState::Terminated};
constexpr PodPhase kPhases[] = {PodPhase::Pending, PodPhase::Running, PodPhase::Succeeded, PodPhase::Failed};

json terminated_json(const TerminatedState& t) {
  return {{"exitCode", t.exit_code}, {"signal", t.signal},        {"reason", t.reason},
          {"message", t.message},    {"startedAt", t.started_at}, {"finishedAt", t.finished_at}};
}

TerminatedState terminated_from(const json& j) {
  return {j.value("exitCode", 0), j.value("signal", 0),     j.value("reason", ""),
          j.value("message", ""), j.value("startedAt", ""), j.value("finishedAt", "")};
}

json container_json(const ContainerState& c) {
  json cj{{"name", c.name},
          {"type", container_type_name(c.type)},
          {"image", c.image},
          {"pid", c.pid},
          {"startTime", c.start_time},
          {"state", run_state_name(c.state)},
          {"reason", c.reason},
          {"message", c.message},
          {"exitCode", c.exit_code},
          {"signal", c.signal},
          {"restartCount", c.restart_count},
          {"ready", c.ready},
          {"started", c.started},
          {"startedAt", c.started_at},
          {"finishedAt", c.finished_at}};
  if (c.last_state) cj["lastState"] = terminated_json(*c.last_state);
  return cj;
}

ContainerState container_from(const json& c) {
  ContainerState cs;
  cs.name = c.value("name", "");
  cs.type = from_name(c.value("type", ""), kContainerTypes, container_type_name, ContainerType::App);
  cs.image = c.value("image", "");
  cs.pid = c.value("pid", 0);
  cs.start_time = c.value("startTime", 0ULL);
  cs.state = from_name(c.value("state", ""), kRunStates, run_state_name, RunState::Waiting);
  cs.reason = c.value("reason", "");
  cs.message = c.value("message", "");
  cs.exit_code = c.value("exitCode", 0);
  cs.signal = c.value("signal", 0);
  cs.restart_count = c.value("restartCount", 0);
  cs.ready = c.value("ready", false);
  cs.started = c.value("started", false);
  cs.started_at = c.value("startedAt", "");
  cs.finished_at = c.value("finishedAt", "");
  if (c.contains("lastState")) cs.last_state = terminated_from(c["lastState"]);
  return cs;
}

json to_json(const PodState& s) {
  json cs = json::array(), ephemeral = json::array();
  for (const auto& c : s.containers) cs.push_back(container_json(c));
  for (const auto& c : s.ephemeral_containers) ephemeral.push_back(container_json(c));
  json conds = json::array();
  for (const auto& c : s.conditions)
    conds.push_back({{"type", c.type}, {"status", c.status}, {"reason", c.reason}, {"lastTransitionTime", c.last_transition}});
  json events = json::array();
  for (const auto& e : s.events)
    events.push_back({{"type", e.type},
                      {"reason", e.reason},
                      {"object", e.object},
                      {"message", e.message},
                      {"count", e.count},
                      {"firstTimestamp", e.first},
                      {"lastTimestamp", e.last}});
  json cgroups = json::array();
  for (const auto& c : s.cgroups) {
    json values = json::array();
    for (const auto& [file, value] : c.values) values.push_back({{"file", file}, {"value", value}});
    cgroups.push_back({{"owner", c.owner}, {"path", c.path}, {"values", values}});
  }
  return {{"namespace", s.ns},
          {"name", s.name},
          {"uid", s.uid},
          {"specHash", s.spec_hash},
          {"phase", phase_name(s.phase)},
          {"reason", s.reason},
          {"message", s.message},
          {"created", s.created},
          {"startTime", s.start_time},
          {"deletionTimestamp", s.deletion_timestamp},
          {"qosClass", s.qos},
          {"podIP", s.pod_ip},
          {"supervisor", {{"pid", s.supervisor_pid}, {"startTime", s.supervisor_start}}},
          {"pause", {{"pid", s.pause_pid}, {"startTime", s.pause_start}, {"usernsHostID", s.userns_host_id}}},
          {"containers", cs},
          {"ephemeralContainers", ephemeral},
          {"conditions", conds},
          {"events", events},
          {"cgroupVersion", s.cgroup_version},
          {"cgroups", cgroups},
          {"deleting", s.deleting}};
}

PodState from_json(const json& j) {
  PodState s;
  s.ns = j.value("namespace", "");
  s.name = j.value("name", "");
  s.uid = j.value("uid", "");
  s.spec_hash = j.value("specHash", "");
  s.phase = from_name(j.value("phase", ""), kPhases, phase_name, PodPhase::Pending);
  s.reason = j.value("reason", "");
  s.message = j.value("message", "");
  s.created = j.value("created", "");
  s.start_time = j.value("startTime", "");
  s.deletion_timestamp = j.value("deletionTimestamp", "");
  s.qos = j.value("qosClass", "");
  s.pod_ip = j.value("podIP", "");
  json sup = j.value("supervisor", json::object()), pause = j.value("pause", json::object());
  s.supervisor_pid = sup.value("pid", 0);
  s.supervisor_start = sup.value("startTime", 0ULL);
  s.pause_pid = pause.value("pid", 0);
  s.pause_start = pause.value("startTime", 0ULL);
  s.userns_host_id = pause.value("usernsHostID", static_cast<std::int64_t>(-1));
  s.deleting = j.value("deleting", false);
  for (const auto& c : j.value("containers", json::array())) s.containers.push_back(container_from(c));
  for (const auto& c : j.value("ephemeralContainers", json::array())) s.ephemeral_containers.push_back(container_from(c));
  for (const auto& c : j.value("conditions", json::array()))
    s.conditions.push_back({c.value("type", ""), c.value("status", false), c.value("reason", ""), c.value("lastTransitionTime", "")});
  s.cgroup_version = j.value("cgroupVersion", "");
  for (const auto& c : j.value("cgroups", json::array())) {
    CgroupRecord r{c.value("owner", ""), c.value("path", ""), {}};
    for (const auto& v : c.value("values", json::array())) r.values.emplace_back(v.value("file", ""), v.value("value", ""));
    s.cgroups.push_back(r);
  }
  for (const auto& e : j.value("events", json::array()))
    s.events.push_back({e.value("type", ""), e.value("reason", ""), e.value("object", ""), e.value("message", ""), e.value("count", 1),
                        e.value("firstTimestamp", ""), e.value("lastTimestamp", "")});
  return s;
}

void write_atomic(const std::string& path, const std::string& data) {
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("open `" + tmp + "`: " + std::strerror(errno));
  // The rename publishes the whole new file or nothing, to every reader. No fsync, as runc
  // writes its state.json: the state describes running processes, which a power loss ends
  // anyway, so it has nothing to make durable; on a /run that is not a tmpfs (this CI's VM)
  // the call cost about 2 ms of every pod start.
  bool ok = ::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size());
  int err = errno;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("write `" + path + "`: " + std::strerror(ok ? errno : err));
  }
}

}  // namespace

std::optional<PodState> StateStore::load(const std::string& ns, const std::string& name) const {
  std::optional<std::string> text = files::read(paths(ns, name).state());
  if (!text) return std::nullopt;
  try {
    return from_json(json::parse(*text));
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

void StateStore::save(const PodState& s) const { write_atomic(paths(s.ns, s.name).state(), to_json(s).dump(2) + "\n"); }

std::vector<PodState> StateStore::list(const std::string& only_ns) const {
  std::vector<PodState> out;
  std::string pods = root_ + "/pods";
  std::vector<files::Entry> namespaces;
  files::list(pods, namespaces);
  for (const auto& nsdir : namespaces) {
    const std::string& ns = nsdir.name;
    if (!only_ns.empty() && ns != only_ns) continue;
    std::vector<files::Entry> poddirs;
    files::list(pods + "/" + ns, poddirs);
    for (const auto& poddir : poddirs)
      if (auto s = load(ns, poddir.name)) out.push_back(*s);
  }
  std::sort(out.begin(), out.end(), [](const PodState& a, const PodState& b) { return std::tie(a.ns, a.name) < std::tie(b.ns, b.name); });
  return out;
}

StateStore::Lock& StateStore::Lock::operator=(Lock&& o) noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = o.fd_;
  o.fd_ = -1;
  return *this;
}

StateStore::Lock::~Lock() {
  if (fd_ >= 0) ::close(fd_);
}

namespace {

StateStore::Lock lock_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("open `" + path + "`: " + std::strerror(errno));
  while (::flock(fd, LOCK_EX) != 0)
    if (errno != EINTR) throw std::runtime_error("flock `" + path + "`: " + std::strerror(errno));
  return StateStore::Lock(fd);
}

}  // namespace

StateStore::Lock StateStore::lock_global() const {
  if (!files::make_dirs(root_ + "/pods")) throw std::runtime_error("create `" + root_ + "/pods`: " + std::strerror(errno));
  ::chmod(root_.c_str(), 0700);
  return lock_file(root_ + "/lock");
}

void StateStore::save_namespace(const std::string& name, const std::map<std::string, std::string>& labels) const {
  if (!files::make_dirs(root_ + "/namespaces", 0700))
    throw std::runtime_error("create `" + root_ + "/namespaces`: " + std::strerror(errno));
  write_atomic(root_ + "/namespaces/" + name + ".json", json{{"name", name}, {"labels", labels}}.dump(2) + "\n");
}

std::optional<std::map<std::string, std::string>> StateStore::load_namespace(const std::string& name) const {
  std::optional<std::string> text = files::read(root_ + "/namespaces/" + name + ".json");
  if (!text) return std::nullopt;
  try {
    return json::parse(*text).at("labels").get<std::map<std::string, std::string>>();
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::map<std::string, std::map<std::string, std::string>> StateStore::namespaces() const {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::vector<files::Entry> entries;
  files::list(root_ + "/namespaces", entries);
  for (const auto& e : entries) {
    if (e.name.size() <= 5 || e.name.compare(e.name.size() - 5, 5, ".json") != 0) continue;
    std::string name = e.name.substr(0, e.name.size() - 5);
    if (auto labels = load_namespace(name)) out[name] = *labels;
  }
  return out;
}

bool StateStore::remove_namespace(const std::string& name) const {
  return ::unlink((root_ + "/namespaces/" + name + ".json").c_str()) == 0;
}

namespace {
const char* object_dir(StateStore::ObjectKind kind) {
  switch (kind) {
    case StateStore::ObjectKind::Secret: return "secrets";
    case StateStore::ObjectKind::Deployment: return "deployments";
    case StateStore::ObjectKind::Job: return "jobs";
    case StateStore::ObjectKind::DeploymentStatus: return "status/deployments";
    case StateStore::ObjectKind::JobStatus: return "status/jobs";
    case StateStore::ObjectKind::Service: return "services";
    case StateStore::ObjectKind::CronJob: return "cronjobs";
    case StateStore::ObjectKind::CronJobStatus: return "status/cronjobs";
    case StateStore::ObjectKind::DaemonSet: return "daemonsets";
    case StateStore::ObjectKind::DaemonSetStatus: return "status/daemonsets";
    case StateStore::ObjectKind::StatefulSet: return "statefulsets";
    case StateStore::ObjectKind::StatefulSetStatus: return "status/statefulsets";
    case StateStore::ObjectKind::NetworkPolicy: return "networkpolicies";
    default: return "configmaps";
  }
}
}  // namespace

void StateStore::save_object(ObjectKind kind, const std::string& ns, const std::string& name, const std::string& text) const {
  const std::string dir = root_ + "/" + object_dir(kind) + "/" + ns;
  if (!files::make_dirs(dir, 0700)) throw std::runtime_error("create `" + dir + "`: " + std::strerror(errno));
  write_atomic(dir + "/" + name + ".json", text);
}

std::optional<std::string> StateStore::load_object(ObjectKind kind, const std::string& ns, const std::string& name) const {
  return files::read(root_ + "/" + object_dir(kind) + "/" + ns + "/" + name + ".json");
}

std::vector<StateStore::StoredObject> StateStore::objects(ObjectKind kind, const std::string& only_ns) const {
  std::vector<StoredObject> out;
  const std::string base = root_ + "/" + object_dir(kind);
  std::vector<files::Entry> namespaces;
  files::list(base, namespaces);
  for (const auto& n : namespaces) {
    if (!only_ns.empty() && n.name != only_ns) continue;
    std::vector<files::Entry> entries;
    files::list(base + "/" + n.name, entries);
    for (const auto& e : entries) {
      const std::string suffix = ".json";
      if (e.name.size() <= suffix.size() || e.name.compare(e.name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
      std::string name = e.name.substr(0, e.name.size() - suffix.size());
      if (auto text = load_object(kind, n.name, name)) out.push_back({n.name, name, *text});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.ns, a.name) < std::tie(b.ns, b.name); });
  return out;
}

bool StateStore::remove_object(ObjectKind kind, const std::string& ns, const std::string& name) const {
  const std::string dir = root_ + "/" + object_dir(kind) + "/" + ns;
  bool removed = ::unlink((dir + "/" + name + ".json").c_str()) == 0;
  ::rmdir(dir.c_str());  // the namespace's directory, when it was the last
  return removed;
}

StateStore::Lock StateStore::lock_pod(const std::string& ns, const std::string& name) const { return lock_file(paths(ns, name).lock()); }

}  // namespace podrun::state
