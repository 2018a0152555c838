#!/usr/bin/env bash
# Installs podrun's build and test dependencies from Debian packages.
# Idempotent and quiet when everything is already installed; run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3
  libyaml-cpp-dev libcli11-dev libvalijson-dev
  nlohmann-json3-dev catch2 libmimalloc-dev
  libarchive-dev libseccomp-dev libspdlog-dev libfmt-dev clang-format busybox-static zstd nftables musl-tools
  uidmap slirp4netns
  libcurl4-openssl-dev docker-registry skopeo apache2-utils openssl mmdebstrap libnghttp2-dev python3-grpcio dnsmasq-base
  libcpp-httplib-dev graphviz chromium man-db groff-base
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-deps: missing packages: ${missing[*]}; run as root (or: sudo $0)" >&2
  exit 1
fi
echo "setup-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# docker-registry is for the tests, which start their own on loopback: the package's service
# (a registry on :5000, htpasswd-protected) is not wanted running or at boot.
if [[ " ${missing[*]} " == *" docker-registry "* ]] && command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
  systemctl disable --now docker-registry >/dev/null 2>&1 || true
fi
