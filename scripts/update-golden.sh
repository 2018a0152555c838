#!/usr/bin/env bash
# Regenerates tests/data/plans/*.json, the golden plans of manifests/ (`make golden`).
# Review the diff: every change in it is a change in what podrun will do.
set -euo pipefail
cd "$(dirname "$0")/.."
podrun=${1:-build/podrun}
mkdir -p tests/data/plans
# Golden plans do not depend on what this machine's image store holds.
empty_store=$(mktemp -d)
trap 'rm -rf "$empty_store"' EXIT
for m in manifests/*.yaml; do
  name=$(basename "$m" .yaml)
  "$podrun" --storage "$empty_store" plan -f "$m" -o json --host-facts tests/data/host-facts.json >"tests/data/plans/$name.json"
done
echo "updated $(ls tests/data/plans/*.json | wc -l) golden plans; review: git diff tests/data/plans"
