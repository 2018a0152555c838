# Shared by the benchmark scripts (sourced after `set -euo pipefail`): the set-up each of them
# needs before it measures anything.
# shellcheck shell=bash

# bench_init NAME: ROOT, PODRUN (env PODRUN, default build/podrun) and BUSYBOX (the built-in
# image's OCI layout, built when missing); refuses to go on without root or a build. die()
# then prefixes its message with NAME.
bench_init() {
  BENCH_NAME=$1
  ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  PODRUN=${PODRUN:-$ROOT/build/podrun}
  [[ $(id -u) == 0 ]] || die "needs root"
  [[ -x $PODRUN ]] || die "build first: make build"
  BUSYBOX=$ROOT/build/images/busybox
  [[ -f $BUSYBOX/index.json ]] || python3 "$ROOT/images/build-busybox.py" "$BUSYBOX" >/dev/null
}

die() {
  echo "${BENCH_NAME:-bench}: $*" >&2
  exit 2
}

# podman_with_busybox SCRATCH_DIR: podman (from Debian when missing) with the built-in busybox
# as docker.io/library/busybox:latest, loaded from the OCI layout, never pulled: benchmarks
# talk to no network.
podman_with_busybox() {
  command -v podman >/dev/null || {
    echo "$BENCH_NAME: installing podman (Debian)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman >/dev/null
  }
  if ! podman image exists docker.io/library/busybox:latest; then
    tar -C "$BUSYBOX" -cf "$1/busybox.oci.tar" .
    podman load -i "$1/busybox.oci.tar" >/dev/null
    podman tag "$(podman images -q | head -1)" docker.io/library/busybox:latest 2>/dev/null || true
  fi
}
