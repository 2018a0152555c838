// podrun validate PATH...: checks manifests as the Kubernetes API server would, and says
// whether podrun can run them.
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/report.h"
#include "loader/fields.h"
#include "loader/loader.h"
#include "loader/schema.h"

namespace podrun::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::vector<std::string> files;  // -f, as apply and plan take them (kubectl's habit)
  std::string output = "text";
  std::string target = "podrun";
  bool strict = false;
  bool skip_unsupported = false;
  int jobs = 0;
  PolicyFlags policy;
};

int run_validate(const GlobalOptions& global, const ValidateOptions& o) {
  pods::Context ctx = context(global);
  loader::LoadOptions lo = pods::load_options(ctx, pods::machine_policy(ctx, o.policy));
  lo.podrun_rules = o.target == "podrun";
  lo.skip_unsupported_kinds = o.skip_unsupported;
  lo.keep_objects = false;
  lo.jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  log::debug("validating " + std::to_string(o.paths.size()) + " path(s) with " + std::to_string(lo.jobs) + " thread(s)");
  auto report = make_report(o.output, std::cout, o.strict);
  loader::DocumentSink sink = [&](loader::DocumentResult&& d) { report->add(d); };
  loader::LoadResult r = loader::load_paths(o.paths, lo, &sink);
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  report->finish();
  if (!r.input_errors.empty()) return kExitUsage;
  return report->summary().invalid > 0 ? kExitFailure : kExitOk;
}

}  // namespace

void add_validate_command(CLI::App& app, GlobalOptions& global, Action& action) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check manifests: YAML, schema, API rules, and what podrun supports");
  cmd->add_option("paths", o->paths, "Files, directories (recursive: *.yaml *.yml *.json) or - for stdin");
  cmd->add_option("-f,--filename", o->files, "The same, as apply and plan take them");
  cmd->add_option("-o,--output", o->output, "Output format: text, json or junit")
      ->check(CLI::IsMember({"text", "json", "junit"}))
      ->capture_default_str();
  cmd->add_option("--target", o->target, "podrun: also refuse what podrun cannot run; kubernetes: only what the API server refuses")
      ->check(CLI::IsMember({"podrun", "kubernetes"}))
      ->capture_default_str();
  cmd->add_flag("--strict", o->strict, "Treat warnings as errors");
  add_policy_flags(cmd, o->policy, false);
  cmd->add_flag("--skip-unsupported", o->skip_unsupported, "Skip kinds other than Pod, ConfigMap, Secret with a warning");
  cmd->add_option("-j,--jobs", o->jobs, "Files validated in parallel (default: number of cores)")->check(CLI::Range(1, 256));
  cmd->callback([o, &global, &action] {
    o->paths.insert(o->paths.end(), o->files.begin(), o->files.end());
    if (o->paths.empty()) throw CLI::RequiredError("paths or -f");
    action = [o, &global] { return run_validate(global, *o); };
  });
}

void add_fields_command(CLI::App& app, GlobalOptions&, Action& action) {
  CLI::App* cmd = app.add_subcommand("fields", "List every Pod field and whether podrun supports, ignores or refuses it");
  auto output = std::make_shared<std::string>("table");
  auto no_headers = std::make_shared<bool>(false);
  cmd->add_option("-o,--output", *output, "table (FIELD SINCE STATUS NOTE) or markdown (docs/compatibility.md)")
      ->check(CLI::IsMember({"table", "markdown"}))
      ->capture_default_str();
  cmd->add_flag("--no-headers", *no_headers, "table: no header row");
  cmd->callback([&action, output, no_headers] {
    action = [output, no_headers] {
      const nlohmann::json& pod = *loader::SchemaSet::builtin().document("Pod");
      if (*output == "markdown") {
        std::cout << loader::render_compatibility_markdown(pod);
        return kExitOk;
      }
      std::vector<std::vector<std::string>> rows;
      if (!*no_headers) rows.push_back({"FIELD", "SINCE", "STATUS", "NOTE"});
      for (const auto& r : loader::compatibility_rows(pod))
        rows.push_back({r.path, r.since.empty() ? "-" : r.since, loader::field_status_name(r.status), r.note});
      std::cout << columns(rows);
      return kExitOk;
    };
  });
}

}  // namespace podrun::cli
