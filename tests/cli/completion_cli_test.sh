#!/usr/bin/env bash
# Shell completion, man pages and docs/cli.md, all written from the command table: bash's
# completion driven for real (verbs, flags, fixed values, nested verbs, file names, and the live
# names of a running pod when root), the zsh and fish scripts parsed where those shells are,
# every man page clean under groff's warnings, `make install-files` putting them in place, and
# docs/cli.md equal to what the binary writes.
# usage: completion_cli_test.sh PODRUN SOURCE_DIR [BUSYBOX_OCI_LAYOUT]
set -uo pipefail
podrun=$1
src=$2
busybox=${3:-}
# The defaults the pages and docs/cli.md show are the built-in ones, not this environment's.
unset PODRUN_ROOT PODRUN_STORAGE PODRUN_CONFIG
tmp=$(mktemp -d /tmp/podrun-completion-test-XXXXXX)
root=$tmp/root
store=$tmp/store
pod=completion-$$
cleanup() {
  if [ -d "$root/pods" ]; then "$podrun" --root "$root" --storage "$store" delete pod "$pod" --grace-period 0 --ignore-not-found >/dev/null 2>&1; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

"$podrun" completion bash >"$tmp/podrun.bash" || bad "completion bash: exit $?"
# complete LINE: what bash's completion offers at the end of LINE (its first word is podrun, as
# this test's binary), one per line, sorted.
complete() {
  bash --norc -c '
    source "$1" || exit 1
    line=$2
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    _podrun podrun "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$tmp/podrun.bash" "$podrun $1" | sort
}
# offers NAME LINE WORD...: the completion at the end of LINE includes every WORD.
offers() {
  local name=$1 line=$2 got w
  shift 2
  got=$(complete "$line")
  for w in "$@"; do
    if ! grep -qxF -- "$w" <<<"$got"; then bad "$name: \"$w\" not offered for \"podrun $line\": $(echo $got)"; return; fi
  done
  ok
}
# offers_exactly NAME LINE WORD...: just these.
offers_exactly() {
  local name=$1 line=$2 got want
  shift 2
  got=$(complete "$line" | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  if [ "$got" = "$want" ]; then ok; else bad "$name: \"podrun $line\" offered [$got], want [$want]"; fi
}
# The verbs of `podrun [VERB] --help` (its Subcommands section).
verbs_of() { "$podrun" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}'; }

# (a) bash, from the table: verbs, flags, values, nested verbs, file names.
verbs=$(verbs_of)
offers_exactly "verbs: those of --help" "" $verbs
offers "a verb's prefix" "ge" get
offers "a verb's flags" "get -" --output -o --selector --no-headers
offers "global flags after the verb" "get -" --root --storage --log-level -v --config --cgroup-version
offers_exactly "-o's values (the flag's set)" "matrix -o " wide json svg
offers "get -o's forms" "get -o " wide json yaml name jsonpath=
offers_exactly "--output=, bash's word after the =" "matrix --output=sv" svg
offers_exactly "a global flag's values" "--log-level " trace debug info warn error off
offers_exactly "a nested verb" "image p" prune pull
offers_exactly "a verb's positional choices" "rollout " status history undo restart pause resume
offers "TYPE/NAME" "rollout status " deployment/
offers_exactly "completion's shells" "completion " bash zsh fish
offers "resource types" "get " pods po pod configmaps secrets services deployments jobs cronjobs events
offers "namespaces (no state: the default one)" "--root $tmp/none get pods -n " default
got=$(complete "")
if grep -qxE 'probe|controllers|__complete|__gen' <<<"$got" || complete "image " | grep -qx pull-for-pod; then
  bad "a hidden subcommand is offered: $(echo $got)"
else ok; fi
mkdir -p "$tmp/files/manifests"
touch "$tmp/files/pod.yaml" "$tmp/files/pods.json"
offers_exactly "file names after -f" "apply -f $tmp/files/po" "$tmp/files/pod.yaml" "$tmp/files/pods.json"
offers "directories after -f" "apply -f $tmp/files/" "$tmp/files/manifests" "$tmp/files/pod.yaml"
offers_exactly "file names after --filename=" "delete --filename=$tmp/files/pod." "$tmp/files/pod.yaml"
# Every type offered after get is one get takes (an empty state: "No resources found", exit 0).
for t in $(complete "get "); do
  "$podrun" --root "$tmp/empty" get "$t" >/dev/null 2>"$tmp/err" && ok || bad "get $t (offered): $(head -1 "$tmp/err")"
done
# Live names never fail loudly: no state directory is no output, exit 0, and none made.
for what in pods images namespaces "containers web" "names deployments"; do
  # shellcheck disable=SC2086
  out=$("$podrun" --root "$tmp/none" --storage "$tmp/none" __complete $what 2>&1)
  rc=$?
  if [ "$rc" = 0 ] && { [ -z "$out" ] || [ "$out" = default ]; }; then ok; else bad "__complete $what without state: exit $rc: $out"; fi
done
[ ! -e "$tmp/none" ] && ok || bad "__complete made the state directory"

# Live names: a running pod (as root; one busybox pod in this test's own state and store).
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: live pod, container and image names (not root)"
elif [ -z "$busybox" ] || [ ! -f "$busybox/index.json" ]; then
  echo "SKIP: live pod, container and image names (no busybox image at ${busybox:-?}: make image)"
else
  pr() { "$podrun" --root "$root" --storage "$store" "$@"; }
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n  hostNetwork: true\n  terminationGracePeriodSeconds: 0\n  containers:\n  - {name: app, image: busybox:latest, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' \
    "$pod" >"$tmp/pod.yaml"
  if ! out=$(pr image import "$busybox" 2>&1 && pr apply -f "$tmp/pod.yaml" 2>&1); then
    bad "the live pod did not start: $out"
  else
    at="--root $root --storage $store"
    offers "pod names: get pods" "$at get pods " "$pod"
    offers "pod names: get pod/" "$at get pod/" "pod/$pod"
    offers "pod names: logs" "$at logs " "$pod"
    offers "pod names: exec" "$at exec -it " "$pod"
    offers "pod names: describe pod" "$at describe pod " "$pod"
    offers "pod names: delete pod" "$at delete pod " "$pod"
    offers "pod names: top pod" "$at top pod " "$pod"
    offers "pod names: debug" "$at debug " "$pod"
    offers "pod names: -n default" "$at get pods -n default " "$pod"
    offers_exactly "pod names: another namespace has none" "$at get pods -n other " ""
    offers_exactly "container names: exec POD -c" "$at exec $pod -c " app
    offers_exactly "container names: logs pod/POD --container" "$at logs pod/$pod --container " app
    offers "image names: image rm" "$at image rm " busybox:latest
    offers "image names: image inspect" "$at image inspect busybox:" latest
    offers "image names: --image" "$at debug $pod --image " busybox:latest
    pr delete pod "$pod" --grace-period 0 >/dev/null 2>&1 && ok || bad "delete the live pod"
  fi
fi

# (b) zsh and fish: the scripts parse.
"$podrun" completion zsh >"$tmp/_podrun" && "$podrun" completion fish >"$tmp/podrun.fish" || bad "completion zsh|fish failed"
grep -q '^#compdef podrun' "$tmp/_podrun" && grep -q "^complete -c podrun" "$tmp/podrun.fish" && ok || bad "zsh or fish script without its registration"
for sh in zsh fish; do
  script=$tmp/_podrun
  [ "$sh" = fish ] && script=$tmp/podrun.fish
  if ! command -v "$sh" >/dev/null; then echo "SKIP: $sh -n (no $sh here)"; continue; fi
  "$sh" -n "$script" 2>"$tmp/err" && ok || bad "$sh -n: $(head -3 "$tmp/err")"
done

# (c) man pages: one for podrun and for each verb, nested ones too; groff has nothing to say.
pages=1
for v in $verbs; do pages=$((pages + 1 + $(verbs_of "$v" | wc -l))); done
"$podrun" __gen man "$tmp/man" || bad "__gen man: exit $?"
got=$(ls "$tmp/man" | wc -l)
[ "$got" = "$pages" ] && ok || bad "$got man pages, want $pages (podrun, its verbs, their verbs)"
[ -f "$tmp/man/podrun.1" ] && [ -f "$tmp/man/podrun-get.1" ] && [ -f "$tmp/man/podrun-image-pull.1" ] && ok || bad "podrun.1, podrun-get.1 or podrun-image-pull.1 missing"
for page in "$tmp"/man/*.1; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] && ok || bad "$(basename "$page"): $warnings"
done
text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -E UTF-8 -l "$tmp/man/podrun-get.1" 2>/dev/null | tr -s " ")
for want in "podrun-get - List pods" "-n, --namespace TEXT" "--log-level trace|debug|info|warn|error|off" "podrun get pods -o wide" "EXIT STATUS" "podrun(1)"; do
  grep -qF -- "$want" <<<"$text" && ok || bad "podrun-get(1) has no \"$want\""
done

# Every verb's --help ends with the global flags (after its Examples).
for v in $verbs "image pull"; do
  # shellcheck disable=SC2086
  help=$("$podrun" $v --help 2>&1)
  if sed -n '/^Global flags/,$p' <<<"$help" | grep -q -- '--cgroup-version' && ! sed -n '/^Global flags/,$p' <<<"$help" | grep -q '^Examples:'; then ok; else
    bad "podrun $v --help does not end with the global flags"
  fi
done

# (d) make install-files: the scripts and pages where the shells and man look.
dest=$tmp/dest
if make -s -C "$src" install-files DESTDIR="$dest" PREFIX=/usr/local BUILD="$(dirname "$podrun")" >"$tmp/out" 2>&1; then
  for f in bin/podrun share/bash-completion/completions/podrun share/zsh/vendor-completions/_podrun \
    share/fish/vendor_completions.d/podrun.fish share/man/man1/podrun.1 share/man/man1/podrun-apply.1 share/man/man1/podrun-image-pull.1; do
    [ -s "$dest/usr/local/$f" ] && ok || bad "make install-files: no $f"
  done
  cmp -s "$dest/usr/local/share/bash-completion/completions/podrun" "$tmp/podrun.bash" && ok || bad "the installed bash completion is not podrun completion bash"
  got=$(ls "$dest/usr/local/share/man/man1" | wc -l)
  [ "$got" = "$pages" ] && ok || bad "make install-files: $got man pages, want $pages"
else
  bad "make install-files: $(tail -3 "$tmp/out")"
fi

# (e) A shell podrun does not know: one line, exit 2.
out=$("$podrun" completion tcsh 2>&1)
rc=$?
[ "$rc" = 2 ] && [ "$out" = 'podrun: completion: unknown shell "tcsh" (bash, zsh or fish)' ] && ok || bad "completion tcsh: exit $rc: $out"

# (f) docs/cli.md is what the binary writes.
if "$podrun" __gen markdown | diff -u "$src/docs/cli.md" - >"$tmp/diff"; then ok; else
  bad "docs/cli.md is out of date (build/podrun __gen markdown > docs/cli.md): $(head -20 "$tmp/diff")"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
