// The planner, table-driven in the shape of kubelet's TestComputePodActions: a base pod, a
// mutation, and what the plan must say. One file for the tables that share the base pod.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "common/capabilities.h"
#include "host/machine_config.h"
#include "loader/loader.h"
#include "plan/matrix.h"
#include "plan/planner.h"
#include "plan/process.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

const char* kBase = R"YAML(apiVersion: v1
kind: Pod
metadata: {name: base}
spec:
  containers:
  - {name: a, image: busybox, command: [sleep, "1"]}
)YAML";

loader::LoadResult load(const std::string& yaml) {
  loader::LoadResult r = loader::load_text("t.yaml", yaml, loader::LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) FAIL(format_diagnostic(d.file, diag));
  return r;
}

Plan plan_of(loader::LoadResult& r, const std::map<std::string, ImageConfig>& images = {}) {
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  in.images = images;
  return make_plan(in);
}

model::Container extra(const model::Container& base, const std::string& name, model::ContainerType type) {
  model::Container c = base;
  c.name = name;
  c.type = type;
  return c;
}

using Ns = std::map<std::string, std::string>;  // kind → source, for readable tables

Ns ns_of(const ContainerPlan& c) {
  Ns out;
  for (const auto& [k, s] : c.namespaces) out[ns_name(k)] = s.str();
  return out;
}

const Ns kDefaultNs = {{"net", "pod"},     {"ipc", "pod"},   {"uts", "pod"},       {"pid", "private"},
                       {"mnt", "private"}, {"user", "host"}, {"cgroup", "private"}};

Ns with(Ns ns, const Ns& changes) {
  for (const auto& [k, v] : changes) ns[k] = v;
  return ns;
}

}  // namespace

TEST_CASE("namespace sources per container, and what the pause holder creates", "[plan]") {
  struct Case {
    const char* name;
    std::function<void(model::Pod&)> mutate;
    Ns expected;  // every container's namespaces
    std::vector<std::string> pause_creates;
    std::vector<std::string> start_order;
  } cases[] = {
      {"plain pod", [](model::Pod&) {}, kDefaultNs, {"net", "ipc", "uts"}, {"pause", "a"}},
      {"three containers",
       [](model::Pod& p) {
         p.spec.containers.push_back(extra(p.spec.containers[0], "b", model::ContainerType::App));
         p.spec.containers.push_back(extra(p.spec.containers[0], "c", model::ContainerType::App));
       },
       kDefaultNs,
       {"net", "ipc", "uts"},
       {"pause", "a", "b", "c"}},
      {"shareProcessNamespace",
       [](model::Pod& p) { p.spec.share_process_namespace = true; },
       with(kDefaultNs, {{"pid", "pod"}}),
       {"net", "ipc", "uts", "pid"},
       {"pause", "a"}},
      {"hostNetwork",
       [](model::Pod& p) { p.spec.host_network = true; },
       with(kDefaultNs, {{"net", "host"}, {"uts", "host"}}),
       {"ipc"},
       {"pause", "a"}},
      {"hostPID",
       [](model::Pod& p) { p.spec.host_pid = true; },
       with(kDefaultNs, {{"pid", "host"}}),
       {"net", "ipc", "uts"},
       {"pause", "a"}},
      {"hostIPC", [](model::Pod& p) { p.spec.host_ipc = true; }, with(kDefaultNs, {{"ipc", "host"}}), {"net", "uts"}, {"pause", "a"}},
      {"hostUsers: false",
       [](model::Pod& p) { p.spec.host_users = false; },
       with(kDefaultNs, {{"user", "pod"}}),
       {"net", "ipc", "uts", "user"},
       {"pause", "a"}},
      {"init containers",
       [](model::Pod& p) {
         p.spec.init_containers.push_back(extra(p.spec.containers[0], "init-1", model::ContainerType::Init));
         p.spec.init_containers.push_back(extra(p.spec.containers[0], "init-2", model::ContainerType::Init));
       },
       kDefaultNs,
       {"net", "ipc", "uts"},
       {"pause", "init-1", "init-2", "a"}},
      {"sidecars",
       [](model::Pod& p) {
         p.spec.init_containers.push_back(extra(p.spec.containers[0], "setup", model::ContainerType::Init));
         p.spec.init_containers.push_back(extra(p.spec.containers[0], "proxy", model::ContainerType::Sidecar));
       },
       kDefaultNs,
       {"net", "ipc", "uts"},
       {"pause", "setup", "proxy", "a"}},
      {"hostNetwork + hostIPC + hostPID",
       [](model::Pod& p) { p.spec.host_network = p.spec.host_ipc = p.spec.host_pid = true; },
       with(kDefaultNs, {{"net", "host"}, {"uts", "host"}, {"ipc", "host"}, {"pid", "host"}}),
       {},
       {"pause", "a"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    loader::LoadResult r = load(kBase);
    c.mutate(r.pods[0]);
    Plan p = plan_of(r);
    REQUIRE(p.pods.size() == 1);
    const PodPlan& pod = p.pods[0];
    for (const auto& cp : pod.containers) {
      CAPTURE(cp.name);
      CHECK(ns_of(cp) == c.expected);
    }
    std::vector<std::string> creates;
    for (NsKind k : pod.pause.creates) creates.push_back(ns_name(k));
    CHECK(creates == c.pause_creates);
    CHECK(start_order(pod) == c.start_order);
  }
}

TEST_CASE("start and stop order: init containers and sidecars in order, apps stop before sidecars, which stop in reverse", "[plan]") {
  struct Case {
    const char* name;
    std::vector<std::pair<const char*, model::ContainerType>> init;  // initContainers, in order
    std::vector<const char*> apps;
    std::vector<std::string> start, stop;
  } cases[] = {
      {"one app", {}, {"a"}, {"pause", "a"}, {"a", "pause"}},
      {"apps stop together, in the plan's order", {}, {"a", "b", "c"}, {"pause", "a", "b", "c"}, {"a", "b", "c", "pause"}},
      {"init containers have exited before apps start",
       {{"i1", model::ContainerType::Init}, {"i2", model::ContainerType::Init}},
       {"a"},
       {"pause", "i1", "i2", "a"},
       {"i1", "i2", "a", "pause"}},
      {"sidecars outlive the apps, the last declared stops first",
       {{"log", model::ContainerType::Sidecar}, {"setup", model::ContainerType::Init}, {"proxy", model::ContainerType::Sidecar}},
       {"a", "b"},
       {"pause", "log", "setup", "proxy", "a", "b"},
       {"setup", "a", "b", "proxy", "log", "pause"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    loader::LoadResult r = load(kBase);
    model::Pod& pod = r.pods[0];
    model::Container base = pod.spec.containers[0];
    pod.spec.containers.clear();
    for (const auto& [name, type] : c.init) pod.spec.init_containers.push_back(extra(base, name, type));
    for (const char* name : c.apps) pod.spec.containers.push_back(extra(base, name, model::ContainerType::App));
    Plan p = plan_of(r);
    CHECK(start_order(p.pods[0]) == c.start);
    CHECK(teardown_order(p.pods[0]) == c.stop);
  }
}

TEST_CASE("pause holder details follow the namespaces", "[plan]") {
  loader::LoadResult r = load(kBase);
  r.pods[0].spec.share_process_namespace = true;
  r.pods[0].spec.host_users = false;
  Plan p = plan_of(r);
  CHECK(p.pods[0].pause.pid1);
  REQUIRE(p.pods[0].pause.uid_map);
  CHECK(p.pods[0].pause.uid_map->size == 65536);
  CHECK_FALSE(p.pods[0].pause.uid_map->host_id);  // allocated when the pod starts
  CHECK(p.pods[0].pause.oom_score_adj == -998);
  CHECK_FALSE(p.pods[0].host_ipc_shm);
  CHECK(p.pods[0].containers[0].mounts[5].source == MountSource{MountSource::Kind::PodShm, "", ""});
  r.pods[0].spec.host_ipc = true;
  r.pods[0].spec.host_users = true;
  Plan host = plan_of(r);
  CHECK(host.pods[0].host_ipc_shm);
  CHECK(host.pods[0].containers[0].mounts[5].source == MountSource{MountSource::Kind::Host, "/dev/shm", ""});
}

TEST_CASE("two pods in one input are isolated from each other", "[plan]") {
  loader::LoadResult r = load(std::string(kBase) + "---\n" + R"YAML(apiVersion: v1
kind: Pod
metadata: {name: other}
spec:
  hostPID: true
  containers:
  - {name: b, image: busybox, command: [sleep, "1"]}
)YAML");
  Plan p = plan_of(r);
  REQUIRE(p.pods.size() == 2);
  CHECK(p.pods[0].uid != p.pods[1].uid);
  CHECK(p.pods[0].cgroup.path != p.pods[1].cgroup.path);
  auto rows = isolation_matrix(p);
  auto between = std::find_if(rows.begin(), rows.end(), [](const MatrixRow& m) { return m.a == "pod default/base"; });
  REQUIRE(between != rows.end());
  CHECK(between->b == "pod default/other");
  // Different pods share nothing of their own; both still run in the host's user namespace.
  for (std::size_t k = 0; k < between->cells.size(); ++k)
    CHECK(between->cells[k] == (kMatrixKinds[k] == NsKind::User ? Sharing::SharedHost : Sharing::Isolated));
  // A container of a hostPID pod shares the host's processes.
  auto host_row = std::find_if(rows.begin(), rows.end(), [](const MatrixRow& m) { return m.a == "b" && m.b == "host"; });
  REQUIRE(host_row != rows.end());
  CHECK(host_row->cells[3] == Sharing::SharedHost);  // Processes
  CHECK(host_row->cells[0] == Sharing::Isolated);    // Network
}

TEST_CASE("the isolation matrix of one pod", "[plan]") {
  loader::LoadResult r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: m}
spec:
  shareProcessNamespace: true
  volumes: [{name: shared, emptyDir: {}}]
  containers:
  - {name: a, image: busybox, command: [sleep, "1"], volumeMounts: [{name: shared, mountPath: /s}]}
  - {name: b, image: busybox, command: [sleep, "1"], volumeMounts: [{name: shared, mountPath: /t}]}
)YAML");
  auto rows = isolation_matrix(plan_of(r));
  REQUIRE(rows.size() == 3);  // a<->b, a<->host, b<->host
  CHECK(rows[0].a == "a");
  CHECK(rows[0].b == "b");
  std::vector<std::string> cells;
  for (Sharing s : rows[0].cells) cells.push_back(sharing_name(s));
  CHECK(cells == std::vector<std::string>{"shared (pod)", "shared (pod)", "isolated", "shared (pod)", "shared (pod)", "shared (host)"});
  CHECK(rows[0].note == "both mount volume shared");
  CHECK(rows[1].b == "host");
  CHECK(rows[1].cells[0] == Sharing::Isolated);
}

TEST_CASE("identity: stable uid, spec hash, hostname and FQDN", "[plan]") {
  loader::LoadResult r = load(kBase);
  Plan a = plan_of(r), b = plan_of(r);
  CHECK(a.pods[0].uid == b.pods[0].uid);
  CHECK(a.pods[0].uid.size() == 36);
  CHECK(a.pods[0].spec_hash.size() == 16);
  CHECK(a.pods[0].hostname == "base");
  CHECK(a.pods[0].fqdn.empty());
  loader::LoadResult changed = load(std::string(kBase) + "  restartPolicy: Never\n");
  CHECK(plan_of(changed).pods[0].spec_hash != a.pods[0].spec_hash);
  CHECK(plan_of(changed).pods[0].uid != a.pods[0].uid);

  r.pods[0].spec.hostname = "teacher";
  r.pods[0].spec.subdomain = "classroom";
  Plan c = plan_of(r);
  CHECK(c.pods[0].hostname == "teacher");
  CHECK(c.pods[0].fqdn == "teacher.classroom.default.svc.cluster.local");
  r.pods[0].spec.set_hostname_as_fqdn = true;
  CHECK(plan_of(r).pods[0].hostname == "teacher.classroom.default.svc.cluster.local");

  model::Pod long_name = r.pods[0];
  long_name.spec.hostname.clear();
  long_name.metadata.name = std::string(62, 'a') + "-b";
  CHECK(pod_hostname(long_name) == std::string(62, 'a'));  // cut to 63, trailing '-' dropped
  r.pods[0].spec.host_network = true;
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  in.host.hostname = "the-host";
  CHECK(make_plan(in).pods[0].hostname == "the-host");
}

TEST_CASE("mounts come in the executor's order, volumes last", "[plan]") {
  loader::LoadResult r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: m}
spec:
  volumes:
  - {name: data, emptyDir: {medium: Memory, sizeLimit: 16Mi}}
  - {name: logs, hostPath: {path: /var/log, type: Directory}}
  containers:
  - name: a
    image: busybox
    command: [sleep, "1"]
    volumeMounts:
    - {name: logs, mountPath: /host-logs, readOnly: true}
    - {name: data, mountPath: /data, subPath: sub}
)YAML");
  Plan p = plan_of(r);
  std::vector<std::string> dest;
  for (const auto& m : p.pods[0].containers[0].mounts) dest.push_back(m.destination);
  CHECK(dest == std::vector<std::string>{"/", "/proc", "/dev", "/dev/pts", "/dev/mqueue", "/dev/shm", "/sys", "/sys/fs/cgroup",
                                         "/etc/hosts", "/etc/hostname", "/etc/resolv.conf", "/host-logs", "/data"});
  const auto& mounts = p.pods[0].containers[0].mounts;
  CHECK(mounts[0].source == MountSource{MountSource::Kind::Image, "busybox", ""});
  CHECK(mounts[0].type == MountType::Overlay);
  CHECK(mounts[1].type == MountType::Proc);
  CHECK(mounts[8].source == MountSource{MountSource::Kind::PodFile, "etc-hosts", ""});
  CHECK(mounts[6].options.back() == "ro");  // /sys is read-only
  CHECK(mounts[7].options.back() == "ro");  // and the container's cgroups
  CHECK(mounts[11].source == MountSource{MountSource::Kind::Host, "/var/log", ""});
  CHECK(mounts[11].options.back() == "ro");
  CHECK(mounts[12].source == MountSource{MountSource::Kind::Volume, "data", "sub"});
  CHECK(mounts[12].source.str(mounts[12].type) == "pod:volumes/data/sub");
  REQUIRE(p.pods[0].volumes.size() == 2);
  CHECK(p.pods[0].volumes[0].medium == StorageMedium::Memory);
  CHECK(p.pods[0].volumes[0].size_limit_bytes == 16 * 1024 * 1024);
  CHECK(p.pods[0].volumes[1].host_path_type == HostPathType::Directory);
  CHECK(p.pods[0].volumes[1].host_path == "/var/log");
}

TEST_CASE("configMap, secret and downwardAPI volumes become files", "[plan]") {
  loader::LoadResult r = load(R"YAML(apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {a.conf: "x=1", b.conf: "y=2"}
---
apiVersion: v1
kind: Secret
metadata: {name: sec}
stringData: {token: s3cr3t}
---
apiVersion: v1
kind: Pod
metadata: {name: v, labels: {app: web, tier: front}}
spec:
  volumes:
  - {name: conf, configMap: {name: cfg, items: [{key: b.conf, path: sub/b.conf, mode: 0400}]}}
  - {name: creds, secret: {secretName: sec, defaultMode: 0440}}
  - name: info
    downwardAPI:
      items:
      - {path: labels, fieldRef: {fieldPath: metadata.labels}}
      - {path: name, fieldRef: {fieldPath: metadata.name}}
      - {path: mem, resourceFieldRef: {containerName: a, resource: limits.memory, divisor: 1Mi}}
  containers:
  - name: a
    image: busybox
    command: [sleep, "1"]
    resources: {limits: {memory: 64Mi}}
)YAML");
  Plan plan = plan_of(r);
  const auto& vols = plan.pods[0].volumes;
  REQUIRE(vols.size() == 3);
  REQUIRE(vols[0].files.size() == 1);
  CHECK(vols[0].files[0].path == "sub/b.conf");
  CHECK(vols[0].files[0].content == "y=2");
  CHECK(vols[0].files[0].mode == 0400);
  CHECK(vols[1].tmpfs);
  REQUIRE(vols[1].files.size() == 1);
  CHECK(vols[1].files[0].sensitive);
  CHECK(vols[1].files[0].mode == 0440);
  REQUIRE(vols[2].files.size() == 3);
  CHECK(vols[2].files[0].content == "app=\"web\"\ntier=\"front\"\n");
  CHECK(vols[2].files[1].content == "v");
  CHECK(vols[2].files[2].content == "64");
}

TEST_CASE("image pull policies: what will not start, as the kubelet would report it", "[plan]") {
  loader::LoadResult r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: pull}
spec:
  containers:
  - {name: always, image: "here:1", imagePullPolicy: Always, command: [x]}
  - {name: present, image: "here:1", imagePullPolicy: IfNotPresent, command: [x]}
  - {name: missing, image: "gone:1", imagePullPolicy: IfNotPresent, command: [x]}
  - {name: never, image: "gone:1", imagePullPolicy: Never, command: [x]}
)YAML");
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  in.images = {{"here:1", ImageConfig{}}};
  in.image_store = true;
  Plan p = make_plan(in);
  const auto& c = p.pods[0].containers;
  // Always with the image stored: apply pulled (or re-checked) it before planning.
  CHECK(c[0].start_errors.empty());
  CHECK(c[1].start_errors.empty());
  REQUIRE(c[2].start_errors.size() == 1);
  CHECK_THAT(c[2].start_errors[0], Catch::StartsWith("ErrImagePull: image gone:1 is not in the local store"));
  REQUIRE(c[3].start_errors.size() == 1);
  CHECK_THAT(c[3].start_errors[0], Catch::StartsWith("ErrImageNeverPull"));
  // A pull that failed: the container waits for a retry (ImagePullBackOff), with the registry's
  // answer as its reason; the Never one still cannot start.
  in.image_errors = {{"gone:1", "manifest registry.example/gone:1: not found"}};
  {
    Plan failed = make_plan(in);
    const auto& fc = failed.pods[0].containers;
    CHECK(fc[2].start_errors.empty());
    REQUIRE(fc[2].image_wait);
    CHECK(fc[2].image_wait->error == "manifest registry.example/gone:1: not found");
    CHECK(fc[2].image_wait->spec.command == std::vector<std::string>{"x"});
    CHECK_FALSE(fc[3].image_wait);
    CHECK(std::any_of(failed.pods[0].warnings.begin(), failed.pods[0].warnings.end(),
                      [](const std::string& w) { return w.find("container missing waits for its image") == 0; }));
  }
  // The machine owner's override holds for every container.
  in.image_errors.clear();
  in.node.image_pull_policy = "Never";
  CHECK_THAT(make_plan(in).pods[0].containers[2].start_errors[0], Catch::StartsWith("ErrImageNeverPull"));
  CHECK(make_plan(in).pods[0].containers[0].image_pull_policy == PullPolicy::Never);
  in.node.image_pull_policy.clear();
  // Without a store to look in, a missing image is only a warning.
  in.image_store = false;
  CHECK(make_plan(in).pods[0].containers[2].start_errors.empty());
}

TEST_CASE("a container that waited for its image is completed as the planner would have made it (table)", "[plan]") {
  // Each row: the container, the image that a retried pull brought; what the plan says then
  // must equal the plan made with the image known from the start.
  struct Row {
    const char* name;
    const char* container;  // YAML flow map of the container, its image "img:1"
    ImageConfig image;
  };
  const Row rows[] = {
      {"ENTRYPOINT and CMD, nothing in the manifest", "{name: c, image: 'img:1'}", ImageConfig{{"/ep"}, {"a", "b"}, {}, "", ""}},
      {"args only: ENTRYPOINT + args", "{name: c, image: 'img:1', args: [x, '$(V)'], env: [{name: V, value: v}]}",
       ImageConfig{{"/ep"}, {"a"}, {"PATH=/bin", "V=image"}, "/w", "7:8"}},
      {"command only: CMD dropped", "{name: c, image: 'img:1', command: [/bin/sh]}", ImageConfig{{"/ep"}, {"a"}, {}, "", "nginx"}},
      {"runAsNonRoot with a root image: refused once known",
       "{name: c, image: 'img:1', command: [x], securityContext: {runAsNonRoot: true}}", ImageConfig{{}, {}, {}, "", ""}},
      {"no command anywhere", "{name: c, image: 'img:1'}", ImageConfig{}},
      {"workingDir and user from the manifest win", "{name: c, image: 'img:1', workingDir: /m, securityContext: {runAsUser: 5}}",
       ImageConfig{{"/ep"}, {}, {"HOSTNAME=image"}, "/w", "1:1"}},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    loader::LoadResult r =
        load(std::string("apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n  - ") + row.container + "\n");
    REQUIRE(r.pods.size() == 1);
    PlanInput in;
    in.pods = &r.pods;
    in.configmaps = &r.configmaps;
    in.secrets = &r.secrets;
    in.image_store = true;
    in.image_errors = {{"img:1", "connection refused"}};
    ContainerPlan waited = make_plan(in).pods[0].containers[0];
    REQUIRE(waited.image_wait);
    in.image_errors.clear();
    in.images = {{"img:1", row.image}};
    const ContainerPlan known = make_plan(in).pods[0].containers[0];
    complete_with_image(waited, row.image);
    CHECK_FALSE(waited.image_wait);
    CHECK(waited.image_known);
    CHECK(waited.process.args == known.process.args);
    CHECK(waited.process.cwd == known.process.cwd);
    CHECK(waited.process.uid == known.process.uid);
    CHECK(waited.process.gid == known.process.gid);
    CHECK(waited.process.user_note == known.process.user_note);
    CHECK(waited.start_errors == known.start_errors);
    REQUIRE(waited.process.env.size() == known.process.env.size());
    for (std::size_t i = 0; i < known.process.env.size(); ++i) {
      CHECK(waited.process.env[i].name == known.process.env[i].name);
      CHECK(waited.process.env[i].value == known.process.env[i].value);
    }
  }
}

TEST_CASE("security: masks, seccomp's source, privileged, read-only root, devices (table)", "[planner][security]") {
  struct Row {
    const char* name;
    const char* pod_security;        // YAML of spec.securityContext ("" none)
    const char* container_security;  // YAML of the container's securityContext ("" none)
    const char* annotations;         // YAML of metadata.annotations ("" none)
    const char* machine;             // the machine's seccompDefault ("" podrun's)
    std::string seccomp, from;
    std::size_t masked;
    bool privileged, read_only_root;
  };
  const Row rows[] = {
      {"nothing said: podrun's RuntimeDefault", "", "", "", "", "RuntimeDefault", "podrun's default; the kubelet's is Unconfined", 11,
       false, false},
      {"the pod's profile", "{seccompProfile: {type: Unconfined}}", "", "", "", "Unconfined", "pod securityContext", 11, false, false},
      {"the container's wins over the pod's", "{seccompProfile: {type: Unconfined}}", "{seccompProfile: {type: RuntimeDefault}}", "", "",
       "RuntimeDefault", "container securityContext", 11, false, false},
      {"the machine's owner chose the kubelet's Unconfined", "", "", "", "Unconfined", "Unconfined", "the machine's seccompDefault", 11,
       false, false},
      {"a pod's annotation turns the default back on, never off", "", "", "{podrun.io/seccomp: runtime-default}", "Unconfined",
       "RuntimeDefault", "annotation podrun.io/seccomp", 11, false, false},
      {"the manifest wins over the annotation", "{seccompProfile: {type: Unconfined}}", "", "{podrun.io/seccomp: runtime-default}", "",
       "Unconfined", "pod securityContext", 11, false, false},
      {"privileged: unconfined, nothing masked", "{seccompProfile: {type: RuntimeDefault}}", "{privileged: true}", "", "", "Unconfined",
       "privileged", 0, true, false},
      {"readOnlyRootFilesystem", "", "{readOnlyRootFilesystem: true}", "", "", "RuntimeDefault",
       "podrun's default; the kubelet's is Unconfined", 11, false, true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    std::string yaml = std::string("apiVersion: v1\nkind: Pod\nmetadata: {name: s") +
                       (*row.annotations ? std::string(", annotations: ") + row.annotations : "") + "}\nspec:\n" +
                       (*row.pod_security ? std::string("  securityContext: ") + row.pod_security + "\n" : "") +
                       "  containers:\n  - {name: a, image: busybox, command: [sleep, \"1\"]" +
                       (*row.container_security ? std::string(", securityContext: ") + row.container_security : "") + "}\n";
    auto r = load(yaml);
    REQUIRE(r.pods.size() == 1);
    PlanInput in;
    in.pods = &r.pods;
    if (*row.machine)
      in.node.seccomp_default = std::string(row.machine) == "Unconfined" ? SeccompType::Unconfined : SeccompType::RuntimeDefault;
    Plan p = make_plan(in);
    const SecurityPlan& s = p.pods[0].containers[0].security;
    CHECK(seccomp_type_name(s.seccomp) == row.seccomp);
    CHECK(s.seccomp_from == row.from);
    CHECK(s.masked_paths.size() == row.masked);
    CHECK(s.readonly_paths.size() == (row.masked ? 5u : 0u));
    CHECK(s.privileged == row.privileged);
    CHECK(s.read_only_root == row.read_only_root);
    if (row.privileged) CHECK(p.pods[0].containers[0].process.capabilities.size() == static_cast<std::size_t>(last_capability() + 1));
    // The device cgroup: the standard nodes and ptys only, unless privileged; never the pod's.
    const DevicePolicy& d = p.pods[0].containers[0].cgroup.devices;
    CHECK(d.restricted == !row.privileged);
    std::vector<std::string> rules;
    for (const auto& rule : d.allow) rules.push_back(device_rule_text(rule));
    if (!row.privileged)
      CHECK(rules == std::vector<std::string>{"c 1:3 rwm", "c 1:5 rwm", "c 1:7 rwm", "c 1:8 rwm", "c 1:9 rwm", "c 5:0 rwm", "c 5:1 rwm",
                                              "c 5:2 rwm", "c 136:* rwm"});
    CHECK_FALSE(p.pods[0].cgroup.devices.restricted);
  }
}

TEST_CASE("security: a Localhost profile is a file of the profile directory", "[planner][security]") {
  auto r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: l}
spec:
  securityContext: {seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}
  containers:
  - {name: a, image: busybox, command: [sleep, "1"]}
)YAML");
  PlanInput in;
  in.pods = &r.pods;
  in.seccomp_dir = "/srv/podrun/seccomp";
  Plan p = make_plan(in);
  CHECK(p.pods[0].containers[0].security.seccomp == SeccompType::Localhost);
  CHECK(p.pods[0].containers[0].security.seccomp_profile == "/srv/podrun/seccomp/profiles/audit.json");
}

TEST_CASE("security: sysctls, safe, unsafe when the machine's owner allows, never the machine's own (table)", "[planner][security]") {
  struct Row {
    const char* name;
    const char* sysctl;   // as the manifest spells it
    const char* allowed;  // the machine's allowedUnsafeSysctls ("" none)
    const char *dotted, *ns;
    bool safe;
    const char* forbidden;  // the admission error's start ("" none)
  };
  const Row rows[] = {
      {"a safe net sysctl", "net.ipv4.ip_local_port_range", "", "net.ipv4.ip_local_port_range", "net", true, ""},
      {"a safe IPC sysctl", "kernel.shm_rmid_forced", "", "kernel.shm_rmid_forced", "ipc", true, ""},
      {"unsafe, not allowed", "kernel.msgmax", "", "kernel.msgmax", "ipc", false, "SysctlForbidden: sysctl kernel.msgmax is not in"},
      {"unsafe, allowed by name", "net.core.somaxconn", "net.core.somaxconn", "net.core.somaxconn", "net", false, ""},
      {"unsafe, allowed by a pattern", "fs.mqueue.msg_max", "kernel.msg*, fs.mqueue.*", "fs.mqueue.msg_max", "ipc", false, ""},
      {"a pattern is a prefix, not a substring", "net.core.somaxconn", "core*", "net.core.somaxconn", "net", false, "SysctlForbidden"},
      {"slash form, a dot inside a component", "net/ipv4/conf/eth0.100/forwarding", "net.*", "net.ipv4.conf.eth0/100.forwarding", "net",
       false, ""},
      {"not namespaced: never, whatever the machine allows", "vm.swappiness", "*", "vm.swappiness", "", false,
       "SysctlForbidden: sysctl vm.swappiness is not namespaced"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    std::string yaml = std::string("apiVersion: v1\nkind: Pod\nmetadata: {name: s}\nspec:\n  securityContext: {sysctls: [{name: ") +
                       row.sysctl + ", value: \"1\"}]}\n  containers:\n  - {name: a, image: busybox, command: [sleep, \"1\"]}\n";
    auto r = load(yaml);
    REQUIRE(r.pods.size() == 1);
    PlanInput in;
    in.pods = &r.pods;
    in.node.allowed_unsafe_sysctls = podrun::host::parse_sysctl_patterns(row.allowed);
    Plan p = make_plan(in);
    REQUIRE(p.pods[0].sysctls.size() == 1);
    const SysctlPlan& s = p.pods[0].sysctls[0];
    CHECK(s.name == row.dotted);
    CHECK((s.ns ? ns_name(*s.ns) : "") == std::string(row.ns));
    CHECK(s.safe == row.safe);
    if (*row.forbidden) {
      REQUIRE(p.pods[0].admission_errors.size() == 1);
      CHECK(p.pods[0].admission_errors[0].rfind(row.forbidden, 0) == 0);
    } else {
      CHECK(p.pods[0].admission_errors.empty());
    }
  }
}

TEST_CASE("security: fsGroup joins every container's groups and owns the volumes that support it", "[planner][security]") {
  auto r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: f}
spec:
  securityContext: {fsGroup: 2000, supplementalGroups: [4000, 2000], supplementalGroupsPolicy: Strict}
  volumes:
  - {name: scratch, emptyDir: {}}
  - {name: host, hostPath: {path: /srv}}
  - {name: info, downwardAPI: {items: [{path: name, fieldRef: {fieldPath: metadata.name}}]}}
  containers:
  - {name: a, image: busybox, command: [sleep, "1"]}
)YAML");
  Plan p = plan_of(r);
  const ProcessPlan& proc = p.pods[0].containers[0].process;
  CHECK(proc.supplemental_groups == std::vector<std::int64_t>{4000, 2000});  // fsGroup once, after supplementalGroups
  CHECK_FALSE(proc.image_groups);                                            // Strict
  const auto& v = p.pods[0].volumes;
  REQUIRE(v.size() == 3);
  CHECK(v[0].fs_group == 2000);
  CHECK_FALSE(v[0].read_only);
  CHECK_FALSE(v[1].fs_group);  // hostPath: the host's files keep their owner
  CHECK(v[2].fs_group == 2000);
  CHECK(v[2].read_only);
  // Without fsGroup nothing changes, and Merge is the default.
  auto plain = load(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: g}\nspec:\n  volumes: [{name: s, emptyDir: {}}]\n"
      "  containers:\n  - {name: a, image: busybox, command: [sleep, \"1\"]}\n");
  Plan q = plan_of(plain);
  CHECK(q.pods[0].containers[0].process.supplemental_groups.empty());
  CHECK(q.pods[0].containers[0].process.image_groups);
  CHECK_FALSE(q.pods[0].volumes[0].fs_group);
}

TEST_CASE("hostUsers: false: what the pod owns is idmapped, the host's paths are not", "[planner][security]") {
  auto r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: u}
spec:
  hostUsers: false
  volumes:
  - {name: scratch, emptyDir: {}}
  - {name: host, hostPath: {path: /srv}}
  containers:
  - name: a
    image: busybox
    command: [sleep, "1"]
    volumeMounts: [{name: scratch, mountPath: /scratch}, {name: host, mountPath: /host}]
)YAML");
  Plan p = plan_of(r);
  std::map<std::string, bool> idmapped;
  for (const auto& m : p.pods[0].containers[0].mounts)
    idmapped[m.destination] = std::find(m.options.begin(), m.options.end(), "idmap") != m.options.end();
  CHECK(idmapped["/"]);
  CHECK(idmapped["/scratch"]);
  CHECK(idmapped["/etc/hosts"]);
  CHECK(idmapped["/dev/shm"]);
  CHECK_FALSE(idmapped["/host"]);
  CHECK_FALSE(idmapped["/proc"]);
  CHECK_FALSE(idmapped["/dev"]);
  r.pods[0].spec.host_users = true;
  Plan q = plan_of(r);
  for (const auto& m : q.pods[0].containers[0].mounts) CHECK(std::find(m.options.begin(), m.options.end(), "idmap") == m.options.end());
}

TEST_CASE("volumes: a memory emptyDir is a tmpfs of its sizeLimit, the pod's memory limit or the machine's cap, the smallest",
          "[planner][storage]") {
  struct Row {
    const char* name;
    const char* size_limit;  // "" none
    const char* memory;      // the container's memory limit, "" none
    std::int64_t machine_cap;
    std::int64_t want;
  };
  const std::int64_t Mi = 1 << 20;
  const Row rows[] = {
      {"nothing: a quarter of the machine's memory", "", "", 0, (8LL << 30) / 4},
      {"sizeLimit 1Ti: the machine's cap", "1Ti", "", 0, (8LL << 30) / 4},
      {"the owner's memoryBackedVolumesLimit", "", "", 64 * Mi, 64 * Mi},
      {"the pod's memory limit", "1Ti", "32Mi", 0, 32 * Mi},
      {"sizeLimit the smallest", "10Mi", "32Mi", 64 * Mi, 10 * Mi},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    std::string yaml =
        std::string("apiVersion: v1\nkind: Pod\nmetadata: {name: m}\nspec:\n  volumes: [{name: v, emptyDir: {medium: Memory") +
        (*row.size_limit ? std::string(", sizeLimit: ") + row.size_limit : "") + "}}]\n" +
        "  containers:\n  - {name: a, image: busybox, command: [sleep, \"1\"]" +
        (*row.memory ? std::string(", resources: {limits: {memory: ") + row.memory + "}}" : "") + "}\n";
    auto r = load(yaml);
    REQUIRE(r.pods.size() == 1);
    PlanInput in;
    in.pods = &r.pods;
    in.host.memory_bytes = 8LL << 30;
    in.node.memory_backed_volumes_limit = row.machine_cap;
    Plan p = make_plan(in);
    REQUIRE(p.pods[0].volumes.size() == 1);
    CHECK(p.pods[0].volumes[0].size_limit_bytes == row.want);
  }
}

TEST_CASE("storage: ephemeral-storage limits of containers, and their sum for the pod", "[planner][storage]") {
  auto r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: e}
spec:
  volumes: [{name: d, emptyDir: {sizeLimit: 10Mi}}]
  containers:
  - {name: a, image: busybox, command: [sleep, "1"], resources: {limits: {ephemeral-storage: 1Gi}}}
  - {name: b, image: busybox, command: [sleep, "1"]}
  - {name: c, image: busybox, command: [sleep, "1"], resources: {limits: {ephemeral-storage: 512Mi}}}
)YAML");
  REQUIRE(r.pods.size() == 1);
  Plan p = plan_of(r);
  const PodPlan& pod = p.pods[0];
  CHECK(pod.containers[0].ephemeral_storage_limit == (1LL << 30));
  CHECK(pod.containers[0].ephemeral_storage_limit_text == "1Gi");
  CHECK_FALSE(pod.containers[1].ephemeral_storage_limit);
  CHECK(pod.ephemeral_storage_limit == (1LL << 30) + (512LL << 20));
  CHECK(pod.volumes[0].size_limit_bytes == 10 << 20);
  CHECK(pod.volumes[0].size_limit_text == "10Mi");
}

TEST_CASE("restart policy per container: its own overrides the pod's, its rules go to the plan in order (table)", "[plan]") {
  // (load_text: RestartAllContainers comes with a warning, which load() takes for a failure.)
  loader::LoadResult r = loader::load_text("t.yaml", R"YAML(apiVersion: v1
kind: Pod
metadata: {name: rules}
spec:
  restartPolicy: Never
  initContainers:
  - {name: init, image: busybox}
  - {name: init-retry, image: busybox, restartPolicy: OnFailure}
  - name: side
    image: busybox
    restartPolicy: Always
    restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}]
  containers:
  - {name: app, image: busybox}
  - name: worker
    image: busybox
    restartPolicy: Never
    restartPolicyRules:
    - {action: Restart, exitCodes: {operator: In, values: [42, 43]}}
    - {action: RestartAllContainers, exitCodes: {operator: NotIn, values: [0]}}
  - {name: always, image: busybox, restartPolicy: Always}
)YAML",
                                           loader::LoadOptions{});
  Plan p = plan_of(r);
  REQUIRE(p.pods.size() == 1);
  struct Row {
    const char* name;
    RestartPolicy policy;
    std::size_t rules;
  } rows[] = {{"init", RestartPolicy::Never, 0}, {"init-retry", RestartPolicy::OnFailure, 0}, {"side", RestartPolicy::Always, 1},
              {"app", RestartPolicy::Never, 0},  {"worker", RestartPolicy::Never, 2},         {"always", RestartPolicy::Always, 0}};
  for (const auto& row : rows) {
    CAPTURE(row.name);
    auto it =
        std::find_if(p.pods[0].containers.begin(), p.pods[0].containers.end(), [&](const ContainerPlan& c) { return c.name == row.name; });
    REQUIRE(it != p.pods[0].containers.end());
    CHECK(it->restart_policy == row.policy);
    CHECK(it->restart_rules.size() == row.rules);
  }
  const ContainerPlan& worker =
      *std::find_if(p.pods[0].containers.begin(), p.pods[0].containers.end(), [](const ContainerPlan& c) { return c.name == "worker"; });
  // kubelet's findMatchingContainerRestartRule: the first rule that matches.
  CHECK(matching_restart_rule(worker.restart_rules, 42) == RestartAction::Restart);
  CHECK(matching_restart_rule(worker.restart_rules, 7) == RestartAction::RestartAllContainers);
  CHECK_FALSE(matching_restart_rule(worker.restart_rules, 0));
}

TEST_CASE("lifecycle.stopSignal: the number the supervisor stops the container with", "[plan]") {
  loader::LoadResult r = load(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: sig}\nspec:\n  os: {name: linux}\n  containers:\n"
      "  - {name: quit, image: busybox, lifecycle: {stopSignal: SIGQUIT}}\n"
      "  - {name: rt, image: busybox, lifecycle: {stopSignal: SIGRTMAX-1}}\n"
      "  - {name: plain, image: busybox}\n");
  Plan p = plan_of(r);
  REQUIRE(p.pods[0].containers.size() == 3);
  CHECK(p.pods[0].containers[0].stop_signal == 3);
  CHECK(p.pods[0].containers[1].stop_signal == 63);
  CHECK(p.pods[0].containers[2].stop_signal == 15);
}

TEST_CASE("ephemeral containers: the pod's namespaces, the target's PID namespace, never restarted (table)", "[planner][debug]") {
  struct Case {
    const char* name;
    const char* spec_line;  // added under spec:
    std::string target;
    std::string want_pid;
  };
  const Case cases[] = {
      {"no target: a PID namespace of its own", "", "", "private"},
      {"a target: its PID namespace", "", "a", "container:a"},
      {"shareProcessNamespace: the pod's, target or not", "  shareProcessNamespace: true\n", "a", "pod"},
      {"hostPID: the host's", "  hostPID: true\n", "a", "host"},
  };
  for (const auto& tc : cases) {
    DYNAMIC_SECTION(tc.name) {
      std::string yaml = kBase;
      yaml.insert(yaml.find("spec:\n") + 6, tc.spec_line);
      loader::LoadResult r = load(yaml);
      Plan p = plan_of(r, {{"busybox", ImageConfig{}}});
      PlanInput in;
      in.images = {{"busybox", ImageConfig{}}};
      in.image_store = true;
      model::Container dbg;
      dbg.name = "debugger-x";
      dbg.image = "busybox";
      dbg.image_pull_policy = "IfNotPresent";
      dbg.command = {"sh"};
      ContainerPlan c = plan_ephemeral_container(r.pods[0], dbg, tc.target, p.pods[0], in);
      CHECK(c.kind == ContainerKind::Ephemeral);
      CHECK(ns_of(c) == with(ns_of(p.pods[0].containers[0]), {{"pid", tc.want_pid}}));
      CHECK(c.restart_policy == RestartPolicy::Never);
      CHECK(c.cgroup.path == p.pods[0].cgroup.path + "/debugger-x");
      CHECK(c.process.capabilities == p.pods[0].containers[0].process.capabilities);
      CHECK(c.security.seccomp == p.pods[0].containers[0].security.seccomp);
      CHECK(c.start_errors.empty());
    }
  }
  SECTION("an image missing under policy Never will not start") {
    loader::LoadResult r = load(kBase);
    Plan p = plan_of(r);
    PlanInput in;
    in.image_store = true;
    model::Container dbg;
    dbg.name = "d";
    dbg.image = "absent:1";
    dbg.image_pull_policy = "Never";
    ContainerPlan c = plan_ephemeral_container(r.pods[0], dbg, "", p.pods[0], in);
    REQUIRE(c.start_errors.size() == 1);
    CHECK(c.start_errors[0].rfind("ErrImageNeverPull", 0) == 0);
  }
  SECTION("the matrix: a debug container shares processes with its target only") {
    loader::LoadResult r = load(R"YAML(apiVersion: v1
kind: Pod
metadata: {name: m}
spec:
  containers:
  - {name: a, image: busybox, command: [sleep, "1"]}
  - {name: b, image: busybox, command: [sleep, "1"]}
)YAML");
    Plan p = plan_of(r);
    model::Container dbg;
    dbg.name = "d";
    dbg.image = "busybox";
    p.pods[0].containers.push_back(plan_ephemeral_container(r.pods[0], dbg, "a", p.pods[0], PlanInput{}));
    auto rows = isolation_matrix(p);
    auto row = [&](const std::string& x, const std::string& y) {
      for (const auto& rw : rows)
        if (rw.a == x && rw.b == y) return rw.cells[3];  // Processes
      FAIL("no row " + x + " <-> " + y);
      return Sharing::Isolated;
    };
    CHECK(row("a", "d") == Sharing::SharedPod);
    CHECK(row("b", "d") == Sharing::Isolated);
    CHECK(row("a", "b") == Sharing::Isolated);
  }
}
