// Image volumes in the plan: the volume with its reference and resolved pull policy, a
// read-only mount of it in each container that mounts it, and what keeps a container from
// starting when the store has no such image (as its own image would).
#include <catch2/catch.hpp>

#include <algorithm>

#include "loader/loader.h"
#include "plan/codec.h"
#include "plan/planner.h"
#include "plan/render.h"

using namespace podrun;
using namespace podrun::plan;

namespace {

const char* kPod = R"YAML(apiVersion: v1
kind: Pod
metadata: {name: iv}
spec:
  volumes:
  - {name: tools, image: {reference: "tools:1"}}
  - {name: latest, image: {reference: "tools", pullPolicy: IfNotPresent}}
  containers:
  - name: a
    image: busybox:1.36
    command: [sleep, "1"]
    volumeMounts:
    - {name: tools, mountPath: /tools, readOnly: false}
    - {name: latest, mountPath: /bin-only, subPath: bin}
  - {name: b, image: "busybox:1.36", command: [sleep, "1"]}
)YAML";

loader::LoadResult load(const std::string& yaml) {
  loader::LoadResult r = loader::load_text("t.yaml", yaml, loader::LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) FAIL(format_diagnostic(d.file, diag));
  return r;
}

PlanInput input(loader::LoadResult& r) {
  PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  return in;
}

const MountPlan* mount_at(const ContainerPlan& c, const std::string& dest) {
  for (const auto& m : c.mounts)
    if (m.destination == dest) return &m;
  return nullptr;
}

}  // namespace

TEST_CASE("image volumes: the volume, and a read-only, nosuid, nodev mount of it", "[plan][image-volume]") {
  auto r = load(kPod);
  PlanInput in = input(r);
  Plan p = make_plan(in);
  const PodPlan& pod = p.pods[0];
  REQUIRE(pod.volumes.size() == 2);
  CHECK(pod.volumes[0].type == VolumeType::Image);
  CHECK(pod.volumes[0].image == "tools:1");
  CHECK(pod.volumes[0].image_pull_policy == PullPolicy::IfNotPresent);
  CHECK(pod.volumes[1].image_pull_policy == PullPolicy::IfNotPresent);  // the manifest's, over the default (Always)
  CHECK_FALSE(pod.volumes[0].fs_group);
  const MountPlan* m = mount_at(pod.containers[0], "/tools");
  REQUIRE(m);
  CHECK(m->type == MountType::Bind);
  CHECK(m->source.kind == MountSource::Kind::ImageVolume);
  CHECK(m->source.ref == "tools:1");
  CHECK(m->volume == "tools");
  // readOnly: false changes nothing: the kubelet's image plugin is read-only.
  CHECK(m->options == std::vector<std::string>{"rbind", "rprivate", "ro", "nosuid", "nodev"});
  CHECK(m->source.str(m->type) == "image-volume:tools:1");
  const MountPlan* sub = mount_at(pod.containers[0], "/bin-only");
  REQUIRE(sub);
  CHECK(sub->source.sub_path == "bin");
  CHECK(sub->source.str(sub->type) == "image-volume:tools//bin");
  // A container that does not mount it has no such mount.
  CHECK(std::none_of(pod.containers[1].mounts.begin(), pod.containers[1].mounts.end(),
                     [](const MountPlan& mp) { return mp.source.kind == MountSource::Kind::ImageVolume; }));
  // The machine owner's override holds for image volumes too.
  in.node.image_pull_policy = "Never";
  CHECK(make_plan(in).pods[0].volumes[0].image_pull_policy == PullPolicy::Never);
}

TEST_CASE("image volumes: hostUsers false idmaps them, fsGroup leaves them alone", "[plan][image-volume]") {
  auto r = load(kPod);
  r.pods[0].spec.host_users = false;
  r.pods[0].spec.security_context.fs_group = 2000;
  PlanInput in = input(r);
  Plan p = make_plan(in);
  const MountPlan* m = mount_at(p.pods[0].containers[0], "/tools");
  REQUIRE(m);
  CHECK(std::find(m->options.begin(), m->options.end(), "idmap") != m->options.end());
  CHECK_FALSE(p.pods[0].volumes[0].fs_group);
}

TEST_CASE("image volumes: a missing image keeps the containers that mount it from starting", "[plan][image-volume]") {
  auto r = load(kPod);
  PlanInput in = input(r);
  in.image_store = true;
  in.images = {{"busybox:1.36", ImageConfig{}}, {"tools", ImageConfig{}}};
  {
    Plan p = make_plan(in);
    REQUIRE(p.pods[0].containers[0].start_errors.size() == 1);
    CHECK(p.pods[0].containers[0].start_errors[0] ==
          "ErrImagePull: image volume tools: image tools:1 is not in the local store (podrun image pull tools:1)");
    CHECK(p.pods[0].containers[1].start_errors.empty());  // it does not mount it: it runs
  }
  in.image_errors = {{"tools:1", "manifest unknown"}};
  CHECK(make_plan(in).pods[0].containers[0].start_errors.at(0) ==
        "ErrImagePull: image volume tools: failed to pull image \"tools:1\": manifest unknown");
  in.image_errors.clear();
  in.node.image_pull_policy = "Never";
  CHECK(make_plan(in).pods[0].containers[0].start_errors.at(0) ==
        "ErrImageNeverPull: image volume tools: image \"tools:1\" is not present with pull policy of Never");
  // Stored: nothing in the way.
  in.node.image_pull_policy.clear();
  in.images["tools:1"] = ImageConfig{};
  CHECK(make_plan(in).pods[0].containers[0].start_errors.empty());
}

TEST_CASE("image volumes: the plan's JSON keeps them, `podrun plan` shows them", "[plan][image-volume]") {
  auto r = load(kPod);
  PlanInput in = input(r);
  Plan p = make_plan(in);
  PodPlan back = decode_pod_plan(encode_pod_plan(p.pods[0]));
  CHECK(back.volumes[0].type == VolumeType::Image);
  CHECK(back.volumes[0].image == "tools:1");
  CHECK(back.volumes[0].image_pull_policy == PullPolicy::IfNotPresent);
  REQUIRE(back.containers[0].mounts.size() == p.pods[0].containers[0].mounts.size());
  for (std::size_t i = 0; i < back.containers[0].mounts.size(); ++i) {
    CHECK(back.containers[0].mounts[i].source == p.pods[0].containers[0].mounts[i].source);
    CHECK(back.containers[0].mounts[i].options == p.pods[0].containers[0].mounts[i].options);
  }
  auto j = plan_json(p);
  CHECK(j["pods"][0]["volumes"][0]["type"] == "image");
  CHECK(j["pods"][0]["volumes"][0]["reference"] == "tools:1");
  CHECK(j["pods"][0]["volumes"][0]["pullPolicy"] == "IfNotPresent");
  std::string text = plan_text(p);
  CHECK_THAT(text, Catch::Contains("tools: image image-volume:tools:1 (pullPolicy IfNotPresent; read-only overlay of its layers)"));
}
