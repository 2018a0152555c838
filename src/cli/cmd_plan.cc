// podrun plan -f PATH...: what podrun would do for each pod, without doing it.
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/report.h"
#include "cli/svg.h"
#include "host/host_facts.h"
#include "image/store.h"
#include "loader/loader.h"
#include "plan/planner.h"
#include "plan/render.h"
#include "pods/objects.h"
#include "pods/workloads.h"

namespace podrun::cli {

namespace {

struct PlanOptions {
  std::vector<std::string> files;
  std::string output = "text";
  std::string host_facts;
  bool docker = false;
  PolicyFlags policy;
};

int run_plan(const GlobalOptions& g, const PlanOptions& o) {
  // 1. Load and check the manifests; problems go to stderr, as `validate` words them.
  int code = kExitOk;
  pods::Context ctx = context(g);
  host::MachineConfig machine = pods::machine_policy(ctx, o.policy);
  auto loaded = load_pods(o.files, pods::load_options(ctx, machine), code);
  if (!loaded) return code;
  loader::LoadResult& r = *loaded;
  pods::add_stored_objects(ctx, r);  // ConfigMaps and Secrets applied before, as apply sees them
  // A workload's pods are planned as the first one its controller would make.
  pods::add_example_pods(r, pods::load_options(ctx, machine));

  // 2. The facts of this host (or of the one described in --host-facts), the machine's policy.
  plan::PlanInput in = pods::plan_input(ctx, r, machine);
  if (!o.host_facts.empty()) in.host = host::host_facts_from_file(o.host_facts, in.host);

  // The configs of the images the pods use, from the local store (a missing one is a warning
  // in the plan: "image ... not found locally").
  image::Store store(g.storage);
  in.image_store = store.exists();
  pods::image_configs(store, r.pods, in.images);

  // 3. Plan, and print.
  plan::Plan p = plan::make_plan(in);
  if (o.docker && o.output != "text") throw UsageError("plan: --docker is an output of its own (-o docker); it takes no -o");
  if (o.output == "json") std::cout << plan::plan_json(p).dump(2) << "\n";
  else if (o.output == "dot") std::cout << plan::plan_dot(p);
  else if (o.output == "svg") std::cout << dot_to_svg(plan::plan_dot(p));  // the same graph, drawn by Graphviz
  else if (o.output == "docker" || o.docker) std::cout << plan::plan_docker(p);
  else std::cout << plan::plan_text(p);
  return kExitOk;
}

}  // namespace

void add_plan_command(CLI::App& app, GlobalOptions& g, Action& action) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* cmd = app.add_subcommand(
      "plan", "Show what podrun would do for each pod (and a workload's first pod): namespaces, mounts, cgroups, processes");
  cmd->add_option("-f,--filename", o->files, "Files, directories or - (stdin)")->required();
  cmd->add_option("-o,--output", o->output,
                  "text, json, dot (the namespace graph, for Graphviz), svg (that graph drawn by Graphviz's dot) or docker (the docker "
                  "run commands that share the same namespaces)")
      ->check(CLI::IsMember({"text", "json", "dot", "svg", "docker"}))
      ->capture_default_str();
  cmd->add_flag("--docker", o->docker, "Print the pods as docker run commands with the same namespace sharing (-o docker)");
  add_policy_flags(cmd, o->policy, true);
  cmd->add_option("--host-facts", o->host_facts,
                  "Plan for the machine a JSON file describes (cgroupVersion, cpuCount, memoryBytes, ...), not this one");
  cmd->callback([&g, o, &action] { action = [&g, o] { return run_plan(g, *o); }; });
}

}  // namespace podrun::cli
