#!/usr/bin/env bash
# Resources on real pods (root, cgroup v1 here; v2 where the machine has it): the plan's values
# in the kernel's cgroup files, every process of a container in its cgroup before it runs,
# oom_score_adj per QoS class, OOMKilled, the pod's pids limit, CPU limits seen by `top`,
# strays killed through the pod's cgroup, and no cgroup left behind.
#
# usage: resources_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
finish() {
  leak_check "after the suite"
  # With no pod left, no podrun cgroup directory remains in any controller (unless one was
  # there before the suite).
  if [ -z "${podrun_dirs_before:-}" ]; then
    left=$(ls -d /sys/fs/cgroup/*/podrun /sys/fs/cgroup/podrun 2>/dev/null)
    [ -z "$left" ] && ok || bad "podrun cgroup directories left: $left"
  fi
  report
}
trap finish EXIT
pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s%s}\nspec:\n%s\n' "$1" "${3:-}" "$2" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
C='image: busybox, imagePullPolicy: IfNotPresent'
expect "import busybox" pr image import "$busybox"
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then v=2; cg=/sys/fs/cgroup; else v=1; cg=/sys/fs/cgroup; fi
echo "running on cgroup v$v (real); the other driver is tested on a fake tree by the unit tests"
podrun_dirs_before=$(ls -d /sys/fs/cgroup/*/podrun /sys/fs/cgroup/podrun 2>/dev/null)
path_of() { state_of "$1" "[c['path'] for c in s['cgroups'] if c['owner']=='$2'][0]"; }

# --- The plan's values, in the kernel ---------------------------------------------------------
expect "apply resource-limits" pr apply -f "$src/manifests/resource-limits.yaml"
pod_path=$(path_of limited pod)
main_path=$(path_of limited main)
expect_out "the pod's cgroup is under podrun/burstable" "^podrun/burstable/pod[0-9a-f-]+$" echo "$pod_path"
if [ $v = 1 ]; then
  expect_out "memory.limit_in_bytes = 64Mi" "^67108864$" cat "$cg/memory/$main_path/memory.limit_in_bytes"
  expect_out "cpu.cfs_quota_us = 500m of 100ms" "^50000$" cat "$cg/cpu/$main_path/cpu.cfs_quota_us"
  expect_out "cpu.shares from the 250m request" "^256$" cat "$cg/cpu/$main_path/cpu.shares"
  expect_out "pids.max of the pod: the default 4096" "^4096$" cat "$cg/pids/$pod_path/pids.max"
  expect_out "the pod-level memory limit (every container has one)" "^67108864$" cat "$cg/memory/$pod_path/memory.limit_in_bytes"
  expect_out "the container reads its own limit at /sys/fs/cgroup" "^67108864$" pr exec limited -c main -- cat /sys/fs/cgroup/memory/memory.limit_in_bytes
  expect_out "and its own CPU quota" "^50000$" pr exec limited -c main -- cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
else
  expect_out "the container reads its own limit at /sys/fs/cgroup" "^67108864$" pr exec limited -c main -- cat /sys/fs/cgroup/memory.max
  expect_out "memory.max = 64Mi" "^67108864$" cat "$cg/$main_path/memory.max"
  expect_out "cpu.max = 500m" "^50000 100000$" cat "$cg/$main_path/cpu.max"
  expect_out "memory.oom.group" "^1$" cat "$cg/$main_path/memory.oom.group"
fi
main_pid=$(pid_of limited main)
pause_pid=$(state_of limited "s['pause']['pid']")
expect_out "the container's process is in its cgroup" "memory:/$main_path$|^0::/$main_path$" cat "/proc/$main_pid/cgroup"
expect_out "the pause holder is in the pod's cgroup" "memory:/$pod_path(/pause)?$|^0::/$pod_path/pause$" cat "/proc/$pause_pid/cgroup"
expect_out "inside, the cgroup namespace hides the path" "memory:/$|^0::/$" pr exec limited -- cat /proc/self/cgroup
expect_out "exec runs in the container's cgroup" "memory:/$|^0::/$" pr exec limited -- sh -c 'cat /proc/$$/cgroup'
# Lowering oom_score_adj needs CAP_SYS_RESOURCE; a root without it (some sandboxes) gets an
# event saying so instead.
if [ $(( 0x$(awk '/^CapEff/ {print $2}' /proc/self/status) >> 24 & 1 )) = 1 ]; then has_sys_resource=1; else has_sys_resource=0; fi
if [ $has_sys_resource = 1 ]; then
  expect_out "the pause holder's oom_score_adj is -998" "^-998$" cat "/proc/$pause_pid/oom_score_adj"
else
  expect_out "no CAP_SYS_RESOURCE: an event says the pause holder's score is not -998" "OOMScoreAdjNotSet .*not -998" pr describe pod limited
fi
adj=$(cat "/proc/$main_pid/oom_score_adj")
[ "$adj" -ge 2 ] && [ "$adj" -le 999 ] && ok || bad "a Burstable container's oom_score_adj is $adj, want 2..999"
expect_out "describe shows the cgroups and the values written" "memory.limit_in_bytes=67108864|memory.max=67108864" pr describe pod limited
expect "delete limited" pr delete pod limited --now
if [ $v = 1 ]; then [ ! -e "$cg/memory/$pod_path" ] && ok || bad "the pod's memory cgroup is left: $pod_path"; fi

m=$(pod guaranteed "  containers:
  - {name: main, $C, command: [sleep, '3600'], resources: {limits: {cpu: 100m, memory: 32Mi}}}")
expect "apply a Guaranteed pod" pr apply -f "$m"
expect_out "Guaranteed: directly under podrun/" "^podrun/pod" path_of guaranteed pod
if [ $has_sys_resource = 1 ]; then
  expect_out "Guaranteed: oom_score_adj -997" "^-997$" cat "/proc/$(pid_of guaranteed main)/oom_score_adj"
else
  expect_out "Guaranteed: the event says -997 could not be set" "OOMScoreAdjNotSet .*not -997" pr describe pod guaranteed
fi
expect "delete guaranteed" pr delete pod guaranteed --now
m=$(pod besteffort "  containers:
  - {name: main, $C, command: [sleep, '3600']}")
expect "apply a BestEffort pod" pr apply -f "$m"
expect_out "BestEffort: under podrun/besteffort" "^podrun/besteffort/pod" path_of besteffort pod
expect_out "BestEffort: oom_score_adj 1000" "^1000$" cat "/proc/$(pid_of besteffort main)/oom_score_adj"
expect "delete besteffort" pr delete pod besteffort --now
leak_check "after the values"

# --- OOMKilled ----------------------------------------------------------------------------------
# dd allocates its 128 MiB block and fills it: more than the 64 MiB limit.
m=$(pod oom "  restartPolicy: Never
  containers:
  - {name: hog, $C, command: [dd, if=/dev/zero, of=/dev/null, bs=128M, count=1], resources: {limits: {memory: 64Mi}}}")
expect "apply a pod that exceeds its memory limit" pr apply -f "$m"
eventually "STATUS OOMKilled" 10 "oom +0/1 +OOMKilled" pr get pods oom
expect_out "exit code 137, reason OOMKilled" '"exitCode": 137' pr get pod oom -o json
expect_out "describe: Reason OOMKilled" "Reason: +OOMKilled" pr describe pod oom
expect "delete oom" pr delete pod oom --now
m=$(pod oom-restart "  containers:
  - {name: hog, $C, command: [dd, if=/dev/zero, of=/dev/null, bs=64M, count=1], resources: {limits: {memory: 24Mi}}}")
expect "apply an OOM under restartPolicy Always" pr apply --backoff-base 200ms -f "$m"
eventually "an OOMKilled container restarts per its policy" 10 "oom-restart +0/1 +[A-Za-z]+ +[2-9]" pr get pods oom-restart
expect_out "… its last state says OOMKilled" "^OOMKilled$" state_of oom-restart "s['containers'][0]['lastState']['reason']"
expect "delete oom-restart" pr delete pod oom-restart --now

# --- Pod-level resources (spec.resources): the pod's cgroup, and containers without limits -------
# The docs' pod-level-resources.yaml in small: one container with its own limits, one without;
# the one without gets the pod's limits in its own cgroup (KEP-2837), the pod's cgroup the pod's.
m=$(pod pod-level "  resources:
    requests: {cpu: 500m, memory: 48Mi}
    limits: {cpu: 750m, memory: 64Mi}
  containers:
  - {name: own, $C, command: [sleep, '3600'], resources: {requests: {cpu: 250m, memory: 16Mi}, limits: {cpu: 250m, memory: 32Mi}}}
  - {name: shared, $C, command: [sleep, '3600'],
     env: [{name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory}}}]}")
expect "apply a pod with pod-level resources" pr apply -f "$m"
pl_pod=$(path_of pod-level pod)
expect_out "pod-level: Burstable (requests below limits)" "^podrun/burstable/pod[0-9a-f-]+$" echo "$pl_pod"
if [ $v = 1 ]; then
  expect_out "pod-level: the pod's memory limit is spec.resources' 64Mi" "^67108864$" cat "$cg/memory/$pl_pod/memory.limit_in_bytes"
  expect_out "pod-level: the pod's CPU quota is 750m" "^75000$" cat "$cg/cpu/$pl_pod/cpu.cfs_quota_us"
  expect_out "pod-level: the pod's shares are its 500m request" "^512$" cat "$cg/cpu/$pl_pod/cpu.shares"
  expect_out "pod-level: a container with its own limit keeps it" "^33554432$" cat "$cg/memory/$(path_of pod-level own)/memory.limit_in_bytes"
  expect_out "pod-level: a container without one gets the pod's" "^67108864$" cat "$cg/memory/$(path_of pod-level shared)/memory.limit_in_bytes"
  expect_out "… and its CPU quota" "^75000$" cat "$cg/cpu/$(path_of pod-level shared)/cpu.cfs_quota_us"
  expect_out "… as the container itself reads it" "^67108864$" pr exec pod-level -c shared -- cat /sys/fs/cgroup/memory/memory.limit_in_bytes
else
  expect_out "pod-level: the pod's memory.max is spec.resources' 64Mi" "^67108864$" cat "$cg/$pl_pod/memory.max"
  expect_out "pod-level: the pod's cpu.max is 750m" "^75000 100000$" cat "$cg/$pl_pod/cpu.max"
  expect_out "pod-level: a container without a limit gets the pod's" "^67108864$" cat "$cg/$(path_of pod-level shared)/memory.max"
fi
expect_out "pod-level: the downward API's limits.memory is the pod's" "^67108864$" pr exec pod-level -c shared -- sh -c 'echo $MEM'
expect_out "pod-level: QoS Burstable in describe" "QoS Class: +Burstable" pr describe pod pod-level
expect "delete pod-level" pr delete pod pod-level --now
# The pod's limit binds all its containers together: two containers holding 20Mi each (dd's
# buffer) under a 32Mi pod limit, none with its own: the OOM killer acts in the pod's cgroup.
m=$(pod pod-oom "  restartPolicy: Never
  resources: {limits: {memory: 32Mi}}
  containers:
  - {name: a, $C, command: [dd, if=/dev/zero, of=/dev/null, bs=20M, count=1000000]}
  - {name: b, $C, command: [sh, -c, 'sleep 1; exec dd if=/dev/zero of=/dev/null bs=20M count=1000000']}")
expect "apply two containers over their pod's memory limit together" pr apply -f "$m"
expect_out "pod-level: Burstable (memory alone: Guaranteed needs cpu too)" "QoS Class: +Burstable" pr describe pod pod-oom
eventually "pod-level: the pod's limit OOM-kills a container" 10 "OOMKilled" pr get pod pod-oom -o json
expect "delete pod-oom" pr delete pod pod-oom --now

# --- The pod's pids limit: a fork bomb stops at pids.max -----------------------------------------
m=$(pod forky "  containers:
  - {name: main, $C, command: [sh, -c, 'sh -c \"i=0; while [ \\\$i -lt 40 ]; do sleep 600 & i=\\\$((i+1)); done\"; exec sleep 3600']}" ",
  annotations: {podrun.io/pids-limit: '16'}")
expect "apply a pod with podrun.io/pids-limit 16" pr apply -f "$m"
sleep 1
if [ $v = 1 ]; then expect_out "pids.max = 16" "^16$" cat "$cg/pids/$(path_of forky pod)/pids.max"; fi
n=$(pr exec forky -- ps | grep -c "sleep 600")
[ "$n" -ge 1 ] && [ "$n" -le 14 ] && ok || bad "pids-limit 16: $n sleeps run (want at most 16 processes in the pod)"
expect_out "forks beyond the limit fail" "can't fork|Resource temporarily unavailable" pr logs forky
expect "delete forky" pr delete pod forky --now

# --- CPU limit seen by top; top's layout ----------------------------------------------------------
m=$(pod spinner "  containers:
  - {name: spin, $C, command: [sh, -c, 'while :; do :; done'], resources: {limits: {cpu: 250m, memory: 32Mi}}}
  - {name: idle, $C, command: [sleep, '3600']}")
expect "apply spinner" pr apply -f "$m"
sleep 1
# A quarter of a CPU over 2 s is 0.5 s of CPU time, from the kernel's own counter.
spin_path=$(path_of spinner spin)
if [ $v = 1 ]; then used() { cat "$cg/cpuacct/$spin_path/cpuacct.usage"; }; else used() { echo $(( $(awk '/usage_usec/ {print $2}' "$cg/$spin_path/cpu.stat") * 1000 )); }; fi
a=$(used); sleep 2; b=$(used)
ms=$(( (b - a) / 1000000 ))
[ "$ms" -ge 350 ] && [ "$ms" -le 650 ] && ok || bad "a busy loop under a 250m limit used ${ms} ms of CPU in 2 s, want about 500"
top=$(pr top pod spinner --containers --interval 1000)
matches "^POD +NAME +CPU\(cores\) +MEMORY\(bytes\)" "$top" && ok || bad "top --containers header: $top"
cpu=$(echo "$top" | awk '$2 == "spin" {print $3}' | tr -d m)
[ -n "$cpu" ] && [ "$cpu" -ge 150 ] && [ "$cpu" -le 330 ] && ok || bad "top: a busy loop limited to 250m used ${cpu}m"
expect_out "top pod: one line per pod" "^spinner +[0-9]+m +[0-9]+Mi" pr top pod spinner
expect "delete spinner" pr delete pod spinner --now

# --- A process that escaped the supervisor dies with the pod ------------------------------------
m=$(pod escape "  hostPID: true
  restartPolicy: Never
  containers:
  - {name: main, $C, command: [sh, -c, 'sleep 900 & echo \$! > /out/stray; exec sleep 3600'], volumeMounts: [{name: out, mountPath: /out}]}
  volumes:
  - {name: out, hostPath: {path: $work, type: Directory}}")
expect "apply escape" pr apply -f "$m"
sleep 0.5
stray=$(cat "$work/stray" 2>/dev/null)
main=$(pid_of escape main)
kill -9 "$main" 2>/dev/null  # the container's main process dies: its child is orphaned
sleep 0.5
[ -n "$stray" ] && [ -d "/proc/$stray" ] && ok || bad "the stray ($stray) should still run before delete"
expect "delete escape" pr delete pod escape --now
sleep 0.2
[ -n "$stray" ] && [ ! -d "/proc/$stray" ] && ok || bad "the stray process $stray survived delete"
