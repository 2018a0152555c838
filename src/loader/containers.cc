// Containers as the API server checks them: ports, resources, probes and hooks, security contexts, volume mounts.
#include "loader/checker.h"

#include "common/capabilities.h"
#include "model/pod_resources.h"
#include "model/signal.h"

namespace podrun::loader {

namespace {

// Whether the pod's volume `name` is an image volume (spec.volumes[].image).
bool image_volume(const json& spec, const std::string& name) {
  const json& volumes = field(spec, "volumes");
  if (!volumes.is_array()) return false;
  for (const auto& v : volumes)
    if (field(v, "name") == name) return field(v, "image").is_object();
  return false;
}

}  // namespace

void Checker::quantity_map(const std::string& path, const json& m, std::map<std::string, Quantity>& parsed) {
  if (!m.is_object()) return;
  for (auto it = m.begin(); it != m.end(); ++it) {
    std::string p = path;
    append_key(p, it.key());
    const std::string& name = it.key();
    auto text = quantity_text(it.value());
    if (!text) continue;
    QuantityError qe;
    auto q = parse_quantity(*text, &qe);
    if (!q) {
      error(p, qe == QuantityError::Overflow ? in_quotes(*text) + " is too large (a quantity must be at most 2^63-1)"
                                             : in_quotes(*text) + " is not a valid quantity (e.g. 500m, 0.5, 128Mi, 1G)");
      continue;
    }
    if (q->negative) {
      error(p, in_quotes(*text) + " must be greater than or equal to 0");
      continue;
    }
    bool standard = name == "cpu" || name == "memory" || name == "ephemeral-storage" || name.rfind("hugepages-", 0) == 0;
    if (!standard && name.find('/') == std::string::npos) {
      error(p,
            "resource name " + in_quotes(name) +
                " must be a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>) "
                "or a fully qualified extended resource (example.com/name)",
            Category::Invalid, true);
      continue;
    }
    if (name == "cpu" && !q->milli()) {
      error(p, in_quotes(*text) + " is too large for a CPU quantity");
      continue;
    }
    if (!standard && (!q->milli() || *q->milli() % 1000 != 0))
      error(p, "extended resource quantity " + in_quotes(*text) + " must be a whole number");
    parsed.emplace(name, *q);
  }
}

void Checker::resources(const std::string& path, const json& res) {
  std::map<std::string, Quantity> requests, limits;
  quantity_map(path + ".requests", field(res, "requests"), requests);
  quantity_map(path + ".limits", field(res, "limits"), limits);
  for (const auto& [name, req] : requests) {
    auto lim = limits.find(name);
    std::string p = path + ".requests";
    append_key(p, name);
    bool extended = name.find('/') != std::string::npos;
    if (lim != limits.end() && compare(req, lim->second) > 0)
      error(p, in_quotes(*quantity_text(field(field(res, "requests"), name.c_str()))) + " must be less than or equal to the " + name +
                   " limit of " + *quantity_text(field(field(res, "limits"), name.c_str())));
    if (extended && (lim == limits.end() || compare(req, lim->second) != 0))
      error(p, "must be equal to " + name + " limit (extended resources cannot be overcommitted)");
  }
}

namespace {

// An amount as Kubernetes prints a canonical quantity: 500m, 2; 128Mi, 1Gi, 1500.
std::string amount_text(std::int64_t v, bool cpu) {
  if (cpu) return v % 1000 == 0 ? std::to_string(v / 1000) : std::to_string(v) + "m";
  for (auto [unit, size] : {std::pair<const char*, std::int64_t>{"Ei", 1LL << 60},
                            {"Pi", 1LL << 50},
                            {"Ti", 1LL << 40},
                            {"Gi", 1LL << 30},
                            {"Mi", 1LL << 20},
                            {"Ki", 1LL << 10}})
    if (v != 0 && v % size == 0) return std::to_string(v / size) + unit;
  return std::to_string(v);
}

// A container's amount of cpu (millicores) or memory (bytes) in one of its lists, if valid.
std::optional<std::int64_t> amount_in(const json& list, const char* resource) {
  auto text = quantity_text(field(list, resource));
  auto q = text ? parse_quantity(*text) : std::nullopt;
  if (!q || q->negative) return std::nullopt;
  return std::string(resource) == "cpu" ? q->milli() : q->value();
}

}  // namespace

// spec.resources (1.32+, PodLevelResources): cpu, memory and hugepages only, requests within
// limits; the containers' total request within the pod's request (or, without one, its limit),
// and each container's limit within the pod's limit (validatePodResourceConsistency).
void Checker::pod_resources(const json& spec) {
  const json& written = field(spec, "resources");
  if (!written.is_object()) return;
  json res = json::object();  // without the names refused here, which need no second error
  for (const char* which : {"requests", "limits"}) {
    const json& m = field(written, which);
    if (!m.is_object()) continue;
    json kept = json::object();
    for (auto it = m.begin(); it != m.end(); ++it) {
      const std::string& name = it.key();
      if (name == "cpu" || name == "memory" || name.rfind("hugepages-", 0) == 0) {
        kept[name] = it.value();
        continue;
      }
      std::string p = std::string("spec.resources.") + which;
      append_key(p, name);
      error(p, "Unsupported value: " + in_quotes(name) + ": supported values: \"cpu\", \"memory\"", Category::Invalid, true);
    }
    res[which] = std::move(kept);
  }
  resources("spec.resources", res);
  for (const char* r : {"cpu", "memory"}) {
    const bool cpu = std::string(r) == "cpu";
    std::optional<std::int64_t> pod_req = amount_in(field(res, "requests"), r), pod_lim = amount_in(field(res, "limits"), r);
    std::vector<model::ContainerAmount> requests;
    for (const char* list : {"initContainers", "containers"}) {
      const json& cs = field(spec, list);
      for (std::size_t i = 0; cs.is_array() && i < cs.size(); ++i) {
        const json& cr = field(cs[i], "resources");
        model::AmountRole role = std::string(list) == "containers"           ? model::AmountRole::App
                                 : field(cs[i], "restartPolicy") == "Always" ? model::AmountRole::Sidecar
                                                                             : model::AmountRole::Init;
        std::optional<std::int64_t> req = amount_in(field(cr, "requests"), r), lim = amount_in(field(cr, "limits"), r);
        requests.push_back({role, req ? req : lim});  // a limit without a request is the request too
        if (pod_lim && lim && *lim > *pod_lim) {
          std::string p = std::string("spec.") + list + "[" + std::to_string(i) + "].resources.limits";
          append_key(p, r);
          error(p, "must be less than or equal to pod limit of " + amount_text(*pod_lim, cpu));
        }
      }
    }
    std::optional<std::int64_t> total = model::aggregate_amount(requests, false);
    if (!total) continue;
    std::string p = std::string("spec.resources.") + (pod_req ? "requests" : "limits");
    append_key(p, r);
    std::optional<std::int64_t> bound = pod_req ? pod_req : pod_lim;
    if (bound && *total > *bound) error(p, "must be greater than or equal to aggregate container requests of " + amount_text(*total, cpu));
  }
}

// restartPolicy: before 1.34 only on init containers, where Always makes a sidecar; since 1.34
// (container restart rules) any container may set Always, OnFailure or Never, which overrides
// the pod's, and restartPolicyRules, evaluated in order at each exit, need it set.
void Checker::restart_rules(const std::string& path, const json& c, bool init) {
  const json& rp = field(c, "restartPolicy");
  const json& rules = field(c, "restartPolicyRules");
  if (opt_.kubernetes_minor < 34) {
    if (!rp.is_null()) {
      if (!init) error(path + ".restartPolicy", "may not be set for non-init containers", Category::Invalid, true);
      else if (rp != "Always") error(path + ".restartPolicy", "unsupported value " + rp.dump() + ": supported values: \"Always\"");
    }
    return;
  }
  static const char* const policies[] = {"Always", "OnFailure", "Never"};
  one_of(path + ".restartPolicy", rp, policies);
  if (!rules.is_array() || rules.empty()) return;
  if (rp.is_null()) error(path + ".restartPolicy", "must specify restartPolicy when restart rules are used");
  if (rules.size() > 20) error(path + ".restartPolicyRules", "must have at most 20 items");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    std::string p = path + ".restartPolicyRules[" + std::to_string(i) + "]";
    const json& action = field(rules[i], "action");
    if (opt_.kubernetes_minor >= 35) {
      static const char* const actions[] = {"Restart", "RestartAllContainers"};
      one_of(p + ".action", action, actions);
      if (action == "RestartAllContainers")
        warning(p + ".action",
                "RestartAllContainers is alpha in Kubernetes 1.35: a cluster accepts it only with the feature gate "
                "RestartAllContainersOnContainerExits on",
                false);
    } else {
      static const char* const actions[] = {"Restart"};
      one_of(p + ".action", action, actions);
    }
    required(p + ".action", action);
    const json& codes = field(rules[i], "exitCodes");
    required(p + ".exitCodes", codes);
    if (!codes.is_object()) continue;
    static const char* const ops[] = {"In", "NotIn"};
    one_of(p + ".exitCodes.operator", field(codes, "operator"), ops);
    required(p + ".exitCodes.operator", field(codes, "operator"));
    const json& values = field(codes, "values");
    if (!values.is_array()) continue;
    if (values.size() > 255) error(p + ".exitCodes.values", "must have at most 255 items");
    std::set<long long> seen;
    for (std::size_t j = 0; j < values.size(); ++j)
      if (values[j].is_number_integer() && !seen.insert(values[j].get<long long>()).second)
        error(p + ".exitCodes.values[" + std::to_string(j) + "]", "Duplicate value: " + values[j].dump());
  }
}

void Checker::handler(const std::string& path, const json& h, std::initializer_list<const char*> kinds) {
  std::vector<std::string> set;
  for (const char* k : kinds)
    if (!field(h, k).is_null()) set.push_back(k);
  if (set.empty()) error(path, "must specify a handler type");
  if (set.size() > 1) error(path + "." + set[1], "may not specify more than 1 handler type");
  for (const char* k : {"httpGet", "tcpSocket", "grpc"}) {
    const json& port = field(field(h, k), "port");
    std::string pp = path + "." + k + ".port";
    if (port.is_number_integer() && (port.get<long long>() < 1 || port.get<long long>() > 65535))
      error(pp, "must be between 1 and 65535, inclusive");
    else if (port.is_string()) {
      std::string why = check_port_name(port.get<std::string>());
      if (!why.empty()) error(pp, "invalid port name " + port.dump() + ": " + why);
    }
  }
  const json& scheme = field(field(h, "httpGet"), "scheme");
  static const char* const schemes[] = {"HTTP", "HTTPS"};
  one_of(path + ".httpGet.scheme", scheme, schemes);
}

void Checker::container(const std::string& path, const json& c, bool init, const std::set<std::string>& volumes,
                        std::set<std::string>& names, const json& spec) {
  const json& name = field(c, "name");
  name_rule(path + ".name", name, check_dns1123_label);
  if (name.is_string() && !names.insert(name.get<std::string>()).second)
    error(path + ".name", "duplicate container name " + in_quotes(name.get<std::string>()) +
                              " (names must be unique across initContainers and containers)");
  const json& image = field(c, "image");
  required(path + ".image", image);
  if (image.is_string() && !image.get<std::string>().empty()) {
    const std::string& img = image.get_ref<const std::string&>();
    if (std::isspace(static_cast<unsigned char>(img.front())) || std::isspace(static_cast<unsigned char>(img.back())))
      error(path + ".image", "must not have leading or trailing whitespace");
  }
  static const char* const pull[] = {"Always", "IfNotPresent", "Never"};
  one_of(path + ".imagePullPolicy", field(c, "imagePullPolicy"), pull);
  static const char* const msg_policy[] = {"File", "FallbackToLogsOnError"};
  one_of(path + ".terminationMessagePolicy", field(c, "terminationMessagePolicy"), msg_policy);

  restart_rules(path, c, init);

  // Ports
  const json& ports = field(c, "ports");
  std::set<std::string> port_names;
  bool host_network = truthy(field(spec, "hostNetwork"));
  if (ports.is_array()) {
    for (std::size_t i = 0; i < ports.size(); ++i) {
      std::string p = path + ".ports[" + std::to_string(i) + "]";
      const json& port = ports[i];
      const json& cp = field(port, "containerPort");
      if (cp.is_number_integer() && (cp.get<long long>() < 1 || cp.get<long long>() > 65535))
        error(p + ".containerPort", "invalid port " + cp.dump() + ": must be between 1 and 65535, inclusive");
      const json& hp = field(port, "hostPort");
      if (hp.is_number_integer() && hp.get<long long>() != 0 && (hp.get<long long>() < 1 || hp.get<long long>() > 65535))
        error(p + ".hostPort", "invalid port " + hp.dump() + ": must be between 1 and 65535, inclusive");
      if (host_network && hp.is_number_integer() && hp.get<long long>() != 0 && cp.is_number_integer() && hp != cp)
        error(p + ".hostPort", "must match containerPort when hostNetwork is true");
      static const char* const protocols[] = {"TCP", "UDP", "SCTP"};
      one_of(p + ".protocol", field(port, "protocol"), protocols);
      const json& pn = field(port, "name");
      if (pn.is_string() && !pn.get<std::string>().empty()) {
        std::string why = check_port_name(pn.get<std::string>());
        if (!why.empty()) error(p + ".name", "invalid port name " + pn.dump() + ": " + why);
        else if (!port_names.insert(pn.get<std::string>()).second) error(p + ".name", "duplicate port name " + pn.dump());
      }
    }
  }

  // Probes and lifecycle hooks (the API server's validateProbe / validateLifecycle).
  bool restartable_init = init && field(c, "restartPolicy") == "Always";
  for (const char* probe_name : {"livenessProbe", "readinessProbe", "startupProbe"}) {
    const json& pr = field(c, probe_name);
    if (pr.is_null()) continue;
    std::string pp = path + "." + probe_name;
    if (init && !restartable_init) {
      error(pp, "may not be set for init containers without restartPolicy=Always");
      continue;
    }
    handler(pp, pr, {"exec", "httpGet", "tcpSocket", "grpc"});
    for (const char* k : {"initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"}) {
      const json& v = field(pr, k);
      if (v.is_number_integer() && v.get<long long>() < 0) error(pp + "." + k, "must be greater than or equal to 0");
    }
    const json& st = field(pr, "successThreshold");
    if (std::string(probe_name) != "readinessProbe" && st.is_number_integer() && st.get<long long>() != 1)
      error(pp + ".successThreshold", "must be 1");
    const json& tg = field(pr, "terminationGracePeriodSeconds");
    if (tg.is_number_integer() && tg.get<long long>() <= 0) error(pp + ".terminationGracePeriodSeconds", "must be greater than 0");
    if (std::string(probe_name) == "readinessProbe" && !tg.is_null())
      error(pp + ".terminationGracePeriodSeconds", "must not be set for readinessProbes");
  }
  const json& lc = field(c, "lifecycle");
  if (!lc.is_null()) {
    if (init && !restartable_init) error(path + ".lifecycle", "may not be set for init containers without restartPolicy=Always");
    else
      for (const char* hook : {"postStart", "preStop"})
        if (!field(lc, hook).is_null()) {
          std::string hp = path + ".lifecycle." + hook;
          handler(hp, lc[hook], {"exec", "httpGet", "tcpSocket", "sleep"});
          const json& sl = field(field(lc[hook], "sleep"), "seconds");
          if (sl.is_number_integer()) {
            long long grace = field(spec, "terminationGracePeriodSeconds").is_number_integer()
                                  ? spec["terminationGracePeriodSeconds"].get<long long>()
                                  : 30;
            if (sl.get<long long>() <= 0 || sl.get<long long>() > grace)
              error(hp + ".sleep.seconds",
                    "must be greater than 0 and less than terminationGracePeriodSeconds (" + std::to_string(grace) + ")");
          }
        }
    // stopSignal (1.33+): the signal that stops the container instead of SIGTERM; the API
    // server wants the pod's OS named, as the signals differ by OS.
    const json& sig = field(lc, "stopSignal");
    if (sig.is_string()) {
      const std::string os = str(field(field(spec, "os"), "name"));
      const std::string name = sig.get<std::string>();
      if (os.empty()) error(path + ".lifecycle.stopSignal", "may not be set for containers with empty `spec.os.name`");
      else if (os == "windows" && name != "SIGTERM" && name != "SIGKILL")
        error(path + ".lifecycle.stopSignal", "Unsupported value: " + sig.dump() + ": supported values: \"SIGKILL\", \"SIGTERM\"");
      else if (!model::linux_stop_signal(name))
        error(path + ".lifecycle.stopSignal",
              "Unsupported value: " + sig.dump() + ": a Linux signal name (SIGTERM, SIGQUIT, SIGUSR1, SIGRTMIN+1 ... SIGRTMAX)");
    }
  }

  if (field(c, "resources").is_object()) resources(path + ".resources", c["resources"]);
  ids(path + ".securityContext", field(c, "securityContext"));
  seccomp(path + ".securityContext", field(c, "securityContext"));
  const json& proc_mount = field(field(c, "securityContext"), "procMount");
  if (proc_mount.is_string() && proc_mount != "Default" && proc_mount != "Unmasked")
    error(path + ".securityContext.procMount", "Unsupported value: " + proc_mount.dump() + ": supported values: \"Default\", \"Unmasked\"");
  // The API server: allowPrivilegeEscalation false cannot go with privileged or CAP_SYS_ADMIN.
  const json& ape = field(field(c, "securityContext"), "allowPrivilegeEscalation");
  if (ape == false) {
    const json& add = field(field(field(c, "securityContext"), "capabilities"), "add");
    bool sys_admin = false;
    if (add.is_array())
      for (const auto& a : add) sys_admin = sys_admin || (a.is_string() && capability_number(a.get<std::string>()) == 21);
    if (field(field(c, "securityContext"), "privileged") == true)
      error(path + ".securityContext", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
    else if (sys_admin)
      error(path + ".securityContext", "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN");
  }
  env(path, c, ns_);

  // Volume mounts
  const json& mounts = field(c, "volumeMounts");
  std::set<std::string> mount_paths;
  if (mounts.is_array()) {
    for (std::size_t i = 0; i < mounts.size(); ++i) {
      std::string p = path + ".volumeMounts[" + std::to_string(i) + "]";
      const json& m = mounts[i];
      const json& vn = field(m, "name");
      if (vn.is_string() && !volumes.count(vn.get<std::string>()))
        error(p + ".name", "volume " + vn.dump() + " is not defined in spec.volumes");
      std::string mp = str(field(m, "mountPath"));
      if (mp.empty()) error(p + ".mountPath", "is required");
      else if (!mount_paths.insert(mp).second) error(p + ".mountPath", "duplicate mountPath " + in_quotes(mp) + " in this container");
      const json& sp = field(m, "subPath");
      // An image volume's mounts took no subPath before 1.33 (KEP-4639's beta allowed it).
      if (opt_.kubernetes_minor < 33 && vn.is_string() && image_volume(spec, vn.get<std::string>()))
        for (const char* f : {"subPath", "subPathExpr"})
          if (const json& v = field(m, f); v.is_string() && !v.get<std::string>().empty())
            error(p + "." + f, "not allowed in image volume sources");
      if (sp.is_string()) {
        std::string s = sp.get<std::string>();
        if (is_abs_path(s)) error(p + ".subPath", "must be a relative path, not " + in_quotes(s));
        else if (has_backstep(s)) error(p + ".subPath", "must not contain '..'");
      }
      static const char* const propagation[] = {"None", "HostToContainer", "Bidirectional"};
      one_of(p + ".mountPropagation", field(m, "mountPropagation"), propagation);
    }
  }
}

}  // namespace podrun::loader
