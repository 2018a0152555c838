#!/usr/bin/env bash
# The attacks of an adversarial pass over podrun (docs/security.md, "Attacks and what stops
# them"), each reproduced against a real pod and checked from outside: what the container can
# reach, what the host shows after. Each failed before the defence it tests was in place.
#
#   fds        `podrun exec`, exec probes and hooks hold fds 0-2 only (the caller's `exec
#              9</etc` reached the host's files through /proc/self/fd/9)
#   pause      the pause holder, PID 1 of a shareProcessNamespace pod, is no door to the host:
#              empty read-only root, no capabilities, no_new_privs, seccomp, non-dumpable;
#              `kill -TERM 1` from a container is ignored
#   (a pause holder killed from the host: sandbox_root_test.sh)
#   ra         a pod's IPv6 router advertisement configures neither the host nor other pods
#   storage    writable layers and disk emptyDirs on disk, not in the host's memory; sizeLimit
#              and ephemeral-storage evict the pod; memory emptyDirs and the pod directory sized
#   hostPort   9,995 connections to a hostPort break neither the pod's probes nor the
#              supervisor (DNAT, no relay); a pod cannot reach the host's 127.0.0.1 services
#   policy     a pod's annotations may not raise the machine's pids limit, allow unsafe sysctls
#              or turn seccomp off; Pod Security admission per namespace or machine default
#   validation hostAliases lines and `..` keys and paths are refused
#
# usage: attacks_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT RA_SENDER LOCALNET_PROBE
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
ra_sender=$4
localnet_probe=$5
expect "import busybox" pr image import "$busybox"
canary=$work/canary
echo "host canary" >"$canary"

# --- fds: only 0-2 reach a process podrun starts in a container --------------------------------
m=$work/fds.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: fds}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    lifecycle:
      postStart: {exec: {command: [sh, -c, 'exec >/tmp/hook-fds; ls /proc/$$/fd; true']}}
    livenessProbe:
      exec: {command: [sh, -c, 'exec >/tmp/probe-fds; ls /proc/$$/fd; true']}
      periodSeconds: 1
YAML
expect "apply the fds pod" pr apply -f "$m"
# The caller holds a directory of the host's on fd 9, as a shell's `exec 9</etc` does.
held() { (exec 9</etc; exec 8<"$canary"; "$@"); }
# The shell's fds are listed by a child while the shell waits: no pipeline in that shell (its
# pipe's ends would be listed while it sets the pipeline up), no redirection of that command
# (the shell keeps a copy of the fd it replaces), and not its last command (which it would
# exec, listing ls's own directory fd).
fds_of() { "$@" | tr '\n' ' '; }
expect_out "exec: the command holds fds 0-2 only" "^0 1 2 $" fds_of held pr exec fds -- sh -c 'ls /proc/$$/fd; true'
expect_fail "exec: the caller's fd 9 (/etc) is not there" held pr exec fds -- cat /proc/self/fd/9/hostname
expect_fail "exec -i: nor with stdin" held pr exec -i fds -- cat /proc/self/fd/8 </dev/null
expect_out "postStart hook: fds 0-2 only" "^0 1 2 $" fds_of pr exec fds -- cat /tmp/hook-fds
eventually "exec probe: fds 0-2 only" 5 "^0 1 2 $" fds_of pr exec fds -- cat /tmp/probe-fds
expect_out "the container's own process: fds 0-2 only" "^0 1 2 $" fds_of pr exec fds -- ls /proc/1/fd
expect "delete the fds pod" pr delete pod fds --now

# --- pause: PID 1 of a shared-PID pod, reached with CAP_SYS_PTRACE ------------------------------
for users in true false; do
  m=$work/pause-$users.yaml
  cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: ptrace-$users}
spec:
  shareProcessNamespace: true
  hostUsers: $users
  terminationGracePeriodSeconds: 1
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {capabilities: {add: [SYS_PTRACE]}}
YAML
  p=ptrace-$users
  expect "hostUsers $users: apply a shareProcessNamespace pod with SYS_PTRACE" pr apply -f "$m"
  x() { pr exec "$p" -- sh -c "$*"; }
  expect_out "hostUsers $users: PID 1 is the pause holder" "^ +1 +root +podrun-pause" x ps
  expect_out "hostUsers $users: its root is empty" "^0$" x 'ls -A /proc/1/root/ | wc -l'
  expect_fail "hostUsers $users: the host's /etc/shadow is not there" x 'cat /proc/1/root/etc/shadow'
  owned=podrun-attack-$$-$users
  expect_fail "hostUsers $users: nothing can be written through it" x "echo x > /proc/1/root/$owned"
  expect "hostUsers $users: and nothing was written on the host" test ! -e "/$owned"
  rm -f "/$owned"
  expect_out "hostUsers $users: /proc/1/cwd is that empty root too" "^0$" x 'ls -A /proc/1/cwd/ | wc -l'
  pause=$(state_of "$p" "s['pause']['pid']")
  status=$(cat "/proc/$pause/status")
  expect_out "hostUsers $users: the pause holder has no capability" "^CapEff:[[:space:]]+0+$" echo "$status"
  expect_out "hostUsers $users: ... and an empty bounding set" "^CapBnd:[[:space:]]+0+$" echo "$status"
  expect_out "hostUsers $users: no_new_privs" "^NoNewPrivs:[[:space:]]+1$" echo "$status"
  expect_out "hostUsers $users: a seccomp filter" "^Seccomp:[[:space:]]+2$" echo "$status"
  expect_out "hostUsers $users: its mount namespace is not the host's" "^different$" \
    sh -c "[ \$(stat -L -c %i /proc/$pause/ns/mnt) != \$(stat -L -c %i /proc/self/ns/mnt) ] && echo different"
  expect "hostUsers $users: kill -TERM 1 from the container" x 'kill -TERM 1'
  sleep 0.3
  expect "hostUsers $users: the pause holder ignored it" kill -0 "$pause"
  expect_out "hostUsers $users: the pod is still Running" "Running" pr get pods "$p"
  expect "delete it" pr delete pod "$p" --now
done

# --- ra: IPv6 router advertisements from a pod (CVE-2020-10749) --------------------------------
if [ -d /proc/sys/net/ipv6 ]; then
  m=$work/ra.yaml
  cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: ra-attacker}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{name: ra, hostPath: {path: $ra_sender, type: File}}]
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], volumeMounts: [{name: ra, mountPath: /ra, readOnly: true}]}
---
apiVersion: v1
kind: Pod
metadata: {name: ra-victim}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
YAML
  expect "apply an attacker and a victim pod" pr apply -f "$m"
  bridge=podrun0
  expect_out "the bridge ignores router advertisements" "^0 0$" sh -c "echo \$(cat /proc/sys/net/ipv6/conf/$bridge/accept_ra /proc/sys/net/ipv6/conf/$bridge/accept_redirects)"
  veth=$(ls /sys/class/net/$bridge/brif | head -1)
  expect_out "so does a pod's host-side veth" "^0 0$" sh -c "echo \$(cat /proc/sys/net/ipv6/conf/$veth/accept_ra /proc/sys/net/ipv6/conf/$veth/accept_redirects)"
  expect_out "and the pod's own network (all, default, eth0)" "^0 0 0 0$" \
    pr exec ra-victim -- sh -c 'echo $(cat /proc/sys/net/ipv6/conf/all/accept_ra /proc/sys/net/ipv6/conf/default/accept_ra /proc/sys/net/ipv6/conf/eth0/accept_ra /proc/sys/net/ipv6/conf/eth0/accept_redirects)'
  expect_out "a pod sends router advertisements for 2001:db8:bad::/64 (CAP_NET_RAW)" "^sent [1-9]" pr exec ra-attacker -- /ra eth0 3
  expect_out "the host took no address from it" "^0$" sh -c "ip -6 addr show dev $bridge | grep -c 2001:db8:bad"
  expect_out "nor a route" "^0$" sh -c "ip -6 route show | grep -c -e 2001:db8:bad -e 'dev $bridge proto ra'"
  expect_out "the other pod took no address" "^0$" sh -c "$podrun --root $root --storage $store exec ra-victim -- ip -6 addr | grep -c 2001:db8:bad"
  expect "delete them" pr delete pod ra-attacker ra-victim --now
fi

# --- hostPort: DNAT in the kernel; a flood is the pod's, never the supervisor's ---------------------
m=$work/flood.yaml
cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: flood}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{name: probe, hostPath: {path: $localnet_probe, type: File}}]
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "while :; do nc -l -p 8080 -e cat; done"]
    ports: [{containerPort: 8080, hostPort: 38090}]
    volumeMounts: [{name: probe, mountPath: /probe, readOnly: true}]
    livenessProbe: {exec: {command: ["true"]}, periodSeconds: 1, failureThreshold: 1}
YAML
expect "apply a pod with a hostPort and an exec liveness probe" pr apply -f "$m"
sup=$(state_of flood "s['supervisor']['pid']")
expect_out "127.0.0.1:38090 reaches it" "^echoed$" sh -c "echo echoed | timeout 3 busybox nc 127.0.0.1 38090"
expect_out "the port is DNATed in the kernel, not relayed" "dnat to [0-9.]+:8080" nft list ruleset
# 9,995 connections to the host port, held for 5 s (they exhausted a user-space relay's fds).
python3 - "$sup" >"$work/flood.out" 2>&1 <<'PY' &
import resource, socket, sys, time
resource.setrlimit(resource.RLIMIT_NOFILE, (10100, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
socks = []
for _ in range(9995):
    s = socket.socket()
    s.setblocking(False)
    s.connect_ex(("127.0.0.1", 38090))
    socks.append(s)
time.sleep(5)
print("held", len(socks))
PY
flooder=$!
sleep 2
expect "during the flood, podrun exec works" pr exec flood -- true
fds=$(ls "/proc/$sup/fd" | wc -l)
expect "during the flood, the supervisor holds few fds ($fds)" test "$fds" -lt 64
wait "$flooder"
expect_out "the flood held its 9,995 connections" "^held 9995$" cat "$work/flood.out"
sleep 1
expect_out "the liveness probe never failed: no restart" "^0$" state_of flood "s['containers'][0]['restartCount']"
expect_fail "no Unhealthy event" sh -c "$podrun --root $root --storage $store describe pod flood | grep -q Unhealthy"
# route_localnet (for 127.0.0.1:hostPort) must not let a pod reach the host's loopback services
# (the CVE-2020-8558 class): a SYN to 127.0.0.1 handed to the bridge gets no answer.
python3 -c "import socket,time; s=socket.socket(); s.bind(('127.0.0.1', 38091)); s.listen(8); time.sleep(20)" &
listener=$!
sleep 0.2
pr exec flood -- ping -c1 -W1 10.85.0.1 >/dev/null 2>&1
expect_out "a pod's SYN to the host's 127.0.0.1 is not answered" "^no answer$" pr exec flood -- /probe eth0 10.85.0.1 38091
kill "$listener" 2>/dev/null
expect "delete it" pr delete pod flood --now
expect_out "its DNAT rules went with it" "^0$" sh -c "nft list tables | grep -c podrun_hp_"

# --- storage: what a pod writes is on disk, bounded, and measured ---------------------------------
cfg=$work/storage.yaml
printf 'evictionMonitoringPeriod: 500ms\nmemoryBackedVolumesLimit: 64Mi\n' >"$cfg"
m=$work/storage-pod.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: writer}
spec:
  terminationGracePeriodSeconds: 1
  volumes:
  - {name: disk, emptyDir: {}}
  - {name: mem, emptyDir: {medium: Memory}}
  - {name: huge, emptyDir: {medium: Memory, sizeLimit: 1Ti}}
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    volumeMounts: [{name: disk, mountPath: /disk}, {name: mem, mountPath: /mem}, {name: huge, mountPath: /huge}]
YAML
expect "apply a BestEffort pod with disk and memory emptyDirs" pr --config "$cfg" apply -f "$m"
shmem() { awk '/^Shmem:/ {print $2}' /proc/meminfo; }
before=$(shmem)
expect "it writes 200 MB to its root filesystem and its disk emptyDir" pr exec writer -- sh -c 'dd if=/dev/zero of=/big bs=1M count=100 && dd if=/dev/zero of=/disk/big bs=1M count=100'
after=$(shmem)
expect "the host's shared memory did not take them ($before → $after KiB)" test $((after - before)) -lt 51200
expect_out "they are on disk, under the storage root" "^[2-9][0-9][0-9][0-9][0-9][0-9]" du -sk "$store/pods"
expect_out "the pod directory is a tmpfs of 16 MiB" "^tmpfs 16384$" sh -c "df -k --output=fstype,size $root/pods/default/writer | tail -1 | tr -s ' '"
expect_out "a memory emptyDir without sizeLimit: the machine's cap, not half the RAM" "^65536$" pr exec writer -- sh -c "df -k /mem | awk 'NR==2 {print \$2}'"
expect_out "sizeLimit 1Ti: the machine's cap too" "^65536$" pr exec writer -- sh -c "df -k /huge | awk 'NR==2 {print \$2}'"
expect_out "a memory emptyDir is full at its size" "No space left" pr exec writer -- sh -c 'dd if=/dev/zero of=/mem/x bs=1M count=80 2>&1'
expect "delete it" pr delete pod writer --now
expect_out "its storage went with it" "^0$" sh -c "ls $store/pods | wc -l"
m=$work/evict.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: limited}
spec:
  terminationGracePeriodSeconds: 1
  volumes:
  - {name: small, emptyDir: {sizeLimit: 10Mi}}
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    volumeMounts: [{name: small, mountPath: /small}]
  - name: l
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    resources: {limits: {ephemeral-storage: 10Mi}}
  - name: m
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    resources: {limits: {memory: 32Mi}}
YAML
expect "apply a pod with a sizeLimit and an ephemeral-storage limit" pr --config "$cfg" apply -f "$m"
expect "it writes 20 MB to its 10Mi emptyDir" pr exec limited -c c -- dd if=/dev/zero of=/small/big bs=1M count=20
eventually "evicted, in the kubelet's words" 5 'Evicted .*Usage of EmptyDir volume "small" exceeds the limit "10Mi"' pr describe pod limited
expect_out "the pod failed" "^Failed Evicted$" state_of limited "s['phase'] + ' ' + s['reason']"
eventually "its containers were stopped" 5 "^0$" state_of limited "len([c for c in s['containers'] if c['state'] == 'running'])"
expect "delete it" pr delete pod limited --now
sed -i 's/{sizeLimit: 10Mi}/{}/' "$m"
expect "apply it again without the sizeLimit" pr --config "$cfg" apply -f "$m"
expect "the limited container writes 20 MB to its root filesystem" pr exec limited -c l -- dd if=/dev/zero of=/big bs=1M count=20
eventually "evicted: the pod over the sum of its containers' limits" 5 'Pod ephemeral local storage usage exceeds the total limit of containers 10Mi' pr describe pod limited
expect "delete it" pr delete pod limited --now
sed -i '0,/command: \[sleep, "3600"\]/s//command: [sleep, "3600"]\n    resources: {limits: {ephemeral-storage: 1Gi}}/' "$m"
expect "apply it again, the other container with a limit of 1Gi" pr --config "$cfg" apply -f "$m"
expect "the limited container writes 20 MB to its root filesystem" pr exec limited -c l -- dd if=/dev/zero of=/big bs=1M count=20
eventually "evicted: the container over its own ephemeral-storage limit" 5 'Container l exceeded its local ephemeral storage limit "10Mi"' pr describe pod limited
expect "delete it" pr delete pod limited --now

# --- policy: a manifest may not grant itself the machine owner's powers --------------------------
# one_pod NAME ANNOTATIONS SPEC_LINE: a one-container busybox pod's manifest.
one_pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s, annotations: {%s}}\nspec:\n  terminationGracePeriodSeconds: 1\n%s\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}\n' \
    "$1" "$2" "$3" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
pids_max() { cat "/sys/fs/cgroup/pids$(awk -F: '$2 == "pids" {print $3}' "/proc/$(pid_of "$1" c)/cgroup" | sed 's:/c$::')/pids.max" 2>/dev/null ||
             cat "/sys/fs/cgroup$(awk -F: '$1 == "0" {print $3}' "/proc/$(pid_of "$1" c)/cgroup" | sed 's:/c$::')/pids.max"; }
m=$(one_pod pids-raise "podrun.io/pids-limit: \"4194304\"" "")
expect_out "podrun.io/pids-limit above the machine's podPidsLimit: refused" "PidsLimitForbidden: podrun.io/pids-limit 4194304 is above the machine's podPidsLimit 4096" pr apply -f "$m"
expect "and nothing was made for it" test ! -e "$root/pods/default/pids-raise"
m=$(one_pod pids-lower "podrun.io/pids-limit: \"64\"" "")
expect "podrun.io/pids-limit below it: taken" pr apply -f "$m"
expect_out "the pod's pids.max is 64" "^64$" pids_max pids-lower
expect "delete it" pr delete pod pids-lower --now
cfg=$work/owner.yaml
printf 'podPidsLimit: 100\n' >"$cfg"
m=$(one_pod pids-owner "" "")
expect "the machine's owner sets podPidsLimit 100 (--config)" pr --config "$cfg" apply -f "$m"
expect_out "the pod's pids.max is 100" "^100$" pids_max pids-owner
expect "delete it" pr delete pod pids-owner --now
m=$(one_pod sysctl-grant "podrun.io/allowed-unsafe-sysctls: \"*\"" "  securityContext: {sysctls: [{name: kernel.msgmax, value: \"1\"}]}")
expect_out "a pod allowing its own unsafe sysctls: refused" "allowed by the machine's owner, not by a pod" pr apply -f "$m"
m=$(one_pod sysctl-plain "" "  securityContext: {sysctls: [{name: kernel.msgmax, value: \"1\"}]}")
expect_out "an unsafe sysctl the owner did not allow: SysctlForbidden" "SysctlForbidden: sysctl kernel.msgmax" pr apply -f "$m"
expect "nothing was made for either" test ! -e "$root/pods/default/sysctl-grant" -a ! -e "$root/pods/default/sysctl-plain"
m=$(one_pod seccomp-off "podrun.io/seccomp: unconfined" "")
expect_out "a pod turning the seccomp default off: refused" "would loosen the machine's seccomp default" pr apply -f "$m"

# --- Pod Security admission: levels per namespace, or the machine's default ----------------------
m=$work/psa.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Namespace
metadata:
  name: locked
  labels: {pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/warn: restricted, pod-security.kubernetes.io/audit: restricted}
---
apiVersion: v1
kind: Pod
metadata: {name: hostnet, namespace: locked}
spec:
  hostNetwork: true
  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]
YAML
expect_out "baseline refuses hostNetwork, in the API server's words" \
  'pods "hostnet" is forbidden: violates PodSecurity "baseline:latest": host namespaces \(hostNetwork=true\)' pr apply -f "$m"
expect "nothing was made for it" test ! -e "$root/pods/locked/hostnet"
sed -i 's/hostNetwork: true/terminationGracePeriodSeconds: 1/' "$m"
expect_out "a pod baseline takes: created, with restricted's warning" 'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false' pr apply -f "$m"
expect_out "audit's verdict is on the applied pod" 'pod-security.kubernetes.io/audit-violations: .*would violate PodSecurity' pr get pods -n locked hostnet -o yaml
expect_out "delete the namespace: its pods go too" 'namespace "locked" deleted' pr delete namespace locked --now
expect "the pod is gone" test ! -e "$root/pods/locked/hostnet"
m=$(one_pod privileged-pod "" "")
sed -i 's/command: \[sleep, "3600"\]}/command: [sleep, "3600"], securityContext: {privileged: true}}/' "$m"
expect_out "the machine's default (--pod-security baseline) refuses privileged" 'violates PodSecurity "baseline:latest": privileged \(container "c" must not set securityContext.privileged=true\)' \
  pr apply --pod-security baseline -f "$m"
printf 'podSecurity: {enforce: restricted}\n' >"$cfg"
m=$(one_pod plain "" "")
expect_out "and podSecurity in the machine's configuration: restricted refuses a plain pod" 'violates PodSecurity "restricted:latest"' pr --config "$cfg" apply -f "$m"

# --- validation: what the API server refuses, refused before anything is made -------------------
m=$work/alias.yaml
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: alias}\nspec:\n  hostAliases: [{ip: "1.2.3.4\\n5.5.5.5 injected.example", hostnames: [a.example]}]\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n' >"$m"
expect_out "a hostAliases ip with a line of its own is refused" "hostAliases\[0\]\.ip: must be a valid IP address" pr apply -f "$m"
expect "nothing was made for it" test ! -e "$root/pods/default/alias"
m=$work/reserved.yaml
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {..data: x}\n' >"$m"
expect_out "a ConfigMap key ..data is refused" "must not start with '\.\.'" pr validate "$m"

expect_out "the host canary is untouched" "^host canary$" cat "$canary"
[ "$failed" -eq 0 ]
