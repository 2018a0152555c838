#!/usr/bin/env bash
# Reconciler benchmark: `podrun serve` on a directory of 50 one-container pods.
#   1. from empty: `serve --once` on an empty state root, until every pod runs (apply returns
#      when each pod's supervisor says its container runs);
#   2. one edit: a running serve (relist 1 h: inotify only), one file rewritten by rename with
#      a new env value, until the replaced pod's container runs (its state.json polled);
# interleaved with `podman kube play` of the same 50 pods in one file and `podman kube play
# --replace` of the edited one, median of RUNS. Targets: 50 pods ≤ 2 s, an edit ≤ 1 s.
#
# usage: bench/serve/run.sh     (as root)   env: RUNS=5 PEER=1 (0: podrun only)
# PEER=1 installs podman from Debian if missing and loads the built-in busybox into it (never
# a pull: the network is loopback only).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
bench_init bench/serve
RUNS=${RUNS:-5}
PEER=${PEER:-1}
PODS=50
WORK=$HERE/.work
rm -rf "$WORK"
mkdir -p "$WORK/m"
STATE=/run/podrun-bench-serve-$$
SERVE_PID=""
cleanup() {
  [[ -n $SERVE_PID ]] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  "$PODRUN" --root "$STATE" --storage "$WORK/store" delete pods --all --now >/dev/null 2>&1 || true
  "$PODRUN" --root "$STATE" gc >/dev/null 2>&1 || true
  rm -rf "$STATE" "$WORK"
}
trap cleanup EXIT
pr() { "$PODRUN" --root "$STATE" --storage "$WORK/store" "$@"; }
pr image import "$BUSYBOX" >/dev/null

# pod N VALUE: manifests/sN.yaml, written by rename (as git and editors write).
pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: s%s}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - name: main\n    image: docker.io/library/busybox:latest\n    imagePullPolicy: IfNotPresent\n    command: [sh, -c, "trap '"'"'exit 0'"'"' TERM; while :; do sleep 1 & wait $!; done"]\n    env: [{name: X, value: "%s"}]\n' \
    "$1" "$2" >"$WORK/m/.s$1.tmp"
  mv "$WORK/m/.s$1.tmp" "$WORK/m/s$1.yaml"
}
for ((n = 1; n <= PODS; n++)); do pod $n 0; done
for f in "$WORK"/m/s*.yaml; do cat "$f"; echo ---; done >"$WORK/all.yaml"

if [[ $PEER == 1 ]]; then
  podman_with_busybox "$WORK"
  # crun raises RLIMIT_NPROC to podman's default, which needs CAP_SYS_RESOURCE; where the
  # caller lacks it (this VM), the containers keep the caller's limits instead.
  printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=%s:%s"]\n' "$(ulimit -Sn)" "$(ulimit -Hn)" "$(ulimit -Su)" "$(ulimit -Hu)" \
    >"$WORK/containers.conf"
  export CONTAINERS_CONF=$WORK/containers.conf
fi

ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
uid_of() { grep -o '"uid": "[^"]*"' "$STATE/pods/default/$1/state.json" 2>/dev/null | head -1; }
running() { grep -q '"state": "running"' "$STATE/pods/default/$1/state.json" 2>/dev/null; }
peer_error=""
: >"$WORK/runs.tsv"
for ((i = 1; i <= RUNS; i++)); do
  # 1. 50 pods from empty.
  t=$(ms)
  pr serve --manifests "$WORK/m" --once >/dev/null 2>&1 || die "serve --once failed"
  echo "podrun empty $(($(ms) - t))" >>"$WORK/runs.tsv"
  # 2. One edit, seen by inotify.
  "$PODRUN" --root "$STATE" --storage "$WORK/store" --log-level error serve --manifests "$WORK/m" --relist 3600 >/dev/null 2>&1 &
  SERVE_PID=$!
  for _ in $(seq 200); do [[ -f $STATE/serve/status.json ]] && grep -q "\"pid\": $SERVE_PID" "$STATE/serve/status.json" && break; sleep 0.05; done
  before=$(uid_of s7)
  t=$(ms)
  pod 7 "$i"
  until [[ $(uid_of s7) != "$before" && -n $(uid_of s7) ]] && running s7; do sleep 0.005; done
  echo "podrun edit $(($(ms) - t))" >>"$WORK/runs.tsv"
  kill "$SERVE_PID"
  wait "$SERVE_PID" 2>/dev/null || true
  SERVE_PID=""
  pr delete pods --all --now >/dev/null
  pod 7 0
  if [[ $PEER == 1 && -z $peer_error ]]; then
    t=$(ms)
    if out=$(podman kube play "$WORK/all.yaml" 2>&1); then
      echo "podman empty $(($(ms) - t))" >>"$WORK/runs.tsv"
      pod 7 "$i"
      t=$(ms)
      podman kube play --replace "$WORK/m/s7.yaml" >/dev/null 2>&1
      echo "podman edit $(($(ms) - t))" >>"$WORK/runs.tsv"
      pod 7 0
    else
      peer_error=$(grep -m1 -i error <<<"$out" || true)
    fi
    podman kube down "$WORK/all.yaml" >/dev/null 2>&1 || true
  fi
done

row() { awk -v t="$1" -v k="$2" '$1 == t && $2 == k {print $3}' "$WORK/runs.tsv" | median; }
echo "podrun serve, $PODS one-container pods, median of $RUNS, interleaved:"
echo "  from empty to all Running (serve --once)       $(row podrun empty) ms   (target 2000)"
echo "  one file edited to the replaced pod Running    $(row podrun edit) ms   (target 1000)"
if [[ $PEER == 1 ]]; then
  if [[ -n $peer_error ]]; then
    echo "  (podman kube play fails here: $peer_error; no peer)"
  else
    echo "  podman kube play of the $PODS pods               $(row podman empty) ms"
    echo "  podman kube play --replace of the edited file    $(row podman edit) ms"
  fi
fi
