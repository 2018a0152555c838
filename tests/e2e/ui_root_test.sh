#!/usr/bin/env bash
# podrun ui: a pod applied, the server started on a free loopback port, its JSON checked (the
# pod, its namespace graph, the matrix's inode numbers as /proc shows them, a container's
# processes and mounts), GET only, names in Host refused; the page loaded in headless Chromium
# (the DOM holds the pod, the graph's <svg> and the inode numbers; a screenshot is a PNG);
# matrix -o svg with the same numbers; the server ended by SIGTERM, by its pid.
#
# usage: ui_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
ui_pid=""
# The server goes first, whatever failed: then the pods and the leak check.
finish() {
  if [ -n "$ui_pid" ] && kill -0 "$ui_pid" 2>/dev/null; then
    kill -TERM "$ui_pid"
    wait "$ui_pid" 2>/dev/null
  fi
  leak_check "after the suite"
  report
}
trap finish EXIT
expect "import busybox" pr image import "$busybox"

pod=ui-$$
cat >"$work/pod.yaml" <<EOF2
apiVersion: v1
kind: Pod
metadata: {name: $pod}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: web, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
  - {name: side, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3601"]}
EOF2
expect "apply a two-container pod" pr apply -f "$work/pod.yaml" --wait --timeout 30s
web_pid=$(pid_of "$pod" web)
# The namespaces' inode numbers as this test reads them itself.
declare -A ino
for ns in net ipc mnt pid uts user; do ino[$ns]=$(stat -L -c %i "/proc/$web_pid/ns/$ns"); done

# --- the server, on a free loopback port ----------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
( exec "$podrun" --root "$root" --storage "$store" ui --listen "127.0.0.1:$port" >"$work/ui.out" 2>"$work/ui.err" ) &
ui_pid=$!
eventually "ui says where it listens" 10 "^podrun ui: http://127.0.0.1:$port/ " cat "$work/ui.out"
[ "$(readlink "/proc/$ui_pid/exe")" = "$(dirname "$(readlink -f "$podrun")")/podrun-ui" ] && ok ||
  bad "podrun ui did not become podrun-ui: $(readlink "/proc/$ui_pid/exe")"

# http METHOD PATH [HOST]: the status line's code, then the body (python: no curl needed).
http() {
  python3 - "$1" "$base$2" "${3:-}" <<'PY'
import sys, urllib.request, urllib.error
method, url, host = sys.argv[1], sys.argv[2], sys.argv[3]
req = urllib.request.Request(url, method=method, data=b"x" if method in ("POST", "PUT", "PATCH") else None)
if host:
    req.add_header("Host", host)
try:
    with urllib.request.urlopen(req, timeout=10) as r:
        code, body = r.status, r.read().decode()
except urllib.error.HTTPError as e:
    code, body = e.code, e.read().decode()
print(code)
print(body)
PY
}
# json_check PATH PYTHON: the endpoint answers 200 with JSON for which PYTHON (over j) holds.
json_check() {
  local name=$1 path=$2 expr=$3 out
  out=$(http GET "$path")
  if python3 -c "import json,sys; t=sys.stdin.read().split('\n',1); assert t[0]=='200', t[0]; j=json.loads(t[1]); assert $expr" <<<"$out" 2>"$work/check"; then ok; else
    bad "$name: $(tail -2 "$work/check") in: $(head -c 300 <<<"$out")"
  fi
}
json_check "/api/pods lists the pod, Running, as get pods" /api/pods \
  "any(p['name']=='$pod' and p['namespace']=='default' and p['status']=='Running' and p['ready']=='2/2' for p in j['pods'])"
json_check "the pod: its namespace graph as SVG, from its stored plan" "/api/pods/default/$pod" \
  "j['graph'].startswith('<svg') and 'web (app)' in j['graph'] and 'side (app)' in j['graph'] and 'graphError' not in j"
json_check "the pod: the matrix the kernel shows, web's namespaces' inodes" "/api/pods/default/$pod" \
  "[c['inodes'][0] for r in j['matrix']['rows'] if r['a']=='web' and r['b']=='host' for c in r['cells']] == [${ino[net]}, ${ino[ipc]}, ${ino[mnt]}, ${ino[pid]}, ${ino[uts]}, ${ino[user]}] and j['matrix']['differences']==0"
json_check "the pod: web and side share the pod's network, each its own filesystem" "/api/pods/default/$pod" \
  "[(c['kind'],c['observed']) for r in j['matrix']['rows'] if r['a']=='web' and r['b']=='side' for c in r['cells']][:3] == [('Network','shared (pod)'),('IPC','shared (pod)'),('Filesystem','isolated')]"
json_check "the pod: the matrix as SVG too" "/api/pods/default/$pod" "j['matrixSvg'].startswith('<svg') and '${ino[mnt]}' in j['matrixSvg']"
json_check "a container's processes: its own PID namespace, sleep as PID 1" "/api/pods/default/$pod/containers/web" \
  "j['pid']==$web_pid and [(p['pid'],p['hostPid'],p['command'],p['uid']) for p in j['processes']]==[(1,$web_pid,'sleep 3600',0)]"
json_check "a container's mounts: its overlay root, /proc, as mountinfo says" "/api/pods/default/$pod/containers/web" \
  "any(m['mountPoint']=='/' and m['fsType']=='overlay' for m in j['mounts']) and any(m['mountPoint']=='/proc' and m['fsType']=='proc' for m in j['mounts'])"
out=$(http GET /api/pods/default/nosuchpod)
matches "^404$" "$out" && ok || bad "an unknown pod: not 404: $out"
out=$(http GET "/api/pods/default/$pod/containers/nosuch")
matches "^404$" "$out" && ok || bad "an unknown container: not 404: $out"

# --- read-only, and loopback's names only ---------------------------------------------------
for m in POST PUT DELETE PATCH; do
  out=$(http "$m" /api/pods)
  matches "^405$" "$out" && ok || bad "$m /api/pods: not 405: $(head -2 <<<"$out")"
done
out=$(http GET /api/pods "attacker.example:$port")
matches "^403$" "$out" && ok || bad "a name in Host (DNS rebinding) was answered: $(head -2 <<<"$out")"
out=$(http GET /)
matches "^200$" "$out" && matches "<title>podrun ui</title>" "$out" && ok || bad "the page: $(head -3 <<<"$out")"
# No asset from elsewhere: nothing in the page names another address.
! matches '(src|href)=|https?://' "$(tail -n +2 <<<"$out")" && ok || bad "the page loads something: $(grep -Eo '(src|href)=[^ ]*|https?://[^ ]*' <<<"$out" | head -3)"
# Refused addresses: a name, a port out of range (exit 2, before anything listens).
pr ui --listen "example.com:$port" >/dev/null 2>"$work/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "is not an IP address" "$work/err" && ok || bad "--listen with a name: exit $rc: $(cat "$work/err")"

# --- the page in headless Chromium ----------------------------------------------------------
if ! command -v chromium >/dev/null; then
  bad "chromium is not installed (scripts/setup-deps.sh installs it)"
else
  # As the machine's notes say: no sandbox as root, and none of Chromium's own traffic.
  chrome() {
    timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --disable-extensions --user-data-dir="$work/chrome" --virtual-time-budget=8000 "$@" \
      2>>"$work/chrome.log"
  }
  chrome --dump-dom "$base/#default/$pod/web" >"$work/dom.html"
  dom=$(cat "$work/dom.html")
  matches "$pod" "$dom" && ok || bad "the page does not name the pod: $(head -c 400 "$work/dom.html")"
  python3 - "$work/dom.html" <<'PY' >"$work/check" 2>&1 && ok || bad "the page has no graph: $(cat "$work/check")"
import re, sys
dom = open(sys.argv[1]).read()
graph = re.search(r'<div id="graph">(.*?)</div>', dom, re.S)
assert graph and "<svg" in graph.group(1), "no <svg> in #graph"
assert "web (app)" in graph.group(1), "the graph does not name web"
PY
  for ns in net ipc mnt pid uts user; do
    matches ">${ino[$ns]}( / [0-9]+)?</text>" "$dom" && ok || bad "the page's matrix has no $ns inode ${ino[$ns]}"
  done
  matches "sleep 3600" "$dom" && ok || bad "the page shows no process of web (#default/$pod/web)"
  matches "overlay" "$dom" && ok || bad "the page shows no mount of web"
  chrome --screenshot="$work/ui.png" --window-size=1400,1600 "$base/#default/$pod/web" >/dev/null
  if [ -s "$work/ui.png" ] && [ "$(head -c 8 "$work/ui.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then ok; else
    bad "no PNG screenshot: $(tail -3 "$work/chrome.log")"
  fi
  [ -n "${PODRUN_UI_SCREENSHOT:-}" ] && cp "$work/ui.png" "$PODRUN_UI_SCREENSHOT"
fi

# --- matrix -o svg: the same numbers, in a valid SVG ----------------------------------------
pr matrix "$pod" -o svg >"$work/matrix.svg" 2>"$work/err" && ok || bad "matrix -o svg: $(cat "$work/err")"
python3 -c "import sys, xml.etree.ElementTree as ET; r=ET.parse(sys.argv[1]).getroot(); assert r.tag=='{http://www.w3.org/2000/svg}svg'" \
  "$work/matrix.svg" 2>"$work/check" && ok || bad "matrix -o svg is not valid SVG: $(cat "$work/check")"
for ns in net ipc mnt pid uts user; do
  grep -Eq ">${ino[$ns]}( / [0-9]+)?</text>" "$work/matrix.svg" && ok || bad "matrix -o svg has no $ns inode ${ino[$ns]}"
done

# --- ended by SIGTERM, by its pid: exit 0, the port closed -----------------------------------
kill -TERM "$ui_pid"
wait "$ui_pid"
rc=$?
ui_pid=""
[ "$rc" -eq 0 ] && ok || bad "podrun ui after SIGTERM: exit $rc: $(cat "$work/ui.err")"
python3 -c "import socket,sys; s=socket.socket(); sys.exit(0 if s.connect_ex(('127.0.0.1', $port)) else 1)" && ok ||
  bad "the port is still open after SIGTERM"
expect "delete the pod" pr delete pod "$pod" --now
