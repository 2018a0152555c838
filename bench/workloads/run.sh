#!/usr/bin/env bash
# Workloads benchmark: a Deployment of 20 busybox replicas,
#   1. from empty to all 20 available (apply, then the controller process makes the pods);
#   2. a rolling update of it (a new env value; maxSurge 25%, maxUnavailable 25%, the defaults)
#      until every replica is of the new template and available;
# against `podman kube play` of the same Deployment (which runs one pod: podman forces
# replicas to 1) and 20 separate `podman kube play`s of one pod each, median of RUNS.
#   3. a Service's virtual IP against the pod's own address: `ab` (keep-alive off, 4 clients)
#      from the host to one replica, through nftables' DNAT and directly.
#
# usage: bench/workloads/run.sh     (as root)   env: RUNS=3 PEER=1 (0: podrun only)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
bench_init bench/workloads
RUNS=${RUNS:-3}
PEER=${PEER:-1}
REPLICAS=20
WORK=$HERE/.work
rm -rf "$WORK"
mkdir -p "$WORK"
STATE=/run/podrun-bench-workloads-$$
cleanup() {
  for k in deployment service; do "$PODRUN" --root "$STATE" --storage "$WORK/store" delete "$k" bench --now >/dev/null 2>&1 || true; done
  for _ in $(seq 1 40); do [[ -e $STATE/controllers/lock ]] || break; sleep 0.25; done
  "$PODRUN" --root "$STATE" gc >/dev/null 2>&1 || true
  [[ $PEER == 1 ]] && podman pod rm -af -t 0 >/dev/null 2>&1 || true
  rm -rf "$STATE" "$WORK"
}
trap cleanup EXIT
pr() { "$PODRUN" --root "$STATE" --storage "$WORK/store" "$@"; }
pr image import "$BUSYBOX" >/dev/null

# deployment VALUE REPLICAS: the manifest, busybox httpd serving on 8080.
deployment() {
  cat <<EOF
apiVersion: apps/v1
kind: Deployment
metadata: {name: bench}
spec:
  replicas: $2
  selector: {matchLabels: {app: bench}}
  template:
    metadata: {labels: {app: bench}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: web
        image: docker.io/library/busybox:latest
        imagePullPolicy: IfNotPresent
        env: [{name: X, value: "$1"}]
        ports: [{containerPort: 8080}]
        command: [sh, -c, 'mkdir -p /www && echo ok > /www/index.html && exec httpd -f -p 8080 -h /www']
EOF
}
# rolled_out GEN [N]: the controller's status says generation GEN is fully rolled out, N
# replicas (default REPLICAS) available.
rolled_out() {
  python3 - "$STATE/status/deployments/default/bench.json" "$1" "${2:-$REPLICAS}" <<'PY'
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except Exception:
    sys.exit(1)
gen, n = int(sys.argv[2]), int(sys.argv[3])
ok = s.get("observedGeneration", 0) >= gen and s.get("updatedReplicas") == n and s.get("availableReplicas") == n and s.get("replicas") == n
sys.exit(0 if ok else 1)
PY
}
wait_rolled() { until rolled_out "$@"; do sleep 0.05; done; }
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

if [[ $PEER == 1 ]]; then
  podman_with_busybox "$WORK"
  printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=%s:%s"]\n' "$(ulimit -Sn)" "$(ulimit -Hn)" "$(ulimit -Su)" "$(ulimit -Hu)" \
    >"$WORK/containers.conf"
  export CONTAINERS_CONF=$WORK/containers.conf
  deployment 0 "$REPLICAS" >"$WORK/peer.yaml"
  for ((n = 1; n <= REPLICAS; n++)); do
    printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: p%s}\nspec:\n  containers:\n  - {name: web, image: docker.io/library/busybox:latest, command: [sleep, "3600"]}\n' "$n" >"$WORK/p$n.yaml"
  done
fi

up=() update=() peer_one=() peer_many=()
peer_error=""
for ((r = 1; r <= RUNS; r++)); do
  deployment 0 "$REPLICAS" >"$WORK/d.yaml"
  t0=$(now); pr apply -q -f "$WORK/d.yaml" >/dev/null; wait_rolled 1; t1=$(now)
  up+=("$(echo "$t1 - $t0" | bc)")
  deployment 1 "$REPLICAS" >"$WORK/d.yaml"
  t0=$(now); pr apply -q -f "$WORK/d.yaml" >/dev/null; wait_rolled 2; t1=$(now)
  update+=("$(echo "$t1 - $t0" | bc)")
  pr delete deployment bench --now >/dev/null
  if [[ $PEER == 1 ]]; then
    # Where podman cannot start containers (crun's setrlimit RLIMIT_NPROC needs
    # CAP_SYS_RESOURCE, which root lacks on some VMs), its error is reported, podrun alone timed.
    t0=$(now)
    if ! out=$(podman kube play "$WORK/peer.yaml" 2>&1); then
      peer_error=$(grep -m1 -o 'crun: [^:]*: [^:]*' <<<"$out" || head -1 <<<"$out")
      podman kube down "$WORK/peer.yaml" >/dev/null 2>&1 || true
      PEER=0
      continue
    fi
    t1=$(now)
    peer_one+=("$(echo "$t1 - $t0" | bc)")
    podman kube down "$WORK/peer.yaml" >/dev/null 2>&1 || true
    t0=$(now); for ((n = 1; n <= REPLICAS; n++)); do podman kube play "$WORK/p$n.yaml" >/dev/null 2>&1; done; t1=$(now)
    peer_many+=("$(echo "$t1 - $t0" | bc)")
    for ((n = 1; n <= REPLICAS; n++)); do podman kube down "$WORK/p$n.yaml" >/dev/null 2>&1 || true; done
  fi
done
m_up=$(printf '%s\n' "${up[@]}" | median)
m_update=$(printf '%s\n' "${update[@]}" | median)
echo "podrun: Deployment of $REPLICAS from empty to all available: ${m_up}s (median of $RUNS: ${up[*]})"
echo "podrun: rolling update of the $REPLICAS: ${m_update}s (${update[*]})"
if [[ -n $peer_error ]]; then
  echo "no peer: podman kube play fails here ($peer_error)"
elif [[ $PEER == 1 ]]; then
  m_one=$(printf '%s\n' "${peer_one[@]}" | median)
  m_many=$(printf '%s\n' "${peer_many[@]}" | median)
  echo "podman kube play of the same Deployment (1 pod): ${m_one}s; $REPLICAS separate kube plays: ${m_many}s"
  echo "ratio podrun 20 replicas / podman 20 kube plays: $(echo "scale=2; $m_up / $m_many" | bc)"
fi

# 3. The VIP against the pod's address, one replica behind a Service.
deployment 0 1 >"$WORK/one.yaml"
printf -- '---\napiVersion: v1\nkind: Service\nmetadata: {name: bench}\nspec:\n  selector: {app: bench}\n  ports: [{port: 80, targetPort: 8080}]\n' >>"$WORK/one.yaml"
pr apply -q -f "$WORK/one.yaml" >/dev/null
until rolled_out 1 1 && [[ $(pr get endpoints bench | awk 'NR == 2 {print $2}') != "<none>" ]]; do sleep 0.1; done
vip=$(pr get svc bench | awk 'NR == 2 {print $3}')
pod=$(pr get endpoints bench | awk 'NR == 2 {print $2}')
rps() { ab -q -n 4000 -c 4 "$1" 2>/dev/null | awk '/Requests per second/ {print $4}'; }
direct=() through=()
for ((r = 1; r <= RUNS; r++)); do
  direct+=("$(rps "http://$pod/")")
  through+=("$(rps "http://$vip/")")
done
m_direct=$(printf '%s\n' "${direct[@]}" | median)
m_through=$(printf '%s\n' "${through[@]}" | median)
echo "requests/s to the pod's address: $m_direct (${direct[*]}); through the Service's VIP: $m_through (${through[*]})"
echo "VIP cost: $(echo "scale=1; 100 * ($m_direct - $m_through) / $m_direct" | bc)%"
