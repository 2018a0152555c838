#!/usr/bin/env bash
# Pod lifecycle on real pods (root): restart policies and CrashLoopBackOff (with a shortened
# back-off base), init containers and sidecars, postStart/preStop hooks, startup/liveness/
# readiness probes, CRI-format logs with --previous/--tail/--timestamps/-f, the STATUS and
# READY columns, describe's events, apply --wait, and the order of termination. Every pod has
# its own name; a leak check runs around the whole suite.
#
# usage: lifecycle_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
fast() { pr apply --backoff-base 200ms "$@"; }  # CrashLoopBackOff: 0, 200ms, 400ms, ...
pod() {  # pod NAME SPEC-YAML: a manifest file for the pod
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n%s\n' "$1" "$2" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
C='image: busybox, imagePullPolicy: IfNotPresent'
B='image: busybox
    imagePullPolicy: IfNotPresent'  # the same, in block style
expect "import busybox" pr image import "$busybox"

# --- restartPolicy Always: restarts with back-off, the previous instance's logs ------------
m=$(pod crash "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sh, -c, 'echo run \$(cat /proc/uptime); echo oops >&2; exit 3']}")
expect "apply a crashing pod" fast -f "$m"
eventually "Always: restarted at least 3 times" 10 "crash +0/1 +[A-Za-z]+ +([3-9]|[1-9][0-9])" pr get pods crash
expect_out "Always: the phase stays Running" "^Running$" state_of crash "s['phase']"
expect_out "the last state keeps the exit code" "^3 Error$" state_of crash "str(s['containers'][0]['lastState']['exitCode'])+' '+s['containers'][0]['lastState']['reason']"
expect_out "logs --previous: the instance before" "^run " pr logs crash --previous
expect_out "stderr is in the logs too" "^oops$" pr logs crash --previous
expect_out "the log file is in the CRI format" "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\.[0-9]{9}Z stdout F run " \
  sh -c "cat $root/pods/default/crash/logs/main/*.log"
expect_out "--timestamps prefixes RFC3339Nano" "^[0-9T:.-]+Z run " pr logs crash --previous --timestamps
n=$(pr logs crash --previous --tail 1 | wc -l)
[ "$n" = 1 ] && ok || bad "--tail 1 printed $n lines"
expect_out "describe: BackOff events, counted" "Warning +BackOff .*\(x[0-9]+ over" pr describe pod crash
expect_out "describe: Last State Terminated with its exit code" "Exit Code: +3" pr describe pod crash
eventually "STATUS shows CrashLoopBackOff between runs" 10 "CrashLoopBackOff" pr get pods crash
expect "delete crash" pr delete pod crash --now

# The gaps between starts grow with the back-off (base 200 ms: 0, 0.2, 0.4, 0.8 s plus the
# run time), and a run longer than the reset time (60 x base = 12 s with base 200 ms; here base
# 100 ms, 6 s) starts the sequence over: the next restart is immediate again.
mkdir -p "$work/gaps"
m=$(pod gaps "  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    command: [sh, -c, 'n=\$(cat /g/n 2>/dev/null || echo 0); echo \$((n+1)) > /g/n; cut -d\\  -f1 /proc/uptime >> /g/starts; if [ \$n = 4 ]; then sleep 7; fi; exit 1']
    volumeMounts: [{name: g, mountPath: /g}]
  volumes:
  - {name: g, hostPath: {path: $work/gaps, type: Directory}}")
expect "apply gaps (base 100ms)" pr apply --backoff-base 100ms -f "$m"
eventually "seven starts" 20 "^[7-9]" cat "$work/gaps/n"
gaps=$(python3 - "$work/gaps/starts" <<'PY'
import sys
t = [float(x) for x in open(sys.argv[1]).read().split()]  # /proc/uptime: busybox date has no %N
print(" ".join("%.2f" % (b - a) for a, b in zip(t, t[1:])))
PY
)
python3 - "$gaps" <<'PY' && ok || bad "back-off gaps do not grow as 0, 0.1, 0.2, 0.4 s (+ run time) or do not reset: $gaps"
import sys
g = [float(x) for x in sys.argv[1].split()]
# g[0]: immediate; g[1..3]: 0.1, 0.2, 0.4 s of back-off (+ up to 0.5 s of start and run);
# g[4]: the 7 s run; g[5]: the streak was reset by that long run, so immediate again.
ok = g[0] < 0.5 and all(d <= x < d + 0.5 for d, x in zip([0.1, 0.2, 0.4], g[1:4])) and 7 <= g[4] < 7.6 and g[5] < 0.5
sys.exit(0 if ok else 1)
PY
expect "delete gaps" pr delete pod gaps --now

leak_check "before: OnFailure"
# --- OnFailure: a clean exit completes; Never: a failure fails ------------------------------
m=$(pod done-ok "  restartPolicy: OnFailure
  containers:
  - {name: main, $C, command: [sh, -c, 'echo finished']}")
expect "apply OnFailure" fast -f "$m"
eventually "OnFailure + exit 0: Completed" 5 "done-ok +0/1 +Completed +0 " pr get pods done-ok
expect_out "… phase Succeeded" '"phase": "Succeeded"' pr get pod done-ok -o json
expect_out "logs of a completed container" "^finished$" pr logs done-ok
m=$(pod done-bad "  restartPolicy: Never
  containers:
  - {name: main, $C, command: [sh, -c, 'exit 7']}")
expect "apply Never" fast -f "$m"
eventually "Never + exit 7: Error, no restart" 5 "done-bad +0/1 +Error +0 " pr get pods done-bad
expect_out "… phase Failed, exit code 7" '"exitCode": 7' pr get pod done-bad -o json
expect_fail "apply --wait on a failed pod fails" pr apply -f "$m" --wait --timeout 5s
expect "delete the completed pods" pr delete pod done-ok done-bad --now

leak_check "before: Init containers"
# --- Init containers: order, Init:N/M while they run, failures ------------------------------
m=$(pod slow-init "  initContainers:
  - {name: one, $C, command: [sleep, '1']}
  - {name: two, $C, command: [sleep, '1']}
  containers:
  - {name: app, $C, command: [sleep, '3600']}")
fast -f "$m" >/dev/null 2>&1 &
apply_pid=$!
eventually "Init:0/2 while the first init container runs" 5 "slow-init +0/1 +Init:0/2" pr get pods slow-init
eventually "Init:1/2 while the second runs" 5 "slow-init +0/1 +Init:1/2" pr get pods slow-init
wait $apply_pid && ok || bad "apply of slow-init failed"
eventually "then Running" 5 "slow-init +1/1 +Running" pr get pods slow-init
expect "delete slow-init" pr delete pod slow-init --now
m=$(pod init-never "  restartPolicy: Never
  initContainers:
  - {name: fails, $C, command: [sh, -c, 'echo cannot; exit 1']}
  containers:
  - {name: app, $C, command: [sleep, '3600']}")
# As kubectl's: apply returns once the init container runs; its failure is the pod's status.
expect "Never + failing init: apply returns" fast -f "$m"
eventually "… Init:Error, the pod Failed" 5 "init-never +0/1 +Init:Error +0" pr get pods init-never
expect_out "… phase Failed" "^Failed$" state_of init-never "s['phase']"
expect_out "… a Failed event names the init container" "Warning +Failed .*Init container fails failed with exit code 1" pr describe pod init-never
expect_fail "… apply --wait on it fails" pr apply -f "$m" --wait --timeout 5s
expect "delete init-never" pr delete pod init-never --grace-period 0
m=$(pod init-retry "  initContainers:
  - {name: fails, $C, command: [sh, -c, 'exit 1']}
  containers:
  - {name: app, $C, command: [sleep, '3600']}")
expect "Always + failing init: apply returns" fast -f "$m"
eventually "… Init:CrashLoopBackOff or Init:Error, with restarts" 8 "init-retry +0/1 +Init:(CrashLoopBackOff|Error) +[1-9]" pr get pods init-retry
expect_out "… the app never started" "PodInitializing" state_of init-retry "s['containers'][1]['reason']"
expect "delete init-retry" pr delete pod init-retry --now

leak_check "before: Sidecars"
# --- Sidecars: start in order, count in READY, do not block completion, stop last -----------
expect "apply the sidecar lesson" pr apply -f "$src/manifests/sidecar.yaml"
eventually "the init container reached the sidecar before the app started" 5 "^from-sidecar$" pr logs sidecar -c wait-for-proxy
eventually "READY counts the sidecar: 2/2" 5 "sidecar +2/2 +Running" pr get pods sidecar
expect "delete the sidecar lesson" pr delete pod sidecar
m=$(pod job-with-sidecar "  restartPolicy: Never
  initContainers:
  - {name: helper, $C, restartPolicy: Always, command: [sh, -c, 'trap \"exit 0\" TERM; while true; do sleep 0.1; done']}
  containers:
  - {name: job, $C, command: [sh, -c, 'sleep 0.5; echo job done']}")
expect "apply a job with a sidecar" fast -f "$m"
eventually "the sidecar does not block completion" 8 "job-with-sidecar +0/[0-9] +Completed" pr get pods job-with-sidecar
eventually "… and is stopped once the job is done" 8 "^terminated$" state_of job-with-sidecar "s['containers'][0]['state']"
expect "delete job-with-sidecar" pr delete pod job-with-sidecar --now
# Termination order: the app container first, then the sidecars, the last declared first.
mkdir -p "$work/order"
m=$(pod order "  terminationGracePeriodSeconds: 10
  initContainers:
  - {name: side-a, $C, restartPolicy: Always, command: [sh, -c, 'trap \"echo side-a >> /o/log; exit 0\" TERM; while true; do sleep 0.1; done'], volumeMounts: [{name: o, mountPath: /o}]}
  - {name: side-b, $C, restartPolicy: Always, command: [sh, -c, 'trap \"echo side-b >> /o/log; exit 0\" TERM; while true; do sleep 0.1; done'], volumeMounts: [{name: o, mountPath: /o}]}
  containers:
  - {name: app, $C, command: [sh, -c, 'trap \"sleep 0.3; echo app >> /o/log; exit 0\" TERM; while true; do sleep 0.1; done'], volumeMounts: [{name: o, mountPath: /o}]}
  volumes:
  - {name: o, hostPath: {path: $work/order, type: Directory}}")
expect "apply order" pr apply -f "$m"
expect "delete order" pr delete pod order
expect_out "stopped: app, then side-b, then side-a" "^app side-b side-a $" sh -c "tr '\n' ' ' < $work/order/log"

# preStop runs before SIGTERM and inside the grace period; a container that ignores SIGTERM
# is SIGKILLed when the grace period ends, measured.
mkdir -p "$work/prestop"
m=$(pod prestop "  terminationGracePeriodSeconds: 3
  containers:
  - name: main
    $B
    command: [sh, -c, 'trap \"echo term >> /p/log\" TERM; while true; do sleep 0.1; done']
    lifecycle: {preStop: {exec: {command: [sh, -c, 'echo prestop >> /p/log; sleep 1']}}}
    volumeMounts: [{name: p, mountPath: /p}]
  volumes:
  - {name: p, hostPath: {path: $work/prestop, type: Directory}}")
expect "apply prestop" pr apply -f "$m"
start=$(date +%s%N)
expect "delete prestop" pr delete pod prestop
ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_out "preStop ran before SIGTERM" "^prestop term $" sh -c "tr '\n' ' ' < $work/prestop/log"
[ "$ms" -ge 3000 ] && [ "$ms" -lt 4500 ] && ok || bad "a container that survives SIGTERM: delete took ${ms} ms, want the 3 s grace (preStop's 1 s included)"
m=$(pod stubborn "  containers:
  - {name: main, $C, command: [sh, -c, 'trap \"\" TERM; while true; do sleep 0.1; done']}")
expect "apply stubborn" pr apply -f "$m"
start=$(date +%s%N)
expect "delete stubborn --grace-period 2" pr delete pod stubborn --grace-period 2
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -ge 2000 ] && [ "$ms" -lt 3500 ] && ok || bad "--grace-period 2 on a container ignoring SIGTERM took ${ms} ms"
# PID 1 without a TERM handler (sleep): the kernel drops SIGTERM; an event says why the delete
# waits out the grace period, which still ends with SIGKILL.
m=$(pod term-dropped "  terminationGracePeriodSeconds: 2
  containers:
  - {name: main, $C, command: [sleep, '3600']}")
expect "apply term-dropped" pr apply -f "$m"
expect "delete term-dropped --wait=false" pr delete pod term-dropped --wait=false
eventually "StopSignalIgnored: PID 1 has no handler for SIGTERM" 3 "StopSignalIgnored .*PID 1 has no handler for SIGTERM" pr describe pod term-dropped
expect_out "… and the pod still terminates during the grace period" "term-dropped +0/1 +Terminating" pr get pods term-dropped
eventually "… then it is gone" 6 "not found" pr get pods term-dropped

leak_check "before: Hooks"
# --- Hooks ----------------------------------------------------------------------------------
expect "apply the hooks lesson" pr apply -f "$src/manifests/lifecycle-hooks.yaml"
expect_out "the next container waited for postStart" "^written-by-postStart$" pr logs hooks -c second
start=$(date +%s%N)
expect "delete hooks (preStop sleeps 1 s)" pr delete pod hooks
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -ge 1000 ] && ok || bad "preStop sleep 1s: delete took only ${ms} ms"
m=$(pod bad-hook "  containers:
  - name: main
    $B
    command: [sleep, '3600']
    lifecycle: {postStart: {exec: {command: [sh, -c, 'exit 4']}}}")
expect "apply a failing postStart" fast -f "$m"
eventually "FailedPostStartHook: the container is killed and restarted" 8 "FailedPostStartHook" pr describe pod bad-hook
eventually "… restarts grow" 8 "bad-hook +0/1 +[A-Za-z]+ +[1-9]" pr get pods bad-hook
expect "delete bad-hook" pr delete pod bad-hook --now
# A refused document beside a pod whose start waits (its postStart hook waits for a file this
# test makes): the refusal is on stderr while the pod still starts, not only once apply returns
# (a static podrun holds its messages back only until the pulls are done: it might yet hand
# the command on to podrun-dynamic).
mkdir -p "$work/gate"
m=$(pod gated "  volumes: [{name: gate, hostPath: {path: $work/gate, type: Directory}}]
  containers:
  - name: main
    $B
    command: [sleep, '3600']
    volumeMounts: [{name: gate, mountPath: /gate}]
    lifecycle: {postStart: {exec: {command: [sh, -c, 'while [ ! -e /gate/go ]; do sleep 0.1; done']}}}")
printf -- '---\napiVersion: v1\nkind: Pod\nmetadata: {name: Bad_Name}\nspec: {containers: [{name: c, image: busybox}]}\n' >>"$m"
pr apply -f "$m" >"$work/gated.out" 2>"$work/gated.err" &
apply_pid=$!
eventually "a refused document is said while the pod starts" 10 "Bad_Name" cat "$work/gated.err"
kill -0 "$apply_pid" 2>/dev/null && ok || bad "apply had returned before its refusal was said"
touch "$work/gate/go"
wait "$apply_pid"
rc=$?
[ "$rc" = 1 ] && ok || bad "apply with a refused document: exit $rc, not 1"
grep -q "^pod/gated created" "$work/gated.out" && ok || bad "the gated pod was not created: $(cat "$work/gated.out")"
[ "$(grep -c "Bad_Name" "$work/gated.err")" = 1 ] && ok || bad "the refusal was not said exactly once: $(cat "$work/gated.err")"
expect "delete gated" pr delete pod gated --now

leak_check "before: Probes"
# --- Probes ---------------------------------------------------------------------------------
expect "apply the probes lesson, --wait for Ready" pr apply -f "$src/manifests/probes.yaml" --wait --timeout 20s
expect_out "READY 1/1 after the readiness probe" "probes +1/1 +Running" pr get pods probes
expect "break readiness" pr exec probes -- rm /www/healthz
eventually "readiness failing: READY 0/1, no restart" 8 "probes +0/1 +Running +0 " pr get pods probes
expect_out "… Unhealthy events name the probe" "Readiness probe failed: HTTP probe failed with statuscode: 404" pr describe pod probes
expect_out "… the Ready condition is False" '"type": "Ready"' sh -c "$podrun --root $root --storage $store get pod probes -o json | python3 -c 'import json,sys; print(json.dumps([c for c in json.load(sys.stdin)[\"status\"][\"conditions\"] if c[\"status\"]==\"False\"]))'"
expect "repair readiness" pr exec probes -- sh -c 'echo ok > /www/healthz'
eventually "readiness passing again: READY 1/1" 8 "probes +1/1 +Running +0 " pr get pods probes
expect "delete probes" pr delete pod probes --now
# A startup probe holds readiness back: the readiness probe (always true) is not run, and the
# container is not ready, until the startup probe passes (the container creates /tmp/go
# after 2 s).
m=$(pod slow-start "  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    command: [sh, -c, 'sleep 2; touch /tmp/go; exec sleep 3600']
    startupProbe: {exec: {command: [cat, /tmp/go]}, periodSeconds: 1, failureThreshold: 10}
    readinessProbe: {exec: {command: ['true']}, periodSeconds: 1}")
expect "apply slow-start" pr apply -f "$m"
expect_out "before the startup probe passes: not started, not ready" "^False False$" state_of slow-start "s['containers'][0]['started'], s['containers'][0]['ready']"
eventually "then started and ready" 8 "^True True$" state_of slow-start "s['containers'][0]['started'], s['containers'][0]['ready']"
expect_out "no restart on the way" "^0$" state_of slow-start "s['containers'][0]['restartCount']"
expect "delete slow-start" pr delete pod slow-start --now
# A process that is not PID 1 (the pause holder is, with shareProcessNamespace) dies of the
# liveness kill's SIGTERM: 143.
m=$(pod term143 "  shareProcessNamespace: true
  terminationGracePeriodSeconds: 5
  containers:
  - name: main
    $B
    command: [sleep, '3600']
    livenessProbe: {exec: {command: ['false']}, periodSeconds: 1, failureThreshold: 1}")
expect "apply term143" fast -f "$m"
eventually "SIGTERM of a liveness kill: exit code 143" 10 "^143$" state_of term143 "s['containers'][0].get('lastState', {}).get('exitCode')"
expect "delete term143" pr delete pod term143 --now
m=$(pod liveness "  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    command: [sh, -c, 'touch /tmp/alive; sleep 1; rm /tmp/alive; sleep 3600']
    livenessProbe: {exec: {command: [cat, /tmp/alive]}, periodSeconds: 1, failureThreshold: 2}")
expect "apply a pod whose liveness fails" fast -f "$m"
eventually "liveness failure restarts the container" 15 "liveness +[01]/1 +[A-Za-z]+ +[1-9]" pr get pods liveness
expect_out "… Killing event" "Container main failed liveness probe, will be restarted" pr describe pod liveness
# sh is PID 1 of its PID namespace and has no TERM handler: the kernel drops SIGTERM, and the
# grace period ends with SIGKILL, as on a kubelet.
expect_out "… the killed instance got SIGKILL after the grace period: 137" "^137$" state_of liveness "s['containers'][0]['lastState']['exitCode']"
expect "delete liveness" pr delete pod liveness --now
m=$(pod never-ready "  containers:
  - name: main
    $B
    command: [sleep, '3600']
    readinessProbe: {tcpSocket: {port: 9}, periodSeconds: 1}")
expect "apply a pod that never gets ready" pr apply -f "$m"
expect_out "apply --wait times out on it" "timed out waiting for pod/never-ready" pr apply -f "$m" --wait --timeout 2s
expect_out "… and says why in the events" "Readiness probe failed: dial tcp [0-9.]+:9" pr describe pod never-ready
expect "delete never-ready" pr delete pod never-ready --now

# --- restartPolicyRules: exit-code rules before the restart policy --------------------------
# Under restartPolicy Never, exit 42 restarts the container (Restart rule); its second instance
# exits 0, and the pod succeeds with one restart.
mkdir -p "$work/rules"
m=$(pod rules "  restartPolicy: Never
  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    restartPolicy: Never
    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]
    command: [sh, -c, 'if [ -e /r/once ]; then exit 0; fi; touch /r/once; exit 42']
    volumeMounts: [{name: r, mountPath: /r}]
  volumes:
  - {name: r, hostPath: {path: $work/rules, type: Directory}}")
expect "apply a pod whose exit 42 restarts it under Never" fast -f "$m"
eventually "rules: the pod succeeds after one restart" 10 "rules +0/1 +Completed +1 " pr get pods rules
expect_out "rules: the last state is the exit 42" "^42$" state_of rules "s['containers'][0]['lastState']['exitCode']"
expect "delete rules" pr delete pod rules --now
# An exit code no rule lists falls to the container's restartPolicy (Never): the pod fails.
m=$(pod norule "  restartPolicy: Always
  containers:
  - name: main
    $B
    restartPolicy: Never
    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]
    command: [sh, -c, 'exit 3']")
expect "apply a pod whose exit 3 no rule lists" fast -f "$m"
eventually "norule: the container's own Never wins over the pod's Always" 10 "norule +0/1 +Error +0 " pr get pods norule
expect "delete norule" pr delete pod norule --now

# RestartAllContainers (the docs' restart-all-containers example, shortened): the watcher
# sidecar's exit 88 kills the app container at once and runs the pod again from its init
# container, in the same sandbox: same pause holder, same address.
mkdir -p "$work/all"
m=$(pod restart-all "  restartPolicy: Never
  terminationGracePeriodSeconds: 30
  initContainers:
  - name: setup
    $B
    command: [sh, -c, 'echo setup >> /all/log']
    volumeMounts: [{name: all, mountPath: /all}]
  - name: watcher
    $B
    restartPolicy: Always
    restartPolicyRules: [{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}]
    command: [sh, -c, 'if [ -e /all/restarted ]; then exec sleep 3600; fi; sleep 1; touch /all/restarted; exit 88']
    volumeMounts: [{name: all, mountPath: /all}]
  containers:
  - name: main
    $B
    command: [sh, -c, 'echo main >> /all/log; trap \"echo term >> /all/log\" TERM; while true; do sleep 1; done']
    lifecycle: {preStop: {exec: {command: [sh, -c, 'echo prestop >> /all/log']}}}
    volumeMounts: [{name: all, mountPath: /all}]
  volumes:
  - {name: all, hostPath: {path: $work/all, type: Directory}}")
expect "apply restart-all" fast -f "$m"
pause_before=$(state_of restart-all "s['pause']['pid']")
ip_before=$(state_of restart-all "s['podIP']")
eventually "restart-all: setup ran twice, main started twice" 15 "^setup main setup main $" sh -c "tr '\n' ' ' < $work/all/log"
eventually "restart-all: running again, every container restarted once" 10 "restart-all +2/2 +Running +[1-9]" pr get pods restart-all
expect_out "restart-all: main was killed, no preStop and no SIGTERM" "^setup main setup main $" sh -c "tr '\n' ' ' < $work/all/log"
expect_out "restart-all: the same pause holder" "^$pause_before$" state_of restart-all "s['pause']['pid']"
expect_out "restart-all: the same address" "^$ip_before$" state_of restart-all "s['podIP']"
expect_out "restart-all: the event says why" "RestartAllContainers .*exited with code 88, triggering pod restart" pr describe pod restart-all
expect_out "restart-all: main's restart count is 1" "^1$" state_of restart-all "[c['restartCount'] for c in s['containers'] if c['name']=='main'][0]"
expect "delete restart-all" pr delete pod restart-all --now

# --- lifecycle.stopSignal: delete sends it instead of SIGTERM -------------------------------
mkdir -p "$work/sig"
m=$(pod stopsig "  os: {name: linux}
  terminationGracePeriodSeconds: 5
  containers:
  - name: main
    $B
    lifecycle: {stopSignal: SIGQUIT}
    command: [sh, -c, 'trap \"echo QUIT >> /s/log; exit 0\" QUIT; trap \"echo TERM >> /s/log; exit 0\" TERM; while true; do sleep 0.2; done']
    volumeMounts: [{name: s, mountPath: /s}]
  volumes:
  - {name: s, hostPath: {path: $work/sig, type: Directory}}")
expect "apply a pod stopped with SIGQUIT" pr apply -f "$m"
expect_out "plan: the stop signal" "stopped with signal 3 \(lifecycle.stopSignal\)" pr plan -f "$m"
expect "delete it (graceful)" pr delete pod stopsig
expect_out "stopSignal: the container got SIGQUIT, not SIGTERM" "^QUIT$" cat "$work/sig/log"

leak_check "before: logs -f"
# --- logs -f follows across restarts ----------------------------------------------------------
m=$(pod chatty "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sh, -c, 'echo instance-\$(cat /proc/uptime | cut -d. -f1)-\$\$; sleep 0.3; exit 1']}")
expect "apply chatty" fast -f "$m"
lines=$(timeout 3 "$podrun" --root "$root" --storage "$store" logs -f chatty | grep -c '^instance-')
[ "$lines" -ge 2 ] && ok || bad "logs -f saw $lines instances, want several"
expect "delete chatty" pr delete pod chatty --now
# Rotation at the size limit (--log-max-size 16Ki, 5 files): 3000 numbered lines (~50 KB)
# leave rotated files, and `logs` reads them in order.
m=$(pod loud "  restartPolicy: Never
  containers:
  - {name: main, $C, command: [sh, -c, 'i=1; while [ \$i -le 3000 ]; do echo line-\$i; i=\$((i+1)); done']}")
expect "apply loud with --log-max-size 16Ki" pr apply --log-max-size 16Ki -f "$m"
eventually "loud completes" 10 "loud +0/1 +Completed" pr get pods loud
expect "the log was rotated" test -e "$root/pods/default/loud/logs/main/0.log.1"
n=$(ls "$root/pods/default/loud/logs/main/" | wc -l)
[ "$n" -le 5 ] && ok || bad "rotation kept $n files, want at most 5"
expect_out "logs ends with the last line" "^line-3000$" sh -c "$podrun --root $root --storage $store logs loud | tail -1"
expect_out "--tail 2 across the files" "^line-2999 line-3000 $" sh -c "$podrun --root $root --storage $store logs loud --tail 2 | tr '\n' ' '"
expect "delete loud" pr delete pod loud --now

# The supervisor's own diagnostics (common/log.h): at the level of the apply that started it, in
# <root>/supervisor.log — each action it takes with -vv; nothing from a pod applied at the default.
m=$(one_pod quiet "" "" ", command: [sleep, \"3600\"]")
expect "apply a pod at the default level" pr apply -f "$m"
expect "delete it" pr delete pod quiet --now
expect_out "a quiet pod's supervisor wrote nothing" "^0$" sh -c "cat $root/supervisor.log 2>/dev/null | grep -c 'default/quiet'"
m=$(one_pod logged "" "" ", command: [sleep, \"3600\"]")
expect "apply -vv" pr -vv apply -f "$m"
expect "delete it" pr delete pod logged --now
expect_out "-vv: its supervisor logged the start" "supervisor default/logged\[[0-9]+\] debug: Start c \(NotStarted\)" cat "$root/supervisor.log"
expect_out "-vv: and the stop" "supervisor default/logged\[[0-9]+\] debug: Terminate c \(Running\)" cat "$root/supervisor.log"
