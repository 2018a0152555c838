// podrun apply · diff · get · delete · exec · gc · matrix: the pod manager's verbs (src/pods/). This
// file parses their flags and renders their results; the work is the pod manager's.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/jsonpath.h"
#include "cli/matrix_svg.h"
#include "cli/pull_progress.h"
#include "cli/report.h"
#include "cli/terminal.h"
#include "cli/yaml_out.h"
#include "common/error.h"
#include "common/files.h"
#include "common/linkage.h"
#include "model/quantity.h"
#include "model/selector.h"
#include "net/ipam.h"
#include "pods/apply.h"
#include "pods/debug.h"
#include "pods/delete.h"
#include "pods/exec.h"
#include "pods/gc.h"
#include "pods/network_policies.h"
#include "pods/objects.h"
#include "pods/observe.h"
#include "pods/services.h"
#include "pods/workloads.h"
#include "state/pod_status.h"

namespace podrun::cli {

namespace {

using nlohmann::json;

// -l/--selector's value, checked: a bad one is a usage error, as in kubectl.
model::Selector selector_flag(const std::string& command, const std::string& text) {
  std::string why;
  auto sel = model::parse_selector(text, &why);
  if (!sel) throw UsageError(command + ": -l " + text + ": " + why);
  return *sel;
}

// kubectl's LABELS column: k=v pairs sorted by key, or <none>.
std::string labels_column(const std::map<std::string, std::string>& labels) {
  std::string out;
  for (const auto& [k, v] : labels) out += (out.empty() ? "" : ",") + k + "=" + v;
  return out.empty() ? "<none>" : out;
}

// ---------------------------------------------------------------------------------------------
// apply

struct ApplyOptions {
  std::vector<std::string> files;
  bool wait = false;
  std::string timeout = "5m";
  std::string backoff_base;  // "" = the kubelet's 10s
  std::string log_max_size;  // "" = the kubelet's containerLogMaxSize, 10Mi
  std::string bridge = net::kDefaultBridge, subnet = net::kDefaultSubnet;
  std::string idmapped_mounts = "auto";
  std::string service_cidr = "10.96.0.0/16", resolv_conf;
  PolicyFlags policy;
  pods::PullFlags pull;
  bool quiet = false;
  std::string applyset, selector, dry_run = "none";
  bool prune = false, force = false;
  std::string ns;      // -n: for objects that name no namespace
  std::string output;  // -o yaml|json|name: the applied objects instead of "pod/x created"
};

// The flags' values, checked: a bad one is a usage error before anything is read.
pods::SupervisorSettings supervisor_settings(const ApplyOptions& o) {
  pods::SupervisorSettings s;
  if (!o.backoff_base.empty()) {
    auto base = parse_duration_ms(o.backoff_base);
    if (!base || *base == 0) throw UsageError("apply: --backoff-base " + o.backoff_base + ": not a positive duration (e.g. 200ms, 10s)");
    s.backoff.base = std::chrono::milliseconds{*base};
    // The cap keeps the kubelet's ratio (300 s for 10 s), the reset its 10 minutes' ratio.
    s.backoff.max = std::chrono::milliseconds{*base * 30};
    s.backoff.reset_after = std::chrono::milliseconds{*base * 60};
  }
  if (!o.log_max_size.empty()) {
    auto q = model::parse_quantity(o.log_max_size);
    auto bytes = q ? q->value() : std::nullopt;
    if (!bytes || *bytes < 4096)
      throw UsageError("apply: --log-max-size " + o.log_max_size + ": not a size of at least 4Ki (e.g. 64Ki, 10Mi)");
    s.log_max_bytes = static_cast<std::uint64_t>(*bytes);
  }
  if (!net::parse_cidr(o.subnet))
    throw UsageError("apply: --subnet " + o.subnet + ": not an IPv4 CIDR with a prefix of 8 to 30 (e.g. 10.85.0.0/16)");
  if (o.bridge.empty() || o.bridge.size() > 15 || o.bridge.find_first_of("/ \t") != std::string::npos)
    throw UsageError("apply: --bridge " + o.bridge + ": not a network interface name (1 to 15 characters)");
  s.bridge = o.bridge;
  s.subnet = o.subnet;
  if (!net::parse_cidr(o.service_cidr))
    throw UsageError("apply: --service-cidr " + o.service_cidr + ": not an IPv4 CIDR with a prefix of 8 to 30 (e.g. 10.96.0.0/16)");
  s.service_cidr = o.service_cidr;
  s.resolv_conf = o.resolv_conf;
  s.idmapped_mounts = o.idmapped_mounts;
  return s;
}

// --applyset, --prune and -l, as apply and diff take them: checked, and the selector parsed.
void check_set_flags(const std::string& verb, const std::string& applyset, bool prune, const std::string& selector,
                     pods::ApplyRequest& req) {
  if (!selector.empty()) req.selector = selector_flag(verb, selector);
  if (prune && applyset.empty())
    throw UsageError(verb + ": --prune needs --applyset NAME: podrun prunes only the members of a set, never what it did not label");
  if (!applyset.empty())
    if (std::string why = model::label_value_error(applyset); !why.empty())
      throw UsageError(verb + ": --applyset " + applyset + ": the name is a label value: " + why);
}

int print_objects(const std::string& format, const json& items, bool single, bool no_headers = false);

// An applied object as get -o yaml shows it; its kind, namespace and name when it is not stored
// (a dry run, a kind get does not list).
json applied_object(const pods::Context& ctx, const pods::ObjectResult& r) {
  if (r.kind == "pod")
    if (auto p = pods::find_pod(ctx, r.ns, r.name)) return pods::pod_object(*p);
  if (auto kind = pods::parse_object_kind(r.kind))
    if (auto obj = pods::find_object(ctx, *kind, r.ns, r.name)) return obj->shown();
  const std::string word = r.kind.substr(0, r.kind.find('.'));
  if (auto kind = pods::parse_workload_kind(word))
    if (auto w = pods::find_workload(ctx, *kind, r.ns, r.name)) return w->shown();
  json meta = {{"name", r.name}};
  if (!r.ns.empty()) meta["namespace"] = r.ns;
  std::string kind = word;
  if (!kind.empty()) kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
  return {{"apiVersion", "v1"}, {"kind", kind}, {"metadata", meta}};
}

int run_apply(const GlobalOptions& g, const ApplyOptions& o) {
  auto timeout = parse_duration_ms(o.timeout);
  if (!timeout) throw UsageError("apply: --timeout " + o.timeout + ": not a duration (e.g. 30s, 5m)");
  pods::ApplyRequest req;
  req.files = o.files;
  req.policy = o.policy;
  req.settings = supervisor_settings(o);
  req.pull = o.pull;
  req.applyset = o.applyset;
  req.prune = o.prune;
  req.dry_run = o.dry_run != "none";
  check_set_flags("apply", o.applyset, o.prune, o.selector, req);
  req.force = o.force;
  req.default_namespace = o.ns;
  const std::string dry = o.dry_run == "client" ? " (dry run)" : o.dry_run == "server" ? " (server dry run)" : "";
  PullProgressView pulls(o.quiet);
  req.pull.progress = [&](const std::string& image, const image::PullProgress& p) { pulls.update(image, p); };
  // On a terminal, how far the pods' starts are (a large input takes a moment); nothing
  // in a pipe.
  StatusLine progress;
  req.on_pod_settled = [&](std::size_t settled, std::size_t total) {
    if (total > 1) progress.show("starting pods: " + std::to_string(settled) + "/" + std::to_string(total));
  };
  // Linked statically, this process hands the command on to podrun-dynamic when a pull turns
  // out to be needed (common/linkage.h): what it would have printed by then is held back, and
  // what it read from standard input is kept for the other to read again.
  const bool may_hand_on = linked_statically();
  HeldOutput held(may_hand_on);
  std::optional<StdinCopy> stdin_copy;
  if (may_hand_on && std::find(o.files.begin(), o.files.end(), "-") != o.files.end()) stdin_copy.emplace();
  auto report = make_report("text", held.stream(), false);
  // The documents' messages come out once nothing can hand the command on any more: after
  // the pulls, before the pods start (a refused document is said before the others run).
  req.on_pulled = [&held] { held.release(); };
  pods::ApplyResult r;
  try {
    r = pods::apply(context(g), req, [&](loader::DocumentResult&& d) {
      report->add(d);  // every document: the summary counts the whole input
    });
  } catch (const NeedsDynamicBuild&) {
    held.discard();
    if (stdin_copy) stdin_copy->rewind();
    throw;
  }
  held.release();
  progress.clear();
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  switch (r.status) {
    case pods::ApplyResult::Status::BadInput: return kExitUsage;
    case pods::ApplyResult::Status::Invalid: report->finish(); return kExitFailure;
    case pods::ApplyResult::Status::NoObjects: std::cerr << "podrun: no pods in the input\n"; return kExitFailure;
    case pods::ApplyResult::Status::Applied: break;
  }
  for (const auto& w : r.warnings) std::cerr << "podrun: warning: " << w << "\n";
  std::vector<pods::PodName> started;
  json shown_objects = json::array();
  for (const auto& obj : r.objects) {
    std::string label = obj.kind + "/" + obj.name;
    if (!o.output.empty() && obj.outcome != pods::ObjectResult::Outcome::Failed && obj.outcome != pods::ObjectResult::Outcome::Pruned) {
      // -o: the objects as stored, as kubectl prints the server's answer; the line otherwise.
      if (obj.kind == "pod") started.emplace_back(obj.ns, obj.name);
      if (o.output == "name") std::cout << label << "\n";
      else shown_objects.push_back(applied_object(context(g), obj));
      continue;
    }
    switch (obj.outcome) {
      case pods::ObjectResult::Outcome::Failed: std::cerr << "podrun: " << label << ": " << obj.message << "\n"; continue;
      case pods::ObjectResult::Outcome::Unchanged: std::cout << label << " unchanged" << dry << "\n"; break;
      case pods::ObjectResult::Outcome::Configured: std::cout << label << " configured" << dry << "\n"; break;
      case pods::ObjectResult::Outcome::Created: std::cout << label << " created" << dry << "\n"; break;
      case pods::ObjectResult::Outcome::Pruned: std::cout << label << " pruned" << dry << "\n"; continue;
    }
    if (obj.kind == "pod") started.emplace_back(obj.ns, obj.name);
  }
  if (!shown_objects.empty()) print_objects(o.output, shown_objects, shown_objects.size() == 1);
  // Documents refused, the rest applied (kubectl's way): their problems went to stderr as
  // they were found; the summary says how many, and the exit code that something failed.
  if (r.invalid_documents > 0) {
    report->finish();
    return kExitFailure;
  }
  if (r.any_failed()) return kExitFailure;
  if (!o.wait || !dry.empty()) return kExitOk;
  for (const auto& w : pods::wait_ready(context(g), started, *timeout)) {
    if (w.outcome == pods::WaitResult::Outcome::Ready) {
      std::cout << "pod/" << w.pod.second << " condition met\n";
      continue;
    }
    if (w.outcome == pods::WaitResult::Outcome::WillNotBeReady)
      std::cerr << "podrun: pod/" << w.pod.second << " will not become Ready: " << w.reason << "\n";
    else std::cerr << "podrun: timed out waiting for pod/" << w.pod.second << " to be Ready (" << w.reason << ")\n";
    return kExitFailure;
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// get

// -o forms that print the objects themselves rather than a table.
bool prints_objects(const std::string& output) {
  return output == "json" || output == "yaml" || output.rfind("jsonpath", 0) == 0 || output.rfind("custom-columns", 0) == 0;
}

// -o jsonpath-file=F, custom-columns-file=F: the template is the file's text.
std::string output_template(const std::string& output, const std::string& form) {
  const std::string value = output.substr(form.size() + 1);
  if (form.size() < 5 || form.compare(form.size() - 5, 5, "-file") != 0) return value;
  std::optional<std::string> text = files::read(value);
  if (!text) throw UsageError("get: -o " + form + ": cannot read " + value + ": " + std::strerror(errno));
  return *text;
}

// kubectl's custom-columns-file: a line of headers, a line of expressions, blank-separated.
std::vector<CustomColumn> columns_from_file(const std::string& text) {
  std::vector<std::string> lines = files::split(text, '\n');
  auto words = [](const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
  };
  std::vector<std::string> heads = lines.empty() ? std::vector<std::string>{} : words(lines[0]);
  std::vector<std::string> exprs = lines.size() < 2 ? std::vector<std::string>{} : words(lines[1]);
  if (heads.empty() || heads.size() != exprs.size())
    throw UsageError("get: -o custom-columns-file: expected a line of headers and a line of as many expressions");
  std::string spec;
  for (std::size_t i = 0; i < heads.size(); ++i) spec += (i ? "," : "") + heads[i] + ":" + exprs[i];
  return parse_custom_columns(spec);
}

// get -o json|yaml|jsonpath=|custom-columns=: the one object asked for by name, else a v1
// List of them, as kubectl hands its printers (custom-columns: a row per object).
int print_objects(const std::string& format, const json& items, bool single, bool no_headers) {
  json doc = single ? items[0] : json{{"apiVersion", "v1"}, {"kind", "List"}, {"items", items}, {"metadata", {{"resourceVersion", ""}}}};
  for (const char* form : {"custom-columns-file", "custom-columns"})
    if (format.rfind(std::string(form) + "=", 0) == 0) {
      const std::string spec = output_template(format, form);
      std::vector<CustomColumn> cols = std::string(form) == "custom-columns" ? parse_custom_columns(spec) : columns_from_file(spec);
      std::vector<json> objects(items.begin(), items.end());
      std::vector<std::vector<std::string>> rows = custom_column_rows(cols, objects, !no_headers);
      if (!rows.empty()) std::cout << columns(rows);
      return kExitOk;
    }
  for (const char* form : {"jsonpath-file", "jsonpath"})
    if (format.rfind(std::string(form) + "=", 0) == 0) {
      std::cout << jsonpath_print(output_template(format, form), doc);
      return kExitOk;
    }
  if (format == "json") {
    std::cout << doc.dump(2) << "\n";
  } else {
    std::cout << kubectl_yaml(doc);
  }
  return kExitOk;
}

struct GetOptions {
  std::vector<std::string> args;  // "pods" [NAME...]
  std::string output, ns = "default", selector;
  bool all = false, show_labels = false, no_headers = false;
  std::string for_object;                  // get events --for pod/NAME
  bool watch = false, watch_only = false;  // get pods -w / --watch-only
  std::string sort_by;                     // --sort-by: a JSONPath over each object
};

// get's table as the flags ask: `-o name` prints RESOURCE/NAME per object (kubectl's form,
// `deployment.apps/web`), `--no-headers` drops the header row. rows[0] is the header.
std::string get_table(const GetOptions& o, std::vector<std::vector<std::string>> rows, const std::string& resource,
                      const CellPainter& paint_cell = {}) {
  if (o.output == "name") {
    const std::size_t name_at = o.all ? 1 : 0;
    std::string out;
    for (std::size_t i = 1; i < rows.size(); ++i) out += resource + "/" + rows[i][name_at] + "\n";
    return out;
  }
  if (o.no_headers && !rows.empty()) rows.erase(rows.begin());
  return rows.empty() ? "" : columns(rows, paint_cell, !o.no_headers);
}

// --sort-by: the objects in the order of a JSONPath over each, as kubectl's (stable; missing
// values first). The views follow their objects.
template <typename View, typename Shown>
void sort_listed(const GetOptions& o, std::vector<View>& listed, Shown shown) {
  if (o.sort_by.empty()) return;
  // Each object carries its view's index through the sort, under a key no expression names.
  const std::string kAt = std::string(1, '\0') + "podrun-index";
  std::vector<json> objects;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    objects.push_back(shown(listed[i]));
    objects.back()[kAt] = i;
  }
  sort_by(objects, o.sort_by);
  std::vector<View> sorted;
  for (const json& obj : objects) sorted.push_back(listed[obj[kAt].get<std::size_t>()]);
  listed = std::move(sorted);
}

// get's steps shared by every kind: NAME arguments narrow `listed` (in their order); -o json|yaml
// prints the objects; an empty list says so. Returns the exit code when get is done, nullopt
// when the table is still to be printed.
template <typename View>
std::optional<int> list_or_print(const GetOptions& o, const char* what, std::vector<View>& listed) {
  std::vector<std::string> names(o.args.begin() + 1, o.args.end());
  if (!names.empty() && !o.selector.empty()) throw UsageError("get: name cannot be provided when a selector is specified");
  if (!names.empty()) {
    std::vector<View> chosen;
    for (const auto& n : names) {
      auto it = std::find_if(listed.begin(), listed.end(), [&](const auto& x) { return x.name == n; });
      if (it == listed.end()) {
        std::cerr << "podrun: " << what << " \"" << n << "\" not found in namespace " << o.ns << "\n";
        return kExitFailure;
      }
      chosen.push_back(*it);
    }
    listed = chosen;
  }
  sort_listed(o, listed, [](const View& x) { return x.shown(); });
  if (prints_objects(o.output)) {
    json items = json::array();
    for (const auto& x : listed) items.push_back(x.shown());
    return print_objects(o.output, items, names.size() == 1, o.no_headers);
  }
  if (listed.empty()) {
    std::cerr << "No resources found" << (o.all ? "" : " in " + o.ns + " namespace") << ".\n";
    return kExitOk;
  }
  return std::nullopt;
}

// get configmaps|secrets: kubectl's columns (NAME DATA AGE; secrets NAME TYPE DATA AGE).
int run_get_objects(const GlobalOptions& g, const GetOptions& o, pods::ObjectKind kind) {
  const model::Selector selector = selector_flag("get", o.selector);
  const char* what = pods::object_kind_name(kind);
  std::vector<pods::StoredObjectView> listed;
  for (auto& obj : pods::list_objects(context(g), kind, o.all ? "" : o.ns))
    if (selector.matches(obj.labels())) listed.push_back(std::move(obj));
  if (auto done = list_or_print(o, what, listed)) return *done;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  head.push_back("NAME");
  if (kind == pods::ObjectKind::Secret) head.push_back("TYPE");
  for (const char* h : {"DATA", "AGE"}) head.push_back(h);
  if (o.show_labels) head.push_back("LABELS");
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  for (const auto& x : listed) {
    std::vector<std::string> r;
    if (o.all) r.push_back(x.ns);
    r.push_back(x.name);
    if (kind == pods::ObjectKind::Secret) r.push_back(x.object.value("type", "Opaque"));
    r.push_back(std::to_string(x.data_count()));
    auto created = state::parse_rfc3339(x.object["metadata"].value("creationTimestamp", ""));
    r.push_back(created ? state::human_duration(static_cast<std::int64_t>(now) - *created) : "<unknown>");
    if (o.show_labels) r.push_back(labels_column(x.labels()));
    rows.push_back(r);
  }
  std::cout << get_table(o, rows, pods::object_kind_name(kind));
  return kExitOk;
}

// get deployments|jobs: kubectl's columns (NAME READY UP-TO-DATE AVAILABLE AGE; jobs NAME
// STATUS COMPLETIONS DURATION AGE), from what their controller last recorded.
int run_get_workloads(const GlobalOptions& g, const GetOptions& o, pods::WorkloadKind kind) {
  const model::Selector selector = selector_flag("get", o.selector);
  const char* what = pods::workload_kind_name(kind);
  std::vector<pods::WorkloadView> listed;
  for (auto& w : pods::list_workloads(context(g), kind, o.all ? "" : o.ns))
    if (selector.matches(w.labels())) listed.push_back(std::move(w));
  if (auto done = list_or_print(o, what, listed)) return *done;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  head.push_back("NAME");
  if (kind == pods::WorkloadKind::Deployment)
    for (const char* h : {"READY", "UP-TO-DATE", "AVAILABLE", "AGE"}) head.push_back(h);
  else if (kind == pods::WorkloadKind::CronJob)
    for (const char* h : {"SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"}) head.push_back(h);
  else if (kind == pods::WorkloadKind::DaemonSet)
    for (const char* h : {"DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"}) head.push_back(h);
  else if (kind == pods::WorkloadKind::StatefulSet)
    for (const char* h : {"READY", "AGE"}) head.push_back(h);
  else
    for (const char* h : {"STATUS", "COMPLETIONS", "DURATION", "AGE"}) head.push_back(h);
  if (o.output == "wide")
    for (const char* h : {"CONTAINERS", "IMAGES", "SELECTOR"}) head.push_back(h);
  if (o.show_labels) head.push_back("LABELS");
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  for (const auto& x : listed) {
    std::vector<std::string> r;
    if (o.all) r.push_back(x.ns);
    r.push_back(x.name);
    if (kind == pods::WorkloadKind::CronJob) {
      const auto& c = x.model.cronjob;
      r.push_back(c.schedule);
      r.push_back(c.time_zone.empty() ? "<none>" : c.time_zone);
      r.push_back(c.suspend ? "True" : "False");
      r.push_back(std::to_string(x.cronjob.active.size()));
      r.push_back(x.cronjob.last_schedule ? state::human_duration(static_cast<std::int64_t>(now) - x.cronjob.last_schedule) : "<none>");
    } else if (kind == pods::WorkloadKind::DaemonSet) {
      const auto& st = x.deployment;
      for (int v : {1, st.replicas, st.ready, st.updated, st.available}) r.push_back(std::to_string(v));
      json tmpl = json::parse(x.model.template_json, nullptr, false);
      std::string sel;
      if (tmpl.is_object() && tmpl.contains("spec") && tmpl["spec"].contains("nodeSelector"))
        for (auto it = tmpl["spec"]["nodeSelector"].begin(); it != tmpl["spec"]["nodeSelector"].end(); ++it)
          sel += (sel.empty() ? "" : ",") + it.key() + "=" + it.value().get<std::string>();
      r.push_back(sel.empty() ? "<none>" : sel);
    } else if (kind == pods::WorkloadKind::StatefulSet) {
      r.push_back(std::to_string(x.statefulset.ready) + "/" + std::to_string(x.model.statefulset.replicas));
    } else if (kind == pods::WorkloadKind::Deployment) {
      const auto& st = x.deployment;
      r.push_back(std::to_string(st.ready) + "/" + std::to_string(x.model.deployment.replicas));
      r.push_back(std::to_string(st.updated));
      r.push_back(std::to_string(st.available));
    } else {
      const auto& st = x.job;
      const auto& spec = x.model.job;
      std::string status = "Running";
      if (st.complete()) status = "Complete";
      else if (st.failed_for_good()) status = "Failed";
      else if (const auto* c = plan::find_condition(st.conditions, "Suspended"); c && c->status) status = "Suspended";
      else if (const auto* f = plan::find_condition(st.conditions, "FailureTarget"); f && f->status) status = "FailureTarget";
      else if (const auto* m = plan::find_condition(st.conditions, "SuccessCriteriaMet"); m && m->status) status = "SuccessCriteriaMet";
      r.push_back(status);
      if (spec.completions) r.push_back(std::to_string(st.succeeded) + "/" + std::to_string(*spec.completions));
      else r.push_back(std::to_string(st.succeeded) + "/1" + (spec.parallelism > 1 ? " of " + std::to_string(spec.parallelism) : ""));
      std::int64_t end = st.completion_time ? st.completion_time : static_cast<std::int64_t>(now);
      r.push_back(st.start_time ? state::human_duration(end - st.start_time) : "");
    }
    auto created = state::parse_rfc3339(x.object["metadata"].value("creationTimestamp", ""));
    r.push_back(created ? state::human_duration(static_cast<std::int64_t>(now) - *created) : "<unknown>");
    if (o.output == "wide") {
      json tmpl = json::parse(x.model.template_json, nullptr, false);
      std::string containers, images;
      if (tmpl.is_object() && tmpl.contains("spec"))
        for (const auto& c : tmpl["spec"].value("containers", json::array())) {
          containers += (containers.empty() ? "" : ",") + c.value("name", "");
          images += (images.empty() ? "" : ",") + c.value("image", "");
        }
      r.push_back(containers);
      r.push_back(images);
      r.push_back(kind == pods::WorkloadKind::Deployment || kind == pods::WorkloadKind::DaemonSet ? x.model.deployment.selector.str()
                  : kind == pods::WorkloadKind::StatefulSet                                       ? x.model.statefulset.selector.str()
                  : kind == pods::WorkloadKind::Job ? "batch.kubernetes.io/controller-uid=" + x.uid
                                                    : "<none>");
    }
    if (o.show_labels) r.push_back(labels_column(x.labels()));
    rows.push_back(r);
  }
  std::cout << get_table(o, rows,
                         std::string(pods::workload_kind_name(kind)) +
                             (kind == pods::WorkloadKind::Job || kind == pods::WorkloadKind::CronJob ? ".batch" : ".apps"));
  return kExitOk;
}

// get networkpolicies: kubectl's NAME POD-SELECTOR AGE.
int run_get_network_policies(const GlobalOptions& g, const GetOptions& o) {
  const model::Selector selector = selector_flag("get", o.selector);
  std::vector<pods::NetworkPolicyView> listed;
  for (auto& p : pods::list_network_policies(context(g), o.all ? "" : o.ns))
    if (selector.matches(p.labels())) listed.push_back(std::move(p));
  if (auto done = list_or_print(o, "networkpolicy", listed)) return *done;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  for (const char* h : {"NAME", "POD-SELECTOR", "AGE"}) head.push_back(h);
  if (o.show_labels) head.push_back("LABELS");
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  for (const auto& p : listed) {
    std::vector<std::string> r;
    if (o.all) r.push_back(p.ns);
    r.push_back(p.name);
    std::string sel = p.policy.pod_selector.str();
    r.push_back(sel.empty() ? "<none>" : sel);
    auto created = state::parse_rfc3339(p.object["metadata"].value("creationTimestamp", ""));
    r.push_back(created ? state::human_duration(static_cast<std::int64_t>(now) - *created) : "<unknown>");
    if (o.show_labels) r.push_back(labels_column(p.labels()));
    rows.push_back(r);
  }
  std::cout << get_table(o, rows, "networkpolicy.networking.k8s.io");
  return kExitOk;
}

// get services: kubectl's NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE (wide: SELECTOR); get
// endpoints: NAME ENDPOINTS AGE, the ready addresses the controller process balances to now.
int run_get_services(const GlobalOptions& g, const GetOptions& o, bool endpoints) {
  const model::Selector selector = selector_flag("get", o.selector);
  pods::Context ctx = context(g);
  std::vector<pods::ServiceView> listed;
  for (auto& s : pods::list_services(ctx, o.all ? "" : o.ns))
    if (selector.matches(s.labels())) listed.push_back(std::move(s));
  std::vector<plan::EndpointPod> eps;
  pods::ManifestCache manifests;
  if (endpoints) eps = pods::endpoint_pods(pods::list_pods(ctx, o.all ? "" : o.ns), manifests);
  if (endpoints && (o.output == "json" || o.output == "yaml")) {
    // Endpoints objects, as the endpoints controller writes them.
    for (auto& s : listed) {
      plan::ServicePlan sp = plan::service_plan(s.service, eps);
      json subset = {{"addresses", json::array()}, {"ports", json::array()}};
      std::set<std::string> ips;
      for (const auto& port : sp.backends)
        for (const auto& b : port)
          if (ips.insert(b.ip).second) subset["addresses"].push_back({{"ip", b.ip}, {"targetRef", {{"kind", "Pod"}, {"name", b.pod}}}});
      for (std::size_t i = 0; i < s.service.ports.size(); ++i)
        if (!sp.backends[i].empty())
          subset["ports"].push_back(
              {{"name", s.service.ports[i].name}, {"port", sp.backends[i][0].port}, {"protocol", s.service.ports[i].protocol}});
      s.object = {{"apiVersion", "v1"},
                  {"kind", "Endpoints"},
                  {"metadata", {{"name", s.name}, {"namespace", s.ns}}},
                  {"subsets", ips.empty() ? json::array() : json::array({subset})}};
    }
  }
  if (auto done = list_or_print(o, endpoints ? "endpoints" : "service", listed)) return *done;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  head.push_back("NAME");
  if (endpoints) head.push_back("ENDPOINTS");
  else
    for (const char* h : {"TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)"}) head.push_back(h);
  head.push_back("AGE");
  if (o.output == "wide" && !endpoints) head.push_back("SELECTOR");
  if (o.show_labels) head.push_back("LABELS");
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  for (const auto& s : listed) {
    std::vector<std::string> r;
    if (o.all) r.push_back(s.ns);
    r.push_back(s.name);
    if (endpoints) {
      plan::ServicePlan sp = plan::service_plan(s.service, eps);
      std::vector<std::string> list;
      for (const auto& port : sp.backends)
        for (const auto& b : port) list.push_back(b.ip + ":" + std::to_string(b.port));
      std::string col;
      for (std::size_t i = 0; i < list.size() && i < 3; ++i) col += (i ? "," : "") + list[i];
      if (list.size() > 3) col += " + " + std::to_string(list.size() - 3) + " more...";
      r.push_back(list.empty() ? "<none>" : col);
    } else {
      r.push_back(s.service.type == model::Service::Type::NodePort ? "NodePort" : "ClusterIP");
      r.push_back(s.service.cluster_ip);
      r.push_back("<none>");
      r.push_back(plan::ports_column(s.service));
    }
    auto created = state::parse_rfc3339(s.object["metadata"].value("creationTimestamp", ""));
    r.push_back(created ? state::human_duration(static_cast<std::int64_t>(now) - *created) : "<unknown>");
    if (o.output == "wide" && !endpoints) {
      std::string sel;
      for (const auto& [k, v] : s.service.selector) sel += (sel.empty() ? "" : ",") + k + "=" + v;
      r.push_back(sel.empty() ? "<none>" : sel);
    }
    if (o.show_labels) r.push_back(labels_column(s.labels()));
    rows.push_back(r);
  }
  std::cout << get_table(o, rows, endpoints ? "endpoints" : "service");
  return kExitOk;
}

// get endpointslices: discovery.k8s.io/v1 EndpointSlices, as the EndpointSlice controller
// writes them for each Service with a selector: its pods grouped by the ports they give the
// Service's ports (a named targetPort may differ from pod to pod), ready or not, with their
// conditions. kubectl's columns: NAME ADDRESSTYPE PORTS ENDPOINTS AGE.
int run_get_endpointslices(const GlobalOptions& g, const GetOptions& o) {
  const model::Selector selector = selector_flag("get", o.selector);
  pods::Context ctx = context(g);
  pods::ManifestCache manifests;
  std::vector<plan::EndpointPod> eps = pods::endpoint_pods(pods::list_pods(ctx, o.all ? "" : o.ns), manifests);
  struct Slice {
    std::string ns, name, created;
    json object;
    std::vector<std::string> ports, ips;
    std::map<std::string, std::string> labels;
    json shown() const { return object; }
  };
  std::vector<Slice> listed;
  for (const auto& s : pods::list_services(ctx, o.all ? "" : o.ns)) {
    if (s.service.selector.empty()) continue;
    // Every selected pod (not only the ready ones): a slice says each one's conditions.
    model::Service all = s.service;
    all.publish_not_ready = true;
    plan::ServicePlan sp = plan::service_plan(all, eps);
    std::map<std::vector<int>, std::vector<const plan::Backend*>> groups;  // ports → pods
    std::map<std::string, std::vector<int>> ports_of;
    for (std::size_t i = 0; i < sp.backends.size(); ++i)
      for (const auto& b : sp.backends[i]) ports_of[b.pod].resize(sp.backends.size()), ports_of[b.pod][i] = b.port;
    std::set<std::string> grouped;
    for (std::size_t i = 0; i < sp.backends.size(); ++i)
      for (const auto& b : sp.backends[i])
        if (grouped.insert(b.pod).second) groups[ports_of[b.pod]].push_back(&b);
    if (groups.empty()) groups[{}];
    const std::string uid = s.object["metadata"].value("uid", "");
    std::size_t n = 0;
    for (const auto& [ports, members] : groups) {
      Slice sl;
      sl.ns = s.ns;
      sl.name = s.name + "-" + (uid.size() >= 5 ? uid.substr(0, 5) : "slice") + (n ? "-" + std::to_string(n) : "");
      ++n;
      sl.created = s.object["metadata"].value("creationTimestamp", "");
      sl.labels = {{"kubernetes.io/service-name", s.name}, {"endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"}};
      json endpoints = json::array(), port_list = json::array();
      for (const auto* b : members) {
        bool terminating = false;
        for (const auto& e : eps)
          if (e.ns == s.ns && e.name == b->pod) terminating = e.terminating;
        endpoints.push_back({{"addresses", json::array({b->ip})},
                             {"conditions", {{"ready", b->ready && !terminating}, {"serving", b->ready}, {"terminating", terminating}}},
                             {"nodeName", "node"},
                             {"targetRef", {{"kind", "Pod"}, {"name", b->pod}, {"namespace", s.ns}}}});
        sl.ips.push_back(b->ip);
      }
      for (std::size_t i = 0; i < ports.size() && i < s.service.ports.size(); ++i) {
        if (!ports[i]) continue;
        port_list.push_back({{"name", s.service.ports[i].name}, {"port", ports[i]}, {"protocol", s.service.ports[i].protocol}});
        sl.ports.push_back(std::to_string(ports[i]));
      }
      sl.object = {{"apiVersion", "discovery.k8s.io/v1"},
                   {"kind", "EndpointSlice"},
                   {"metadata", {{"name", sl.name}, {"namespace", s.ns}, {"labels", sl.labels}, {"creationTimestamp", sl.created}}},
                   {"addressType", "IPv4"},
                   {"endpoints", endpoints},
                   {"ports", port_list}};
      if (selector.matches(sl.labels)) listed.push_back(std::move(sl));
    }
  }
  if (auto done = list_or_print(o, "endpointslice", listed)) return *done;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  for (const char* h : {"NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"}) head.push_back(h);
  if (o.show_labels) head.push_back("LABELS");
  rows.push_back(head);
  std::time_t now = std::time(nullptr);
  auto joined = [](const std::vector<std::string>& v, std::size_t most) {
    if (v.empty()) return std::string("<unset>");
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < most; ++i) out += (i ? "," : "") + v[i];
    if (v.size() > most) out += " + " + std::to_string(v.size() - most) + " more...";
    return out;
  };
  for (const auto& sl : listed) {
    std::vector<std::string> r;
    if (o.all) r.push_back(sl.ns);
    r.push_back(sl.name);
    r.push_back("IPv4");
    r.push_back(joined(sl.ports, 3));
    r.push_back(joined(sl.ips, 3));
    auto created = state::parse_rfc3339(sl.created);
    r.push_back(created ? state::human_duration(static_cast<std::int64_t>(now) - *created) : "<unknown>");
    if (o.show_labels) r.push_back(labels_column(sl.labels));
    rows.push_back(r);
  }
  std::cout << get_table(o, rows, "endpointslice.discovery.k8s.io");
  return kExitOk;
}

// get events: the pods' events (their supervisors record them), kubectl's columns LAST SEEN
// TYPE REASON OBJECT MESSAGE, oldest first; --for pod/NAME keeps one pod's.
int run_get_events(const GlobalOptions& g, const GetOptions& o) {
  std::string only;
  if (!o.for_object.empty()) {
    only = pod_name_arg("get events --for", o.for_object);
    if (o.for_object.find('/') == std::string::npos) throw UsageError("get events: --for takes TYPE/NAME (pod/web)");
  }
  if (o.output == "name") throw UsageError("get events: -o name is not supported for events");
  struct Row {
    std::time_t last;
    std::string key, seen;  // which event (pod, reason, object, message); its count and last time
    std::vector<std::string> cells;
  };
  // Every pod's events, oldest first (kubectl sorts by last time seen).
  auto collect = [&] {
    std::vector<Row> found;
    std::time_t now = std::time(nullptr);
    for (const auto& p : pods::list_pods(context(g), o.all ? "" : o.ns)) {
      const state::PodState& s = p.state;
      if (!only.empty() && s.name != only) continue;
      for (const auto& e : s.events) {
        auto last = state::parse_rfc3339(e.last);
        std::vector<std::string> r;
        if (o.all) r.push_back(s.ns);
        r.push_back(last ? state::human_duration(static_cast<std::int64_t>(now) - *last) : "<unknown>");
        r.push_back(e.type);
        r.push_back(e.reason);
        r.push_back("pod/" + s.name);
        r.push_back(e.message);
        found.push_back({last.value_or(0), s.ns + "/" + s.name + "\n" + e.reason + "\n" + e.object + "\n" + e.message,
                         std::to_string(e.count) + " " + e.last, std::move(r)});
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const Row& a, const Row& b) { return a.last < b.last; });
    return found;
  };
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  for (const char* h : {"LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"}) head.push_back(h);
  // TYPE in colour on a terminal: a Warning stands out.
  const bool colour = colour_on(1);
  const std::size_t type_at = o.all ? 2 : 1;
  CellPainter type_colour = [&](std::size_t column, const std::string& cell) {
    return column == type_at && cell == "Warning" ? paint(cell, Tone::Warn, colour) : cell;
  };
  std::vector<Row> found = collect();
  if (!o.watch && !o.watch_only) {
    if (found.empty()) {
      std::cerr << "No resources found" << (o.all ? "" : " in " + o.ns + " namespace") << ".\n";
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{head};
    for (auto& f : found) rows.push_back(std::move(f.cells));
    std::cout << get_table(o, rows, "event", type_colour);
    return kExitOk;
  }
  // -w: the events so far (not with --watch-only), then each new event, and an event again
  // when its count goes up, as kubectl's watch prints them. Until interrupted.
  std::map<std::string, std::string> printed;
  if (!o.watch_only) {
    std::vector<std::vector<std::string>> rows{head};
    for (const auto& f : found) rows.push_back(f.cells);
    if (rows.size() > 1) std::cout << get_table(o, rows, "event", type_colour) << std::flush;
  }
  for (const auto& f : found) printed[f.key] = f.seen;
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    for (auto& f : collect()) {
      auto it = printed.find(f.key);
      if (it != printed.end() && it->second == f.seen) continue;
      printed[f.key] = f.seen;
      std::string text = columns({head, f.cells}, type_colour, true);
      std::cout << text.substr(text.find('\n') + 1) << std::flush;  // the header's widths, not its line
    }
  }
}

int run_get(const GlobalOptions& g, const GetOptions& o) {
  if (!o.args.empty() && (o.args[0] == "events" || o.args[0] == "event" || o.args[0] == "ev")) return run_get_events(g, o);
  if (!o.for_object.empty()) throw UsageError("get: --for is for events (get events --for pod/NAME)");
  if (!o.args.empty() && (o.args[0] == "endpointslices" || o.args[0] == "endpointslice" || o.args[0] == "endpointslices.discovery.k8s.io"))
    return run_get_endpointslices(g, o);
  if (!o.args.empty() && (o.args[0] == "services" || o.args[0] == "service" || o.args[0] == "svc")) return run_get_services(g, o, false);
  if (!o.args.empty() && (o.args[0] == "networkpolicies" || o.args[0] == "networkpolicy" || o.args[0] == "netpol"))
    return run_get_network_policies(g, o);
  if (!o.args.empty() && (o.args[0] == "endpoints" || o.args[0] == "endpoint" || o.args[0] == "ep")) return run_get_services(g, o, true);
  if (!o.args.empty())
    if (auto kind = pods::parse_object_kind(o.args[0])) return run_get_objects(g, o, *kind);
  if (!o.args.empty())
    if (auto kind = pods::parse_workload_kind(o.args[0])) return run_get_workloads(g, o, *kind);
  if (o.args.empty() || (o.args[0] != "pods" && o.args[0] != "pod" && o.args[0] != "po"))
    throw UsageError(
        "get: podrun has these resource types: pods, configmaps, secrets, deployments, daemonsets, statefulsets, jobs, cronjobs, services, "
        "endpoints, endpointslices, networkpolicies, events "
        "(podrun get pods "
        "[NAME...])");
  const model::Selector selector = selector_flag("get", o.selector);
  std::vector<std::string> names(o.args.begin() + 1, o.args.end());
  if (!names.empty() && !o.selector.empty()) throw UsageError("get: name cannot be provided when a selector is specified");
  if ((o.watch || o.watch_only) && (prints_objects(o.output) || o.output == "name"))
    throw UsageError("get -w: the table only (no -o " + o.output + ")");
  pods::Context ctx = context(g);
  // The pods the arguments name (all of them once, with -w: later ones appear as they come).
  auto list = [&](bool require_names) -> std::optional<std::vector<pods::PodView>> {
    std::vector<pods::PodView> listed = pods::select_pods(pods::list_pods(ctx, o.all ? "" : o.ns), selector);
    if (names.empty()) return listed;
    std::vector<pods::PodView> chosen;
    for (const auto& n : names) {
      auto it = std::find_if(listed.begin(), listed.end(), [&](const auto& p) { return p.state.name == n; });
      if (it != listed.end()) chosen.push_back(*it);
      else if (require_names) {
        std::cerr << "podrun: pod \"" << n << "\" not found in namespace " << o.ns << "\n";
        return std::nullopt;
      }
    }
    return chosen;
  };
  auto first = list(!o.watch_only);
  if (!first) return kExitFailure;
  std::vector<pods::PodView> listed = std::move(*first);
  sort_listed(o, listed, [](const pods::PodView& p) { return pods::pod_object(p); });
  if (prints_objects(o.output)) {
    json items = json::array();
    for (const auto& p : listed) items.push_back(pods::pod_object(p));
    return print_objects(o.output, items, names.size() == 1, o.no_headers);
  }
  bool wide = o.output == "wide";
  std::vector<std::string> head;
  if (o.all) head.push_back("NAMESPACE");
  for (const char* h : {"NAME", "READY", "STATUS", "RESTARTS", "AGE"}) head.push_back(h);
  if (wide) {
    head.push_back("IP");
    head.push_back("PAUSE-PID");
  }
  if (o.show_labels) head.push_back("LABELS");
  auto row_of = [&](const pods::PodView& p, std::time_t now) {
    const state::PodState& s = p.state;
    std::vector<std::string> r;
    if (o.all) r.push_back(s.ns);
    for (const auto& v :
         {s.name, state::pod_ready_column(s), pods::status_of(p), state::pod_restarts_column(s, now), state::pod_age(s, now)})
      r.push_back(v);
    if (wide) {
      r.push_back(s.pod_ip.empty() ? "<none>" : s.pod_ip);
      r.push_back(std::to_string(s.pause_pid));
    }
    if (o.show_labels) r.push_back(labels_column(pods::pod_labels(p)));
    return r;
  };
  // STATUS in colour on a terminal (green running, yellow on its way, red failing).
  const bool colour = colour_on(1);
  const std::size_t status_at = o.all ? 3 : 2;
  CellPainter status_colour = [&](std::size_t column, const std::string& cell) {
    return column == status_at ? paint(cell, status_tone(cell), colour) : cell;
  };
  if (!o.watch && !o.watch_only) {
    if (listed.empty()) {
      std::cerr << "No resources found" << (o.all ? "" : " in " + o.ns + " namespace") << ".\n";
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{head};
    std::time_t now = std::time(nullptr);
    for (const auto& p : listed) rows.push_back(row_of(p, now));
    std::cout << get_table(o, rows, "pod", status_colour);
    return kExitOk;
  }
  // -w: the table (not with --watch-only), then a line each time a pod's row changes, as
  // kubectl prints them: READY, STATUS or RESTARTS (AGE alone is no change); a deleted pod's
  // last row says Terminating, as it did. Until interrupted.
  auto key = [](const pods::PodView& p) { return p.state.ns + "/" + p.state.name; };
  auto change_of = [&](const std::vector<std::string>& r) {
    std::vector<std::string> c = r;
    c.erase(c.begin() + (o.all ? 5 : 4));  // AGE
    return c;
  };
  auto line = [&](const std::vector<std::string>& r) {
    std::string text = columns({head, r}, status_colour, true);
    std::cout << text.substr(text.find('\n') + 1);  // the header's widths, not its line
    std::cout.flush();
  };
  std::map<std::string, std::vector<std::string>> shown;
  std::time_t now = std::time(nullptr);
  if (!o.watch_only) {
    std::vector<std::vector<std::string>> rows{head};
    for (const auto& p : listed) rows.push_back(row_of(p, now));
    std::cout << get_table(o, rows, "pod", status_colour);
    std::cout.flush();
  }
  std::map<std::string, std::vector<std::string>> last_row;  // as printed, AGE included
  for (const auto& p : listed) {
    last_row[key(p)] = row_of(p, now);
    shown[key(p)] = change_of(last_row[key(p)]);
  }
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto current = list(false);
    if (!current) continue;
    now = std::time(nullptr);
    std::set<std::string> seen;
    for (const auto& p : *current) {
      seen.insert(key(p));
      auto r = row_of(p, now);
      auto c = change_of(r);
      auto it = shown.find(key(p));
      if (it != shown.end() && it->second == c) continue;
      shown[key(p)] = c;
      last_row[key(p)] = r;
      line(r);
    }
    for (auto it = shown.begin(); it != shown.end();) {
      if (seen.count(it->first)) {
        ++it;
        continue;
      }
      // Gone. kubectl prints the object of the DELETED event, Terminating; a delete quicker
      // than a poll was never seen so here: its last row, as it ended.
      std::vector<std::string> r = last_row[it->first];
      const std::size_t status_at = o.all ? 3 : 2;
      if (r.size() > status_at && r[status_at] != "Terminating") {
        r[status_at] = "Terminating";
        line(r);
      }
      last_row.erase(it->first);
      it = shown.erase(it);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// diff

struct DiffOptions {
  std::vector<std::string> files;
  std::string applyset, selector;
  bool prune = false;
  PolicyFlags policy;
};

// The diff program: $PODRUN_EXTERNAL_DIFF (a command and its flags, split at blanks, as
// kubectl splits KUBECTL_EXTERNAL_DIFF), else `diff -u -N`; run on the two directories.
int run_diff_program(const std::string& live, const std::string& merged) {
  std::vector<std::string> argv;
  const char* external = std::getenv("PODRUN_EXTERNAL_DIFF");
  if (external && *external) argv = files::words(external);
  if (argv.empty()) argv = {"diff", "-u", "-N"};
  argv.push_back(live);
  argv.push_back(merged);
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  std::cout.flush();
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("diff: fork: ") + std::strerror(errno));
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    ::execvp(args[0], args.data());
    std::fprintf(stderr, "podrun: diff: run %s: %s\n", args[0], std::strerror(errno));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// kubectl diff's contract: 0 no differences, 1 differences, >1 an error (podrun's or diff's).
int run_diff(const GlobalOptions& g, const DiffOptions& o) {
  pods::ApplyRequest req;
  req.files = o.files;
  req.policy = o.policy;
  req.applyset = o.applyset;
  req.prune = o.prune;
  check_set_flags("diff", o.applyset, o.prune, o.selector, req);
  auto report = make_report("text", std::cerr, false);
  pods::DiffResult r = pods::diff(context(g), req, [&](loader::DocumentResult&& d) {
    report->add(d);  // every document: the summary counts the whole input
  });
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  switch (r.status) {
    case pods::ApplyResult::Status::BadInput: return kExitUsage;
    case pods::ApplyResult::Status::Invalid: report->finish(); return kExitUsage;
    case pods::ApplyResult::Status::NoObjects: std::cerr << "podrun: no pods in the input\n"; return kExitUsage;
    case pods::ApplyResult::Status::Applied: break;
  }
  // LIVE/ and MERGED/ with a file per object, named as kubectl names them (v1.Pod.NS.NAME).
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/podrun-diff-XXXXXX";
  if (!::mkdtemp(dir.data())) throw std::runtime_error("diff: a temporary directory: " + std::string(std::strerror(errno)));
  struct Remove {
    std::string dir;
    ~Remove() { files::remove_all(dir); }
  } remove{dir};
  const std::string live = dir + "/LIVE", merged = dir + "/MERGED";
  ::mkdir(live.c_str(), 0700);
  ::mkdir(merged.c_str(), 0700);
  auto write = [](const std::string& path, const json& obj) {
    if (!files::write(path, kubectl_yaml(obj), 0600)) throw std::runtime_error("diff: write " + path + ": " + std::strerror(errno));
  };
  for (const auto& obj : r.objects) {
    // kubectl's names: <group>.<version>.<Kind>.<ns>.<name>.
    const std::string group = obj.kind == "Deployment" || obj.kind == "StatefulSet" || obj.kind == "DaemonSet" ? "apps."
                              : obj.kind == "Job" || obj.kind == "CronJob"                                     ? "batch."
                              : obj.kind == "NetworkPolicy"                                                    ? "networking.k8s.io."
                                                                                                               : "";
    const std::string name = group + "v1." + obj.kind + "." + obj.ns + "." + obj.name;
    if (obj.live) write(live + "/" + name, *obj.live);
    if (obj.merged) write(merged + "/" + name, *obj.merged);
  }
  int rc = run_diff_program(live, merged);
  return rc <= 1 ? rc : std::max(rc, 2);
}

// ---------------------------------------------------------------------------------------------
// gc

int run_gc(const GlobalOptions& g, bool dry_run) {
  pods::GcReport r = pods::gc(context(g), dry_run);
  int bridges = 0, tables = 0, storage = 0;
  for (const auto& what : r.removed) {
    std::cout << what << (dry_run ? " would be deleted (dry run)\n" : " deleted\n");
    bridges += what.rfind("bridge/", 0) == 0;
    tables += what.rfind("hostport-rules/", 0) == 0;
    storage += what.rfind("storage/", 0) == 0;
  }
  for (const auto& e : r.errors) std::cerr << "podrun: gc: " << e << "\n";
  if (dry_run) {
    std::cout << r.addresses << " stale address allocation" << (r.addresses == 1 ? "" : "s") << " would be released (dry run)\n";
    return r.errors.empty() ? kExitOk : kExitFailure;
  }
  std::cout << r.addresses << " stale address allocation" << (r.addresses == 1 ? "" : "s") << " released, " << bridges << " bridge"
            << (bridges == 1 ? "" : "s") << " removed"
            << (tables ? ", " + std::to_string(tables) + " hostPort rule table" + (tables == 1 ? "" : "s") + " removed" : "")
            << (storage ? ", " + std::to_string(storage) + " pod storage director" + (storage == 1 ? "y" : "ies") + " removed" : "")
            << "\n";
  return r.errors.empty() ? kExitOk : kExitFailure;
}

// ---------------------------------------------------------------------------------------------
// delete

struct DeleteOptions {
  std::vector<std::string> args, files;
  std::string ns = "default", selector;
  int grace = -1;
  bool now = false, wait = true, all = false;
  bool ignore_not_found = false;  // kubectl's --ignore-not-found: what is gone already is no error
  bool force = false;             // kubectl's --force: no grace period unless one is given
};

int report_namespaces(const std::vector<std::string>& names, const std::vector<std::string>& missing) {
  int rc = kExitOk;
  for (const auto& n : names) {
    if (std::find(missing.begin(), missing.end(), n) != missing.end()) {
      std::cerr << "podrun: namespace \"" << n << "\" not found\n";
      rc = kExitFailure;
    } else {
      std::cout << "namespace \"" << n << "\" deleted\n";
    }
  }
  return rc;
}

int run_delete(const GlobalOptions& g, const DeleteOptions& o) {
  pods::Context ctx = context(g);
  std::optional<int> grace;
  if (o.grace >= 0) grace = o.grace;
  if (o.now) grace = 1;
  if (o.now && o.force) throw UsageError("delete: --now and --force cannot both be specified");
  // kubectl's force deletion removes the object at once; here the containers are killed at
  // once (SIGKILL) and waited for, so nothing keeps running unseen.
  if (o.force && o.grace < 0) grace = 0;
  std::vector<pods::PodName> targets;
  std::vector<std::string> namespaces;
  // ConfigMaps and Secrets: removed from the store; pods that use them keep their files.
  std::vector<std::tuple<pods::ObjectKind, std::string, std::string>> objects;
  int rc = kExitOk;
  auto delete_objects = [&] {
    for (const auto& [kind, ns, name] : objects) {
      if (pods::delete_object(ctx, kind, ns, name)) {
        std::cout << pods::object_kind_name(kind) << " \"" << name << "\" deleted\n";
      } else {
        if (!o.ignore_not_found) {
          std::cerr << "podrun: " << pods::object_kind_name(kind) << " \"" << name << "\" not found in namespace " << ns << "\n";
          rc = kExitFailure;
        }
      }
    }
  };
  if (o.args.size() >= 2 && o.files.empty() &&
      (o.args[0] == "networkpolicy" || o.args[0] == "networkpolicies" || o.args[0] == "netpol" ||
       o.args[0] == "networkpolicy.networking.k8s.io" || o.args[0] == "networkpolicies.networking.k8s.io")) {
    for (std::size_t i = 1; i < o.args.size(); ++i) {
      if (pods::delete_network_policy(ctx, o.ns, o.args[i])) {
        std::cout << "networkpolicy.networking.k8s.io \"" << o.args[i] << "\" deleted\n";
      } else {
        if (!o.ignore_not_found) {
          std::cerr << "podrun: networkpolicy \"" << o.args[i] << "\" not found in namespace " << o.ns << "\n";
          rc = kExitFailure;
        }
      }
    }
    return rc;
  }
  if (o.args.size() >= 2 && o.files.empty() && (o.args[0] == "service" || o.args[0] == "services" || o.args[0] == "svc")) {
    for (std::size_t i = 1; i < o.args.size(); ++i) {
      if (pods::delete_service(ctx, o.ns, o.args[i])) {
        std::cout << "service \"" << o.args[i] << "\" deleted\n";
      } else {
        if (!o.ignore_not_found) {
          std::cerr << "podrun: service \"" << o.args[i] << "\" not found in namespace " << o.ns << "\n";
          rc = kExitFailure;
        }
      }
    }
    return rc;
  }
  if (o.args.size() >= 2 && o.files.empty())
    if (auto kind = pods::parse_workload_kind(o.args[0])) {
      // As kubectl's default cascade: the workload, then its pods.
      for (std::size_t i = 1; i < o.args.size(); ++i) {
        if (pods::delete_workload(ctx, *kind, o.ns, o.args[i], grace, o.wait)) {
          std::cout << pods::workload_kind_name(*kind) << "." << pods::workload_group(*kind) << " \"" << o.args[i] << "\" deleted\n";
        } else {
          if (!o.ignore_not_found) {
            std::cerr << "podrun: " << pods::workload_kind_name(*kind) << " \"" << o.args[i] << "\" not found in namespace " << o.ns
                      << "\n";
            rc = kExitFailure;
          }
        }
      }
      return rc;
    }
  if (o.args.size() >= 2 && o.files.empty())
    if (auto kind = pods::parse_object_kind(o.args[0])) {
      for (std::size_t i = 1; i < o.args.size(); ++i) objects.emplace_back(*kind, o.ns, o.args[i]);
      delete_objects();
      return rc;
    }
  if (!o.files.empty()) {
    // Only the objects' names matter here: what the API server would take is enough.
    loader::LoadOptions lo;
    lo.podrun_rules = false;
    int code = 0;
    auto loaded = load_pods(o.files, lo, code);
    if (!loaded) return code;
    for (const auto& p : loaded->pods) targets.emplace_back(p.metadata.ns, p.metadata.name);
    for (const auto& n : loaded->namespaces) namespaces.push_back(n.name);
    for (const auto& c : loaded->configmaps) objects.emplace_back(pods::ObjectKind::ConfigMap, c.metadata.ns, c.metadata.name);
    for (const auto& c : loaded->secrets) objects.emplace_back(pods::ObjectKind::Secret, c.metadata.ns, c.metadata.name);
    for (const auto& svc : loaded->services)
      if (pods::delete_service(ctx, svc.metadata.ns, svc.metadata.name)) std::cout << "service \"" << svc.metadata.name << "\" deleted\n";
    for (const auto& np : loaded->network_policies)
      if (pods::delete_network_policy(ctx, np.metadata.ns, np.metadata.name))
        std::cout << "networkpolicy.networking.k8s.io \"" << np.metadata.name << "\" deleted\n";
    for (const auto& w : loaded->workloads) {
      auto kind = pods::workload_kind_of(w);
      if (pods::delete_workload(ctx, kind, w.metadata.ns, w.metadata.name, grace, o.wait))
        std::cout << pods::workload_kind_name(kind) << "." << pods::workload_group(kind) << " \"" << w.metadata.name << "\" deleted\n";
    }
  } else if (o.args.size() >= 2 && (o.args[0] == "namespace" || o.args[0] == "namespaces" || o.args[0] == "ns")) {
    std::vector<std::string> names(o.args.begin() + 1, o.args.end());
    return report_namespaces(names, pods::delete_namespaces(ctx, names, grace, o.wait));
  } else if (o.all || !o.selector.empty()) {
    if (o.args.size() != 1 || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po"))
      throw UsageError("delete: --all and -l take a resource type and no names: podrun delete pods --all | -l SELECTOR");
    for (const auto& p : pods::select_pods(pods::list_pods(ctx, o.ns), selector_flag("delete", o.selector)))
      targets.emplace_back(p.state.ns, p.state.name);
    if (targets.empty()) {
      std::cout << "No resources found\n";
      return kExitOk;
    }
  } else {
    if (o.args.size() < 2 || (o.args[0] != "pod" && o.args[0] != "pods" && o.args[0] != "po"))
      throw UsageError(
          "delete: usage: podrun delete pod|configmap|secret NAME... | podrun delete namespace NAME... | podrun delete -f PATH");
    for (std::size_t i = 1; i < o.args.size(); ++i) targets.emplace_back(o.ns, o.args[i]);
  }
  // Every pod's supervisor is asked first, then each is waited for: the grace periods run in
  // parallel, as the kubelet stops pods.
  std::vector<std::string> leftovers;
  auto missing = pods::delete_pods(ctx, targets, grace, o.wait, &leftovers);
  for (const auto& l : leftovers) log::warn("delete left behind: " + l);
  for (const auto& t : targets) {
    if (std::find(missing.begin(), missing.end(), t) != missing.end()) {
      if (!o.ignore_not_found) {
        std::cerr << "podrun: pod \"" << t.second << "\" not found in namespace " << t.first << "\n";
        rc = kExitFailure;
      }
      continue;
    }
    std::cout << "pod \"" << t.second << "\" deleted\n";
  }
  delete_objects();  // after the pods that used them, as kubectl deletes a file's objects
  if (!namespaces.empty() && report_namespaces(namespaces, pods::delete_namespaces(ctx, namespaces, grace, o.wait)) != kExitOk)
    rc = kExitFailure;
  return rc;
}

// ---------------------------------------------------------------------------------------------
// exec

struct ExecOptions {
  std::string pod, container, ns = "default";
  bool stdin_open = false, tty = false;
  std::vector<std::string> command;
};

int run_exec(const GlobalOptions& g, const ExecOptions& o) {
  // kubectl still runs `exec POD COMMAND`, with this warning; a COMMAND with flags of its own
  // needs the "--" anyway (they would be exec's).
  if (!g.double_dash)
    std::cerr << "podrun exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use podrun exec [POD] -- [COMMAND] "
                 "instead.\n";
  try {
    return pods::exec_in_container(context(g), {o.ns, o.pod, o.container, o.command, o.stdin_open, o.tty});
  } catch (const SysError& e) {
    std::cerr << "podrun: exec: " << e.what() << "\n";
    return kExitFailure;
  }
}

// ---------------------------------------------------------------------------------------------
// debug: an ephemeral container in a running pod, with kubectl debug's flags.

struct DebugOptions {
  pods::DebugRequest request;
  std::string profile = "legacy";
};

int run_debug(const GlobalOptions& g, const DebugOptions& o) {
  // kubectl's profiles: podrun's debug container always has the pod's container defaults
  // (legacy, general and restricted add nothing to a container without a securityContext
  // here, and sysadmin's privileges are refused rather than granted behind the user's back).
  if (o.profile != "legacy" && o.profile != "general" && o.profile != "restricted")
    throw UsageError("debug: --profile " + o.profile + " is not supported (legacy, general or restricted: the pod's container defaults)");
  try {
    return pods::debug_pod(context(g), o.request, {}, [&](const std::string& name) {
      if (o.request.container.empty()) std::cerr << "Defaulting debug container name to " << name << ".\n";
      if (o.request.tty && ::isatty(0)) std::cerr << "If you don't see a command prompt, try pressing enter.\n";
    });
  } catch (const pods::NotFound& e) {
    std::cerr << "podrun: debug: " << e.what() << "\n";
    return kExitFailure;
  }
}

// ---------------------------------------------------------------------------------------------
// matrix: the isolation the kernel shows, next to the plan's.

struct MatrixOptions {
  std::vector<std::string> pods;
  std::string output, ns = "default";
  bool all = false;
};

int run_matrix(const GlobalOptions& g, const MatrixOptions& o) {
  std::vector<pods::PodView> listed = pods::list_pods(context(g), o.all ? "" : o.ns);
  for (const auto& name : o.pods)
    if (std::none_of(listed.begin(), listed.end(), [&](const auto& p) { return p.state.name == name; })) {
      std::cerr << "podrun: pod \"" << name << "\" not found" << (o.all ? "" : " in namespace " + o.ns) << "\n";
      return kExitFailure;
    }
  if (!o.pods.empty())
    listed.erase(std::remove_if(listed.begin(), listed.end(),
                                [&](const auto& p) { return std::find(o.pods.begin(), o.pods.end(), p.state.name) == o.pods.end(); }),
                 listed.end());
  if (listed.empty()) {
    std::cerr << "podrun: no running pods" << (o.all ? "" : " in namespace " + o.ns) << "\n";
    return kExitFailure;
  }
  pods::Matrix m = pods::observed_matrix(listed);
  if (o.output == "json") {
    json rows = json::array();
    for (const auto& r : m.rows) {
      json row = {{"pod", r.pod}, {"a", r.a}, {"b", r.b}};
      for (const auto& c : r.cells)
        row[c.kind] = {
            {"observed", c.observed}, {"planned", c.planned}, {"inodes", {c.inode_a, c.inode_b}}, {"matches", c.observed == c.planned}};
      rows.push_back(row);
    }
    std::cout << json{{"rows", rows}, {"differences", m.differences}}.dump(2) << "\n";
    return m.differences ? kExitFailure : kExitOk;
  }
  if (o.output == "svg") {  // a picture for slides: the same cells, coloured, with the inode numbers
    std::cout << matrix_svg(m.rows);
    return m.differences ? kExitFailure : kExitOk;
  }
  // Rows name their pod when there are several (a pod's namespace too with -A); cells say
  // only how the namespace is shared, unless -o wide asks for the inode numbers.
  const bool several = listed.size() > 1;
  const bool wide = o.output == "wide";
  auto pod_label = [&](std::string ns_name) {
    if (ns_name.rfind("pod ", 0) == 0) ns_name = ns_name.substr(4);
    return o.all ? ns_name : ns_name.substr(ns_name.find('/') + 1);
  };
  auto side = [&](const pods::MatrixRow& r, const std::string& who) {
    if (who == "host") return who;
    if (who.rfind("pod ", 0) == 0) return "pod " + pod_label(who);
    return several ? pod_label(r.pod) + "/" + who : who;
  };
  auto word = [&](const std::string& sharing) {
    if (wide) return sharing;
    return sharing == "shared (pod)" ? std::string("pod") : sharing == "shared (host)" ? std::string("host") : sharing;
  };
  std::vector<std::vector<std::string>> table = {{"", "Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"}};
  for (const auto& r : m.rows) {
    std::vector<std::string> cells = {side(r, r.a) + " <-> " + side(r, r.b)};
    for (const auto& c : r.cells) {
      std::string cell = word(c.observed);
      if (wide) cell += " " + std::to_string(c.inode_a) + (c.inode_a == c.inode_b ? "" : "/" + std::to_string(c.inode_b));
      if (c.observed != c.planned) cell = "! " + cell + " (planned: " + word(c.planned) + ")";
      cells.push_back(cell);
    }
    table.push_back(cells);
  }
  std::vector<std::size_t> w(table[0].size(), 0);
  for (const auto& r : table)
    for (std::size_t i = 0; i < r.size() && i < w.size(); ++i) w[i] = std::max(w[i], r[i].size());
  for (const auto& r : table) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) line += r[i] + (i + 1 < r.size() ? std::string(w[i] - r[i].size() + 2, ' ') : "");
    std::cout << line << "\n";
  }
  if (!wide) std::cout << "(pod: shared by the pair, the pod's own; host: the host's; isolated: one each. -o wide: the inode numbers)\n";
  std::cout << (m.differences ? std::to_string(m.differences) + " cell(s) differ from the plan (marked !)" : "the kernel matches the plan")
            << "\n";
  return m.differences ? kExitFailure : kExitOk;
}

}  // namespace

// kubectl's -R: podrun walks directories recursively always; the flag is taken (and does
// nothing) so that a kubectl command line works unchanged.
void add_recursive_flag(CLI::App* cmd) {
  cmd->add_flag("-R,--recursive")->description("Directories are walked recursively (always: accepted for kubectl's command lines)");
}

void add_apply_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto ap = std::make_shared<ApplyOptions>();
  CLI::App* apply = app.add_subcommand("apply", "Run the pods of manifests: validate, plan, start (unchanged pods are left alone)");
  apply->add_option("-f,--filename", ap->files, "Files, directories or - (stdin)")->required();
  add_recursive_flag(apply);
  apply->add_flag("--wait", ap->wait, "Then wait until every pod is Ready (readiness probes included)");
  apply->add_option("--applyset", ap->applyset,
                    "Make every pod of the input a member of the set NAME (label podrun.io/applyset=NAME; see --prune)");
  apply->add_option("-n,--namespace", ap->ns, "The namespace of objects that name none (one naming another is refused)");
  apply->add_option("-o,--output", ap->output, "yaml, json or name: the applied objects, as get prints them")
      ->check(CLI::IsMember({"yaml", "json", "name"}));
  apply->add_flag("--force", ap->force,
                  "Delete and create again a running pod whose spec changes beyond what a Pod update may change (image, ...)");
  apply->add_flag("--prune", ap->prune, "Delete the members of the --applyset that the input no longer has (nothing outside the set)");
  apply->add_option("-l,--selector", ap->selector, "Apply (and prune) only the pods and namespaces whose labels match");
  apply->add_option("--dry-run", ap->dry_run, "none, client or server: say what would be done, change nothing (no pulls)")
      ->check(CLI::IsMember({"none", "client", "server"}))
      ->capture_default_str();
  CLI::Option* apply_timeout = apply->add_option("--timeout", ap->timeout, "How long --wait waits (e.g. 30s, 5m)")->capture_default_str();
  apply->add_option("--backoff-base", ap->backoff_base,
                    "First CrashLoopBackOff delay (default 10s, doubling to 30x it; e.g. 200ms for tests and classes)");
  apply->add_option("--bridge", ap->bridge, "The pod network's bridge (created on first use)")->capture_default_str();
  apply->add_option("--subnet", ap->subnet, "The pod network's IPv4 subnet; the host is its .1")->capture_default_str();
  apply->add_option("--service-cidr", ap->service_cidr, "Services' virtual IPs come from this IPv4 range")->capture_default_str();
  apply->add_option("--resolv-conf", ap->resolv_conf,
                    "The cluster DNS forwards names outside cluster.local to the resolvers of this file (default /etc/resolv.conf)");
  add_policy_flags(apply, ap->policy, true);
  add_pull_flags(apply, ap->pull);
  apply->add_flag("-q,--quiet", ap->quiet, "No pull progress");
  apply
      ->add_option("--idmapped-mounts", ap->idmapped_mounts,
                   "hostUsers: false pods: idmapped mounts where the kernel and filesystems allow them (auto), or never "
                   "(the pod's files chowned into its ID block, the image copied with shifted owners)")
      ->check(CLI::IsMember({"auto", "never"}))
      ->capture_default_str();
  apply->add_option("--log-max-size", ap->log_max_size,
                    "Rotate a container's log file at this size (default 10Mi, kept: 5 files), as the kubelet's containerLogMaxSize");
  apply->callback([&g, ap, apply_timeout, &action] {
    // kubectl's rule: a timeout is for a wait; alone it would be silently ignored.
    if (apply_timeout->count() > 0 && !ap->wait) throw CLI::ValidationError("--timeout", "only applies with --wait");
    action = [&g, ap] { return run_apply(g, *ap); };
  });
}

void add_get_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto get = std::make_shared<GetOptions>();
  CLI::App* getc =
      app.add_subcommand("get", "List pods, configmaps or secrets (podrun get pods|configmaps|secrets [NAME] [-o wide|json|yaml])");
  getc->add_option("args", get->args, "pods|configmaps|secrets [NAME...]")->required();
  getc->add_option("-o,--output", get->output,
                   "wide, json, yaml, name (TYPE/NAME per line), jsonpath=TEMPLATE, jsonpath-file=FILE, custom-columns=SPEC, "
                   "custom-columns-file=FILE (kubectl's syntax)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            for (const char* whole : {"wide", "json", "yaml", "name"})
              if (v == whole) return "";
            for (const char* form : {"jsonpath=", "jsonpath-file=", "custom-columns=", "custom-columns-file="})
              if (v.rfind(form, 0) == 0 && v.size() > std::string(form).size()) return "";
            return "unable to match a printer suitable for the output format \"" + v +
                   "\", allowed formats are: custom-columns,custom-columns-file,json,jsonpath,jsonpath-file,name,wide,yaml";
          },
          "FORMAT"));
  getc->add_option("--sort-by", get->sort_by, "Sort by a JSONPath over each object (kubectl's: .metadata.name, {.status.startTime})");
  getc->add_flag("--no-headers", get->no_headers, "No header row");
  getc->add_option("--for", get->for_object, "get events: only those of this object (pod/NAME)");
  getc->add_flag("-w,--watch", get->watch,
                 "get pods: the table, then a line each time a pod changes; get events: each new event (until Ctrl-C)");
  getc->add_flag("--watch-only", get->watch_only, "get pods, get events: only the lines of changes");
  getc->add_option("-n,--namespace", get->ns, "Namespace")->capture_default_str();
  getc->add_flag("-A,--all-namespaces", get->all, "Every namespace");
  getc->add_option("-l,--selector", get->selector, "Label selector: app=web, tier!=db, env in (a,b), !canary, ...");
  getc->add_flag("--show-labels", get->show_labels, "A LABELS column");
  getc->callback([&g, get, &action] {
    get->args = split_type_names("get", get->args);
    action = [&g, get] { return run_get(g, *get); };
  });
}

void add_delete_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto del = std::make_shared<DeleteOptions>();
  CLI::App* delc = app.add_subcommand("delete", "Stop and remove pods (podrun delete pod NAME... | namespace NAME... | -f PATH)");
  delc->add_option("args", del->args, "pod NAME... | namespace NAME...");
  delc->add_option("-f,--filename", del->files, "The objects these manifests name (pods, namespaces, configmaps, secrets)");
  add_recursive_flag(delc);
  delc->add_option("-n,--namespace", del->ns, "Namespace")->capture_default_str();
  delc->add_option("--grace-period", del->grace, "Seconds between SIGTERM and SIGKILL (default: the pod's terminationGracePeriodSeconds)");
  delc->add_flag("--now", del->now, "A grace period of 1 second");
  delc->add_flag("--force", del->force,
                 "No grace period (SIGKILL at once) unless --grace-period gives one; podrun still waits for the end");
  delc->add_flag("--ignore-not-found", del->ignore_not_found, "What does not exist is no error (exit 0, nothing said)");
  delc->add_flag("--wait", del->wait, "Wait until the pod is gone (default true; --wait=false returns once it is asked)");
  delc->add_flag("--all", del->all, "Every pod of the namespace (delete pods --all)");
  delc->add_option("-l,--selector", del->selector, "The pods of the namespace whose labels match (delete pods -l app=web)");
  delc->callback([&g, del, &action] {
    del->args = split_type_names("delete", del->args);
    action = [&g, del] { return run_delete(g, *del); };
  });
}

void add_pod_tool_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto df = std::make_shared<DiffOptions>();
  CLI::App* dfc = app.add_subcommand("diff", "What apply would change, as a unified diff (exit 0 none, 1 some, >1 error)");
  dfc->add_option("-f,--filename", df->files, "Files, directories or - (stdin)")->required();
  add_recursive_flag(dfc);
  dfc->add_option("--applyset", df->applyset, "As apply --applyset: the pods as members of the set NAME");
  dfc->add_flag("--prune", df->prune, "Also show the set's members that apply --prune would delete");
  dfc->add_option("-l,--selector", df->selector, "Only the pods whose labels match");
  add_policy_flags(dfc, df->policy, true);
  dfc->callback([&g, df, &action] { action = [&g, df] { return run_diff(g, *df); }; });

  auto ex = std::make_shared<ExecOptions>();
  CLI::App* exc = app.add_subcommand("exec", "Run a command in a container: all its namespaces, root, env and user");
  exc->add_option("pod", ex->pod, "Pod")->required();
  exc->add_option("command", ex->command, "-- COMMAND [ARG...]")->required();
  exc->add_option("-c,--container", ex->container, "Container (default: the first app container)");
  exc->add_option("-n,--namespace", ex->ns, "Namespace")->capture_default_str();
  exc->add_flag("-i,--stdin", ex->stdin_open, "Pass standard input");
  exc->add_flag("-t,--tty", ex->tty, "Allocate a terminal");
  exc->callback([&g, ex, &action] {
    ex->pod = pod_name_arg("exec", ex->pod);
    action = [&g, ex] { return run_exec(g, *ex); };
  });

  auto dbg = std::make_shared<DebugOptions>();
  CLI::App* dbc = app.add_subcommand(
      "debug", "Add a debug container to a running pod (kubectl debug POD --image IMG [--target C] [-it] -- CMD): an ephemeral container");
  dbc->add_option("pod", dbg->request.pod, "Pod")->required();
  dbc->add_option("command", dbg->request.command, "-- COMMAND [ARG...] (default: the image's)");
  dbc->add_option("--image", dbg->request.image, "The debug container's image")->required();
  dbc->add_option("--target", dbg->request.target, "A container of the pod whose PID namespace the debug container joins");
  dbc->add_option("-c,--container", dbg->request.container, "The debug container's name (default: debugger-xxxxx)");
  dbc->add_option("--image-pull-policy", dbg->request.image_pull_policy, "Always, IfNotPresent or Never (default: as for any container)");
  dbc->add_option("--profile", dbg->profile, "legacy, general or restricted (the pod's container defaults)")->capture_default_str();
  dbc->add_option("-n,--namespace", dbg->request.ns, "Namespace")->capture_default_str();
  dbc->add_flag("-i,--stdin", dbg->request.stdin_open, "Attach standard input (and its output) until the container ends");
  dbc->add_flag("-t,--tty", dbg->request.tty, "Give the container a terminal (with -i)");
  dbc->footer(
      "Examples:\n"
      "  # A shell that sees the processes of container 'app' and reaches its files via /proc/PID/root\n"
      "  podrun debug mypod -it --image busybox --target app -- sh\n"
      "  # A command in the pod's network namespace, its output in podrun logs mypod -c dbg\n"
      "  podrun debug mypod --image busybox -c dbg -- netstat -tln");
  dbc->callback([&g, dbg, &action] { action = [&g, dbg] { return run_debug(g, *dbg); }; });

  CLI::App* gc = app.add_subcommand("gc",
                                    "Release what pods that are gone left: orphaned supervisors and pod directories, cgroups, addresses, "
                                    "an unused bridge, hostPort rules, storage, user ID blocks");
  auto gc_dry = std::make_shared<bool>(false);
  gc->add_flag("--dry-run", *gc_dry, "List what would be removed, change nothing");
  gc->callback([&g, gc_dry, &action] { action = [&g, gc_dry] { return run_gc(g, *gc_dry); }; });

  auto mx = std::make_shared<MatrixOptions>();
  CLI::App* mxc = app.add_subcommand("matrix", "The isolation matrix the kernel shows (/proc/PID/ns), checked against the plan");
  mxc->add_option("pods", mx->pods, "Pods (default: every pod of the namespace)");
  mxc->add_option("-o,--output", mx->output, "wide (the namespaces' inode numbers too), json or svg (a picture, with the inode numbers)")
      ->check(CLI::IsMember({"wide", "json", "svg"}));
  mxc->add_option("-n,--namespace", mx->ns, "Namespace")->capture_default_str();
  mxc->add_flag("-A,--all-namespaces", mx->all, "Every namespace");
  mxc->callback([&g, mx, &action] { action = [&g, mx] { return run_matrix(g, *mx); }; });
}

}  // namespace podrun::cli
