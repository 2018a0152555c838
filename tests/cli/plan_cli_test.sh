#!/usr/bin/env bash
# `podrun plan` seen from outside: formats, errors, exit codes, host facts.
# usage: plan_cli_test.sh PODRUN SOURCE_DIR
set -uo pipefail
podrun=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
facts=$src/tests/data/host-facts.json

# Text: the summary, the matrix, cgroups, mounts.
if "$podrun" plan -f "$src/manifests/shared-process-namespace.yaml" --host-facts "$facts" >"$tmp/out" 2>"$tmp/err"; then ok; else bad "plan exit code"; fi
grep -q '^Pod default/shared-pids$' "$tmp/out" && ok || bad "pod heading"
grep -q 'pause holder: creates net, ipc, uts, pid; PID 1 of the pod' "$tmp/out" && ok || bad "pause line"
grep -Eq '^  sleeper <-> shell +shared \(pod\) +shared \(pod\) +isolated +shared \(pod\) +shared \(pod\) +shared \(host\)$' "$tmp/out" && ok || bad "matrix row"
grep -q 'cpu.weight=1' "$tmp/out" && ok || bad "v2 cgroup values with cgroupVersion 2"
grep -q '/dev/shm  *bind  *pod:shm' "$tmp/out" && ok || bad "mount list"

# A workload: planned as the first pod its controller makes (a StatefulSet's member 0, its
# claim a local directory under the store).
if "$podrun" --storage "$tmp/store" plan -f "$src/manifests/app/kv.yaml" --host-facts "$facts" >"$tmp/out" 2>"$tmp/err"; then ok; else bad "plan of a StatefulSet: $(head -3 "$tmp/err")"; fi
grep -q '^Pod default/kv-0$' "$tmp/out" && ok || bad "a StatefulSet's pod heading: $(head -2 "$tmp/out")"
grep -q 'hostname kv-0 (FQDN kv-0.kv.default.svc.cluster.local)' "$tmp/out" && ok || bad "a member's hostname"
grep -Eq "^ +/data +bind +$tmp/store/volumes/default/data-kv-0 +rbind,rprivate,rw$" "$tmp/out" && ok || bad "a member's claim"
"$podrun" plan -f "$src/manifests/deployment.yaml" --host-facts "$facts" >"$tmp/out" 2>&1
grep -Eq '^Pod default/web-[a-z0-9]+-xxxxx$' "$tmp/out" && ok || bad "a Deployment's pod heading: $(head -2 "$tmp/out")"

# --docker: each lesson's pod as docker run commands with the same sharing.
docker_of() { "$podrun" plan --docker -f "$src/manifests/$1.yaml" --host-facts "$facts" 2>&1; }
grep -q -- '^docker run -d --name demo-web --net=container:demo-pause --ipc=container:demo-pause ' <<<"$(docker_of demo)" && ok || bad "docker: demo: $(docker_of demo | head -5)"
grep -q -- '--pid=container:shared-pids-pause' <<<"$(docker_of shared-process-namespace)" && ok || bad "docker: shareProcessNamespace"
grep -q -- '^docker run -d --name host-pid-main .*--pid=host ' <<<"$(docker_of host-pid)" && ok || bad "docker: hostPID"
grep -q -- '^docker run -d --name host-net-main --net=host ' <<<"$(docker_of host-network)" && ok || bad "docker: hostNetwork"
grep -q -- '--ipc=host' <<<"$(docker_of host-ipc)" && ok || bad "docker: hostIPC"
grep -q -- '--user 1001:1000 --group-add 2000 ' <<<"$(docker_of non-root)" && ok || bad "docker: fsGroup as --group-add: $(docker_of non-root | grep client)"
"$podrun" plan --docker -o json -f "$src/manifests/demo.yaml" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--docker with -o json: usage error"

# JSON: the documented field names.
"$podrun" plan -f "$src/manifests/demo.yaml" -o json --host-facts "$facts" >"$tmp/plan.json" && ok || bad "json exit"
python3 - "$tmp/plan.json" <<'PY' && ok || bad "json shape"
import json, sys
d = json.load(open(sys.argv[1]))
p = d["pods"][0]
assert p["name"] == "demo" and p["namespace"] == "default" and p["qosClass"] == "BestEffort"
assert p["pause"]["namespaces"] == ["net", "ipc", "uts"]
c = {c["name"]: c for c in p["containers"]}
assert c["write-page"]["type"] == "init" and c["web"]["type"] == "app"
assert c["web"]["namespaces"] == {"net": "pod", "ipc": "pod", "uts": "pod", "pid": "private", "mnt": "private", "user": "host", "cgroup": "private"}
assert c["web"]["mounts"][0] == {"destination": "/", "source": "image:busybox", "type": "overlay", "options": ["rw"]}
assert c["web"]["cgroup"]["v1"]["cpu.shares"] == 2 and c["web"]["cgroup"]["v2"]["cpu.max"] == "max 100000"
assert c["web"]["process"]["args"] == ["httpd", "-f", "-p", "8080", "-h", "/www"]
assert p["startOrder"] == ["pause", "write-page", "web", "client"]
PY

# Secrets are never printed.
cat >"$tmp/secret.yaml" <<'YAML'
apiVersion: v1
kind: Secret
metadata: {name: s}
stringData: {password: hunter2-do-not-print}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  volumes: [{name: v, secret: {secretName: s}}]
  containers:
  - name: c
    image: busybox
    command: [sleep, "1"]
    env: [{name: PW, valueFrom: {secretKeyRef: {name: s, key: password}}}]
    volumeMounts: [{name: v, mountPath: /s}]
YAML
for fmt in text json; do
  "$podrun" plan -f "$tmp/secret.yaml" -o $fmt --host-facts "$facts" >"$tmp/s.$fmt" || bad "secret plan $fmt"
  if grep -q hunter2 "$tmp/s.$fmt"; then bad "secret value printed in $fmt"; else ok; fi
done

# Dot: a graph Graphviz can read.
"$podrun" plan -f "$src/manifests/host-network.yaml" -o dot --host-facts "$facts" >"$tmp/g.dot" && ok || bad "dot exit"
grep -q '^digraph podrun {' "$tmp/g.dot" && grep -q 'host_net' "$tmp/g.dot" && ok || bad "dot content"

# Invalid input: the loader's message on stderr, exit 1, nothing on stdout.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: c, image: i, resources: {limits: {memory: 12Q}}}]}\n' >"$tmp/bad.yaml"
"$podrun" plan -f "$tmp/bad.yaml" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && ok || bad "invalid exit code"
grep -q 'bad.yaml:4:.*"12Q" is not a valid quantity' "$tmp/err" && ok || bad "invalid message"
[ ! -s "$tmp/out" ] && ok || bad "stdout not empty on error"

# Usage errors: exit 2.
"$podrun" plan >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "no -f"
"$podrun" plan -f "$tmp/missing.yaml" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "missing file"
"$podrun" plan -f "$src/manifests/demo.yaml" -o yaml >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "bad format"

# This host's facts, detected: the plan names the cgroup version it found.
"$podrun" plan -f "$src/manifests/single-container.yaml" >"$tmp/out" && ok || bad "plan on this host"
grep -Eq 'Cgroups \(cgroup v[12] values' "$tmp/out" && ok || bad "detected cgroup version"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
