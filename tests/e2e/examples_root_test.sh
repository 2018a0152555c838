#!/usr/bin/env bash
# The Kubernetes documentation's Pod examples (../shared/conformance/k8s-examples), applied:
# every example podrun's rules accept (tests/data/k8s-examples.tsv) is applied offline, with
# the images this machine has (the built-in busybox under the names the examples use; nginx
# and redis from `make workload-images` when built) and --image-pull-policy Never, so nothing
# is pulled. Each outcome — runs (Running or Completed), or why not — must be the one
# tests/data/k8s-examples-apply.tsv expects; the table and the count of examples that run are
# printed (docs/validation.md records them).
#
# usage: examples_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
examples=$src/../shared/conformance/k8s-examples
[ -d "$examples" ] || { echo "$examples: missing: skipped"; exit 77; }
images=${PODRUN_IMAGE_CACHE:-/var/cache/podrun-test-images}/$(sha256sum "$src/images/build-workload.py" | cut -c1-12)

for name in busybox:latest busybox:1.28 registry.k8s.io/busybox:1.27.2; do
  expect "import busybox as $name" pr image import "$busybox" --name "$name"
done
workloads=no
if [ -f "$images/nginx/index.json" ] && [ -f "$images/redis/index.json" ]; then
  workloads=yes
  for name in nginx:latest nginx:1.29 nginx:1.14.2; do expect "import nginx as $name" pr image import "$images/nginx" --name "$name"; done
  for name in redis:latest redis:5; do expect "import redis as $name" pr image import "$images/redis" --name "$name"; done
fi

# The objects the examples refer to (a ConfigMap, a Secret), applied with each.
objects=(-f "$examples/pods/config/example-redis-config.yaml" -f "$examples/pods/inject/secret.yaml")
# Examples whose containers reach beyond this machine: never run (tests talk only to loopback
# and to namespaces they make). init-containers' wget asks the host's resolver for
# info.cern.ch: how soon that fails depended on the resolver, and the query left the machine.
beyond_machine=" pods/init-containers.yaml "
outcome() {  # outcome FILE: "runs", "apply: <why>" or "<STATUS>" after a few seconds
  local f=$1 out ns name status
  if [[ $beyond_machine == *" $f "* ]]; then echo "not run: reaches beyond the machine"; return; fi
  if ! out=$(pr apply --image-pull-policy Never -f "$examples/$f" "${objects[@]}" 2>&1 </dev/null); then
    if matches ErrImageNeverPull "$out"; then echo "apply: ErrImageNeverPull"
    elif matches "executable file not found" "$out"; then echo "apply: executable not found"
    else echo "apply: $(head -1 <<<"$out")"; fi
    return
  fi
  read -r ns name < <(python3 - "$examples/$f" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
ns = re.search(r'namespace:\s*"?([a-z0-9-]+)', t)
name = re.search(r'kind:\s*"?Pod"?,?\s*\n(?:.*\n)*?\s*(?:metadata:\s*\{?\s*\n?\s*)?name:\s*"?([a-z0-9.-]+)', t)
print(ns.group(1) if ns else "default", name.group(1) if name else "?")
PY
)
  status=""
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    status=$(pr get pods -n "$ns" 2>/dev/null | awk -v n="$name" '$1 == n {print $3}')
    case $status in Running | Completed) break ;; esac
    sleep 0.5
  done
  pr delete pod -n "$ns" "$name" --now >/dev/null 2>&1
  case $status in Running | Completed) echo runs ;; *) echo "${status:-gone}" ;; esac
}

runs=0 total=0
table=""
while IFS=$'\t' read -r file _ _ verdict _; do
  [ "$verdict" = valid ] || continue
  grep -Eq '^kind: *"?Pod"?|kind: "Pod"' "$examples/$file" || continue
  total=$((total + 1))
  got=$(outcome "$file")
  [ "$got" = runs ] && runs=$((runs + 1))
  table+="$file	$got"$'\n'
  want=$(awk -F'\t' -v f="$file" -v w="$workloads" '$1 == f { print (w == "yes" ? $2 : $3) }' "$src/tests/data/k8s-examples-apply.tsv")
  if [ -z "$want" ]; then bad "$file: not in tests/data/k8s-examples-apply.tsv (got: $got)"
  elif matches "^($want)\$" "$got"; then ok
  else bad "$file: got '$got', want '$want'"; fi
done < <(grep -v '^#' "$src/tests/data/k8s-examples.tsv")
printf '%s' "$table"
echo "Pod examples podrun's rules accept: $total; applied offline, run: $runs (workload images: $workloads)"
