#!/usr/bin/env bash
# Desired state, one shot: label selectors (get, delete), apply sets and --prune (a directory
# that loses a file loses its pod; nothing outside the set is touched), -l on apply, labels
# changed in place without a restart, and --dry-run changing nothing on the machine.
#
# usage: sets_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"

# pod NAME LABELS(flow map): a busybox pod that sleeps, in $work/site/NAME.yaml.
mkdir -p "$work/site"
pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s, labels: %s}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' \
    "$1" "$2" >"$work/site/$1.yaml"
}
pod web '{app: web, tier: front}'
pod api '{app: api, tier: back}'
pod db '{app: db, tier: back, gen: "3"}'
uid_of() { state_of "$1" "s['uid']"; }

# --- a dry run first: it says what it would do and changes nothing ---------------------------
expect_out "dry run: created (dry run)" "^pod/web created \(dry run\)" pr apply --dry-run=client --applyset site -f "$work/site"
[ -z "$(ls "$root/pods/default" 2>/dev/null)" ] && ok || bad "a dry run made pod directories: $(ls "$root/pods/default")"
leak_check "after a dry run"

# --- a set: every pod of the directory, labelled -----------------------------------------------
expect "apply the directory as the set 'site'" pr apply --applyset site -f "$work/site"
expect_out "members carry the set's label" "^web .*app=web,podrun.io/applyset=site,tier=front$" pr get pods --show-labels
expect_out "get -o json shows the label in metadata" '"podrun.io/applyset": "site"' pr get pod web -o json
web_uid=$(uid_of web)
# A pod applied outside the set, with the same labels otherwise: prune never touches it.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: outsider, labels: {app: web}}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' \
  >"$work/outsider.yaml"
expect "apply a pod outside the set" pr apply -f "$work/outsider.yaml"

# --- selectors: get and delete -----------------------------------------------------------------
expect_out "get -l app=web" "^web " pr get pods -l app=web
! matches "^api " "$out" && ok || bad "get -l app=web listed api: $out"
expect_out "get -l tier=back: api and db" "^api .*" pr get pods -l 'tier=back'
matches "^db " "$out" && ! matches "^web " "$out" && ok || bad "tier=back: $out"
expect_out "get -l 'tier in (front), app!=api'" "^web " pr get pods -l 'tier in (front), app!=api'
! matches "^outsider " "$out" && ok || bad "'tier in (front)' matched a pod without the tier label: $out"
expect_out "get -l gen>2: db" "^db " pr get pods -l 'gen>2'
expect_out "get -l '!tier': the outsider only" "^outsider " pr get pods -l '!tier'
! matches "^(web|api|db) " "$out" && ok || bad "!tier: $out"
expect_out "get -l with no match" "No resources found" pr get pods -l app=none
expect_fail "a bad selector is a usage error" pr get pods -l 'app in web'
matches "unable to parse requirement: expected '\(' after in" "$out" && ok || bad "bad selector: $out"
pr get pods -l 'app=' >/dev/null 2>&1
[ $? -eq 0 ] && ok || bad "an empty value is a valid selector"

# --- prune: a file removed from the directory removes its pod; nothing else changes ------------
rm "$work/site/api.yaml"
expect_out "dry run of the prune" "^pod/api pruned \(dry run\)" pr apply --dry-run=client --applyset site --prune -f "$work/site"
expect_out "after a dry run api still runs" "^api .*Running" pr get pods
expect_out "apply --prune: api pruned" "^pod/api pruned$" pr apply --applyset site --prune -f "$work/site"
matches "^pod/web unchanged$" "$out" && ok || bad "web was not left unchanged: $out"
! matches "outsider" "$out" && ok || bad "prune named the outsider: $out"
expect_out "api is gone" "^web " pr get pods
! matches "^api " "$out" && ok || bad "api still listed: $out"
matches "^outsider .*Running" "$out" && ok || bad "the outsider was touched: $out"
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "web was restarted by the prune"
expect_fail "--prune without --applyset is refused" pr apply --prune -f "$work/site"
matches "--prune needs --applyset" "$out" && ok || bad "prune without a set: $out"
expect_fail "an applyset name that is no label value" pr apply --applyset 'bad name' -f "$work/site"
# -l on apply: only the matching pods are applied, and prune considers only those.
pod cache '{app: cache, tier: back}'
expect_out "apply -l tier=back: db and the new cache, web untouched" "^pod/cache created$" \
  pr apply --applyset site --prune -l tier=back -f "$work/site"
! matches "web" "$out" && ok || bad "-l tier=back applied web: $out"

# --- labels changed in place: configured, not restarted ----------------------------------------
pod web '{app: web, tier: front, release: "2"}'
expect_out "a label added: configured" "^pod/web configured$" pr apply --applyset site -f "$work/site/web.yaml"
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "a label change restarted web"
expect_out "the new label is listed" "release=2" pr get pods web --show-labels

# --- diff: what apply would change, as kubectl diff shows it -----------------------------------
# The files on disk and the running set agree now except api.yaml (pruned) and the -l apply.
pr apply --applyset site -f "$work/site" >/dev/null 2>&1
pr diff --applyset site -f "$work/site" >/dev/null 2>&1
rc=$?; [ $rc -eq 0 ] && ok || bad "diff of an applied directory: exit $rc, not 0"
pod web '{app: web, tier: front, release: "3"}'
pod queue '{app: queue, tier: back}'
out=$(pr diff --applyset site -f "$work/site" 2>&1); rc=$?
[ $rc -eq 1 ] && ok || bad "diff with changes: exit $rc, not 1: $(head -3 <<<"$out")"
matches '^-    release: "2"$' "$out" && matches '^\+    release: "3"$' "$out" && ok || bad "the changed label is not in the diff: $out"
matches '^\+\+\+ .*/MERGED/v1\.Pod\.default\.queue' "$out" && matches '^\+  name: queue$' "$out" && ok ||
  bad "the new pod is not in the diff: $out"
! matches 'v1\.Pod\.default\.db' "$out" && ok || bad "an unchanged pod is in the diff: $out"
[ "$(state_of web "s['uid']")" = "$web_uid" ] && [ ! -e "$root/pods/default/queue" ] && ok || bad "diff changed the machine"
# Prune: a member whose file is gone shows as deleted.
mv "$work/site/db.yaml" "$work/db.yaml.away"
out=$(pr diff --applyset site --prune -f "$work/site" 2>&1)
matches '^--- .*/LIVE/v1\.Pod\.default\.db' "$out" && matches '^-  name: db$' "$out" && ok || bad "a pruned member is not shown deleted: $out"
out=$(pr diff --applyset site -f "$work/site" 2>&1)
! matches 'default\.db' "$out" && ok || bad "without --prune, diff showed db's deletion: $out"
mv "$work/db.yaml.away" "$work/site/db.yaml"
# The diff program is the user's: PODRUN_EXTERNAL_DIFF, given the LIVE and MERGED directories.
out=$(PODRUN_EXTERNAL_DIFF="ls -1" pr diff --applyset site -f "$work/site" 2>&1)
matches '^v1\.Pod\.default\.queue$' "$out" && matches '/LIVE:$' "$out" && ok || bad "PODRUN_EXTERNAL_DIFF: $out"
# Bad input: exit 2 (1 means "differences"), nothing changed.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: Bad_Name}\nspec: {containers: [{name: c, image: busybox}]}\n' >"$work/bad.yaml"
out=$(pr diff -f "$work/bad.yaml" 2>&1); rc=$?
[ $rc -eq 2 ] && matches 'bad.yaml:3:' "$out" && ok || bad "diff of an invalid pod: exit $rc: $out"
rm "$work/site/queue.yaml"; pod web '{app: web, tier: front, release: "2"}'

# --- delete -l ---------------------------------------------------------------------------------
expect_out "delete pods -l podrun.io/applyset=site" 'pod "web" deleted' pr delete pods -l podrun.io/applyset=site --now
matches 'pod "db" deleted' "$out" && ! matches outsider "$out" && ok || bad "delete -l: $out"
expect_out "the outsider remains" "^outsider " pr get pods
expect "delete the outsider" pr delete pod outsider --now

# --- one input defines an object once: the second definition is refused, the rest applied --
pod zz-web '{app: web, copy: second}'
sed -i 's/name: zz-web,/name: web,/' "$work/site/zz-web.yaml"
expect_fail "two files defining pod web: exit 1" pr apply --applyset site -f "$work/site"
matches "zz-web.yaml:1:1: .*Pod \"web\" in namespace default is defined twice in the input \(first at .*/site/web.yaml:1:1\)" "$out" && ok ||
  bad "no error naming both files: $out"
matches "^4 documents: 3 valid, 1 invalid" "$out" && ok || bad "the summary does not count every document of the directory: $out"
matches "^pod/web created$" "$out" && matches "^pod/db created$" "$out" && ok || bad "the valid documents were not applied (kubectl applies them): $out"
expect_out "web is the first definition's" "^web .*release=2" pr get pods web --show-labels
! matches "copy=second" "$out" && ok || bad "the second definition was applied: $out"
# An invalid file with --prune: its pods would look removed, so nothing is pruned.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: Bad_Name}\nspec: {containers: [{name: c, image: busybox}]}\n' >"$work/site/db.yaml"
rm "$work/site/zz-web.yaml"
expect_fail "an invalid file with --prune: exit 1" pr apply --applyset site --prune -f "$work/site"
matches "nothing pruned: 1 document\(s\) of the input are invalid" "$out" && ok || bad "no word of the skipped prune: $out"
expect_out "db, whose file is now invalid, still runs" "^db .*Running" pr get pods
expect "clean up the set" pr delete pods -l podrun.io/applyset=site --now
