// podrun completion bash|zsh|fish, and what `make install` and docs/cli.md are made of: shell
// completion scripts, man pages and a Markdown reference, each written from the one command
// table (the CLI11 App tree that --help prints), so that none of them can drift from it.
//
//   podrun completion SHELL           the script; verbs, flags and fixed choices are in it
//   podrun __complete WHAT [ARG]      hidden: live names for the scripts (pods, containers POD,
//                                     images, namespaces, names TYPE), one per line, never an error
//   podrun __gen man DIR | markdown   hidden: podrun.1, podrun-VERB.1, ... in DIR; or docs/cli.md
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "image/reference.h"
#include "image/store.h"
#include "pods/network_policies.h"
#include "pods/objects.h"
#include "pods/observe.h"
#include "pods/services.h"
#include "pods/workloads.h"
#include "state/pod_state.h"

namespace podrun::cli {

namespace {

const std::vector<std::string> kShells = {"bash", "zsh", "fish"};

// The command table as the scripts and pages need it -----------------------------------------

struct Flag {
  std::vector<std::string> names;  // "-o", "--output"
  bool takes_value = false;
  std::string help, type, default_value;  // type: TEXT, INT (CLI11's names)
  std::vector<std::string> choices;       // IsMember's set
};

struct Positional {
  std::string name, help;
  bool required = false, repeats = false;
  std::vector<std::string> choices;
};

struct Verb {
  std::string path;  // "get", "image pull"; "" is podrun itself
  const CLI::App* app = nullptr;
  std::vector<Flag> flags;  // its own, without -h/--help
  std::vector<Positional> positionals;
  std::vector<std::string> subcommands;  // the visible ones' names
  std::string examples;                  // the lines of its Examples footer
};

// A subcommand for programs (the supervisor's, the scripts'), not people: no description, no
// help line, no page, no completion.
bool hidden(const CLI::App* app) { return app->get_description().empty(); }

// CLI11's type name: "TEXT", "TEXT:{wide,json}", "INT:{1,2}" (IsMember's set after the colon).
void parse_type(const std::string& type_name, std::string& type, std::vector<std::string>& choices) {
  type = type_name.substr(0, type_name.find(':'));
  std::size_t open = type_name.find('{'), close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return;
  std::stringstream set(type_name.substr(open + 1, close - open - 1));
  for (std::string item; std::getline(set, item, ',');)
    if (!item.empty()) choices.push_back(item);
}

// The Examples that add_examples (examples.cc) put in the footer, before its "Global flags".
std::string examples_of(const CLI::App* app) {
  const std::string footer = app->get_footer();
  std::size_t at = footer.find("Examples:\n");
  if (at == std::string::npos) return "";
  std::string text = footer.substr(at + 10);
  if (std::size_t end = text.find("\n\nGlobal flags"); end != std::string::npos) text.resize(end);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

void walk(const CLI::App* app, const std::string& path, std::vector<Verb>& out) {
  Verb v;
  v.path = path;
  v.app = app;
  v.examples = examples_of(app);
  for (const CLI::Option* o : app->get_options([](const CLI::Option*) { return true; })) {
    if (o == app->get_help_ptr() || o == app->get_help_all_ptr() || o->get_group().empty()) continue;
    std::string type;
    std::vector<std::string> choices;
    parse_type(o->get_type_name(), type, choices);
    if (!o->nonpositional()) {
      v.positionals.push_back({o->get_name(), o->get_description(), o->get_required(), o->get_items_expected_max() > 1, choices});
      continue;
    }
    Flag f;
    for (const auto& s : o->get_snames()) f.names.push_back("-" + s);
    for (const auto& l : o->get_lnames()) f.names.push_back("--" + l);
    f.takes_value = o->get_expected_max() != 0;  // a flag (add_flag) expects none: --wait, or --wait=false
    f.help = o->get_description();
    f.type = type;
    f.choices = choices;
    f.default_value = o->get_default_str();
    v.flags.push_back(std::move(f));
  }
  std::vector<const CLI::App*> subs;
  for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; }))
    if (!hidden(sub)) {
      v.subcommands.push_back(sub->get_name());
      subs.push_back(sub);
    }
  out.push_back(std::move(v));
  for (const CLI::App* sub : subs) walk(sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

// Every visible verb, podrun itself first, in --help's order (a verb before its own verbs).
std::vector<Verb> command_table(const CLI::App& root) {
  std::vector<Verb> verbs;
  walk(&root, "", verbs);
  return verbs;
}

// What the table does not say: what a value or an argument is, for live names and file names.
// The scripts know these kinds: words:A,B (fixed), files, dirs, pod, containers (of the pod on
// the line), images, namespaces, resource (TYPE, then its names; or TYPE/NAME), typename
// (TYPE/NAME only), none.

// A flag's value: "VERB|--flag" for one verb's, "--flag" for every verb's.
std::string value_kind(const std::string& path, const Flag& f) {
  static const std::map<std::string, std::string> kKinds = {
      {"--filename", "files"},
      {"--config", "files"},
      {"--authfile", "files"},
      {"--resolv-conf", "files"},
      {"--host-facts", "files"},
      {"--root", "dirs"},
      {"--storage", "dirs"},
      {"--manifests", "dirs"},
      {"--container", "containers"},
      {"debug|--container", "none"},  // the name of the debug container to make
      {"--target", "containers"},
      {"--image", "images"},
      {"--namespace", "namespaces"},
      {"wait|--for", "words:condition=Ready,condition=complete,condition=failed,condition=available,delete,create,jsonpath="},
      {"get|--for", "typename"},
      {"get|--output", "words:wide,json,yaml,name,jsonpath=,jsonpath-file=,custom-columns=,custom-columns-file="},
  };
  if (!f.choices.empty()) {
    std::string words = "words:";
    for (std::size_t i = 0; i < f.choices.size(); ++i) words += (i ? "," : "") + f.choices[i];
    return words;
  }
  const std::string& name = f.names.back();
  if (auto it = kKinds.find(path + "|" + name); it != kKinds.end()) return it->second == "none" ? "" : it->second;
  if (auto it = kKinds.find(name); it != kKinds.end()) return it->second;
  return "";
}

std::string arg_kind(const std::string& path, const Positional& p) {
  static const std::map<std::string, std::string> kKinds = {
      {"validate|paths", "files"},     {"get|args", "resource"},    {"delete|args", "resource"},  {"describe|args", "resource"},
      {"top|args", "resource"},        {"exec|pod", "pod"},         {"debug|pod", "pod"},         {"logs|pod", "pod"},
      {"matrix|pods", "pod"},          {"port-forward|pod", "pod"}, {"image rm|image", "images"}, {"image inspect|image", "images"},
      {"image import|input", "files"}, {"scale|args", "typename"},  {"rollout|args", "typename"}, {"wait|args", "typename"},
  };
  std::string kind = "none";
  if (!p.choices.empty()) {
    kind = "words:";
    for (std::size_t i = 0; i < p.choices.size(); ++i) kind += (i ? "," : "") + p.choices[i];
  } else if (auto it = kKinds.find(path + "|" + p.name); it != kKinds.end()) {
    kind = it->second;
  } else if (path == "completion") {
    kind = "words:bash,zsh,fish";
  }
  return kind + (p.repeats ? "+" : "");
}

// The resource types a verb takes, as its run_* functions accept them (cmd_pods.cc run_get and
// run_delete, cmd_inspect.cc, cmd_workloads.cc): plurals and kubectl's short names.
const std::map<std::string, std::string>& resource_types() {
  static const std::map<std::string, std::string> kTypes = {
      {"get",
       "pods pod po configmaps cm secrets services svc endpoints ep endpointslices deployments deploy statefulsets sts daemonsets ds "
       "jobs cronjobs cj networkpolicies netpol events"},
      {"delete",
       "pods pod po configmaps cm secrets services svc deployments deploy statefulsets sts daemonsets ds jobs cronjobs cj "
       "networkpolicies netpol namespaces ns"},
      {"describe",
       "pods pod po configmaps cm secrets services svc deployments deploy statefulsets sts daemonsets ds jobs cronjobs cj "
       "networkpolicies netpol"},
      {"top", "pod pods po"},
      {"scale", "deployment statefulset job"},
      {"rollout", "deployment daemonset statefulset"},
      {"wait", "pod deployment job"},
  };
  return kTypes;
}

// Every flag a verb's command line takes: its own, -h/--help, and podrun's (global flags are
// taken after the verb as well: fallthrough).
std::vector<Flag> line_flags(const Verb& v, const Verb& root) {
  std::vector<Flag> all = v.flags;
  all.push_back({{"-h", "--help"}, false, "Print this help message and exit", "", "", {}});
  if (&v != &root) all.insert(all.end(), root.flags.begin(), root.flags.end());
  return all;
}

std::string joined(const std::vector<std::string>& words, const std::string& sep = " ") {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) out += (i ? sep : "") + words[i];
  return out;
}

std::string sh_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Shell scripts ------------------------------------------------------------------------------

// The tables of bash's and zsh's scripts (the same shell code runs in both).
std::string sh_tables(const std::vector<Verb>& verbs) {
  const Verb& root = verbs.front();
  std::string spec =
      "# _podrun_spec VERB: of the verb VERB ('' is podrun itself, 'image pull' a nested verb), its verbs\n"
      "# (subs), its flags, those of them that take a value (valued) and what its positional\n"
      "# arguments are (args: a kind each, the last one repeating when it ends in +).\n"
      "_podrun_spec() {\n  case $1 in\n";
  std::string values =
      "# _podrun_value VERB FLAG: what the value of FLAG is (kind; empty: anything).\n"
      "_podrun_value() {\n  case \"$1|$2\" in\n";
  std::string global_values;
  for (const Verb& v : verbs) {
    std::vector<std::string> flags, valued, args;
    for (const Flag& f : line_flags(v, root))
      for (const auto& n : f.names) {
        flags.push_back(n);
        if (f.takes_value) valued.push_back(n);
      }
    for (const Positional& p : v.positionals) args.push_back(sh_quote(arg_kind(v.path, p)));
    spec += "    " + sh_quote(v.path) + ")\n      subs=" + sh_quote(joined(v.subcommands)) + "\n      flags=" + sh_quote(joined(flags)) +
            "\n      valued=" + sh_quote(" " + joined(valued) + " ") + "\n      args=(" + joined(args) + ")\n      ;;\n";
    for (const Flag& f : v.flags) {
      std::string kind = value_kind(v.path, f);
      if (!f.takes_value || kind.empty()) continue;
      std::vector<std::string> patterns;
      for (const auto& n : f.names) patterns.push_back(v.path.empty() ? "*" + sh_quote("|" + n) : sh_quote(v.path + "|" + n));
      (v.path.empty() ? global_values : values) += "    " + joined(patterns, " | ") + ") kind=" + sh_quote(kind) + " ;;\n";
    }
  }
  spec += "    *)\n      subs='' flags='' valued=' '\n      args=()\n      ;;\n  esac\n}\n";
  values += global_values + "    *) kind='' ;;\n  esac\n}\n";
  std::string types =
      "# _podrun_types VERB: the resource types VERB takes (get pods, scale deployment/NAME, ...).\n"
      "_podrun_types() {\n  case $1 in\n";
  for (const auto& [verb, list] : resource_types()) types += "    " + verb + ") types=" + sh_quote(list) + " ;;\n";
  types += "    *) types='' ;;\n  esac\n}\n";
  return spec + values + types;
}

// The logic both shells run on the tables: the command line read as podrun's parser reads it.
// Written for bash, and for zsh with ksharrays and shwordsplit set. Live names come from
// `podrun __complete`, given the line's --root, --storage and -n.
const char* const kShLogic = R"SH(
# _podrun_parse: reads ws, the words up to the cursor (the last is being completed), and sets
# verb, pos (its arguments so far), pass (--root/--storage for the live names), ns (-n) and
# want: flag, value (of $flag, after $prefix when typed as --flag=) or arg.
_podrun_parse() {
  local i=1 n=$((${#ws[@]} - 1)) w name value dashdash=0
  cur=${ws[n]} verb='' pos=() pass=() ns='' want=arg flag='' prefix=''
  _podrun_spec ''
  while ((i < n)); do
    w=${ws[i]}
    if ((dashdash)) || [[ $w != -?* ]]; then
      if ((!dashdash && ${#pos[@]} == 0)) && [[ -n $subs && " $subs " == *" $w "* ]]; then
        verb=${verb:+$verb }$w
        _podrun_spec "$verb"
      else
        pos+=("$w")
      fi
    elif [[ $w == -- ]]; then
      dashdash=1
    else
      name=${w%%=*} value=''
      if [[ $w == *=* ]]; then
        value=${w#*=}
      elif [[ $w != --* && ${#w} -gt 2 ]]; then
        if [[ $valued == *" ${w:0:2} "* ]]; then name=${w:0:2} value=${w:2}; fi
      elif [[ $valued == *" $w "* ]]; then
        if ((i + 1 == n)); then
          want=value flag=$w
          return
        fi
        i=$((i + 1))
        value=${ws[i]}
      fi
      case $name in
        --root | --storage) pass+=("$name" "$value") ;;
        -n | --namespace) ns=$value ;;
      esac
    fi
    i=$((i + 1))
  done
  if ((!dashdash)) && [[ $cur == -* ]]; then
    if [[ $cur == -*=* ]]; then
      want=value flag=${cur%%=*} prefix=${cur%%=*}= cur=${cur#*=}
    else
      want=flag
    fi
  fi
}

# _podrun_slot: the kind of the next positional argument (slot).
_podrun_slot() {
  local k=${#pos[@]} last=$((${#args[@]} - 1))
  slot=''
  if ((k <= last)); then
    slot=${args[k]}
  elif ((last >= 0)) && [[ ${args[last]} == *+ ]]; then
    slot=${args[last]}
  fi
  slot=${slot%+}
}

_podrun_live() {
  if [[ -n $ns ]]; then set -- -n "$ns" "$@"; fi
  "${ws[0]}" "${pass[@]}" __complete "$@" 2>/dev/null
}

# _podrun_candidates KIND: sets cands (whole words, to match the word being completed), or
# files (f or d: the shell's file or directory names for $cur).
_podrun_candidates() {
  local names='' pre=$prefix t n
  cands='' files=''
  case $1 in
    words:*) names=${1#words:} names=${names//,/ } ;;
    files) files=f ;;
    dirs) files=d ;;
    pod)
      if [[ $cur == */* ]]; then pre=$prefix${cur%%/*}/; fi
      names=$(_podrun_live names pods)
      ;;
    containers) if ((${#pos[@]})); then names=$(_podrun_live containers "${pos[0]#*/}"); fi ;;
    images) names=$(_podrun_live images) ;;
    namespaces) names=$(_podrun_live namespaces) ;;
    resource)
      if [[ $cur == */* ]]; then
        t=${cur%%/*} pre=$prefix${cur%%/*}/
        names=$(_podrun_live names "$t")
      elif ((${#pos[@]} == 0)); then
        _podrun_types "$verb"
        names=$types
      else
        t=${pos[0]}
        if [[ $t == */* ]]; then t=${t%%/*} pre=$prefix${t%%/*}/; fi
        names=$(_podrun_live names "$t")
      fi
      ;;
    typename)
      if [[ $cur == */* ]]; then
        t=${cur%%/*} pre=$prefix${cur%%/*}/
        names=$(_podrun_live names "$t")
      else
        _podrun_types "$verb"
        [[ $verb == get ]] && types=pod
        for n in $types; do names="$names $n/"; done
      fi
      ;;
  esac
  for n in $names; do cands="$cands $pre$n"; done
}

# _podrun_want: what to offer, as _podrun_candidates sets it.
_podrun_want() {
  _podrun_parse
  case $want in
    flag)
      cands=$flags files=''
      ;;
    value)
      _podrun_value "$verb" "$flag"
      _podrun_candidates "$kind"
      ;;
    arg)
      if ((${#pos[@]} == 0)) && [[ -n $subs ]]; then
        cands=$subs files=''
      else
        _podrun_slot
        _podrun_candidates "$slot"
      fi
      ;;
  esac
}
)SH";

std::string bash_script(const std::vector<Verb>& verbs) {
  return std::string(
             "# bash completion for podrun, written by `podrun completion bash` from podrun's command table.\n"
             "# Use it now: source <(podrun completion bash). For good: make install puts it in\n"
             "# PREFIX/share/bash-completion/completions/podrun. Needs only bash's own compgen and complete.\n\n") +
         sh_tables(verbs) + kShLogic + R"SH(
_podrun() {
  local -a ws pos pass args got
  local line=${COMP_LINE:0:COMP_POINT} whole cur verb ns want flag prefix subs flags valued kind types cands files slot
  read -ra ws <<<"$line"
  if ((${#ws[@]} == 0)) || [[ $line == *[[:space:]] ]]; then ws+=(''); fi
  whole=${ws[${#ws[@]} - 1]}
  _podrun_want
  if [[ -n $files ]]; then
    mapfile -t got < <(compgen -"$files" -- "$cur")
    got=("${got[@]/#/$prefix}")
    compopt -o filenames 2>/dev/null
  else
    mapfile -t got < <(compgen -W "$cands" -- "$whole")
  fi
  # TYPE/ and jsonpath= are only the start of a word: no space after them.
  if ((${#got[@]} == 1)) && [[ ${got[0]} == *[/=] ]]; then compopt -o nospace 2>/dev/null; fi
  # Readline replaces only what follows the last : or = of the word (COMP_WORDBREAKS): image
  # names (busybox:latest) and --flag=value are offered from there.
  local breaks=${COMP_WORDBREAKS//[!:=]/}
  if [[ -n $breaks && $whole == *["$breaks"]* ]]; then
    local lead=${whole%"${whole##*["$breaks"]}"}
    got=("${got[@]#"$lead"}")
  fi
  COMPREPLY=("${got[@]}")
}
complete -F _podrun podrun
)SH";
}

std::string zsh_script(const std::vector<Verb>& verbs) {
  return std::string(
             "#compdef podrun\n"
             "# zsh completion for podrun, written by `podrun completion zsh` from podrun's command table.\n"
             "# Use it now: source <(podrun completion zsh) (after compinit). For good: make install puts it in\n"
             "# PREFIX/share/zsh/vendor-completions/_podrun (a directory of $fpath).\n\n") +
         sh_tables(verbs) + kShLogic + R"SH(
# The shared code above is bash's: arrays from 0, unquoted words split.
_podrun_run() {
  setopt localoptions ksharrays shwordsplit
  whole=${ws[${#ws[@]} - 1]}
  _podrun_want
}

_podrun() {
  local -a ws pos pass args
  local whole cur verb ns want flag prefix subs flags valued kind types cands files slot
  ws=("${(@)words[1,CURRENT]}")
  _podrun_run
  if [[ -n $files ]]; then
    [[ -n $prefix ]] && compset -P '*='
    if [[ $files == d ]]; then _files -/; else _files; fi
  else
    # TYPE/ and jsonpath= are only the start of a word: no space after them.
    compadd -S '' -- ${(M)${=cands}:#*[/=]}
    compadd -- ${${=cands}:#*[/=]}
  fi
}

if [[ ${funcstack[1]-} == _podrun ]]; then
  _podrun "$@"
else
  compdef _podrun podrun
fi
)SH";
}

std::string fish_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_script(const std::vector<Verb>& verbs) {
  const Verb& root = verbs.front();
  std::string subs = "# __podrun_subs VERB: its verbs, each with its description.\nfunction __podrun_subs -a verb\n    switch \"$verb\"\n";
  std::string flags =
      "# __podrun_flags VERB: its flags, each with its description.\nfunction __podrun_flags -a verb\n    switch \"$verb\"\n";
  std::string valued =
      "# __podrun_valued VERB: those of its flags that take a value.\nfunction __podrun_valued -a verb\n    switch \"$verb\"\n";
  std::string args =
      "# __podrun_args VERB: what its positional arguments are (a kind each; the last repeats when it\n"
      "# ends in +).\nfunction __podrun_args -a verb\n    switch \"$verb\"\n";
  std::string values =
      "# __podrun_value VERB FLAG: what the value of FLAG is.\nfunction __podrun_value -a verb flag\n    switch \"$verb|$flag\"\n";
  std::string global_values;
  for (const Verb& v : verbs) {
    std::string c = "        case " + fish_quote(v.path) + "\n";
    if (!v.subcommands.empty()) {
      subs += c + "            printf '%s\\t%s\\n'";
      for (const std::string& name : v.subcommands)
        for (const CLI::App* sub : v.app->get_subcommands([&name](const CLI::App* a) { return a->get_name() == name; }))
          subs += " " + fish_quote(name) + " " + fish_quote(sub->get_description());
      subs += "\n";
    }
    std::string names, takes;
    for (const Flag& f : line_flags(v, root))
      for (const auto& n : f.names) {
        names += " " + fish_quote(n) + " " + fish_quote(f.help);
        if (f.takes_value) takes += " " + fish_quote(n);
      }
    flags += c + "            printf '%s\\t%s\\n'" + names + "\n";
    if (!takes.empty()) valued += c + "            printf '%s\\n'" + takes + "\n";
    if (!v.positionals.empty()) {
      args += c + "            printf '%s\\n'";
      for (const Positional& p : v.positionals) args += " " + fish_quote(arg_kind(v.path, p));
      args += "\n";
    }
    for (const Flag& f : v.flags) {
      std::string kind = value_kind(v.path, f);
      if (!f.takes_value || kind.empty()) continue;
      std::string patterns;
      for (const auto& n : f.names) patterns += " " + fish_quote((v.path.empty() ? "*|" : v.path + "|") + n);
      (v.path.empty() ? global_values : values) += "        case" + patterns + "\n            echo " + fish_quote(kind) + "\n";
    }
  }
  const std::string end = "    end\nend\n\n";
  std::string types = "# __podrun_types VERB: the resource types VERB takes.\nfunction __podrun_types -a verb\n    switch \"$verb\"\n";
  for (const auto& [verb, list] : resource_types()) types += "        case " + verb + "\n            printf '%s\\n' " + list + "\n";
  return "# fish completion for podrun, written by `podrun completion fish` from podrun's command table.\n"
         "# Use it now: podrun completion fish | source. For good: make install puts it in\n"
         "# PREFIX/share/fish/vendor_completions.d/podrun.fish.\n\n" +
         subs + end + flags + end + valued + end + args + end + values + global_values + end + types + end +
         R"FISH(# __podrun_complete: the candidates for the token under the cursor, from the command line
# read as podrun's parser reads it; live names from `podrun __complete` with the line's --root,
# --storage and -n.
function __podrun_complete
    set -l ws (commandline -opc)
    set -l cur (commandline -ct)
    set -l verb ''
    set -l pos
    set -l pass
    set -l ns
    set -l subs (__podrun_subs '' | string replace -r '\t.*' '')
    set -l valued (__podrun_valued '')
    set -l dashdash 0
    set -l want arg
    set -l flag
    set -l prefix ''
    set -l i 2
    while test $i -le (count $ws)
        set -l w $ws[$i]
        if test $dashdash -eq 1; or not string match -qr -- '^-.' "$w"
            if test $dashdash -eq 0 -a (count $pos) -eq 0; and contains -- "$w" $subs
                set verb (string trim -- "$verb $w")
                set subs (__podrun_subs $verb | string replace -r '\t.*' '')
                set valued (__podrun_valued $verb)
            else
                set -a pos "$w"
            end
        else if test "$w" = --
            set dashdash 1
        else
            set -l name (string replace -r '=.*' '' -- "$w")
            set -l value ''
            if string match -q -- '*=*' "$w"
                set value (string replace -r '^[^=]*=' '' -- "$w")
            else if not string match -q -- '--*' "$w"; and test (string length -- "$w") -gt 2
                if contains -- (string sub -l 2 -- "$w") $valued
                    set name (string sub -l 2 -- "$w")
                    set value (string sub -s 3 -- "$w")
                end
            else if contains -- "$w" $valued
                if test $i -eq (count $ws)
                    set want value
                    set flag "$w"
                    break
                end
                set i (math $i + 1)
                set value $ws[$i]
            end
            switch "$name"
                case --root --storage
                    set -a pass "$name" "$value"
                case -n --namespace
                    set ns "$value"
            end
        end
        set i (math $i + 1)
    end
    if test $want = arg -a $dashdash -eq 0; and string match -q -- '-*' "$cur"
        if string match -q -- '*=*' "$cur"
            set want value
            set flag (string replace -r '=.*' '' -- "$cur")
            set prefix "$flag="
            set cur (string replace -r '^[^=]*=' '' -- "$cur")
        else
            set want flag
        end
    end
    set -l kind ''
    switch $want
        case flag
            __podrun_flags $verb
            return
        case value
            set kind (__podrun_value $verb "$flag")
        case arg
            if test (count $pos) -eq 0 -a (count $subs) -gt 0
                __podrun_subs $verb
                return
            end
            set -l slots (__podrun_args $verb)
            set -l k (math (count $pos) + 1)
            if test $k -le (count $slots)
                set kind $slots[$k]
            else if test (count $slots) -gt 0; and string match -q -- '*+' $slots[-1]
                set kind $slots[-1]
            end
            set kind (string replace -r '\+$' '' -- "$kind")
    end
    set -l live $ws[1] $pass __complete
    if test -n "$ns"
        set -a live -n "$ns"
    end
    set -l names
    set -l pre "$prefix"
    switch "$kind"
        case 'words:*'
            set names (string replace 'words:' '' -- "$kind" | string split ,)
        case files
            for p in (__fish_complete_path "$cur")
                echo "$prefix$p"
            end
            return
        case dirs
            for p in (__fish_complete_directories "$cur")
                echo "$prefix$p"
            end
            return
        case pod
            if string match -q -- '*/*' "$cur"
                set pre "$prefix"(string replace -r '/.*' '' -- "$cur")/
            end
            set names (command $live names pods 2>/dev/null)
        case containers
            if test (count $pos) -gt 0
                set names (command $live containers (string replace -r '^.*/' '' -- "$pos[1]") 2>/dev/null)
            end
        case images
            set names (command $live images 2>/dev/null)
        case namespaces
            set names (command $live namespaces 2>/dev/null)
        case resource typename
            if string match -q -- '*/*' "$cur"
                set -l t (string replace -r '/.*' '' -- "$cur")
                set pre "$prefix$t/"
                set names (command $live names $t 2>/dev/null)
            else if test "$kind" = typename
                set -l types (__podrun_types $verb)
                test "$verb" = get; and set types pod
                for t in $types
                    echo "$prefix$t/"
                end
                return
            else if test (count $pos) -eq 0
                set names (__podrun_types $verb)
            else
                set -l t $pos[1]
                if string match -q -- '*/*' "$t"
                    set t (string replace -r '/.*' '' -- "$t")
                    set pre "$prefix$t/"
                end
                set names (command $live names $t 2>/dev/null)
            end
    end
    for n in $names
        echo "$pre$n"
    end
end

complete -c podrun -f -a '(__podrun_complete)'
)FISH";
}

// Man pages ----------------------------------------------------------------------------------

// Text for roff: a backslash is \e, a hyphen-minus \- (so that it stays one: options are
// copied from pages), and a line starting with . or ' is not a request.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// What a verb does; podrun's own description without its "podrun: ".
std::string description(const Verb& v) {
  std::string d = v.app->get_description();
  return v.path.empty() && d.rfind("podrun: ", 0) == 0 ? d.substr(8) : d;
}

std::string page_name(const Verb& v) {
  std::string name = "podrun";
  for (char c : v.path.empty() ? "" : " " + v.path) name += c == ' ' ? '-' : c;
  return name;
}

std::string value_label(const Flag& f) { return f.choices.empty() ? f.type : joined(f.choices, "|"); }

std::string flag_help(const Flag& f) {
  std::string help = f.help;
  if (!f.default_value.empty()) help += " (default: " + f.default_value + ")";
  return help;
}

std::string usage(const Verb& v) {
  std::string line = "podrun " + v.path + " [flags]";
  if (!v.subcommands.empty()) line += " VERB";
  for (const Positional& p : v.positionals) {
    std::string arg = p.name + (p.repeats ? "..." : "");
    line += " " + (p.required ? arg : "[" + arg + "]");
  }
  return line;
}

const char* const kExitStatus[][2] = {
    {"0", "Success."},
    {"1", "Invalid input or a failed operation (a manifest that does not validate, a pod that did not start)."},
    {"2", "Usage error: an unknown verb or flag, a bad flag value, a missing file."},
};

std::string roff_flags(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) {
    out += ".TP\n";
    for (std::size_t i = 0; i < f.names.size(); ++i) out += (i ? ", " : "") + ("\\fB" + roff(f.names[i]) + "\\fR");
    if (f.takes_value) out += " \\fI" + roff(value_label(f)) + "\\fR";
    out += "\n" + roff(flag_help(f)) + "\n";
  }
  return out;
}

std::string man_page(const Verb& v, const Verb& root, const std::vector<Verb>& verbs) {
  const std::string summary = description(v);
  std::string name = page_name(v), title;
  for (char c : name) title += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  std::string out = ".\\\" Written by `podrun __gen man` from podrun's command table: edit the source, not this page.\n";
  out += ".TH " + roff(title) + " 1 \"\" \"podrun " PODRUN_VERSION "\" \"podrun manual\"\n";
  // No hyphenation: a flag split at a line's end (--image\-pull\-pol- icy) reads as another.
  out += ".nh\n.SH NAME\n" + roff(name) + " \\- " + roff(summary) + "\n";
  out += ".SH SYNOPSIS\n.B " + roff(v.path.empty() ? "podrun" : "podrun " + v.path) + "\n";
  if (v.path.empty()) out += "[\\fIglobal flags\\fR] \\fIVERB\\fR [\\fIflags\\fR] [\\fIarguments\\fR]\n";
  else out += roff(usage(v).substr(std::string("podrun " + v.path + " ").size())) + "\n";
  out += ".SH DESCRIPTION\n" + roff(summary) + ".\n";
  if (v.path.empty()) out += ".PP\nEach verb has a page of its own, and prints the same with\n.BR \\-\\-help .\n";
  if (!v.subcommands.empty()) {
    out += ".SH COMMANDS\n";
    for (const Verb& sub : verbs)
      if (sub.app->get_parent() == v.app) out += ".TP\n.BR " + roff(page_name(sub)) + " (1)\n" + roff(sub.app->get_description()) + "\n";
  }
  if (!v.positionals.empty()) {
    out += ".SH ARGUMENTS\n";
    for (const Positional& p : v.positionals)
      out += ".TP\n\\fI" + roff(p.name) + "\\fR" + (p.repeats ? "..." : "") + "\n" + roff(p.help.empty() ? "" : p.help) + "\n";
  }
  if (!v.path.empty() && !v.flags.empty()) out += ".SH FLAGS\n" + roff_flags(v.flags);
  out += ".SH GLOBAL FLAGS\n";
  if (!v.path.empty()) out += "Taken before or after the verb.\n";
  out += roff_flags(root.flags);
  if (!v.examples.empty()) {
    out += ".SH EXAMPLES\n.nf\n";
    std::stringstream lines(v.examples);
    for (std::string line; std::getline(lines, line);) out += roff(line.rfind("  ", 0) == 0 ? line.substr(2) : line) + "\n";
    out += ".fi\n";
  }
  out += ".SH EXIT STATUS\n";
  for (const auto& [code, what] : kExitStatus) out += ".TP\n.B " + std::string(code) + "\n" + roff(what) + "\n";
  out += ".SH SEE ALSO\n";
  std::vector<std::string> see;
  if (!v.path.empty()) {
    const CLI::App* parent = v.app->get_parent();
    for (const Verb& other : verbs)
      if (other.app == parent && !other.path.empty()) see.push_back(page_name(other));
    see.insert(see.begin(), "podrun");
  }
  for (const Verb& other : verbs)
    if (other.app->get_parent() == v.app) see.push_back(page_name(other));
  for (std::size_t i = 0; i < see.size(); ++i) out += ".BR " + roff(see[i]) + " (1)" + (i + 1 < see.size() ? "," : "") + "\n";
  return out;
}

void write_man_pages(const std::vector<Verb>& verbs, const std::string& dir) {
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) throw std::runtime_error("__gen man: cannot make " + dir);
  for (const Verb& v : verbs) {
    std::string path = dir + "/" + page_name(v) + ".1";
    std::ofstream out(path);
    out << man_page(v, verbs.front(), verbs);
    out.close();
    if (!out) throw std::runtime_error("__gen man: cannot write " + path);
  }
}

// Markdown -----------------------------------------------------------------------------------

std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '<' || c == '>' || c == '[' || c == ']' || c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string md_flags(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) {
    std::string names = joined(f.names, ", ");
    if (f.takes_value) names += " " + value_label(f);
    out += "- `" + names + "`: " + md(flag_help(f)) + "\n";
  }
  return out;
}

std::string markdown(const std::vector<Verb>& verbs) {
  const Verb& root = verbs.front();
  std::string out =
      "# podrun command reference\n\n"
      "<!-- Written by `podrun __gen markdown > docs/cli.md` from podrun's command table (the one\n"
      "     --help prints); ctest cli.completion fails when this file is not what it writes. -->\n\n" +
      md(root.app->get_description()) +
      ".\n\n"
      "    podrun [global flags] VERB [flags] [arguments]\n\n"
      "Each verb's `--help` prints the same. Shell completion: `podrun completion bash|zsh|fish`; man\n"
      "pages: `man podrun`, `man podrun-VERB` after `make install`.\n\n"
      "## Global flags\n\nTaken before or after the verb.\n\n" +
      md_flags(root.flags) + "\n## Exit status\n\n";
  for (const auto& [code, what] : kExitStatus) out += "- " + std::string(code) + ": " + md(what) + "\n";
  out += "\n## Verbs\n\n";
  for (const Verb& v : verbs)
    if (!v.path.empty()) {
      std::string anchor = "podrun-";
      for (char c : v.path) anchor += c == ' ' ? '-' : c;
      out += "- [`podrun " + v.path + "`](#" + anchor + "): " + md(v.app->get_description()) + "\n";
    }
  for (const Verb& v : verbs) {
    if (v.path.empty()) continue;
    out += "\n## podrun " + v.path + "\n\n" + md(v.app->get_description()) + ".\n\n    " + usage(v) + "\n";
    if (!v.subcommands.empty()) {
      out += "\nVerbs:\n\n";
      for (const auto& s : v.subcommands) out += "- `podrun " + v.path + " " + s + "`\n";
    }
    if (!v.positionals.empty()) {
      out += "\nArguments:\n\n";
      for (const Positional& p : v.positionals) out += "- `" + p.name + (p.repeats ? "..." : "") + "`: " + md(p.help) + "\n";
    }
    if (!v.flags.empty()) out += "\nFlags:\n\n" + md_flags(v.flags);
    if (!v.examples.empty()) {
      out += "\nExamples:\n\n";
      std::stringstream lines(v.examples);
      for (std::string line; std::getline(lines, line);) out += "  " + line + "\n";
    }
  }
  return out;
}

// Live names ---------------------------------------------------------------------------------

bool is_pod_type(const std::string& t) { return t == "pod" || t == "pods" || t == "po"; }

// The names of TYPE's objects in `ns`, as get and delete name them.
std::vector<std::string> names_of(const pods::Context& ctx, const std::string& ns, const std::string& type) {
  std::vector<std::string> out;
  if (is_pod_type(type)) {
    for (const auto& p : pods::list_pods(ctx, ns)) out.push_back(p.state.name);
  } else if (auto object = pods::parse_object_kind(type)) {
    for (const auto& o : pods::list_objects(ctx, *object, ns)) out.push_back(o.name);
  } else if (auto workload = pods::parse_workload_kind(type)) {
    for (const auto& w : pods::list_workloads(ctx, *workload, ns)) out.push_back(w.name);
  } else if (type == "service" || type == "services" || type == "svc" || type == "endpoints" || type == "endpoint" || type == "ep" ||
             type == "endpointslices" || type == "endpointslice") {
    for (const auto& s : pods::list_services(ctx, ns)) out.push_back(s.name);
  } else if (type == "networkpolicy" || type == "networkpolicies" || type == "netpol") {
    for (const auto& n : pods::list_network_policies(ctx, ns)) out.push_back(n.name);
  } else if (type == "namespace" || type == "namespaces" || type == "ns") {
    out.push_back("default");
    for (const auto& [name, labels] : state::StateStore(ctx.state_root).namespaces()) out.push_back(name);
    for (const auto& p : pods::list_pods(ctx, "")) out.push_back(p.state.ns);
  }
  return out;
}

std::vector<std::string> live_names(const GlobalOptions& g, const std::string& ns, const std::vector<std::string>& what) {
  pods::Context ctx = context(g);
  std::vector<std::string> out;
  const std::string& kind = what[0];
  if (kind == "pods") {
    out = names_of(ctx, ns, "pods");
  } else if (kind == "namespaces") {
    out = names_of(ctx, ns, "namespaces");
  } else if (kind == "names" && what.size() == 2) {
    out = names_of(ctx, ns, what[1]);
  } else if (kind == "containers" && what.size() == 2) {
    if (auto pod = pods::find_pod(ctx, ns, what[1])) {
      for (const auto& c : pod->state.containers) out.push_back(c.name);
      for (const auto& c : pod->state.ephemeral_containers) out.push_back(c.name);
    }
  } else if (kind == "images") {
    for (const auto& image : image::Store(ctx.storage_root).list())
      for (const auto& name : image.names) {
        auto ref = image::parse_reference(name);
        out.push_back(ref ? ref->familiar() : name);
      }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

void add_completion_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("completion", "Print a shell completion script: bash, zsh or fish (verbs, flags, pod, container and image names)");
  cmd->add_option("shell", *shell, "bash, zsh or fish")->required();
  cmd->callback([&app, shell, &action] {
    if (std::find(kShells.begin(), kShells.end(), *shell) == kShells.end())
      throw UsageError("completion: unknown shell \"" + *shell + "\" (bash, zsh or fish)");
    action = [&app, shell] {
      std::vector<Verb> verbs = command_table(app);
      std::cout << (*shell == "bash" ? bash_script(verbs) : *shell == "zsh" ? zsh_script(verbs) : fish_script(verbs));
      return kExitOk;
    };
  });

  // The scripts' live names. Completion must never print an error into the user's line: any
  // failure (no state directory, no store, a pod gone meanwhile) is no names, exit 0.
  auto complete = std::make_shared<std::pair<std::string, std::vector<std::string>>>("default", std::vector<std::string>{});
  CLI::App* live = app.add_subcommand("__complete", "");
  live->group("");
  live->add_option("-n,--namespace", complete->first);
  live->add_option("what", complete->second);
  live->callback([&g, complete, &action] {
    action = [&g, complete] {
      if (complete->second.empty()) return kExitOk;
      try {
        for (const auto& name : live_names(g, complete->first, complete->second)) std::cout << name << "\n";
      } catch (...) {  // whatever it is, the user's TAB gets nothing rather than an error
      }
      return kExitOk;
    };
  });

  auto gen = std::make_shared<std::vector<std::string>>();
  CLI::App* generate = app.add_subcommand("__gen", "");
  generate->group("");
  generate->add_option("what", *gen, "man DIR | markdown")->required();
  generate->callback([&app, gen, &action] {
    const auto& w = *gen;
    if (!(w.size() == 2 && w[0] == "man") && !(w.size() == 1 && w[0] == "markdown")) throw UsageError("__gen: man DIR | markdown");
    action = [&app, gen] {
      std::vector<Verb> verbs = command_table(app);
      if ((*gen)[0] == "man") write_man_pages(verbs, (*gen)[1]);
      else std::cout << markdown(verbs);
      return kExitOk;
    };
  });
}

}  // namespace podrun::cli
