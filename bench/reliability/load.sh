#!/usr/bin/env bash
# Load and concurrency, as docs/reliability.md reports them (run as root, on an idle machine):
#
#   bench/reliability/load.sh PODRUN [CYCLES] [WORKERS] [SECONDS] [PODS]
#
#   1. CYCLES apply/delete cycles of the demo pod: leftovers (mounts, cgroups, veths,
#      supervisors, address entries, state) counted every 100 cycles, with the time of the
#      first and last 100 cycles and podrun's own peak RSS;
#   2. WORKERS podrun processes at once for SECONDS, each applying, exec'ing, listing and
#      deleting pods of its own and pods shared with the others, and one more applying,
#      scaling and deleting a Deployment behind a Service: every command either succeeds or
#      says why (exit 1 with a message), no address is handed out twice, nothing is left;
#   3. PODS pods (busybox sleep) running at once: one `apply -f DIR`, the time of `get pods`,
#      the memory per pod, one `delete` of them all.
# Defaults: 1000 cycles, 8 workers for 120 s, 200 pods. A separate state root (and the
# default storage, where `make image` imported busybox).
set -uo pipefail
podrun=${1:?usage: load.sh PODRUN [CYCLES] [WORKERS] [SECONDS] [PODS]}
cycles=${2:-1000} workers=${3:-8} seconds=${4:-120} npods=${5:-200}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/podrun-load-XXXXXX)
root=$work/root
pr() { "$podrun" --root "$root" "$@"; }
now_ms() { date +%s%3N; }
leftovers() {
  local m c v s a
  m=$(grep -c " $root/" /proc/self/mountinfo)
  c=$(find /sys/fs/cgroup/pids/podrun /sys/fs/cgroup/podrun -maxdepth 2 -type d -name 'pod*' 2>/dev/null | wc -l)
  v=$(ls /sys/class/net | grep -cE '^pr[0-9a-f]{11}$')
  s=$(for p in $(pgrep -x podrun-sup); do readlink "/proc/$p/cwd"; done | grep -c "^$root/")
  a=$(cat /run/podrun-net/*.json 2>/dev/null | grep -c "\"$root/")
  echo "mounts=$m cgroups=$c veths=$v supervisors=$s addresses=$a state=$(ls "$root/pods/default" 2>/dev/null | wc -l)"
}
trap 'pr delete pod --all --now >/dev/null 2>&1; pr gc >/dev/null 2>&1; rm -rf "$work"' EXIT

echo "== 1. $cycles apply/delete cycles of manifests/demo.yaml"
echo "before: $(leftovers)"
first=0 last=0 t0=$(now_ms) peak=0
for i in $(seq 1 "$cycles"); do
  s=$(now_ms)
  /usr/bin/time -f %M -o "$work/rss" "$podrun" --root "$root" apply -f "$src/manifests/demo.yaml" >/dev/null 2>"$work/err" || { echo "cycle $i: apply failed: $(cat "$work/err")"; exit 1; }
  rss=$(tail -1 "$work/rss"); [ "$rss" -gt "$peak" ] && peak=$rss
  pr delete pod demo --grace-period 0 >/dev/null 2>"$work/err" || { echo "cycle $i: delete failed: $(cat "$work/err")"; exit 1; }
  d=$(( $(now_ms) - s ))
  [ "$i" -le 100 ] && first=$((first + d))
  [ "$i" -gt $((cycles - 100)) ] && last=$((last + d))
  [ $((i % 100)) -eq 0 ] && echo "after $i: $(leftovers)"
done
echo "first 100 cycles: ${first} ms, last 100: ${last} ms, all: $(( $(now_ms) - t0 )) ms; apply's peak RSS ${peak} KB"

echo "== 2. $workers podrun processes at once for ${seconds}s"
worker() {
  local w=$1 until=$((SECONDS + seconds)) ok=0 said=0 silent=0 n=0 f="$work/w$w.yaml"
  while [ "$SECONDS" -lt "$until" ]; do
    n=$((n + 1))
    # Its own pod, and one of three shared by every worker.
    for name in "w$w-$((n % 3))" "shared-$((n % 3))"; do
      printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' "$name" >"$f"
      for cmd in "apply -f $f" "exec $name -- true" "get pods" "delete pod $name --now"; do
        # shellcheck disable=SC2086
        if out=$(pr $cmd 2>&1); then ok=$((ok + 1)); elif [ -n "$out" ]; then said=$((said + 1)); else silent=$((silent + 1)); fi
      done
    done
  done
  echo "$ok $said $silent" >"$work/w$w.result"
}
# A worker of workloads: a Deployment of two replicas behind a Service, applied, scaled to
# three, listed and deleted, over and over, while the pod workers run. The controller process
# makes and removes the pods and the Service's nftables rules.
workload_worker() {
  local until=$((SECONDS + seconds)) ok=0 said=0 silent=0 n=0 f="$work/workload.yaml"
  while [ "$SECONDS" -lt "$until" ]; do
    n=$((n + 1))
    for replicas in 2 3; do
      printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: load-web}\nspec:\n  replicas: %s\n  selector: {matchLabels: {app: load-web}}\n  template:\n    metadata: {labels: {app: load-web}}\n    spec:\n      terminationGracePeriodSeconds: 0\n      containers:\n      - {name: web, image: busybox, imagePullPolicy: IfNotPresent, command: [httpd, -f, -p, "8080"], ports: [{containerPort: 8080}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: load-web}\nspec:\n  selector: {app: load-web}\n  ports: [{port: 80, targetPort: 8080}]\n' "$replicas" >"$f"
      for cmd in "apply -f $f" "get pods -l app=load-web" "get deployments" "get services"; do
        # shellcheck disable=SC2086
        if out=$(pr $cmd 2>&1); then ok=$((ok + 1)); elif [ -n "$out" ]; then said=$((said + 1)); else silent=$((silent + 1)); fi
      done
      sleep 1
    done
    for cmd in "delete deployment load-web --grace-period 0" "delete service load-web"; do
      # shellcheck disable=SC2086
      if out=$(pr $cmd 2>&1); then ok=$((ok + 1)); elif [ -n "$out" ]; then said=$((said + 1)); else silent=$((silent + 1)); fi
    done
  done
  echo "$ok $said $silent" >"$work/w0.result"
}
dups=0
( while [ -e "$work/run" ]; do
    ips=$(cat "$root"/pods/*/*/state.json 2>/dev/null | grep -o '"podIP": *"[0-9.]*"' | grep -o '[0-9.]*"' | sort | uniq -d)
    [ -z "$ips" ] || echo "$ips" >>"$work/dups"
    sleep 0.2
  done ) &
touch "$work/run"
for w in $(seq 1 "$workers"); do worker "$w" & done
workload_worker &
wait $(jobs -p | tail -n "$((workers + 1))")
rm -f "$work/run"; wait
[ -s "$work/dups" ] && dups=$(sort -u "$work/dups" | wc -l)
read -r ok said silent < <(cat "$work"/w*.result | awk '{o+=$1; s+=$2; q+=$3} END {print o, s, q}')
echo "commands (the workload worker's included): $ok succeeded, $said failed saying why, $silent failed silently; duplicate addresses seen: $dups"
pr delete deployment load-web --grace-period 0 >/dev/null 2>&1; pr delete service load-web >/dev/null 2>&1
for _ in $(seq 1 40); do [[ -e $root/controllers/lock ]] || break; sleep 0.25; done  # the controller process ends
pr delete pod --all --now >/dev/null 2>&1; pr gc >/dev/null 2>&1
echo "nftables tables of podrun left: $(nft list tables 2>/dev/null | grep -c podrun); the controller process: $([[ -e $root/controllers/lock ]] && echo "still running" || echo "ended")"
echo "after: $(leftovers)"

echo "== 3. $npods pods at once"
mkdir -p "$work/many"
for i in $(seq 1 "$npods"); do
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: many-%s}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' "$i" >"$work/many/$i.yaml"
done
mem_before=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
s=$(now_ms); pr apply -f "$work/many" >/dev/null 2>"$work/err" || echo "apply: $(head -3 "$work/err")"; apply_ms=$(( $(now_ms) - s ))
running=$(pr get pods | grep -c Running)
s=$(now_ms); pr get pods >/dev/null; get_ms=$(( $(now_ms) - s ))
mem_after=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
s=$(now_ms); pr delete pod --all --now >/dev/null 2>"$work/err" || echo "delete: $(head -3 "$work/err")"; del_ms=$(( $(now_ms) - s ))
pr gc >/dev/null 2>&1
echo "$running of $npods Running after one apply of ${apply_ms} ms; get pods ${get_ms} ms; $(( (mem_before - mem_after) / npods )) KB of memory per pod; delete of all ${del_ms} ms"
echo "after: $(leftovers)"
