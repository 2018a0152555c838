#!/usr/bin/env bash
# Security defaults on real pods (root), the capability part of issue #9: every container gets
# containerd's 14 capabilities as bounding = permitted = effective, nothing inheritable or
# ambient; securityContext.capabilities add/drop change that as Kubernetes does;
# allowPrivilegeEscalation: false sets no_new_privs; `podrun exec` gets no more than the
# container. Each line reads /proc/self/status inside the container.
#
# usage: security_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
set -uo pipefail
podrun=$1
src=$2
busybox=$3
if [ "$(id -u)" -ne 0 ]; then echo "not root: skipped"; exit 77; fi
work=$(mktemp -d /tmp/podrun-security-test-XXXXXX)
root=$work/root
store=$work/store
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
finish() { leak_check "after the suite"; rm -rf "$work"; echo "$passed passed, $failed failed"; }
trap finish EXIT
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
expect_fail "without CAP_SYS_ADMIN nothing can be mounted" pr exec caps -c default -- mount -t tmpfs none /mnt
expect "delete caps" pr delete pod caps --now
