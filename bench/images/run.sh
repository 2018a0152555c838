#!/usr/bin/env bash
# Image benchmark: import time and disk use (busybox and a ~100 MB image), and the cost of one
# container's root filesystem, against a peer in the same script: umoci (Debian's OCI image
# tool) unpacking the same layouts into a rootfs, and a plain copy of the rootfs.
#
# usage: bench/images/run.sh      env: PODRUN=build/podrun BENCH_RUNS=5 ROOTFS_RUNS=200
# Needs root (mounts). Writes only under bench/images/.work/.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PODRUN=${PODRUN:-$ROOT/build/podrun}
ROOTFS_BENCH=${ROOTFS_BENCH:-$ROOT/build/podrun_rootfs_bench}
BENCH_RUNS=${BENCH_RUNS:-5}
ROOTFS_RUNS=${ROOTFS_RUNS:-200}
WORK=$HERE/.work
die() { echo "bench/images: $*" >&2; exit 2; }
[[ $(id -u) == 0 ]] || die "needs root (overlay mounts)"
[[ -x $PODRUN && -x $ROOTFS_BENCH ]] || die "build first: make build"
command -v umoci >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends umoci >/dev/null
mkdir -p "$WORK"

# Inputs: the built-in busybox layout, and a ~100 MB image made here (deterministic).
BUSYBOX=$ROOT/build/images/busybox
[[ -f $BUSYBOX/index.json ]] || python3 "$ROOT/images/build-busybox.py" "$BUSYBOX" >/dev/null
BIG=$WORK/big
[[ -f $BIG/index.json ]] || { echo "bench/images: making a ~100 MB image" >&2; python3 "$HERE/make_big_image.py" "$BIG" 100; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { python3 -c "import time; print(time.monotonic_ns() // 1000)"; }

measure_import() {  # measure_import LAYOUT NAME → "median_ms disk_bytes"
  local layout=$1 name=$2 t=() store
  for ((i = 0; i < BENCH_RUNS; i++)); do
    store=$WORK/store-$name
    rm -rf "$store"
    sync
    local a=$(ms)
    "$PODRUN" --storage "$store" image import "$layout" --name "$name:bench" >/dev/null
    local b=$(ms)
    t+=($(((b - a) / 1000)))
  done
  echo "$(printf '%s\n' "${t[@]}" | median) $(du -sb "$store" | cut -f1)"
}

measure_umoci() {  # measure_umoci LAYOUT TAG → "median_ms disk_bytes" (umoci unpack of the same layout)
  local layout=$1 tag=$2 t=() dir
  for ((i = 0; i < BENCH_RUNS; i++)); do
    dir=$WORK/umoci-bundle
    rm -rf "$dir"
    sync
    local a=$(ms)
    umoci unpack --image "$layout:$tag" "$dir" >/dev/null 2>&1
    local b=$(ms)
    t+=($(((b - a) / 1000)))
  done
  echo "$(printf '%s\n' "${t[@]}" | median) $(du -sb "$dir" | cut -f1)"
}

# umoci needs the tag as the layout's ref.name: work on copies named "bench".
for l in busybox big; do
  src=$([[ $l == busybox ]] && echo "$BUSYBOX" || echo "$BIG")
  rm -rf "$WORK/umoci-$l" && cp -r "$src" "$WORK/umoci-$l"
  python3 - "$WORK/umoci-$l/index.json" <<'PY'
import json, sys
p = sys.argv[1]; j = json.load(open(p))
j["manifests"][0].setdefault("annotations", {})["org.opencontainers.image.ref.name"] = "bench"
json.dump(j, open(p, "w"))
PY
done

read -r bb_ms bb_disk < <(measure_import "$BUSYBOX" busybox)
read -r big_ms big_disk < <(measure_import "$BIG" big)
read -r ubb_ms ubb_disk < <(measure_umoci "$WORK/umoci-busybox" bench)
read -r ubig_ms ubig_disk < <(measure_umoci "$WORK/umoci-big" bench)

# Per-container root filesystem: one overlay mount (podrun), the copy fallback, and cp -a.
read -r ov_bb_med ov_bb_p90 _ < <("$ROOTFS_BENCH" "$WORK/store-busybox" busybox:bench "$ROOTFS_RUNS")
read -r ov_big_med ov_big_p90 _ < <("$ROOTFS_BENCH" "$WORK/store-big" big:bench "$ROOTFS_RUNS")
read -r cp_bb_med cp_bb_p90 _ < <("$ROOTFS_BENCH" "$WORK/store-busybox" busybox:bench 20 copy)
read -r cp_big_med cp_big_p90 _ < <("$ROOTFS_BENCH" "$WORK/store-big" big:bench 5 copy)

kb() { echo "$(( $1 / 1024 )) KiB"; }
mb() { python3 -c "print('%.1f MB' % ($1 / 1e6))"; }
cat <<MD
### Image import (median of $BENCH_RUNS)

| image | podrun image import | umoci unpack (peer) | ratio | podrun store on disk | umoci bundle on disk |
| --- | ---: | ---: | ---: | ---: | ---: |
| busybox (built-in, 1 layer) | ${bb_ms} ms | ${ubb_ms} ms | $(python3 -c "print('%.2fx' % ($ubb_ms / max($bb_ms, 1)))") | $(mb "$bb_disk") | $(mb "$ubb_disk") |
| ~100 MB, 2 gzip layers | ${big_ms} ms | ${ubig_ms} ms | $(python3 -c "print('%.2fx' % ($ubig_ms / max($big_ms, 1)))") | $(mb "$big_disk") | $(mb "$ubig_disk") |

podrun's store holds the verified blobs *and* the unpacked layers (about twice the image);
umoci's bundle holds the unpacked rootfs only. Ratio = umoci time ÷ podrun time.

### Root filesystem per container (median / p90 of $ROOTFS_RUNS)

| image | podrun: one overlay mount | copy fallback (peer: what a runtime without overlay does) |
| --- | ---: | ---: |
| busybox | ${ov_bb_med} / ${ov_bb_p90} µs | ${cp_bb_med} / ${cp_bb_p90} µs |
| ~100 MB | ${ov_big_med} / ${ov_big_p90} µs | ${cp_big_med} / ${cp_big_p90} µs |

Machine: $(nproc) CPUs, $(uname -r). Reproduce: \`bench/images/run.sh\` (as root).
MD
rm -rf "$WORK"/store-* "$WORK/umoci-bundle"
