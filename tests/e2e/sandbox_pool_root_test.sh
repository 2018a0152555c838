#!/usr/bin/env bash
# podrun serve --sandbox-pool N: pod sandboxes made ahead of time and claimed by apply. Seen
# from outside: the pod's pause holder and supervisor are ones the pool made before the
# apply; its hostname, address, /etc/hosts and cgroups are the pod's; apply claims one without
# serve (stopped, SIGSTOP), which refills the pool once it runs again; the pool refills with new
# sandboxes (a used one never comes back); a pod of another shape starts without the pool;
# two pooled pods are isolated; a pooled supervisor killed while it waits is replaced and gc
# frees its address; serve's end (SIGTERM or SIGKILL) takes the unused sandboxes with it, and
# apply starts pods as before. Without serve, apply's own supervisor makes the part of a
# sandbox no plan changes, and the pod's cgroups, while the CLI works; a failed apply leaves
# none of it.
#
# usage: sandbox_pool_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"

serve_pid=""
start_serve() {  # start_serve [SERVE FLAGS]; not through pr(): $! must be serve itself
  "$podrun" --root "$root" --storage "$store" serve --sandbox-pool 2 "$@" >>"$work/serve.log" 2>&1 &
  serve_pid=$!
}
stop_serve() {
  [ -n "$serve_pid" ] && kill "${1:--TERM}" "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  serve_pid=""
}
finish() { stop_serve >/dev/null 2>&1; leak_check "after the suite"; report; }

# The pool's standby supervisors that still wait for a pod (their cwd is /: one given a pod
# works in its pod's directory) and whose sandbox is made (their address is in the table).
pooled() {
  local p
  for p in $(pgrep -f -- "--sandbox .* $root/pool "); do
    [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = / ] || continue
    grep -q "\"pool $p@" /run/podrun-net/podrun0.json 2>/dev/null && echo "$p"
  done | sort
}
count_pooled() { pooled | wc -l; }
children() { ps -o pid= --ppid "$1" | tr -d ' '; }
# The host's namespaces are this shell's ($$): /proc/1/ns may be unreadable (a container's init).
ns() { readlink "/proc/$1/ns/$2"; }
# A process that has not exited (a zombie has: whoever adopted it reaps it in its own time).
running() { ps -o stat= -p "$1" 2>/dev/null | grep -qv '^Z'; }

# 1. Two sandboxes made, each a supervisor whose child (the pause holder to be) already owns
#    a network, IPC and UTS namespace of its own. (The pooled supervisors trace their steps
#    into pool.trace: PODRUN_TRACE is inherited from serve.)
PODRUN_TRACE="$work/pool.trace" start_serve
eventually "the pool makes two sandboxes" 10 '^2$' count_pooled
pool_before=$(pooled)
pause_before=""
for s in $pool_before; do pause_before+=" $(children "$s")"; done
first_pause=$(echo $pause_before | awk '{print $1}')
if [ -n "$first_pause" ] && [ "$(ns "$first_pause" net)" != "$(ns $$ net)" ] && [ "$(ns "$first_pause" uts)" != "$(ns $$ uts)" ]; then ok; else bad "a pooled sandbox has no network and UTS namespace of its own (pause $first_pause)"; fi

# 2. A pod takes one: its supervisor and pause holder are the pool's, made before the apply;
#    apply gives it the pod's run configuration and word before the hand-over: it decodes the
#    one and makes the pod's cgroups and releases its pause holder into them then (its
#    sup.config-ahead, sup.cgroups-ahead and sup.pause-released-ahead come before its sup.pod).
one_pod web "" "" ", command: [sleep, '3600']" >/dev/null
expect "apply a pod with the pool" pr apply -f "$work/web.yaml"
expect_out "it runs" 'web +1/1 +Running' pr get pods web
sup=$(state_of web "s['supervisor']['pid']")
pause=$(state_of web "s['pause']['pid']")
matches "^$sup\$" "$pool_before" && ok || bad "the pod's supervisor $sup is not one of the pool's [$pool_before]"
sup_marks=$(awk -v p="$sup" '$2 == p {print $3}' "$work/pool.trace" | tr '\n' ' ')
matches "sup\.claimed sup\.config-ahead .*sup\.cgroups-ahead .*sup\.pause-released-ahead .*sup\.pod " "$sup_marks" && ok ||
  bad "the pooled supervisor was not claimed and did not take the pod's configuration and word before the hand-over: $sup_marks"
matches "(^| )$pause( |\$)" "$pause_before" && ok || bad "the pod's pause holder $pause is not one the pool made [$pause_before]"
expect_out "the pause holder exec'd with the pod's name" '^podrun-pause web net uts' tr '\0' ' ' <"/proc/$pause/cmdline"
[ "$(grep Cpus_allowed_list "/proc/$pause/status")" = "$(grep Cpus_allowed_list /proc/self/status)" ] && ok ||
  bad "the pooled pause holder stayed pinned: $(grep Cpus_allowed_list "/proc/$pause/status")"
expect_out "describe says where the sandbox came from" 'SandboxAdopted .*Pod sandbox taken from the pool' pr describe pod web
ip=$(state_of web "s['podIP']")
expect_out "the hostname is the pod's" '^web$' pr exec web -- hostname
expect_out "eth0 has the pod's address" "inet $ip/" pr exec web -- ip -4 addr show eth0
expect_out "/etc/hosts names the pod" "^$ip[[:space:]]+web\$" pr exec web -- cat /etc/hosts
veth="pp$(stat -L -c %i "/proc/$pause/ns/net")"  # made in the pool: named for its network namespace
[ -e "/sys/class/net/podrun0/brif/$veth" ] && ok || bad "the pooled veth $veth is not on the bridge: $(ls /sys/class/net/podrun0/brif)"
uid=$(state_of web "s['uid']")
expect_out "the pause holder is in the pod's cgroup" "pod$uid" cat "/proc/$pause/cgroup"
eventually "the address is the pod's in the table" 5 "\"$ip\": \"$root/pods/default/web $uid\"" cat /run/podrun-net/podrun0.json

# 3. The pool refills, with new sandboxes only; each ready one is named in pool.d, a used one
#    is not, nor is any claim left behind.
eventually "the pool refills" 10 '^2$' count_pooled
matches "^$sup\$" "$(pooled)" && bad "the used sandbox's supervisor is back in the pool" || ok
claim_names() { find "$root/pool.d" -mindepth 1 -printf '%f\n' 2>/dev/null | sort; }
same_names() { [ "$(claim_names)" = "$(pooled)" ] && echo same || echo "pool.d [$(claim_names)], pool [$(pooled)]"; }
eventually "pool.d names the ready supervisors, and nothing else" 5 '^same$' same_names
[ "$(stat -c %a "$root/pool.d")" = 700 ] && ok || bad "pool.d is mode $(stat -c %a "$root/pool.d"), not 700"

# 3b. serve is not on the path: stopped (SIGSTOP), its pool's sandboxes are still claimed; it
#     hears of the claim once it runs again, and refills.
pool_now=$(pooled)
kill -STOP "$serve_pid"
one_pod stopped "" "" ", command: [sleep, '3600']" >/dev/null
expect "apply while serve is stopped" pr apply -f "$work/stopped.yaml"
kill -CONT "$serve_pid"
sup_stopped=$(state_of stopped "s['supervisor']['pid']")
matches "^$sup_stopped\$" "$pool_now" && ok || bad "with serve stopped, the pod's supervisor $sup_stopped is not one of the pool's [$pool_now]"
expect_out "it runs" 'stopped +1/1 +Running' pr get pods stopped
eventually "serve refills after its stop" 10 '^2$' count_pooled
matches "^$sup_stopped\$" "$(pooled)" && bad "the claimed supervisor is still counted in the pool" || ok
claim_names | grep -q claimed && bad "a claim's name was left in pool.d: $(claim_names)" || ok
expect "delete it" pr delete pod stopped --now

# 4. A second pooled pod: isolated from the first, reachable by IP.
one_pod other "" "" ", command: [sleep, '3600']" >/dev/null
expect "apply a second pod" pr apply -f "$work/other.yaml"
pause2=$(state_of other "s['pause']['pid']")
[ "$(ns "$pause" net)" != "$(ns "$pause2" net)" ] && [ "$(ns "$pause" uts)" != "$(ns "$pause2" uts)" ] && [ "$(ns "$pause" ipc)" != "$(ns "$pause2" ipc)" ] &&
  ok || bad "two pooled pods share a namespace"
expect "one pooled pod reaches the other by IP" pr exec other -- ping -c 1 -W 2 "$ip"

# 5. A pod of another shape (one PID namespace for its containers) starts with its own sandbox
#    and leaves the pool as it was.
eventually "the pool is full again" 10 '^2$' count_pooled
pool_now=$(pooled)
one_pod shared "" "  shareProcessNamespace: true" ", command: [sleep, '3600']" >/dev/null
expect "apply a pod the pool does not fit" pr apply -f "$work/shared.yaml"
[ "$(pooled)" = "$pool_now" ] && ok || bad "a shared-PID pod took a pooled sandbox: [$pool_now] -> [$(pooled)]"
expect_out "its pause holder is its PID 1" '^ +1 root +podrun-pause shared' pr exec shared -- ps
pr describe pod shared | grep -q SandboxAdopted && bad "the shared-PID pod says it adopted a pooled sandbox" || ok

# 6. Delete: the pod's sandbox goes with it, the pool does not take it back.
expect "delete the pooled pod" pr delete pod web --now
running "$pause" && bad "the deleted pod's pause holder $pause lives on" || ok
matches "^$sup\$" "$(pooled)" && bad "the deleted pod's supervisor went back to the pool" || ok

# 7. A pooled supervisor killed while it waits: its pause holder dies with it, serve makes
#    another, and gc frees the address it left.
victim=$(pooled | head -1)
victim_child=$(children "$victim")
kill -KILL "$victim"
eventually "the killed sandbox's pause holder is gone" 5 '^gone$' sh -c "ps -o stat= -p $victim_child | grep -qv '^Z' && echo alive || echo gone"
expect "gc" pr gc
pool_addresses | grep -q "\"pool $victim@" && bad "gc left the killed sandbox's address" || ok
eventually "serve replaces the killed sandbox" 15 '^2$' count_pooled

# 8. serve stopped: its sandboxes go; apply starts pods as before, without the pool.
pool_now=$(pooled)
stop_serve
left=""
for s in $pool_now; do running "$s" && left+=" $s"; done
[ -z "$left" ] && ok || bad "serve's end left pooled supervisors:$left"
[ -z "$(claim_names)" ] && ok || bad "serve's end left names in pool.d: $(claim_names)"
one_pod after "" "" ", command: [sleep, '3600']" >/dev/null
expect "apply without serve" pr apply -f "$work/after.yaml"
pr describe pod after | grep -q SandboxAdopted && bad "a pod applied without serve says it adopted a sandbox" || ok

# 9. serve's own pods (a directory of manifests) take from its pool directly.
mkdir -p "$work/manifests"
one_pod synced "" "" ", command: [sleep, '3600']" >/dev/null
mv "$work/synced.yaml" "$work/manifests/"
start_serve --manifests "$work/manifests" --relist 1  # its pool is made before its first sync
eventually "serve starts its directory's pod" 15 'synced +1/1 +Running' pr get pods synced
expect_out "serve's pod took a pooled sandbox" 'SandboxAdopted' pr describe pod synced
stop_serve
rm "$work/manifests/synced.yaml"
expect "delete serve's pod" pr delete pod synced --now

# 10. serve killed (SIGKILL): the pooled supervisors see their socket close, undo their
#    sandboxes and remove their names; apply then starts pods as before.
start_serve
eventually "a new serve fills its pool" 10 '^2$' count_pooled
pool_now=$(pooled)
stop_serve -KILL
sleep 1
left=""
for s in $pool_now; do running "$s" && left+=" $s"; done
[ -z "$left" ] && ok || bad "a killed serve left pooled supervisors:$left"
[ -z "$(claim_names)" ] && ok || bad "a killed serve's supervisors left names in pool.d: $(claim_names)"
one_pod late "" "" ", command: [sleep, '3600']" >/dev/null
expect "apply with a dead serve's socket" pr apply -f "$work/late.yaml"
expect_out "it runs" 'late +1/1 +Running' pr get pods late
for p in other shared after late; do pr delete pod "$p" --now >/dev/null; done

# 11. Without serve, apply's own supervisor makes the part of a sandbox no plan changes: the
#     pause holder with its namespaces while the CLI reads the manifest, an address once the
#     CLI has said the pod fits, and once it makes the pod, the pod's cgroups with the pause
#     holder released into them (PODRUN_TRACE: sup.ahead, sup.ahead-address,
#     sup.cgroups-ahead and sup.pause-released-ahead before the hand-over's sup.pod,
#     sup.adopted after); what it holds is the pod's as if made for it.
#     A name that a killed pooled supervisor left in pool.d is there: apply sees that nobody
#     listens on it (and its claim would remove it).
sh -c 'exit 0' &
dead=$!
wait "$dead"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$root/pool.d/$dead"
[ -S "$root/pool.d/$dead" ] && ok || bad "no stale name in pool.d: this section no longer tests apply beside one"
trace="$work/ahead.trace"
# traced_apply POD: $work/POD.yaml applied with PODRUN_TRACE (a fresh $trace), and running;
# $marks: the steps the trace holds, in order.
traced_apply() {
  rm -f "$trace"
  expect "apply $1, traced" env PODRUN_TRACE="$trace" "$podrun" --root "$root" --storage "$store" apply -f "$work/$1.yaml"
  expect_out "$1 runs" "$1 +1/1 +Running" pr get pods "$1"
  marks=$(awk '{print $3}' "$trace" | tr '\n' ' ')
}
one_pod ahead "" "" ", command: [sleep, '3600']" >/dev/null
traced_apply ahead
matches "sup\.ahead .*sup\.ahead-address .*sup\.adopted" "$marks" && ok || bad "the sandbox was not made ahead and adopted: $marks"
matches "sup\.cgroups-ahead .*sup\.pause-released-ahead .*sup\.pod " "$marks" && ok ||
  bad "the pause holder was not released into the pod's cgroups before the hand-over: $marks"
# The run configuration came ahead, and decoded (its binary word: not sup.config-refused).
matches "sup\.config-ahead .*sup\.cgroups-ahead .*sup\.pod .*sup\.decoded" "$marks" && ok ||
  bad "the early supervisor did not decode the pod's run configuration ahead: $marks"
# The child's last marks (attribute.py splits its time from the go to the exec by them).
child_marks=$(awk '$3 ~ /^child\./ {print $3}' "$trace" | tr '\n' ' ')
matches "child\.filesystem child\.go child\.seccomp child\.exec" "$child_marks" && ok ||
  bad "the container's child did not mark its go and its seccomp filter before its exec: $child_marks"
sup=$(state_of ahead "s['supervisor']['pid']")
pause=$(state_of ahead "s['pause']['pid']")
ip=$(state_of ahead "s['podIP']")
uid=$(state_of ahead "s['uid']")
[ "$(ps -o ppid= -p "$pause" | tr -d ' ')" = "$sup" ] && ok || bad "the adopted pause holder $pause is not the pod's supervisor's child"
expect_out "the pause holder exec'd with the pod's name" '^podrun-pause ahead net uts' tr '\0' ' ' <"/proc/$pause/cmdline"
expect_out "the pause holder is in the pod's cgroup" "pod$uid\$" cat "/proc/$pause/cgroup"
[ "$(grep Cpus_allowed_list "/proc/$pause/status")" = "$(grep Cpus_allowed_list /proc/self/status)" ] && ok ||
  bad "the pause holder stayed pinned: $(grep Cpus_allowed_list "/proc/$pause/status")"
expect_out "its address is the pod's" "^$ip[[:space:]]+ahead" pr exec ahead -- cat /etc/hosts
veth="pr$(stat -L -c %i "/proc/$pause/ns/net")"
[ -e "/sys/class/net/podrun0/brif/$veth" ] && ok || bad "the pod's veth $veth is not on the bridge"
grep -q "\"$root/pods/default/ahead $uid\"" /run/podrun-net/podrun0.json && ok || bad "the address table does not give $ip to the pod"
[ -z "$(pool_addresses)" ] && ok || bad "an address still belongs to a pool owner: $(pool_addresses)"

# 12. A pod whose containers share one PID namespace: once the CLI has read it, the pause
#     holder made ahead is replaced by one forked into a PID namespace of its own (its PID 1),
#     which the pod adopts with an address and its cgroups made ahead (sup.ahead-pid).
one_pod shared-pid "" "  shareProcessNamespace: true" ", command: [sleep, '3600']" >/dev/null
traced_apply shared-pid
matches "sup\.ahead .*sup\.ahead-pid .*sup\.ahead-address .*sup\.pod .*sup\.adopted" "$marks" && ok ||
  bad "the shareProcessNamespace pod did not adopt a sandbox made ahead with a PID namespace: $marks"
matches "sup\.cgroups-ahead .*sup\.pause-released-ahead .*sup\.pod " "$marks" && ok ||
  bad "the PID-namespace pause holder was not released into the pod's cgroups before the hand-over: $marks"
sup=$(state_of shared-pid "s['supervisor']['pid']")
pause=$(state_of shared-pid "s['pause']['pid']")
uid=$(state_of shared-pid "s['uid']")
c=$(state_of shared-pid "s['containers'][0]['pid']")
[ "$(children "$sup" | grep -cx "$pause")" = 1 ] && ok || bad "the pod's pause holder $pause is not its supervisor's child"
[ "$(live podrun-pause | grep -cxf <(children "$sup"))" = 1 ] && ok || bad "the supervisor has another pause holder than its pod's: $(children "$sup")"
[ "$(ns "$pause" pid)" != "$(ns $$ pid)" ] && ok || bad "the shared PID namespace is the host's"
[ "$(ns "$c" pid)" = "$(ns "$pause" pid)" ] && ok || bad "the container is not in the pause holder's PID namespace"
expect_out "the adopted pause holder is the pod's PID 1" '^ +1 root +podrun-pause shared-pid' pr exec shared-pid -- ps
expect_out "... in the pod's cgroup" "pod$uid\$" cat "/proc/$pause/cgroup"
grep -q "\"$root/pods/default/shared-pid $uid\"" /run/podrun-net/podrun0.json && ok || bad "the address table does not give the pod its address"
[ -z "$(pool_addresses)" ] && ok || bad "an address still belongs to a pool owner: $(pool_addresses)"

# 12b. A pod of neither shape (the host's IPC namespace): the CLI says so once it has read it,
#      the pause holder made ahead goes, no address is taken, and the pod's pause holder is its
#      own. Input refused before any pod: nothing made ahead is left (pause holder, address,
#      veth).
one_pod host-ipc "" "  hostIPC: true" ", command: [sleep, '3600']" >/dev/null
traced_apply host-ipc
grep -q " sup.cgroups-ahead$" "$trace" && bad "a hostIPC pod's cgroups were made ahead" || ok
grep -q " sup.ahead$" "$trace" && ok || bad "apply's supervisor forked no pause holder ahead"
grep -Eq "sup.ahead-pid|sup.ahead-address|sup.adopted" "$trace" && bad "a hostIPC pod took a sandbox made with an IPC namespace" || ok
sup=$(state_of host-ipc "s['supervisor']['pid']")
pause=$(state_of host-ipc "s['pause']['pid']")
[ "$(children "$sup" | grep -cx "$pause")" = 1 ] && ok || bad "the supervisor's children are not its pod's pause holder alone"
[ "$(ns "$pause" ipc)" = "$(ns $$ ipc)" ] && ok || bad "the hostIPC pod's pause holder is not in the host's IPC namespace"
[ -z "$(pool_addresses)" ] && ok || bad "the discarded sandbox's address is still allocated: $(pool_addresses)"
pauses=$(live podrun-pause)
veths=$(pod_veths)
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: Bad_Name}\nspec: {containers: [{name: c, image: busybox}]}\n' >"$work/bad.yaml"
expect_fail "invalid input is refused" pr apply -f "$work/bad.yaml"
[ "$(live podrun-pause)" = "$pauses" ] && ok || bad "refused input left a pause holder"
[ -z "$(pool_addresses)" ] && ok || bad "refused input left an address: $(pool_addresses)"
[ "$(pod_veths)" = "$veths" ] && ok || bad "refused input left a veth"
for p in ahead shared-pid host-ipc; do pr delete pod "$p" --now >/dev/null; done

# 13. Once the CLI knows it makes the pod, apply's own supervisor makes the pod's cgroups with
#     the plan's values while the CLI writes the pod's directory (PODRUN_TRACE:
#     sup.cgroups-ahead before it reads the hand-over, sup.pod); seen from outside they are
#     the pod's, with its limits, and its container runs in its own. An apply that fails
#     after the word, or is killed there, leaves no cgroup and no pause holder. A
#     shareProcessNamespace pod (no sandbox made ahead fits it) makes its own after the
#     hand-over (section 12): made ahead, they would delay its own pause holder's fork.
one_pod limited "" "" ", command: [sleep, '3600'], resources: {limits: {memory: 48Mi, cpu: 300m}}" >/dev/null
traced_apply limited
matches "sup\.cgroups-ahead .*sup\.pod " "$marks" && ok || bad "the pod's cgroups were not made before the hand-over: $marks"
uid=$(state_of limited "s['uid']")
limit_file=$(find /sys/fs/cgroup -path "*/podrun/*pod$uid/c/memory.limit_in_bytes" -o -path "*/podrun/*pod$uid/c/memory.max" 2>/dev/null | head -1)
[ -n "$limit_file" ] && [ "$(cat "$limit_file")" = $((48 << 20)) ] && ok || bad "the container's memory limit is not 48Mi: ${limit_file:-no file}"
expect_out "the container runs in its own cgroup" "pod$uid/c\$" cat "/proc/$(pid_of limited c)/cgroup"
cgroups_now=$(pod_cgroups)
for mode in error kill; do
  one_pod "cut-$mode" "" "" ", command: [sleep, '3600']" >/dev/null
  PODRUN_FAULT="apply.run-config:$mode" pr apply -f "$work/cut-$mode.yaml" >"$work/out" 2>&1 &&
    bad "apply.run-config:$mode did not fail: $(cat "$work/out")"
  # Killed, the CLI leaves the supervisor to see its socket close: it removes them then.
  for _ in $(seq 1 50); do [ "$(pod_cgroups)" = "$cgroups_now" ] && break; sleep 0.1; done
  [ "$(pod_cgroups)" = "$cgroups_now" ] && ok || bad "apply.run-config:$mode left cgroups: $(comm -13 <(echo "$cgroups_now") <(pod_cgroups))"
  pr delete pod "cut-$mode" --now >/dev/null 2>&1
done
pr delete pod limited --now >/dev/null
