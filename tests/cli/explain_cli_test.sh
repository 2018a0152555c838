#!/usr/bin/env bash
# `podrun explain` seen from outside: output, flags, errors and exit codes.
# usage: explain_cli_test.sh PODRUN SOURCE_DIR
set -uo pipefail
podrun=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; sed 's/^/  out: /' "$tmp/out" | head -5; sed 's/^/  err: /' "$tmp/err" | head -5; }
run() {  # run WANT_EXIT ARGS...: podrun's output in $tmp/out and $tmp/err
  local want=$1
  shift
  "$podrun" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] && ok || bad "podrun $*: exit $got, want $want"
}

# A field: kubectl's header, type, description, and podrun's status.
run 0 explain pod.spec.shareProcessNamespace
[ "$(head -4 "$tmp/out")" = "$(printf 'KIND:       Pod\nVERSION:    v1\n\nFIELD: shareProcessNamespace <boolean>')" ] && ok || bad "header"
grep -q '^    Share a single process namespace between all of the containers in a pod\.' "$tmp/out" && ok || bad "description"
grep -qx 'PODRUN: supported' "$tmp/out" && ok || bad "podrun status"

# A refused field, asked with a short name and an init container's path.
run 0 explain PO.spec.initContainers.resources.claims
grep -qx 'PODRUN: refused (error) — podrun has no dynamic resource allocation' "$tmp/out" && ok || bad "claims refused"
run 0 explain PO.spec.initContainers.readinessProbe.grpc
grep -qx "PODRUN: supported — grpc.health.v1 Health/Check over plaintext HTTP/2, as the kubelet does; SERVING passes" "$tmp/out" && ok ||
  bad "grpc supported"

# --recursive: the tree of names and types.
run 0 explain pod.spec.securityContext --recursive
grep -q $'^    type\t<string> -required-$' "$tmp/out" && ok || bad "nested seccompProfile.type"
grep -q 'Some volume types allow the Kubelet' "$tmp/out" && bad "recursive prints field descriptions" || ok
grep -q $'^  appArmorProfile\trefused (error)' "$tmp/out" && ok || bad "recursive podrun list"

# The release: pod-level resources are 1.35's.
run 0 explain pod.spec.resources
grep -q '^FIELD: resources <ResourceRequirements>$' "$tmp/out" && ok || bad "1.35 resources"
run 1 explain pod.spec.resources --kubernetes-version 1.31
grep -qx 'podrun: field "resources" does not exist in pod.spec in Kubernetes 1.31; it does in 1.35 (--kubernetes-version 1.35)' "$tmp/err" && ok || bad "1.31 error"
run 0 explain pod.spec.containers --kubernetes-version v1.31.4
run 2 explain pod --kubernetes-version 1.29
grep -q 'explain knows 1.31, 1.35' "$tmp/err" && ok || bad "version usage error"

# Other kinds.
run 0 explain deploy.spec.template
grep -q '^GROUP:      apps$' "$tmp/out" && ok || bad "group"
grep -q '^PODRUN: supported — podrun runs Deployments' "$tmp/out" && ok || bad "deployment status"
run 0 explain sts.spec.template
grep -q '^PODRUN: supported — podrun runs StatefulSets' "$tmp/out" && ok || bad "statefulset status"
run 0 explain cm
grep -q '^PODRUN: supported — every field of a ConfigMap is supported$' "$tmp/out" && ok || bad "configmap"

# JSON.
run 0 explain -o json pod.spec.containers.resources
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["field"] == {"name": "resources", "type": "ResourceRequirements", "required": False}, d["field"]
assert d["podrun"]["status"] == "supported" and d["podrun"]["below"][0]["path"] == "claims", d["podrun"]
assert "limits" in [f["name"] for f in d["fields"]]
' "$tmp/out" && ok || bad "json"

# Errors: one line, exit 1; usage errors exit 2.
run 1 explain pod.spec.shareProcessNamespac
[ "$(cat "$tmp/err")" = 'podrun: field "shareProcessNamespac" does not exist in pod.spec; did you mean "shareProcessNamespace"?' ] && ok || bad "typo"
[ -s "$tmp/out" ] && bad "output on error" || ok
run 1 explain pdo
grep -qx 'podrun: type "pdo" is not known to podrun explain; did you mean "pod"?' "$tmp/err" && ok || bad "unknown type"
run 2 explain
run 2 explain pod -o yaml

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
