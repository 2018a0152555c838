#!/usr/bin/env bash
# Resource exhaustion: a state root and an image store out of space, a process out of file
# descriptors, a fork bomb at a pod's pids limit, a container flooding its output. Each fails
# with a message that says what ran out (or is contained), leaves nothing behind, and leaves
# the host and the other pods unaffected.
#
# usage: exhaustion_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
tiny=$work/tiny
mkdir -p "$tiny"
cleanup_mounts() { local mp; for mp in "$tiny"/*; do mountpoint -q "$mp" && umount -l "$mp"; done; }
finish() { cleanup_mounts; leak_check "after the suite"; report; }
trap finish EXIT
expect "import busybox" pr image import "$busybox"

# 1. An image store without room: the import fails saying so, the store keeps nothing of it.
mkdir -p "$tiny/store" && mount -t tmpfs -o size=1m tmpfs "$tiny/store"
out=$("$podrun" --root "$root" --storage "$tiny/store/s" image import "$busybox" 2>&1); rc=$?
[ "$rc" -eq 1 ] && ok || bad "import into a full store: exit $rc, not 1"
matches "(No space left on device|free space|space)" "$out" && ok || bad "the import does not say the store is full: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] && ok || bad "the import's error is not one line: $out"
left=$(find "$tiny/store/s" -mindepth 3 \( -path '*/tmp/*' -o -path '*/blobs/sha256/*' -o -path '*/layers/*' \) 2>/dev/null | head -3)
[ -z "$left" ] && ok || bad "a failed import left in the store: $left"
expect_out "the store lists no image" "^REPOSITORY" "$podrun" --root "$root" --storage "$tiny/store/s" image ls

# 2. A state root out of inodes: apply fails with the reason, and leaves no pod behind.
mkdir -p "$tiny/state" && mount -t tmpfs -o size=1m,nr_inodes=4 tmpfs "$tiny/state"
m=$(one_pod ex-state "" "" ", command: [sleep, '3600']")
out=$("$podrun" --root "$tiny/state/r" --storage "$store" apply -f "$m" 2>&1); rc=$?
[ "$rc" -ne 0 ] && ok || bad "apply into a full state root succeeded"
matches "No space left on device" "$out" && ok || bad "apply does not say the state root is full: $out"
"$podrun" --root "$tiny/state/r" --storage "$store" delete pod ex-state --now >/dev/null 2>&1
"$podrun" --root "$tiny/state/r" --storage "$store" gc >/dev/null 2>&1
n=$(for p in $(pgrep -x podrun-sup); do readlink "/proc/$p/cwd"; done | grep -c "^$tiny/state/")
[ "$n" = 0 ] && ok || bad "$n supervisors left for the full state root"
grep -q " $tiny/state/r" /proc/self/mountinfo && bad "mounts left under the full state root" || ok
cleanup_mounts

# 3. Out of file descriptors: apply with a limit of 12 says so before it does anything; with a
#    soft limit of 12 under a higher hard one it raises its own and runs.
out=$(bash -c "ulimit -n 12; exec \"$podrun\" --root \"$root\" --storage \"$store\" apply -f \"$m\"" 2>&1); rc=$?
[ "$rc" -eq 1 ] && ok || bad "apply with 12 fds: exit $rc, not 1"
matches "^podrun: apply needs at least 256 open files per process, and .ulimit -n. is 12 " "$out" && ok || bad "apply does not say it lacks fds: $out"
[ -z "$(ls "$root/pods/default" 2>/dev/null)" ] && ok || bad "apply with 12 fds left a pod directory"
expect "with soft 12 and hard 4096 it raises its own limit and runs" bash -c "ulimit -Sn 12; ulimit -Hn 4096; exec \"$podrun\" --root \"$root\" --storage \"$store\" apply -f \"$m\""
pr delete pod ex-state --now >/dev/null 2>&1
leak_check "after running out of fds"

# 4. A fork bomb at the pod's pids limit: held there, the host and another pod unaffected.
other=$(one_pod ex-other "" "" ", command: [sleep, '3600']")
bomb=$(one_pod ex-bomb "" "" ", command: [sh, -c, 'sleep 1; b() { b | b & }; b; sleep 3600']")
expect "a neighbour pod" pr apply -f "$other"
expect "a pod that forks without end, at 64 pids" pr apply --pod-pids-limit 64 -f "$bomb"
sleep 4
cg=$(find /sys/fs/cgroup/pids/podrun /sys/fs/cgroup/podrun -maxdepth 2 -type d -name "pod$(state_of ex-bomb "s['uid']")" 2>/dev/null | head -1)
cur=$(cat "$cg/pids.current" 2>/dev/null || echo 0)
[ "$cur" -le 64 ] && [ "$cur" -ge 32 ] && ok || bad "the bomb's pod holds $cur pids (limit 64)"
events=$(cat "$cg"/pids.events "$cg"/*/pids.events 2>/dev/null)
matches "max [1-9]" "$events" && ok || bad "the pids limit was never hit: $events"
expect_out "the neighbour still runs a command" "^ok$" pr exec ex-other -- echo ok
expect_out "the host still forks" "^ok$" sh -c 'echo ok'
expect "delete the bomb" pr delete pod ex-bomb --now
expect "delete the neighbour" pr delete pod ex-other --now

# 5. A container flooding its output: the log stays under its cap (1Mi × 5 files), the
#    supervisor's memory flat.
flood=$(one_pod ex-flood "" "" ", command: [sh, -c, 'yes 0123456789abcdefghijklmnopqrstuvwxyz']")
expect "a pod that writes without end, logs capped at 1Mi" pr apply --log-max-size 1Mi -f "$flood"
sup=$(state_of ex-flood "s['supervisor']['pid']")
sleep 2
rss1=$(awk '/VmRSS/ {print $2}' "/proc/$sup/status")
sleep 6
rss2=$(awk '/VmRSS/ {print $2}' "/proc/$sup/status")
size=$(du -sk "$(dirname "$(find "$store"/pods/*/logs/c -name '*.log' | head -1)")" | cut -f1)
[ "$size" -le $((6 * 1024 + 64)) ] && ok || bad "the flood's logs take ${size} KB (cap: 5 files of 1 MiB and the one being written)"
[ "$rss2" -le $((rss1 + 512)) ] && ok || bad "the supervisor grew from ${rss1} KB to ${rss2} KB while the container flooded"
expect_out "logs still answers, with the last lines" "^0123456789abcdefghijklmnopqrstuvwxyz$" pr logs ex-flood --tail 1
expect "delete the flood" pr delete pod ex-flood --now
[ "$failed" -eq 0 ]
