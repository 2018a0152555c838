#!/usr/bin/env bash
# Pod start benchmark: `podrun apply` until Running and `podrun delete`, for a 1-container pod
# and a 3-container pod (shared process namespace, an emptyDir), interleaved with the kernel
# work alone (kernel_floor.c: the floor) and `podman kube play` / `podman kube down` of the
# same manifests; median and p90 of RUNS; and the memory of a running pod (pause holder +
# supervisor: RSS and PSS).
#
# With POOL=1, also the 1-container pods with `podrun serve --sandbox-pool 2` on a state root
# of its own, beside kernel_floor --bare (a bare container start in a sandbox made ahead).
#
# usage: bench/pod-start/run.sh     (as root)   env: RUNS=20 PEER=1 (0: no podman) POOL=1
# IDLE=SECONDS: every timed command is spawned after that long idle (timeit.py): the machine as
# a user's command finds it after a pause (0.5: this VM spawns as slowly as the slow-spawn one).
# PEER=1 installs podman from Debian if missing and loads the built-in busybox into it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
bench_init bench/pod-start
RUNS=${RUNS:-20}
PEER=${PEER:-1}
POOL=${POOL:-1}
WORK=$HERE/.work
mkdir -p "$WORK"
# State under /run, as podrun's default (a tmpfs on most machines; this CI's VM has it on disk).
STATE=/run/podrun-bench-$$
# The kernel-work floor (kernel_floor.c): the same pods' kernel work alone, on a bridge of
# its own, from the image's files extracted once.
FLOOR_BRIDGE=prfloor0
POOL_STATE=/run/podrun-bench-pool-$$
serve_pid=""
cleanup() {
  [[ -z $serve_pid ]] || { kill "$serve_pid" && wait "$serve_pid"; } 2>/dev/null
  "$PODRUN" --root "$POOL_STATE" gc >/dev/null 2>&1
  "$PODRUN" --root "$STATE" gc >/dev/null 2>&1  # the bridge goes too
  rm -rf "$STATE" "$POOL_STATE"
  ip link del $FLOOR_BRIDGE 2>/dev/null
}
trap cleanup EXIT
cc -O2 -Wall -o "$WORK/kernel_floor" "$HERE/kernel_floor.c"
rm -rf "$WORK/floor-rootfs"
python3 - "$BUSYBOX" "$WORK/floor-rootfs" <<'PY'
import json, os, sys, tarfile
layout, out = sys.argv[1], sys.argv[2]
blob = lambda d: os.path.join(layout, "blobs", *d.split(":"))
manifest = json.load(open(blob(json.load(open(os.path.join(layout, "index.json")))["manifests"][0]["digest"])))
for layer in manifest["layers"]:
    with tarfile.open(blob(layer["digest"])) as t:
        t.extractall(out)
PY
ip link del $FLOOR_BRIDGE 2>/dev/null || true
ip link add $FLOOR_BRIDGE type bridge && ip addr add 10.211.0.1/24 dev $FLOOR_BRIDGE && ip link set $FLOOR_BRIDGE up
# floor ARGS → "IN-PROCESS SPAWNED" ms: kernel_floor's own clock (its first mkdir to its last
# exec) and the harness's (its spawn to that report, its process start included, as podrun's
# apply is timed from its spawn), less what it did before its clock started (the scratch
# tmpfs; --bare: the sandbox made ahead).
floor() {
  python3 "$HERE/timeit.py" --first-line -- "$WORK/kernel_floor" "$WORK/floor-rootfs" $FLOOR_BRIDGE "$@" |
    awk '{printf "%.2f %.2f", $2 / 1000, $1 - $3 / 1000}'
}
pr() { "$PODRUN" --root "$STATE" --storage "$WORK/store" "$@"; }
pr image inspect busybox >/dev/null 2>&1 || pr image import "$BUSYBOX" >/dev/null

if [[ $PEER == 1 ]]; then podman_with_busybox "$WORK"; fi
if [[ $POOL == 1 ]]; then
  "$PODRUN" --root "$POOL_STATE" --storage "$WORK/store" serve --sandbox-pool 2 </dev/null >"$WORK/serve.log" 2>&1 &
  serve_pid=$!
  # Its two sandboxes made: each ready supervisor listens on POOL_STATE/pool.d/PID.
  for _ in $(seq 50); do [[ $(find "$POOL_STATE/pool.d" -type s 2>/dev/null | wc -l) -ge 2 ]] && break; sleep 0.1; done
fi

t() { python3 "$HERE/timeit.py" -- "$@"; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)], a[int(NR*0.9+0.5)]}'; }
: >"$WORK/runs.tsv"
for ((i = 1; i <= RUNS; i++)); do
  for m in one three limits; do
    printf 'podrun\t%s\tapply\t%s\n' $m "$(t "$PODRUN" --root "$STATE" --storage "$WORK/store" apply -f "$HERE/$m.yaml")" >>"$WORK/runs.tsv"
    printf 'podrun\t%s\tdelete\t%s\n' $m "$(t "$PODRUN" --root "$STATE" --storage "$WORK/store" delete -f "$HERE/$m.yaml")" >>"$WORK/runs.tsv"
    if [[ $m == three ]]; then read -r f fw <<<"$(floor 3 --volume)"; else read -r f fw <<<"$(floor 1)"; fi
    printf 'floor\t%s\tapply\t%s\n' $m "$f" >>"$WORK/runs.tsv"
    printf 'floor-spawned\t%s\tapply\t%s\n' $m "$fw" >>"$WORK/runs.tsv"
    # The same with the containers' writable layers on the disk, beside podrun's (its storage).
    if [[ $m == three ]]; then read -r f fw <<<"$(floor 3 --volume --upper-in "$WORK")"; else read -r f fw <<<"$(floor 1 --upper-in "$WORK")"; fi
    printf 'floor-disk\t%s\tapply\t%s\n' $m "$f" >>"$WORK/runs.tsv"
    printf 'floor-disk-spawned\t%s\tapply\t%s\n' $m "$fw" >>"$WORK/runs.tsv"
    if [[ $POOL == 1 && $m != three ]]; then  # three.yaml shares a PID namespace: no pooled sandbox fits it
      printf 'pool\t%s\tapply\t%s\n' $m "$(t "$PODRUN" --root "$POOL_STATE" --storage "$WORK/store" apply -f "$HERE/$m.yaml")" >>"$WORK/runs.tsv"
      "$PODRUN" --root "$POOL_STATE" --storage "$WORK/store" delete -f "$HERE/$m.yaml" >/dev/null
      read -r b bw <<<"$(floor 1 --bare)"
      printf 'bare\t%s\tapply\t%s\n' $m "$b" >>"$WORK/runs.tsv"
      printf 'bare-spawned\t%s\tapply\t%s\n' $m "$bw" >>"$WORK/runs.tsv"
      sleep 0.3  # the pool refills 0.2 s after a hand-over: each run finds it full, as a user would
    fi
    if [[ $PEER == 1 && $m != limits ]]; then
      printf 'podman\t%s\tapply\t%s\n' $m "$(t podman kube play "$HERE/$m.yaml")" >>"$WORK/runs.tsv"
      printf 'podman\t%s\tdelete\t%s\n' $m "$(t podman kube down "$HERE/$m.yaml")" >>"$WORK/runs.tsv"
    fi
  done
done

# Memory per running pod (pause holder + supervisor): one pod alone, then ten at once (the
# supervisors share their binary's pages: PSS divides them among the pods).
memory() {  # memory POD... → "rss pss private_dirty" in KiB, per pod
  python3 - "$STATE" "$@" <<'PY'
import json, sys
root, pods = sys.argv[1], sys.argv[2:]
tot = {"Rss": 0, "Pss": 0, "Private_Dirty": 0}
for pod in pods:
    s = json.load(open("%s/pods/default/%s/state.json" % (root, pod)))
    for pid in (s["pause"]["pid"], s["supervisor"]["pid"]):
        for line in open("/proc/%d/smaps_rollup" % pid):
            k = line.split(":")[0]
            if k in tot:
                tot[k] += int(line.split()[1])
print("%d %d %d" % tuple(tot[k] // len(pods) for k in ("Rss", "Pss", "Private_Dirty")))
PY
}
pr apply -f "$HERE/one.yaml" >/dev/null
read -r rss pss dirty <<<"$(memory bench-one)"
pr delete -f "$HERE/one.yaml" >/dev/null
many=()
for i in $(seq 1 10); do
  sed "s/name: bench-one/name: bench-mem-$i/" "$HERE/one.yaml" >"$WORK/mem-$i.yaml"
  pr apply -f "$WORK/mem-$i.yaml" >/dev/null
  many+=("bench-mem-$i")
done
read -r rss10 pss10 dirty10 <<<"$(memory "${many[@]}")"
for i in $(seq 1 10); do pr delete -f "$WORK/mem-$i.yaml" --now >/dev/null; rm -f "$WORK/mem-$i.yaml"; done

row() {  # row TOOL POD OP → "median p90"
  awk -F'\t' -v t="$1" -v p="$2" -v o="$3" '$1 == t && $2 == p && $3 == o {print $4}' "$WORK/runs.tsv" | stats
}
echo "### Pod start and delete (ms, median / p90 of $RUNS)"
echo
echo "| pod | podrun apply | podrun delete | kernel floor | apply ÷ floor | kernel floor, spawned | apply ÷ spawned floor | podman kube play | podman kube down | apply: podman ÷ podrun |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for m in one three limits; do
  read -r pa pa9 <<<"$(row podrun $m apply)"
  read -r fa fa9 <<<"$(row floor $m apply)"
  read -r fw fw9 <<<"$(row floor-spawned $m apply)"
  over=$(python3 -c "print('%.2fx' % ($pa / $fa))")
  overw=$(python3 -c "print('%.2fx' % ($pa / $fw))")
  read -r pd pd9 <<<"$(row podrun $m delete)"
  if [[ $PEER == 1 && $m != limits ]]; then
    read -r qa qa9 <<<"$(row podman $m apply)"
    read -r qd qd9 <<<"$(row podman $m delete)"
    ratio=$(python3 -c "print('%.0fx' % ($qa / $pa))")
  else
    qa=- qa9=- qd=- qd9=- ratio=-
  fi
  case $m in
    one) label="one container" ;;
    three) label="three containers" ;;
    limits) label="one container, CPU and memory limits" ;;
  esac
  echo "| $label | $pa / $pa9 | $pd / $pd9 | $fa / $fa9 | $over | $fw / $fw9 | $overw | $qa / $qa9 | $qd / $qd9 | $ratio |"
done
echo
# The floor above keeps its containers' writable layers on a tmpfs; podrun keeps them on the
# storage's disk, as containerd does: overlayfs' mount-time checks and the directories are
# then disk writes. The same floor with them on that disk, for the attribution.
line="The kernel floor with its containers' writable layers on the disk of podrun's storage (\`--upper-in\`; the table's floor has them on a tmpfs), median of $RUNS:"
for m in one three; do
  read -r da _ <<<"$(row floor-disk $m apply)"
  read -r dw _ <<<"$(row floor-disk-spawned $m apply)"
  read -r pa _ <<<"$(row podrun $m apply)"
  line+=" $m container$([[ $m == three ]] && echo s) $da ms, spawned $dw ms (apply ÷ it $(python3 -c "print('%.2fx' % ($pa / $dw))"));"
done
echo "${line%;}."
echo
if [[ $POOL == 1 ]]; then
  echo "### With a sandbox pool (\`podrun serve --sandbox-pool 2\`; ms, median / p90 of $RUNS)"
  echo
  echo "| pod | podrun apply, pooled sandbox | bare container (kernel_floor --bare) | pooled ÷ bare | bare container, spawned | pooled ÷ spawned bare | podrun apply, no pool | pooled ÷ no pool |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for m in one limits; do
    read -r la la9 <<<"$(row pool $m apply)"
    read -r ba ba9 <<<"$(row bare $m apply)"
    read -r bw bw9 <<<"$(row bare-spawned $m apply)"
    read -r pa pa9 <<<"$(row podrun $m apply)"
    label="one container"
    [[ $m == limits ]] && label="one container, CPU and memory limits"
    echo "| $label | $la / $la9 | $ba / $ba9 | $(python3 -c "print('%.2fx' % ($la / $ba))") | $bw / $bw9 | $(python3 -c "print('%.2fx' % ($la / $bw))") | $pa / $pa9 | $(python3 -c "print('%.2fx' % ($la / $pa))") |"
  done
  echo
fi
read -r ca ca9 at at9 <<<"$("${CGROUP_BENCH:-$ROOT/build/podrun_cgroup_bench}" 50)"
echo "Cgroup set-up alone (podrun_cgroup_bench, 50 rounds): the pod's and a container's cgroup with their limits $ca / $ca9 µs; a child moving itself in before exec $at / $at9 µs (median / p90)."
echo
read -r na na9 nt nt9 <<<"$("${NET_BENCH:-$ROOT/build/podrun_net_bench}" 50)"
echo "Network step alone (podrun_net_bench, 50 rounds): an address from IPAM $na / $na9 µs; the veth with its peer born in the pod's namespace, eth0's address, links up, the default route $nt / $nt9 µs (median / p90)."
echo
read -r sc sc9 sk sk9 sl sl9 <<<"$("${CONFINE_BENCH:-$ROOT/build/podrun_confine_bench}" 50)"
echo "Confinement steps alone (podrun_confine_bench, 50 rounds): compiling the RuntimeDefault profile $sc / $sc9 µs (once per profile and capability set: then a cached file); in the child, bounding set and capability sets $sk / $sk9 µs, loading the filter $sl / $sl9 µs (median / p90)."
echo
echo "Memory of a running 1-container pod, pause holder + supervisor: RSS $((rss)) KiB, PSS $((pss)) KiB, private dirty $((dirty)) KiB; per pod with ten such pods running: RSS $((rss10)) KiB, PSS $((pss10)) KiB, private dirty $((dirty10)) KiB."
echo "Machine: $(nproc) CPUs, $(uname -r). Reproduce: \`bench/pod-start/run.sh\` (as root)."
