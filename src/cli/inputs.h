// What plan and apply share: loading manifests (problems to stderr, worded as `validate`
// words them) and finding the images' configs in the store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "image/store.h"
#include "plan/planner.h"
#include "spec/loader.h"

namespace podrun::cli {

// The loaded manifests, or nullopt with `exit_code` set (2: a path is wrong; 1: a manifest is
// invalid, or there is no pod).
std::optional<spec::LoadResult> load_pods(const std::vector<std::string>& files, bool keep_json, int& exit_code);

// The planner's input for loaded manifests, with this host's facts (no images yet).
plan::PlanInput plan_input(const spec::LoadResult& loaded);

// For every image the pods use that the store has: its config (for the planner); `found`
// (optional) receives the store's record of each.
void image_configs(const image::Store& store, const std::vector<spec::Pod>& pods,
                   std::map<std::string, plan::ImageConfig>& configs,
                   std::map<std::string, image::ImageRecord>* found = nullptr);

// A duration as kubectl flags take it: "200ms", "10s", "5m", "1h" (a bare number is seconds);
// nullopt when it is none of those.
std::optional<long long> parse_duration_ms(const std::string& text);

// Rows as kubectl prints a table: left-aligned columns, three spaces apart.
std::string columns(const std::vector<std::vector<std::string>>& rows);

}  // namespace podrun::cli
