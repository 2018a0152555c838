#include "plan/render.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "plan/matrix.h"

namespace podrun::plan {

using ojson = nlohmann::ordered_json;

namespace {

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

}  // namespace

// Where a volume's files are, as `plan` prints it.
std::string volume_source_text(const VolumePlan& v) {
  if (v.type == VolumeType::Image) return "image-volume:" + v.image;
  return v.type == VolumeType::HostPath ? v.host_path : "pod:volumes/" + v.name;
}

// As kubectl describe prints a probe's or hook's action.
std::string handler_text(const HandlerPlan& h) {
  std::string out;
  switch (h.type) {
    case HandlerType::Exec: out = "exec [" + join(h.command, " ") + "]"; break;
    case HandlerType::HttpGet:
      out = "http-get " + std::string(h.scheme == "HTTPS" ? "https" : "http") + "://" + h.host + ":" + std::to_string(h.port) + h.path;
      break;
    case HandlerType::TcpSocket: out = "tcp-socket " + h.host + ":" + std::to_string(h.port); break;
    case HandlerType::Sleep: out = "sleep " + std::to_string(h.sleep_seconds) + "s"; break;
    case HandlerType::Grpc: out = "grpc <pod>:" + std::to_string(h.port) + " " + h.service; break;
  }
  if (!h.port_error.empty()) out += " (" + h.port_error + ")";
  return out;
}

namespace {

// "In 42,43 → Restart", "NotIn 0 → RestartAllContainers", "NotIn (none) → Restart"
std::string restart_rule_text(const RestartRule& r) {
  std::string codes;
  for (int v : r.values) codes += (codes.empty() ? "" : ",") + std::to_string(v);
  return std::string(r.in ? "In " : "NotIn ") + (codes.empty() ? "(none)" : codes) + " → " + restart_action_name(r.action);
}

std::string octal(int mode) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0%o", mode);
  return buf;
}

ojson v1_json(const CgroupV1Values& v) {
  ojson j;
  j["cpu.shares"] = v.cpu_shares;
  j["cpu.cfs_quota_us"] = v.cpu_cfs_quota_us;
  j["cpu.cfs_period_us"] = v.cpu_cfs_period_us;
  j["memory.limit_in_bytes"] = v.memory_limit_in_bytes ? ojson(*v.memory_limit_in_bytes) : ojson(-1);
  j["pids.max"] = v.pids_max ? ojson(std::to_string(*v.pids_max)) : ojson("max");
  return j;
}

ojson v2_json(const CgroupV2Values& v) {
  return ojson{{"cpu.weight", v.cpu_weight}, {"cpu.max", v.cpu_max}, {"memory.max", v.memory_max}, {"pids.max", v.pids_max}};
}

ojson devices_json(const DevicePolicy& d) {
  if (!d.restricted) return "unrestricted";
  ojson allow = ojson::array();
  for (const auto& r : d.allow) allow.push_back(device_rule_text(r));
  return allow;
}

ojson cgroup_json(const CgroupPlan& c) {
  return ojson{{"path", c.path}, {"v1", v1_json(c.v1)}, {"v2", v2_json(c.v2)}, {"devices", devices_json(c.devices)}};
}

ojson handler_json(const HandlerPlan& h) {
  ojson j{{"type", handler_type_name(h.type)}};
  if (h.type == HandlerType::Exec) j["command"] = h.command;
  if (h.type == HandlerType::HttpGet) {
    j["scheme"] = h.scheme;
    j["host"] = h.host;
    j["path"] = h.path;
  }
  if (h.type == HandlerType::HttpGet || h.type == HandlerType::TcpSocket || h.type == HandlerType::Grpc) j["port"] = h.port;
  if (h.type == HandlerType::Grpc) j["service"] = h.service;
  if (!h.port_error.empty()) j["portError"] = h.port_error;
  if (h.type == HandlerType::Sleep) j["seconds"] = h.sleep_seconds;
  return j;
}

std::string env_value(const EnvVarPlan& e) {
  if (e.sensitive) return "<from " + e.from + ">";
  if (!e.resolve_at_start.empty()) return "<" + e.resolve_at_start + ", at start>";
  return e.value;
}

std::string file_content(const ProjectedFile& f) {
  return f.sensitive ? "<secret, " + std::to_string(f.content.size()) + " bytes>" : f.content;
}

std::string hosts_text(const std::vector<HostsEntry>& entries) {
  std::string out;
  for (const auto& e : entries) {
    if (!e.comment.empty()) out += (out.empty() ? "# " : "\n# ") + e.comment + "\n";
    out += (e.ip == "@podIP" ? "<pod IP>" : e.ip) + "\t" + join(e.names, "\t") + "\n";
  }
  return out;
}

}  // namespace

ojson plan_json(const Plan& plan) {
  ojson root;
  root["host"] = {{"cgroupVersion", plan.host.cgroup_version == CgroupVersion::V1 ? 1 : 2},
                  {"pageSize", plan.host.page_size},
                  {"cpuCount", plan.host.cpu_count},
                  {"memoryBytes", plan.host.memory_bytes},
                  {"nodeName", plan.host.node_name}};
  ojson pods = ojson::array();
  for (const auto& p : plan.pods) {
    ojson pj;
    pj["namespace"] = p.ns;
    pj["name"] = p.name;
    pj["uid"] = p.uid;
    pj["hostname"] = p.hostname;
    pj["fqdn"] = p.fqdn;
    pj["qosClass"] = qos_name(p.qos);
    pj["specHash"] = p.spec_hash;
    pj["restartPolicy"] = restart_policy_name(p.restart_policy);
    pj["terminationGracePeriodSeconds"] = p.termination_grace_period_seconds;
    ojson pause;
    ojson creates = ojson::array();
    for (NsKind k : p.pause.creates) creates.push_back(ns_name(k));
    pause["namespaces"] = creates;
    pause["pid1"] = p.pause.pid1;
    pause["hostname"] = p.pause.hostname;
    pause["oomScoreAdj"] = p.pause.oom_score_adj;
    if (p.pause.uid_map)
      pause["uidMap"] = pause["gidMap"] =
          ojson{{"containerID", p.pause.uid_map->container_id},
                {"hostID", p.pause.uid_map->host_id ? ojson(*p.pause.uid_map->host_id) : ojson("allocated at start")},
                {"size", p.pause.uid_map->size}};
    pj["pause"] = pause;
    pj["cgroup"] = cgroup_json(p.cgroup);
    pj["shm"] = {{"source", p.host_ipc_shm ? "host" : "pod:shm"}, {"sizeBytes", p.shm_size_bytes}};
    ojson vols = ojson::array();
    for (const auto& v : p.volumes) {
      ojson vj{{"name", v.name}, {"type", volume_type_name(v.type)}, {"source", volume_source_text(v)}};
      if (v.type == VolumeType::EmptyDir) {
        vj["medium"] = v.medium == StorageMedium::Memory ? "Memory" : "";
        vj["sizeLimitBytes"] = v.size_limit_bytes ? ojson(*v.size_limit_bytes) : ojson(nullptr);
      }
      if (v.type == VolumeType::HostPath) vj["hostPathType"] = host_path_type_name(v.host_path_type);
      if (v.type == VolumeType::Image) {
        vj["reference"] = v.image;
        vj["pullPolicy"] = pull_policy_name(v.image_pull_policy.value_or(PullPolicy::IfNotPresent));
      }
      if (v.fs_group) vj["fsGroup"] = *v.fs_group;
      if (has_files(v.type)) {
        vj["tmpfs"] = v.tmpfs;
        ojson files = ojson::array();
        for (const auto& f : v.files) files.push_back({{"path", f.path}, {"mode", octal(f.mode)}, {"content", file_content(f)}});
        vj["files"] = files;
      }
      vols.push_back(vj);
    }
    pj["volumes"] = vols;
    ojson containers = ojson::array();
    for (const auto& c : p.containers) {
      ojson cj;
      cj["name"] = c.name;
      cj["type"] = container_kind_name(c.kind);
      cj["image"] = c.image;
      cj["imagePullPolicy"] = pull_policy_name(c.image_pull_policy);
      ojson ns;
      for (NsKind k : kAllNsKinds) ns[ns_name(k)] = c.namespaces.at(k).str();
      cj["namespaces"] = ns;
      ojson mounts = ojson::array();
      for (const auto& m : c.mounts)
        mounts.push_back(
            {{"destination", m.destination}, {"source", m.source.str(m.type)}, {"type", mount_type_name(m.type)}, {"options", m.options}});
      cj["mounts"] = mounts;
      cj["cgroup"] = cgroup_json(c.cgroup);
      cj["oomScoreAdj"] = c.oom_score_adj;
      ojson env = ojson::array();
      for (const auto& e : c.process.env) {
        ojson ej{{"name", e.name}, {"value", env_value(e)}};
        if (!e.from.empty()) ej["from"] = e.from;
        env.push_back(ej);
      }
      cj["process"] = {{"args", c.process.args},
                       {"env", env},
                       {"cwd", c.process.cwd},
                       {"uid", c.process.uid ? ojson(*c.process.uid) : ojson(nullptr)},
                       {"gid", c.process.gid ? ojson(*c.process.gid) : ojson(nullptr)},
                       {"supplementalGroups", c.process.supplemental_groups},
                       {"supplementalGroupsPolicy", c.process.image_groups ? "Merge" : "Strict"},
                       {"capabilities", c.process.capabilities},
                       {"noNewPrivs", c.process.no_new_privs}};
      if (!c.process.user_note.empty()) cj["process"]["userNote"] = c.process.user_note;
      {
        const SecurityPlan& sp = c.security;
        ojson sec{{"privileged", sp.privileged},        {"readOnlyRootFilesystem", sp.read_only_root}, {"maskedPaths", sp.masked_paths},
                  {"readonlyPaths", sp.readonly_paths}, {"seccomp", seccomp_type_name(sp.seccomp)},    {"seccompFrom", sp.seccomp_from}};
        if (!sp.seccomp_profile.empty()) sec["seccompProfile"] = sp.seccomp_profile;
        cj["security"] = sec;
      }
      cj["restartPolicy"] = restart_policy_name(c.restart_policy);
      if (!c.restart_rules.empty()) {
        ojson rules = ojson::array();
        for (const auto& r : c.restart_rules)
          rules.push_back(ojson{{"action", restart_action_name(r.action)},
                                {"exitCodes", ojson{{"operator", r.in ? "In" : "NotIn"}, {"values", r.values}}}});
        cj["restartPolicyRules"] = rules;
      }
      ojson ports = ojson::array();
      for (const auto& port : c.ports) {
        ojson pj3{{"containerPort", port.container_port}, {"protocol", protocol_name(port.protocol)}};
        if (!port.name.empty()) pj3["name"] = port.name;
        if (port.host_port) pj3["hostPort"] = port.host_port;
        if (!port.host_ip.empty()) pj3["hostIP"] = port.host_ip;
        ports.push_back(pj3);
      }
      cj["ports"] = ports;
      for (const auto& [label, probe] : {std::pair{"startupProbe", &c.startup_probe}, std::pair{"livenessProbe", &c.liveness_probe},
                                         std::pair{"readinessProbe", &c.readiness_probe}})
        if (*probe) {
          ojson pj2 = handler_json((*probe)->handler);
          pj2["initialDelaySeconds"] = (*probe)->initial_delay_seconds;
          pj2["timeoutSeconds"] = (*probe)->timeout_seconds;
          pj2["periodSeconds"] = (*probe)->period_seconds;
          pj2["successThreshold"] = (*probe)->success_threshold;
          pj2["failureThreshold"] = (*probe)->failure_threshold;
          cj[label] = pj2;
        }
      if (c.post_start) cj["postStart"] = handler_json(*c.post_start);
      if (c.pre_stop) cj["preStop"] = handler_json(*c.pre_stop);
      if (c.stop_signal != 15) cj["stopSignal"] = c.stop_signal;
      cj["startErrors"] = c.start_errors;
      containers.push_back(cj);
    }
    pj["containers"] = containers;
    pj["etcHosts"] = hosts_text(p.etc_hosts);
    pj["resolvConf"] = p.resolv_conf;
    pj["startOrder"] = start_order(p);
    pj["teardownOrder"] = teardown_order(p);
    pj["warnings"] = p.warnings;
    if (!p.sysctls.empty()) {
      ojson sysctls = ojson::array();
      for (const auto& s : p.sysctls)
        sysctls.push_back({{"name", s.name}, {"value", s.value}, {"namespace", s.ns ? ns_name(*s.ns) : ""}, {"safe", s.safe}});
      pj["sysctls"] = sysctls;
    }
    if (!p.admission_errors.empty()) pj["admissionErrors"] = p.admission_errors;
    pods.push_back(pj);
  }
  root["pods"] = pods;
  ojson matrix = ojson::array();
  for (const auto& r : isolation_matrix(plan)) {
    ojson rj{{"pod", r.pod}, {"a", r.a}, {"b", r.b}};
    for (std::size_t k = 0; k < kMatrixColumns.size(); ++k) rj[kMatrixColumns[k]] = sharing_name(r.cells[k]);
    if (!r.note.empty()) rj["note"] = r.note;
    matrix.push_back(rj);
  }
  root["isolation"] = matrix;
  return root;
}

namespace {

// A plain text table: columns padded to their widest cell.
std::string table(const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
  std::vector<std::size_t> width;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], r[i].size());
    }
  std::string out;
  for (const auto& r : rows) {
    std::string line = indent;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(width[i] - r[i].size() + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string describe_cgroup(const CgroupPlan& c, CgroupVersion v) {
  if (v == CgroupVersion::V2)
    return "cpu.weight=" + std::to_string(c.v2.cpu_weight) + "  cpu.max=\"" + c.v2.cpu_max + "\"  memory.max=" + c.v2.memory_max +
           "  pids.max=" + c.v2.pids_max;
  return "cpu.shares=" + std::to_string(c.v1.cpu_shares) + "  cpu.cfs_quota_us=" + std::to_string(c.v1.cpu_cfs_quota_us) + "/" +
         std::to_string(c.v1.cpu_cfs_period_us) + "  memory.limit_in_bytes=" +
         (c.v1.memory_limit_in_bytes ? std::to_string(*c.v1.memory_limit_in_bytes) : std::string("unlimited")) +
         "  pids.max=" + (c.v1.pids_max ? std::to_string(*c.v1.pids_max) : std::string("max"));
}

}  // namespace

std::string plan_text(const Plan& plan) {
  std::ostringstream out;
  auto matrix = isolation_matrix(plan);
  for (const auto& p : plan.pods) {
    std::string pod = p.ns + "/" + p.name;
    out << "Pod " << pod << "\n";
    out << "  uid " << p.uid << ", spec hash " << p.spec_hash << ", QoS " << qos_name(p.qos) << ", restartPolicy "
        << restart_policy_name(p.restart_policy) << "\n";
    out << "  hostname " << p.hostname << (p.fqdn.empty() ? "" : " (FQDN " + p.fqdn + ")") << "\n";
    std::vector<std::string> creates;
    for (NsKind k : p.pause.creates) creates.push_back(ns_name(k));
    out << "  pause holder: creates " << (creates.empty() ? "no namespace (all from the host)" : join(creates, ", "))
        << (p.pause.pid1 ? "; PID 1 of the pod, reaps zombies" : "")
        << (p.pause.uid_map ? "; user namespace maps 0-65535 to a block allocated at start" : "") << "\n";
    std::vector<std::string> order;
    for (const auto& name : start_order(p)) {
      std::string label = name;
      for (const auto& c : p.containers)
        if (c.name == name && c.kind != ContainerKind::App) label += " (" + std::string(container_kind_name(c.kind)) + ")";
      order.push_back(label);
    }
    out << "  start order: " << join(order, " -> ") << "\n\n";

    std::vector<std::vector<std::string>> ns_rows = {{"Namespaces"}};
    for (NsKind k : kAllNsKinds) ns_rows[0].push_back(ns_name(k));
    for (const auto& c : p.containers) {
      std::vector<std::string> r = {c.name};
      for (NsKind k : kAllNsKinds) r.push_back(c.namespaces.at(k).str());
      ns_rows.push_back(r);
    }
    out << table(ns_rows, "  ") << "\n";

    std::vector<std::vector<std::string>> iso = {{"Isolation"}};
    for (const char* col : kMatrixColumns) iso[0].push_back(col);
    std::vector<std::string> notes;
    for (const auto& r : matrix) {
      if (r.pod != pod) continue;
      std::vector<std::string> row = {r.a + " <-> " + r.b};
      for (Sharing s : r.cells) row.push_back(sharing_name(s));
      iso.push_back(row);
      if (!r.note.empty()) notes.push_back(r.a + " <-> " + r.b + ": " + r.note);
    }
    out << table(iso, "  ");
    for (const auto& n : notes) out << "    note: " << n << "\n";
    out << "\n";

    bool v2 = plan.host.cgroup_version == CgroupVersion::V2;
    out << "  Cgroups (cgroup " << (v2 ? "v2" : "v1") << " values; -o json has both)\n";
    std::vector<std::vector<std::string>> cg = {{"pod", p.cgroup.path, describe_cgroup(p.cgroup, plan.host.cgroup_version)}};
    for (const auto& c : p.containers)
      cg.push_back({c.name, c.cgroup.path,
                    describe_cgroup(c.cgroup, plan.host.cgroup_version) + "  oom_score_adj=" + std::to_string(c.oom_score_adj)});
    out << table(cg, "    ") << "\n";

    for (const auto& c : p.containers) {
      out << "  Container " << c.name << " (" << container_kind_name(c.kind) << ", image " << c.image << ", "
          << pull_policy_name(c.image_pull_policy) << ")\n";
      out << "    args: " << (c.process.args.empty() ? "(none)" : join(c.process.args, " ")) << "\n";
      out << "    cwd " << c.process.cwd << ", uid " << (c.process.uid ? std::to_string(*c.process.uid) : "?") << ", gid "
          << (c.process.gid ? std::to_string(*c.process.gid) : "?") << (c.process.user_note.empty() ? "" : " (" + c.process.user_note + ")")
          << "\n";
      {
        std::vector<std::string> groups;
        for (auto g : c.process.supplemental_groups) groups.push_back(std::to_string(g));
        out << "    supplementary groups: " << (groups.empty() ? "none" : join(groups, ","))
            << (c.process.image_groups ? " and the user's groups in the image's /etc/group (Merge)" : " only (Strict)") << "\n";
      }
      for (const auto& e : c.process.env)
        out << "    env " << e.name << "=" << env_value(e) << (e.from.empty() ? "" : "  (" + e.from + ")") << "\n";
      std::vector<std::vector<std::string>> mrows;
      for (const auto& m : c.mounts) mrows.push_back({m.destination, mount_type_name(m.type), m.source.str(m.type), join(m.options, ",")});
      out << "    mounts, in order:\n" << table(mrows, "      ");
      out << "    restartPolicy " << restart_policy_name(c.restart_policy);
      for (const auto& r : c.restart_rules) out << "; exit code " << restart_rule_text(r);
      out << "\n";
      out << "    capabilities: " << (c.process.capabilities.empty() ? "(none)" : join(c.process.capabilities, ","))
          << (c.process.no_new_privs ? "; no_new_privs" : "") << "\n";
      out << "    seccomp " << seccomp_type_name(c.security.seccomp)
          << (c.security.seccomp_profile.empty() ? "" : " " + c.security.seccomp_profile) << " (" << c.security.seccomp_from << ")"
          << (c.security.privileged ? "; privileged" : "") << (c.security.read_only_root ? "; read-only root filesystem" : "") << "; "
          << c.security.masked_paths.size() << " masked and " << c.security.readonly_paths.size() << " read-only /proc and /sys paths\n";
      std::vector<std::string> devs;
      for (const auto& r : c.cgroup.devices.allow) devs.push_back(device_rule_text(r));
      out << "    devices: " << (c.cgroup.devices.restricted ? "only " + join(devs, ", ") : std::string("all (unrestricted)")) << "\n";
      for (const auto& port : c.ports)
        if (port.host_port)
          out << "    hostPort " << (port.host_ip.empty() ? "" : port.host_ip + ":") << port.host_port << " -> " << port.container_port
              << "/" << protocol_name(port.protocol) << " (DNAT to the pod's address)\n";
      for (const auto& [label, probe] : {std::pair{"startupProbe", &c.startup_probe}, std::pair{"livenessProbe", &c.liveness_probe},
                                         std::pair{"readinessProbe", &c.readiness_probe}})
        if (*probe)
          out << "    " << label << ": " << handler_text((*probe)->handler) << " delay=" << (*probe)->initial_delay_seconds
              << "s timeout=" << (*probe)->timeout_seconds << "s period=" << (*probe)->period_seconds
              << "s #success=" << (*probe)->success_threshold << " #failure=" << (*probe)->failure_threshold << "\n";
      if (c.post_start) out << "    postStart: " << handler_text(*c.post_start) << "\n";
      if (c.pre_stop) out << "    preStop: " << handler_text(*c.pre_stop) << "\n";
      if (c.stop_signal != 15) out << "    stopped with signal " << c.stop_signal << " (lifecycle.stopSignal), not SIGTERM\n";
      for (const auto& e : c.start_errors) out << "    will not start: " << e << "\n";
      out << "\n";
    }
    if (!p.volumes.empty()) {
      out << "  Volumes\n";
      for (const auto& v : p.volumes) {
        out << "    " << v.name << ": " << volume_type_name(v.type) << " " << volume_source_text(v);
        if (v.medium == StorageMedium::Memory)
          out << " (tmpfs" << (v.size_limit_bytes ? ", size " + std::to_string(*v.size_limit_bytes) : "") << ")";
        if (v.host_path_type != HostPathType::Unchecked) out << " (type " << host_path_type_name(v.host_path_type) << ")";
        if (v.tmpfs) out << " (tmpfs)";
        if (v.type == VolumeType::Image)
          out << " (pullPolicy " << pull_policy_name(v.image_pull_policy.value_or(PullPolicy::IfNotPresent))
              << "; read-only overlay of its layers)";
        if (v.fs_group) out << " (fsGroup " << *v.fs_group << ": group-owned, " << (v.read_only ? "group r" : "setgid, group rw") << ")";
        out << "\n";
        for (const auto& f : v.files) out << "      " << f.path << " " << octal(f.mode) << " " << file_content(f).substr(0, 60) << "\n";
      }
      out << "\n";
    }
    for (const auto& s : p.sysctls)
      out << "  sysctl " << s.name << "=" << s.value << " (the pod's " << (s.ns ? ns_name(*s.ns) : "no") << " namespace; "
          << (s.safe ? "safe" : "unsafe") << ")\n";
    for (const auto& e : p.admission_errors) out << "  pod will not start: " << e << "\n";
    if (!p.sysctls.empty() || !p.admission_errors.empty()) out << "\n";
    for (const auto& w : p.warnings) out << "  warning: " << w << "\n";
    if (!p.warnings.empty()) out << "\n";
  }
  std::vector<std::vector<std::string>> cross = {{"Between pods"}};
  for (const char* col : kMatrixColumns) cross[0].push_back(col);
  for (const auto& r : matrix) {
    if (r.a.rfind("pod ", 0) != 0) continue;
    std::vector<std::string> row = {r.a.substr(4) + " <-> " + r.b.substr(4)};
    for (Sharing s : r.cells) row.push_back(sharing_name(s));
    cross.push_back(row);
  }
  if (cross.size() > 1) out << table(cross, "");
  return out.str();
}

std::string plan_dot(const Plan& plan) {
  // The namespace-sharing graph: the host and each pod as clusters, namespaces as ellipses,
  // pause holders and containers as boxes, "member of" edges.
  std::ostringstream out;
  auto id = [](std::string s) {
    for (char& c : s)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return s;
  };
  out << "digraph podrun {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=11];\n"
      << "  edge [color=\"#555555\", arrowsize=0.6];\n";
  std::set<NsKind> host_kinds;
  for (const auto& p : plan.pods)
    for (const auto& c : p.containers)
      for (NsKind k : kAllNsKinds)
        if (c.namespaces.at(k).type == NsSource::Type::Host) host_kinds.insert(k);
  out << "  subgraph cluster_host {\n    label=\"host\"; style=rounded; color=\"#888888\";\n";
  out << "    host [label=\"host (PID 1 and every process outside pods)\", shape=box, style=filled, fillcolor=\"#eeeeee\"];\n";
  for (NsKind k : host_kinds)
    out << "    host_" << ns_name(k) << " [label=\"host " << ns_name(k) << "\", shape=ellipse, style=filled, fillcolor=\"#dddddd\"];\n";
  out << "  }\n";
  for (const auto& p : plan.pods) {
    std::string pid = id(p.ns + "_" + p.name);
    out << "  subgraph cluster_" << pid << " {\n    label=\"pod " << p.ns << "/" << p.name << "\"; style=rounded; color=\"#3366aa\";\n";
    out << "    " << pid << "_pause [label=\"pause holder\", shape=box, style=filled, fillcolor=\"#cfe0f5\"];\n";
    for (NsKind k : p.pause.creates) {
      out << "    " << pid << "_" << ns_name(k) << " [label=\"pod " << ns_name(k)
          << "\", shape=ellipse, style=filled, fillcolor=\"#e3eefb\"];\n";
      out << "    " << pid << "_pause -> " << pid << "_" << ns_name(k) << ";\n";
    }
    for (const auto& c : p.containers) {
      std::string cid = pid + "_c_" + id(c.name);
      out << "    " << cid << " [label=\"" << c.name << " (" << container_kind_name(c.kind)
          << ")\", shape=box, style=filled, fillcolor=\"#fff2cc\"];\n";
      for (NsKind k : kAllNsKinds) {
        const NsSource& s = c.namespaces.at(k);
        if (s.type == NsSource::Type::Pod) out << "    " << cid << " -> " << pid << "_" << ns_name(k) << ";\n";
        if (s.type == NsSource::Type::Private) {
          out << "    " << cid << "_" << ns_name(k) << " [label=\"" << ns_name(k) << "\", shape=ellipse, style=dashed];\n";
          out << "    " << cid << " -> " << cid << "_" << ns_name(k) << " [style=dashed];\n";
        }
      }
    }
    out << "  }\n";
    for (const auto& c : p.containers)
      for (NsKind k : kAllNsKinds)
        if (c.namespaces.at(k).type == NsSource::Type::Host)
          out << "  " << pid << "_c_" << id(c.name) << " -> host_" << ns_name(k) << ";\n";
  }
  for (NsKind k : host_kinds) out << "  host -> host_" << ns_name(k) << ";\n";
  out << "}\n";
  return out.str();
}

}  // namespace podrun::plan

namespace podrun::plan {

namespace {

// A word as a POSIX shell reads it back: bare when it is safe, else in single quotes.
std::string shell_word(const std::string& w) {
  if (!w.empty() && w.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@,+%") == std::string::npos)
    return w;
  std::string out = "'";
  for (char c : w) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool creates(const PausePlan& p, NsKind k) { return std::find(p.creates.begin(), p.creates.end(), k) != p.creates.end(); }

}  // namespace

std::string plan_docker(const Plan& plan) {
  std::ostringstream out;
  for (const auto& pod : plan.pods) {
    const std::string pause = pod.name + "-pause";
    out << "# Pod " << pod.ns << "/" << pod.name << " as docker run commands: the pause container holds the namespaces the pod's\n"
        << "# containers share, and each container joins them (--net/--ipc/--pid=container:" << pause << ").\n";
    // 1. The pause holder: the pod's own namespaces, or the host's where the pod asks for them.
    out << "docker run -d --name " << pause;
    if (!creates(pod.pause, NsKind::Net)) out << " --net=host";
    out << (creates(pod.pause, NsKind::Ipc) ? " --ipc=shareable" : " --ipc=host");
    if (!creates(pod.pause, NsKind::Pid) && !pod.containers.empty() && pod.containers.front().namespaces.count(NsKind::Pid) &&
        pod.containers.front().namespaces.at(NsKind::Pid).type == NsSource::Type::Host)
      out << " --pid=host";
    out << (creates(pod.pause, NsKind::Uts) ? " --hostname " + shell_word(pod.hostname) : std::string(" --uts=host"));
    out << " registry.k8s.io/pause:3.10\n";
    bool uts_note = false;
    // 2. Each container, in start order.
    for (const auto& c : pod.containers) {
      std::string line =
          std::string("docker run ") + (c.kind == ContainerKind::Init ? "--rm" : "-d") + " --name " + shell_word(pod.name + "-" + c.name);
      std::vector<std::string> notes;
      for (const auto& [kind, src] : c.namespaces) {
        const bool pod_ns = src.type == NsSource::Type::Pod, host = src.type == NsSource::Type::Host;
        switch (kind) {
          case NsKind::Net: line += pod_ns ? " --net=container:" + pause : host ? " --net=host" : " --net=none"; break;
          case NsKind::Ipc: line += pod_ns ? " --ipc=container:" + pause : host ? " --ipc=host" : " --ipc=private"; break;
          case NsKind::Pid:
            if (pod_ns) line += " --pid=container:" + pause;
            else if (host) line += " --pid=host";
            break;
          case NsKind::Uts:
            if (host) line += " --uts=host";
            else if (pod_ns) uts_note = true;
            break;
          case NsKind::Cgroup: line += host ? " --cgroupns=host" : " --cgroupns=private"; break;
          case NsKind::User:
            if (!host)
              notes.push_back("user namespace: docker has one mapping for all containers (dockerd --userns-remap), not one per pod");
            break;
          case NsKind::Mnt: break;  // always its own
        }
      }
      for (const auto& m : c.mounts) {
        std::string ro = std::find(m.options.begin(), m.options.end(), "ro") != m.options.end() ? ":ro" : "";
        if (m.source.kind == MountSource::Kind::Host) line += " -v " + shell_word(m.source.ref + ":" + m.destination + ro);
        else if (m.source.kind == MountSource::Kind::Volume)
          line += " -v " + shell_word(pod.name + "-" + m.source.ref + ":" + m.destination + ro);
      }
      if ((c.process.uid && *c.process.uid != 0) || (c.process.gid && *c.process.gid != 0))
        line += " --user " + (c.process.uid ? std::to_string(*c.process.uid) : std::string("0")) +
                (c.process.gid ? ":" + std::to_string(*c.process.gid) : "");
      // supplementalGroups and fsGroup: docker's --group-add, one per group (the primary
      // group, always among them in the container, needs none).
      for (std::int64_t g : c.process.supplemental_groups)
        if (!c.process.gid || g != *c.process.gid) line += " --group-add " + std::to_string(g);
      // The command replaces the image's entrypoint (its first word) and cmd (the rest).
      if (!c.process.args.empty()) line += " --entrypoint " + shell_word(c.process.args[0]);
      line += " " + shell_word(c.image);
      for (std::size_t i = 1; i < c.process.args.size(); ++i) line += " " + shell_word(c.process.args[i]);
      out << line << "\n";
      for (const auto& n : notes) out << "#   " << c.name << ": " << n << "\n";
    }
    if (uts_note) out << "# The hostname (UTS namespace) comes with --net=container:" << pause << ": Docker joins both.\n";
    out << "\n";
  }
  return out.str();
}

}  // namespace podrun::plan
