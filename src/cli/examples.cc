// The examples that end each verb's --help, as kubectl's do: what people type first; then the
// global flags, which every verb takes too (before or after it), as kubectl's help ends with them.
#include <functional>
#include <map>
#include <string>

#include "cli/commands.h"

namespace podrun::cli {

void add_examples(CLI::App& app) {
  static const std::map<std::string, std::string> kExamples = {
      {"validate",
       "  podrun validate -f pod.yaml\n  podrun validate -f manifests/ -o json\n  kubectl get pod web -o yaml | podrun validate -f -"},
      {"plan", "  podrun plan -f pod.yaml\n  podrun plan -f pod.yaml -o json\n  podrun plan -f pod.yaml -o svg > plan.svg"},
      {"apply",
       "  podrun apply -f pod.yaml\n  podrun apply -f manifests/ --wait --timeout 1m\n  podrun apply -f pod.yaml --dry-run client"},
      {"get",
       "  podrun get pods -o wide\n  podrun get pod/web -o yaml\n  podrun get pods -l app=web --show-labels\n  podrun get pods -w\n"
       "  podrun get events --for pod/web"},
      {"delete",
       "  podrun delete pod web\n  podrun delete -f pod.yaml --grace-period 0\n  podrun delete pods -l app=web\n"
       "  podrun delete pod web --ignore-not-found"},
      {"diff", "  podrun diff -f manifests/"},
      {"exec", "  podrun exec web -- ls /\n  podrun exec -it web -c app -- sh"},
      {"debug", "  podrun debug web -it --image busybox --target app -- sh"},
      {"gc", "  podrun gc --dry-run\n  podrun gc"},
      {"matrix", "  podrun matrix\n  podrun matrix -o svg > matrix.svg"},
      {"logs",
       "  podrun logs web\n  podrun logs web -c app -f\n  podrun logs web --previous --tail 20\n"
       "  podrun logs -l app=web --all-containers"},
      {"describe", "  podrun describe pod web\n  podrun describe pods\n  podrun describe deployment web"},
      {"top", "  podrun top pod\n  podrun top pod web --containers"},
      {"images", "  podrun images"},
      {"image", "  podrun image import build/images/busybox\n  podrun image pull docker.io/library/busybox:1.36\n  podrun image prune"},
      {"fields", "  podrun fields\n  podrun fields > compatibility.md"},
      {"explain", "  podrun explain pod.spec.containers.securityContext"},
      {"version", "  podrun version\n  podrun version -o json"},
      {"serve", "  podrun serve --manifests manifests/\n  podrun serve --manifests manifests/ --once"},
      {"status", "  podrun status"},
      {"scale", "  podrun scale deployment/web --replicas=3"},
      {"rollout", "  podrun rollout status deployment/web\n  podrun rollout undo deployment/web"},
      {"wait",
       "  podrun wait --for=condition=Ready pod/web --timeout 60s\n  podrun wait --for=condition=complete job/backup\n"
       "  podrun wait --for=delete pod/web"},
      {"ui", "  podrun ui    # then open http://127.0.0.1:8080\n  podrun ui --listen 127.0.0.1:9000"},
      {"port-forward", "  podrun port-forward web 8080:80\n  podrun port-forward pod/web :80 8443:https"},
      {"completion",
       "  source <(podrun completion bash)\n  podrun completion zsh > \"${fpath[1]}/_podrun\"\n"
       "  podrun completion fish > ~/.config/fish/completions/podrun.fish"},
  };
  // Laid out as the Options of podrun --help. cmd_completion.cc reads the Examples back from
  // the footer (man pages, docs/cli.md): they end where "Global flags" starts.
  CLI::Formatter format;
  std::string global = "Global flags (before or after the verb):\n";
  for (const CLI::Option* opt : app.get_options([&app](const CLI::Option* o) { return o != app.get_help_ptr(); }))
    global += format.make_option(opt, false);
  // Hidden subcommands (no description: the supervisor's, the scripts') have no help to end.
  std::function<void(CLI::App*)> add = [&](CLI::App* parent) {
    for (CLI::App* sub : parent->get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_description().empty()) continue;
      std::string examples = sub->get_footer().empty() ? "" : sub->get_footer() + "\n";  // a verb's own, when not here
      if (auto it = kExamples.find(sub->get_name()); parent == &app && it != kExamples.end())
        examples = "\nExamples:\n" + it->second + "\n";
      sub->footer(examples + "\n" + global);
      add(sub);
    }
  };
  add(&app);
}

}  // namespace podrun::cli
