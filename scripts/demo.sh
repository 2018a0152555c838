#!/usr/bin/env bash
# `make demo`: what podrun does today, on manifests/demo.yaml. It grows with the project:
# validate (issue #2) → plan (issue #3) → run (issue #5).
set -euo pipefail
podrun=${1:-build/podrun}
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "podrun validate manifests/demo.yaml"
"$podrun" validate manifests/demo.yaml

step "every lesson in manifests/"
"$podrun" validate manifests/

step "what a mistake looks like (a typo and a bad quantity, fed on stdin)"
cat <<'YAML' | sed 's/^/  | /'
apiVersion: v1
kind: Pod
metadata: {name: demo-broken}
spec:
  containers:
  - name: web
    image: busybox
    imagePullPolicyy: IfNotPresent
    resources: {limits: {memory: 12Q}}
YAML
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: demo-broken}\nspec:\n  containers:\n  - name: web\n    image: busybox\n    imagePullPolicyy: IfNotPresent\n    resources: {limits: {memory: 12Q}}\n' |
  "$podrun" validate - || echo "(exit code $?: the manifest is invalid, nothing was changed)"

step "podrun plan -f manifests/demo.yaml: what podrun will do, computed without touching the kernel"
"$podrun" plan -f manifests/demo.yaml

step "the isolation between two pods (manifests/two-isolated-pods.yaml)"
"$podrun" plan -f manifests/two-isolated-pods.yaml | sed -n '/^Between pods/,$p'

echo
echo "Running pods for real comes with the executor (issue #5); see README.md."
