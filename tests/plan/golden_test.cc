// Golden plans: `podrun plan -o json` of every lesson in manifests/, on the machine
// tests/data/host-facts.json describes. A change to the planner shows up as a diff of
// tests/data/plans/*.json; regenerate them with `make golden` and review that diff.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "host/host_facts.h"
#include "loader/loader.h"
#include "plan/planner.h"
#include "plan/render.h"

namespace fs = std::filesystem;
using namespace podrun;

TEST_CASE("the plan of every lesson in manifests/ matches its golden file", "[plan][golden]") {
  const std::string src = PODRUN_SOURCE_DIR;
  plan::HostFacts facts = host::host_facts_from_file(src + "/tests/data/host-facts.json", plan::HostFacts{});
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(src + "/manifests")) {
    if (entry.path().extension() != ".yaml") continue;
    ++n;
    std::string name = entry.path().stem().string();
    CAPTURE(name);
    loader::LoadResult r = loader::load_paths({entry.path().string()}, loader::LoadOptions{});
    if (r.pods.empty()) continue;  // a workload's lesson: its controller makes the pods
    plan::PlanInput in;
    in.pods = &r.pods;
    in.configmaps = &r.configmaps;
    in.secrets = &r.secrets;
    in.host = facts;
    std::string got = plan::plan_json(plan::make_plan(in)).dump(2) + "\n";
    std::ifstream golden(src + "/tests/data/plans/" + name + ".json");
    REQUIRE(golden);  // run `make golden` to create it
    std::stringstream want;
    want << golden.rdbuf();
    CHECK(got == want.str());
  }
  CHECK(n >= 12);
}
