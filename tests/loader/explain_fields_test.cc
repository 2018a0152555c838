// podrun explain: lookups in the linked-in OpenAPI data (schemas/explain/), the text kubectl
// explain would print, and podrun's own answer from the field table.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "loader/explain_fields.h"
#include "loader/schema.h"

using namespace podrun::loader;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

PodrunSchema pod_schema(int minor = 35) { return {SchemaSet::builtin(KubeVersion{minor}).document("Pod"), "1." + std::to_string(minor)}; }

std::string explain_text(const std::string& version, const std::string& path, bool recursive = false) {
  ExplainTarget t = explain_lookup(version, path);
  return render_explain(t, podrun_answer(t, pod_schema(), recursive), recursive);
}

std::string error_of(const std::string& version, const std::string& path) {
  try {
    explain_lookup(version, path);
  } catch (const ExplainError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("explain: a boolean field has its type and the upstream description", "[explain]") {
  for (const char* version : {"1.31", "1.35"}) {
    CAPTURE(version);
    ExplainTarget t = explain_lookup(version, "pod.spec.shareProcessNamespace");
    CHECK(t.kind == "Pod");
    CHECK(t.api_version == "v1");
    REQUIRE(t.chain.size() == 2);
    CHECK(t.chain[1].type == "boolean");
    CHECK_FALSE(t.chain[1].required);
    CHECK(t.type.empty());
    CHECK_THAT(t.description, StartsWith("Share a single process namespace between all of the containers in a pod."));
    CHECK(t.status_path == "spec.shareProcessNamespace");

    std::string text = explain_text(version, "pod.spec.shareProcessNamespace");
    CHECK_THAT(text, StartsWith("KIND:       Pod\nVERSION:    v1\n\nFIELD: shareProcessNamespace <boolean>\n\nDESCRIPTION:\n"
                                "    Share a single process namespace between all of the containers in a pod.\n"));
    CHECK_THAT(text, Contains("\n    will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be\n    set. Optional: "
                              "Default to false.\n\n"));
    CHECK_THAT(text, Contains("\nPODRUN: supported\n"));
    CHECK_THAT(text, !Contains("FIELDS:"));
  }
}

TEST_CASE("explain: an object lists its fields with types and required marks", "[explain]") {
  std::string text = explain_text("1.35", "pod.spec");
  CHECK_THAT(text, Contains("FIELD: spec <PodSpec>\n"));
  // The field's description, then its type's, as kubectl prints them.
  CHECK_THAT(text, Contains("PodSpec is a description of a pod."));
  CHECK_THAT(text, Contains("FIELDS:\n  activeDeadlineSeconds\t<integer>\n    Optional duration in seconds"));
  CHECK_THAT(text, Contains("\n  containers\t<[]Container> -required-\n"));
  CHECK_THAT(text, Contains("\n  nodeSelector\t<map[string]string>\n"));
  CHECK_THAT(text, Contains("\n  overhead\t<map[string]Quantity>\n"));
  // podrun: spec is supported, with the members it ignores or refuses listed under it.
  CHECK_THAT(text, Contains("\nPODRUN: supported\n  fields with another status:\n"));
  CHECK_THAT(text, Contains("\n  nodeSelector\tignored (warning) — scheduling: podrun runs every pod on this one node\n"));
  CHECK_THAT(text, Contains("\n  ephemeralContainers\trefused (error) — cannot be set on create (the API server refuses it too): add one "
                            "to a running pod with podrun debug\n"));
}

TEST_CASE("explain: the type part is case-insensitive and takes plural and short names", "[explain]") {
  for (const char* name : {"pod", "Pod", "PODS", "po"}) CHECK(explain_lookup("1.35", std::string(name) + ".spec").kind == "Pod");
  CHECK(explain_lookup("1.35", "cm").kind == "ConfigMap");
  CHECK(explain_lookup("1.35", "ns").kind == "Namespace");
  CHECK(explain_lookup("1.35", "svc.spec.ports").kind == "Service");
  CHECK(explain_lookup("1.35", "deploy").api_version == "apps/v1");
  CHECK(explain_lookup("1.35", "sts").kind == "StatefulSet");
  CHECK(explain_lookup("1.35", "ds").kind == "DaemonSet");
  CHECK(explain_lookup("1.35", "cj.spec.jobTemplate").api_version == "batch/v1");
  CHECK(explain_lookup("1.35", "jobs").kind == "Job");
  CHECK(explain_lookup("1.35", "netpol").api_version == "networking.k8s.io/v1");
}

TEST_CASE("explain: pod-level resources exist in 1.35, not in 1.31", "[explain]") {
  ExplainTarget t = explain_lookup("1.35", "pod.spec.resources");
  CHECK(t.chain.back().type == "ResourceRequirements");
  CHECK_THAT(t.description, StartsWith("Resources is the total amount of CPU and Memory resources required by all containers in the pod."));
  CHECK(error_of("1.31", "pod.spec.resources") ==
        "field \"resources\" does not exist in pod.spec in Kubernetes 1.31; it does in 1.35 (--kubernetes-version 1.35)");
  // With 1.35's schema, the field table answers; against 1.31's, the field is unknown.
  PodrunAnswer a = podrun_answer(t, pod_schema(), false);
  CHECK(a.self.status == "supported");
  CHECK_THAT(a.self.note, Contains("the pod's cgroup, its QoS class"));
  PodrunAnswer old = podrun_answer(t, pod_schema(31), false);
  CHECK(old.self.status == "refused (error)");
  CHECK_THAT(old.self.note, Contains("not a field of the Kubernetes 1.31 Pod schema podrun validates against"));
}

TEST_CASE("explain: a refused field shows podrun's refusal and why", "[explain]") {
  for (const char* path : {"pod.spec.containers.resources.claims", "pod.spec.initContainers.resources.claims"}) {
    CAPTURE(path);
    ExplainTarget t = explain_lookup("1.35", path);
    std::string text = render_explain(t, podrun_answer(t, pod_schema(), false), false);
    CHECK_THAT(text, Contains("\nPODRUN: refused (error) — podrun has no dynamic resource allocation\n"));
  }
  CHECK(explain_lookup("1.35", "pod.spec.initContainers.resources.claims").status_path == "spec.containers[].resources.claims");
  // Its parent is supported, with the refused member named.
  std::string resources = explain_text("1.35", "pod.spec.containers.resources");
  CHECK_THAT(resources,
             Contains("\nPODRUN: supported — cpu, memory, ephemeral-storage (eviction, docs/resources.md); see docs for others\n"));
  CHECK_THAT(resources, Contains("\n  claims\trefused (error) — podrun has no dynamic resource allocation"));
}

TEST_CASE("explain: a gRPC probe is supported, and says how", "[explain]") {
  for (const char* path : {"pod.spec.containers.livenessProbe.grpc", "pod.spec.initContainers.startupProbe.grpc"}) {
    CAPTURE(path);
    ExplainTarget t = explain_lookup("1.35", path);
    CHECK(t.chain.back().type == "GRPCAction");
    std::string text = render_explain(t, podrun_answer(t, pod_schema(), false), false);
    CHECK_THAT(text, Contains("\n  port\t<integer> -required-\n"));
    CHECK_THAT(text,
               Contains("\nPODRUN: supported — grpc.health.v1 Health/Check over plaintext HTTP/2, as the kubelet does; SERVING passes\n"));
  }
  CHECK(explain_lookup("1.35", "pod.spec.initContainers.startupProbe.grpc").status_path == "spec.containers[].startupProbe.grpc");
  std::string probe = explain_text("1.35", "pod.spec.containers.livenessProbe");
  CHECK_THAT(probe, Contains("\nPODRUN: supported — run by the pod's supervisor; a failure restarts the container\n"));
  CHECK_THAT(probe, !Contains("grpc\trefused"));
}

TEST_CASE("explain: inherited statuses name the rule they come from", "[explain]") {
  std::string text = explain_text("1.35", "pod.spec.volumes.nfs.server");
  CHECK_THAT(text, Contains("PODRUN: refused (error) — as spec.volumes[].*: a network or cloud volume source"));
  text = explain_text("1.35", "pod.spec.affinity.nodeAffinity");
  CHECK_THAT(text, Contains("PODRUN: ignored (warning) — as spec.affinity: scheduling"));
}

TEST_CASE("explain: --recursive prints the nested field tree", "[explain]") {
  std::string text = explain_text("1.35", "pod.spec.containers", true);
  CHECK_THAT(text, Contains("FIELDS:\n  args\t<[]string>\n"));
  CHECK_THAT(text, Contains("\n  livenessProbe\t<Probe>\n    exec\t<ExecAction>\n      command\t<[]string>\n"));
  CHECK_THAT(text, Contains("\n    grpc\t<GRPCAction>\n      port\t<integer> -required-\n      service\t<string>\n"));
  CHECK_THAT(text, Contains("\n  name\t<string> -required-\n"));
  // Names and types only: no field descriptions.
  CHECK_THAT(text, !Contains("Arguments to the entrypoint."));
  // podrun's answer covers the whole subtree, topmost refused fields only.
  CHECK_THAT(text, Contains("\n  resources.claims\trefused (error)"));
  CHECK_THAT(text, Contains("\n  volumeMounts.subPathExpr\trefused (error)"));
  CHECK_THAT(text, Contains("\n  volumeDevices\trefused (error)"));
  CHECK_THAT(text, !Contains("volumeDevices.devicePath\t"));
  CHECK_THAT(text, !Contains("livenessProbe.grpc\t"));

  std::string pod = explain_text("1.31", "pod", true);
  CHECK_THAT(
      pod,
      Contains("\n  spec\t<PodSpec>\n    activeDeadlineSeconds\t<integer>\n    affinity\t<Affinity>\n      nodeAffinity\t<NodeAffinity>\n"
               "        preferredDuringSchedulingIgnoredDuringExecution\t<[]PreferredSchedulingTerm>\n"));
  // From the Pod down, podrun lists the topmost fields it does not support.
  CHECK_THAT(pod, Contains("\n  spec.affinity\tignored (warning)"));
  CHECK_THAT(pod, Contains("\n  spec.containers.volumeMounts.mountPropagation\trefused (error)"));
  CHECK_THAT(pod, Contains("\n  metadata.generateName\trefused (error)"));
  CHECK_THAT(pod, !Contains("apiVersion\trefused"));
}

TEST_CASE("explain: kinds other than a Pod", "[explain]") {
  std::string cm = explain_text("1.35", "configmap.data");
  CHECK_THAT(cm, Contains("FIELD: data <map[string]string>\n"));
  CHECK_THAT(cm, Contains("PODRUN: supported — every field of a ConfigMap is supported\n"));

  std::string deploy = explain_text("1.35", "deployments.spec.replicas");
  CHECK_THAT(deploy, StartsWith("GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n"));
  CHECK_THAT(deploy, Contains("\nPODRUN: supported — podrun runs Deployments (docs/workloads.md)"));
  ExplainTarget d = explain_lookup("1.35", "sts.spec.template");
  PodrunAnswer a = podrun_answer(d, pod_schema(), false);
  CHECK(a.self.status == "supported");
  CHECK_THAT(a.self.note, Contains("podrun explain pod.spec says what podrun does with each field."));
  CHECK_THAT(explain_text("1.35", "statefulset"), Contains("\nPODRUN: supported — podrun runs StatefulSets (docs/workloads.md)"));
  CHECK_THAT(explain_text("1.35", "daemonset"), Contains("\nPODRUN: supported — podrun runs DaemonSets (docs/workloads.md)"));
  std::string svc = explain_text("1.35", "svc.spec.ports.targetPort");
  CHECK_THAT(svc, Contains("FIELD: targetPort <IntOrString>\n"));
  CHECK_THAT(svc, Contains("\nPODRUN: supported — podrun runs Services (docs/services.md)"));
  CHECK_THAT(svc, !Contains("pod template"));
  CHECK_THAT(explain_text("1.35", "networkpolicy"), Contains("\nPODRUN: supported — podrun runs NetworkPolicies (docs/services.md)"));

  CHECK(error_of("1.31", "deploy") ==
        "kind Deployment is not in podrun's explain data for Kubernetes 1.31; it is for 1.35 (--kubernetes-version 1.35)");
}

TEST_CASE("explain: unknown types and fields are one-line errors", "[explain]") {
  CHECK(error_of("1.35", "pod.spec.shareProcessNamespac") ==
        "field \"shareProcessNamespac\" does not exist in pod.spec; did you mean \"shareProcessNamespace\"?");
  CHECK(error_of("1.35", "pdo.spec") == "type \"pdo\" is not known to podrun explain; did you mean \"pod\"?");
  CHECK(error_of("1.35", "ingress") == "type \"ingress\" is not known to podrun explain");
  CHECK(error_of("1.35", "pod.spec.restartPolicy.x") == "pod.spec.restartPolicy is <string>: it has no field \"x\"");
  CHECK(error_of("1.35", "pod.spec.Containers") == "field \"Containers\" does not exist in pod.spec; did you mean \"containers\"?");
  CHECK(error_of("1.30", "pod") == "no explain data for Kubernetes 1.30 (known: 1.31, 1.35)");
}

TEST_CASE("explain: JSON output carries the same answer", "[explain]") {
  ExplainTarget t = explain_lookup("1.35", "pod.spec.containers.resources");
  nlohmann::json j = explain_json(t, podrun_answer(t, pod_schema(), false), false);
  CHECK(j["kind"] == "Pod");
  CHECK(j["field"]["type"] == "ResourceRequirements");
  CHECK(j["podrun"]["status"] == "supported");
  REQUIRE(j["podrun"]["below"].size() == 1);
  CHECK(j["podrun"]["below"][0]["path"] == "claims");
  bool found = false;
  for (const auto& f : j["fields"])
    if (f["name"] == "limits")
      found = f["type"] == "map[string]Quantity" && f["description"].get<std::string>().rfind("Limits describes", 0) == 0;
  CHECK(found);
}

TEST_CASE("explain: descriptions wrap at 80 columns and keep their paragraphs", "[explain]") {
  CHECK(wrap_text("aaa bbb ccc", 4, 28) == "    aaa bbb ccc\n");
  CHECK(wrap_text("aaaa bbbb cccc dddd eeee ffff", 4, 24) == "    aaaa bbbb cccc dddd\n    eeee ffff\n");
  CHECK(wrap_text("one\n\ntwo", 2) == "  one\n\n  two\n");
  std::istringstream text(explain_text("1.35", "pod.spec.containers"));
  for (std::string line; std::getline(text, line);) {
    // A URL or a field line may be longer; a wrapped line of words is not.
    if (line.find("://") == std::string::npos && line.find('\t') == std::string::npos && line.rfind("PODRUN", 0) != 0) {
      CAPTURE(line);
      CHECK(line.size() <= 80);
    }
  }
}
