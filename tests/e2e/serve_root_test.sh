#!/usr/bin/env bash
# podrun serve, the reconciler: a directory of manifests kept on the machine (inotify and a
# relist), the kubelet's static-pod rules (dotfiles and editors' files ignored, a changed pod
# replaced, an unchanged or renamed one untouched, a broken file leaving its pods alone, the
# first of two files defining an object winning), recovery after a supervisor or serve itself
# is killed and after a simulated reboot, one serve per state root, sd_notify, the unit file.
#
# usage: serve_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"

M=$work/manifests
mkdir -p "$M"
# pod NAME VALUE [FILE]: a busybox pod that sleeps, with env X=VALUE (a change replaces it).
pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], env: [{name: X, value: "%s"}]}\n' \
    "$1" "$2" >"${3:-$M/$1.yaml}"
}
serve_pid=""
start_serve() {  # not through pr(): $! must be serve itself, not a subshell
  HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 NO_PROXY=127.0.0.1,localhost \
    "$podrun" --root "$root" --storage "$store" serve --manifests "$M" --relist 1 >>"$work/serve.log" 2>&1 &
  serve_pid=$!
}
stop_serve() {  # SIGTERM: serve ends between syncs; the pods stay
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid"
  serve_pid=""
}
# A serve this suite started is stopped whatever happens, before the leak check.
finish() { stop_serve >/dev/null 2>&1; leak_check "after the suite"; report; }
syncs() { python3 -c "import json; print(json.load(open('$root/serve/status.json'))['syncs'])" 2>/dev/null || echo 0; }
# settle: two more syncs than now, so that one began after whatever the test just changed.
settle() {
  local target=$(($(syncs) + 2)) until=$((SECONDS + 15))
  while [ "$(syncs)" -lt "$target" ] && [ "$SECONDS" -lt "$until" ]; do sleep 0.1; done
}
uid_of() { state_of "$1" "s['uid']" 2>/dev/null; }
sup_of() { state_of "$1" "s['supervisor']['pid']" 2>/dev/null; }

# --- a file added runs; the status says what serve did -----------------------------------------
start_serve
eventually "serve writes its status" 10 "^serve: +running, pid $serve_pid" pr status
pod web one
eventually "a file added: its pod runs" 10 "^web +1/1 +Running" pr get pods
web_uid=$(uid_of web)
expect_out "status lists the file" "^files: +1 \(1 objects, 0 with errors\)" pr status
expect_out "the pod is a member of serve's set" "podrun.io/applyset=podrun-serve" pr get pods web --show-labels

# --- unchanged content, a rename: nothing restarted; a change: replaced --------------------------
pod web one
settle
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "the same content written again replaced the pod"
mv "$M/web.yaml" "$M/site-web.yaml"
settle
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "a rename replaced the pod"
expect_out "after the rename the pod runs" "^web +1/1 +Running" pr get pods
pod web two "$M/site-web.yaml"
eventually "an edit replaces the pod" 10 "^web +1/1 +Running" sh -c "[ \"\$(python3 -c \"import json; print(json.load(open('$root/pods/default/web/state.json'))['uid'])\")\" != '$web_uid' ] && $podrun --root $root get pods"
expect_out "the new pod has the new value" "^two$" pr exec web -- sh -c 'echo $X'
web_uid=$(uid_of web)

# --- a broken edit: reported, the pod left running ---------------------------------------------
cp "$M/site-web.yaml" "$work/good.yaml"
printf 'garbage: [\n' >>"$M/site-web.yaml"
settle
expect_fail "status fails while a file has an error" pr status
matches "error: .*site-web.yaml:[0-9]+:[0-9]+: .*not closed" "$out" && ok || bad "status does not name the broken file: $out"
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "a broken file's pod was touched"
expect_out "its pod still runs" "^web +1/1 +Running" pr get pods
cp "$work/good.yaml" "$M/site-web.yaml"
settle
expect "fixed: status is clean" pr status
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "fixing the file replaced the pod"

# --- two files defining one object: the first in sorted order wins --------------------------------
pod web three "$M/zz-web.yaml"
settle
expect_fail "a second definition is an error" pr status
matches "zz-web.yaml: pod/default/web is defined in .*site-web.yaml already" "$out" && ok || bad "duplicate: $out"
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "the second definition replaced the pod"
rm "$M/zz-web.yaml"

# --- dotfiles and editors' files are never read ------------------------------------------------
pod hidden one "$M/.hidden.yaml"
pod swap one "$M/swap.yaml~"
pod tmp one "$M/.#tmp.yaml"
mkdir -p "$M/.git" && pod gitdir one "$M/.git/inside.yaml"
settle
expect_out "none of them runs" "^web " pr get pods
! matches "^(hidden|swap|tmp|gitdir) " "$out" && ok || bad "serve read an ignored file: $out"

# --- objects across files; a pod applied without serve is never pruned -------------------------
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: fast}\n' >"$M/settings.yaml"
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: reader}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], env: [{name: MODE, valueFrom: {configMapKeyRef: {name: settings, key: mode}}}]}\n' \
  >"$M/reader.yaml"
eventually "a pod using a ConfigMap of another file runs" 10 "^reader +1/1 +Running" pr get pods
expect_out "with the ConfigMap's value" "^fast$" pr exec reader -- sh -c 'echo $MODE'
pod outsider one "$work/outsider.yaml"
expect "apply a pod outside serve" pr apply -f "$work/outsider.yaml"
settle
expect_out "the outsider is not pruned" "^outsider +1/1 +Running" pr get pods

# --- one serve per state root ------------------------------------------------------------------
expect_fail "a second serve is refused" pr serve --manifests "$M" --relist 1
matches "another podrun serve \(pid $serve_pid\)" "$out" && ok || bad "second serve: $out"

# --- recovery: a supervisor killed; serve itself killed mid-way and started again --------------
old_sup=$(sup_of web)
kill -9 "$old_sup"
eventually "a pod whose supervisor died is made again" 15 "^web +1/1 +Running" \
  sh -c "[ \"\$(python3 -c \"import json; print(json.load(open('$root/pods/default/web/state.json'))['supervisor']['pid'])\")\" != '$old_sup' ] && $podrun --root $root get pods"
web_uid=$(uid_of web)
reader_uid=$(uid_of reader)
kill -9 "$serve_pid"
wait "$serve_pid" 2>/dev/null
serve_pid=""
start_serve
settle
settle
expect_out "after serve's restart: the same pods" "^web +1/1 +Running" pr get pods
[ "$(grep -c . <<<"$out")" -eq 4 ] && ok || bad "after serve's restart: not header + web, reader, outsider: $out"
[ "$(uid_of web)" = "$web_uid" ] && [ "$(uid_of reader)" = "$reader_uid" ] && ok || bad "serve's restart replaced pods"

# kill -9 in the middle of a sync (three new files, killed while it applies them): started
# again, it converges without duplicates.
for n in m1 m2 m3; do pod "$n" one; done
sleep 0.25  # the debounce (100 ms) and the first pod's start
kill -9 "$serve_pid"
wait "$serve_pid" 2>/dev/null
start_serve
for n in m1 m2 m3; do eventually "killed mid-sync, restarted: $n runs" 15 "^$n +1/1 +Running" pr get pods; done
settle
[ "$(pr get pods 2>&1 | grep -c '^m[123] ')" -eq 3 ] && ok || bad "after a kill mid-sync: $(pr get pods 2>&1)"
rm "$M"/m[123].yaml
settle

# --- a file removed: its pod goes ----------------------------------------------------------------
rm "$M/reader.yaml"
eventually "the removed file's pod is gone" 10 "^web " sh -c "$podrun --root $root get pods | grep -v '^reader '"
settle
! matches "^reader " "$(pr get pods 2>&1)" && ok || bad "reader still listed after its file went"

# --- a reboot: every podrun process gone and /run empty; serve brings the pods back -------------
expect "delete the outsider" pr delete pod outsider --now
kill -9 "$serve_pid"
wait "$serve_pid" 2>/dev/null
serve_pid=""
web_uid=$(uid_of web)
for pid in $(python3 -c "
import json, glob
for f in glob.glob('$root/pods/*/*/state.json'):
    s = json.load(open(f))
    print(s['supervisor']['pid'], s['pause']['pid'], *[c.get('pid', 0) for c in s.get('containers', [])])"); do
  [ "$pid" -gt 0 ] && kill -9 "$pid" 2>/dev/null
done
sleep 0.5
grep " $root/" /proc/self/mountinfo | awk '{print $5}' | sort -r | while read -r m; do umount -l "$m"; done
rm -rf "$root"
# What the kernel forgets at a reboot: the pods' (now empty) cgroups.
comm -13 <(echo "$cgroups_before") <(pod_cgroups) | sort -r | while read -r cg; do
  find "$cg" -depth -type d -exec rmdir {} \; 2>/dev/null
done
start_serve
eventually "after the reboot: the pod is back" 15 "^web +1/1 +Running" pr get pods
[ "$(uid_of web)" = "$web_uid" ] && ok || bad "after the reboot the pod has another uid (the same manifest: the same uid)"

# --- SIGTERM: serve ends, the pods stay --------------------------------------------------------
stop_serve
rc=$?
[ $rc -eq 0 ] && ok || bad "serve exited $rc on SIGTERM"
expect_out "the pods stay when serve stops" "^web +1/1 +Running" pr get pods
expect_out "status says serve is not running" "^serve: +not running" pr status

# --- --once, and systemd's readiness (sd_notify) -----------------------------------------------
out=$(python3 - "$work/notify.sock" "$podrun" "$root" "$store" "$M" <<'EOF'
import os, socket, subprocess, sys
path, podrun, root, store, manifests = sys.argv[1:]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
s.settimeout(20)
env = dict(os.environ, NOTIFY_SOCKET=path)
rc = subprocess.run([podrun, "--root", root, "--storage", store, "serve", "--manifests", manifests, "--once"],
                    env=env, stdin=subprocess.DEVNULL, capture_output=True).returncode
print("rc", rc)
print(s.recv(4096).decode())
EOF
)
matches "^rc 0$" "$out" && matches "^READY=1$" "$out" && ok || bad "serve --once with NOTIFY_SOCKET: $out"
expect_fail "a --manifests that is not a directory is a usage error" pr serve --manifests "$work/nothing"
matches "not a directory" "$out" && ok || bad "bad --manifests: $out"

# --- make install-files: the binaries, serve's directory, the unit ------------------------------
make -s -C "$src" install-files DESTDIR="$work/inst" BUILD="$(dirname "$podrun")" >/dev/null 2>&1
unit=$work/inst/etc/systemd/system/podrun.service
[ -x "$work/inst/usr/local/bin/podrun" ] && [ -x "$work/inst/usr/local/bin/podrun-dynamic" ] && [ -x "$work/inst/usr/local/bin/podrun-supervisor" ] && [ -d "$work/inst/etc/podrun/manifests" ] &&
  ok || bad "make install-files did not stage the binaries and /etc/podrun/manifests"
grep -q "^ExecStart=/usr/local/bin/podrun serve --manifests /etc/podrun/manifests$" "$unit" && grep -q "^Type=notify$" "$unit" &&
  grep -q "^KillMode=process$" "$unit" && ok || bad "the unit file: $(cat "$unit" 2>&1 | head -20)"
