// podrun scale · rollout status|history|undo|restart · wait · controllers (hidden): kubectl's
// verbs for Deployments and Jobs, over the pod manager's workloads (src/pods/workloads.h) and
// the controller process (src/pods/controllers.h).
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/jsonpath.h"
#include "cli/terminal.h"
#include "model/selector.h"
#include "plan/controllers.h"
#include "pods/controllers.h"
#include "pods/observe.h"
#include "pods/workloads.h"

namespace podrun::cli {

namespace {

using Clock = std::chrono::steady_clock;

// "deployment/web", "deploy/web", "job/pi" or ("deployment", "web") → kind and name.
std::pair<pods::WorkloadKind, std::string> workload_arg(const std::string& verb, std::vector<std::string> args) {
  if (args.size() == 1) {
    auto slash = args[0].find('/');
    if (slash == std::string::npos) throw UsageError(verb + ": name a workload: deployment/NAME or job/NAME");
    args = {args[0].substr(0, slash), args[0].substr(slash + 1)};
  }
  if (args.size() != 2 || args[1].empty()) throw UsageError(verb + ": name one workload: deployment/NAME or job/NAME");
  auto kind = pods::parse_workload_kind(args[0]);
  if (!kind) throw UsageError(verb + ": " + args[0] + ": not a workload kind (deployment, job)");
  return {*kind, args[1]};
}

std::string qualified(pods::WorkloadKind kind, const std::string& name) {
  return std::string(pods::workload_kind_name(kind)) + "." + pods::workload_group(kind) + "/" + name;
}

long long timeout_ms(const std::string& verb, const std::string& text) {
  auto ms = parse_duration_ms(text);
  if (!ms) throw UsageError(verb + ": --timeout " + text + ": not a duration (30s, 5m, 1h)");
  return *ms;
}

struct ScaleOptions {
  std::vector<std::string> args;
  std::string ns = "default";
  int replicas = -1;
};

int run_scale(const GlobalOptions& g, const ScaleOptions& o) {
  auto [kind, name] = workload_arg("scale", o.args);
  if (o.replicas < 0) throw UsageError("scale: --replicas=COUNT is required (0 or more)");
  if (kind == pods::WorkloadKind::CronJob || kind == pods::WorkloadKind::DaemonSet)
    throw UsageError(std::string("scale: a ") + pods::workload_kind_name(kind) + " cannot be scaled (deployment, statefulset or job)");
  try {
    pods::scale_workload(context(g), kind, o.ns, name, o.replicas);
  } catch (const std::invalid_argument& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    return kExitFailure;
  }
  std::cout << qualified(kind, name) << " scaled\n";
  return kExitOk;
}

struct RolloutOptions {
  std::string action;
  std::vector<std::string> args;
  std::string ns = "default", timeout = "0s";
  int to_revision = 0;
  bool watch = true;
};

int run_rollout(const GlobalOptions& g, const RolloutOptions& o) {
  auto [kind, name] = workload_arg("rollout " + o.action, o.args);
  if (kind != pods::WorkloadKind::Deployment && kind != pods::WorkloadKind::DaemonSet && kind != pods::WorkloadKind::StatefulSet)
    throw UsageError("rollout: podrun rolls out deployments, daemonsets and statefulsets");
  const bool statefulset = kind == pods::WorkloadKind::StatefulSet;
  const bool daemonset = kind == pods::WorkloadKind::DaemonSet;
  pods::Context ctx = context(g);
  auto find = [&, kind = kind, name = name] {
    auto w = pods::find_workload(ctx, kind, o.ns, name);
    if (!w)
      std::cerr << "podrun: " << pods::workload_kind_name(kind) << "s.apps \"" << name << "\" not found in namespace " << o.ns << "\n";
    return w;
  };
  if (o.action == "status") {
    long long limit = timeout_ms("rollout status", o.timeout);
    auto start = Clock::now();
    std::string last;
    for (;;) {
      auto w = find();
      if (!w) return kExitFailure;
      plan::RolloutState s = statefulset ? plan::statefulset_rollout_state(name, w->model.statefulset, w->generation, w->statefulset)
                                         : plan::rollout_state(name, w->model.deployment, w->generation, w->deployment, daemonset);
      if (s.failed) {
        std::cerr << "error: " << s.message << "\n";
        return kExitFailure;
      }
      if (s.message != last) std::cout << s.message << "\n" << std::flush;
      last = s.message;
      if (s.done || !o.watch) return kExitOk;
      if (limit > 0 && Clock::now() - start > std::chrono::milliseconds(limit)) {
        std::cerr << "error: timed out waiting for the condition\n";
        return kExitFailure;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  }
  if (o.action == "history") {
    auto w = find();
    if (!w) return kExitFailure;
    std::cout << qualified(kind, name) << "\nREVISION  CHANGE-CAUSE\n";
    for (const auto& s : statefulset ? w->statefulset.revisions : w->deployment.sets) {
      std::string rev = std::to_string(s.revision);
      std::cout << rev << std::string(rev.size() < 10 ? 10 - rev.size() : 1, ' ') << (s.change_cause.empty() ? "<none>" : s.change_cause)
                << "\n";
    }
    return kExitOk;
  }
  try {
    if (o.action == "undo") {
      pods::rollout_undo(ctx, kind, o.ns, name, o.to_revision);
      std::cout << qualified(kind, name) << " rolled back\n";
    } else if (o.action == "restart") {
      pods::rollout_restart(ctx, kind, o.ns, name);
      std::cout << qualified(kind, name) << " restarted\n";
    } else if (o.action == "pause" || o.action == "resume") {
      bool pause = o.action == "pause";
      if (kind != pods::WorkloadKind::Deployment) {
        // As kubectl: only a Deployment's rollout can be paused.
        std::cerr << "error: " << pods::workload_kind_name(kind) << "s.apps \"" << name << "\" " << (pause ? "pausing" : "resuming")
                  << " is not supported\n";
        return kExitFailure;
      }
      pods::update_workload(ctx, kind, o.ns, name, [&](nlohmann::json& obj) {
        if (pause) obj["spec"]["paused"] = true;
        else obj["spec"].erase("paused");
      });
      std::cout << qualified(kind, name) << (pause ? " paused\n" : " resumed\n");
    } else {
      throw UsageError("rollout: status, history, undo, restart, pause or resume");
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

struct WaitOptions {
  std::vector<std::string> args;
  std::string ns = "default", condition, timeout = "30s", selector;
  bool all = false;
};

// What --for asks, parsed once: kubectl's condition=NAME[=VALUE], delete, create, and
// jsonpath='{EXPR}'[=VALUE] (without a value: the field exists).
struct WaitFor {
  enum class Kind { Condition, Delete, Create, JsonPath } kind = Kind::Condition;
  std::string name, value = "True";  // Condition: the type and its status; JsonPath: the template and its value
  bool any_value = false;            // jsonpath without =VALUE
};

WaitFor parse_wait_for(const std::string& text) {
  WaitFor f;
  if (text == "delete") f.kind = WaitFor::Kind::Delete;
  else if (text == "create") f.kind = WaitFor::Kind::Create;
  else if (text.rfind("condition=", 0) == 0) {
    f.name = text.substr(10);
    if (auto eq = f.name.find('='); eq != std::string::npos) {
      f.value = f.name.substr(eq + 1);
      f.name = f.name.substr(0, eq);
    }
    if (f.name.empty()) throw UsageError("wait: --for=condition=NAME[=VALUE]: the condition is missing");
  } else if (text.rfind("jsonpath=", 0) == 0) {
    f.kind = WaitFor::Kind::JsonPath;
    std::string rest = text.substr(9);
    // kubectl: the expression, then '=' and the value outside any braces: {.status.phase}=Running.
    std::size_t depth = 0, at = std::string::npos;
    for (std::size_t i = 0; i < rest.size() && at == std::string::npos; ++i) {
      if (rest[i] == '{') ++depth;
      else if (rest[i] == '}' && depth > 0) --depth;
      else if (rest[i] == '=' && depth == 0) at = i;
    }
    f.name = relaxed_jsonpath(rest.substr(0, at));
    if (at == std::string::npos) f.any_value = true;
    else f.value = rest.substr(at + 1);
    if (f.name.empty() || f.name == "{}") throw UsageError("wait: --for=jsonpath='{.status.phase}'=Running: the expression is missing");
  } else {
    throw UsageError("wait: unrecognized condition: \"" + text +
                     "\" (condition=NAME[=VALUE], jsonpath='{EXPR}'[=VALUE], delete or create)");
  }
  return f;
}

// An object wait looks at: its kind word as typed, its name, and the kind's parsed form.
struct WaitTarget {
  bool is_pod = false;
  std::optional<pods::WorkloadKind> kind;
  std::string name, shown;
};

// kubectl wait --for=... TYPE/NAME... | TYPE NAME... | TYPE -l SELECTOR | TYPE --all: each
// object's line once its condition holds; exit 1 at the timeout, naming the objects not met.
int run_wait(const GlobalOptions& g, const WaitOptions& o) {
  const WaitFor want = parse_wait_for(o.condition);
  std::vector<std::string> args = split_type_names("wait", o.args);
  if (args.empty()) throw UsageError("wait: name what to wait for: pod/NAME, TYPE NAME... or TYPE -l SELECTOR");
  const std::string kind_word = args[0];
  const bool is_pod = kind_word == "pod" || kind_word == "pods" || kind_word == "po";
  const auto kind = pods::parse_workload_kind(kind_word);
  if (!is_pod && !kind) throw UsageError("wait: " + kind_word + ": not a kind podrun waits for (pods, deployments, jobs, ...)");
  std::vector<std::string> names(args.begin() + 1, args.end());
  const bool by_selection = !o.selector.empty() || o.all;
  if (names.empty() && !by_selection) throw UsageError("wait: resource(s) were provided, but no name was specified (a NAME, -l or --all)");
  if (!names.empty() && by_selection) throw UsageError("wait: name cannot be provided when a selector or --all is specified");
  std::string why;
  const std::optional<model::Selector> parsed = model::parse_selector(o.selector, &why);
  if (!parsed) throw UsageError("wait: -l " + o.selector + ": " + why);
  const model::Selector& selector = *parsed;
  auto lower = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  const long long limit = timeout_ms("wait", o.timeout);
  pods::Context ctx = context(g);
  auto shown_name = [&](const std::string& n) { return is_pod ? "pod/" + n : qualified(*kind, n); };
  // The object as the API server would return it, nullopt when it does not exist.
  auto object_of = [&](const std::string& n) -> std::optional<nlohmann::json> {
    if (is_pod) {
      if (auto p = pods::find_pod(ctx, o.ns, n)) return pods::pod_object(*p);
    } else if (auto w = pods::find_workload(ctx, *kind, o.ns, n)) {
      return w->shown();
    }
    return std::nullopt;
  };
  auto met = [&](const std::optional<nlohmann::json>& obj) {
    switch (want.kind) {
      case WaitFor::Kind::Delete: return !obj;
      case WaitFor::Kind::Create: return obj.has_value();
      case WaitFor::Kind::JsonPath: {
        if (!obj) return false;
        std::string got = jsonpath_print(want.name, *obj, true);
        return want.any_value ? !got.empty() : got == want.value;
      }
      case WaitFor::Kind::Condition: break;
    }
    if (!obj) return false;
    // A Deployment's conditions are of the generation its controller last saw.
    const nlohmann::json& status = obj->contains("status") ? (*obj)["status"] : nlohmann::json::object();
    if (kind == pods::WorkloadKind::Deployment && obj->contains("metadata") &&
        status.value("observedGeneration", 0) < (*obj)["metadata"].value("generation", 1))
      return false;
    for (const auto& c : status.value("conditions", nlohmann::json::array()))
      if (lower(c.value("type", "")) == lower(want.name)) return lower(c.value("status", "")) == lower(want.value);
    return false;
  };
  // The names a selection stands for, fixed at the start as kubectl's are.
  if (by_selection) {
    if (is_pod) {
      for (const auto& p : pods::select_pods(pods::list_pods(ctx, o.ns), selector)) names.push_back(p.state.name);
    } else {
      for (const auto& w : pods::list_workloads(ctx, *kind, o.ns))
        if (selector.matches(w.labels())) names.push_back(w.name);
    }
    if (names.empty()) {
      if (want.kind == WaitFor::Kind::Delete) return kExitOk;
      std::cerr << "error: no matching resources found\n";
      return kExitFailure;
    }
  }
  const auto start = Clock::now();
  std::vector<bool> done(names.size(), false);
  StatusLine progress;  // on a terminal: what is still awaited, and for how long
  for (;;) {
    std::size_t left = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (done[i]) continue;
      std::optional<nlohmann::json> obj = object_of(names[i]);
      if (met(obj)) {
        done[i] = true;
        progress.clear();
        std::cout << shown_name(names[i]) << " condition met" << std::endl;
        continue;
      }
      // A named object that is not there, for a condition on it: kubectl's NotFound, after a
      // second's grace for one that is being created.
      if (!obj && want.kind != WaitFor::Kind::Delete && want.kind != WaitFor::Kind::Create &&
          Clock::now() - start > std::chrono::seconds(1)) {
        progress.clear();
        std::cerr << "Error from server (NotFound): " << (is_pod ? std::string("pods") : kind_word) << " \"" << names[i]
                  << "\" not found\n";
        return kExitFailure;
      }
      ++left;
    }
    if (left == 0) return kExitOk;
    const auto waited = std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - start).count();
    progress.show("waiting for " + (left == 1 ? std::string("1 object") : std::to_string(left) + " objects") + " (--for=" + o.condition +
                  "): " + std::to_string(waited) + "s of " + o.timeout);
    if (Clock::now() - start > std::chrono::milliseconds(limit)) {
      progress.clear();
      for (std::size_t i = 0; i < names.size(); ++i)
        if (!done[i]) std::cerr << "error: timed out waiting for the condition on " << shown_name(names[i]) << "\n";
      return kExitFailure;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

int g_controller_stop = -1;  // NOLINT: the signal handler's only way out
void on_controller_stop(int) {
  char c = 's';
  if (::write(g_controller_stop, &c, 1) < 0) {}
}

int run_controllers_command(const GlobalOptions& g) {
  int p[2];
  if (::pipe(p) != 0) return kExitFailure;
  g_controller_stop = p[1];
  struct sigaction sa = {};
  sa.sa_handler = on_controller_stop;
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGINT, &sa, nullptr);
  ::signal(SIGHUP, SIG_IGN);
  ::signal(SIGPIPE, SIG_IGN);
  return pods::run_controllers(context(g), p[0]);
}

}  // namespace

void add_workload_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto sc = std::make_shared<ScaleOptions>();
  CLI::App* scale =
      app.add_subcommand("scale", "Set a Deployment's replicas or a Job's parallelism (podrun scale deployment/web --replicas=3)");
  scale->add_option("args", sc->args, "deployment/NAME | job/NAME")->required();
  scale->add_option("--replicas", sc->replicas, "The new count")->required();
  scale->add_option("-n,--namespace", sc->ns, "Namespace")->capture_default_str();
  scale->callback([&g, sc, &action] { action = [&g, sc] { return run_scale(g, *sc); }; });

  auto ro = std::make_shared<RolloutOptions>();
  CLI::App* rollout = app.add_subcommand("rollout", "A Deployment's rollout: status, history, undo, restart, pause, resume");
  rollout->add_option("action", ro->action, "status | history | undo | restart | pause | resume")
      ->required()
      ->check(CLI::IsMember({"status", "history", "undo", "restart", "pause", "resume"}));
  rollout->add_option("args", ro->args, "deployment/NAME")->required();
  rollout->add_option("-n,--namespace", ro->ns, "Namespace")->capture_default_str();
  rollout->add_option("--timeout", ro->timeout, "status: how long to wait (0s: no limit)")->capture_default_str();
  rollout->add_option("--to-revision", ro->to_revision, "undo: the revision to go back to (default: the previous one)");
  rollout->add_flag("-w,--watch", ro->watch, "status: wait until the rollout is done (--watch=false: say where it is)");
  rollout->callback([&g, ro, &action] { action = [&g, ro] { return run_rollout(g, *ro); }; });

  auto wo = std::make_shared<WaitOptions>();
  CLI::App* wait = app.add_subcommand("wait", "Wait for a condition: podrun wait --for=condition=complete job/NAME");
  wait->add_option("args", wo->args, "TYPE/NAME... | TYPE NAME... | TYPE with -l or --all (pods, deployments, jobs, ...)")->required();
  wait->add_option("--for", wo->condition,
                   "condition=NAME[=VALUE] (Ready, complete, failed, available, ...), jsonpath='{.status.phase}'=Running, delete or create")
      ->required();
  wait->add_option("-l,--selector", wo->selector, "The objects of TYPE whose labels match");
  wait->add_flag("--all", wo->all, "Every object of TYPE in the namespace");
  wait->add_option("-n,--namespace", wo->ns, "Namespace")->capture_default_str();
  wait->add_option("--timeout", wo->timeout, "How long to wait")->capture_default_str();
  wait->callback([&g, wo, &action] { action = [&g, wo] { return run_wait(g, *wo); }; });

  CLI::App* ctl = app.add_subcommand("controllers", "");  // hidden: the controller process that apply starts
  ctl->group("");
  ctl->callback([&g, &action] { action = [&g] { return run_controllers_command(g); }; });
}

}  // namespace podrun::cli
