#!/usr/bin/env bash
# Regenerates tests/data/plans/*.json, the golden plans of manifests/ (`make golden`).
# Review the diff: every change in it is a change in what podrun will do.
set -euo pipefail
cd "$(dirname "$0")/.."
podrun=${1:-build/podrun}
mkdir -p tests/data/plans
for m in manifests/*.yaml; do
  name=$(basename "$m" .yaml)
  "$podrun" plan -f "$m" -o json --host-facts tests/data/host-facts.json >"tests/data/plans/$name.json"
done
echo "updated $(ls tests/data/plans/*.json | wc -l) golden plans; review: git diff tests/data/plans"
