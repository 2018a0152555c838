#!/usr/bin/env bash
# A pod whose pause holder dies (killed from the host, as a container cannot: see
# attacks_root_test.sh): the supervisor replaces its sandbox, as the kubelet does
# (SandboxChanged). Checked from outside: namespace inodes, the pod's address, what `ps` shows
# inside, restart counts, the phase under restartPolicy Never (docs/lifecycle.md).
#
# usage: sandbox_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
expect "import busybox" pr image import "$busybox"

# --- sandbox: a pause holder killed from the host is replaced, as the kubelet does ------------
# (SandboxChanged). A shared-PID pod loses its containers with it (the kernel kills a PID
# namespace with its init); they start again in the new sandbox, init containers first, each
# restart counted. restartPolicy Never: nothing starts again, the pod fails.
m=$work/sandbox.yaml
cat >"$m" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: sandbox-always}
spec:
  shareProcessNamespace: true
  terminationGracePeriodSeconds: 1
  volumes: [{name: data, emptyDir: {}}]
  initContainers:
  - {name: init, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'echo run >> /data/inits'], volumeMounts: [{name: data, mountPath: /data}]}
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], volumeMounts: [{name: data, mountPath: /data}]}
---
apiVersion: v1
kind: Pod
metadata: {name: sandbox-net}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
---
apiVersion: v1
kind: Pod
metadata: {name: sandbox-never}
spec:
  shareProcessNamespace: true
  restartPolicy: Never
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
YAML
expect "apply three pods whose pause holders will be killed" pr apply -f "$m"
ns_of() { stat -L -c %i "/proc/$1/ns/$2" 2>/dev/null; }
restarts_of() { state_of "$1" "[c['restartCount'] for c in s['containers'] if c['name']=='$2'][0]"; }
# Shared PID: the container dies with the pause holder; the pod comes back in a new sandbox.
old_pause=$(state_of sandbox-always "s['pause']['pid']")
old_pid_ns=$(ns_of "$(pid_of sandbox-always c)" pid)
kill -KILL "$old_pause"
eventually "shared PID: SandboxChanged, as the kubelet says it" 10 "Normal +SandboxChanged .*Pod sandbox changed, it will be killed and re-created" pr describe pod sandbox-always
eventually "shared PID: a new pause holder" 10 "^[1-9][0-9]*$" sh -c "p=\$(python3 -c \"import json; print(json.load(open('$root/pods/default/sandbox-always/state.json'))['pause']['pid'])\"); [ \"\$p\" != $old_pause ] && [ \"\$p\" != 0 ] && echo \$p"
eventually "shared PID: the container runs again, its restart counted" 10 "^1$" restarts_of sandbox-always c
eventually "shared PID: the pod is Running" 10 "Running" pr get pods sandbox-always
expect_out "shared PID: the init container ran again, first" "^run run$" pr exec sandbox-always -- sh -c 'echo $(cat /data/inits)'
new_pid_ns=$(ns_of "$(pid_of sandbox-always c)" pid)
expect "shared PID: in a new PID namespace ($old_pid_ns, now $new_pid_ns)" test -n "$new_pid_ns" -a "$old_pid_ns" != "$new_pid_ns"
expect_out "shared PID: whose PID 1 is the new pause holder" "^ +1 +root +podrun-pause" pr exec sandbox-always -- ps
# Its own PID namespace: the container outlives the pause holder; it is stopped, and starts
# again in the new network namespace, at the same address.
ip_before=$(state_of sandbox-net "s['podIP']")
old_net_ns=$(ns_of "$(pid_of sandbox-net c)" net)
kill -KILL "$(state_of sandbox-net "s['pause']['pid']")"
eventually "network pod: its container restarted in the new sandbox" 15 "^1$" restarts_of sandbox-net c
eventually "network pod: Running again" 10 "Running" pr get pods sandbox-net
new_net_ns=$(ns_of "$(pid_of sandbox-net c)" net)
expect "network pod: a new network namespace ($old_net_ns, now $new_net_ns)" test -n "$new_net_ns" -a "$old_net_ns" != "$new_net_ns"
expect_out "network pod: eth0 has the pod's address again ($ip_before)" "inet $ip_before/" pr exec sandbox-net -- ip -4 addr show eth0
expect_out "network pod: and reaches the host's end of the bridge" "1 packets received" pr exec sandbox-net -- ping -c 1 -W 2 "$(ip -4 -o addr show podrun0 | awk '{print $4}' | cut -d/ -f1)"
# restartPolicy Never: the pod is not started again.
kill -KILL "$(state_of sandbox-never "s['pause']['pid']")"
eventually "restartPolicy Never: the pod fails" 10 "^Failed$" state_of sandbox-never "s['phase']"
expect_out "restartPolicy Never: with an event that says why" "Warning +SandboxChanged .*restartPolicy Never starts nothing again" pr describe pod sandbox-never
expect_out "restartPolicy Never: no new pause holder" "^0$" state_of sandbox-never "s['pause']['pid']"
expect_out "restartPolicy Never: its container did not restart" "^0$" restarts_of sandbox-never c
expect "delete the three" pr delete pod sandbox-always sandbox-net sandbox-never --now
