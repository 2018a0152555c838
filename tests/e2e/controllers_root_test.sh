#!/usr/bin/env bash
# Deployments and Jobs run by the controller process, with real pods: replicas named by their
# template's hash, a deleted replica replaced after apply has returned, a rolling update that
# never has fewer than `replicas` Ready pods (maxUnavailable 0), history and undo, scale; Jobs
# with completions and parallelism through a failure and its back-off, Indexed Jobs'
# JOB_COMPLETION_INDEX, backoffLimit, podFailurePolicy, activeDeadlineSeconds and
# ttlSecondsAfterFinished; a killed controller restarted by the next apply; and, when every
# workload is deleted, no pod, no controller process and no lock left.
#
# usage: controllers_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"

# deployment ENV_VALUE: a Deployment of 3 httpd replicas, each serving its own name, Ready by
# an httpGet probe; maxSurge 1, maxUnavailable 0.
deployment() {
  cat >"$work/web.yaml" <<EOF
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {tier: front}}
spec:
  replicas: 3
  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: httpd
        image: busybox
        imagePullPolicy: IfNotPresent
        env: [{name: VERSION, value: "$1"}]
        command: [sh, -c, 'mkdir -p /www && echo "\$(hostname) \$VERSION" > /www/index.html && exec httpd -f -p 8080 -h /www']
        readinessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 1}
EOF
}
ready_web() { pr get pods -l app=web | awk '$2 == "1/1" && $3 == "Running"' | wc -l; }
web_pods() { pr get pods -l app=web | awk 'NR > 1 && $3 == "Running" {print $1}'; }

# --- CronJob, applied first: its first run comes at the next minute, checked at the end ----------
cat >"$work/cron.yaml" <<'EOF'
apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "* * * * *"
  timeZone: Etc/UTC
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 1
  jobTemplate:
    metadata: {labels: {from: tick}}
    spec:
      template:
        spec:
          restartPolicy: Never
          terminationGracePeriodSeconds: 1
          containers:
          - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [echo, tick]}
EOF
expect_out "apply a CronJob" "^cronjob/tick created$" pr apply -f "$work/cron.yaml"
expect_out "get cronjobs" "^tick +\* \* \* \* \* +Etc/UTC +False +0 +<none> " pr get cronjobs

# --- Deployment ---------------------------------------------------------------------------------
deployment one
expect_out "apply a Deployment" "^deployment/web created$" pr apply -f "$work/web.yaml"
eventually "three replicas Ready and available" 60 "^web +3/3 +3 +3 " pr get deployments
hash=$(pr get pods -l app=web --show-labels | sed -n 's/.*pod-template-hash=\([a-z0-9]*\).*/\1/p' | head -1)
[ -n "$hash" ] && [ "$(pr get pods -l "pod-template-hash=$hash" | grep -c "^web-$hash-[a-z0-9]\{5\} ")" = 3 ] && ok ||
  bad "replicas are not named web-<pod-template-hash>-<suffix>: $(pr get pods --show-labels 2>&1)"
first=$(web_pods | head -1)
expect_out "a replica's owner is its ReplicaSet" "\"kind\": \"ReplicaSet\"" pr get pod "$first" -o json
matches "\"name\": \"web-$hash\"" "$out" && ok || bad "owner is not ReplicaSet web-$hash"
# Each replica answers with its own name, by its pod IP.
names=""
for p in $(web_pods); do
  ip=$(state_of "$p" "s['podIP']")
  names+="$(busybox wget -q -O - "http://$ip:8080/" 2>/dev/null | cut -d' ' -f1) "
done
[ "$(echo "$names" | tr ' ' '\n' | sort -u | grep -c .)" = 3 ] && ok || bad "three replicas did not answer with three names: $names"

# The controller outlives apply: a deleted replica is replaced with nobody watching.
expect "delete a replica" pr delete pod "$first" --now
eventually "the deleted replica is replaced" 30 "^3$" ready_web
! web_pods | grep -qx "$first" && ok || bad "$first still there"

# A rolling update with maxUnavailable 0: sampled all along, never fewer than 3 Ready pods.
deployment two
expect_out "apply a new template" "^deployment/web configured$" pr apply -f "$work/web.yaml"
low=3
for _ in $(seq 1 150); do
  n=$(ready_web)
  [ "$n" -lt "$low" ] && low=$n
  pr rollout status deployment/web --watch=false 2>/dev/null | grep -q "successfully rolled out" && break
  sleep 0.2
done
[ "$low" -ge 3 ] && ok || bad "the rolling update went down to $low Ready pods (maxUnavailable 0)"
expect_out "rollout status" "successfully rolled out" pr rollout status deployment/web --timeout 60s
hash2=$(pr get pods -l app=web --show-labels | awk '$3 == "Running"' | sed -n 's/.*pod-template-hash=\([a-z0-9]*\).*/\1/p' | sort -u)
[ -n "$hash2" ] && [ "$hash2" != "$hash" ] && ok || bad "after the update the running pods' hash is '$hash2' (was $hash)"
eventually "old replicas gone" 30 "^3$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=web | grep -c ' Running '"
expect_out "history: two revisions" "^2 +<none>$" pr rollout history deployment/web
ip=$(state_of "$(web_pods | head -1)" "s['podIP']")
matches " two$" "$(busybox wget -q -O - "http://$ip:8080/" 2>&1)" && ok || bad "an updated replica does not serve version two"
expect_out "rollout undo" "deployment.apps/web rolled back" pr rollout undo deployment/web
expect_out "undo rolls out" "successfully rolled out" pr rollout status deployment/web --timeout 60s
eventually "undo: the first template's hash again" 30 "pod-template-hash=$hash" pr get pods -l app=web --show-labels
expect_out "scale to 1" "deployment.apps/web scaled" pr scale deployment/web --replicas=1
eventually "one replica" 30 "^web +1/1 +1 +1 " pr get deployments
expect_out "get deploy -o wide" "^web .* httpd +busybox +app=web$" pr get deploy -o wide
expect "wait for available" pr wait --for=condition=available deployment/web --timeout 10s

# A killed controller process: nothing replaces a deleted pod until the next apply starts it.
cpid=$(head -1 "$root/controllers/lock" 2>/dev/null)
[ -n "$cpid" ] && [ -d "/proc/$cpid" ] && ok || bad "no controller process in $root/controllers/lock"
kill -9 "$cpid" 2>/dev/null
only=$(web_pods | head -1)
expect "delete the replica, no controller running" pr delete pod "$only" --now
sleep 2
[ "$(ready_web)" = 0 ] && ok || bad "a pod was replaced with no controller running"
expect_out "apply again (the file says 3 replicas)" "^deployment/web configured$" pr apply -f "$work/web.yaml"
eventually "the restarted controller replaces it" 30 "^3$" ready_web  # the file says 3 again

# --- DaemonSet: one pod on this node, rolled on a template change, replaced when deleted -------
cat >"$work/ds.yaml" <<'EOF'
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], env: [{name: V, value: "1"}]}
EOF
expect_out "apply a DaemonSet" "^daemonset/agent created$" pr apply -f "$work/ds.yaml"
eventually "its one pod runs" 30 "^agent +1 +1 +1 +1 +1 +<none> " pr get daemonsets
first_ds=$(pr get pods -l app=agent | awk '$3 == "Running" {print $1}')
matches "^agent-[a-z0-9]{5}$" "$first_ds" && ok || bad "the DaemonSet's pod is not agent-<suffix>: $first_ds"
expect_out "... labelled with its revision" "controller-revision-hash=" pr get pods -l app=agent --show-labels
sed -i 's/value: "1"/value: "2"/' "$work/ds.yaml"
expect_out "a new template" "^daemonset/agent configured$" pr apply -f "$work/ds.yaml"
expect_out "rollout status daemonset" 'daemon set "agent" successfully rolled out' pr rollout status ds/agent --timeout 60s
eventually "the pod was replaced" 20 "^1$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=agent | grep ' Running ' | grep -vc '^$first_ds '"
expect "delete the DaemonSet" pr delete ds agent --now
eventually "... its pod goes" 20 "^0$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=agent 2>/dev/null | grep -c agent"

# --- StatefulSet: ordinals started in order, stable names, claims that outlive their pods ------
statefulset() {
  cat >"$work/sts.yaml" <<EOF
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: kv}
spec:
  serviceName: kv
  replicas: 3
  selector: {matchLabels: {app: kv}}
  template:
    metadata: {labels: {app: kv}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: c
        image: busybox
        imagePullPolicy: IfNotPresent
        env: [{name: V, value: "$1"}]
        command: [sh, -c, 'hostname >> /data/boots && exec sleep 3600']
        volumeMounts: [{name: data, mountPath: /data}]
        readinessProbe: {exec: {command: ["true"]}, initialDelaySeconds: 2, periodSeconds: 1}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
EOF
}
statefulset 1
expect_out "apply a StatefulSet" "^statefulset.apps/kv created$|^statefulset/kv created$" pr apply -f "$work/sts.yaml"
eventually "its three pods Ready" 60 "^kv +3/3 " pr get statefulsets
expect_out "named by ordinal" "^kv-0 kv-1 kv-2 $" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=kv | awk 'NR > 1 {print \$1}' | tr '\n' ' '"
# OrderedReady: each ordinal was made only once the one below was Ready (2 s after its start).
created() { state_of "$1" "s['created']"; }
gap() { python3 -c "from datetime import datetime as d; f=lambda t: d.strptime(t, '%Y-%m-%dT%H:%M:%SZ'); print(int((f('$2')-f('$1')).total_seconds()))"; }
g01=$(gap "$(created kv-0)" "$(created kv-1)")
g12=$(gap "$(created kv-1)" "$(created kv-2)")
[ "$g01" -ge 2 ] && [ "$g12" -ge 2 ] && ok || bad "kv-1 and kv-2 were made $g01 s and $g12 s after the one below, not after it was Ready"
expect_out "a member's hostname is its name" "^kv-1$" pr exec kv-1 -- hostname
expect_out "describe statefulset: its pods" "^Pods Status: +3 Running / 0 Waiting / 0 Succeeded / 0 Failed$" pr describe statefulset kv
matches "^  Local path: +$store/volumes/default/data-kv-<ordinal>$" "$out" && ok || bad "describe statefulset does not say where the claims are: $out"
expect_out "... its subdomain the governing Service" '"subdomain": "kv"' pr get pod kv-1 -o json
matches '"claimName": "data-kv-1"' "$out" && ok || bad "kv-1 does not mount claim data-kv-1"
[ -f "$store/volumes/default/data-kv-1/boots" ] && ok || bad "no claim directory $store/volumes/default/data-kv-1"
# Its claim survives the pod: the replacement (same name) finds what the first one wrote.
expect "delete kv-1" pr delete pod kv-1 --now
eventually "kv-1 made again" 30 "^kv +3/3 " pr get statefulsets
expect_out "... with the same claim" "^kv-1 kv-1$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" exec kv-1 -- cat /data/boots | tr '\n' ' ' | sed 's/ $//'"
# A rolling update: from the highest ordinal down; the rollout completes.
statefulset 2
expect_out "a new template" "^statefulset.apps/kv configured$|^statefulset/kv configured$" pr apply -f "$work/sts.yaml"
expect_out "rollout status statefulset" "statefulset rolling update complete 3 pods at revision kv-" pr rollout status statefulset/kv --timeout 90s
expect_out "... kv-0 runs the new template" '"value": "2"' pr get pod kv-0 -o json
expect_out "rollout history statefulset" "^2 " pr rollout history sts/kv
# Scale down: the highest ordinals go, their claims stay (Retain).
expect_out "scale to 1" "scaled" pr scale statefulset kv --replicas=1
eventually "kv-2 and kv-1 go" 30 "^kv-0$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=kv | awk 'NR > 1 {print \$1}'"
[ -d "$store/volumes/default/data-kv-2" ] && ok || bad "claim data-kv-2 removed on scale-down despite Retain"
expect "delete the StatefulSet" pr delete statefulset kv --now
eventually "... its pods go" 20 "^0$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l app=kv 2>/dev/null | grep -c kv"
[ -d "$store/volumes/default/data-kv-0" ] && ok || bad "claims removed with the StatefulSet despite Retain"

# --- Jobs ---------------------------------------------------------------------------------------
mkdir -p "$work/marks"
cat >"$work/jobs.yaml" <<EOF
apiVersion: batch/v1
kind: Job
metadata: {name: batch}
spec:
  completions: 5
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      volumes: [{name: marks, hostPath: {path: "$work/marks"}}]
      containers:
      - name: work
        image: busybox
        imagePullPolicy: IfNotPresent
        volumeMounts: [{name: marks, mountPath: /marks}]
        # The first pod to run fails once; every pod records that it ran, and how many ran
        # together.
        command: [sh, -c, 'touch /marks/run-\$(hostname); n=\$(ls /marks | grep -c "^run-"); sleep 1; if mkdir /marks/failed 2>/dev/null; then exit 1; fi; exit 0']
---
apiVersion: batch/v1
kind: Job
metadata: {name: indexed}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'echo "index=\$JOB_COMPLETION_INDEX host=\$(hostname)"']}
---
apiVersion: batch/v1
kind: Job
metadata: {name: hopeless}
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'exit 3']}
---
apiVersion: batch/v1
kind: Job
metadata: {name: policy}
spec:
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - {action: FailJob, onExitCodes: {containerName: c, operator: In, values: [42]}}
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'exit 42']}
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  activeDeadlineSeconds: 3
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "300"]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: brief}
spec:
  ttlSecondsAfterFinished: 2
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [true]}
EOF
expect_out "apply six Jobs" "^job/batch created$" pr apply -f "$work/jobs.yaml"
# At most two of the batch run at a time, all along.
most=0
for _ in $(seq 1 100); do
  a=$(pr get jobs batch -o json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"].get("active", 0))' 2>/dev/null)
  [ "${a:-0}" -gt "$most" ] && most=$a
  pr get jobs batch 2>/dev/null | grep -q " Complete " && break
  sleep 0.3
done
[ "$most" -le 2 ] && [ "$most" -ge 1 ] && ok || bad "batch: $most pods active at once (parallelism 2)"
expect_out "batch completes after its failure and back-off" "job.batch/batch condition met" pr wait --for=condition=complete job/batch --timeout 90s
expect_out "batch: 5/5" "^batch +Complete +5/5 " pr get jobs batch
expect_out "batch: one failed pod counted" '"failed": 1' pr get job batch -o json
matches '"succeeded": 5' "$out" && ok || bad "batch status: $out"
[ "$(pr get pods -l job-name=batch | grep -c ' Completed ')" = 5 ] && [ "$(pr get pods -l job-name=batch | grep -c ' Error ')" = 1 ] && ok ||
  bad "batch pods: $(pr get pods -l job-name=batch 2>&1)"

expect "indexed completes" pr wait --for=condition=complete job/indexed --timeout 60s
seen=""
for p in $(pr get pods -l job-name=indexed | awk 'NR > 1 {print $1}'); do seen+="$(pr logs "$p" 2>&1) "; done
for i in 0 1 2; do
  matches "index=$i host=indexed-$i( |$)" "$seen" && ok || bad "indexed: no pod of index $i with hostname indexed-$i: $seen"
done
expect_out "indexed: completedIndexes" '"completedIndexes": "0-2"' pr get job indexed -o json

expect_out "backoffLimit 0: failed" "condition met" pr wait --for=condition=failed job/hopeless --timeout 60s
expect_out "... BackoffLimitExceeded" '"reason": "BackoffLimitExceeded"' pr get job hopeless -o json
expect_out "podFailurePolicy FailJob on 42: failed at once" "condition met" pr wait --for=condition=failed job/policy --timeout 60s
expect_out "... reason PodFailurePolicy" "Container c for pod policy-[a-z0-9]{5} failed with exit code 42 matching FailJob rule at index 0" \
  pr get job policy -o json
[ "$(pr get pods -l job-name=policy | grep -c ' Error ')" = 1 ] && ok || bad "policy made more than one pod: $(pr get pods -l job-name=policy 2>&1)"
expect_out "activeDeadlineSeconds: DeadlineExceeded" "condition met" pr wait --for=condition=failed job/slow --timeout 60s
matches '"reason": "DeadlineExceeded"' "$(pr get job slow -o json 2>&1)" && ok || bad "slow: not DeadlineExceeded"
eventually "... its pod stopped" 20 "^$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l job-name=slow 2>/dev/null | grep Running"
expect "ttlSecondsAfterFinished: the Job goes" pr wait --for=delete job/brief --timeout 60s
eventually "... with its pods" 20 "^0$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get pods -l job-name=brief 2>/dev/null | grep -c brief"

# The CronJob's first run: a Job named for its scheduled minute, owned by the CronJob, done.
eventually "the CronJob made its Job" 75 "^tick-[0-9]+ +Complete +1/1 " pr get jobs
job=$(pr get jobs | awk '/^tick-/ {print $1; exit}')
minute=${job#tick-}
expect_out "... its scheduled time in an annotation, on the minute" "\"batch.kubernetes.io/cronjob-scheduled-timestamp\": \"$(date -u -d "@$((minute * 60))" +%Y-%m-%dT%H:%M:%SZ)\"" \
  pr get job "$job" -o json
matches '"kind": "CronJob"' "$out" && ok || bad "the Job is not owned by the CronJob"
expect_out "... the template's labels" "from=tick" pr get jobs "$job" --show-labels
expect_out "get cronjobs: LAST SCHEDULE" "^tick +\* \* \* \* \* +Etc/UTC +False +[01] +[0-9]+s " pr get cronjobs
expect_out "delete the CronJob: its Jobs go too" 'cronjob.batch "tick" deleted' pr delete cronjob tick --now
eventually "... no tick Job left" 15 "^0$" sh -c "\"$podrun\" --root \"$root\" --storage \"$store\" get jobs 2>/dev/null | grep -c '^tick-'"

# A bad workload: refused, nothing stored.
sed 's/labels: {app: web}}/labels: {app: other}}/' "$work/web.yaml" | sed 's/name: web,/name: web2,/' >"$work/bad.yaml"
expect_out "a Deployment whose selector misses its template: refused" "spec.template.metadata.labels: invalid value" pr apply -f "$work/bad.yaml"
[ ! -e "$root/deployments/default/web2.json" ] && ok || bad "the refused Deployment was stored"

# A namespace deleted takes its workloads with its pods: nothing comes back.
sed 's/name: web, labels: {tier: front}/name: web, namespace: team/; s/replicas: 3/replicas: 2/' "$work/web.yaml" >"$work/team.yaml"
expect "apply a Deployment in namespace team" pr apply -f "$work/team.yaml"
eventually "... its two replicas" 30 "^web +2/2 " pr get deployments -n team
expect_out "delete the namespace" 'namespace "team" deleted' pr delete namespace team --now
sleep 2
expect_out "... no Deployment left in it" "No resources found" pr get deployments -n team
expect_out "... and no pod came back" "No resources found" pr get pods -n team

# What the controller process did, when something above failed.
[ "$failed" -eq 0 ] || { echo "--- $root/controllers/log (last 60 lines)"; tail -60 "$root/controllers/log"; }

# --- everything deleted: no pod, no controller ------------------------------------------------
cpid=$(head -1 "$root/controllers/lock" 2>/dev/null)
expect_out "delete the Deployment" 'deployment.apps "web" deleted' pr delete deployment web --now
for j in batch indexed hopeless policy slow; do expect "delete job $j" pr delete job "$j" --now; done
eventually "no pod left" 30 "^No resources found" pr get pods
eventually "the controller process exits with the last workload" 15 "^gone$" sh -c "[ -d /proc/${cpid:-0} ] && echo running || echo gone"
[ ! -e "$root/controllers/lock" ] && ok || bad "the controller's lock is left"
