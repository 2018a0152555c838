#!/usr/bin/env bash
# The command line as a kubectl or podman user types it: a mistyped or foreign verb gets one
# line naming it, with what podrun has instead (exit 2, as every usage error); `--version`
# is the version command; a flag that would be ignored is refused; every verb's help ends with
# examples.
# usage: verbs_cli_test.sh PODRUN
set -uo pipefail
podrun=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # check NAME EXPECTED_EXIT REGEX_OF_OUTPUT COMMAND...
  local name=$1 want=$2 re=$3
  shift 3
  "$@" >"$tmp/out" 2>&1 </dev/null
  local got=$?
  if [ "$got" = "$want" ] && grep -Eq -- "$re" "$tmp/out" && [ "$(wc -l <"$tmp/out")" -le "${lines:-1}" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $name: exit $got (want $want), output:"; sed 's/^/  /' "$tmp/out" | head -5
  fi
}
check "a mistyped verb" 2 '^podrun: unknown command "logss" for "podrun"; did you mean "logs"\? \(podrun --help lists the commands\)$' "$podrun" logss
check "a prefix" 2 'did you mean "describe"' "$podrun" desc
check "after global options" 2 'unknown command "gett" .*"get"' "$podrun" --root "$tmp/root" gett
check "podman's ps" 2 'unknown command "ps" for "podrun"; did you mean "get pods"\?' "$podrun" ps
check "hidden verbs are never suggested" 2 '^podrun: unknown command "gen" for "podrun"; did you mean "get" or "gc"\? ' "$podrun" gen
check "an unknown flag is named before a missing argument" 2 "^podrun: unknown flag: --bogus \(see 'podrun get --help'\)$" "$podrun" get --bogus
check "… of a nested verb, after global flags" 2 "^podrun: unknown flag: --nope \(see 'podrun image pull --help'\)$" "$podrun" --root "$tmp/root" image pull --nope x
check "… exec: where a command's flags go" 2 "^podrun: unknown flag: -l \(see 'podrun exec --help'; a command's own flags go after --\)$" "$podrun" exec x ls -la
check "… a global flag after the verb is known" 0 "No resources found" "$podrun" get pods --root "$tmp/root" -v
check "… a flag's value that starts with a dash is no flag" 1 'pod "x" not found' "$podrun" --root "$tmp/root" logs x --tail -1
check "delete --now --force: kubectl's refusal" 2 "^podrun: delete: --now and --force cannot both be specified$" "$podrun" --root "$tmp/root" delete pod x --now --force
check "nothing close" 2 '^podrun: unknown command "frobnicate" for "podrun" \(podrun --help' "$podrun" frobnicate
check "--version" 0 '^podrun [0-9]+\.[0-9]+\.[0-9]+ ' "$podrun" --version
check "version" 0 '^podrun [0-9]+\.[0-9]+\.[0-9]+ ' "$podrun" version
lines=12 check "version -o json" 0 '"podrunVersion": "[0-9]+\.[0-9]+\.[0-9]+"' "$podrun" version -o json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["defaultKubernetesVersion"] in d["kubernetesVersions"]' "$tmp/out" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: version -o json is not the JSON expected"; }
lines=2 check "apply --timeout without --wait: a usage error, not ignored" 2 '^--timeout: only applies with --wait$' \
  "$podrun" --root "$tmp/root" apply --dry-run client --timeout 5s -f /dev/null
# fields: a table by default (kubectl's columns), Markdown only when asked (docs/compatibility.md).
lines=100000 check "fields: a table" 0 '^FIELD +SINCE +STATUS +NOTE$' "$podrun" fields
lines=100000 check "… a row per field" 0 '^spec\.containers\[\]\.ports\[\]\.hostPort +- +supported' "$podrun" fields
if grep -q '|' "$tmp/out"; then failed=$((failed + 1)); echo "FAIL: fields' table has Markdown in it"; else passed=$((passed + 1)); fi
lines=100000 check "fields -o markdown: docs/compatibility.md" 0 '^\| field \| since \| status \| note \|$' "$podrun" fields -o markdown
lines=2 check "fields -o json: a usage error" 2 'json not in' "$podrun" fields -o json
# Every verb's --help ends with examples, as kubectl's.
for verb in $("$podrun" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}'); do
  if "$podrun" "$verb" --help 2>&1 | sed -n '/^Examples:$/,$p' | grep -q "^  podrun $verb"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: podrun $verb --help has no Examples ending it"
  fi
done
# Run by an ordinary user (rootless): the user's own state and store, and apply says at once
# what it cannot do, naming fields, before anything is pulled or made; without subordinate IDs
# it says how to get them (docs/rootless.md; root.rootless runs pods as a user that has them).
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
  chmod 0711 "$tmp"
  u=$tmp/user
  mkdir -p "$u/home" "$u/run" && chown -R nobody "$u"
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: rl}\nspec:\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n' >"$u/pod.yaml"
  sed 's/command:/securityContext: {privileged: true}, ports: [{containerPort: 80, hostPort: 80}], command:/' "$u/pod.yaml" >"$u/privileged.yaml"
  chmod 0644 "$u"/*.yaml
  # A copy the user can run: the checkout may be a directory only root can enter (mode 0700);
  # podrun-dynamic beside it, which an ordinary user's apply runs in (common/linkage.h).
  cp "$podrun" "$u/podrun" && chmod 0755 "$u/podrun"
  [ ! -e "$(dirname "$podrun")/podrun-dynamic" ] || { cp "$(dirname "$podrun")/podrun-dynamic" "$u/" && chmod 0755 "$u/podrun-dynamic"; }
  as_user() {
    setpriv --reuid nobody --regid nogroup --clear-groups env -u PODRUN_ROOT -u PODRUN_STORAGE -u XDG_DATA_HOME HOME="$u/home" \
      XDG_RUNTIME_DIR="$u/run" HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 "$u/podrun" "$@"
  }
  lines=100 check "rootless: the user's own state root" 0 "--root TEXT=$u/run/podrun" as_user --help
  lines=100 check "… and image store" 0 "--storage TEXT=$u/home/.local/share/podrun" as_user --help
  check "rootless apply: the fields an ordinary user cannot have, named" 1 \
    "^podrun: pod/rl: not for an ordinary user \(uid [0-9]+\): spec.containers\[0\].securityContext.privileged: a privileged container .*; spec.containers\[0\].ports\[0\].hostPort: hostPort 80 is a privileged port of the host" \
    as_user apply -f "$u/privileged.yaml"
  check "rootless apply without subordinate IDs: said plainly, with the fix" 1 \
    "^podrun: start the user's rootless session: no subordinate IDs for nobody in /etc/subuid and /etc/subgid \(root adds them: usermod --add-subuids .* nobody; docs/rootless.md\)$" \
    as_user apply -f "$u/pod.yaml"
  [ -z "$(ls -A "$u/home")" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: rootless apply wrote to the store: $(ls -A "$u/home")"; }
  [ ! -e "$u/run/podrun-rootless" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a session that could not start left $(ls -A "$u/run/podrun-rootless")"; }
  lines=3 check "rootless get pods: the user's own (none)" 0 "No resources found" as_user get pods
fi
lines=3 check "no verb: still a usage error" 2 'subcommand is required' "$podrun"
# A command builds only its verb's group of subcommands (src/cli/main.cc, command_groups()):
# every verb that --help lists, and the hidden ones the supervisor and apply run, must be
# found that way (else it works, but builds the whole tree), and its flags are still checked.
# completion writes a script from the whole tree, so it builds all of it.
verbs=$("$podrun" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ && $1 != "completion" {print $1}')
[ "$(echo "$verbs" | wc -w)" -ge 25 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: --help lists only: $verbs"; }
for verb in $verbs controllers probe; do
  rm -f "$tmp/trace"
  PODRUN_TRACE=$tmp/trace check "$verb: its flags checked with its group alone" 2 "^podrun: unknown flag: --no-such-flag \(see 'podrun $verb --help'" \
    "$podrun" "$verb" --no-such-flag
  grep -q ' cli.tree.verb$' "$tmp/trace" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: $verb built the whole command tree"; }
done
rm -f "$tmp/trace"
PODRUN_TRACE=$tmp/trace lines=100 check "a verb's help: the whole tree" 0 "Global flags" "$podrun" get --help
grep -q ' cli.tree.all$' "$tmp/trace" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: help did not build the whole tree"; }
# A --help after "--" is the command's (exec runs `ls --help` in the container): the verb's
# group alone, as for any exec.
rm -f "$tmp/trace"
PODRUN_TRACE=$tmp/trace check "exec's command's own --help" 1 'nosuch' "$podrun" --root "$tmp/exec-root" exec nosuch -- ls --help
grep -q ' cli.tree.verb$' "$tmp/trace" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a --help after -- was taken for podrun's"; }
[ ! -e "$tmp/root" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: an unknown verb made the state root"; }
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
