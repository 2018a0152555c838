// podrun explain TYPE[.FIELD...]: kubectl explain, offline, from the OpenAPI documents of one
// Kubernetes release, plus whether podrun supports, ignores or refuses the field.
#include <iostream>

#include "cli/commands.h"
#include "loader/explain_fields.h"
#include "loader/schema.h"

namespace podrun::cli {

namespace {

struct ExplainOptions {
  std::string path;
  std::string version = "1.35";
  std::string output = "plaintext";
  bool recursive = false;
};

// "1.35", "v1.35" or "1.35.0": explain's data is per minor release.
std::string minor_version(std::string v) {
  if (!v.empty() && v[0] == 'v') v.erase(0, 1);
  if (auto first = v.find('.'); first != std::string::npos)
    if (auto second = v.find('.', first + 1); second != std::string::npos) v.resize(second);
  for (const auto& known : loader::explain_versions())
    if (v == known) return v;
  std::string list;
  for (const auto& known : loader::explain_versions()) list += (list.empty() ? "" : ", ") + known;
  throw UsageError("--kubernetes-version " + v + ": explain knows " + list);
}

int run_explain(const ExplainOptions& o) {
  std::string version = minor_version(o.version);
  loader::ExplainTarget t;
  try {
    t = loader::explain_lookup(version, o.path);
  } catch (const loader::ExplainError& e) {
    std::cerr << "podrun: " << e.what() << "\n";
    return kExitFailure;
  }
  // The Pod schema podrun validates against for that release: a field it lacks is refused as
  // unknown, whatever the field table says. Parsed here only, when the answer is about a Pod.
  loader::PodrunSchema schema;
  if (t.kind == "Pod") {
    loader::KubeVersion kv = loader::parse_kube_version(version).value_or(loader::kDefaultKubeVersion);
    schema = {loader::SchemaSet::builtin(kv).document("Pod"), kv.name()};
  }
  loader::PodrunAnswer answer = loader::podrun_answer(t, schema, o.recursive);
  if (o.output == "json") std::cout << loader::explain_json(t, answer, o.recursive).dump(2) << "\n";
  else std::cout << loader::render_explain(t, answer, o.recursive);
  return kExitOk;
}

}  // namespace

void add_explain_command(CLI::App& app, GlobalOptions&, Action& action) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain", "Describe a kind or field (kubectl explain, offline) and whether podrun supports, ignores or refuses it");
  cmd->add_option("type", o->path, "TYPE[.FIELD...], e.g. pod.spec.shareProcessNamespace or deploy.spec.template")->required();
  cmd->add_option("--kubernetes-version", o->version, "The Kubernetes release whose API is described: 1.31 or 1.35")->capture_default_str();
  cmd->add_flag("--recursive", o->recursive, "Print the field tree (names and types) instead of each field's description");
  cmd->add_option("-o,--output", o->output, "Output format: plaintext or json")
      ->check(CLI::IsMember({"plaintext", "json"}))
      ->capture_default_str();
  cmd->callback([o, &action] { action = [o] { return run_explain(*o); }; });
}

}  // namespace podrun::cli
