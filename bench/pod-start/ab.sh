#!/usr/bin/env bash
# Two builds of podrun, interleaved: `apply` until Running and `delete` of the 1- and
# 3-container pods and `podrun version`, A and B in every round (taking turns to go first), so
# that the machine's drift hits both alike. Prints the median and p90 of each, B's median as a
# ratio of A's, and the median of the rounds' B / A. For "before and after" of a change: build
# the old commit elsewhere (e.g. git worktree add /tmp/old OLD && cmake -S /tmp/old -B
# /tmp/old/build && cmake --build /tmp/old/build) and pass its podrun as A.
#
# usage: bench/pod-start/ab.sh A_PODRUN B_PODRUN     (as root)   env: RUNS=20 PAUSE=0
# IDLE=SECONDS: each timed command spawned after that long idle (timeit.py)
# POOL=1: also the 1-container pod with a sandbox pool, each build's own `serve --sandbox-pool
# 2` on a state root of its own (row "pooled"), 0.3 s after each delete for its refill
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
A=${1:?usage: ab.sh A_PODRUN B_PODRUN}
B=${2:?usage: ab.sh A_PODRUN B_PODRUN}
RUNS=${RUNS:-20}
PAUSE=${PAUSE:-0}
POOL=${POOL:-0}
WORK=$HERE/.work
[[ $(id -u) == 0 ]] || { echo "bench/pod-start/ab.sh: needs root" >&2; exit 2; }
mkdir -p "$WORK"
BUSYBOX=$ROOT/build/images/busybox
[[ -f $BUSYBOX/index.json ]] || python3 "$ROOT/images/build-busybox.py" "$BUSYBOX" >/dev/null
STATE=/run/podrun-ab-$$
serve_pids=()
cleanup() {
  for p in "${serve_pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  "$B" --root "$STATE-b-pool" gc >/dev/null 2>&1
  "$A" --root "$STATE-a-pool" gc >/dev/null 2>&1
  "$B" --root "$STATE-b" gc >/dev/null 2>&1
  "$A" --root "$STATE-a" gc >/dev/null 2>&1
  rm -rf "$STATE-a" "$STATE-b" "$STATE-a-pool" "$STATE-b-pool"
}
trap cleanup EXIT
for side in a b; do
  bin=$A
  [[ $side == b ]] && bin=$B
  "$bin" --root "$STATE-$side" --storage "$WORK/store-$side" image inspect busybox >/dev/null 2>&1 ||
    "$bin" --root "$STATE-$side" --storage "$WORK/store-$side" image import "$BUSYBOX" >/dev/null
done
if [[ $POOL == 1 ]]; then
  for side in a b; do
    bin=$A
    [[ $side == b ]] && bin=$B
    "$bin" --root "$STATE-$side-pool" --storage "$WORK/store-$side" serve --sandbox-pool 2 </dev/null >"$WORK/serve-$side.log" 2>&1 &
    serve_pids+=($!)
  done
  # Each ready pooled supervisor listens on ROOT/pool.d/PID (a build before 2026-12-07
  # evening had ROOT/pool.sock: its pool is then waited for by time).
  for _ in $(seq 50); do
    (($(find "$STATE-a-pool/pool.d" "$STATE-b-pool/pool.d" -type s 2>/dev/null | wc -l) >= 4)) && break
    sleep 0.1
  done
  sleep 0.5
fi
t() { python3 "$HERE/timeit.py" -- "$@"; }
: >"$WORK/ab.tsv"
for ((i = 1; i <= RUNS; i++)); do
  # The sides take turns going first (below, why); here too: two builds whose `version` is
  # the same code measured 0.88 with one always second.
  sides="a b"
  ((i % 2 == 0)) && sides="b a"
  # The CLI's own start-up (what every command pays: loading, static set-up, the log).
  for side in $sides; do
    bin=$A
    [[ $side == b ]] && bin=$B
    for _ in 1 2 3; do printf '%s\tcli\tversion\t%s\n' $side "$(t "$bin" version)" >>"$WORK/ab.tsv"; done
  done
  # The sides take turns going first: a start right after a delete waits on the kernel's
  # freeing of the deleted pod's namespaces and mounts, and in a fixed order one side's
  # starts would always follow the other's deletes of the same pod, the other's of a smaller
  # one. PAUSE (seconds, 0 by default) after each delete: starts on a machine at rest, where
  # what the kernel keeps warm between back-to-back starts (an RCU grace period's sync of
  # cgroup migrations, caches) has gone cold: every start is slower then.
  for m in one three; do
    for side in $sides; do
      bin=$A
      [[ $side == b ]] && bin=$B
      pr=("$bin" --root "$STATE-$side" --storage "$WORK/store-$side")
      printf '%s\t%s\tapply\t%s\n' $side $m "$(t "${pr[@]}" apply -f "$HERE/$m.yaml")" >>"$WORK/ab.tsv"
      printf '%s\t%s\tdelete\t%s\n' $side $m "$(t "${pr[@]}" delete -f "$HERE/$m.yaml")" >>"$WORK/ab.tsv"
      sleep "$PAUSE"
    done
  done
  if [[ $POOL == 1 ]]; then
    for side in $sides; do
      bin=$A
      [[ $side == b ]] && bin=$B
      pr=("$bin" --root "$STATE-$side-pool" --storage "$WORK/store-$side")
      printf '%s\tpooled\tapply\t%s\n' $side "$(t "${pr[@]}" apply -f "$HERE/one.yaml")" >>"$WORK/ab.tsv"
      "${pr[@]}" delete -f "$HERE/one.yaml" >/dev/null
      sleep 0.3  # the pool refills 0.2 s after a claim
    done
  fi
done
python3 - "$WORK/ab.tsv" <<'PY'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
def pick(side, pod, op):
    return sorted(float(r[3]) for r in rows if r[0] == side and r[1] == pod and r[2] == op)
def p90(v):
    return v[min(len(v) - 1, int(len(v) * 0.9 + 0.5) - 1)]
def in_order(side, pod, op):
    return [float(r[3]) for r in rows if r[0] == side and r[1] == pod and r[2] == op]
# "paired": the median of each round's B / A, which the machine's drift over the run (its
# disk, its neighbours) moves less than the ratio of the two medians; "B faster": in how many
# rounds.
print("%-8s %-7s %16s %16s %8s %8s %9s" % ("pod", "op", "A med / p90", "B med / p90", "B / A", "paired", "B faster"))
for pod, op in (("cli", "version"), ("one", "apply"), ("one", "delete"), ("three", "apply"), ("three", "delete"), ("pooled", "apply")):
    a, b = pick("a", pod, op), pick("b", pod, op)
    if not a or not b:
        continue
    pairs = list(zip(in_order("a", pod, op), in_order("b", pod, op)))
    print("%-8s %-7s %7.1f / %6.1f %7.1f / %6.1f %8.2f %8.2f %5d/%d" % (pod, op, statistics.median(a), p90(a), statistics.median(b), p90(b),
                                                        statistics.median(b) / statistics.median(a),
                                                        statistics.median(y / x for x, y in pairs),
                                                        sum(1 for x, y in pairs if y < x), len(pairs)))
PY
