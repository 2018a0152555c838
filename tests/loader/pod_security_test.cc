// Pod Security admission: each case a pod, a policy and the exact text the API server gives
// (the expected details are the ones upstream's own tests assert, policy/check_*_test.go).
#include <catch2/catch.hpp>

#include "loader/pod_security.h"

using namespace podrun::loader;
using nlohmann::json;

namespace {

struct Case {
  const char* name;
  const char* policy;  // "baseline", "restricted:v1.21", ...
  const char* pod;     // JSON
  const char* detail;  // "" = allowed
};

// A restricted-compliant container, to be extended by cases.
const char* const kGoodContainer =
    R"({"name": "c", "image": "busybox", "securityContext": {"allowPrivilegeEscalation": false,
        "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}})";

std::string good_pod(const std::string& spec_extra = "", const std::string& meta_extra = "") {
  return R"({"metadata": {"name": "p")" + meta_extra + R"(}, "spec": {"containers": [)" + std::string(kGoodContainer) + "]" + spec_extra +
         "}}";
}

const Case kCases[] = {
    // --- baseline -------------------------------------------------------------------------------
    {"an ordinary pod is baseline", "baseline", R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "b"}]}})",
     ""},
    {"privileged allows anything", "privileged",
     R"({"metadata": {"name": "p"}, "spec": {"hostNetwork": true, "containers": [{"name": "c", "securityContext": {"privileged": true}}]}})",
     ""},
    {"host namespaces in their fixed order", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"hostIPC": true, "hostPID": true, "hostNetwork": true, "containers": [{"name": "c"}]}})",
     "host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)"},
    {"host namespaces and privileged, in check order", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"hostNetwork": true, "containers": [{"name": "x", "securityContext": {"privileged": true}}]}})",
     "host namespaces (hostNetwork=true), privileged (container \"x\" must not set securityContext.privileged=true)"},
    {"privileged: init, app and ephemeral containers in that order", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "b", "securityContext": {"privileged": true}}],
        "initContainers": [{"name": "a", "securityContext": {"privileged": true}}],
        "ephemeralContainers": [{"name": "e", "securityContext": {"privileged": true}}]}})",
     "privileged (containers \"a\", \"b\", \"e\" must not set securityContext.privileged=true)"},
    {"non-default capabilities, sorted and de-duplicated", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [
        {"name": "a", "securityContext": {"capabilities": {"add": ["FOO", "BAR"]}}},
        {"name": "b", "securityContext": {"capabilities": {"add": ["BAZ", "FOO", "CHOWN"]}}},
        {"name": "c", "securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE", "KILL"]}}}]}})",
     "non-default capabilities (containers \"a\", \"b\" must not include \"BAR\", \"BAZ\", \"FOO\" in securityContext.capabilities.add)"},
    {"NET_RAW and CAP_ prefixed names are not the baseline's", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"add": ["NET_RAW", "CAP_CHOWN"]}}}]}})",
     "non-default capabilities (container \"a\" must not include \"CAP_CHOWN\", \"NET_RAW\" in securityContext.capabilities.add)"},
    {"hostPath volumes", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"volumes": [{"name": "a", "hostPath": {"path": "/"}}, {"name": "e", "emptyDir": {}},
        {"name": "b", "hostPath": {"path": "/x"}}], "containers": [{"name": "c"}]}})",
     "hostPath volumes (volumes \"a\", \"b\")"},
    {"one hostPort", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]},
        {"name": "b", "ports": [{"containerPort": 80, "hostPort": 20}]}]}})",
     "hostPort (container \"b\" uses hostPort 20)"},
    {"hostPorts sorted as text", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "b", "ports": [{"containerPort": 1, "hostPort": 20}, {"containerPort": 2, "hostPort": 100}]},
        {"name": "c", "ports": [{"containerPort": 1, "hostPort": 10}]}]}})",
     "hostPort (containers \"b\", \"c\" use hostPorts 10, 100, 20)"},
    {"probe and lifecycle hosts, localhost included, names and hosts sorted", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a",
        "livenessProbe": {"httpGet": {"host": "localhost", "port": 80}},
        "readinessProbe": {"tcpSocket": {"host": "::1", "port": 80}},
        "lifecycle": {"preStop": {"httpGet": {"host": "127.0.0.1", "port": 80}}}}]}})",
     "probe or lifecycle host (container \"a\" uses probe or lifecycle hosts \"127.0.0.1\", \"::1\", \"localhost\")"},
    {"probe hosts: not checked before policy 1.34", "baseline:v1.33",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "livenessProbe": {"httpGet": {"host": "x.example", "port": 80}}}]}})",
     ""},
    {"two containers with probe hosts", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [
        {"name": "invalid2", "startupProbe": {"tcpSocket": {"host": "b.com", "port": 80}}},
        {"name": "invalid1", "livenessProbe": {"httpGet": {"host": "a.com", "port": 80}}}]}})",
     "probe or lifecycle host (containers \"invalid1\", \"invalid2\" use probe or lifecycle hosts \"a.com\", \"b.com\")"},
    {"procMount", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"procMount": "Default"}},
        {"name": "d", "securityContext": {"procMount": "Unmasked"}}, {"name": "e", "securityContext": {"procMount": "other"}}]}})",
     "procMount (containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\")"},
    {"procMount with a user namespace: baseline allows it from 1.35", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"hostUsers": false, "containers": [{"name": "d", "securityContext": {"procMount": "Unmasked"}}]}})",
     ""},
    {"procMount with a user namespace: not before 1.35", "baseline:v1.34",
     R"({"metadata": {"name": "p"}, "spec": {"hostUsers": false, "containers": [{"name": "d", "securityContext": {"procMount": "Unmasked"}}]}})",
     "procMount (container \"d\" must not set securityContext.procMount to \"Unmasked\")"},
    {"seLinuxOptions of the pod and containers", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"seLinuxOptions": {"type": "foo", "user": "u", "role": "r"}},
        "containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_t"}}},
        {"name": "d", "securityContext": {"seLinuxOptions": {"type": "bar"}}}, {"name": "e", "securityContext": {"seLinuxOptions": {"user": "x"}}},
        {"name": "f", "securityContext": {"seLinuxOptions": {"role": "y"}}}]}})",
     "seLinuxOptions (pod and containers \"d\", \"e\", \"f\" set forbidden securityContext.seLinuxOptions: types \"bar\", \"foo\"; user "
     "may not be set; role may not be set)"},
    {"seLinuxOptions: a user alone", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"seLinuxOptions": {"user": "u"}}, "containers": [{"name": "a"}]}})",
     "seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set)"},
    {"container_engine_t from 1.31", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_engine_t"}}}]}})",
     ""},
    {"container_engine_t not before", "baseline:v1.30",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_engine_t"}}}]}})",
     "seLinuxOptions (container \"a\" set forbidden securityContext.seLinuxOptions: type \"container_engine_t\")"},
    {"seccomp Unconfined", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"seccompProfile": {"type": "Unconfined"}},
        "containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}, {"name": "b"}]}})",
     "seccompProfile (pod and container \"a\" must not set securityContext.seccompProfile.type to \"Unconfined\")"},
    {"seccomp annotations before policy 1.19", "baseline:v1.18",
     R"({"metadata": {"name": "p", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined",
        "container.seccomp.security.alpha.kubernetes.io/a": "runtime/default", "container.seccomp.security.alpha.kubernetes.io/zz": "unconfined"}},
        "spec": {"containers": [{"name": "a"}]}})",
     "seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod=\"unconfined\")"},
    {"unsafe sysctls, in spec order", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": [{"name": "kernel.msgmax", "value": "1"},
        {"name": "kernel.shm_rmid_forced", "value": "1"}, {"name": "net.core.somaxconn", "value": "1"}]}, "containers": [{"name": "a"}]}})",
     "forbidden sysctls (kernel.msgmax, net.core.somaxconn)"},
    {"a sysctl the 1.29 policy allows", "baseline:v1.29",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": [{"name": "net.ipv4.tcp_keepalive_time", "value": "1"}]}, "containers": [{"name": "a"}]}})",
     ""},
    {"... and 1.28 does not", "baseline:v1.28",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": [{"name": "net.ipv4.tcp_keepalive_time", "value": "1"}]}, "containers": [{"name": "a"}]}})",
     "forbidden sysctls (net.ipv4.tcp_keepalive_time)"},
    {"tcp_rmem from 1.32", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": [{"name": "net.ipv4.tcp_rmem", "value": "1 2 3"}]}, "containers": [{"name": "a"}]}})",
     ""},
    {"windows hostProcess", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"windowsOptions": {"hostProcess": true}}, "containers": [{"name": "a"},
        {"name": "e", "securityContext": {"windowsOptions": {"hostProcess": true}}}, {"name": "f", "securityContext": {"windowsOptions": {"hostProcess": true}}}]}})",
     "hostProcess (pod and containers \"e\", \"f\" must not set securityContext.windowsOptions.hostProcess=true)"},
    {"AppArmor Unconfined on a container", "baseline",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "foo", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}]}})",
     "forbidden AppArmor profile (container \"foo\" must not set AppArmor profile type to \"Unconfined\")"},
    {"AppArmor annotations, quoted inside quotes as upstream does", "baseline",
     R"({"metadata": {"name": "p", "annotations": {"container.apparmor.security.beta.kubernetes.io/f": "unknown",
        "container.apparmor.security.beta.kubernetes.io/": "bogus", "container.apparmor.security.beta.kubernetes.io/e": "unconfined",
        "container.apparmor.security.beta.kubernetes.io/ok": "localhost/x"}}, "spec": {"containers": [{"name": "a"}]}})",
     "forbidden AppArmor profiles (annotations must not set AppArmor profile type to "
     "\"container.apparmor.security.beta.kubernetes.io/=\"bogus\"\", "
     "\"container.apparmor.security.beta.kubernetes.io/e=\"unconfined\"\", "
     "\"container.apparmor.security.beta.kubernetes.io/f=\"unknown\"\")"},

    // --- restricted -----------------------------------------------------------------------------
    {"a plain pod under restricted", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "busybox"}]}})",
     "allowPrivilegeEscalation != false (container \"c\" must set securityContext.allowPrivilegeEscalation=false), "
     "unrestricted capabilities (container \"c\" must set securityContext.capabilities.drop=[\"ALL\"]), "
     "runAsNonRoot != true (pod or container \"c\" must set securityContext.runAsNonRoot=true), "
     "seccompProfile (pod or container \"c\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")"},
    {"a restricted pod", "restricted", nullptr, ""},
    {"restricted capabilities", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "a", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"add": ["FOO", "BAR"]}}},
        {"name": "b", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["NET_RAW"], "add": ["BAZ"]}}},
        {"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["CHOWN", "NET_BIND_SERVICE"]}}}]}})",
     "unrestricted capabilities (containers \"a\", \"b\" must set securityContext.capabilities.drop=[\"ALL\"]; "
     "containers \"a\", \"b\", \"c\" must not include \"BAR\", \"BAZ\", \"CHOWN\", \"FOO\" in securityContext.capabilities.add)"},
    {"baseline capability check below restricted's 1.22", "restricted:v1.21",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "a", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"add": ["FOO"]}}}]}})",
     "non-default capabilities (container \"a\" must not include \"FOO\" in securityContext.capabilities.add)"},
    {"restricted volume types", "restricted", nullptr, nullptr},
    {"runAsNonRoot false on the pod", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": false, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "a", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": true}}]}})",
     "runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)"},
    {"runAsNonRoot false on containers", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": false}},
        {"name": "d", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": false}}]}})",
     "runAsNonRoot != true (containers \"c\", \"d\" must not set securityContext.runAsNonRoot=false)"},
    {"runAsUser 0", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": true, "runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "b", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsUser": 1000}},
        {"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsUser": 0}},
        {"name": "d", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsUser": 0}}]}})",
     "runAsUser=0 (pod and containers \"c\", \"d\" must not set runAsUser=0)"},
    {"user namespaces relax runAsNonRoot and runAsUser from 1.35", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"hostUsers": false, "securityContext": {"runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]}})",
     ""},
    {"but never procMount under restricted", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"hostUsers": false, "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [
        {"name": "c", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "procMount": "Unmasked"}}]}})",
     "procMount (container \"c\" must not set securityContext.procMount to \"Unmasked\")"},
    {"restricted seccomp: an explicit bad type wins over the implicit ones", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"securityContext": {"runAsNonRoot": true}, "containers": [
        {"name": "a", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "Unconfined"}}},
        {"name": "b", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]}})",
     "seccompProfile (container \"a\" must not set securityContext.seccompProfile.type to \"Unconfined\")"},
    {"a Windows pod skips three restricted checks from 1.25", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"os": {"name": "windows"}, "securityContext": {"runAsNonRoot": true}, "containers": [{"name": "w"}]}})",
     ""},
    {"... not before", "restricted:v1.24",
     R"({"metadata": {"name": "p"}, "spec": {"os": {"name": "windows"}, "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "w"}]}})",
     "allowPrivilegeEscalation != false (container \"w\" must set securityContext.allowPrivilegeEscalation=false), "
     "unrestricted capabilities (container \"w\" must set securityContext.capabilities.drop=[\"ALL\"])"},
    {"a node exporter under restricted: baseline checks first, then restricted", "restricted",
     R"({"metadata": {"name": "p"}, "spec": {"hostNetwork": true, "hostPID": true,
        "volumes": [{"name": "proc", "hostPath": {"path": "/proc"}}, {"name": "sys", "hostPath": {"path": "/sys"}}, {"name": "root", "hostPath": {"path": "/"}}],
        "securityContext": {"runAsNonRoot": true, "runAsUser": 65534},
        "containers": [{"name": "node-exporter", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}},
          "livenessProbe": {"httpGet": {"host": "127.0.0.1", "port": 9100}}, "ports": [{"containerPort": 9100, "hostPort": 9100}]}]}})",
     "host namespaces (hostNetwork=true, hostPID=true), hostPort (container \"node-exporter\" uses hostPort 9100), "
     "probe or lifecycle host (container \"node-exporter\" uses probe or lifecycle host \"127.0.0.1\"), "
     "restricted volume types (volumes \"proc\", \"sys\", \"root\" use restricted volume type \"hostPath\"), "
     "seccompProfile (pod or container \"node-exporter\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or "
     "\"Localhost\")"},
};

}  // namespace

TEST_CASE("Pod Security: each check's verdict and words, as the API server gives them", "[pod-security]") {
  for (const Case& c : kCases) {
    CAPTURE(c.name);
    std::string pod, detail = c.detail ? c.detail : "";
    if (c.pod) pod = c.pod;
    else if (std::string(c.name) == "a restricted pod") pod = good_pod();
    else {  // restricted volume types
      pod = good_pod(R"(, "volumes": [{"name": "b1", "hostPath": {"path": "/"}}, {"name": "ok", "configMap": {"name": "x"}},
                        {"name": "c1", "nfs": {"server": "s", "path": "/"}}, {"name": "d1"}, {"name": "img", "image": {"reference": "x"}}])");
      detail = "restricted volume types (volumes \"b1\", \"c1\", \"d1\" use restricted volume types \"hostPath\", \"nfs\", \"unknown\")";
    }
    auto policy = parse_psa_policy(c.policy);
    REQUIRE(policy);
    PsaResult r = evaluate_pod_security(json::parse(pod), *policy);
    CHECK(r.detail == detail);
    CHECK(r.allowed == detail.empty());
  }
  CHECK(sizeof kCases / sizeof kCases[0] >= 40);
}

TEST_CASE("Pod Security: the messages users see", "[pod-security]") {
  auto pod = json::parse(
      R"({"metadata": {"name": "nginx"}, "spec": {"hostNetwork": true, "containers": [{"name": "x", "securityContext": {"privileged": true}}]}})");
  PsaPolicy baseline{PsaLevel::Baseline, "latest"};
  PsaResult r = evaluate_pod_security(pod, baseline);
  CHECK(psa_forbidden_message("nginx", baseline, r) ==
        "pods \"nginx\" is forbidden: violates PodSecurity \"baseline:latest\": host namespaces (hostNetwork=true), "
        "privileged (container \"x\" must not set securityContext.privileged=true)");
  PsaPolicy restricted{PsaLevel::Restricted, "v1.30"};
  CHECK(psa_warning_message(restricted, evaluate_pod_security(pod, restricted))
            .rfind("would violate PodSecurity \"restricted:v1.30\": host namespaces", 0) == 0);
}

TEST_CASE("Pod Security: namespace labels, versions and defaults", "[pod-security]") {
  PsaDefaults d{{PsaLevel::Baseline, "latest"}, {PsaLevel::Privileged, "latest"}, {PsaLevel::Privileged, "latest"}};
  SECTION("no labels: the defaults") {
    auto p = psa_namespace_policy({}, d);
    CHECK(p.enforce.level_version() == "baseline:latest");
    CHECK(p.warn.level_version() == "privileged:latest");
    CHECK(p.label_errors.empty());
  }
  SECTION("labels over the defaults; a version label alone applies to the default level") {
    auto p = psa_namespace_policy(
        {{"pod-security.kubernetes.io/warn", "restricted"}, {"pod-security.kubernetes.io/enforce-version", "v1.30"}}, d);
    CHECK(p.enforce.level_version() == "baseline:v1.30");
    CHECK(p.warn.level_version() == "restricted:latest");
  }
  SECTION("a bad enforce level fails closed, a bad warn level open") {
    auto p = psa_namespace_policy({{"pod-security.kubernetes.io/enforce", "foo"},
                                   {"pod-security.kubernetes.io/warn", "Baseline"},
                                   {"pod-security.kubernetes.io/audit-version", "v1.05"}},
                                  d);
    CHECK(p.enforce.level == PsaLevel::Restricted);
    CHECK(p.warn.level == PsaLevel::Privileged);
    CHECK(p.audit.version == "latest");
    REQUIRE(p.label_errors.size() == 3);
    CHECK(p.label_errors[0].first == "pod-security.kubernetes.io/enforce");
    CHECK(p.label_errors[0].second == "invalid value \"foo\": must be one of privileged, baseline, restricted");
    CHECK(p.label_errors[2].second == "invalid value \"v1.05\": must be \"latest\" or \"v1.x\"");
  }
  SECTION("--pod-security values") {
    CHECK(parse_psa_policy("restricted")->level_version() == "restricted:latest");
    CHECK(parse_psa_policy("baseline:v1.29")->minor() == 29);
    CHECK(parse_psa_policy("baseline:v1.99")->minor() == kPsaLatestMinor);
    CHECK_FALSE(parse_psa_policy("strict"));
    CHECK_FALSE(parse_psa_policy("baseline:1.29"));
  }
}
