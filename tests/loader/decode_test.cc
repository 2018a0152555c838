// The typed model: what the loader hands to the planner, with the API server's defaults.
#include <catch2/catch.hpp>

#include "loader/decode.h"
#include "loader/loader.h"

using namespace podrun::loader;

namespace {

LoadResult load(const std::string& yaml) {
  LoadResult r = load_text("test.yaml", yaml, LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) INFO(podrun::format_diagnostic(d.file, diag));
  return r;
}

}  // namespace

TEST_CASE("a minimal pod gets Kubernetes' defaults", "[decode]") {
  LoadResult r = load("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: busybox}]\n");
  REQUIRE(r.pods.size() == 1);
  const Pod& p = r.pods[0];
  CHECK(p.metadata.name == "p");
  CHECK(p.metadata.ns == "default");
  CHECK(p.spec.restart_policy == "Always");
  CHECK(p.spec.termination_grace_period_seconds == 30);
  CHECK(p.spec.dns_policy == "ClusterFirst");
  CHECK(p.spec.host_users);
  CHECK_FALSE(p.spec.host_network);
  REQUIRE(p.spec.containers.size() == 1);
  const Container& c = p.spec.containers[0];
  CHECK(c.type == ContainerType::App);
  CHECK(c.image_pull_policy == "Always");  // untagged means :latest
  CHECK(c.termination_message_path == "/dev/termination-log");
  CHECK(c.mark.line == 5);
}

TEST_CASE("imagePullPolicy defaults by tag", "[decode]") {
  CHECK(default_pull_policy("busybox") == "Always");
  CHECK(default_pull_policy("busybox:latest") == "Always");
  CHECK(default_pull_policy("busybox:1.36") == "IfNotPresent");
  CHECK(default_pull_policy("registry:5000/app") == "Always");
  CHECK(default_pull_policy("registry:5000/app:v1") == "IfNotPresent");
  CHECK(default_pull_policy("busybox@sha256:abcd") == "IfNotPresent");
}

TEST_CASE("containers, sidecars, volumes, env and resources decode", "[decode]") {
  LoadResult r = load(R"YAML(apiVersion: v1
kind: ConfigMap
metadata: {name: cfg, namespace: team}
data: {level: debug}
binaryData: {blob: aGk=}
---
apiVersion: v1
kind: Secret
metadata: {name: sec, namespace: team}
data: {token: dG9rZW4=}
stringData: {password: s3cr3t}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: team, labels: {app: x}}
spec:
  restartPolicy: OnFailure
  shareProcessNamespace: true
  hostname: h
  subdomain: s
  initContainers:
  - {name: setup, image: "busybox:1.36"}
  - {name: proxy, image: "busybox:1.36", restartPolicy: Always}
  containers:
  - name: app
    image: busybox:1.36
    command: [sh, -c]
    args: ["echo $(GREETING)"]
    workingDir: /srv
    env:
    - {name: GREETING, value: hi}
    - name: LEVEL
      valueFrom: {configMapKeyRef: {name: cfg, key: level}}
    - name: POD
      valueFrom: {fieldRef: {fieldPath: metadata.name}}
    - name: MEM
      valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}
    envFrom: [{prefix: S_, secretRef: {name: sec}}]
    ports: [{containerPort: 8080, name: http}]
    resources:
      requests: {cpu: 250m}
      limits: {cpu: "1", memory: 64Mi}
    securityContext: {runAsUser: 1000}
    volumeMounts:
    - {name: scratch, mountPath: /scratch}
    - {name: conf, mountPath: /etc/app, readOnly: true, subPath: app}
  volumes:
  - {name: scratch, emptyDir: {medium: Memory, sizeLimit: 16Mi}}
  - name: conf
    configMap: {name: cfg, defaultMode: 0440, items: [{key: level, path: level.txt, mode: 0400}]}
  - {name: host, hostPath: {path: /var/log, type: Directory}}
  - {name: creds, secret: {secretName: sec}}
  - name: info
    downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}
  - {name: implicit}
)YAML");
  REQUIRE(r.configmaps.size() == 1);
  CHECK(r.configmaps[0].data.at("level") == "debug");
  CHECK(r.configmaps[0].data.at("blob") == "hi");
  REQUIRE(r.secrets.size() == 1);
  CHECK(r.secrets[0].data.at("token") == "token");
  CHECK(r.secrets[0].data.at("password") == "s3cr3t");
  REQUIRE(r.pods.size() == 1);
  const PodSpec& s = r.pods[0].spec;
  CHECK(r.pods[0].metadata.ns == "team");
  CHECK(s.restart_policy == "OnFailure");
  CHECK(s.share_process_namespace);
  CHECK(s.hostname == "h");
  CHECK(s.subdomain == "s");
  REQUIRE(s.init_containers.size() == 2);
  CHECK(s.init_containers[0].type == ContainerType::Init);
  CHECK(s.init_containers[1].type == ContainerType::Sidecar);
  const Container& c = s.containers.at(0);
  CHECK(c.image_pull_policy == "IfNotPresent");
  CHECK(c.command == std::vector<std::string>{"sh", "-c"});
  CHECK(c.args == std::vector<std::string>{"echo $(GREETING)"});
  CHECK(c.working_dir == "/srv");
  REQUIRE(c.env.size() == 4);
  CHECK(c.env[1].source == EnvVar::Source::ConfigMapKey);
  CHECK(c.env[1].key_ref.name == "cfg");
  CHECK(c.env[2].field_ref.field_path == "metadata.name");
  CHECK(c.env[3].resource_field_ref.divisor == "1Mi");
  REQUIRE(c.env_from.size() == 1);
  CHECK(c.env_from[0].secret);
  CHECK(c.env_from[0].prefix == "S_");
  CHECK(c.ports.at(0).protocol == "TCP");
  CHECK(*c.resources.requests.at("cpu").value.milli() == 250);
  CHECK(*c.resources.requests.at("memory").value.value() == 64 * 1024 * 1024);  // defaulted from the limit
  CHECK(*c.resources.limits.at("cpu").value.milli() == 1000);
  CHECK(c.security_context.run_as_user == 1000);
  CHECK(c.volume_mounts.at(1).read_only);
  CHECK(c.volume_mounts.at(1).sub_path == "app");
  REQUIRE(s.volumes.size() == 6);
  CHECK(s.volumes[0].type == Volume::Type::EmptyDir);
  CHECK(s.volumes[0].medium == "Memory");
  CHECK(*s.volumes[0].size_limit->value.value() == 16 * 1024 * 1024);
  CHECK(s.volumes[1].type == Volume::Type::ConfigMap);
  CHECK(s.volumes[1].default_mode == 0440);
  CHECK(s.volumes[1].items.at(0).mode == 0400);
  CHECK(s.volumes[2].host_path_type == "Directory");
  CHECK(s.volumes[3].type == Volume::Type::Secret);
  CHECK(s.volumes[3].default_mode == 0644);
  CHECK(s.volumes[4].downward_items.at(0).field_ref->field_path == "metadata.labels");
  CHECK(s.volumes[5].type == Volume::Type::EmptyDir);  // no source: emptyDir, as the API server defaults it
}

TEST_CASE("invalid objects are not decoded", "[decode]") {
  LoadResult r = load_text("t.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\n", LoadOptions{});
  CHECK(r.pods.empty());
  REQUIRE(r.documents.size() == 1);
  CHECK_FALSE(r.documents[0].valid());
}

TEST_CASE("the first pass parses the documents that may define a ConfigMap, Secret or Namespace, and no other", "[loader][catalog]") {
  // The kind as a word of its own, however the document is written.
  for (const char* text : {"kind: ConfigMap\n", "{\"kind\":\"Secret\"}", "kind: 'Namespace'\n", "{apiVersion: v1, kind: Secret}",
                           "kind: List\nitems:\n- {kind: ConfigMap, metadata: {name: a}}\n", "kind: !!str Secret\n", "ConfigMap"}) {
    INFO(text);
    CHECK(may_name_catalog_kind(text));
  }
  // A pod's fields that only contain one of the names: parsed twice before (~0.3 ms each).
  for (const char* text : {"kind: Pod\nspec:\n  shareProcessNamespace: true\n", "spec: {imagePullSecrets: [{name: regcred}]}\n",
                           "env: [{valueFrom: {configMapKeyRef: {name: c, key: k}}}]\n", "volumes: [{secret: {secretName: s}}]\n",
                           "kind: ConfigMaps\n", "kind: MySecret\n"}) {
    INFO(text);
    CHECK_FALSE(may_name_catalog_kind(text));
  }
  // What the first pass is for: a pod with shareProcessNamespace that refers to a ConfigMap
  // later in the same input still finds it.
  LoadResult r =
      load_text("t.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  shareProcessNamespace: true\n"
                "  containers: [{name: c, image: busybox, env: [{name: L, valueFrom: {configMapKeyRef: {name: cfg, key: level}}}]}]\n"
                "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {level: debug}\n",
                LoadOptions{});
  REQUIRE(r.documents.size() == 2);
  for (const auto& d : r.documents) CHECK(d.errors() == 0);
}
