// The machine's configuration file: every setting read, every mistake named with its place.
#include <catch2/catch.hpp>

#include "host/machine_config.h"

using namespace podrun::host;

TEST_CASE("machine config: the settings", "[machine-config]") {
  MachineConfig c = parse_machine_config(R"(# the owner's policy
podPidsLimit: 1024
allowedUnsafeSysctls: ["kernel.msg*", "net.core.somaxconn"]
seccompDefault: Unconfined
podSecurity: {enforce: baseline, enforceVersion: v1.30, warn: restricted, audit: restricted}
memoryBackedVolumesLimit: 512Mi
evictionMonitoringPeriod: 2s
)",
                                         "config.yaml");
  CHECK(c.node.pod_pids_limit == 1024);
  CHECK(c.node.allowed_unsafe_sysctls == std::vector<std::string>{"kernel.msg*", "net.core.somaxconn"});
  CHECK(c.node.seccomp_default == podrun::plan::SeccompType::Unconfined);
  CHECK(c.pod_security.enforce.level_version() == "baseline:v1.30");
  CHECK(c.pod_security.warn.level_version() == "restricted:latest");
  CHECK(c.pod_security.audit.level == podrun::loader::PsaLevel::Restricted);
  CHECK(c.node.memory_backed_volumes_limit == 512LL << 20);
  CHECK(c.eviction_monitoring_period_ms == 2000);
}

TEST_CASE("machine config: the Kubernetes release manifests are validated for", "[machine-config]") {
  CHECK(parse_machine_config("", "c.yaml").kubernetes_version.minor == 35);
  CHECK(parse_machine_config("kubernetesVersion: \"1.32\"\n", "c.yaml").kubernetes_version.minor == 32);
  CHECK(parse_machine_config("kubernetesVersion: v1.31\n", "c.yaml").kubernetes_version.minor == 31);
  CHECK_THROWS_WITH(parse_machine_config("kubernetesVersion: \"1.30\"\n", "c.yaml"),
                    "c.yaml:1:20: kubernetesVersion: must be a Kubernetes release from 1.31 to 1.35 (e.g. \"1.35\"), not \"1.30\"");
}

TEST_CASE("machine config: pulls, registries and mirrors", "[machine-config]") {
  MachineConfig c = parse_machine_config(R"(imagePullPolicy: IfNotPresent
registries:
  insecure: ["localhost:5000", "10.0.0.1:5000"]
  certsDir: /etc/podrun/certs.d
  mirrors:
  - prefix: docker.io
    mirrors: [{location: "mirror.local:5000", insecure: true}, {location: mirror2.local}]
  - {prefix: quay.io, location: "registry.example/quay"}
)",
                                         "config.yaml");
  CHECK(c.image_pull_policy == "IfNotPresent");
  CHECK(c.registries.insecure == std::vector<std::string>{"localhost:5000", "10.0.0.1:5000"});
  REQUIRE(c.registries.rules.size() == 2);
  CHECK(c.registries.rules[0].prefix == "docker.io");
  REQUIRE(c.registries.rules[0].mirrors.size() == 2);
  CHECK(c.registries.rules[0].mirrors[0].location == "mirror.local:5000");
  CHECK(c.registries.rules[0].mirrors[0].insecure);
  CHECK_FALSE(c.registries.rules[0].mirrors[1].insecure);
  CHECK(c.registries.rules[1].location == "registry.example/quay");
  CHECK_THROWS_WITH(parse_machine_config("imagePullPolicy: always\n", "c.yaml"),
                    "c.yaml:1:18: imagePullPolicy: must be Always, IfNotPresent or Never, not \"always\"");
  CHECK_THROWS_WITH(parse_machine_config("registries: {mirrors: [{prefix: docker.io, mirrors: [{location: \"https://m\"}]}]}\n", "c.yaml"),
                    Catch::Contains("registries.mirrors[0].mirrors[0].location: must be a registry as references name it"));
  CHECK_THROWS_WITH(parse_machine_config("registries: {mirrors: [{location: x}]}\n", "c.yaml"),
                    Catch::Contains("registries.mirrors[0]: prefix is required"));
  CHECK_THROWS_WITH(parse_machine_config("registries: {blocked: [x]}\n", "c.yaml"), Catch::Contains("registries.blocked: unknown setting"));
  CHECK(parse_machine_config("registries: {unqualifiedSearchRegistries: [\"reg.local:5000\", docker.io]}\n", "c.yaml")
            .registries.unqualified_search == std::vector<std::string>{"reg.local:5000", "docker.io"});
  CHECK_THROWS_WITH(parse_machine_config("registries: {unqualifiedSearchRegistries: [reg.local/team]}\n", "c.yaml"),
                    Catch::Contains("registries.unqualifiedSearchRegistries[0]: must be a registry (host[:port]) without a path"));
}

TEST_CASE("machine config: an empty file, the defaults", "[machine-config]") {
  MachineConfig c = parse_machine_config("# nothing yet\n", "config.yaml");
  CHECK(c.node.pod_pids_limit == 4096);
  CHECK(c.node.seccomp_default == podrun::plan::SeccompType::RuntimeDefault);
  CHECK(c.pod_security.enforce.level == podrun::loader::PsaLevel::Privileged);
  CHECK(c.eviction_monitoring_period_ms == 10000);
}

TEST_CASE("machine config: mistakes, each with its file, line, column and setting", "[machine-config]") {
  struct Row {
    const char* text;
    const char* message;
  };
  const Row rows[] = {
      {"podPidsLimit: 0\n", "config.yaml:1:15: podPidsLimit: must be a positive integer, not 0"},
      {"podPidsLimit: lots\n", "config.yaml:1:15: podPidsLimit: must be a positive integer, not \"lots\""},
      {"seccompDefault: unconfined\n", "config.yaml:1:17: seccompDefault: must be RuntimeDefault or Unconfined, not \"unconfined\""},
      {"allowedUnsafeSysctls: kernel.msgmax\n", "config.yaml:1:23: allowedUnsafeSysctls: must be a list"},
      {"allowedUnsafeSysctls: [\"Kernel.X\"]\n", "config.yaml:1:24: allowedUnsafeSysctls[0]: \"Kernel.X\" is not a sysctl name"},
      {"podSecurity: {enforce: strict}\n", "config.yaml:1:24: podSecurity.enforce: must be one of privileged, baseline, restricted"},
      {"podSecurity: {enforceVersion: \"1.30\"}\n", "config.yaml:1:31: podSecurity.enforceVersion: must be \"latest\" or \"v1.x\""},
      {"podSecurity: {block: baseline}\n", "config.yaml:1:22: podSecurity.block: unknown setting"},
      {"memoryBackedVolumesLimit: lots\n", "config.yaml:1:27: memoryBackedVolumesLimit: must be a positive size"},
      {"evictionMonitoringPeriod: 1ms\n", "config.yaml:1:27: evictionMonitoringPeriod: must be a duration of at least 100ms"},
      {"\npodPidLimit: 10\n", "config.yaml:2:14: podPidLimit: unknown setting"},
      {"- a\n", "config.yaml:1:1: : must be a mapping of settings"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    try {
      parse_machine_config(row.text, "config.yaml");
      FAIL("accepted");
    } catch (const std::runtime_error& e) {
      CHECK_THAT(e.what(), Catch::StartsWith(row.message));
    }
  }
}

TEST_CASE("machine config: the file", "[machine-config]") {
  CHECK(load_machine_config("/nonexistent/podrun/config.yaml", false).node.pod_pids_limit == 4096);
  CHECK_THROWS_WITH(load_machine_config("/nonexistent/podrun/config.yaml", true),
                    Catch::Contains("/nonexistent/podrun/config.yaml: No such file or directory"));
}
