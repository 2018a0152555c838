#!/usr/bin/env bash
# podrun port-forward (label "root"; skipped with 77 when not root): kubectl's output lines, a
# port that listens only on the pod's own loopback (no path to it through the pod's address),
# named ports, large transfers both ways with half-close, a refused connection that does not end
# the forward, SIGINT ending it cleanly, the pod's deletion ending it with an error, and the
# usage errors. Every connection is to 127.0.0.1 on the host.
#
# usage: forward_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
expect "import busybox" pr image import "$busybox"

cat >"$work/pf.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: pf-web}
spec:
  terminationGracePeriodSeconds: 0
  containers:
  - name: web
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, 'mkdir -p /www && echo hello-from-the-pod > /www/index.html && head -c 3000000 /dev/urandom > /www/big && exec httpd -f -p 127.0.0.1:8000 -h /www']
    ports: [{name: web, containerPort: 8000}]
  - name: sink
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, 'while true; do nc -l -p 9000 > /tmp/up.part && mv /tmp/up.part /tmp/up; done']
YAML
expect "apply pf-web" pr apply -f "$work/pf.yaml"
ip=$(state_of pf-web "s['podIP']")
# The server listens on the pod's loopback only: the pod's address does not answer from the host.
eventually "the web server listens in the pod" 5 "hello-from-the-pod" pr exec pf-web -c web -- wget -q -O - http://127.0.0.1:8000/
http_get() { python3 -c "import sys,urllib.request; sys.stdout.buffer.write(urllib.request.urlopen('http://$1', timeout=5).read())"; }
if http_get "$ip:8000/" >/dev/null 2>&1; then bad "the pod's address reached a port bound to its loopback"; else ok; fi

# forward PORTS... (background): its output in $work/pf.out, its pid in $pf, its first local port
# in $port. Started as from a terminal: a shell starts background commands with SIGINT ignored
# (and podrun keeps it so, as any program should); python puts back the default, so that
# SIGINT here is the Ctrl-C of an interactive user.
forward() {
  : >"$work/pf.out"
  python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$podrun" --root "$root" --storage "$store" port-forward pf-web "$@" >"$work/pf.out" 2>"$work/pf.err" </dev/null &
  pf=$!
  port=""
  for _ in $(seq 50); do
    port=$(sed -n 's/^Forwarding from 127\.0\.0\.1:\([0-9]*\) -> .*/\1/p' "$work/pf.out" | head -1)
    [ -n "$port" ] && return 0
    sleep 0.1
  done
  return 1
}
forward :8000 && ok || bad "port-forward :8000 did not print Forwarding from 127.0.0.1:PORT: $(cat "$work/pf.out" "$work/pf.err")"
expect_out "kubectl's line: Forwarding from 127.0.0.1:PORT -> 8000" "^Forwarding from 127\.0\.0\.1:$port -> 8000$" cat "$work/pf.out"
expect_out "through the forward: the page served on the pod's loopback" "^hello-from-the-pod$" http_get "127.0.0.1:$port/"
expect_out "kubectl's line for each connection" "^Handling connection for $port$" cat "$work/pf.out"
want=$(pr exec pf-web -c web -- sha256sum /www/big | cut -d' ' -f1)
expect_out "3 MB out of the pod, unchanged" "^$want$" sh -c "python3 -c \"import sys,urllib.request; sys.stdout.buffer.write(urllib.request.urlopen('http://127.0.0.1:$port/big', timeout=10).read())\" | sha256sum | cut -d' ' -f1"
expect_out "8 connections at once" "^8$" python3 -c "
import concurrent.futures, urllib.request
get = lambda _: urllib.request.urlopen('http://127.0.0.1:$port/', timeout=5).read()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    print(sum(body == b'hello-from-the-pod\\n' for body in pool.map(get, range(8))))"
# ended SECONDS: waits for the forward to end (killed after SECONDS), then its exit status.
ended() {
  for _ in $(seq $(($1 * 10))); do kill -0 "$pf" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pf" 2>/dev/null
  wait "$pf"
}
kill -INT "$pf"
ended 3
expect_out "Ctrl-C (SIGINT) ends it with exit 0" "^0$" echo $?
if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), timeout=2)" 2>/dev/null; then bad "the port still listens after SIGINT"; else ok; fi

forward 0:web 0:9000 0:9999 --address 127.0.0.1 && ok || bad "port-forward with a named port: $(cat "$work/pf.err")"
expect_out "a named port resolves to its containerPort" "^Forwarding from 127\.0\.0\.1:[0-9]+ -> 8000$" cat "$work/pf.out"
[ "$(grep -c '^Forwarding from' "$work/pf.out")" = 3 ] && ok || bad "--address 127.0.0.1: one line per port, no ::1: $(cat "$work/pf.out")"
up=$(sed -n 's/^Forwarding from 127\.0\.0\.1:\([0-9]*\) -> 9000$/\1/p' "$work/pf.out")
refused=$(sed -n 's/^Forwarding from 127\.0\.0\.1:\([0-9]*\) -> 9999$/\1/p' "$work/pf.out")
head -c 2000000 /dev/urandom >"$work/up"
# Into the pod: the client half-closes (shutdown SHUT_WR), nc sees the end and writes the file.
python3 - "$up" "$work/up" <<'PY' && ok || bad "sending 2 MB into the pod"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
s.sendall(open(sys.argv[2], "rb").read())
s.shutdown(socket.SHUT_WR)
s.recv(1)
PY
eventually "2 MB into the pod, unchanged" 5 "^$(sha256sum "$work/up" | cut -d' ' -f1)$" sh -c "$podrun --root $root --storage $store exec pf-web -c sink -- sha256sum /tmp/up 2>/dev/null | cut -d' ' -f1"
python3 -c "
import socket
s = socket.create_connection(('127.0.0.1', $refused), timeout=5)
assert s.recv(10) == b''" && ok || bad "a refused port in the pod: the client's connection is closed"
expect_out "… with an error that names both attempts" "an error occurred forwarding $refused -> 9999: .*127\.0\.0\.1:9999: Connection refused" cat "$work/pf.err"
kill -0 "$pf" 2>/dev/null && ok || bad "a refused connection ended the forward"
expect_out "… and the next connection works" "^hello-from-the-pod$" http_get "127.0.0.1:$port/"
expect "delete pf-web" pr delete pod pf-web --grace-period 0
ended 3
expect_out "the pod's deletion ends the forward: exit 1" "^1$" echo $?
expect_out "… saying so" "lost connection to pod" cat "$work/pf.err"

# Usage and refusals: one line, exit 2 for the command line, 1 for what is not there.
pr port-forward pf-web abc >/dev/null 2>&1; expect_out "a bad port: exit 2" "^2$" echo $?
pr port-forward pf-web 8080:0 >/dev/null 2>&1; expect_out "remote port 0: exit 2" "^2$" echo $?
expect_out "… saying which" "^podrun: port-forward: error parsing local port 'abc'" pr port-forward pf-web abc
pr port-forward nope 8080:80 >/dev/null 2>&1; expect_out "a pod that is not there: exit 1" "^1$" echo $?
expect_out "… kubectl's words" '^podrun: pods "nope" not found$' pr port-forward nope 8080:80
expect_fail "a deployment/NAME is not a pod" pr port-forward deployment/x 80
