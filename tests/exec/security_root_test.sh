#!/usr/bin/env bash
# Security defaults on real pods (root), issue #9, and the escape suite of docs/security.md:
# every container gets containerd's 14 capabilities as bounding = permitted = effective,
# nothing inheritable or ambient; securityContext.capabilities add/drop change that as
# Kubernetes does; allowPrivilegeEscalation: false sets no_new_privs; `podrun exec` gets no
# more than the container. Then the attacks: masked and read-only /proc and /sys paths,
# seccomp (RuntimeDefault, Unconfined, Localhost), mount/unshare/release_agent, a read-only
# root filesystem, privileged, a workingDir through /proc/self/fd, fd hygiene. Each asserts
# what the container sees, and that the host's canary is untouched.
#
# usage: security_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT SYSCALL_PROBE
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
probe=$4
expect "import busybox" pr image import "$busybox"

m=$work/caps.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: caps}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: default, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
  - name: none
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {capabilities: {drop: [ALL]}}
  - name: netadmin
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {capabilities: {add: [NET_ADMIN], drop: [CAP_MKNOD]}}
  - name: nnp
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {allowPrivilegeEscalation: false}
YAML
expect "apply caps" pr apply -f "$m"
s() { pr exec caps -c "$1" -- cat /proc/1/status; }
expect_out "default: CapEff is containerd's 14" "^CapEff:[[:space:]]+00000000a80425fb$" s default
expect_out "default: CapBnd the same" "^CapBnd:[[:space:]]+00000000a80425fb$" s default
expect_out "default: CapPrm the same" "^CapPrm:[[:space:]]+00000000a80425fb$" s default
expect_out "default: nothing inheritable" "^CapInh:[[:space:]]+0000000000000000$" s default
expect_out "default: nothing ambient" "^CapAmb:[[:space:]]+0000000000000000$" s default
expect_out "default: no_new_privs off" "^NoNewPrivs:[[:space:]]+0$" s default
expect_out "drop ALL: no capability" "^CapEff:[[:space:]]+0000000000000000$" s none
expect_out "drop ALL: empty bounding set" "^CapBnd:[[:space:]]+0000000000000000$" s none
expect_out "add NET_ADMIN, drop MKNOD" "^CapEff:[[:space:]]+00000000a00435fb$" s netadmin
expect_out "allowPrivilegeEscalation false: no_new_privs" "^NoNewPrivs:[[:space:]]+1$" s nnp
expect_out "exec gets the container's set, not the CLI's" "^CapEff:[[:space:]]+0000000000000000$" pr exec caps -c none -- cat /proc/self/status
expect_out "exec gets the container's bounding set" "^CapBnd:[[:space:]]+0000000000000000$" pr exec caps -c none -- cat /proc/self/status
expect_out "exec keeps no_new_privs" "^NoNewPrivs:[[:space:]]+1$" pr exec caps -c nnp -- cat /proc/self/status
expect_fail "without CAP_NET_ADMIN an interface cannot be changed" pr exec caps -c default -- ip link set lo mtu 1280
expect "with CAP_NET_ADMIN it can" pr exec caps -c netadmin -- ip link set lo mtu 1280
expect_out "without CAP_SYS_ADMIN nothing can be mounted" "denied|not permitted" pr exec caps -c default -- sh -c 'mkdir -p /tmp/m && mount -t tmpfs none /tmp/m'
expect "delete caps" pr delete pod caps --now

# --- The escape suite (docs/security.md, "Attacks and what stops them") ------------------------
canary=$work/canary
echo "host canary" >"$canary"
mkdir -p "$store/seccomp"
cat >"$store/seccomp/no-mkdir.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW",
 "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13}]}
JSON
# A disk of this machine, for the device tests.
disk=$(awk '$3 ~ /^(sd|vd|nvme|xvd)[a-z0-9]*$/ {print $1":"$2; exit}' /proc/partitions)
disk=${disk:-8:0}
m=$work/escape.yaml
cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: escape}
spec:
  terminationGracePeriodSeconds: 1
  volumes:
  - {name: scratch, emptyDir: {}}
  - {name: canary, hostPath: {path: $canary, type: File}}
  containers:
  - name: default
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "mknod /tmp/disk b ${disk%:*} ${disk#*:}; exec sleep 3600"]
    volumeMounts: [{name: canary, mountPath: /canary, readOnly: true}]
  - name: rofs
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {readOnlyRootFilesystem: true}
    volumeMounts: [{name: scratch, mountPath: /scratch}]
  - name: local
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {seccompProfile: {type: Localhost, localhostProfile: no-mkdir.json}}
  - name: sysadmin
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {capabilities: {add: [SYS_ADMIN]}}
  - name: priv
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {privileged: true}
YAML
expect "apply the escape pod" pr apply -f "$m"
x() { local c=$1; shift; pr exec escape -c "$c" -- sh -c "$*"; }
# Masked and read-only paths (Kubernetes' lists; the host's files are not empty).
if [ -s /proc/keys ]; then
  expect_out "/proc/keys reads empty (masked)" "^0$" x default 'cat /proc/keys | wc -c'
fi
expect_out "/proc/timer_list reads empty (masked)" "^0$" x default 'cat /proc/timer_list | wc -c'
if [ -n "$(ls /sys/firmware 2>/dev/null)" ]; then
  expect_out "/sys/firmware is an empty directory (masked)" "^0$" x default 'ls /sys/firmware | wc -l'
fi
expect_fail "/proc/sys is read-only" x default 'echo podrun > /proc/sys/kernel/domainname'
expect_out "/proc/sys is a read-only mount" "/proc/sys [^ ]+ ro," x default 'grep " /proc/sys " /proc/mounts'
expect_fail "/sys is read-only" x default 'echo 1 > /sys/kernel/profiling'
# seccomp: RuntimeDefault by default; mount and namespaces need CAP_SYS_ADMIN.
expect_out "RuntimeDefault: a filter is loaded" "^Seccomp:[[:space:]]+2$" x default 'cat /proc/self/status'
expect_out "exec runs under the container's filter" "^Seccomp:[[:space:]]+2$" x default 'grep Seccomp: /proc/self/status'
expect_out "unshare -Urm is refused" "not permitted" x default 'unshare -Urm true'
expect_fail "CVE-2022-0492: no user+cgroup namespace for a release_agent write" \
  x default 'unshare -UrmC sh -c "mkdir -p /tmp/cg && mount -t cgroup -o memory cg /tmp/cg && echo /x > /tmp/cg/release_agent"'
expect_out "mount is refused" "denied|not permitted" x default 'mkdir -p /tmp/m && mount -t tmpfs none /tmp/m'
expect_fail "the canary cannot be written through its read-only mount" x default 'echo owned > /canary'
expect_out "with CAP_SYS_ADMIN the profile allows mount" "^mounted$" x sysadmin 'mkdir -p /tmp/m && mount -t tmpfs none /tmp/m && echo mounted'
expect_fail "CAP_SYS_ADMIN does not give keyctl/io_uring/kexec: pivot_root stays refused" x sysadmin 'mkdir -p /a /a/old && mount -t tmpfs t /a && mkdir -p /a/old && pivot_root /a /a/old'
# Localhost: the profile from <storage>/seccomp, errno 13 for mkdir.
expect_out "Localhost profile: mkdir refused with its errno" "Permission denied" x local 'mkdir /tmp/newdir'
expect "Localhost profile: the rest allowed" x local 'touch /tmp/file'
# readOnlyRootFilesystem: the root refuses writes, volumes do not.
expect_fail "readOnlyRootFilesystem: / refuses writes" x rofs 'touch /file'
expect "readOnlyRootFilesystem: a volume stays writable" x rofs 'touch /scratch/file'
# privileged: every capability, no filter, no masks, /sys writable, the host's devices.
host_bounding=$(awk '/^CapBnd:/ {print $2}' /proc/self/status)
expect_out "privileged: every capability the host's root has" "^CapEff:[[:space:]]+$host_bounding$" x priv 'cat /proc/self/status'
expect_out "privileged: no seccomp" "^Seccomp:[[:space:]]+0$" x priv 'cat /proc/self/status'
expect_out "privileged: /sys is writable" "^sysfs /sys sysfs rw," x priv 'grep " /sys " /proc/mounts'
if [ -c /dev/kmsg ]; then
  expect "privileged: the host's devices are there" x priv 'test -c /dev/kmsg'
  expect_fail "not privileged: they are not" x default 'test -c /dev/kmsg'
fi
# Devices: CAP_MKNOD is in the default set, the device cgroup is what refuses a disk. (The
# mknod tests run through `podrun exec`, so they show that it joins the device cgroup too.)
expect_out "mknod of a disk node is refused by the device cgroup" "not permitted" \
  x default "mknod /tmp/disk b ${disk%:*} ${disk#*:}"
expect_out "/dev/kmsg (c 1:11) cannot be made either" "not permitted" x default 'mknod /tmp/kmsg c 1 11'
expect "the standard nodes can be (c 1:3, /dev/null)" x default 'mknod /tmp/null c 1 3 && echo x > /tmp/null'
expect "a pty can be opened (c 136:*)" x default 'test -c /dev/pts/ptmx && exec 3<>/dev/ptmx'
cid_cg=$(awk -F: '$2 == "devices" {print $3}' /proc/"$(pid_of escape default)"/cgroup)
expect_out "the container's devices.list is the rules, from the host" "^c 136:\* rwm$" cat "/sys/fs/cgroup/devices$cid_cg/devices.list"
expect_out "a privileged container's device cgroup allows all" "^a \*:\* rwm$" \
  cat "/sys/fs/cgroup/devices$(awk -F: '$2 == "devices" {print $3}' /proc/"$(pid_of escape priv)"/cgroup)/devices.list"
expect "privileged: a disk node can be made" x priv "mknod /tmp/disk b ${disk%:*} ${disk#*:}"
expect_out "the container's own process is refused too (its log)" "^mknod: /tmp/disk: Operation not permitted" pr logs escape -c default
# /sys/fs/cgroup: the container's own cgroups, read-only, no release_agent (CVE-2022-0492).
expect_out "every cgroup mount under /sys/fs/cgroup is read-only" "^0$" \
  x default "awk '\$2 ~ \"^/sys/fs/cgroup\" && \$4 !~ /^ro/' /proc/mounts | wc -l"
expect_out "there are cgroup mounts there" "^[1-9][0-9]*$" x default "grep -c ' /sys/fs/cgroup' /proc/mounts"
expect_out "writing a cgroup file is refused" "Read-only" x default 'for f in /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/pids.max; do [ -e $f ] && echo 1 > $f; done'
expect_out "no release_agent: the mounts' root is the container's cgroup" "^0$" x default 'ls /sys/fs/cgroup/*/release_agent /sys/fs/cgroup/release_agent 2>/dev/null | wc -l'
expect_out "no cgroup of the host is visible (only the container's own, a leaf)" "^0$" \
  x default 'find /sys/fs/cgroup -mindepth 2 -type d | wc -l'
expect_out "privileged: read-write" "^[1-9][0-9]*$" x priv "awk '\$2 ~ \"^/sys/fs/cgroup/\" && \$4 ~ /^rw/' /proc/mounts | wc -l"
# System calls the default profile refuses, tried by a static probe (tests/exec/syscall_probe.c)
# with harmless arguments: 1 is EPERM; an unconfined container gets past the filter.
m=$work/probe.yaml
cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: probe}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{name: probe, hostPath: {path: $probe, type: File}}]
  containers:
  - {name: default, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], volumeMounts: [{name: probe, mountPath: /probe, readOnly: true}]}
  - name: unconfined
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {seccompProfile: {type: Unconfined}}
    volumeMounts: [{name: probe, mountPath: /probe, readOnly: true}]
YAML
expect "apply the probe pod" pr apply -f "$m"
calls="keyctl add_key bpf init_module finit_module kexec_load open_by_handle_at io_uring_setup reboot perf_event_open unshare_user setns_user"
for call in $calls; do
  expect_out "RuntimeDefault refuses $call (EPERM)" "^$call 1$" pr exec probe -c default -- /probe "$call"
done
expect_out "unconfined, keyctl gets through" "^keyctl 0$" pr exec probe -c unconfined -- /probe keyctl
expect_out "unconfined, io_uring_setup reaches its arguments" "^io_uring_setup (14|22)$" pr exec probe -c unconfined -- /probe io_uring_setup
expect "delete the probe pod" pr delete pod probe --now
# Visibility and fd hygiene.
expect_out "the container's PID 1 holds fds 0-2 only" "^0 1 2 $" x default 'ls /proc/1/fd | tr "\n" " "'
expect_out "/proc/1/root is the container's own root" "^/$" x default 'readlink /proc/1/root'
expect "delete the escape pod" pr delete pod escape --now
expect_out "the host canary is untouched" "^host canary$" cat "$canary"

# one_pod NAME METADATA_EXTRA SPEC_LINE CONTAINER_EXTRA: a one-container busybox pod's manifest.
one_pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s%s}\nspec:\n  terminationGracePeriodSeconds: 1\n%s\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent%s}\n' \
    "$1" "$2" "$3" "$4" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
# CVE-2024-21626: a workingDir through /proc/self/fd never leaves the container's root.
m=$(one_pod cwd-escape "" "  restartPolicy: Never" ", command: [pwd], workingDir: /proc/self/fd/4")
expect_fail "workingDir /proc/self/fd/4: refused" pr apply -f "$m"
# A Localhost profile that is not there: a clear error, nothing left behind.
m=$(one_pod no-profile "" "  securityContext: {seccompProfile: {type: Localhost, localhostProfile: absent.json}}" ", command: [sleep, \"3600\"]")
expect_out "a missing Localhost profile is named" "absent.json" pr apply -f "$m"
# The way back to the kubelet's Unconfined is the machine owner's (apply --seccomp-default, or
# seccompDefault in the machine's configuration); a pod's annotation may not turn it off.
m=$(one_pod unconfined "" "" ", command: [sleep, \"3600\"]")
expect "apply --seccomp-default unconfined" pr apply --seccomp-default unconfined -f "$m"
expect_out "unconfined: no filter" "^Seccomp:[[:space:]]+0$" pr exec unconfined -- cat /proc/self/status
expect "delete it" pr delete pod unconfined --now
cfg=$work/config.yaml
echo "seccompDefault: Unconfined" >"$cfg"
expect "the same from the machine's configuration" pr --config "$cfg" apply -f "$m"
expect_out "unconfined: no filter" "^Seccomp:[[:space:]]+0$" pr exec unconfined -- cat /proc/self/status
expect "delete it" pr delete pod unconfined --now
m=$(one_pod unconfined ", annotations: {podrun.io/seccomp: unconfined}" "" ", command: [sleep, \"3600\"]")
expect_out "a pod's podrun.io/seccomp: unconfined is refused" "would loosen the machine's seccomp default" pr apply -f "$m"
# runAsNonRoot: busybox runs as root unless told otherwise.
m=$(one_pod nonroot "" "  securityContext: {runAsNonRoot: true}" ", command: [sleep, \"3600\"]")
expect_out "runAsNonRoot refuses a root image" "runAsNonRoot is set but the container would run as root" pr apply -f "$m"
expect "and nothing of it is left" test ! -e "$root/pods/default/nonroot"
m=$(one_pod nonroot-ok "" "  securityContext: {runAsNonRoot: true, runAsUser: 1000}" ", command: [sleep, \"3600\"]")
expect "with runAsUser 1000 it runs" pr apply -f "$m"
expect_out "as uid 1000" "^1000$" pr exec nonroot-ok -- id -u
expect "delete it" pr delete pod nonroot-ok --now
expect_fail "procMount: Unmasked needs hostUsers: false" pr validate - <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: unmasked}
spec:
  containers:
  - {name: c, image: busybox, securityContext: {procMount: Unmasked}}
YAML

# --- Symlinks: images, subPath, hostPath ------------------------------------------------------
# Host directories an attacker points at; each must stay empty. The images are busybox with one
# more layer (tests/exec/hostile-image.py).
hd=$work/host-target
mkdir -p "$hd/dev" "$hd/sys" "$hd/proc" "$hd/hp"
echo "host secret" >"$hd/secret"
echo "host hosts file" >"$hd/hosts-target"
host_core_pattern=$(cat /proc/sys/kernel/core_pattern)
hostile() { python3 "$(dirname "$0")/hostile-image.py" "$busybox" "$work/$1" "docker.io/library/$1:latest" "${@:2}" && pr image import "$work/$1" >/dev/null; }
hostile hostile-links "$hd/dev/" "$hd/sys/" "dev=$hd/dev" "sys=$hd/sys" || bad "hostile-links image"
hostile hostile-proc "proc=$hd/proc" || bad "hostile-proc image"
hostile hostile-null "dev/null=/proc/sys/kernel/core_pattern" || bad "hostile-null image"
hostile hostile-hosts "etc/hosts=$hd/hosts-target" || bad "hostile-hosts image"
m=$(one_pod links "" "" ", image: hostile-links, command: [sleep, \"3600\"]")
sed -i 's/image: busybox, //' "$m"
expect "an image whose /dev and /sys are symlinks to host paths runs" pr apply -f "$m"
expect_out "its /dev is its own tmpfs, reached through the symlink inside its root" "^character special file 1:3$" \
  pr exec links -- stat -c "%F %t:%T" /dev/null
expect_out "its /sys/fs/cgroup too" "^tmpfs$" pr exec links -- stat -f -c %T /sys/fs/cgroup/
expect "delete it" pr delete pod links --now
m=$(one_pod proc-link "" "" ", image: hostile-proc, command: [sleep, \"3600\"]")
sed -i 's/image: busybox, //' "$m"
expect_out "an image whose /proc is a symlink out of its root is refused, naming /proc" "/proc" pr apply -f "$m"
m=$(one_pod null-link "" "" ", image: hostile-null, command: [sleep, \"3600\"]")
sed -i 's/image: busybox, //' "$m"
expect "an image whose /dev/null is a symlink runs" pr apply -f "$m"
expect_out "its /dev/null is the null device (the tmpfs hides the image's)" "^character special file 1:3$" \
  pr exec null-link -- stat -c "%F %t:%T" /dev/null
expect_out "the masks still hold (CVE-2025-31133)" "^0$" pr exec null-link -- sh -c 'cat /proc/timer_list | wc -c'
expect "delete it" pr delete pod null-link --now
m=$(one_pod hosts-link "" "" ", image: hostile-hosts, command: [sleep, \"3600\"]")
sed -i 's/image: busybox, //' "$m"
expect_out "an image whose /etc/hosts is a symlink out of its root is refused, naming it" "/etc/hosts" pr apply -f "$m"
# subPath through a symlink an init container planted in an emptyDir (CVE-2017-1002101), and
# in a hostPath directory; a symlink swapped with a directory while the container restarts
# again and again (CVE-2021-25741).
for kind in emptyDir hostPath; do
  if [ $kind = emptyDir ]; then vol="{name: v, emptyDir: {}}"; else vol="{name: v, hostPath: {path: $hd/hp, type: Directory}}"; fi
  m=$work/subpath-$kind.yaml
  cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: subpath-$(echo $kind | tr A-Z a-z)}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [$vol]
  initContainers:
  - {name: plant, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, "ln -sfn $hd /v/escape"], volumeMounts: [{name: v, mountPath: /v}]}
  containers:
  - {name: victim, image: busybox, imagePullPolicy: IfNotPresent, command: [cat, /escaped/secret], volumeMounts: [{name: v, mountPath: /escaped, subPath: escape}]}
YAML
  expect_out "$kind subPath through a symlink planted to a host directory: refused" "resolve subPath" pr apply -f "$m"
done
m=$work/race.yaml
cat >"$m" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: race}
spec:
  terminationGracePeriodSeconds: 1
  volumes:
  - {name: data, emptyDir: {}}
  containers:
  - name: swapper
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "sleep 1; while :; do rm -rf /data/sub; ln -s $hd /data/sub; rm -f /data/sub; mkdir /data/sub; done"]
    volumeMounts: [{name: data, mountPath: /data}]
  - name: victim
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "if [ -e /sub/secret ]; then echo ESCAPED; fi; exit 0"]
    volumeMounts: [{name: data, mountPath: /sub, subPath: sub}]
YAML
expect "apply the race pod (back-off from 20ms)" pr apply --backoff-base 20ms -f "$m"
sleep 8
starts=$(state_of race "[c['restartCount'] for c in s['containers'] if c['name']=='victim'][0]" 2>/dev/null || echo 0)
expect "the victim started again and again during the swaps ($starts restarts)" test "${starts:-0}" -ge 8
expect_fail "it never saw the host's file" sh -c "$podrun --root $root --storage $store logs race -c victim | grep -q ESCAPED"
expect "delete it" pr delete pod race --now
expect "the host directories stay empty" test -z "$(find "$hd/dev" "$hd/sys" "$hd/proc" -mindepth 1)"
expect_out "the host's files are untouched" "^host secret host hosts file$" sh -c "echo \$(cat $hd/secret $hd/hosts-target)"
expect "the host's core_pattern is untouched" test "$(cat /proc/sys/kernel/core_pattern)" = "$host_core_pattern"

# --- Groups, fsGroup, sysctls -----------------------------------------------------------------
m=$work/groups.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Secret
metadata: {name: fsg-secret}
stringData: {token: s3cret}
---
apiVersion: v1
kind: Pod
metadata:
  name: groups
spec:
  terminationGracePeriodSeconds: 1
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
    supplementalGroups: [4000]
    sysctls:
    - {name: net.ipv4.ip_local_port_range, value: "30000 40000"}
    - {name: kernel.shm_rmid_forced, value: "1"}
    - {name: kernel.msgmax, value: "12345"}
    - {name: net/core/somaxconn, value: "555"}
  volumes:
  - {name: data, emptyDir: {}}
  - {name: mem, emptyDir: {medium: Memory}}
  - {name: secret, secret: {secretName: fsg-secret, defaultMode: 0400}}
  containers:
  - name: app
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    volumeMounts: [{name: data, mountPath: /data}, {name: mem, mountPath: /mem}, {name: secret, mountPath: /secret}]
  - name: root
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {runAsUser: 0, runAsGroup: 0}
  - name: nobody
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {runAsUser: 65534, runAsGroup: 65534}
YAML
host_range=$(cat /proc/sys/net/ipv4/ip_local_port_range)
host_somaxconn=$(cat /proc/sys/net/core/somaxconn)
host_msgmax=$(cat /proc/sys/kernel/msgmax)
host_rmid=$(cat /proc/sys/kernel/shm_rmid_forced)
expect "apply the groups pod (its unsafe sysctls allowed by the machine's owner)" pr apply --allowed-unsafe-sysctls "kernel.msg*,net.core.somaxconn" -f "$m"
g() { local c=$1; shift; pr exec groups -c "$c" -- sh -c "$*"; }
expect_out "fsGroup and supplementalGroups are the process's groups (from the host)" "^Groups:[[:space:]]+2000 4000 ?$" \
  grep Groups: "/proc/$(pid_of groups app)/status"
expect_out "exec gets the same groups" "^3000 2000 4000$" g app 'id -G'
expect_out "emptyDir: group fsGroup, setgid, group-writable" "^2000 2777$" g app 'stat -c "%g %a" /data'
expect_out "a file made in it gets the group" "^2000$" g app 'touch /data/f && stat -c %g /data/f'
expect_out "a Memory emptyDir too" "^2000 2777$" g app 'stat -c "%g %a" /mem'
expect_out "secret defaultMode 0400: group-readable by fsGroup" "^2000 440$" g app 'stat -c "%g %a" "$(readlink -f /secret/token)"'
expect_out "so a non-root user reads it" "^s3cret$" g app 'cat /secret/token'
expect_out "Merge: root gets wheel from the image's /etc/group" "^0 10 2000 4000$" g root 'id -G'
expect_out "Merge: nobody gets users" "^65534 100 2000 4000$" g nobody 'id -G'
expect_out "sysctl net.ipv4.ip_local_port_range in the pod" "^30000[[:space:]]+40000$" g app 'cat /proc/sys/net/ipv4/ip_local_port_range'
expect_out "sysctl kernel.shm_rmid_forced in the pod's IPC namespace" "^1$" g app 'cat /proc/sys/kernel/shm_rmid_forced'
expect_out "unsafe kernel.msgmax, allowed by the machine's owner" "^12345$" g app 'cat /proc/sys/kernel/msgmax'
expect_out "net/core/somaxconn (slash form)" "^555$" g app 'cat /proc/sys/net/core/somaxconn'
expect "the host's sysctls are untouched" test "$(cat /proc/sys/net/ipv4/ip_local_port_range)/$(cat /proc/sys/net/core/somaxconn)/$(cat /proc/sys/kernel/msgmax)/$(cat /proc/sys/kernel/shm_rmid_forced)" = "$host_range/$host_somaxconn/$host_msgmax/$host_rmid"
expect "delete the groups pod" pr delete pod groups --now
m=$(one_pod strict "" "  securityContext: {supplementalGroupsPolicy: Strict, fsGroup: 2000}" ", command: [sleep, \"3600\"]")
expect "apply a Strict pod" pr apply -f "$m"
expect_out "Strict: root gets only fsGroup, not wheel" "^0 2000$" pr exec strict -- id -G
expect "delete it" pr delete pod strict --now
m=$(one_pod unsafe-sysctl "" "  securityContext: {sysctls: [{name: kernel.msgmax, value: \"1\"}]}" ", command: [sleep, \"3600\"]")
expect_out "an unsafe sysctl without the annotation: SysctlForbidden" "SysctlForbidden: sysctl kernel.msgmax" pr apply -f "$m"
expect "and nothing was made for it" test ! -e "$root/pods/default/unsafe-sysctl"
m=$(one_pod host-sysctl "" "  securityContext: {sysctls: [{name: vm.swappiness, value: \"1\"}]}" ", command: [sleep, \"3600\"]")
expect_out "a sysctl that is not namespaced is never allowed" "SysctlForbidden: sysctl vm.swappiness is not namespaced" pr apply --allowed-unsafe-sysctls '*' -f "$m"
expect "the host's vm.swappiness is untouched" test "$(cat /proc/sys/vm/swappiness)" != 1

# --- User namespaces (hostUsers: false) -------------------------------------------------------
host_file=$work/host-owned
echo "host data" >"$host_file"
chmod 644 "$host_file"  # the host's root may write it; root of a pod without a user namespace too
m=$work/userns.yaml
cat >"$m" <<YAML
apiVersion: v1
kind: Secret
metadata: {name: ns-secret}
stringData: {token: s3cret}
---
apiVersion: v1
kind: Pod
metadata: {name: users-a}
spec:
  hostUsers: false
  terminationGracePeriodSeconds: 1
  securityContext: {fsGroup: 2000, sysctls: [{name: kernel.shm_rmid_forced, value: "1"}]}
  volumes:
  - {name: data, emptyDir: {}}
  - {name: secret, secret: {secretName: ns-secret, defaultMode: 0400}}
  - {name: hostfile, hostPath: {path: $host_file, type: File}}
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "touch /from-root && httpd -p 80 -h / && exec sleep 3600"]
    volumeMounts: [{name: data, mountPath: /data}, {name: secret, mountPath: /secret}, {name: hostfile, mountPath: /host-file}]
  - name: user
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {runAsUser: 1000}
    volumeMounts: [{name: secret, mountPath: /secret}]
---
apiVersion: v1
kind: Pod
metadata: {name: users-b}
spec:
  hostUsers: false
  shareProcessNamespace: true
  terminationGracePeriodSeconds: 1
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {procMount: Unmasked}
YAML
expect "apply two pods with user namespaces" pr apply -f "$m"
u() { local p=$1 c=$2; shift 2; pr exec "$p" -c "$c" -- sh -c "$*"; }
expect_out "uid_map: container 0-65535 to a block of 65536 host IDs" "^ +0 +[0-9]+ +65536$" u users-a c 'cat /proc/self/uid_map'
expect_out "gid_map the same" "^ +0 +[0-9]+ +65536$" u users-a c 'cat /proc/self/gid_map'
start_a=$(state_of users-a "s['pause']['usernsHostID']")
start_b=$(state_of users-b "s['pause']['usernsHostID']")
expect "the two pods' blocks are disjoint" python3 -c "import sys; a, b = $start_a, $start_b; sys.exit(0 if a >= 65536 and b >= 65536 and abs(a - b) >= 65536 else 1)"
expect_out "root in the pod is the block's first ID on the host" "^Uid:[[:space:]]+$start_a[[:space:]]" grep Uid: "/proc/$(pid_of users-a c)/status"
expect_out "the pause holder too" "^Uid:[[:space:]]+$start_a[[:space:]]" grep Uid: "/proc/$(state_of users-a "s['pause']['pid']")/status"
expect_out "inside, it is root" "^0$" u users-a c 'id -u'
expect_out "root in the pod cannot write the host's root's file, bind-mounted read-write" "Permission denied|not permitted" \
  u users-a c 'echo owned > /host-file'
expect_out "the host file is untouched" "^host data$" cat "$host_file"
expect_out "the host file shows as the overflow ID" "^65534$" u users-a c 'stat -c %u /host-file'
expect_out "its root filesystem is root's (idmapped layers)" "^0 0$" u users-a c 'stat -c "%u %g" /'
expect_out "a file root made there is the block's first ID on disk" "^$start_a$" \
  stat -c %u "$root/pods/default/users-a/containers/c/fs/upper/from-root"
expect_out "the emptyDir is root's inside, with the fsGroup" "^0 2000$" u users-a c 'stat -c "%u %g" /data'
expect "root writes to it" u users-a c 'touch /data/file'
expect_out "the secret is readable by the fsGroup member" "^s3cret$" u users-a user 'cat /secret/token'
expect_out "root of the pod binds port 80 in its network namespace" "LISTEN" u users-a c 'netstat -ltn | grep ":80 "'
expect_out "a sysctl is written in namespaces the pod's user namespace owns" "^1$" u users-a c 'cat /proc/sys/kernel/shm_rmid_forced'
expect_out "unshare -Urm stays refused" "not permitted" u users-a c 'unshare -Urm true'
expect_out "mount stays refused" "denied|not permitted" u users-a c 'mkdir -p /tmp/m && mount -t tmpfs none /tmp/m'
expect_out "shareProcessNamespace: the pause holder is PID 1 of the pod" "^ +1 +root +podrun-pause" u users-b c 'ps'
expect_out "procMount Default: masks over /proc" "^[1-9][0-9]*$" u users-a c 'grep -c " /proc/[a-z]" /proc/self/mounts'
expect_out "procMount Unmasked with hostUsers false: none" "^0$" u users-b c 'grep -c " /proc/[a-z]" /proc/self/mounts'
expect_out "two blocks are allocated" "^2$" sh -c "grep -lx -e $root/pods/default/users-a -e $root/pods/default/users-b /run/podrun-userns/block-* | wc -l"
expect_out "a file root wrote in the emptyDir is 0 on disk (idmapped)" "^0$" stat -c %u "$root/pods/default/users-a/volumes/data/file"
expect "delete them" pr delete pod users-a users-b --now
# Without idmapped mounts (an old kernel or a filesystem that refuses them; forced here): the
# pod's files chowned into its block, the image copied with its owners shifted.
expect "apply the same pod with --idmapped-mounts never" pr apply --idmapped-mounts never -f "$m"
start_a=$(state_of users-a "s['pause']['usernsHostID']")
expect_out "the event says so" "no idmapped mounts \(--idmapped-mounts never\)" pr describe pod users-a
expect_out "root of the pod owns its root filesystem (a shifted copy)" "^0 0$" u users-a c 'stat -c "%u %g" / /bin/busybox | sort -u'
expect_out "and the emptyDir, with the fsGroup and its setgid bit" "^0 2000 2777$" u users-a c 'stat -c "%u %g %a" /data'
expect "root writes to it" u users-a c 'touch /data/file'
expect_out "where the file is the block's first ID on disk (chowned, not idmapped)" "^$start_a$" stat -c %u "$root/pods/default/users-a/volumes/data/file"
expect_out "the secret is still readable by the fsGroup member" "^s3cret$" u users-a user 'cat /secret/token'
expect_out "the host's file is still not the pod's" "^65534$" u users-a c 'stat -c %u /host-file'
expect "delete them" pr delete pod users-a users-b --now
expect_out "their blocks are given back" "^0$" sh -c "grep -lx -e $root/pods/default/users-a -e $root/pods/default/users-b /run/podrun-userns/block-* 2>/dev/null | wc -l"

[ "$failed" -eq 0 ]
