#!/usr/bin/env bash
# `podrun validate` seen from outside: exit codes, output formats, inputs, flags.
# usage: validate_cli_test.sh PODRUN SOURCE_DIR
set -uo pipefail
podrun=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

check() {  # check NAME EXPECTED_EXIT COMMAND... ; output in $tmp/out, $tmp/err
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $name: exit $got, want $want"; sed 's/^/  out: /' "$tmp/out" | head -5; sed 's/^/  err: /' "$tmp/err" | head -5
  fi
}
expect_out() {  # expect_out NAME REGEX: the last command's stdout matches
  if grep -Eq -- "$2" "$tmp/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $1: stdout does not match /$2/"; sed 's/^/  out: /' "$tmp/out" | head -5
  fi
}
expect_err() {
  if grep -Eq -- "$2" "$tmp/err"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $1: stderr does not match /$2/"; sed 's/^/  err: /' "$tmp/err" | head -5
  fi
}

good=$src/manifests/single-container.yaml
cat >"$tmp/bad.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: app
    image: busybox
    resources:
      limits:
        memory: 12Q
YAML
cat >"$tmp/warn.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: warned}
spec:
  nodeSelector: {disktype: ssd}
  containers: [{name: app, image: busybox}]
YAML
cat >"$tmp/deploy.yaml" <<'YAML'
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: d}
spec: {}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {containers: [{name: app, image: busybox}]}
YAML

# Exit codes: 0 valid, 1 invalid, 2 usage.
check "valid file" 0 "$podrun" validate "$good"
expect_out "closing line" '^1 document: 1 valid, 0 invalid, 0 warnings$'
check "invalid file" 1 "$podrun" validate "$tmp/bad.yaml"
expect_out "error names file, line, column, path and problem" "bad.yaml:11:17: spec.containers\[0\].resources.limits.memory: \"12Q\" is not a valid quantity"
check "missing file" 2 "$podrun" validate "$tmp/nope.yaml"
expect_err "missing file message" "nope.yaml: no such file or directory"
check "a URL: a usage error" 2 "$podrun" validate -f https://example.com/pod.yaml
expect_err "... saying URLs are not supported, and what to do" "^podrun: https://example.com/pod.yaml: URLs are not supported; download it first"
check "apply -f URL: the same, nothing fetched" 2 "$podrun" apply -f http://127.0.0.1:9/pod.yaml --dry-run client
check "bad flag" 2 "$podrun" validate --no-such-flag "$good"
check "no paths" 2 "$podrun" validate
check "-f, as apply takes it" 0 "$podrun" validate -f "$good"
check "-f and a path together" 1 "$podrun" validate -f "$good" "$tmp/bad.yaml"
expect_out "both counted" '^2 documents: 1 valid, 1 invalid'
check "bad output format" 2 "$podrun" validate -o xml "$good"
check "no subcommand" 2 "$podrun"

# Inputs: directories (recursive), stdin, several paths.
check "directory" 0 "$podrun" validate "$src/manifests"
expect_out "directory count" '^[12][0-9] documents: [12][0-9] valid, 0 invalid'
check "stdin" 1 sh -c "'$podrun' validate - < '$tmp/bad.yaml'"
expect_out "stdin is named" '^<stdin>:11:17:'
check "two paths" 1 "$podrun" validate "$good" "$tmp/bad.yaml"
expect_out "two paths count" '^2 documents: 1 valid, 1 invalid'

# Warnings and --strict.
check "warning alone passes" 0 "$podrun" validate "$tmp/warn.yaml"
expect_out "warning shown" 'warn.yaml:5:3: warning: spec.nodeSelector: ignored by podrun'
check "--strict fails on warnings" 1 "$podrun" validate --strict "$tmp/warn.yaml"

# Kinds: refused, or skipped with --skip-unsupported.
check "ReplicaSet refused" 1 "$podrun" validate "$tmp/deploy.yaml"
expect_out "ReplicaSet message" 'kind ReplicaSet is not supported by podrun; use a Pod'
check "--skip-unsupported" 0 "$podrun" validate --skip-unsupported "$tmp/deploy.yaml"
expect_out "skipped count" '^2 documents: 1 valid, 0 invalid, 1 skipped, 1 warning$'

# --target kubernetes accepts what only podrun refuses.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: busybox\n    volumeDevices: [{name: d, devicePath: /dev/xvda}]\n  volumes: [{name: d, persistentVolumeClaim: {claimName: c}}]\n' >"$tmp/dev.yaml"
check "volumeDevices refused by podrun" 1 "$podrun" validate "$tmp/dev.yaml"
expect_out "volumeDevices message" 'spec.containers\[0\].volumeDevices: is not supported by podrun yet: podrun has no block volumes'
check "volumeDevices valid for kubernetes" 0 "$podrun" validate --target kubernetes "$tmp/dev.yaml"
# gRPC probes are podrun's too.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: busybox\n    livenessProbe: {grpc: {port: 9000, service: shop}}\n' >"$tmp/probe.yaml"
check "gRPC probe valid" 0 "$podrun" validate "$tmp/probe.yaml"
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: busybox\n    readinessProbe: {grpc: {port: 0}}\n' >"$tmp/probe0.yaml"
check "gRPC probe port 0 invalid" 1 "$podrun" validate "$tmp/probe0.yaml"
expect_out "gRPC port message" 'spec.containers\[0\].readinessProbe.grpc.port: .*must be between 1 and 65535, inclusive'

# JSON output.
check "json" 1 "$podrun" validate -o json "$good" "$tmp/bad.yaml"
cp "$tmp/out" "$tmp/json"
check "json parses" 0 python3 -c "
import json,sys
d=json.load(open('$tmp/json'))
assert d['summary']=={'documents':2,'valid':1,'invalid':1,'skipped':0,'warnings':0}, d['summary']
bad=d['documents'][1]
assert bad['valid'] is False and bad['kind']=='Pod' and bad['name']=='bad' and bad['namespace']=='default'
e=bad['errors'][0]
assert (e['line'],e['column'],e['path'])==(11,17,'spec.containers[0].resources.limits.memory'), e
assert e['category']=='invalid'
"

# JUnit output.
check "junit" 1 "$podrun" validate -o junit "$good" "$tmp/bad.yaml"
cp "$tmp/out" "$tmp/xml"
check "junit parses" 0 python3 -c "
import xml.etree.ElementTree as ET
t=ET.parse('$tmp/xml').getroot()
s=t.find('testsuite')
assert s.get('tests')=='2' and s.get('failures')=='1'
assert len(s.findall('testcase/failure'))==1
"

# Parallel and serial runs say the same.
"$podrun" validate -j 1 "$src/manifests" "$tmp" >"$tmp/j1" 2>/dev/null
"$podrun" validate -j 4 "$src/manifests" "$tmp" >"$tmp/j4" 2>/dev/null
check "-j is deterministic" 0 cmp "$tmp/j1" "$tmp/j4"

# Help and version.
check "help" 0 "$podrun" --help
expect_out "help lists validate" 'validate'
check "validate help" 0 "$podrun" validate --help
check "version" 0 "$podrun" version
expect_out "version" '^podrun [0-9]+\.[0-9]+\.[0-9]+'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
