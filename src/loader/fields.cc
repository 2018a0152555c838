#include "loader/fields.h"

#include <map>

#include <nlohmann/json.hpp>

#include "loader/schema.h"

namespace podrun::loader {

namespace {

constexpr auto S = FieldStatus::Supported;
constexpr auto I = FieldStatus::Ignored;
constexpr auto U = FieldStatus::Unsupported;

const char* const kGrpc = "grpc.health.v1 Health/Check over plaintext HTTP/2, as the kubelet does; SERVING passes";
const char* const kAppArmor = "podrun loads no AppArmor profiles; seccomp, capabilities and masked paths confine containers";
const char* const kSchedule = "scheduling: podrun runs every pod on this one node";

}  // namespace

const std::vector<FieldRule>& field_rules() {
  static const std::vector<FieldRule> rules = {
      // Object metadata
      {"metadata.name", S, ""},
      {"metadata.namespace", S, "a grouping of names, as in Kubernetes; not kernel isolation"},
      {"metadata.labels", S, ""},
      {"metadata.annotations", S, "podrun's own knobs live in podrun.io/... annotations"},
      {"metadata.generateName", U, "podrun needs metadata.name; it does not generate names"},
      {"metadata.uid", I, "podrun assigns its own uid"},
      {"metadata.resourceVersion", I, "server-side field"},
      {"metadata.generation", I, "server-side field"},
      {"metadata.creationTimestamp", I, "server-side field"},
      {"metadata.deletionTimestamp", I, "server-side field"},
      {"metadata.deletionGracePeriodSeconds", I, "server-side field"},
      {"metadata.managedFields", I, "server-side field"},
      {"metadata.ownerReferences", I, "no garbage collector on one node"},
      {"metadata.finalizers", I, "no controllers on one node"},
      {"metadata.selfLink", I, "server-side field"},
      {"status", I, "status is written by podrun, not read from manifests"},

      // Pod spec
      {"spec.containers", S, ""},
      {"spec.initContainers", S, "run to completion in order; restartPolicy: Always makes a sidecar"},
      {"spec.ephemeralContainers", U,
       "cannot be set on create (the API server refuses it too): add one to a running pod with podrun debug"},
      {"spec.volumes", S, ""},
      {"spec.restartPolicy", S, ""},
      {"spec.terminationGracePeriodSeconds", S, ""},
      {"spec.activeDeadlineSeconds", U, "podrun does not enforce pod deadlines"},
      {"spec.dnsPolicy", S, "ClusterFirst asks podrun's cluster DNS once the machine has a Service; before, the host's resolvers"},
      {"spec.dnsConfig", S, ""},
      {"spec.hostAliases", S, "written to the pod's /etc/hosts"},
      {"spec.hostname", S, ""},
      {"spec.subdomain", S, ""},
      {"spec.setHostnameAsFQDN", S, ""},
      {"spec.hostNetwork", S, ""},
      {"spec.hostPID", S, ""},
      {"spec.hostIPC", S, ""},
      {"spec.shareProcessNamespace", S, ""},
      {"spec.hostUsers", S, "false: a user namespace for the pod"},
      {"spec.nodeSelector", I, kSchedule},
      {"spec.affinity", I, kSchedule},
      {"spec.tolerations", I, kSchedule},
      {"spec.schedulerName", I, kSchedule},
      {"spec.priorityClassName", I, kSchedule},
      {"spec.priority", I, kSchedule},
      {"spec.preemptionPolicy", I, kSchedule},
      {"spec.topologySpreadConstraints", I, kSchedule},
      {"spec.schedulingGates", I, "podrun starts the pod at once; a cluster keeps it Pending until the gates are removed"},
      {"spec.nodeName", I, "the pod runs on this node; spec.nodeName in the downward API is this host's name"},
      {"spec.serviceAccountName", I, "no API server, so no service account tokens"},
      {"spec.serviceAccount", I, "no API server, so no service account tokens"},
      {"spec.automountServiceAccountToken", I, "no API server, so no service account tokens"},
      {"spec.imagePullSecrets", S,
       "kubernetes.io/dockerconfigjson or dockercfg Secrets of the pod's namespace, in the input or applied before"},
      {"spec.enableServiceLinks", I, "no Services on one node, so no service environment variables"},
      {"spec.readinessGates", I, "no controllers to set the extra conditions"},
      {"spec.overhead", I, "set by RuntimeClass admission in a cluster"},
      {"spec.os", S, "linux (podrun runs Linux pods only); needed by lifecycle.stopSignal"},
      {"spec.runtimeClassName", U, "podrun is the only runtime"},
      {"spec.resourceClaims", U, "podrun has no dynamic resource allocation"},
      {"spec.resources", S, "cpu and memory: the pod's cgroup, its QoS class, and the limit of containers without one (docs/resources.md)"},
      {"spec.resources.claims", U, "podrun has no dynamic resource allocation"},
      {"spec.hostnameOverride", U, "podrun names the pod's UTS namespace from hostname and subdomain only"},
      {"spec.workloadRef", I, kSchedule},

      // Pod security context
      {"spec.securityContext.runAsUser", S, ""},
      {"spec.securityContext.runAsGroup", S, ""},
      {"spec.securityContext.runAsNonRoot", S, ""},
      {"spec.securityContext.supplementalGroups", S, ""},
      {"spec.securityContext.supplementalGroupsPolicy", S, "Merge (the default: also the image's /etc/group) or Strict"},
      {"spec.securityContext.fsGroup", S, "volumes (not hostPath) group-owned, setgid; a supplementary group of every container"},
      {"spec.securityContext.fsGroupChangePolicy", S, "podrun's volumes are new at every start: both policies change them all"},
      {"spec.securityContext.seccompProfile", S, "RuntimeDefault (podrun's default when unset), Unconfined, Localhost (docs/security.md)"},
      {"spec.securityContext.appArmorProfile", U, kAppArmor},
      {"spec.securityContext.seLinuxOptions", U, "podrun does not set SELinux labels"},
      {"spec.securityContext.seLinuxChangePolicy", I, "podrun does not set SELinux labels, so there is nothing to relabel"},
      {"spec.securityContext.sysctls", S, "namespaced only: the safe set, others with podrun.io/allowed-unsafe-sysctls"},
      {"spec.securityContext.windowsOptions", I, "Windows only"},

      // Containers (initContainers share these rules)
      {"spec.containers[].name", S, ""},
      {"spec.containers[].image", S, "pulled from its registry into podrun's image store, or imported (docs/images.md)"},
      {"spec.containers[].imagePullPolicy", S, "as the kubelet; the machine's owner may override it (--image-pull-policy)"},
      {"spec.containers[].command", S, ""},
      {"spec.containers[].args", S, ""},
      {"spec.containers[].workingDir", S, ""},
      {"spec.containers[].env", S, ""},
      {"spec.containers[].envFrom", S, ""},
      {"spec.containers[].ports", S, ""},
      {"spec.containers[].ports[].hostPort", S, "TCP and UDP, DNAT in the kernel as the CNI portmap plugin (docs/network.md); not SCTP"},
      {"spec.containers[].ports[].hostIP", S, "the host address a hostPort is forwarded from"},
      {"spec.containers[].resources", S, "cpu, memory, ephemeral-storage (eviction, docs/resources.md); see docs for others"},
      {"spec.containers[].resources.claims", U, "podrun has no dynamic resource allocation"},
      {"spec.containers[].resizePolicy", I, "podrun fixes resources at start (no in-place resize)"},
      {"spec.containers[].restartPolicy", S, "on init containers Always makes a sidecar; since 1.34 any container's overrides the pod's"},
      {"spec.containers[].restartPolicyRules", S,
       "exit-code rules, first match wins: Restart, or RestartAllContainers (the pod again from its first init container, "
       "in the same sandbox)"},
      {"spec.containers[].volumeMounts", S, ""},
      {"spec.containers[].volumeMounts[].subPathExpr", U, "podrun does not expand subPathExpr"},
      {"spec.containers[].volumeMounts[].mountPropagation", U, "podrun mounts volumes private (no propagation)"},
      {"spec.containers[].volumeMounts[].recursiveReadOnly", U, "podrun has no recursive read-only mounts"},
      {"spec.containers[].volumeDevices", U, "podrun has no block volumes"},
      {"spec.containers[].livenessProbe", S, "run by the pod's supervisor; a failure restarts the container"},
      {"spec.containers[].readinessProbe", S, "drives READY and the Ready condition"},
      {"spec.containers[].startupProbe", S, "holds liveness and readiness until it succeeds"},
      {"spec.containers[].livenessProbe.grpc", S, kGrpc},
      {"spec.containers[].readinessProbe.grpc", S, kGrpc},
      {"spec.containers[].startupProbe.grpc", S, kGrpc},
      {"spec.containers[].lifecycle", S, "postStart and preStop: exec, httpGet, sleep"},
      {"spec.containers[].lifecycle.stopSignal", S, "the signal the supervisor stops the container with, instead of SIGTERM"},
      {"spec.containers[].env[].valueFrom.fileKeyRef", U, "podrun does not read environment variables from files in volumes"},
      {"spec.containers[].terminationMessagePath", I, "termination messages are not collected yet"},
      {"spec.containers[].terminationMessagePolicy", I, "termination messages are not collected yet"},
      {"spec.containers[].stdin", I, "podrun has no attach; use podrun exec -i"},
      {"spec.containers[].stdinOnce", I, "podrun has no attach; use podrun exec -i"},
      {"spec.containers[].tty", I, "podrun has no attach; use podrun exec -t"},
      {"spec.containers[].securityContext.runAsUser", S, ""},
      {"spec.containers[].securityContext.runAsGroup", S, ""},
      {"spec.containers[].securityContext.runAsNonRoot", S, ""},
      {"spec.containers[].securityContext.privileged", S, "all capabilities and host devices, no masks, no seccomp"},
      {"spec.containers[].securityContext.capabilities", S, "add/drop from containerd's default 14 (docs/security.md)"},
      {"spec.containers[].securityContext.allowPrivilegeEscalation", S, "false sets no_new_privs"},
      {"spec.containers[].securityContext.readOnlyRootFilesystem", S, ""},
      {"spec.containers[].securityContext.seccompProfile", S, "overrides the pod's"},
      {"spec.containers[].securityContext.appArmorProfile", U, kAppArmor},
      {"spec.containers[].securityContext.procMount", S, "Default; Unmasked needs hostUsers: false"},
      {"spec.containers[].securityContext.seLinuxOptions", U, "podrun does not set SELinux labels"},
      {"spec.containers[].securityContext.windowsOptions", I, "Windows only"},

      // Volumes: the sources podrun implements; every other source is refused.
      {"spec.volumes[].name", S, ""},
      {"spec.volumes[].emptyDir", S,
       "on disk under the storage root, sizeLimit enforced by eviction; medium Memory a tmpfs sized as the kubelet sizes it "
       "(docs/resources.md)"},
      {"spec.volumes[].hostPath", S, "with its type checks"},
      {"spec.volumes[].configMap", S, "from a ConfigMap in the input or applied before; its changes reach running pods"},
      {"spec.volumes[].secret", S, "from a Secret in the input or applied before, on tmpfs; its changes reach running pods"},
      {"spec.volumes[].downwardAPI", S, ""},
      {"spec.volumes[].projected", S,
       "configMap, secret and downwardAPI sources merged into one read-only directory on tmpfs, as the kubelet's; their changes "
       "reach running pods"},
      {"spec.volumes[].projected.sources[].serviceAccountToken", U, "no API server, so no service account tokens to project"},
      {"spec.volumes[].projected.sources[].clusterTrustBundle", U, "no API server, so no ClusterTrustBundles to project"},
      {"spec.volumes[].projected.sources[].podCertificate", U, "no API server, so no pod certificates to issue"},
      {"spec.volumes[].persistentVolumeClaim", S,
       "a local claim: the directory <storage>/volumes/<namespace>/<claimName>, made on first use and kept when the pod goes (a "
       "one-node local PersistentVolume; StatefulSets' volumeClaimTemplates make one per pod, docs/workloads.md)"},
      {"spec.volumes[].ephemeral", U, "no PersistentVolumes on one node; use emptyDir"},
      {"spec.volumes[].image", S,
       "pulled into podrun's image store as a container's image (pullPolicy, imagePullSecrets, --image-pull-policy), mounted "
       "read-only: an overlay of its layers, nosuid, nodev (docs/images.md, Image volumes)"},
      {"spec.volumes[].*", U, "a network or cloud volume source: not available on one node"},
  };
  return rules;
}

namespace {

const std::map<std::string, const FieldRule*, std::less<>>& rule_index() {
  static const auto index = [] {
    std::map<std::string, const FieldRule*, std::less<>> m;
    for (const auto& r : field_rules()) m.emplace(r.path, &r);
    return m;
  }();
  return index;
}

std::string_view parent_of(std::string_view p) {
  std::size_t dot = p.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : p.substr(0, dot);
}

}  // namespace

FieldVerdict field_status(std::string_view path) {
  // The path itself, else the nearest ancestor that is listed or covered by a ".*" default.
  // Children of a supported field are supported unless listed themselves.
  const auto& index = rule_index();
  for (std::string_view p = path; !p.empty(); p = parent_of(p)) {
    if (auto it = index.find(p); it != index.end()) {
      if (p != path && it->second->status == FieldStatus::Supported) break;
      return {it->second->status, it->second};
    }
    std::string star = std::string(parent_of(p)) + ".*";
    if (auto it = index.find(star); it != index.end()) return {it->second->status, it->second};
  }
  return {FieldStatus::Supported, nullptr};
}

FieldVerdict child_field_status(std::string_view parent, std::string_view child, std::string& scratch) {
  const auto& index = rule_index();
  scratch.assign(parent);
  if (!scratch.empty()) scratch += '.';
  std::size_t base = scratch.size();
  scratch += child;
  if (auto it = index.find(scratch); it != index.end()) return {it->second->status, it->second};
  scratch.resize(base);
  scratch += '*';
  if (auto it = index.find(scratch); it != index.end()) return {it->second->status, it->second};
  return {FieldStatus::Supported, nullptr};
}

std::string normalise_field_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (std::size_t i = 0; i < path.size();) {
    if (path[i] == '[' && i + 1 < path.size() && path[i + 1] != '"') {
      std::size_t close = path.find(']', i);
      out += "[]";
      i = close == std::string_view::npos ? path.size() : close + 1;
      continue;
    }
    if (path[i] == '[') {  // a ["quoted key"]: keep it
      std::size_t close = path.find("\"]", i + 2);
      std::size_t end = close == std::string_view::npos ? path.size() : close + 2;
      out.append(path.substr(i, end - i));
      i = end;
      continue;
    }
    out += path[i++];
  }
  const std::string_view init = "spec.initContainers[]";
  if (out.compare(0, init.size(), init) == 0) out.replace(0, init.size(), "spec.containers[]");
  return out;
}

const char* field_status_name(FieldStatus s) {
  switch (s) {
    case FieldStatus::Supported: return "supported";
    case FieldStatus::Ignored: return "ignored (warning)";
    case FieldStatus::Unsupported: return "refused (error)";
  }
  return "";
}

namespace {

// Walks the Pod schema and lists each field with its status. It descends only into supported
// objects, so a refused or ignored subtree is one line.
void list_fields(const nlohmann::json& root, const nlohmann::json& schema, const std::string& path,
                 std::vector<std::pair<std::string, FieldVerdict>>& out, int depth) {
  const nlohmann::json* node = &deref(root, schema);
  if (node->contains("items")) node = &deref(root, (*node)["items"]);
  if (!node->contains("properties") || depth > 6) return;
  for (auto it = (*node)["properties"].begin(); it != (*node)["properties"].end(); ++it) {
    bool is_list = deref(root, it.value()).contains("items");
    std::string p = path.empty() ? it.key() : path + "." + it.key();
    if (p == "spec.initContainers" || p == "spec.ephemeralContainers") {
      out.emplace_back(p, field_status(p));
      continue;  // same fields as spec.containers[]
    }
    FieldVerdict v = field_status(p);
    out.emplace_back(p, v);
    if (v.status == FieldStatus::Supported) list_fields(root, it.value(), is_list ? p + "[]" : p, out, depth + 1);
  }
}

}  // namespace

std::vector<CompatibilityRow> compatibility_rows(const nlohmann::json& pod_schema) {
  std::vector<std::pair<std::string, FieldVerdict>> fields;
  list_fields(pod_schema, pod_schema, "", fields, 0);
  std::vector<CompatibilityRow> rows;
  for (const auto& [path, v] : fields) {
    int since = pod_field_since(path);
    rows.push_back({path, since ? "1." + std::to_string(since) : std::string(), v.status, v.rule && v.rule->note ? v.rule->note : ""});
  }
  return rows;
}

std::string render_compatibility_markdown(const nlohmann::json& pod_schema) {
  std::string md =
      "# Pod fields in podrun\n\n"
      "<!-- Generated by `make docs` (podrun fields -o markdown) from src/loader/fields.cc and the\n"
      "     Pod schema; tests/loader/fields_test.cc keeps this file equal to it. -->\n\n"
      "podrun accepts only valid Kubernetes v1 objects (its schema is a strict subset of the\n"
      "schema of the Kubernetes release it targets: 1.35 unless `--kubernetes-version` or the\n"
      "machine's `kubernetesVersion` names another from 1.31) and sorts every field of a Pod into\n"
      "one of three kinds:\n\n"
      "- **supported**: podrun implements it;\n"
      "- **ignored (warning)**: accepted with a warning, because it means nothing on one node;\n"
      "- **refused (error)**: valid Kubernetes that podrun does not implement (yet). podrun refuses\n"
      "  the pod rather than run it without the field. `podrun validate --target kubernetes`\n"
      "  checks only what the Kubernetes API server checks, and accepts these.\n\n"
      "A field not listed (below a supported one) is supported. Every ConfigMap and Secret field is\n"
      "supported. Values are checked as the API server checks them (names, ports, quantities,\n"
      "enums, references); see docs/validation.md.\n\n"
      "The column *since* names the release that added a field newer than 1.31; a manifest\n"
      "validated for an older release refuses it as an unknown field, naming that release.\n\n"
      "| field | since | status | note |\n|---|---|---|---|\n";
  for (const CompatibilityRow& r : compatibility_rows(pod_schema))
    md += "| `" + r.path + "` | " + r.since + " | " + field_status_name(r.status) + " | " + r.note + " |\n";
  return md;
}

}  // namespace podrun::loader
