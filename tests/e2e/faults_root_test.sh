#!/usr/bin/env bash
# Fault injection (common/fault.h): every named point of apply, the supervisor's start and
# teardown, delete, gc and image import (a pull's: root.registry), armed once with
# PODRUN_FAULT=NAME:error and once with NAME:kill, for a representative pod (its own network
# with a hostPort, cgroups with limits, an emptyDir, two containers). After each failure: the same command again converges (the pod Running, the
# image stored), delete and gc leave nothing, and the leak check of the whole machine passes.
# Prints the table of points covered.
#
# usage: faults_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
points=$(sed -n '/kPoints\[\] = {/,/};/p' "$src/src/common/fault.h" | grep -o '^ *"[a-z.-]*"' | tr -d ' "')
[ "$(echo "$points" | wc -l)" -ge 18 ] && ok || bad "the points of common/fault.h: $points"
expect "import busybox" pr image import "$busybox"
port=$((20000 + RANDOM % 20000))
cat >"$work/pod.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: faulty}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{name: scratch, emptyDir: {}}]
  containers:
  - name: web
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [httpd, -f, -p, "8080"]
    ports: [{containerPort: 8080, hostPort: $port}]
    resources: {limits: {memory: 64Mi, cpu: 200m}}
    volumeMounts: [{name: scratch, mountPath: /scratch}]
  - name: side
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    volumeMounts: [{name: scratch, mountPath: /scratch}]
YAML
# Running within 10 s: a re-apply may find the pod unchanged while its supervisor (started by
# the armed command, which failed after handing it the pod) still starts it.
running() {
  for _ in $(seq 1 50); do
    pr get pods faulty 2>&1 | grep -Eq '^faulty +2/2 +Running ' && return 0
    sleep 0.2
  done
  return 1
}
table=""
row() { table+=$(printf '%-18s %-6s %-22s %-10s %s' "$1" "$2" "$3" "$4" "$5")$'\n'; }
for point in $points; do
  for mode in error kill; do
    case "$point" in
      image.*)
        PODRUN_FAULT="$point:$mode" pr image import "$busybox" --name "faulty-image:$mode" >"$work/out" 2>&1
        first=$?
        again="no"; pr image import "$busybox" --name "faulty-image:$mode" >/dev/null 2>&1 && again="imported"
        pr image rm "faulty-image:$mode" >/dev/null 2>&1
        left=$(find "$store/tmp" -mindepth 1 -maxdepth 1 2>/dev/null | head -3)
        [ -z "$left" ] || bad "$point:$mode: the store's staging kept $left"
        ;;
      delete.*)
        # delete.released is on the way of a pod whose supervisor is gone: killed here first.
        pr apply -f "$work/pod.yaml" >/dev/null 2>&1
        running || bad "$point:$mode: the pod did not start before its delete"
        [ "$point" = delete.released ] && kill -KILL "$(state_of faulty "s['supervisor']['pid']")" && sleep 0.2
        PODRUN_FAULT="$point:$mode" pr delete pod faulty --now >"$work/out" 2>&1
        first=$?
        pr delete pod faulty --now >/dev/null 2>&1
        again="no"; pr get pods 2>&1 | grep -q '^faulty ' || again="deleted"
        ;;
      gc.*)
        # An orphan for gc: the pod's state removed by hand, its supervisor and the rest running
        # (for gc.pod-directory the supervisor is killed first: its containers, mounts and
        # network stay, and only gc's own clean-up of the directory removes them).
        pr apply -f "$work/pod.yaml" >/dev/null 2>&1
        running || bad "$point:$mode: the pod did not start before gc"
        [ "$point" = gc.pod-directory ] && kill -KILL "$(state_of faulty "s['supervisor']['pid']")" && sleep 0.2
        rm -f "$root/pods/default/faulty/state.json"
        PODRUN_FAULT="$point:$mode" pr gc >"$work/out" 2>&1
        first=$?
        pr gc >/dev/null 2>&1
        again="no"; [ ! -e "$root/pods/default/faulty" ] && ! pr get pods 2>&1 | grep -q '^faulty ' && again="collected"
        ;;
      pull.*)
        # On the way of a pull from a registry: walked by root.registry, which runs one.
        ok; row "$point" "$mode" "(in root.registry)" "-" "-"
        continue
        ;;
      sup.teardown)
        # Armed in the supervisor at apply (it inherits the environment); it fires at delete.
        PODRUN_FAULT="$point:$mode" pr apply -f "$work/pod.yaml" >"$work/out" 2>&1
        running || bad "$point:$mode: the pod did not start before its delete"
        pr delete pod faulty --now >"$work/out" 2>&1
        first=$?
        again="no"; pr apply -f "$work/pod.yaml" >/dev/null 2>&1 && running && again="Running"
        ;;
      *)
        PODRUN_FAULT="$point:$mode" pr apply -f "$work/pod.yaml" >"$work/out" 2>&1
        first=$?
        # A failure before the hand-over is apply's to undo, before any delete or gc: nothing of
        # the pod's is left on the storage's disk either.
        if [ "$mode" = error ] && [ "${point%%.*}" = apply ] && [ "$point" != apply.supervisor ]; then
          left=$(ls "$store/pods" 2>/dev/null)
          [ -z "$left" ] && ok || bad "$point:$mode: the failed apply left the pod's storage $left"
        fi
        again="no"; pr apply -f "$work/pod.yaml" >/dev/null 2>&1 && running && again="Running"
        ;;
    esac
    # sup.user-ids is only on the way of hostUsers: false pods: not reached here, said so.
    if [ "$point" = sup.user-ids ]; then
      [ "$first" -eq 0 ] && ok || bad "$point:$mode: fired for a pod without a user namespace"
      reached="not on this pod's way"
    elif [ "$first" -ne 0 ] || [ "$point" = sup.teardown ]; then
      ok; reached="failed (exit $first)"
    else
      bad "$point:$mode: the armed command succeeded: $(head -2 "$work/out")"; reached="not reached"
    fi
    case "$again" in Running | imported | deleted | collected) ok ;; *) bad "$point:$mode: the same command again did not converge: $(pr get pods 2>&1 | tail -1)" ;; esac
    pr delete pod faulty --now >/dev/null 2>&1
    before=$failed
    leak_check "after $point:$mode"
    row "$point" "$mode" "$reached" "$again" "$([ "$failed" -eq "$before" ] && echo "nothing left" || echo LEAKS)"
  done
done
printf '%-18s %-6s %-22s %-10s %s\n' POINT MODE "ARMED COMMAND" AGAIN "AFTER DELETE + GC"
printf '%s' "$table"
[ "$failed" -eq 0 ]
