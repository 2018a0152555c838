#!/usr/bin/env bash
# Rootless (docs/rootless.md): an unprivileged user of this suite's own, with subordinate IDs
# in /etc/subuid and /etc/subgid, runs the lessons of manifests/ with the same commands as
# root: the kernel matches each plan, containers of a pod share localhost, an emptyDir and (on
# request) their PIDs, two pods are isolated and reach each other by address, a hostPort is
# served on the host's 127.0.0.1, and what a user may not have is refused before anything is
# made. Then nothing of that user is left: no process (the user's or its subordinate IDs'), no
# session, no state, no mount, veth or cgroup; the user and its ranges are removed.
#
# usage: rootless_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
for tool in newuidmap newgidmap useradd; do
  command -v "$tool" >/dev/null || { echo "no $tool (Debian's uidmap, passwd): skipped"; trap - EXIT; rm -rf "$work"; exit 77; }
done

# --- The user: a system account (no automatic subordinate IDs), then ranges of our own, far
#     above podrun's own range and any login user's.
user=podrun-rl-$$
sub_start=$((40000000 + ($$ % 1000) * 262144))
sub_count=196608  # three blocks: the session's own, and one for a hostUsers: false pod
home=$work/home
chmod 0711 "$work"  # the user reaches its home and podrun's copy, nothing else of $work
useradd --system --no-create-home --home-dir "$home" --shell /bin/sh "$user" || { bad "useradd $user"; exit 1; }
uid=$(id -u "$user")
echo "$user:$sub_start:$sub_count" >>/etc/subuid
echo "$user:$sub_start:$sub_count" >>/etc/subgid
mkdir -p "$home" "$work/bin"
chown "$user:" "$home"
chmod 0700 "$home"
cp "$podrun" "$(dirname "$podrun")/podrun-dynamic" "$(dirname "$podrun")/podrun-supervisor" "$(dirname "$podrun")/podrun-pause" "$(dirname "$podrun")/podrun-ui" "$work/bin/"
cp -r "$busybox" "$work/busybox"
cp -r "$src/manifests" "$work/manifests"
chmod -R a+rX "$work/bin" "$work/busybox" "$work/manifests"
session=/tmp/podrun-rootless-$uid
state=/tmp/podrun-run-$uid

# rl ARGS...: podrun as the user, from its home, with a plain environment (no XDG_RUNTIME_DIR:
# the /tmp fallbacks), sessions ending 0.5 s after their last pod.
rl() {
  (cd "$home" && setpriv --reuid "$user" --regid "$user" --init-groups env -i HOME="$home" PATH=/usr/bin:/bin \
    PODRUN_ROOTLESS_IDLE_MS=500 HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 NO_PROXY=127.0.0.1,localhost \
    "$work/bin/podrun" "$@")
}
# Processes of the user or of its subordinate IDs (the containers' users), by PID.
user_pids() {
  ps -e -o pid=,uid= | awk -v u="$uid" -v s="$sub_start" -v n="$sub_count" '$2 == u || ($2 >= s && $2 < s + n) {print $1}'
}
pod_ip() { rl get pod "$1" -o jsonpath='{.status.podIP}'; }
# container_pid POD CONTAINER: the container's process, from the pod's state, which lives in the
# session's mount namespace (a pod directory is a tmpfs of its own, mounted there).
container_pid() {
  nsenter -t "$(awk '{print $1}' "$session/holder.pid")" -m cat "$state/pods/default/$1/state.json" |
    python3 -c "import json,sys; s=json.load(sys.stdin); print([c['pid'] for c in s['containers'] if c['name']=='$2'][0])"
}

user_cleanup() {
  # Whatever a failed check left, by PID: only this suite's user's processes.
  for p in $(user_pids); do kill -9 "$p" 2>/dev/null; done
  rm -rf "$session" "$state"
  userdel "$user" 2>/dev/null
  sed -i "/^$user:/d" /etc/subuid /etc/subgid
}
finish() {
  user_leaks
  user_cleanup
  leak_check "after the suite"
  report
}
user_leaks() {
  for p in $(ls "$state/pods/default" 2>/dev/null); do rl delete pod "$p" --now >/dev/null 2>&1; done
  # The session ends 0.5 s after its last process: the keeper, the holder and slirp4netns go.
  for _ in $(seq 1 40); do [ -z "$(user_pids)" ] && [ ! -e "$session" ] && break; sleep 0.25; done
  leaks=""
  [ -z "$(user_pids)" ] || leaks+=" processes: $(ps -o pid=,user=,args= -p "$(user_pids | paste -sd,)" | tr '\n' ';')"
  [ ! -e "$session" ] || leaks+=" session: $(ls -A "$session" | tr '\n' ' ')"
  [ -z "$(ls "$state/pods/default" 2>/dev/null)" ] || leaks+=" state: $(ls "$state/pods/default")"
  grep -q "$work" /proc/self/mountinfo && leaks+=" mounts: $(grep "$work" /proc/self/mountinfo | awk '{print $5}' | tr '\n' ' ')"
  if [ -n "$leaks" ]; then bad "left of the user $user:$leaks"; else ok; fi
}
trap finish EXIT

# --- Bad input first: refused at apply, before a session or anything else exists ------------
expect_out "a privileged container is refused" "not for an ordinary user .*privileged" \
  rl apply -f "$(one_pod rl-priv "" "" ", securityContext: {privileged: true}")"
expect_out "a privileged hostPort is refused" "not for an ordinary user .*hostPort" \
  rl apply -f "$(one_pod rl-port80 "" "" ", ports: [{containerPort: 80, hostPort: 80}]")"
chmod a+r "$work"/rl-*.yaml
[ ! -e "$session" ] && ok || bad "a refused apply started a session: $(ls -A "$session")"

# --- The user's own store, unpacked in the session: the files are the user's on disk ---------
expect "import busybox as the user" rl image import "$work/busybox"
layer=$(ls -d "$home/.local/share/podrun/layers"/*/ 2>/dev/null | head -1)
expect_out "the layer's root-owned files are the user's on the host" "^$uid$" stat -c %u "$layer/bin"

# --- Pulls go out from the host's network, as podman's: a registry on the host's loopback is
#     reached (here a stand-in that only records what it was asked, then answers 404).
rport=$((30000 + $$ % 20000))
python3 -c '
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        open(sys.argv[2], "a").write(self.path + "\n")
        self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
    do_HEAD = do_GET
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()' "$rport" "$work/registry.log" &
registry=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $rport), 1)" 2>/dev/null && break; sleep 0.1; done
expect_fail "a pull of an image the registry does not have fails" rl image pull --insecure-registry "127.0.0.1:$rport" "127.0.0.1:$rport/rl/none:1"
expect_out "... having asked the registry on the host's loopback" "^/v2/" cat "$work/registry.log"
: >"$work/registry.log"
f=$(one_pod rl-pull "" "" "")
sed -i "s|image: busybox, imagePullPolicy: IfNotPresent|image: 127.0.0.1:$rport/rl/none:2, imagePullPolicy: Always|" "$f"
chmod a+r "$f"
rl apply --insecure-registry "127.0.0.1:$rport" -f "$f" >/dev/null 2>&1
expect_out "apply's pull asks the registry on the host's loopback too" "^/v2/" cat "$work/registry.log"
rl delete pod rl-pull --now >/dev/null 2>&1
kill "$registry"
wait "$registry" 2>/dev/null

# --- Every lesson, as for root ------------------------------------------------------------
for m in "$work"/manifests/*.yaml; do
  name=$(basename "$m" .yaml)
  case $name in deployment | job) continue ;; esac
  applied=$(rl apply -f "$m" --wait --timeout 60s 2>&1) && ok || bad "apply $name as $user: $(echo "$applied" | head -3)"
  expect_out "matrix $name" "the kernel matches the plan" rl matrix
  case $name in
    demo)
      matches "pod/demo: runs without cgroups" "$applied" && ok || bad "no warning that the pod has no cgroups: $applied"
      expect_out "demo: client reaches web on localhost" "hello from the web container" rl exec demo -c client -- wget -q -O - http://localhost:8080/
      expect "demo: POSIX shm shared in the pod" rl exec demo -c web -- sh -c 'echo shared > /dev/shm/x'
      expect_out "demo: ... and read by the other container" "^shared$" rl exec demo -c client -- cat /dev/shm/x
      pid=$(container_pid demo web)
      expect_out "the container's root is the user on the host" "^Uid:[[:space:]]+$uid[[:space:]]" grep Uid: "/proc/$pid/status"
      [ "$(stat -L -c %i "/proc/$pid/ns/user")" != "$(stat -L -c %i /proc/self/ns/user)" ] && ok ||
        bad "the container is in the host's user namespace" ;;
    emptydir-shared)
      sleep 0.3
      expect_out "emptyDir: the reader reads the writer's file" "[0-9]" rl exec shared-volume -c reader -- cat /input/log
      expect_fail "emptyDir: read-only for the reader" rl exec shared-volume -c reader -- touch /input/x ;;
    shared-process-namespace)
      expect_out "shared pids: the pause holder is PID 1" "^ +1 +root +podrun-pause" rl exec shared-pids -c shell -- ps
      expect_out "shared pids: the other container's process is visible" "sleep 3600" rl exec shared-pids -c shell -- ps ;;
    single-container)
      expect_out "private pids: the container is PID 1" "^ +1 +root +sleep 3600" rl exec single -- ps
      expect_out "hostname is the pod's" "^single$" rl exec single -- hostname
      # The other verbs a user reaches for, through the session: cp both ways, describe, top.
      echo "from the host" >"$home/in.txt" && chown "$user:" "$home/in.txt"
      expect "cp into the container as the user" rl cp "$home/in.txt" single:/tmp/in.txt
      expect_out "... the file is there" "^from the host$" rl exec single -- cat /tmp/in.txt
      expect "cp out of the container as the user" rl cp single:/etc/hostname "$home/out.txt"
      expect_out "... the file came out, the user's" "^$uid single$" sh -c "echo \$(stat -c %u '$home/out.txt') \$(cat '$home/out.txt')"
      expect_out "describe as the user" "^Status: +Running" rl describe pod single
      expect "top as the user (no cgroups: no usage, no failure)" rl top pods ;;
    three-containers-localhost)
      sleep 0.3
      expect_out "trio: server-a on localhost" "^a$" rl exec localhost-trio -c client -- wget -q -O - http://127.0.0.1:8081/ ;;
    host-pid)
      expect_out "hostPID: the host's processes are visible" "^ *$$ " rl exec host-pid -- ps -o pid,comm ;;
    two-isolated-pods)
      sleep 0.3
      expect_out "island-a serves on its localhost" "^a$" rl exec island-a -- wget -q -O - http://127.0.0.1:8080/
      expect_out "island-b cannot reach island-a on its localhost" "Connection refused" rl exec island-b -- wget -q -O - http://127.0.0.1:8080/
      ip=$(pod_ip island-a)
      expect_out "island-b reaches island-a by its address ($ip)" "^a$" rl exec island-b -- wget -q -O - "http://$ip:8080/"
      expect_out "the two pods: isolated but for users" "^pod island-a <-> pod island-b +isolated +isolated +isolated +isolated +isolated +host$" \
        rl matrix island-a island-b ;;
    user-namespace)
      sleep 0.3
      expect_out "user namespace: root of the pod" "^0$" rl exec user-namespace -- id -u
      expect_out "user namespace: nested in the user's range" "^Uid:[[:space:]]+$((sub_start + 65535))[[:space:]]" \
        grep Uid: "/proc/$(container_pid user-namespace web)/status" ;;
  esac
  for p in $(ls "$state/pods/default" 2>/dev/null); do expect "delete $p" rl delete pod "$p" --now; done
done

# --- podrun ui as the user: it reads the pods through the session, listens on the host's ----
expect "apply a pod for the ui" rl apply -f "$work/manifests/single-container.yaml" --wait --timeout 30s
uport=$((40000 + $$ % 20000))
rl ui --listen "127.0.0.1:$uport" >"$work/ui.out" 2>&1 &
eventually "ui as the user: /api/pods lists the user's pod" 10 '"name": ?"single"' \
  python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$uport/api/pods', timeout=2).read().decode())"
for p in $(ps -u "$uid" -o pid=,comm= | awk '$2 == "podrun-ui" {print $1}'); do kill "$p" 2>/dev/null; done
wait 2>/dev/null
expect "delete the ui's pod" rl delete pod single --now

# --- hostPort on the host's 127.0.0.1, through the relay -----------------------------------
port=$((20000 + $$ % 20000))
f=$(one_pod rl-hostport "" "" ", command: [sh, -c, 'mkdir -p /www && echo relayed > /www/index.html && httpd -f -p 8080 -h /www'], ports: [{containerPort: 8080, hostPort: $port, hostIP: 127.0.0.1}]")
chmod a+r "$f"
expect "apply a pod with hostPort $port" rl apply -f "$f" --wait --timeout 30s
eventually "hostPort $port answers on the host's 127.0.0.1" 5 "^relayed$" \
  python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/', timeout=2).read().decode().strip())"
expect_fail "a second pod may not take the same hostPort" rl apply -f "$(one_pod rl-hostport2 "" "" ", ports: [{containerPort: 8080, hostPort: $port, hostIP: 127.0.0.1}]")"
# port-forward as the user: the keeper listens on the host's loopback, the copying is done
# inside the pod's network namespace.
rl port-forward rl-hostport :8080 >"$work/pf.out" 2>"$work/pf.err" &
pf=$!
fport=""
for _ in $(seq 50); do
  fport=$(sed -n 's/^Forwarding from 127\.0\.0\.1:\([0-9]*\) -> 8080$/\1/p' "$work/pf.out" | head -1)
  [ -n "$fport" ] && break
  sleep 0.1
done
[ -n "$fport" ] && ok || bad "port-forward as the user printed no Forwarding line: $(cat "$work/pf.out" "$work/pf.err")"
expect_out "port-forward as the user: the pod's page on the host's 127.0.0.1:$fport" "^relayed$" \
  python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$fport/', timeout=3).read().decode().strip())"
# The forward runs as the user, below the background job: stopped by its PID.
for p in $(ps -u "$uid" -o pid=,args= | awk '/port-forward rl-hostport/ {print $1}'); do kill "$p" 2>/dev/null; done
wait "$pf" 2>/dev/null
expect "delete the hostPort pod" rl delete pod rl-hostport --now
expect_fail "the port is free once the pod is gone" python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=2)"
rl delete pod rl-hostport2 --now >/dev/null 2>&1 || true
