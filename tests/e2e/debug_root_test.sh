#!/usr/bin/env bash
# podrun debug: an ephemeral container in a running pod (kubectl debug's flags), checked from
# outside: its namespace inodes against the pod's and the target's, what `ps` shows in it,
# /proc/PID/root reaching the target's files, the same security as any container, listed by
# get -o yaml / describe / matrix / logs, never restarted, gone with the pod.
#
# usage: debug_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
expect "import busybox" pr image import "$busybox"
cat >"$work/dbg.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: dbg-e2e}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - name: app
    image: busybox
    imagePullPolicy: IfNotPresent
    command: ["sh", "-c", "echo only-in-app > /tmp/secret; exec sleep 3600"]
  - name: side
    image: busybox
    imagePullPolicy: IfNotPresent
    command: ["sleep", "3600"]
YAML
expect "apply a two-container pod" pr apply -f "$work/dbg.yaml"
ino() { stat -L -c %i "/proc/$1/ns/$2"; }
eph() { state_of dbg-e2e "[c['$2'] for c in s.get('ephemeralContainers', []) if c['name']=='$1'][0]"; }

# 1. --target: the target's PID namespace, the pod's network/IPC/UTS, a mount namespace of its own.
expect "debug --target app (detached)" pr debug dbg-e2e --image busybox --image-pull-policy IfNotPresent --target app -c dbg1 -- sleep 300
eventually "dbg1 runs" 10 "^running$" eph dbg1 state
app=$(pid_of dbg-e2e app) side=$(pid_of dbg-e2e side) dbg=$(eph dbg1 pid) pause=$(state_of dbg-e2e "s['pause']['pid']")
expect_out "dbg1 is in app's PID namespace" "^$(ino "$app" pid)\$" ino "$dbg" pid
[ "$(ino "$dbg" pid)" != "$(ino "$side" pid)" ] && ok || bad "dbg1 shares side's PID namespace"
for k in net ipc uts; do expect_out "dbg1 shares the pod's $k namespace" "^$(ino "$pause" "$k")\$" ino "$dbg" "$k"; done
[ "$(ino "$dbg" mnt)" != "$(ino "$app" mnt)" ] && ok || bad "dbg1 shares app's mount namespace"
[ "$(ino "$dbg" pid)" != "$(ino $$ pid)" ] && ok || bad "dbg1 is in the host's PID namespace"
# The same security as any container: the default capability set, seccomp filter, cgroup under the pod's.
expect_out "dbg1 has the container capability set" "^CapEff:[[:space:]]+00000000a80425fb$" grep CapEff "/proc/$dbg/status"
expect_out "dbg1 runs under seccomp (filter mode)" "^Seccomp:[[:space:]]+2$" grep '^Seccomp:' "/proc/$dbg/status"
expect_out "dbg1's cgroup is under the pod's" "pod$(state_of dbg-e2e "s['uid']")/dbg1$" grep -E ':memory:' "/proc/$dbg/cgroup"
expect_out "exec into dbg1: ps shows app's process as PID 1" "^ +1 +root +sleep 3600" pr exec dbg-e2e -c dbg1 -- ps
expect_out "exec into dbg1: /proc/1/root is app's filesystem" "^only-in-app$" pr exec dbg-e2e -c dbg1 -- cat /proc/1/root/tmp/secret
expect_out "exec into dbg1: the pod's hostname" "^dbg-e2e$" pr exec dbg-e2e -c dbg1 -- hostname

# 2. Listed: get -o yaml (spec and status), describe, matrix (app <-> dbg1 share processes).
expect_out "get -o yaml lists spec.ephemeralContainers" "targetContainerName: app" pr get pod dbg-e2e -o yaml
expect_out "get -o yaml lists its status" "ephemeralContainerStatuses:" pr get pod dbg-e2e -o yaml
expect_out "describe has an Ephemeral Containers section" "^Ephemeral Containers:" pr describe pod dbg-e2e
expect_out "describe names the target" "Target: +app \\(its PID namespace\\)" pr describe pod dbg-e2e
expect_out "matrix: app and dbg1 share processes" "^app <-> dbg1 +pod +pod +isolated +pod +pod +host" pr matrix dbg-e2e
expect_out "matrix: side and dbg1 do not" "^side <-> dbg1 +pod +pod +isolated +isolated +pod +host" pr matrix dbg-e2e
expect_out "matrix: the kernel matches the plan" "the kernel matches the plan" pr matrix dbg-e2e

# 3. Without --target: a PID namespace of its own; output to its log; never restarted.
expect_out "a generated name, as kubectl's" "^Defaulting debug container name to debugger-[bcdfghjklmnpqrstvwxz2456789]{5}\\.$" \
  pr debug dbg-e2e --image busybox --image-pull-policy IfNotPresent -- sh -c 'ps -o pid,args; exit 3'
gen=$(sed -n 's/^Defaulting debug container name to \(.*\)\.$/\1/p' <<<"$out")
eventually "it ended with its exit code" 10 "^3$" eph "$gen" exitCode
expect_out "its own PID namespace: only itself in ps" "^ +1 +sh -c ps" pr logs dbg-e2e -c "$gen"
sleep 1
expect_out "never restarted" "^0$" eph "$gen" restartCount
expect_out "still terminated" "^terminated$" eph "$gen" state
# 4. -i: standard input and output attached; the exit code is the container's.
out=$(printf 'cat /proc/1/root/tmp/secret; exit 7\n' | pr debug dbg-e2e -i --image busybox --image-pull-policy IfNotPresent --target app -c dbgi -- sh 2>&1)
rc=$?
matches "^only-in-app$" "$out" && ok || bad "debug -i: output not relayed: $out"
[ "$rc" -eq 7 ] && ok || bad "debug -i: exit code $rc, not 7"
# -it: a terminal of the container's own devpts (tty names it), its controlling terminal, what
# we type reaching the shell, and the shell's exit code ours.
out=$(script -qec "$podrun --root $root --storage $store debug dbg-e2e -it --image busybox --image-pull-policy IfNotPresent -c dbgt -- sh -c 'tty; ps -o pid,tty,args; exit 4'" /dev/null 2>&1)
rc=$?
matches "^/dev/pts/0" "$out" && ok || bad "debug -it: tty does not name the container's terminal: $out"
matches "^ +[0-9]+ +136,0 +sh -c tty" "$out" && ok || bad "debug -it: the terminal is not the shell's controlling terminal: $out"
[ "$rc" -eq 4 ] && ok || bad "debug -it: exit code $rc, not 4"
out=$( (sleep 1; printf 'echo typed-$((40+2))\n'; sleep 0.5; printf 'exit 5\n'; sleep 1) |
  script -qec "$podrun --root $root --storage $store debug dbg-e2e -it --image busybox --image-pull-policy IfNotPresent -c dbgt2 -- sh" /dev/null 2>&1)
rc=$?
matches "^typed-42" "$out" && ok || bad "debug -it: typed input did not reach the shell: $out"
[ "$rc" -eq 5 ] && ok || bad "debug -it: the shell's exit 5 came back as $rc"
expect_out "the console socket is gone once the terminal came" "^$" ls "$root/pods/default/dbg-e2e/ephemeral/" -I '*.json'

# 5. Refused, changing nothing: duplicate name, unknown target, missing pod, image never pulled.
expect_out "a duplicate name" "Duplicate value: \"dbg1\"" pr debug dbg-e2e --image busybox -c dbg1 -- true
expect_out "an unknown target" "targetContainerName: Not found: \"nope\"" pr debug dbg-e2e --image busybox --image-pull-policy IfNotPresent --target nope -- true
expect_out "a pod that is not there" "pod \"nope\" not found" pr debug nope --image busybox -- true
expect_out "an image not in the store, policy Never" "ErrImageNeverPull" pr debug dbg-e2e --image absent.example/none:1 --image-pull-policy Never -- true
expect_out "nothing was added by the refusals" "^5$" state_of dbg-e2e "len(s['ephemeralContainers'])"
pr debug dbg-e2e --image busybox --image-pull-policy Sometimes -- true >/dev/null 2>&1; rc2=$?
[ "$rc2" -eq 2 ] && ok || bad "a bad --image-pull-policy: exit $rc2, not 2"

# 6. Gone with the pod: its process, its cgroup.
expect "delete the pod" pr delete pod dbg-e2e --now
if kill -0 "$dbg" 2>/dev/null && grep -q "sleep 300" "/proc/$dbg/cmdline" 2>/dev/null; then bad "dbg1 outlived its pod"; else ok; fi
[ "$failed" -eq 0 ]
