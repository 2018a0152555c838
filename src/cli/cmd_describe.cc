// describe deployment|statefulset|daemonset|job|cronjob|service|networkpolicy: kubectl
// describe's layout for the objects the controller process runs, from what is stored and
// what their controller last recorded (podrun keeps no events for them: `<none>`).
#include <ctime>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/describe.h"
#include "cli/inputs.h"
#include "plan/services.h"
#include "pods/network_policies.h"
#include "pods/observe.h"
#include "pods/services.h"
#include "pods/workloads.h"
#include "state/pod_status.h"

namespace podrun::cli {

using nlohmann::json;

namespace {

std::string when(const json& meta) {
  auto t = state::parse_rfc3339(meta.value("creationTimestamp", ""));
  if (!t) return "<unknown>";
  std::tm tm{};
  ::gmtime_r(&*t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

// "key=value" lines under a label of `width` columns, or <none>.
std::string map_lines(const json& m, std::size_t width, const char* sep = "=") {
  std::string out;
  if (m.is_object())
    for (auto it = m.begin(); it != m.end(); ++it)
      out += (out.empty() ? "" : "\n" + std::string(width, ' ')) + it.key() + sep +
             (it.value().is_string() ? it.value().get<std::string>() : it.value().dump());
  return out.empty() ? "<none>" : out;
}

std::string pad(const std::string& label, std::size_t width) {
  return label + std::string(label.size() < width ? width - label.size() : 1, ' ');
}

void header(std::ostream& out, const json& obj, std::size_t w, bool created = true) {
  const json meta = obj.value("metadata", json::object());
  out << pad("Name:", w) << meta.value("name", "") << "\n" << pad("Namespace:", w) << meta.value("namespace", "default") << "\n";
  if (created) out << pad("CreationTimestamp:", w) << when(meta) << "\n";
  out << pad("Labels:", w) << map_lines(meta.value("labels", json::object()), w) << "\n";
  out << pad("Annotations:", w) << map_lines(meta.value("annotations", json::object()), w, ": ") << "\n";
}

std::string selector_text(const json& sel) {
  std::string out;
  if (!sel.is_object()) return "<none>";
  const json labels = sel.value("matchLabels", json::object());
  for (auto it = labels.begin(); it != labels.end(); ++it) out += (out.empty() ? "" : ",") + it.key() + "=" + it.value().get<std::string>();
  for (const auto& e : sel.value("matchExpressions", json::array())) {
    std::string values;
    for (const auto& v : e.value("values", json::array())) values += (values.empty() ? "" : ",") + v.get<std::string>();
    std::string op = e.value("operator", "");
    std::string text = op == "Exists"         ? e.value("key", "")
                       : op == "DoesNotExist" ? "!" + e.value("key", "")
                                              : e.value("key", "") + (op == "In" ? " in " : " notin ") + "(" + values + ")";
    out += (out.empty() ? "" : ",") + text;
  }
  return out.empty() ? "<none>" : out;
}

// A pod template as kubectl describe prints one: labels, containers (image, command, ports,
// environment, mounts) and volumes.
void pod_template(std::ostream& out, const json& tmpl, const std::string& indent = "") {
  const json meta = tmpl.value("metadata", json::object());
  const json spec = tmpl.value("spec", json::object());
  out << indent << "Pod Template:\n"
      << indent << "  Labels:  " << map_lines(meta.value("labels", json::object()), indent.size() + 11) << "\n";
  for (const char* list : {"initContainers", "containers"}) {
    const json cs = spec.value(list, json::array());
    if (cs.empty()) continue;
    out << indent << (std::string(list) == "containers" ? "  Containers:\n" : "  Init Containers:\n");
    for (const auto& c : cs) {
      out << indent << "   " << c.value("name", "") << ":\n" << indent << "    Image:      " << c.value("image", "") << "\n";
      std::string ports;
      for (const auto& p : c.value("ports", json::array()))
        ports += (ports.empty() ? "" : ", ") + std::to_string(p.value("containerPort", 0)) + "/" + p.value("protocol", "TCP") +
                 (p.contains("name") ? " (" + p.value("name", "") + ")" : "");
      out << indent << "    Port:       " << (ports.empty() ? "<none>" : ports) << "\n";
      for (const char* f : {"command", "args"}) {
        if (!c.contains(f)) continue;
        out << indent << "    " << (std::string(f) == "command" ? "Command:" : "Args:") << "\n";
        for (const auto& a : c[f]) out << indent << "      " << (a.is_string() ? a.get<std::string>() : a.dump()) << "\n";
      }
      out << indent << "    Environment:";
      if (c.value("env", json::array()).empty()) out << "  <none>\n";
      else {
        out << "\n";
        for (const auto& e : c["env"])
          out << indent << "      " << e.value("name", "") << ":  "
              << (e.contains("value")       ? e.value("value", "")
                  : e.contains("valueFrom") ? e["valueFrom"].dump()
                                            : "")
              << "\n";
      }
      out << indent << "    Mounts:";
      if (c.value("volumeMounts", json::array()).empty()) out << "       <none>\n";
      else {
        out << "\n";
        for (const auto& m : c["volumeMounts"])
          out << indent << "      " << m.value("mountPath", "") << " from " << m.value("name", "") << " ("
              << (m.value("readOnly", false) ? "ro" : "rw") << ")\n";
      }
    }
  }
  const json volumes = spec.value("volumes", json::array());
  out << indent << "  Volumes:";
  if (volumes.empty()) out << "  <none>\n";
  else {
    out << "\n";
    for (const auto& v : volumes) {
      std::string type = "<unknown>";
      for (auto it = v.begin(); it != v.end(); ++it)
        if (it.key() != "name") type = it.key();
      out << indent << "   " << v.value("name", "") << ":\n" << indent << "    Type:  " << type << "\n";
    }
  }
}

void conditions(std::ostream& out, const json& status) {
  const json cs = status.value("conditions", json::array());
  if (cs.empty()) return;
  std::vector<std::vector<std::string>> rows = {{"  Type", "Status", "Reason"}, {"  ----", "------", "------"}};
  for (const auto& c : cs) rows.push_back({"  " + c.value("type", ""), c.value("status", ""), c.value("reason", "")});
  out << "Conditions:\n" << columns(rows);
}

// Phases of the pods a workload owns: "2 Running / 0 Waiting / 0 Succeeded / 0 Failed".
std::string pods_status(const pods::Context& ctx, const pods::WorkloadView& w) {
  int running = 0, waiting = 0, succeeded = 0, failed = 0;
  const std::vector<pods::PodName> names = pods::owned_pods(ctx, w);
  for (const auto& pod : pods::list_pods(ctx, w.ns))
    for (const auto& n : names)
      if (n.second == pod.state.name) {
        switch (pod.state.phase) {
          case state::PodPhase::Running: ++running; break;
          case state::PodPhase::Succeeded: ++succeeded; break;
          case state::PodPhase::Failed: ++failed; break;
          default: ++waiting;
        }
      }
  return std::to_string(running) + " Running / " + std::to_string(waiting) + " Waiting / " + std::to_string(succeeded) + " Succeeded / " +
         std::to_string(failed) + " Failed";
}

void describe_workload(std::ostream& out, const pods::Context& ctx, const pods::WorkloadView& w) {
  const json obj = w.shown();
  const json spec = obj.value("spec", json::object());
  const json status = obj.value("status", json::object());
  const std::size_t W = 24;
  header(out, obj, W);
  if (w.kind != pods::WorkloadKind::CronJob) out << pad("Selector:", W) << selector_text(spec.value("selector", json::object())) << "\n";
  auto n = [&](const char* k) { return std::to_string(status.value(k, 0)); };
  switch (w.kind) {
    case pods::WorkloadKind::Deployment: {
      const auto& d = w.model.deployment;
      out << pad("Replicas:", W) << d.replicas << " desired | " << n("updatedReplicas") << " updated | " << n("replicas") << " total | "
          << n("availableReplicas") << " available | " << n("unavailableReplicas") << " unavailable\n";
      bool recreate = d.strategy == model::DeploymentSpec::Strategy::Recreate;
      out << pad("StrategyType:", W) << (recreate ? "Recreate" : "RollingUpdate") << "\n"
          << pad("MinReadySeconds:", W) << d.min_ready_seconds << "\n";
      if (!recreate) {
        auto text = [](const model::IntOrPercent& v) { return std::to_string(v.value) + (v.percent ? "%" : ""); };
        out << pad("RollingUpdateStrategy:", W) << text(d.max_unavailable) << " max unavailable, " << text(d.max_surge) << " max surge\n";
      }
      pod_template(out, spec.value("template", json::object()));
      conditions(out, status);
      std::string olds, fresh;
      int newest = 0;
      for (const auto& s : w.deployment.sets) newest = std::max(newest, s.revision);
      for (const auto& s : w.deployment.sets) {
        std::string line =
            w.name + "-" + s.hash + " (" + std::to_string(s.replicas) + "/" + std::to_string(s.replicas) + " replicas created)";
        if (s.revision == newest) fresh = line;
        else if (s.replicas > 0) olds += (olds.empty() ? "" : ", ") + line;
      }
      out << "OldReplicaSets:  " << (olds.empty() ? "<none>" : olds) << "\nNewReplicaSet:   " << (fresh.empty() ? "<none>" : fresh) << "\n";
      break;
    }
    case pods::WorkloadKind::StatefulSet: {
      const auto& t = w.model.statefulset;
      out << pad("Replicas:", W) << t.replicas << " desired | " << n("replicas") << " total\n";
      out << pad("Update Strategy:", W) << (t.strategy == model::StatefulSetSpec::Strategy::OnDelete ? "OnDelete" : "RollingUpdate")
          << "\n";
      if (t.strategy == model::StatefulSetSpec::Strategy::RollingUpdate) out << pad("  Partition:", W) << t.partition << "\n";
      out << pad("Pods Status:", W) << pods_status(ctx, w) << "\n";
      pod_template(out, spec.value("template", json::object()));
      out << "Volume Claims:";
      if (spec.value("volumeClaimTemplates", json::array()).empty()) out << "  <none>\n";
      else {
        out << "\n";
        for (const auto& c : spec["volumeClaimTemplates"]) {
          const json cs = c.value("spec", json::object());
          std::string modes;
          for (const auto& m : cs.value("accessModes", json::array())) modes += (modes.empty() ? "" : " ") + m.get<std::string>();
          json capacity = cs.value("resources", json::object()).value("requests", json::object()).value("storage", json(""));
          out << "  Name:          " << c.value("metadata", json::object()).value("name", "") << "\n"
              << "  StorageClass:  " << cs.value("storageClassName", "") << "\n"
              << "  Capacity:      " << (capacity.is_string() ? capacity.get<std::string>() : capacity.dump()) << "\n"
              << "  Access Modes:  [" << modes << "]\n"
              << "  Local path:    " << ctx.storage_root << "/volumes/" << w.ns << "/"
              << c.value("metadata", json::object()).value("name", "") << "-" << w.name << "-<ordinal>\n";
        }
      }
      break;
    }
    case pods::WorkloadKind::DaemonSet: {
      out << pad("Desired Number of Nodes Scheduled:", 36) << 1 << "\n"
          << pad("Current Number of Nodes Scheduled:", 36) << n("currentNumberScheduled") << "\n"
          << pad("Number of Nodes Scheduled with Up-to-date Pods:", 36) << n("updatedNumberScheduled") << "\n"
          << pad("Number of Nodes Scheduled with Available Pods:", 36) << n("numberAvailable") << "\n"
          << pad("Number of Nodes Misscheduled:", 36) << 0 << "\n"
          << pad("Pods Status:", 36) << pods_status(ctx, w) << "\n";
      pod_template(out, spec.value("template", json::object()));
      break;
    }
    case pods::WorkloadKind::Job: {
      const auto& j = w.model.job;
      out << pad("Parallelism:", W) << j.parallelism << "\n"
          << pad("Completions:", W) << (j.completions ? std::to_string(*j.completions) : "<unset>") << "\n"
          << pad("Completion Mode:", W) << (j.indexed ? "Indexed" : "NonIndexed") << "\n";
      if (status.contains("startTime")) out << pad("Start Time:", W) << status.value("startTime", "") << "\n";
      if (status.contains("completionTime")) out << pad("Completed At:", W) << status.value("completionTime", "") << "\n";
      out << pad("Pods Statuses:", W) << n("active") << " Active (" << n("ready") << " Ready) / " << n("succeeded") << " Succeeded / "
          << n("failed") << " Failed\n";
      if (status.contains("completedIndexes")) out << pad("Completed Indexes:", W) << status.value("completedIndexes", "") << "\n";
      pod_template(out, spec.value("template", json::object()));
      conditions(out, status);
      break;
    }
    case pods::WorkloadKind::CronJob: {
      const auto& c = w.model.cronjob;
      const std::size_t W = 30;
      const char* policy = c.concurrency == model::CronJobSpec::Concurrency::Forbid    ? "Forbid"
                           : c.concurrency == model::CronJobSpec::Concurrency::Replace ? "Replace"
                                                                                       : "Allow";
      out << pad("Schedule:", W) << c.schedule << "\n"
          << pad("Concurrency Policy:", W) << policy << "\n"
          << pad("Suspend:", W) << (c.suspend ? "True" : "False") << "\n"
          << pad("Successful Job History Limit:", W) << c.successful_history << "\n"
          << pad("Failed Job History Limit:", W) << c.failed_history << "\n";
      if (!c.time_zone.empty()) out << pad("Time Zone:", W) << c.time_zone << "\n";
      out << pad("Last Schedule Time:", W) << status.value("lastScheduleTime", "<unset>") << "\n";
      std::string active;
      for (const auto& a : status.value("active", json::array())) active += (active.empty() ? "" : ", ") + a.value("name", "");
      out << pad("Active Jobs:", W) << (active.empty() ? "<none>" : active) << "\n";
      break;
    }
  }
  out << "Events:                  <none>\n";
}

void describe_service(std::ostream& out, const pods::ServiceView& s, const std::vector<plan::EndpointPod>& eps) {
  const std::size_t W = 26;
  header(out, s.object, W, false);
  const json spec = s.object.value("spec", json::object());
  out << pad("Selector:", W) << map_lines(spec.value("selector", json::object()), W).substr(0) << "\n";
  out << pad("Type:", W) << spec.value("type", "ClusterIP") << "\n"
      << pad("IP Family Policy:", W) << "SingleStack\n"
      << pad("IP Families:", W) << "IPv4\n"
      << pad("IP:", W) << spec.value("clusterIP", "") << "\n"
      << pad("IPs:", W) << spec.value("clusterIP", "") << "\n";
  plan::ServicePlan sp = plan::service_plan(s.service, eps);
  for (std::size_t i = 0; i < s.service.ports.size(); ++i) {
    const auto& p = s.service.ports[i];
    out << pad("Port:", W) << (p.name.empty() ? "<unset>" : p.name) << "  " << p.port << "/" << p.protocol << "\n";
    std::string target = p.target_port_name.empty() ? std::to_string(p.target_port ? p.target_port : p.port) : p.target_port_name;
    out << pad("TargetPort:", W) << target << "/" << p.protocol << "\n";
    if (p.node_port)
      out << pad("NodePort:", W) << (p.name.empty() ? "<unset>" : p.name) << "  " << p.node_port << "/" << p.protocol << "\n";
    std::string endpoints;
    for (const auto& b : sp.backends[i])
      if (b.ready) endpoints += (endpoints.empty() ? "" : ",") + b.ip + ":" + std::to_string(b.port);
    out << pad("Endpoints:", W) << (endpoints.empty() ? "<none>" : endpoints) << "\n";
  }
  out << pad("Session Affinity:", W) << (s.service.client_ip_affinity ? "ClientIP" : "None") << "\n" << pad("Events:", W) << "<none>\n";
}

// A NetworkPolicy in kubectl's words: who is allowed in and out of the pods it selects.
void describe_network_policy(std::ostream& out, const pods::NetworkPolicyView& p) {
  const json meta = p.object.value("metadata", json::object());
  out << "Name:         " << p.name << "\nNamespace:    " << p.ns << "\nCreated on:   " << meta.value("creationTimestamp", "") << "\n"
      << "Labels:       " << map_lines(meta.value("labels", json::object()), 14) << "\n"
      << "Annotations:  " << map_lines(meta.value("annotations", json::object()), 14, ": ") << "\n";
  const json spec = p.object.value("spec", json::object());
  std::string sel = selector_text(spec.value("podSelector", json::object()));
  out << "Spec:\n  PodSelector:     " << (sel == "<none>" ? "<none> (Allowing the specific traffic to all pods in this namespace)" : sel)
      << "\n";
  auto peers = [&](const json& list, const char* word) {
    if (list.empty()) {
      out << "    " << word << ": <any> (traffic not restricted by " << (std::string(word) == "From" ? "source" : "destination") << ")\n";
      return;
    }
    for (const auto& peer : list) {
      out << "    " << word << ":\n";
      if (peer.contains("ipBlock")) {
        out << "      IPBlock:\n        CIDR: " << peer["ipBlock"].value("cidr", "") << "\n        Except: ";
        std::string ex;
        for (const auto& e : peer["ipBlock"].value("except", json::array())) ex += (ex.empty() ? "" : ", ") + e.get<std::string>();
        out << ex << "\n";
      }
      if (peer.contains("namespaceSelector")) out << "      NamespaceSelector: " << selector_text(peer["namespaceSelector"]) << "\n";
      if (peer.contains("podSelector")) out << "      PodSelector: " << selector_text(peer["podSelector"]) << "\n";
    }
  };
  auto ports = [&](const json& list, const char* word) {
    if (list.empty()) out << "    " << word << " Port: <any> (traffic allowed to all ports)\n";
    for (const auto& port : list) {
      std::string number =
          port.contains("port") ? (port["port"].is_string() ? port["port"].get<std::string>() : port["port"].dump()) : "<any>";
      if (port.contains("endPort")) number += "-" + port["endPort"].dump();
      out << "    " << word << " Port: " << number << "/" << port.value("protocol", "TCP") << "\n";
    }
  };
  if (p.policy.ingress_isolated) {
    out << "  Allowing ingress traffic:\n";
    if (spec.value("ingress", json::array()).empty()) out << "    <none> (Selected pods are isolated for ingress connectivity)\n";
    for (const auto& rule : spec.value("ingress", json::array())) {
      ports(rule.value("ports", json::array()), "To");
      peers(rule.value("from", json::array()), "From");
      out << "    ----------\n";
    }
  } else {
    out << "  Not affecting ingress traffic\n";
  }
  if (p.policy.egress_isolated) {
    out << "  Allowing egress traffic:\n";
    if (spec.value("egress", json::array()).empty()) out << "    <none> (Selected pods are isolated for egress connectivity)\n";
    for (const auto& rule : spec.value("egress", json::array())) {
      ports(rule.value("ports", json::array()), "To");
      peers(rule.value("to", json::array()), "To");
      out << "    ----------\n";
    }
  } else {
    out << "  Not affecting egress traffic\n";
  }
  out << "  Policy Types: " << (p.policy.ingress_isolated ? "Ingress" : "")
      << (p.policy.ingress_isolated && p.policy.egress_isolated ? ", " : "") << (p.policy.egress_isolated ? "Egress" : "") << "\n";
}

template <typename View>
std::optional<int> print_chosen(std::vector<View> all, const std::vector<std::string>& names, const std::string& what,
                                const std::string& ns, const std::function<void(std::ostream&, const View&)>& print) {
  std::vector<View> chosen;
  if (names.empty()) chosen = std::move(all);
  for (const auto& n : names) {
    auto it = std::find_if(all.begin(), all.end(), [&](const View& v) { return v.name == n; });
    if (it == all.end()) {
      std::cerr << "podrun: " << what << " \"" << n << "\" not found in namespace " << ns << "\n";
      return kExitFailure;
    }
    chosen.push_back(*it);
  }
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    std::ostringstream out;
    print(out, chosen[i]);
    std::cout << (i ? "\n\n" : "") << out.str();
  }
  return kExitOk;
}

}  // namespace

std::optional<int> describe_resources(const GlobalOptions& g, const std::vector<std::string>& args, const std::string& ns) {
  if (args.empty()) return std::nullopt;
  pods::Context ctx = context(g);
  const std::vector<std::string> names(args.begin() + 1, args.end());
  const std::string& kind = args[0];
  if (auto w = pods::parse_workload_kind(kind))
    return print_chosen<pods::WorkloadView>(pods::list_workloads(ctx, *w, ns), names, pods::workload_kind_name(*w), ns,
                                            [&](std::ostream& out, const pods::WorkloadView& v) { describe_workload(out, ctx, v); });
  if (kind == "service" || kind == "services" || kind == "svc") {
    pods::ManifestCache manifests;
    const std::vector<plan::EndpointPod> eps = pods::endpoint_pods(pods::list_pods(ctx, ns), manifests);
    return print_chosen<pods::ServiceView>(pods::list_services(ctx, ns), names, "service", ns,
                                           [&](std::ostream& out, const pods::ServiceView& s) { describe_service(out, s, eps); });
  }
  if (kind == "networkpolicy" || kind == "networkpolicies" || kind == "netpol")
    return print_chosen<pods::NetworkPolicyView>(pods::list_network_policies(ctx, ns), names, "networkpolicy", ns, describe_network_policy);
  return std::nullopt;
}

}  // namespace podrun::cli
