// Pod Security admission, as the API server has it (k8s.io/pod-security-admission): the levels
// privileged / baseline / restricted, their checks at each policy version, and the messages,
// word for word, that kubectl users know:
//
//   pods "x" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true),
//   privileged (container "c" must not set securityContext.privileged=true)
//
// A namespace chooses its levels with the labels pod-security.kubernetes.io/enforce, -warn and
// -audit (and their -version labels) of a Namespace object; the machine's owner sets the
// defaults for namespaces that have none (podrun's --pod-security, or podSecurity in the
// machine's config file; Kubernetes' default is privileged). Pure functions of the pod's JSON:
// the loader runs them after the API server's validation (docs/security.md, "Pod Security").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace podrun::loader {

enum class PsaLevel { Privileged, Baseline, Restricted };
const char* psa_level_name(PsaLevel l);
std::optional<PsaLevel> parse_psa_level(const std::string& s);

// The newest policy version podrun's checks know: "latest" and any newer version mean it.
constexpr int kPsaLatestMinor = 35;

// One mode's level and policy version ("latest" or "v1.N").
struct PsaPolicy {
  PsaLevel level = PsaLevel::Privileged;
  std::string version = "latest";  // as written: the message prints it
  // "baseline:latest", "restricted:v1.30"
  std::string level_version() const;
  // The version the checks run at: latest, or one newer than kPsaLatestMinor, is the latest.
  int minor() const;
};

// The defaults for a namespace without labels (Kubernetes' PodSecurityConfiguration defaults).
struct PsaDefaults {
  PsaPolicy enforce, warn, audit;
};

// A namespace's three modes, from its labels over the defaults.
struct PsaNamespacePolicy {
  PsaPolicy enforce, warn, audit;
  // Labels that are not valid (label → "invalid value \"x\": must be one of privileged,
  // baseline, restricted"): the API server refuses the Namespace. As it
  // does, a bad enforce level counts as restricted, a bad warn or audit level as privileged.
  std::vector<std::pair<std::string, std::string>> label_errors;
};
PsaNamespacePolicy psa_namespace_policy(const std::map<std::string, std::string>& labels, const PsaDefaults& defaults);
// "baseline", "restricted:v1.30": a level with an optional version (--pod-security's value).
std::optional<PsaPolicy> parse_psa_policy(const std::string& text);

// The checks of `policy` on a pod (`pod` is a Pod object, or a pod template's {metadata, spec}).
struct PsaResult {
  bool allowed = true;
  // "host namespaces (hostNetwork=true), privileged (container \"c\" must not set ...)"
  std::string detail;
};
PsaResult evaluate_pod_security(const nlohmann::json& pod, const PsaPolicy& policy);

// The messages users see, as the API server words them.
std::string psa_forbidden_message(const std::string& pod_name, const PsaPolicy& policy, const PsaResult& r);  // enforce
std::string psa_warning_message(const PsaPolicy& policy, const PsaResult& r);  // warn, audit: "would violate ..."

}  // namespace podrun::loader
