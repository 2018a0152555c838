#!/usr/bin/env bash
# gRPC probes (root): `podrun probe grpc` against a real gRPC health server (grpcio, on
# loopback), then pods whose readiness, liveness and startup probes are gRPC: the server on the
# host's loopback for hostNetwork pods, and inside a pod's own network namespace (entered with
# nsenter) for a pod probed on its address. SERVING, NOT_SERVING, an unknown service, a server
# slower than timeoutSeconds and a refused connection, with the kubelet's messages. Every pod
# has its own name; a leak check runs around the whole suite.
#
# usage: grpc_probe_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
py=/usr/bin/python3         # Debian's, with python3-grpcio (scripts/setup-deps.sh)
server_script=$src/tests/e2e/grpc_health_server.py
if ! $py -c 'import grpc' 2>/dev/null; then
  bad "python3-grpcio is missing (scripts/setup-deps.sh installs it)"
  exit 1
fi
servers=()
# start_server NAME ADDRESS PORT [nsenter args...]: a health server (PORT 0: any); its port in
# $port, its pid in $server, its state file $work/NAME.state (SERVING to begin with).
start_server() {
  local name=$1 address=$2 want=$3; shift 3
  echo SERVING >"$work/$name.state"
  rm -f "$work/$name.port"
  "$@" $py "$server_script" "$address" "$want" "$work/$name.port" "$work/$name.state" 4 >"$work/$name.log" 2>&1 &
  server=$!
  servers+=("$server")
  for _ in $(seq 100); do [ -s "$work/$name.port" ] && break; sleep 0.1; done
  port=$(cat "$work/$name.port" 2>/dev/null)
  [ -n "$port" ] && ok || bad "health server $name did not start: $(head -5 "$work/$name.log")"
}
stop_servers() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  servers=()
}
finish() { stop_servers; leak_check "after the suite"; report; }
trap finish EXIT
pod() {  # pod NAME SPEC-YAML: a manifest file for the pod
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n%s\n' "$1" "$2" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
B='image: busybox
    imagePullPolicy: IfNotPresent'
hostnet_pod() {  # hostnet_pod NAME PROBE-YAML: a hostNetwork pod that sleeps, with that probe
  pod "$1" "  hostNetwork: true
  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    command: [sleep, '3600']
    $2"
}
expect "import busybox" pr image import "$busybox"

# --- the helper the supervisor runs, against the server directly -------------------------------
start_server host 127.0.0.1 0
probe() { "$podrun" probe grpc --address 127.0.0.1 --port "$port" "$@"; }
expect_out "SERVING: success" "^service healthy$" probe
expect "… exit 0" probe --service serving
expect_fail "NOT_SERVING: failure" probe --service down
expect_out "… in the kubelet's words" '^service unhealthy \(responded with "NOT_SERVING"\)$' probe --service down
expect_out "an unknown service: NotFound" '^error: health rpc probe failed: rpc error: code = NotFound desc = unknown service$' \
  probe --service nope
start=$SECONDS
expect_out "slower than the timeout" '^timeout: health rpc did not complete within 1s$' probe --service slow --timeout-ms 1000
[ $((SECONDS - start)) -le 3 ] && ok || bad "the slow call took $((SECONDS - start))s, want about 1"
expect_out "sub-second timeouts as Go prints them" 'within 500ms$' probe --service slow --timeout-ms 500
# A port nothing listens on (the server's port, +1 until one is free of listeners).
free=$((port + 1))
while ss -ltnH "sport = :$free" | grep -q .; do free=$((free + 1)); done
expect_out "refused: the dial's error at the deadline" \
  "^timeout: failed to connect service \"127.0.0.1:$free\" within 1s: context deadline exceeded: .*connect: Connection refused" \
  "$podrun" probe grpc --port "$free" --timeout-ms 1000
expect_out "an address that is not one: usage" "not an IP address" "$podrun" probe grpc --address localhost --port 1
expect_out "plan renders a gRPC probe as kubectl describe does" "readinessProbe: grpc <pod>:$port serving delay=0s" \
  pr plan -f "$(pod plan-only "  containers:
  - name: main
    $B
    readinessProbe: {grpc: {port: $port, service: serving}}")"

# --- readiness on a hostNetwork pod: the server on the host's loopback --------------------------
leak_check "before: readiness"
m=$(hostnet_pod grpc-ready "readinessProbe: {grpc: {port: $port}, periodSeconds: 1}")
expect "apply a pod with a gRPC readiness probe" pr apply -f "$m" --wait --timeout 20s
expect_out "SERVING: READY 1/1" "grpc-ready +1/1 +Running +0 " pr get pods grpc-ready
echo NOT_SERVING >"$work/host.state"
eventually "NOT_SERVING: READY 0/1, no restart" 8 "grpc-ready +0/1 +Running +0 " pr get pods grpc-ready
expect_out "… describe says why, as the kubelet" 'Readiness probe failed: service unhealthy \(responded with "NOT_SERVING"\)' \
  pr describe pod grpc-ready
expect_out "… and shows the probe" "Readiness: +grpc <pod>:$port  delay=0s timeout=1s period=1s" pr describe pod grpc-ready
echo SERVING >"$work/host.state"
eventually "SERVING again: READY 1/1" 8 "grpc-ready +1/1 +Running +0 " pr get pods grpc-ready
expect "delete grpc-ready" pr delete pod grpc-ready --now

# --- liveness: an unknown service fails, and restarts the container -----------------------------
m=$(hostnet_pod grpc-live "livenessProbe: {grpc: {port: $port, service: nope}, periodSeconds: 1, failureThreshold: 2}")
expect "apply a pod whose gRPC liveness probe asks for an unknown service" pr apply --backoff-base 200ms -f "$m"
eventually "liveness failure restarts the container" 15 "grpc-live +[01]/1 +[A-Za-z]+ +[1-9]" pr get pods grpc-live
expect_out "… Unhealthy: NotFound" 'Liveness probe failed: error: health rpc probe failed: rpc error: code = NotFound desc = unknown service' \
  pr describe pod grpc-live
expect_out "… Killing event" "Container main failed liveness probe, will be restarted" pr describe pod grpc-live
expect "delete grpc-live" pr delete pod grpc-live --now

# --- a server slower than timeoutSeconds; the probe child holds fds 0-2 and its socket only -------
m=$(hostnet_pod grpc-slow "startupProbe: {grpc: {port: $port, service: slow}, periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 30}")
expect "apply a pod whose gRPC startup probe times out" pr apply -f "$m"
eventually "… timeout, in the kubelet's words" 10 'Startup probe failed: timeout: health rpc did not complete within 2s' \
  pr describe pod grpc-slow
expect_out "… not started, not ready, not restarted" "^False False 0$" \
  state_of grpc-slow "s['containers'][0]['started'], s['containers'][0]['ready'], s['containers'][0]['restartCount']"
# A probe in flight: `podrun probe grpc` started by the pod's supervisor.
child=""
for _ in $(seq 40); do
  child=$(pgrep -f -- "probe grpc --address 127.0.0.1 --port $port --service slow" | head -1)
  [ -n "$child" ] && break
  sleep 0.1
done
if [ -n "$child" ]; then
  others=$(for fd in /proc/"$child"/fd/*; do
    n=${fd##*/}
    [ "$n" -le 2 ] && continue
    t=$(readlink "$fd") || continue
    [[ $t == socket:* ]] || echo "$n=$t"
  done)
  [ -z "$others" ] && ok || bad "the gRPC probe child holds fds besides 0-2 and its socket: $others"
  expect_out "… a child of the pod's supervisor" "podrun-sup" ps -o comm= -p "$(ps -o ppid= -p "$child" | tr -d ' ')"
else
  bad "no gRPC probe child seen for grpc-slow"
fi
expect "delete grpc-slow" pr delete pod grpc-slow --now

# --- a pod probed on its own address: the server in the pod's network namespace ---------------
leak_check "before: pod address"
m=$(pod grpc-ip "  terminationGracePeriodSeconds: 1
  containers:
  - name: main
    $B
    command: [sleep, '3600']
    readinessProbe: {grpc: {port: 50051, service: serving}, periodSeconds: 1}")
expect "apply a pod probed on its address" pr apply -f "$m"
expect_out "not ready while nothing listens" "grpc-ip +0/1 +Running" pr get pods grpc-ip
eventually "… the events say the dial failed on the pod's address" 8 \
  'Readiness probe failed: timeout: failed to connect service "10\.[0-9.]+:50051" within 1s' pr describe pod grpc-ip
pid=$(pid_of grpc-ip main)
ip=$(state_of grpc-ip "s['podIP']")
# The server binds the pod's address inside its namespace: the probe reaches it over the bridge.
start_server pod "$ip" 50051 nsenter --net=/proc/"$pid"/ns/net
expect_out "the server listens in the pod's network namespace" "$ip\]?:50051" nsenter --net=/proc/"$pid"/ns/net ss -ltnH
[ -z "$(ss -ltnH 'sport = :50051')" ] && ok || bad "something listens on the host's port 50051: the test cannot tell"
eventually "a server on the pod's address: READY 1/1" 10 "grpc-ip +1/1 +Running +0 " pr get pods grpc-ip
# Stopped before the pod goes: it holds the pod's network namespace (and so its veth) alive.
stop_servers
expect "delete grpc-ip" pr delete pod grpc-ip --now
