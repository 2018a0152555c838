// The plan's lossless form (plan/codec.h): what the CLI writes for the supervisor must come
// back identical, for every lesson in manifests/ and for a pod that uses every field the
// supervisor reads (probes, hooks, secrets, optional values).
#include <catch2/catch.hpp>

#include <filesystem>

#include "common/binary_codec.h"
#include "exec/run_config.h"
#include "host/host_facts.h"
#include "loader/loader.h"
#include "plan/codec.h"
#include "plan/planner.h"

namespace fs = std::filesystem;
using namespace podrun;

namespace {

plan::Plan plan_of(const std::vector<std::string>& paths) {
  static loader::LoadResult keep;  // the plan points at nothing in it, but keep it simple
  keep = loader::load_paths(paths, loader::LoadOptions{});
  REQUIRE((!keep.pods.empty() || !keep.workloads.empty()));  // a workload's lesson plans no pod itself
  plan::PlanInput in;
  in.pods = &keep.pods;
  in.configmaps = &keep.configmaps;
  in.secrets = &keep.secrets;
  in.host = host::host_facts_from_file(std::string(PODRUN_SOURCE_DIR) + "/tests/data/host-facts.json", plan::HostFacts{});
  return plan::make_plan(in);
}

}  // namespace

TEST_CASE("encode and decode of a pod plan round-trip for every lesson", "[plan][codec]") {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(std::string(PODRUN_SOURCE_DIR) + "/manifests")) {
    if (entry.path().extension() != ".yaml") continue;
    CAPTURE(entry.path().filename().string());
    for (const auto& pod : plan_of({entry.path().string()}).pods) {
      std::string once = plan::encode_pod_plan(pod);
      plan::PodPlan back = plan::decode_pod_plan(once);
      CHECK(plan::encode_pod_plan(back) == once);
      CHECK(back.name == pod.name);
      CHECK(back.containers.size() == pod.containers.size());
      ++n;
    }
  }
  CHECK(n >= 12);
}

TEST_CASE("probes, hooks, restart policies and optional values survive the codec", "[plan][codec]") {
  plan::PodPlan p;
  p.name = "x";
  p.pause.uid_map = plan::IdMapping{0, std::nullopt, 65536};
  plan::ContainerPlan c;
  c.name = "app";
  c.kind = plan::ContainerKind::Sidecar;
  c.restart_policy = plan::RestartPolicy::OnFailure;
  c.process.uid = 1000;
  c.process.env.push_back({"TOKEN", "s3cret", "Secret s", true, ""});
  c.liveness_probe = plan::ProbePlan{};
  c.liveness_probe->handler.type = plan::HandlerType::HttpGet;
  c.liveness_probe->handler.port = 8080;
  c.liveness_probe->handler.http_headers = {{"X-A", "b"}};
  c.liveness_probe->termination_grace_period_seconds = 5;
  c.pre_stop = plan::HandlerPlan{};
  c.pre_stop->type = plan::HandlerType::Sleep;
  c.pre_stop->sleep_seconds = 3;
  c.namespaces[plan::NsKind::Net] = plan::NsSource{plan::NsSource::Type::Container, "other"};
  p.containers.push_back(c);
  plan::PodPlan back = plan::decode_pod_plan(plan::encode_pod_plan(p));
  const plan::ContainerPlan& b = back.containers.at(0);
  CHECK(b.kind == plan::ContainerKind::Sidecar);
  CHECK(b.process.uid == 1000);
  CHECK_FALSE(b.process.gid.has_value());
  CHECK(b.process.env.at(0).value == "s3cret");  // the supervisor needs the real value
  REQUIRE(b.liveness_probe);
  CHECK(b.liveness_probe->handler.port == 8080);
  CHECK(b.liveness_probe->handler.http_headers.at(0).second == "b");
  CHECK(b.liveness_probe->termination_grace_period_seconds == 5);
  CHECK_FALSE(b.readiness_probe.has_value());
  CHECK(b.restart_policy == plan::RestartPolicy::OnFailure);
  CHECK(b.liveness_probe->handler.type == plan::HandlerType::HttpGet);
  CHECK(b.pre_stop->type == plan::HandlerType::Sleep);
  CHECK(b.pre_stop->sleep_seconds == 3);
  CHECK(b.namespaces.at(plan::NsKind::Net).container == "other");
  CHECK_FALSE(back.pause.uid_map->host_id.has_value());
  CHECK_THROWS_WITH(plan::decode_pod_plan("{\"name\": 3}"), Catch::Contains("the pod's plan cannot be read"));
}

TEST_CASE("run.json carries the plan, the images and the back-off settings", "[supervisor][codec]") {
  exec::RunConfig rc;
  rc.plan.name = "p";
  rc.images["busybox"] = {{"/var/lib/podrun/layers/a", "/var/lib/podrun/layers/b"}, "1000", "/var/lib/podrun/mountpoints/c"};
  rc.images["other"] = {{"/var/lib/podrun/layers/d"}, "", ""};
  rc.state_root = "/run/x";
  rc.pause_binary = "/usr/bin/podrun-pause";
  rc.backoff.base = std::chrono::milliseconds{200};
  rc.log_max_bytes = 4096;
  exec::RunConfig back = exec::decode_run_config(exec::encode_run_config(rc));
  CHECK(back.plan.name == "p");
  CHECK(back.images.at("busybox").layers.size() == 2);
  CHECK(back.images.at("busybox").user == "1000");
  CHECK(back.images.at("busybox").mount_points == "/var/lib/podrun/mountpoints/c");
  CHECK(back.images.at("other").mount_points.empty());
  CHECK(back.backoff.base.count() == 200);
  CHECK(back.backoff.max.count() == 300000);
  CHECK(back.log_max_bytes == 4096);
  CHECK_THROWS(exec::decode_run_config("{}"));
}

namespace {

// A RunConfig whose every field differs from its default, beside `plan`.
exec::RunConfig rich_run_config(plan::PodPlan p) {
  exec::RunConfig rc;
  rc.plan = std::move(p);
  rc.images["busybox"] = {{"/var/lib/podrun/layers/a", "/var/lib/podrun/layers/b"}, "1000", "/var/lib/podrun/mountpoints/c"};
  rc.images["other"] = {{"/var/lib/podrun/layers/d"}, "", ""};
  rc.state_root = "/run/x";
  rc.pause_binary = "/usr/bin/podrun-pause";
  rc.backoff = {std::chrono::milliseconds{200}, std::chrono::milliseconds{4000}, std::chrono::milliseconds{9000}};
  rc.bridge = "br9";
  rc.subnet = "10.9.0.0/16";
  rc.cgroup_root = "/sys/fs/cgroup/unified/user.slice";
  rc.cgroup_version = plan::CgroupVersion::V2;
  rc.log_max_bytes = 4096;
  rc.log_max_files = 2;
  rc.log_level = "debug";
  rc.idmapped_mounts = "never";
  rc.storage_dir = "/var/lib/podrun/pods/u";
  rc.eviction_period_ms = 77;
  rc.prior_events = {{"Normal", "Pulled", "spec.containers{a}", "done\nin 3 s"}};
  rc.pull_retry = {"/usr/bin/podrun", "/var/lib/podrun", "/etc/podrun.conf", true, "/a.json", {"localhost:5000", "r:1"}, "linux/arm64"};
  return rc;
}

}  // namespace

TEST_CASE("the binary word gives the supervisor the run configuration run.json holds", "[supervisor][codec]") {
  // Compared through run.json's text, which names every field: the word must lose none, for
  // every lesson's pods and for one that uses the fields the lessons leave at their defaults.
  std::vector<plan::PodPlan> pods;
  for (const auto& entry : fs::directory_iterator(std::string(PODRUN_SOURCE_DIR) + "/manifests"))
    if (entry.path().extension() == ".yaml")
      for (auto& pod : plan_of({entry.path().string()}).pods) pods.push_back(std::move(pod));
  REQUIRE(pods.size() >= 12);
  plan::PodPlan odd;
  odd.name = "odd";
  odd.pause.uid_map = plan::IdMapping{0, std::nullopt, 65536};
  odd.termination_grace_period_seconds = -1;
  plan::ContainerPlan c;
  c.name = "app";
  c.kind = plan::ContainerKind::Sidecar;
  c.process.uid = 1000;
  c.process.env.push_back({"TOKEN", "s3cret\n\0x", "Secret s", true, ""});
  c.liveness_probe = plan::ProbePlan{};
  c.liveness_probe->handler.type = plan::HandlerType::HttpGet;
  c.liveness_probe->handler.http_headers = {{"X-A", "b"}};
  c.namespaces[plan::NsKind::Net] = plan::NsSource{plan::NsSource::Type::Container, "other"};
  odd.containers.push_back(c);
  pods.push_back(odd);
  for (const auto& pod : pods) {
    CAPTURE(pod.name);
    const exec::RunConfig rc = rich_run_config(pod);
    const std::string word = exec::encode_run_config_word(rc);
    CHECK(word.find('\n') == std::string::npos);
    CHECK(word.front() != '{');  // the supervisor tells it from an older CLI's JSON so
    std::optional<exec::RunConfig> back = exec::decode_run_config_word(word);
    REQUIRE(back);
    CHECK(exec::encode_run_config(*back) == exec::encode_run_config(rc));
  }
}

TEST_CASE("a damaged word, or one of another layout, is refused, not misread", "[supervisor][codec]") {
  plan::PodPlan p;
  p.name = "p";
  const std::string word = exec::encode_run_config_word(rich_run_config(p));
  REQUIRE(exec::decode_run_config_word(word));
  CHECK_FALSE(exec::decode_run_config_word(word.substr(0, word.size() - 2)));  // truncated
  CHECK_FALSE(exec::decode_run_config_word(word + "00"));                      // trailing bytes
  CHECK_FALSE(exec::decode_run_config_word(word.substr(0, word.size() - 1)));  // half a byte
  std::string other = word;
  other[0] = other[0] == '0' ? '1' : '0';  // the layout's fingerprint
  CHECK_FALSE(exec::decode_run_config_word(other));
  std::string not_hex = word;
  not_hex[20] = 'g';
  CHECK_FALSE(exec::decode_run_config_word(not_hex));
  // A count larger than the bytes left is refused before anything is allocated for it.
  binary::Writer w;
  w.put_u64(1);
  w.put_u64(~0ULL);
  binary::Reader r(w.bytes());
  CHECK(r.get_u64() == 1);
  std::vector<std::string> v;
  CHECK_THROWS_AS(r.get(v), std::runtime_error);
}

TEST_CASE("an ephemeral container's request survives encode and decode", "[codec][debug]") {
  exec::EphemeralRequest r;
  r.spec_json = R"({"name":"d","image":"busybox","targetContainerName":"a"})";
  r.plan.name = "d";
  r.plan.kind = plan::ContainerKind::Ephemeral;
  r.plan.namespaces[plan::NsKind::Pid] = {plan::NsSource::Type::Container, "a"};
  r.plan.restart_policy = plan::RestartPolicy::Never;
  r.image = {{"/l/2", "/l/1"}, "0", "/m/1"};
  r.stdin_path = "/proc/1/fd/5";
  r.console_socket = "/run/podrun/pods/default/p/ephemeral/d.sock";
  exec::EphemeralRequest back = exec::decode_ephemeral_request(exec::encode_ephemeral_request(r));
  CHECK(back.spec_json == r.spec_json);
  CHECK(back.plan.kind == plan::ContainerKind::Ephemeral);
  CHECK(back.plan.namespaces.at(plan::NsKind::Pid).str() == "container:a");
  CHECK(back.plan.restart_policy == plan::RestartPolicy::Never);
  CHECK(back.image.layers == r.image.layers);
  CHECK(back.image.mount_points == "/m/1");
  CHECK(back.stdin_path == "/proc/1/fd/5");
  CHECK(back.console_socket == r.console_socket);
  CHECK_THROWS(exec::decode_ephemeral_request("{}"));
}
