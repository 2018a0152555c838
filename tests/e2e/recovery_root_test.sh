#!/usr/bin/env bash
# Recovery: what is left when a pod's state goes under it, when its supervisor is killed, and
# after a (simulated) reboot — found by podrun gc through podrun's own marks (supervisors'
# working directories, pod cgroups with their storage's owner file, address tables, storage),
# listed by gc --dry-run without a change, removed by gc, with nothing of another root touched.
#
# usage: recovery_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
expect "import busybox" pr image import "$busybox"
alive() { [ -r "/proc/$1/stat" ] && ! awk '{exit !($3 == "Z")}' "/proc/$1/stat"; }
sup_of() { state_of "$1" "s['supervisor']['pid']"; }
pod_cgroup() { find /sys/fs/cgroup/pids/podrun /sys/fs/cgroup/podrun -maxdepth 2 -type d -name "pod$(state_of "$1" "s['uid']")" 2>/dev/null | head -1; }
nonroot=$(one_pod rec-nonroot "" "  securityContext: {runAsUser: 1000, runAsGroup: 1000}" ", command: [sleep, '3600']")
plain=$(one_pod rec-plain "" "" ", command: [sleep, '3600']")
# A pod of another state root on the same machine: gc of this root never touches it.
other=$work/other-root
po() { "$podrun" --root "$other" --storage "$store" "$@"; }
expect "a pod in another state root" po apply -f "$(one_pod rec-other "" "" ", command: [sleep, '3600']")"
other_sup=$(python3 -c "import json; print(json.load(open('$other/pods/default/rec-other/state.json'))['supervisor']['pid'])")

# 1. The state removed under running pods (by hand): one pod's state.json, another's whole
#    directory content. Their supervisors run on; gc finds them by their working directory.
expect "apply a pod running as uid 1000" pr apply -f "$nonroot"
expect "apply a pod running as root" pr apply -f "$plain"
s1=$(sup_of rec-nonroot) s2=$(sup_of rec-plain) c1=$(pid_of rec-nonroot c) cg1=$(pod_cgroup rec-nonroot)
expect_out "a supervisor's working directory is its pod's" "^$root/pods/default/rec-nonroot\$" readlink "/proc/$s1/cwd"
rm -f "$root/pods/default/rec-nonroot/state.json"
find "$root/pods/default/rec-plain" -maxdepth 1 -type f -delete
expect_out "get pods no longer lists them" "No resources found" pr get pods
expect_out "gc --dry-run lists the first orphaned supervisor" "^supervisor/$s1 \\($root/pods/default/rec-nonroot\\) would be deleted \\(dry run\\)$" pr gc --dry-run
expect_out "… and the second" "^supervisor/$s2 \\($root/pods/default/rec-plain\\) would be deleted \\(dry run\\)$" pr gc --dry-run
alive "$s1" && alive "$c1" && [ -d "$cg1" ] && ok || bad "gc --dry-run changed something"
expect_out "gc stops them" "^supervisor/$s1 .* deleted$" pr gc
alive "$s1" && bad "the orphaned supervisor $s1 runs on" || ok
alive "$c1" && bad "its container $c1 runs on" || ok
[ -d "$cg1" ] && bad "its cgroup $cg1 is left" || ok
expect_out "their directories are gone" "^$" sh -c "ls '$root/pods/default' 2>/dev/null"
alive "$other_sup" && ok || bad "gc of this root stopped the other root's pod"

# 2. A supervisor killed with SIGKILL, its state left: the pod says Unknown; a container that
#    changed its user (no parent-death signal any more) outlives it until delete or a new
#    apply, which never starts a second supervisor beside it.
expect "apply the uid 1000 pod again" pr apply -f "$nonroot"
s1=$(sup_of rec-nonroot) c1=$(pid_of rec-nonroot c)
kill -KILL "$s1"
eventually "the pod shows Unknown" 5 "^rec-nonroot .* Unknown " pr get pods
alive "$c1" && ok || bad "the uid 1000 container died with its supervisor (documented: it outlives it)"
expect "gc" pr gc
[ -f "$root/pods/default/rec-nonroot/state.json" ] && alive "$c1" && ok || bad "gc removed a pod whose state is there (delete's)"
expect_out "apply makes the pod again" "pod/rec-nonroot configured" pr apply -f "$nonroot"
alive "$c1" && bad "the old container $c1 survived the new apply" || ok
n=$(for p in $(pgrep -x podrun-sup); do readlink "/proc/$p/cwd"; done | grep -c "^$root/pods/default/rec-nonroot\$")
[ "$n" = 1 ] && ok || bad "$n supervisors for rec-nonroot"
expect "delete it" pr delete pod rec-nonroot --now

# 3. A simulated reboot: every process of the pod killed, its mounts and cgroups gone as a
#    reboot leaves them, the state root emptied; the storage (on disk) stays. podrun says
#    nothing runs, without an error; gc removes the storage and finds nothing else.
expect "apply a pod" pr apply -f "$plain"
cg=$(pod_cgroup rec-plain) sdir=$(ls -d "$store"/pods/*/ | head -1)
for p in $(cat "$cg/cgroup.procs" 2>/dev/null) $(sup_of rec-plain); do kill -KILL "$p" 2>/dev/null; done
sleep 0.3
for c in /sys/fs/cgroup/*/"${cg#/sys/fs/cgroup/pids/}" /sys/fs/cgroup/"${cg#/sys/fs/cgroup/}"; do [ -d "$c" ] && find "$c" -depth -type d -exec rmdir {} \; 2>/dev/null; done
grep " $root/" /proc/self/mountinfo | awk '{print $5}' | sort -r | while read -r m; do umount -l "$m"; done
rm -rf "$root"
expect_out "get pods after the reboot: nothing runs" "No resources found" pr get pods
[ -d "$sdir" ] && ok || bad "the storage was not kept as a reboot keeps /var"
expect_out "gc after the reboot removes the storage" "^storage/.* deleted$" pr gc
expect_out "a second gc finds nothing" "^0 stale address allocations released, 0 bridges removed$" pr gc
expect "delete the other root's pod" po delete pod rec-other --now
[ "$failed" -eq 0 ]
