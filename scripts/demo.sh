#!/usr/bin/env bash
# `make demo`: podrun's main job on manifests/demo.yaml, a pod of two containers (and an init
# container) on the built-in busybox image: validate, plan, run, look, delete.
set -euo pipefail
podrun=${1:-build/podrun}
cd "$(dirname "$0")/.."

# Each step's heading, bold on a terminal (unless NO_COLOR is set, as podrun's own output);
# plain text into a pipe or a file.
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
  step() { printf '\n== %s\n' "$*"; }
fi

step "podrun validate manifests/demo.yaml"
"$podrun" validate manifests/demo.yaml

step "what a mistake looks like (a typo and a bad quantity, fed on stdin)"
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: demo-broken}\nspec:\n  containers:\n  - name: web\n    image: busybox\n    imagePullPolicyy: IfNotPresent\n    resources: {limits: {memory: 12Q}}\n' |
  "$podrun" validate - || echo "(exit code $?: the manifest is invalid, nothing was changed)"

step "podrun plan -f manifests/demo.yaml: what podrun will do, computed without touching the kernel"
"$podrun" plan -f manifests/demo.yaml | sed -n '1,/^  Cgroups/p'

if [ "$(id -u)" -ne 0 ]; then
  echo "Running pods needs root; run make demo as root to see the rest."
  exit 0
fi
# A clean slate if an earlier demo was interrupted.
"$podrun" delete pod demo --now >/dev/null 2>&1 || true

step "podrun apply -f manifests/demo.yaml --wait: returns once the pod is Ready (its init container done)"
"$podrun" apply -f manifests/demo.yaml --wait --timeout 1m

step "podrun get pods -o wide"
"$podrun" get pods -o wide

step "podrun matrix demo: the isolation the kernel shows (/proc/PID/ns inodes), checked against the plan"
"$podrun" matrix demo

step "the client container reaches the web container over localhost (one network namespace)"
"$podrun" exec demo -c client -- wget -q -O - http://localhost:8080/

step "but each has its own filesystem and process tree"
echo "client sees: $("$podrun" exec demo -c client -- ls /www 2>&1 | tr '\n' ' ')"
echo "client's processes:"; "$podrun" exec demo -c client -- ps

step "podrun describe pod demo: states, namespaces with their inodes, cgroups, events"
"$podrun" describe pod demo | sed -n '1,12p'

step "podrun delete pod demo --now"
"$podrun" delete pod demo --now

step "podrun gc: the pod network's bridge goes with the last pod"
"$podrun" gc
