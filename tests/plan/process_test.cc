// A container's process: argv by the Kubernetes rules, env with $(VAR) expansion, user.
#include <catch2/catch.hpp>

#include "loader/loader.h"
#include "plan/planner.h"
#include "plan/process.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

std::optional<std::string> env_lookup(const std::string& name) {
  if (name == "PROTOCOL") return std::string("https");
  if (name == "EMPTY") return std::string();
  return std::nullopt;
}

PodPlan plan_yaml(const std::string& yaml, const std::map<std::string, ImageConfig>& images = {}) {
  loader::LoadResult r = loader::load_text("t.yaml", yaml, loader::LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) FAIL(format_diagnostic(d.file, diag));
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  in.images = images;
  return make_plan(in).pods.back();
}

std::map<std::string, std::string> env_map(const ContainerPlan& c) {
  std::map<std::string, std::string> m;
  for (const auto& e : c.process.env) m[e.name] = e.value;
  return m;
}

}  // namespace

TEST_CASE("$(VAR) expansion as Kubernetes does it", "[plan][process]") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"$(PROTOCOL)://host", "https://host"},
      {"$(UNKNOWN)://host", "$(UNKNOWN)://host"},  // unknown: left as written
      {"$$(PROTOCOL)", "$(PROTOCOL)"},             // $$ escapes
      {"$$", "$"},
      {"a$$b", "a$b"},
      {"$(EMPTY)x", "x"},
      {"$(date)", "$(date)"},  // counter-pod-err.yaml's shell survives
      {"$((i+1))", "$((i+1))"},
      {"$(PROTOCOL", "$(PROTOCOL"},  // incomplete
      {"$PROTOCOL", "$PROTOCOL"},    // only $(...) is a reference
      {"cost: 5$", "cost: 5$"},
      {"", ""},
      {"$(PROTOCOL)$(PROTOCOL)", "httpshttps"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(expand_vars(c.in, env_lookup) == c.out);
  }
}

TEST_CASE("argv from command, args, ENTRYPOINT and CMD", "[plan][process]") {
  ImageConfig image{{"/entry"}, {"--default"}, {}, "", ""};
  using V = std::vector<std::string>;
  CHECK(container_argv({}, {}, &image) == V{"/entry", "--default"});       // neither: ENTRYPOINT + CMD
  CHECK(container_argv({"/bin/sh"}, {}, &image) == V{"/bin/sh"});          // command: CMD dropped
  CHECK(container_argv({}, {"--flag"}, &image) == V{"/entry", "--flag"});  // args: ENTRYPOINT + args
  CHECK(container_argv({"/bin/sh", "-c"}, {"echo"}, &image) == V{"/bin/sh", "-c", "echo"});
  ImageConfig cmd_only{{}, {"sh"}, {}, "", ""};
  CHECK(container_argv({}, {}, &cmd_only) == V{"sh"});
  CHECK(container_argv({}, {"-c", "true"}, &cmd_only) == V{"-c", "true"});  // no ENTRYPOINT: args alone
  CHECK(container_argv({}, {"x"}, nullptr) == V{"x"});
}

TEST_CASE("env: earlier vars expand, later ones do not, envFrom and valueFrom resolve", "[plan][process]") {
  // The dependent-envars example of the Kubernetes docs, plus envFrom and references.
  PodPlan p = plan_yaml(R"YAML(apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {LEVEL: debug, MODE: fast}
---
apiVersion: v1
kind: Secret
metadata: {name: sec}
stringData: {password: s3cr3t}
---
apiVersion: v1
kind: Pod
metadata: {name: dependent-envars-demo, labels: {app: demo}}
spec:
  containers:
  - name: c
    image: busybox
    command: [sh, -c]
    args: ["echo $(SERVICE_ADDRESS) $(MODE) $(UNDEFINED)"]
    envFrom:
    - configMapRef: {name: cfg}
      prefix: CFG_
    - configMapRef: {name: cfg}
    env:
    - {name: SERVICE_PORT, value: "80"}
    - {name: SERVICE_IP, value: "172.17.0.1"}
    - {name: UNCHANGED_REFERENCE, value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
    - {name: PROTOCOL, value: "https"}
    - {name: SERVICE_ADDRESS, value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
    - {name: ESCAPED_REFERENCE, value: "$$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
    - {name: MODE, value: "slow $(MODE)"}
    - name: PASSWORD
      valueFrom: {secretKeyRef: {name: sec, key: password}}
    - name: POD_NAME
      valueFrom: {fieldRef: {fieldPath: metadata.name}}
    - name: APP
      valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}
    - name: POD_IP
      valueFrom: {fieldRef: {fieldPath: status.podIP}}
    - name: CPU_LIMIT
      valueFrom: {resourceFieldRef: {resource: limits.cpu}}
    - name: MEM_MI
      valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}
    resources: {limits: {cpu: 250m, memory: 64Mi}}
)YAML");
  const ContainerPlan& c = p.containers[0];
  auto env = env_map(c);
  CHECK(env["UNCHANGED_REFERENCE"] == "$(PROTOCOL)://172.17.0.1:80");
  CHECK(env["SERVICE_ADDRESS"] == "https://172.17.0.1:80");
  CHECK(env["ESCAPED_REFERENCE"] == "$(PROTOCOL)://172.17.0.1:80");
  CHECK(env["CFG_LEVEL"] == "debug");
  CHECK(env["LEVEL"] == "debug");
  CHECK(env["MODE"] == "slow fast");  // env overrides envFrom and sees its value
  CHECK(env["PASSWORD"] == "s3cr3t");
  CHECK(env["POD_NAME"] == "dependent-envars-demo");
  CHECK(env["APP"] == "demo");
  CHECK(env["CPU_LIMIT"] == "1");  // 250m rounded up to whole cores
  CHECK(env["MEM_MI"] == "64");
  CHECK(env["HOSTNAME"] == "dependent-envars-demo");
  auto ip = std::find_if(c.process.env.begin(), c.process.env.end(), [](const auto& e) { return e.name == "POD_IP"; });
  REQUIRE(ip != c.process.env.end());
  CHECK(ip->resolve_at_start == "status.podIP");
  auto pw = std::find_if(c.process.env.begin(), c.process.env.end(), [](const auto& e) { return e.name == "PASSWORD"; });
  CHECK(pw->sensitive);
  CHECK(c.process.args == std::vector<std::string>{"sh", "-c", "echo https://172.17.0.1:80 slow fast $(UNDEFINED)"});
}

TEST_CASE("image ENV, working directory and user", "[plan][process]") {
  const std::string pod = R"YAML(apiVersion: v1
kind: Pod
metadata: {name: u}
spec:
  securityContext: {runAsUser: 1000, supplementalGroups: [4000]}
  containers:
  - {name: pod-level, image: app, command: [x]}
  - {name: own, image: app, command: [x], workingDir: /srv, securityContext: {runAsUser: 2000, runAsGroup: 3000}}
)YAML";
  ImageConfig app{{}, {}, {"PATH=/usr/bin:/bin", "HOME=/root"}, "/app", "nobody"};
  PodPlan p = plan_yaml(pod, {{"app", app}});
  const auto& a = p.containers[0].process;
  CHECK(a.uid == 1000);
  CHECK_FALSE(a.gid);  // the primary group of uid 1000 in the image's /etc/passwd
  CHECK(a.cwd == "/app");
  CHECK(a.supplemental_groups == std::vector<std::int64_t>{4000});
  CHECK(env_map(p.containers[0])["PATH"] == "/usr/bin:/bin");
  const auto& b = p.containers[1].process;
  CHECK(b.uid == 2000);
  CHECK(b.gid == 3000);
  CHECK(b.cwd == "/srv");

  ImageConfig numeric{{"/bin/sh"}, {}, {}, "", "33:33"};
  PodPlan n =
      plan_yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: numeric}\nspec: {containers: [{name: c, image: www}]}\n", {{"www", numeric}});
  CHECK(n.containers[0].process.uid == 33);
  CHECK(n.containers[0].process.gid == 33);
  CHECK(n.containers[0].process.args == std::vector<std::string>{"/bin/sh"});

  ImageConfig root{{}, {"sh"}, {}, "", ""};
  PodPlan r = plan_yaml(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: r}\n"
      "spec: {securityContext: {runAsNonRoot: true}, containers: [{name: c, image: \"box:1\"}]}\n",
      {{"box:1", root}});
  CHECK(r.containers[0].process.uid == 0);
  REQUIRE(r.containers[0].start_errors.size() == 1);
  CHECK_THAT(r.containers[0].start_errors[0], Catch::Contains("runAsNonRoot"));

  // A user name cannot be verified before the container exists: refused, as the kubelet does;
  // a numeric one can, and runAsUser overrides either.
  ImageConfig named{{}, {"sh"}, {}, "", "nobody"};
  PodPlan nm = plan_yaml(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: nm}\n"
      "spec: {securityContext: {runAsNonRoot: true}, containers: [{name: c, image: \"named:1\"}]}\n",
      {{"named:1", named}});
  REQUIRE(nm.containers[0].start_errors.size() == 1);
  CHECK_THAT(nm.containers[0].start_errors[0], Catch::Contains("\"nobody\" is not numeric"));
  PodPlan ok = plan_yaml(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n"
      "spec: {securityContext: {runAsNonRoot: true, runAsUser: 1000}, containers: [{name: c, image: \"named:1\"}]}\n",
      {{"named:1", named}});
  CHECK(ok.containers[0].start_errors.empty());
  PodPlan num = plan_yaml(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: num}\n"
      "spec: {securityContext: {runAsNonRoot: true}, containers: [{name: c, image: www, imagePullPolicy: IfNotPresent}]}\n",
      {{"www", numeric}});
  CHECK(num.containers[0].start_errors.empty());
}

TEST_CASE("resolv.conf by dnsPolicy, hosts file with aliases", "[plan][process]") {
  std::string host = "nameserver 10.0.0.2\nsearch corp.example\noptions ndots:2\n";
  model::PodSpec s;
  CHECK(resolv_conf(s, host) == host);
  s.dns_policy = "None";
  s.dns_config = model::PodDNSConfig{{"1.1.1.1"}, {"ns1.svc.cluster-domain.example"}, {{"ndots", "2"}, {"edns0", std::nullopt}}};
  CHECK(resolv_conf(s, host) == "nameserver 1.1.1.1\nsearch ns1.svc.cluster-domain.example\noptions ndots:2 edns0\n");
  s.dns_policy = "Default";
  s.dns_config = model::PodDNSConfig{{"10.0.0.2", "10.0.0.3"}, {}, {{"ndots", "5"}}};
  CHECK(resolv_conf(s, host) == "nameserver 10.0.0.2\nnameserver 10.0.0.3\nsearch corp.example\noptions ndots:5\n");

  // systemd-resolved's stub is on the host's loopback: a pod with its own network cannot
  // reach it, a hostNetwork pod can.
  std::string stub = "nameserver 127.0.0.53\nnameserver 192.0.2.53\noptions edns0\n";
  model::PodSpec own;
  std::vector<std::string> warnings;
  CHECK(resolv_conf(own, stub, &warnings) == "nameserver 192.0.2.53\noptions edns0\n");
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("127.0.0.53 is on its loopback"));
  warnings.clear();
  CHECK(resolv_conf(own, "nameserver 127.0.0.53\n", &warnings) == "");
  CHECK_THAT(warnings.at(0), Catch::Contains("no nameserver (set spec.dnsConfig.nameservers)"));
  model::PodSpec hostnet;
  hostnet.host_network = true;
  CHECK(resolv_conf(hostnet, stub) == stub);

  PodPlan p = plan_yaml(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: hostaliases-pod}
spec:
  hostname: web
  subdomain: sub
  hostAliases:
  - {ip: "127.0.0.1", hostnames: [foo.local, bar.local]}
  - {ip: "10.1.2.3", hostnames: [foo.remote]}
  containers: [{name: c, image: busybox, command: [cat, /etc/hosts]}]
)YAML");
  const auto& h = p.etc_hosts;
  REQUIRE(h.size() == 9);
  CHECK(h[0].comment == "Kubernetes-managed hosts file.");
  CHECK(h[6].ip == "@podIP");
  CHECK(h[6].names == std::vector<std::string>{"web.sub.default.svc.cluster.local", "web"});
  CHECK(h[7].comment == "Entries added by HostAliases.");
  CHECK(h[7].names == std::vector<std::string>{"foo.local", "bar.local"});
  CHECK(h[8].ip == "10.1.2.3");
}
