// podrun plan -f PATH...: what podrun would do for each pod, without doing it.
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/report.h"
#include "host/host_facts.h"
#include "image/store.h"
#include "plan/planner.h"
#include "plan/render.h"
#include "spec/loader.h"

namespace podrun::cli {

namespace {

struct PlanOptions {
  std::vector<std::string> files;
  std::string output = "text";
  std::string host_facts;
};

int run_plan(const GlobalOptions& g, const PlanOptions& o) {
  // 1. Load and check the manifests; problems go to stderr, as `validate` words them.
  spec::LoadOptions lo;
  lo.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto report = make_report("text", std::cerr, false);
  spec::DocumentSink sink = [&](spec::DocumentResult&& d) {
    if (!d.diagnostics.empty()) report->add(d);
  };
  spec::LoadResult r = spec::load_paths(o.files, lo, &sink);
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  if (!r.input_errors.empty()) return kExitUsage;
  if (report->summary().invalid > 0) {
    report->finish();
    return kExitFailure;
  }
  if (r.pods.empty()) {
    std::cerr << "podrun: no pods in the input\n";
    return kExitFailure;
  }

  // 2. The facts of this host (or of the one described in --host-facts).
  plan::PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  in.host = host::detect_host_facts();
  if (!o.host_facts.empty()) in.host = host::host_facts_from_file(o.host_facts, in.host);

  // The configs of the images the pods use, from the local store (a missing one is a warning
  // in the plan: "image ... not found locally").
  image::Store store(g.storage);
  in.image_store = store.exists();
  for (const auto& pod : r.pods)
    for (const auto* list : {&pod.spec.init_containers, &pod.spec.containers})
      for (const auto& c : *list)
        if (!in.images.count(c.image))
          if (auto found = store.find(c.image)) in.images[c.image] = store.details(*found).config;

  // 3. Plan, and print.
  plan::Plan p = plan::make_plan(in);
  if (o.output == "json") std::cout << plan::plan_json(p).dump(2) << "\n";
  else if (o.output == "dot") std::cout << plan::plan_dot(p);
  else std::cout << plan::plan_text(p);
  return kExitOk;
}

}  // namespace

void add_plan_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* cmd = app.add_subcommand("plan", "Show what podrun would do for each pod: namespaces, mounts, cgroups, processes");
  cmd->add_option("-f,--filename", o->files, "Files, directories or - (stdin)")->required();
  cmd->add_option("-o,--output", o->output, "text, json or dot (the namespace graph, for Graphviz)")
      ->check(CLI::IsMember({"text", "json", "dot"}))
      ->capture_default_str();
  cmd->add_option("--host-facts", o->host_facts,
                  "Plan for the machine a JSON file describes (cgroupVersion, cpuCount, memoryBytes, ...), not this one");
  cmd->callback([&g, o, &action] { action = [&g, o] { return run_plan(g, *o); }; });
}

}  // namespace podrun::cli
