// Requests and limits → cgroup values, QoS class and oom_score_adj, with exact numbers.
#include <catch2/catch.hpp>

#include "loader/loader.h"
#include "plan/planner.h"
#include "plan/resources.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

loader::LoadResult load(const std::string& yaml) {
  loader::LoadResult r = loader::load_text("t.yaml", yaml, loader::LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) FAIL(format_diagnostic(d.file, diag));
  REQUIRE(r.pods.size() == 1);
  return r;
}

std::string pod_with(const std::string& containers, const std::string& init = "") {
  return "apiVersion: v1\nkind: Pod\nmetadata: {name: r}\nspec:\n" + (init.empty() ? "" : "  initContainers:\n" + init) +
         "  containers:\n" + containers;
}

std::string container(const std::string& name, const std::string& resources) {
  return "  - {name: " + name + ", image: busybox, command: [sleep, \"1\"]" + (resources.empty() ? "" : ", resources: " + resources) +
         "}\n";
}

}  // namespace

TEST_CASE("cgroup v1 values from requests and limits", "[plan][resources]") {
  struct Case {
    const char* resources;
    std::uint64_t shares;
    std::int64_t quota;
    std::optional<std::int64_t> memory;
  } cases[] = {
      {"{requests: {cpu: 250m}, limits: {cpu: 250m}}", 256, 25000, std::nullopt},
      {"{limits: {cpu: 700m, memory: 200Mi}}", 716, 70000, 209715200},  // requests default to limits
      {"{requests: {cpu: 500m}, limits: {cpu: \"1\"}}", 512, 100000, std::nullopt},
      {"{requests: {memory: 64Mi}}", 2, -1, std::nullopt},  // no cpu request → 2 shares
      {"{limits: {cpu: 1m}}", 2, 1000, std::nullopt},       // quota never below 1000; 1 share → 2
      {"{limits: {cpu: 5m}}", 5, 1000, std::nullopt},
      {"{requests: {cpu: \"300\"}}", 262144, -1, std::nullopt},  // shares capped at 262144
      {"{limits: {cpu: \"0.5\", memory: 1Gi}}", 512, 50000, 1073741824},
      {"", 2, -1, std::nullopt},
  };
  for (const auto& c : cases) {
    CAPTURE(c.resources);
    loader::LoadResult r = load(pod_with(container("a", c.resources)));
    PlanInput in;
    in.pods = &r.pods;
    in.configmaps = &r.configmaps;
    in.secrets = &r.secrets;
    Plan plan = make_plan(in);
    const ContainerPlan& cp = plan.pods[0].containers[0];
    CHECK(cp.cgroup.v1.cpu_shares == c.shares);
    CHECK(cp.cgroup.v1.cpu_cfs_quota_us == c.quota);
    CHECK(cp.cgroup.v1.cpu_cfs_period_us == 100000);
    CHECK(cp.cgroup.v1.memory_limit_in_bytes == c.memory);
    CHECK_FALSE(cp.cgroup.v1.pids_max);  // pids are limited per pod
  }
}

TEST_CASE("cgroup v2 weights by runc's and crun's formula, and cpu.max/memory.max", "[plan][resources]") {
  // ⌈10^((L² + 125L)/612 − 7/34)⌉, L = log2(shares): the values Kubernetes' blog of 2025-10-25 lists.
  CHECK(cpu_weight(2) == 1);
  CHECK(cpu_weight(1024) == 100);
  CHECK(cpu_weight(262144) == 10000);
  CHECK(cpu_weight(cpu_shares(100)) == 17);
  CHECK(cpu_weight(cpu_shares(500)) == 59);
  CHECK(cpu_weight(cpu_shares(700)) == 76);
  CHECK(cpu_weight(cpu_shares(2000)) == 174);
  auto v2 = cgroup_v2(cgroup_v1(700, 700, 209715200, std::nullopt));
  CHECK(v2.cpu_weight == 76);
  CHECK(v2.cpu_max == "70000 100000");
  CHECK(v2.memory_max == "209715200");
  CHECK(v2.pids_max == "max");
  auto none = cgroup_v2(cgroup_v1(std::nullopt, std::nullopt, std::nullopt, 4096));
  CHECK(none.cpu_max == "max 100000");
  CHECK(none.memory_max == "max");
  CHECK(none.pids_max == "4096");
}

TEST_CASE("QoS classes, init containers included", "[plan][resources]") {
  struct Case {
    const char* name;
    std::string yaml;
    QosClass qos;
  } cases[] = {
      {"nothing anywhere", pod_with(container("a", "")), QosClass::BestEffort},
      {"limits only: requests default to them", pod_with(container("a", "{limits: {cpu: 1, memory: 1Gi}}")), QosClass::Guaranteed},
      {"requests equal limits", pod_with(container("a", "{requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}")),
       QosClass::Guaranteed},
      {"requests below limits", pod_with(container("a", "{requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}")),
       QosClass::Burstable},
      {"cpu only", pod_with(container("a", "{limits: {cpu: 1}}")), QosClass::Burstable},
      {"one container of two has nothing", pod_with(container("a", "{limits: {cpu: 1, memory: 1Gi}}") + container("b", "")),
       QosClass::Burstable},
      {"an init container without limits spoils Guaranteed",
       pod_with(container("a", "{limits: {cpu: 1, memory: 1Gi}}"), container("init", "")), QosClass::Burstable},
      {"only an init container has requests", pod_with(container("a", ""), container("init", "{requests: {cpu: 100m}}")),
       QosClass::Burstable},
      {"ephemeral-storage does not count", pod_with(container("a", "{limits: {ephemeral-storage: 1Gi}}")), QosClass::BestEffort},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    loader::LoadResult r;
    r = loader::load_text("t.yaml", c.yaml, loader::LoadOptions{});
    REQUIRE(r.pods.size() == 1);
    CHECK(qos_class(r.pods[0].spec) == c.qos);
  }
}

TEST_CASE("oom_score_adj per QoS class, by the kubelet's formula", "[plan][resources]") {
  const std::int64_t node = 8LL << 30;
  CHECK(oom_score_adj(QosClass::Guaranteed, 1LL << 30, node) == -997);
  CHECK(oom_score_adj(QosClass::BestEffort, std::nullopt, node) == 1000);
  CHECK(oom_score_adj(QosClass::Burstable, 1LL << 30, node) == 875);  // 1000 − 1000 × 1/8
  CHECK(oom_score_adj(QosClass::Burstable, std::nullopt, node) == 999);
  CHECK(oom_score_adj(QosClass::Burstable, 1, node) == 999);
  CHECK(oom_score_adj(QosClass::Burstable, node, node) == 3);
  CHECK(oom_score_adj(QosClass::Burstable, 2 * node, node) == 3);
}

TEST_CASE("the pod cgroup: effective requests, limits only when every container has one", "[plan][resources]") {
  // ../shared/conformance/k8s-examples/pods/multi-container/resources.yaml: 350m CPU, 192Mi.
  std::string yaml = pod_with(container("app", "{requests: {cpu: 300m, memory: 128Mi}}"),
                              "  - {name: init, image: busybox, command: [\"true\"], resources: {requests: {cpu: 200m, memory: 64Mi}}}\n"
                              "  - {name: side, image: busybox, command: [sleep, \"1\"], restartPolicy: Always, "
                              "resources: {requests: {cpu: 50m, memory: 64Mi}}}\n");
  loader::LoadResult r = load(yaml);
  CHECK(pod_request(r.pods[0].spec, "cpu") == 350);
  CHECK(pod_request(r.pods[0].spec, "memory") == 192LL * 1024 * 1024);
  CHECK_FALSE(pod_limit(r.pods[0].spec, "cpu"));

  loader::LoadResult g =
      load(pod_with(container("a", "{limits: {cpu: 500m, memory: 64Mi}}") + container("b", "{limits: {cpu: 250m, memory: 32Mi}}")));
  PlanInput in;
  in.pods = &g.pods;
  in.configmaps = &g.configmaps;
  in.secrets = &g.secrets;
  PodPlan p = make_plan(in).pods[0];
  CHECK(p.qos == QosClass::Guaranteed);
  CHECK(p.cgroup.path == "podrun/pod" + p.uid);  // Guaranteed pods sit directly under podrun/
  CHECK(p.cgroup.v1.cpu_shares == 768);
  CHECK(p.cgroup.v1.cpu_cfs_quota_us == 75000);
  CHECK(p.cgroup.v1.memory_limit_in_bytes == 96LL * 1024 * 1024);
  CHECK(p.cgroup.v1.pids_max == 4096);
  CHECK(p.containers[1].cgroup.path == "podrun/pod" + p.uid + "/b");
  CHECK(p.containers[0].oom_score_adj == -997);

  loader::LoadResult b = load(pod_with(container("a", "{requests: {memory: 1Gi}}")));
  in.pods = &b.pods;
  PodPlan bp = make_plan(in).pods[0];
  CHECK(bp.cgroup.path == "podrun/burstable/pod" + bp.uid);
  CHECK(bp.containers[0].oom_score_adj == 875);
  CHECK_FALSE(bp.cgroup.v1.memory_limit_in_bytes);
}

TEST_CASE("pids.max: the machine's podPidsLimit, podrun.io/pids-limit may lower it, never raise it", "[plan][resources]") {
  loader::LoadResult r = load(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {podrun.io/pids-limit: \"128\"}}\n"
      "spec: {containers: [{name: a, image: busybox, command: [sleep, \"1\"]}]}\n");
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  CHECK(make_plan(in).pods[0].cgroup.v2.pids_max == "128");
  CHECK(make_plan(in).pods[0].admission_errors.empty());
  r.pods[0].metadata.annotations["podrun.io/pids-limit"] = "4194304";  // above pid_max: the owner's call, not the pod's
  PodPlan p = make_plan(in).pods[0];
  CHECK(p.cgroup.v1.pids_max == 4096);
  REQUIRE(p.admission_errors.size() == 1);
  CHECK_THAT(p.admission_errors[0],
             Catch::StartsWith("PidsLimitForbidden: podrun.io/pids-limit 4194304 is above the machine's podPidsLimit 4096"));
  r.pods[0].metadata.annotations.erase("podrun.io/pids-limit");
  in.node.pod_pids_limit = 10000;
  CHECK(make_plan(in).pods[0].cgroup.v1.pids_max == 10000);
}

TEST_CASE("pod-level resources: QoS, the pod's cgroup, containers without limits, oom_score_adj (table)", "[plan][resources]") {
  // The host of these plans has 8 GiB (HostFacts' default): oom_score_adj 1000 − 1000 × request / 8Gi.
  constexpr std::int64_t Mi = 1024 * 1024;
  struct Row {
    const char* what;
    const char* pod_resources;
    std::string containers;
    QosClass qos;
    std::uint64_t pod_shares;
    std::int64_t pod_quota;
    std::optional<std::int64_t> pod_memory;
    std::int64_t c0_quota;  // the first container's cgroup
    std::optional<std::int64_t> c0_memory;
    int c0_oom;
    std::int64_t c1_quota;  // the second's, if any
    std::optional<std::int64_t> c1_memory;
    int c1_oom;
  } rows[] = {
      // The docs' pod-level-resources.yaml: the pod's values win; ctr-2, without limits, gets the
      // pod's in its cgroup; the 50Mi the containers leave unrequested is shared for the OOM score.
      {"docs example", "{limits: {cpu: \"1\", memory: 200Mi}, requests: {cpu: \"1\", memory: 100Mi}}",
       container("c1", "{limits: {cpu: 500m, memory: 100Mi}, requests: {cpu: 500m, memory: 50Mi}}") + container("c2", ""),
       QosClass::Burstable, 1024, 100000, 200 * Mi, 50000, 100 * Mi, 991, 100000, 200 * Mi, 997},
      // Limits alone: the requests default to them (no container requests): Guaranteed.
      {"limits only", "{limits: {cpu: 500m, memory: 64Mi}}", container("a", ""), QosClass::Guaranteed, 512, 50000, 64 * Mi, 50000, 64 * Mi,
       -997, 0, std::nullopt, 0},
      // A memory limit whose request is the containers' (32Mi): Burstable; no cpu anywhere.
      {"memory limit, container request", "{limits: {memory: 128Mi}}", container("a", "{requests: {memory: 32Mi}}"), QosClass::Burstable, 2,
       -1, 128 * Mi, -1, 128 * Mi, 997, 0, std::nullopt, 0},
      // A request alone bounds nothing: the pod's limit is the containers' (every one has one).
      {"cpu request only", "{requests: {cpu: \"2\"}}", container("a", "{limits: {cpu: \"1\"}}"), QosClass::Burstable, 2048, 100000,
       std::nullopt, 100000, std::nullopt, 999, 0, std::nullopt, 0},
      // Container values equal to their limits do not make the pod Guaranteed when the pod's own
      // say otherwise: pod-level values decide alone.
      {"pod-level decides QoS", "{requests: {memory: 64Mi}, limits: {memory: 128Mi}}",
       container("a", "{limits: {cpu: 100m, memory: 64Mi}}"), QosClass::Burstable, 102, 10000, 128 * Mi, 10000, 64 * Mi, 993, 0,
       std::nullopt, 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    std::string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: r}\nspec:\n  resources: " + std::string(row.pod_resources) +
                       "\n  containers:\n" + row.containers;
    loader::LoadResult r = load(yaml);
    PlanInput in;
    in.pods = &r.pods;
    in.configmaps = &r.configmaps;
    in.secrets = &r.secrets;
    PodPlan p = make_plan(in).pods[0];
    CHECK(qos_name(p.qos) == std::string(qos_name(row.qos)));
    CHECK(p.cgroup.v1.cpu_shares == row.pod_shares);
    CHECK(p.cgroup.v1.cpu_cfs_quota_us == row.pod_quota);
    CHECK(p.cgroup.v1.memory_limit_in_bytes == row.pod_memory);
    CHECK(p.containers[0].cgroup.v1.cpu_cfs_quota_us == row.c0_quota);
    CHECK(p.containers[0].cgroup.v1.memory_limit_in_bytes == row.c0_memory);
    CHECK(p.containers[0].oom_score_adj == row.c0_oom);
    if (p.containers.size() > 1) {
      CHECK(p.containers[1].cgroup.v1.cpu_cfs_quota_us == row.c1_quota);
      CHECK(p.containers[1].cgroup.v1.memory_limit_in_bytes == row.c1_memory);
      CHECK(p.containers[1].oom_score_adj == row.c1_oom);
    }
  }
}

TEST_CASE("pod-level resources: the downward API's limits of a container without one are the pod's", "[plan][resources]") {
  loader::LoadResult r = load(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: r}\nspec:\n  resources: {limits: {cpu: 500m, memory: 64Mi}}\n  containers:\n"
      "  - name: a\n    image: busybox\n    env:\n"
      "    - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory}}}\n"
      "    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1m}}}\n");
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  PodPlan p = make_plan(in).pods[0];
  std::map<std::string, std::string> env;
  for (const auto& e : p.containers[0].process.env) env[e.name] = e.value;
  CHECK(env["MEM"] == std::to_string(64 * 1024 * 1024));
  CHECK(env["CPU"] == "500");
}
