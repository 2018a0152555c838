#!/usr/bin/env bash
# Security defaults on real pods (root), and the escape suite of docs/security.md:
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
# Every read-only path present on this kernel: its own mount, ro, nosuid, nodev, noexec.
expect_out "each read-only /proc path is a ro,nosuid,nodev,noexec mount" "^0$" x default \
  'n=0; for p in /proc/bus /proc/fs /proc/irq /proc/sys /proc/sysrq-trigger; do [ -e $p ] || continue; grep -E "^[^ ]+ $p [^ ]+ ro,nosuid,nodev,noexec[, ]" /proc/mounts >/dev/null || n=$((n+1)); done; echo $n'
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
# System calls the default profile refuses, tried by a static probe (tests/e2e/syscall_probe.c)
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
