#!/usr/bin/env bash
# Pull benchmark: a ~100 MB multi-layer image from a registry on loopback (Debian's
# docker-registry), into an empty store each time, interleaved with the peers on the same
# image and registry: `skopeo copy` into an OCI layout (download and verify, no unpack) and
# `podman pull` (download, verify, unpack into containers-storage). Median of RUNS each.
# Then the cold start of the postgres workload pod (pull included) against `podman kube play`
# of the same manifest, when the workload images are built (make workload-images).
#
# usage: bench/images/pull.sh     (as root)   env: RUNS=5 PEER=1 (0: podrun and skopeo only)
# PEER=1 installs podman from Debian if missing. Writes under bench/images/.work/ and a podman
# storage of its own (--root), removed at the end.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PODRUN=${PODRUN:-$ROOT/build/podrun}
RUNS=${RUNS:-5}
PEER=${PEER:-1}
WORK=$HERE/.work/pull
die() { echo "bench/images/pull: $*" >&2; exit 2; }
[[ $(id -u) == 0 ]] || die "needs root"
[[ -x $PODRUN ]] || die "build first: make build"
if [[ $PEER == 1 ]] && ! command -v podman >/dev/null; then
  echo "bench/images/pull: installing podman (Debian)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman >/dev/null
fi
rm -rf "$WORK"
mkdir -p "$WORK"
BIG=$HERE/.work/big
[[ -f $BIG/index.json ]] || { echo "bench/images/pull: making a ~100 MB image" >&2; python3 "$HERE/make_big_image.py" "$BIG" 100; }

# The registry, on loopback only.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'version: 0.1\nlog: {level: error}\nstorage:\n  filesystem: {rootdirectory: %s}\nhttp:\n  addr: 127.0.0.1:%s\n' \
  "$WORK/registry" "$PORT" >"$WORK/registry.yml"
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
REG_PID=$!
PSTORE=$WORK/podman
cleanup() {
  kill "$REG_PID" 2>/dev/null || true
  [[ $PEER == 1 ]] && podman --root "$PSTORE/root" --runroot "$PSTORE/run" system reset -f >/dev/null 2>&1 || true
  "$PODRUN" --root "$WORK/state" gc >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 50); do python3 -c "import socket,sys; sys.exit(socket.socket().connect_ex(('127.0.0.1', $PORT)))" && break; sleep 0.1; done
R=127.0.0.1:$PORT
skopeo copy --dest-tls-verify=false oci:"$BIG" "docker://$R/big:1" >/dev/null
SIZE=$(du -sb "$WORK/registry" | cut -f1)
# crun raises RLIMIT_NOFILE and RLIMIT_NPROC to podman's defaults, which needs
# CAP_SYS_RESOURCE; where the caller lacks it (this VM), podman's containers keep the
# caller's limits instead.
mkdir -p "$PSTORE"
printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=%s:%s"]\n' "$(ulimit -Sn)" "$(ulimit -Hn)" "$(ulimit -Su)" "$(ulimit -Hu)" \
  >"$PSTORE/containers.conf"
export CONTAINERS_CONF=$PSTORE/containers.conf
pm() { podman --root "$PSTORE/root" --runroot "$PSTORE/run" --storage-driver overlay "$@"; }
# Milliseconds from bash itself: a python started right after drop_caches would read itself
# from disk inside the timed interval (a quarter of a second here).
ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: >"$WORK/runs.tsv"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/store"
  sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
  t0=$(ms); "$PODRUN" --storage "$WORK/store" image pull -q --insecure-registry "$R" "$R/big:1" >/dev/null; t1=$(ms)
  echo "podrun $((t1 - t0))" >>"$WORK/runs.tsv"
  rm -rf "$WORK/oci"
  sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
  t0=$(ms); skopeo copy --src-tls-verify=false "docker://$R/big:1" oci:"$WORK/oci" >/dev/null; t1=$(ms)
  echo "skopeo $((t1 - t0))" >>"$WORK/runs.tsv"
  if [[ $PEER == 1 ]]; then
    pm rmi -af >/dev/null 2>&1 || true
    sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
    t0=$(ms); pm pull -q --tls-verify=false "$R/big:1" >/dev/null; t1=$(ms)
    echo "podman $((t1 - t0))" >>"$WORK/runs.tsv"
  fi
done
p=$(awk '$1 == "podrun" {print $2}' "$WORK/runs.tsv" | median)
s=$(awk '$1 == "skopeo" {print $2}' "$WORK/runs.tsv" | median)
echo "pull of a $((SIZE / 1000000)) MB image, median of $RUNS, interleaved:"
echo "  podrun image pull (download, verify, unpack)   ${p} ms"
echo "  skopeo copy to an OCI layout (no unpack)       ${s} ms   podrun/skopeo $(python3 -c "print(round($p / $s, 2))")"
if [[ $PEER == 1 ]]; then
  m=$(awk '$1 == "podman" {print $2}' "$WORK/runs.tsv" | median)
  echo "  podman pull (download, verify, unpack)         ${m} ms   podrun/podman $(python3 -c "print(round($p / $m, 2))")"
fi

# The postgres pod, cold: pull included, until postgres accepts a connection.
IMAGES=${PODRUN_IMAGE_CACHE:-/var/cache/podrun-test-images}/$(sha256sum "$ROOT/images/build-workload.py" | cut -c1-12)
[[ -f $IMAGES/postgres/index.json ]] || { echo "(postgres pod: make workload-images first; skipped)"; exit 0; }
skopeo copy --dest-tls-verify=false oci:"$IMAGES/postgres" "docker://$R/postgres:bookworm" >/dev/null
cat >"$WORK/pg.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: pgbench}
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - {name: db, image: "$R/postgres:bookworm"}
YAML
: >"$WORK/pg.tsv"
ready() { for _ in $(seq 600); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/store"
  t0=$(ms)
  "$PODRUN" --root "$WORK/state" --storage "$WORK/store" apply -q --insecure-registry "$R" -f "$WORK/pg.yaml" >/dev/null
  ready "$PODRUN" --root "$WORK/state" --storage "$WORK/store" exec pgbench -- psql -h 127.0.0.1 -U postgres -c 'select 1'
  t1=$(ms)
  echo "podrun $((t1 - t0))" >>"$WORK/pg.tsv"
  "$PODRUN" --root "$WORK/state" --storage "$WORK/store" delete pod pgbench --now >/dev/null
  if [[ $PEER == 1 ]]; then
    pm rmi -af >/dev/null 2>&1 || true
    t0=$(ms)
    if ! pm kube play --tls-verify=false "$WORK/pg.yaml" >/dev/null 2>"$WORK/podman.err"; then
      echo "  (podman kube play fails here: $(grep -m1 -i 'error\|crun' "$WORK/podman.err"); no peer for the pod)"
      pm kube down "$WORK/pg.yaml" >/dev/null 2>&1 || true
      PEER=0
      continue
    fi
    ready pm exec pgbench-db psql -h 127.0.0.1 -U postgres -c 'select 1'
    t1=$(ms)
    echo "podman $((t1 - t0))" >>"$WORK/pg.tsv"
    pm kube down "$WORK/pg.yaml" >/dev/null 2>&1 || true
  fi
done
p=$(awk '$1 == "podrun" {print $2}' "$WORK/pg.tsv" | median)
echo "postgres pod, cold (pull + start + first psql), median of $RUNS:"
echo "  podrun apply   ${p} ms"
if [[ $PEER == 1 ]]; then
  m=$(awk '$1 == "podman" {print $2}' "$WORK/pg.tsv" | median)
  [[ -n $m ]] && echo "  podman kube play  ${m} ms   podrun/podman $(python3 -c "print(round($p / $m, 2))")"
fi
