#!/usr/bin/env bash
# What a container can reach through paths and IDs (label "root"; skipped with 77 when not
# root): symlinks planted in images, subPath and hostPath (CVE-2017-1002101, CVE-2021-25741);
# supplementary groups, fsGroup and sysctls; user namespaces (hostUsers: false) with idmapped
# mounts or chowned files. Each asserts what the container sees and what the host keeps.
#
# usage: paths_ids_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
expect "import busybox" pr image import "$busybox"

# --- Mount points: the image's mount-point layer (image/mount_points.h) ------------------------
# busybox has no /etc/hosts, /etc/hostname or /etc/resolv.conf: they come from a layer made once
# for the image, so a container's start copies nothing up to its writable layer.
m=$(one_pod mounts "" "" ", command: [sleep, \"3600\"]")
expect "a busybox pod runs" pr apply -f "$m"
mp=$(ls -d "$store"/mountpoints/*/ 2>/dev/null | head -1)
mp=${mp:-$work/no-mount-point-layer}
expect_out "the store holds busybox's mount-point layer: the three files" "^hostname hosts resolv.conf$" sh -c "echo \$(ls '$mp/etc')"
expect_out "its /etc has the image's mode and time" "^$(stat -c '%a %Y' "$store"/layers/*/etc | sort -u | head -1)$" stat -c '%a %Y' "$mp/etc"
expect_out "the container's /etc/hosts is the pod's" "mounts$" pr exec mounts -- tail -1 /etc/hosts
expect_out "its /etc/hostname too" "^mounts$" pr exec mounts -- cat /etc/hostname
expect_out "its /etc keeps the image's files" "^group hostname hosts passwd resolv.conf$" pr exec mounts -- sh -c 'echo $(ls /etc)'
expect_out "its /etc has the image's time" "^$(stat -c %Y "$mp/etc")$" pr exec mounts -- stat -c %Y /etc
expect_out "nothing was copied up to its writable layer" "^$" ls -A "$root/pods/default/mounts/containers/c/upper"
# On disk a container has its overlay's two directories and nothing more (each new inode costs
# a journal-less ext4 a scan: docs/benchmarks.md); its root's mount point is the pod
# directory's rootfs, on its tmpfs, where only the container's own mount namespace has a mount.
expect_out "its directory on disk: the overlay's upper and work" "^upper work$" sh -c "echo \$(ls -A '$root/pods/default/mounts/containers/c')"
expect_out "… its root's mount point is the pod directory's rootfs, on its tmpfs" "^tmpfs$" stat -f -c %T "$root/pods/default/mounts/rootfs"
expect_out "… where the host has nothing mounted" "^$" sh -c "grep -F ' $root/pods/default/mounts/rootfs ' /proc/self/mountinfo"
expect "a file written to /etc" pr exec mounts -- sh -c 'echo x > /etc/written'
expect_out "… lands in the writable layer" "^written$" ls "$root/pods/default/mounts/containers/c/upper/etc"
expect "… not in the mount-point layer" test ! -e "$mp/etc/written"
expect "delete it" pr delete pod mounts --now

# --- The caller's umask is not the pod's (exec/container.h, kContainerUmask) ------------------
# Applied and exec'd under umask 077, the pod's root, files and volumes keep their modes, and
# its processes start with runc's 0022: a container not running as root can reach / (the
# writable layer's root was 0700 with the caller's umask, and its start failed at chdir).
under_077() { (umask 077 && "$@"); }
m=$(one_pod umask "" "  securityContext: {runAsUser: 1000}
  volumes: [{name: d, emptyDir: {}}]" ", command: [sleep, \"3600\"], volumeMounts: [{name: d, mountPath: /d}]")
expect "a pod running as uid 1000 applied under umask 077 runs" under_077 pr apply -f "$m"
expect_out "its command's umask is 0022, not the caller's" "^Umask:.0022$" grep Umask "/proc/$(pid_of umask c)/status"
expect_out "podrun exec under umask 077: the container's umask" "^0022$" under_077 pr exec umask -- sh -c umask
expect_out "its root is 0755" "^drwxr-xr-x " under_077 pr exec umask -- ls -ld /
expect_out "its /etc/hosts is readable by its user" "umask$" under_077 pr exec umask -- tail -1 /etc/hosts
expect "its emptyDir is writable by its user" under_077 pr exec umask -- touch /d/written
expect "delete it" pr delete pod umask --now

# --- Symlinks: images, subPath, hostPath ------------------------------------------------------
# Host directories an attacker points at; each must stay empty. The images are busybox with one
# more layer (tests/e2e/hostile-image.py).
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
  name=subpath-$(echo $kind | tr A-Z a-z)
  # apply returns once the init container runs (kubectl's apply): the victim's refusal comes
  # after it, as a Failed event and the container's CreateContainerError.
  expect "apply $name" pr apply -f "$m"
  eventually "$kind subPath through a symlink planted to a host directory: refused" 10 "resolve subPath" pr describe pod "$name"
  expect_out "… the victim never ran, never read the secret" "^$" pr logs "$name" -c victim
  expect "delete $name" pr delete pod "$name" --grace-period 0
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
expect_out "fsGroup, supplementalGroups and the primary group are the process's groups (from the host), as containerd sets them" \
  "^Groups:[[:space:]]+2000 3000 4000 ?$" \
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
  stat -c %u "$root/pods/default/users-a/containers/c/upper/from-root"
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
