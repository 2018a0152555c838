#!/usr/bin/env bash
# Many pods at once: N busybox pods (`sleep 3600`, one container each) from one
# `podrun apply -f DIR` until every one is Running, and `podrun delete pods --all
# --grace-period 0` until all are gone; against one `podman kube play` of the same N pods (one
# multi-document file) and `podman pod rm -a -f -t 0`. Median of RUNS, in seconds.
#
# usage: bench/pod-start/many.sh     (as root)   env: RUNS=5 N=20 PEER=1 (0: podrun only)
# PEER=1 installs podman from Debian if missing and loads the built-in busybox into it; where
# podman cannot start containers, its error is printed and podrun is timed alone.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
bench_init bench/pod-start/many
RUNS=${RUNS:-5}
N=${N:-20}
PEER=${PEER:-1}
WORK=$HERE/.work-many
STATE=/run/podrun-bench-many-$$
rm -rf "$WORK"
mkdir -p "$WORK/pods"
cleanup() {
  "$PODRUN" --root "$STATE" --storage "$WORK/store" delete pods --all --grace-period 0 >/dev/null 2>&1 || true
  "$PODRUN" --root "$STATE" gc >/dev/null 2>&1 || true
  [[ $PEER == 1 ]] && command -v podman >/dev/null && podman pod rm -a -f -t 0 >/dev/null 2>&1 || true
  rm -rf "$STATE" "$WORK"
}
trap cleanup EXIT
pr() { "$PODRUN" --root "$STATE" --storage "$WORK/store" "$@"; }
pr image import "$BUSYBOX" >/dev/null

for ((i = 1; i <= N; i++)); do
  cat >"$WORK/pods/many-$i.yaml" <<EOF
apiVersion: v1
kind: Pod
metadata: {name: many-$i}
spec:
  containers:
  - name: sleep
    image: docker.io/library/busybox:latest
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
EOF
done
awk 'FNR == 1 && NR != 1 {print "---"} {print}' "$WORK"/pods/*.yaml >"$WORK/all.yaml"

if [[ $PEER == 1 ]]; then podman_with_busybox "$WORK"; fi

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
: >"$WORK/runs.tsv"
peer_error=""
for ((r = 1; r <= RUNS; r++)); do
  s=$(now)
  pr apply -f "$WORK/pods" >/dev/null
  m=$(now)
  running=$(pr get pods | grep -c " Running ") || true
  [[ $running == "$N" ]] || die "after apply, $running of $N pods are Running"
  pr delete pods --all --grace-period 0 >/dev/null
  e=$(now)
  [[ $(pr get pods 2>&1) == "No resources found"* ]] || die "pods left after delete"
  printf 'podrun\tapply\t%s\npodrun\tdelete\t%s\n' "$(echo "$m - $s" | bc)" "$(echo "$e - $m" | bc)" >>"$WORK/runs.tsv"
  if [[ $PEER == 1 && -z $peer_error ]]; then
    s=$(now)
    if ! out=$(podman kube play "$WORK/all.yaml" 2>&1); then
      peer_error=$(echo "$out" | grep -m1 -i "error" || echo "$out" | tail -1)
      podman pod rm -a -f -t 0 >/dev/null 2>&1 || true
      continue
    fi
    m=$(now)
    podman pod rm -a -f -t 0 >/dev/null
    e=$(now)
    printf 'podman\tapply\t%s\npodman\tdelete\t%s\n' "$(echo "$m - $s" | bc)" "$(echo "$e - $m" | bc)" >>"$WORK/runs.tsv"
  fi
done

col() { awk -F'\t' -v w="$1" -v op="$2" '$1 == w && $2 == op {print $3}' "$WORK/runs.tsv" | median; }
echo "$N pods, median of $RUNS runs, seconds ($(nproc) CPUs):"
echo "| | start (apply -f DIR / kube play) | delete (--grace-period 0 / pod rm -f -t 0) |"
echo "|---|---:|---:|"
echo "| podrun | $(col podrun apply) | $(col podrun delete) |"
if [[ $PEER == 1 && -z $peer_error ]]; then
  echo "| podman | $(col podman apply) | $(col podman delete) |"
  echo "podman ÷ podrun: start $(echo "scale=1; $(col podman apply) / $(col podrun apply)" | bc), delete $(echo "scale=1; $(col podman delete) / $(col podrun delete)" | bc)"
elif [[ $PEER == 1 ]]; then
  echo "podman: not timed, it fails here: $peer_error"
fi
