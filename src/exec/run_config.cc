#include "exec/run_config.h"

#include <chrono>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "common/binary_codec.h"
#include "plan/codec.h"

namespace podrun::exec {

// The binary word's parts beside the plan (common/binary_codec.h), in this order.
template <typename T, typename F>
void visit_fields(T& t, F&& f) requires std::is_same_v<std::remove_const_t<T>, ImageLayers> {
  f(t.layers), f(t.user), f(t.mount_points);
}
template <typename T, typename F>
void visit_fields(T& t, F&& f) requires std::is_same_v<std::remove_const_t<T>, PriorEvent> {
  f(t.type), f(t.reason), f(t.object), f(t.message);
}
template <typename T, typename F>
void visit_fields(T& t, F&& f) requires std::is_same_v<std::remove_const_t<T>, PullRetry> {
  f(t.podrun_binary), f(t.storage_root), f(t.config_path), f(t.config_named), f(t.authfile), f(t.insecure), f(t.platform);
}

namespace {

// Every field of RunConfig but the plan and the back-off's durations.
template <typename C, typename F>
void visit_run_config(C& c, F&& f) {
  f(c.images), f(c.state_root), f(c.pause_binary), f(c.bridge), f(c.subnet), f(c.cgroup_root), f(c.cgroup_version), f(c.log_max_bytes),
      f(c.log_max_files), f(c.log_level), f(c.idmapped_mounts), f(c.storage_dir), f(c.eviction_period_ms), f(c.prior_events),
      f(c.pull_retry);
}

// The plan's fingerprint and this file's own layout: a RunConfig field added above without
// changing this text is still caught by the struct's size.
std::uint64_t word_layout() {
  return binary::fnv1a(
      "RunConfig(images,state_root,pause_binary,bridge,subnet,cgroup_root,cgroup_version,log_max_bytes,"
      "log_max_files,log_level,idmapped_mounts,storage_dir,eviction_period_ms,prior_events,pull_retry,"
      "backoff)" +
          std::to_string(sizeof(RunConfig)) + std::to_string(sizeof(PullRetry)) + std::to_string(sizeof(ImageLayers)),
      plan::binary_layout());
}

}  // namespace

std::string encode_run_config_word(const RunConfig& c) {
  binary::Writer w;
  w.put_u64(word_layout());
  plan::put_pod_plan(w, c.plan);
  visit_run_config(c, [&w](const auto& field) { w.put(field); });
  for (auto d : {c.backoff.base, c.backoff.max, c.backoff.reset_after}) w.put(d.count());
  return binary::to_hex(w.bytes());
}

std::optional<RunConfig> decode_run_config_word(std::string_view hex) {
  std::optional<std::string> bytes = binary::from_hex(hex);
  if (!bytes) return std::nullopt;
  try {
    binary::Reader r(*bytes);
    if (r.get_u64() != word_layout()) return std::nullopt;
    RunConfig c;
    plan::get_pod_plan(r, c.plan);
    visit_run_config(c, [&r](auto& field) { r.get(field); });
    for (auto* d : {&c.backoff.base, &c.backoff.max, &c.backoff.reset_after}) {
      std::chrono::milliseconds::rep ms = 0;
      r.get(ms);
      *d = std::chrono::milliseconds{ms};
    }
    if (!r.at_end()) return std::nullopt;
    return c;
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
}

std::string encode_run_config(const RunConfig& c) {
  nlohmann::json images = nlohmann::json::object();
  for (const auto& [ref, img] : c.images) {
    images[ref] = {{"layers", img.layers}, {"user", img.user}};
    if (!img.mount_points.empty()) images[ref]["mountPoints"] = img.mount_points;
  }
  nlohmann::json j{{"plan", plan::pod_plan_json(c.plan)},
                   {"images", images},
                   {"stateRoot", c.state_root},
                   {"pauseBinary", c.pause_binary},
                   {"backoffBaseMs", c.backoff.base.count()},
                   {"backoffMaxMs", c.backoff.max.count()},
                   {"backoffResetMs", c.backoff.reset_after.count()},
                   {"logMaxBytes", c.log_max_bytes},
                   {"cgroupRoot", c.cgroup_root},
                   {"bridge", c.bridge},
                   {"subnet", c.subnet},
                   {"cgroupVersion", c.cgroup_version == plan::CgroupVersion::V2 ? 2 : 1},
                   {"logMaxFiles", c.log_max_files},
                   {"idmappedMounts", c.idmapped_mounts},
                   {"storageDir", c.storage_dir},
                   {"evictionPeriodMs", c.eviction_period_ms},
                   {"logLevel", c.log_level}};
  const PullRetry& r = c.pull_retry;
  j["pullRetry"] = {{"podrunBinary", r.podrun_binary}, {"storageRoot", r.storage_root}, {"configPath", r.config_path},
                    {"configNamed", r.config_named},   {"authfile", r.authfile},        {"insecure", r.insecure},
                    {"platform", r.platform}};
  for (const auto& e : c.prior_events)
    j["priorEvents"].push_back({{"type", e.type}, {"reason", e.reason}, {"object", e.object}, {"message", e.message}});
  return j.dump();
}

RunConfig decode_run_config(const std::string& text) {
  RunConfig c;
  try {
    auto j = nlohmann::json::parse(text);
    plan::reject_fractional_numbers(j, "run.json");
    c.plan = plan::pod_plan_from_json(j.at("plan"));
    for (const auto& [ref, img] : j.at("images").items())
      c.images[ref] = ImageLayers{img.at("layers").get<std::vector<std::string>>(), img.value("user", ""), img.value("mountPoints", "")};
    c.state_root = j.at("stateRoot").get<std::string>();
    c.pause_binary = j.at("pauseBinary").get<std::string>();
    c.backoff.base = std::chrono::milliseconds{j.value("backoffBaseMs", 10'000)};
    c.backoff.max = std::chrono::milliseconds{j.value("backoffMaxMs", 300'000)};
    c.backoff.reset_after = std::chrono::milliseconds{j.value("backoffResetMs", 600'000)};
    c.log_max_bytes = j.value("logMaxBytes", c.log_max_bytes);
    c.log_max_files = j.value("logMaxFiles", c.log_max_files);
    c.cgroup_root = j.value("cgroupRoot", c.cgroup_root);
    c.bridge = j.value("bridge", c.bridge);
    c.subnet = j.value("subnet", c.subnet);
    c.cgroup_version = j.value("cgroupVersion", 1) == 2 ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
    c.idmapped_mounts = j.value("idmappedMounts", c.idmapped_mounts);
    c.storage_dir = j.value("storageDir", c.storage_dir);
    c.eviction_period_ms = j.value("evictionPeriodMs", c.eviction_period_ms);
    c.log_level = j.value("logLevel", c.log_level);
    if (j.contains("pullRetry")) {
      const auto& r = j.at("pullRetry");
      c.pull_retry = PullRetry{r.value("podrunBinary", ""),   r.value("storageRoot", ""), r.value("configPath", ""),
                               r.value("configNamed", false), r.value("authfile", ""),    r.value("insecure", std::vector<std::string>{}),
                               r.value("platform", "")};
    }
    if (j.contains("priorEvents"))
      for (const auto& e : j.at("priorEvents"))
        c.prior_events.push_back({e.value("type", ""), e.value("reason", ""), e.value("object", ""), e.value("message", "")});
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("run.json: ") + e.what());
  }
  return c;
}

std::string encode_ephemeral_request(const EphemeralRequest& r) {
  nlohmann::json j{{"spec", r.spec_json},
                   {"plan", plan::container_plan_json(r.plan)},
                   {"image", {{"layers", r.image.layers}, {"user", r.image.user}, {"mountPoints", r.image.mount_points}}},
                   {"stdin", r.stdin_path},
                   {"stdout", r.stdout_path},
                   {"stderr", r.stderr_path},
                   {"console", r.console_socket}};
  return j.dump();
}

EphemeralRequest decode_ephemeral_request(const std::string& text) {
  try {
    auto j = nlohmann::json::parse(text);
    plan::reject_fractional_numbers(j, "the ephemeral container's request");
    EphemeralRequest r;
    r.spec_json = j.value("spec", "");
    r.plan = plan::container_plan_from_json(j.at("plan"));
    const auto& img = j.at("image");
    r.image = ImageLayers{img.at("layers").get<std::vector<std::string>>(), img.value("user", ""), img.value("mountPoints", "")};
    r.stdin_path = j.value("stdin", "");
    r.stdout_path = j.value("stdout", "");
    r.stderr_path = j.value("stderr", "");
    r.console_socket = j.value("console", "");
    return r;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("an ephemeral container's request: ") + e.what());
  }
}

}  // namespace podrun::exec
