#!/usr/bin/env bash
# Real pods (root): every lesson in manifests/ is applied, `podrun matrix` shows the kernel
# matching the plan, and the lesson is checked from inside with `podrun exec`; then apply's
# unchanged/configured, exec exit codes, delete's grace period, convergence after a killed
# apply or supervisor, refused starts that leave nothing behind, and a leak check around it all.
# Each run has its own --root and --storage; only processes this test started are killed.
#
# usage: pods_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish

expect "import busybox" pr image import "$busybox"

# --- Every lesson: apply, the kernel matches the plan, the lesson seen from inside ----------
host_port_start=$(cat /proc/sys/net/ipv4/ip_unprivileged_port_start)
for m in "$src"/manifests/*.yaml; do
  name=$(basename "$m" .yaml)
  case $name in deployment | job) continue ;; esac  # workloads: root.controllers runs them
  # apply returns while init containers run (kubectl's): --wait for the lessons that have them.
  wait_ready=()
  if grep -q initContainers "$m"; then wait_ready=(--wait --timeout 60s); fi
  expect "apply $name" pr apply -f "$m" "${wait_ready[@]}"
  expect_out "matrix $name" "the kernel matches the plan" pr matrix
  case $name in
    demo)
      expect_out "demo: client reaches web on localhost" "hello from the web container" \
        pr exec demo -c client -- wget -q -O - http://localhost:8080/
      expect "demo: POSIX shm shared in the pod" pr exec demo -c web -- sh -c 'echo shared > /dev/shm/x'
      expect_out "demo: ... and read by the other container" "^shared$" pr exec demo -c client -- cat /dev/shm/x
      expect_fail "demo: filesystems are not shared" pr exec demo -c client -- ls /www ;;
    three-containers-localhost)
      sleep 0.3
      expect_out "trio: server-a on localhost" "^a$" pr exec localhost-trio -c client -- wget -q -O - http://127.0.0.1:8081/
      expect_out "trio: server-b on localhost" "^b$" pr exec localhost-trio -c client -- wget -q -O - http://127.0.0.1:8082/ ;;
    shared-process-namespace)
      expect_out "shared pids: the pause holder is PID 1" "^ +1 +root +podrun-pause" pr exec shared-pids -c shell -- ps
      expect_out "shared pids: the other container's process is visible" "sleep 3600" pr exec shared-pids -c shell -- ps ;;
    single-container)
      expect_out "private pids: the container is PID 1 and alone" "^ +1 +root +sleep 3600" pr exec single -- ps
      n=$(pr exec single -- ps | tail -n +2 | grep -vc " ps$")
      [ "$n" = 1 ] && ok || bad "private pids: $n processes besides ps"
      expect_out "hostname is the pod's" "^single$" pr exec single -- hostname ;;
    emptydir-shared)
      sleep 0.3
      expect_out "emptyDir: the reader reads the writer's file" "[0-9]" pr exec shared-volume -c reader -- cat /input/log
      expect_fail "emptyDir: read-only for the reader" pr exec shared-volume -c reader -- touch /input/x
      # The pod directory is a tmpfs of its own (exec/pod_setup.h make_pod_dir), with exec
      # allowed: an emptyDir holds a script that runs, as the kubelet's does.
      expect_out "the pod directory is a tmpfs" "^tmpfs$" awk -v d="$root/pods/default/shared-volume" '$5 == d {for (i = 7; i < NF; i++) if ($i == "-") print $(i + 1)}' /proc/self/mountinfo
      expect_out "emptyDir: a script written there runs" "^ran$" pr exec shared-volume -c writer -- sh -c 'printf "#!/bin/sh\necho ran\n" >/data/run.sh; chmod +x /data/run.sh; /data/run.sh' ;;
    host-network)
      expect_out "hostNetwork: the host's interfaces" "$(ls /sys/class/net | grep -v lo | head -1)" pr exec host-net -- cat /proc/net/dev
      expect_out "hostNetwork: the host's hostname" "^$(hostname)$" pr exec host-net -- hostname ;;
    host-pid)
      expect_out "hostPID: host processes are visible" "^ *$$ " pr exec host-pid -- ps -o pid,comm ;;
    host-ipc)
      id=$(ipcmk -M 4096 | grep -Eo '[0-9]+$')
      expect_out "hostIPC: a host SysV segment is visible" "^ *-?[0-9]+ +$id " pr exec host-ipc -- cat /proc/sysvipc/shm
      expect_out "... and ipcs -m (the built-in image's) lists it, as the lesson says" "^0x[0-9a-f]{8} $id +root +644 +4096 " \
        pr exec host-ipc -- ipcs -m
      ipcrm -m "$id" ;;
    custom-hostname)
      expect_out "custom hostname" "^teacher$" pr exec named-pod -c main -- hostname
      expect_out "custom hostname, other container" "^teacher$" pr exec named-pod -c sidekick -- hostname ;;
    two-isolated-pods)
      sleep 0.3
      expect_out "island-a serves on its localhost" "^a$" pr exec island-a -- wget -q -O - http://127.0.0.1:8080/
      # (Debian's busybox 1.35 wget crashes with -T: no timeout here; a refused connection is
      # immediate, and the message shows it is the refusal, not a crash.)
      expect_out "island-b cannot reach island-a on its localhost" "Connection refused" pr exec island-b -- wget -q -O - http://127.0.0.1:8080/
      expect_out "matrix of the two pods: one row per pair, named by pod, isolated but for users" \
        "^pod island-a <-> pod island-b +isolated +isolated +isolated +isolated +isolated +host$" pr matrix island-a island-b
      matches "^island-b/probe <-> host " "$out" && ok || bad "matrix rows do not name their pod: $out"
      expect_out "matrix of a pod that is not there" '^podrun: pod "nope" not found in namespace default$' pr matrix nope
      id=$(ipcmk -M 4096 | grep -Eo '[0-9]+$')
      expect_out "a pod with its own IPC namespace: ipcs -m lists no segment of the host's" "^key +shmid" pr exec island-a -- ipcs -m
      matches "^0x" "$out" && bad "a pod without hostIPC sees a SysV segment: $out" || ok
      ipcrm -m "$id"
      # The lesson's own loop, as its comment promises: "unreachable", and no crash before it.
      eventually "island-b's log says unreachable" 5 "^unreachable$" pr logs island-b
      matches "Segmentation fault" "$out" && bad "island-b's log shows a crash: $out" || ok ;;
    non-root)
      sleep 0.3
      expect_out "non-root: uid 1000 serves on port 80 (the pod's sysctl)" "^hello from uid 1000$" \
        pr exec non-root -c client -- wget -q -O - http://127.0.0.1:80/
      expect_out "non-root: fsGroup is a group of every container" "^1000 2000$" pr exec non-root -c client -- id -G
      expect_out "non-root: id shows groups 1000 and 2000, as the lesson says" "^uid=1001 gid=1000 groups=1000,2000$" pr exec non-root -c client -- id
      expect_out "non-root: the volume's file has the fsGroup" "^2000$" pr exec non-root -c client -- stat -c %g /shared/index.html
      expect_out "non-root: the host's ip_unprivileged_port_start is its own" "^$host_port_start$" \
        cat /proc/sys/net/ipv4/ip_unprivileged_port_start ;;
    user-namespace)
      sleep 0.3
      expect_out "user namespace: root of the pod" "^0$" pr exec user-namespace -- id -u
      expect_out "user namespace: it serves on port 80 from a file it wrote" "^hello from root of the pod$" \
        pr exec user-namespace -- wget -q -O - http://127.0.0.1/
      expect_out "user namespace: not root on the host" "^Uid:[[:space:]]+[1-9][0-9]{4,}[[:space:]]" \
        grep Uid: "/proc/$(pid_of user-namespace web)/status"
      expect_out "user namespace: describe shows the block" "^User Namespace: +IDs 0-65535 are the host's [0-9]+-[0-9]+" \
        pr describe pod user-namespace ;;
    image-volume)
      expect_out "image volume: the image's files at /tools" "^/tools/bin/busybox$" pr exec image-volume -- ls /tools/bin/busybox
      expect_out "image volume: read-only" "Read-only file system" pr exec image-volume -- touch /tools/x ;;
    init-containers)
      expect_out "init containers ran in order" "^first second $" sh -c "$podrun --root $root --storage $store exec init-order -- cat /work/order | tr '\n' ' '" ;;
  esac
  for p in $(ls "$root/pods/default"); do expect "delete $p" pr delete pod "$p" --now; done
  leak_check "after the lesson $name"
done

# --- apply: unchanged, configured; the pod outlives the CLI; exec's exit code ----------------
sed 's/^spec:/spec:\n  terminationGracePeriodSeconds: 1/' "$src/manifests/single-container.yaml" >"$work/single.yaml"
sed 's/"3600"/"3601"/' "$work/single.yaml" >"$work/changed.yaml"  # the spec changes
expect_out "apply creates" "pod/single created" pr apply -f "$work/single.yaml"
expect_out "apply again: unchanged" "pod/single unchanged" pr apply -f "$work/single.yaml"
uid_before=$(state_of single "s['uid']")
expect_fail "a changed command: Forbidden, as the API server refuses the Pod update" pr apply -f "$work/changed.yaml"
matches "spec: Forbidden: pod updates may not change fields other than .*changed: spec.containers\[0\].command\[1\]" "$out" && ok ||
  bad "no Forbidden naming the command: $out"
[ "$(state_of single "s['uid']")" = "$uid_before" ] && ok || bad "a refused update replaced the pod"
expect_out "apply --force: deleted and created again" "pod/single configured" pr apply --force -f "$work/changed.yaml"
[ "$(state_of single "s['uid']")" != "$uid_before" ] && ok || bad "--force kept the old pod"
expect_out "the pod keeps running after the CLI exits" "single +1/1 +Running" pr get pods
exec_rc=$(pr exec single -- sh -c 'exit 7' >/dev/null 2>&1; echo $?)
[ "$exec_rc" = 7 ] && ok || bad "exec exit code: $exec_rc, want 7"
expect_out "get -o json is a Pod" '"phase": "Running"' pr get pod single -o json
# kubectl's forms: TYPE/NAME, -o name, --no-headers, --ignore-not-found.
expect_out "get pod/NAME" "^single +1/1 +Running" sh -c "$podrun --root $root --storage $store get pod/single | tail -1"
expect_out "-o name: TYPE/NAME" "^pod/single$" pr get pods -o name
expect_out "--no-headers: the rows only" "^single +1/1 +Running +[0-9]+ +[0-9a-z]+$" pr get pods --no-headers
expect "logs pod/NAME" pr logs pod/single
expect "exec pod/NAME" pr exec pod/single -- true
expect_out "describe pod/NAME" "^Name: +single$" pr describe pod/single
expect_fail "logs of a deployment/NAME: not a pod" pr logs deployment/single
expect_fail "get of two types at once" pr get pod/single svc/x
expect_out "delete --ignore-not-found of what is not there: exit 0, silent" "^$" pr delete pod nothere --ignore-not-found
# CPU placement (exec/placement.h): helpers run on the other CPU while they set up, then give
# the affinity back. No process of the pod is left pinned: each has the CLI's affinity.
want_cpus=$(awk '/Cpus_allowed_list/ {print $2}' /proc/self/status)
for who in "supervisor:$(state_of single "s['supervisor']['pid']")" "pause holder:$(state_of single "s['pause']['pid']")" "container:$(pid_of single main)"; do
  got=$(awk '/Cpus_allowed_list/ {print $2}' "/proc/${who#*:}/status")
  [ "$got" = "$want_cpus" ] && ok || bad "the ${who%%:*} kept a CPU placement: $got, want $want_cpus"
done
# Signals (exec/signals.h): what the supervisor ignores (SIGPIPE) or the caller does (nohup,
# trap '') reaches no process of a container: none ignored, none blocked, as under runc.
status_of_main="/proc/$(pid_of single main)/status"
expect_out "the container's process ignores no signal" "^SigIgn:.0000000000000000$" grep SigIgn "$status_of_main"
expect_out "… and blocks none" "^SigBlk:.0000000000000000$" grep SigBlk "$status_of_main"
expect_out "podrun exec from a caller that ignores SIGHUP, SIGINT and SIGPIPE: its command ignores none" \
  "^SigIgn:.0000000000000000$" bash -c "trap '' HUP INT PIPE; \"\$0\" --root '$root' --storage '$store' exec single -- grep SigIgn /proc/self/status" "$podrun"
# Resource limits (exec/rlimits.h): the caller's ulimits reach no container's process, which
# gets a systemd service's, as a CRI runtime's containers do: no CPU-time or file-size limit,
# open files 1024:524288. A hard limit the caller lowered can only be raised with
# CAP_SYS_RESOURCE (some sandboxes' root lacks it): without it, the soft limits are set within
# the caller's hard ones.
can_raise=$(( (0x$(awk '/CapEff/ {print $2}' /proc/self/status) >> 24) & 1 ))
nofile_hard=524288
[ "$can_raise" = 1 ] || nofile_hard=$(ulimit -Hn)
[ "$nofile_hard" != unlimited ] && [ "$nofile_hard" -lt 524288 ] || nofile_hard=524288
m=$(one_pod limits "" "" ", command: [sleep, \"3600\"]")
expect "a pod applied under ulimit -St 3000 -Sf 100000 runs" \
  bash -c "ulimit -St 3000 && ulimit -Sf 100000 && exec \"\$0\" --root '$root' --storage '$store' apply -f '$m'" "$podrun"
limits_of_c="/proc/$(pid_of limits c)/limits"
expect_out "its process has no CPU-time limit" "^Max cpu time +unlimited +unlimited " cat "$limits_of_c"
expect_out "… no file-size limit" "^Max file size +unlimited +unlimited " cat "$limits_of_c"
expect_out "… open files 1024:$nofile_hard" "^Max open files +1024 +$nofile_hard " cat "$limits_of_c"
expect_out "podrun exec under ulimit -St 3000: its command has no CPU-time limit" "^Max cpu time +unlimited +unlimited " \
  bash -c "ulimit -St 3000 && exec \"\$0\" --root '$root' --storage '$store' exec limits -- cat /proc/self/limits" "$podrun"
if [ "$can_raise" = 1 ]; then
  expect_out "podrun exec under a hard ulimit -t 3000: its command has none" "^Max cpu time +unlimited +unlimited " \
    bash -c "ulimit -t 3000 && exec \"\$0\" --root '$root' --storage '$store' exec limits -- cat /proc/self/limits" "$podrun"
fi
expect "delete it" pr delete pod limits --now
# /dev's nodes as runc makes them: 0666, not the container's umask's 0644.
expect_out "/dev's six nodes are crw-rw-rw-" "^6$" \
  pr exec single -- sh -c 'stat -c %A /dev/null /dev/zero /dev/full /dev/random /dev/urandom /dev/tty | grep -c "^crw-rw-rw-$"'
# The sandbox is finished before any container runs: a container's first instruction already
# sees the pod's hostname, its address on eth0 and, in a shared process namespace, the pause
# holder (exec'd) as PID 1. The pause holder's last steps overlap the first container's set-up
# (docs/executor.md): this checks that the container's go waits for them, with the pause holder
# held back 300 ms once released (PODRUN_FAULT=pause.released:delay, common/fault.h) in some
# rounds, and without in the others.
first_cmd='cat /proc/sys/kernel/hostname; ip -4 addr show eth0 | grep -c inet; cat /proc/1/comm; exec sleep 3600'
for shape in own shared; do
  spec="" want_pid1=sh
  if [ $shape = shared ]; then spec="  shareProcessNamespace: true" want_pid1=podrun-pause; fi
  for i in 1 2 3 4; do
    m=$(one_pod "first-$shape" "" "$spec" ", command: [sh, -c, '$first_cmd']")
    fault=""; [ $((i % 2)) = 1 ] && fault=pause.released:delay
    expect "apply first-$shape ($i)" env PODRUN_FAULT=$fault "$podrun" --root "$root" --storage "$store" apply -f "$m"
    eventually "first-$shape ($i): its first instruction sees the hostname, eth0's address, PID 1" 5 \
      "^first-$shape 1 $want_pid1 $" sh -c "$podrun --root $root --storage $store logs first-$shape | tr '\n' ' '"
    expect "delete first-$shape ($i)" pr delete pod "first-$shape" --now
  done
done
# A supervisor starts before the manifest is read (StandbySupervisor): one never given a pod
# (bad manifest, unchanged pod) is gone when apply returns.
sups=$(live podrun-sup | wc -l)
expect_fail "apply of an invalid manifest" pr apply -f "$src/tests/data/invalid/allow-privilege-escalation-sys-admin.yaml"
expect_out "apply unchanged" "pod/single unchanged" pr apply -f "$work/changed.yaml"
[ "$(live podrun-sup | wc -l)" = "$sups" ] && ok || bad "apply left a supervisor that has no pod: $(live podrun-sup | tr '\n' ' ')"
# A supervisor that cannot start (podrun without podrun-supervisor beside it): apply says why
# in one line, exits 1, and leaves no pod directory, mount or process behind.
mkdir -p "$work/lonely"
cp "$podrun" "$work/lonely/podrun"
lonely_out=$("$work/lonely/podrun" --root "$root" --storage "$store" apply -f "$src/manifests/emptydir-shared.yaml" 2>&1)
lonely_rc=$?
[ "$lonely_rc" = 1 ] && ok || bad "apply without podrun-supervisor: exit $lonely_rc, want 1: $lonely_out"
matches "execve .*podrun-supervisor.*No such file" "$lonely_out" && ok || bad "apply without podrun-supervisor: not said: $lonely_out"
[ ! -e "$root/pods/default/shared-volume" ] && ! grep -q "$root/pods/default/shared-volume" /proc/self/mountinfo && ok ||
  bad "apply without podrun-supervisor left its pod directory or mount"
[ "$(live podrun-sup | wc -l)" = "$sups" ] && ok || bad "apply without podrun-supervisor left a process"
# exec -t: a terminal of the container's own devpts, with our window size; -i: stdin.
tty_out=$(script -qec "stty rows 33 cols 101; $podrun --root $root --storage $store exec -t single -- sh -c 'tty; stty size'" /dev/null 2>&1 | tr -d '\r\000')
matches "^/dev/pts/[0-9]+$" "$tty_out" && ok || bad "exec -t: no terminal: $tty_out"
matches "^33 101$" "$tty_out" && ok || bad "exec -t: window size not passed: $tty_out"
# Without -i, standard input is not read (kubectl and docker attach it only with -i): with it
# closed, a pipe or /dev/null, and no terminal at all (as in CI or cron), nothing stray shows.
for how in closed pipe devnull; do
  case $how in
    closed) out=$(pr exec -t single -- sh -c 'tty; echo end' <&- 2>&1) ;;
    pipe) out=$(printf 'stray\n' | pr exec -t single -- sh -c 'tty; echo end' 2>&1) ;;
    devnull) out=$(pr exec -t single -- sh -c 'tty; echo end' </dev/null 2>&1) ;;
  esac
  out=$(echo "$out" | tr -d '\r')
  first=${out%%$'\n'*}
  [ "$out" = "$(printf '%s\nend' "$first")" ] && matches '^/dev/pts/[0-9]+$' "$first" && ok ||
    bad "exec -t with stdin $how: $(echo "$out" | od -c | head -3)"
done
expect_out "exec -i passes stdin" "^from-stdin" sh -c "echo 'echo from-stdin' | $podrun --root $root --storage $store exec -i single -- sh"
expect "delete" pr delete pod single --now

# --- delete: SIGTERM first; a container that ignores it is killed after the grace period ----
cat >"$work/term.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: term}
spec:
  terminationGracePeriodSeconds: 30
  containers:
  - {name: polite, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, "trap 'exit 0' TERM; while true; do sleep 0.1; done"]}
  - {name: stubborn, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
YAML
expect "apply term" pr apply -f "$work/term.yaml"
stubborn=$(python3 -c "import json; s=json.load(open('$root/pods/default/term/state.json')); print([c['pid'] for c in s['containers'] if c['name']=='stubborn'][0])")
expect "delete with a 1 s grace period" pr delete pod term --grace-period 1
[ ! -d "/proc/$stubborn" ] && ok || bad "the container that ignored SIGTERM still runs"

# --- convergence: a killed supervisor, then delete ------------------------------------------
expect "apply single" pr apply -f "$src/manifests/single-container.yaml"
sup=$(python3 -c "import json; print(json.load(open('$root/pods/default/single/state.json'))['supervisor']['pid'])")
kill -9 "$sup"
sleep 0.2
expect_out "a pod whose supervisor is gone is Unknown" "single +[01]/1 +Unknown" pr get pods single
expect "delete after kill -9 of the supervisor" pr delete pod single --now
[ ! -d "$root/pods/default/single" ] && ok || bad "pod directory left after delete"

# --- convergence: apply killed half-way, then apply again and delete --------------------------
pr apply -f "$src/manifests/demo.yaml" >/dev/null 2>&1 &
apid=$!
sleep 0.01
kill -9 "$apid" 2>/dev/null
wait "$apid" 2>/dev/null
sleep 0.3
expect "re-apply after a killed apply" pr apply -f "$src/manifests/demo.yaml"
expect "delete after a killed apply" pr delete pod demo --now

# --- refused starts leave nothing behind ----------------------------------------------------
cat >"$work/noexe.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: noexe}
spec:
  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [/no/such/binary]}]
YAML
expect_out "a missing executable is a StartError with its path" "StartError|/no/such/binary" pr apply -f "$work/noexe.yaml"
[ ! -d "$root/pods/default/noexe" ] && ok || bad "noexe left its directory"
cat >"$work/noimage.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: noimage}
spec:
  containers: [{name: c, image: "nosuch/image:1", imagePullPolicy: Never, command: [x]}]
YAML
expect_out "a missing image under Never is ErrImageNeverPull" "ErrImageNeverPull: Container image \"nosuch/image:1\" is not present" pr apply -f "$work/noimage.yaml"
[ ! -d "$root/pods/default/noimage" ] && ok || bad "noimage left its directory"

# logs as kubectl's: --all-containers (init first), -l with a prefix per line, --prefix, and a
# container that has not started yet.
cat >"$work/logsy.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: logsy, labels: {app: logsy}}
spec:
  terminationGracePeriodSeconds: 0
  initContainers:
  - {name: init, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'echo from-init']}
  containers:
  - {name: a, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'echo from-a; exec sleep 3600']}
  - {name: b, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, 'echo from-b; exec sleep 3600']}
YAML
expect "apply logsy" pr apply -f "$work/logsy.yaml"
eventually "logs --all-containers: every container, init first, prefixed" 5 \
  "^\[pod/logsy/init\] from-init .*\[pod/logsy/a\] from-a .*\[pod/logsy/b\] from-b $" sh -c "$podrun --root $root --storage $store logs logsy --all-containers | tr '\n' ' '"
expect_out "logs -l SELECTOR -c b" "^from-b$" pr logs -l app=logsy -c b
expect_out "logs --prefix" "^\[pod/logsy/a\] from-a$" pr logs logsy -c a --prefix
expect_fail "logs NAME and -l together: a usage error" pr logs logsy -l app=logsy
expect_out "get events --for pod/NAME: kubectl's columns" "^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE" pr get events --for pod/logsy
expect_out "… its events, with the pod as OBJECT" "Normal +Started +pod/logsy +Started container b" pr get events --for pod/logsy
[ -z "$(pr get events --for pod/logsy | grep -v -e '^LAST SEEN' -e 'pod/logsy')" ] && ok || bad "get events --for pod/logsy shows another pod's"
# Output templates, kubectl's syntax (the expressions' table is tests/cli/jsonpath_test.cc).
expect_out "get -o jsonpath on one pod: the object" "^logsy$" pr get pod logsy -o 'jsonpath={.metadata.name}'
expect_out "get -o jsonpath over the List, range and literals" "^logsy Running a,b$" \
  pr get pods -o 'jsonpath={range .items[*]}{.metadata.name}{" "}{.status.phase}{" "}{.spec.containers[0].name},{.spec.containers[1].name}{"\n"}{end}'
expect_out "get -o jsonpath with a filter" "^from-b$" sh -c "$podrun --root $root --storage $store get pod logsy -o 'jsonpath={.spec.containers[?(@.name==\"b\")].command[2]}' | sed 's/echo //; s/;.*//'"
expect_out "get -o custom-columns: headers and a row" "^NAME +PHASE +IMAGE +MISSING$" pr get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,IMAGE:.spec.containers[*].image,MISSING:.metadata.nope
expect_out "… several values joined by ',', an absent field <none>" "^logsy +Running +busybox,busybox +<none>$" pr get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,IMAGE:.spec.containers[*].image,MISSING:.metadata.nope
expect_out "custom-columns with --no-headers" "^logsy$" pr get pods -o custom-columns=N:.metadata.name --no-headers
printf 'NAME PHASE\n.metadata.name .status.phase\n' >"$work/cols"
expect_out "-o custom-columns-file" "^logsy +Running$" pr get pods -o custom-columns-file="$work/cols"
expect_out "--sort-by orders the table" "^logsy" pr get pods --sort-by=.metadata.name --no-headers
expect_out "get -o with an unknown format: kubectl's message, exit 2" "unable to match a printer suitable for the output format \"tabel\"" pr get pods -o tabel
pr get pods -o tabel >/dev/null 2>&1; expect_out "… exit 2" "^2$" echo $?
# get -o yaml as kubectl writes it: sequences not indented under their key, "3600" quoted.
expect_out "get -o yaml: a sequence at its key's indentation" "^  containers:\+  - command:$" sh -c "$podrun --root $root --storage $store get pod logsy -o yaml | grep -A1 '^  containers:' | paste -sd+"
expect_out "get -o yaml: empty maps inline" "^ +lastState: \{\}$" pr get pod logsy -o yaml
expect "… and what it prints is valid for apply (dry run)" sh -c "$podrun --root $root --storage $store get pod logsy -o yaml | $podrun --root $root --storage $store validate -"
expect_out "exec POD COMMAND without --: it runs" "^hi$" sh -c "$podrun --root $root --storage $store exec logsy -c a echo hi 2>/dev/null"
expect_out "… with kubectl's deprecation warning" "^podrun exec \[POD\] \[COMMAND\] is DEPRECATED .*Use podrun exec \[POD\] -- \[COMMAND\] instead" pr exec logsy -c a echo hi
expect_out "… none with --" "^hi$" pr exec logsy -c a -- echo hi
# Terminal manners: colour and progress lines on a terminal (script(1) gives one), none in a pipe.
on_tty() { script -qec "$*" /dev/null </dev/null; }
esc=$'\033'
expect_out "get pods on a terminal: STATUS in colour" "logsy +2/2 +${esc}\[32mRunning${esc}\[0m +0" on_tty "$podrun --root $root --storage $store get pods logsy"
expect_out "… the columns still line up" "^NAME +READY +STATUS +RESTARTS +AGE" on_tty "$podrun --root $root --storage $store get pods logsy"
if on_tty "NO_COLOR=1 $podrun --root $root --storage $store get pods logsy" | grep -q "$esc"; then bad "NO_COLOR=1: colour anyway"; else ok; fi
if pr get pods logsy | grep -q "$esc"; then bad "get pods in a pipe: colour"; else ok; fi
expect_out "wait on a terminal: a progress line" "waiting for 1 object \(--for=jsonpath=\{.status.phase\}=Failed\): [0-9]s of 1s" \
  on_tty "$podrun --root $root --storage $store wait --for=jsonpath={.status.phase}=Failed pod/logsy --timeout 1s"
if pr wait --for=jsonpath={.status.phase}=Failed pod/logsy --timeout 1s 2>&1 | grep -q waiting; then bad "wait in a pipe: a progress line"; else ok; fi
for i in 1 2 3; do printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: many-%s}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n---\n' $i; done >"$work/many.yaml"
expect_out "apply of several pods on a terminal: how far the starts are" "starting pods: [0-9]/3" on_tty "$podrun --root $root --storage $store apply -f $work/many.yaml"
expect "delete them" pr delete pod many-1 many-2 many-3 --grace-period 0
if pr apply -f "$work/many.yaml" 2>&1 | grep -q "starting pods"; then bad "apply in a pipe: a progress line"; else ok; fi
expect "delete them again" pr delete pod many-1 many-2 many-3 --grace-period 0
# apply -n and -o, as kubectl's.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: in-ns}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n' >"$work/in-ns.yaml"
expect_out "apply -n: an object naming no namespace goes there; -o name" "^pod/in-ns$" pr apply -f "$work/in-ns.yaml" -n team-a -o name
expect_out "… get -n finds it" "^in-ns +1/1 +Running" pr get pods -n team-a
expect_out "apply -o yaml: the object as get prints it" "^  namespace: team-a$" pr apply -f "$work/in-ns.yaml" -n team-a -o yaml
sed 's/name: in-ns}/name: in-ns, namespace: other}/' "$work/in-ns.yaml" >"$work/other-ns.yaml"
expect_out "apply -n with an object of another namespace: kubectl's refusal" \
  "metadata.namespace: the namespace from the provided object \"other\" does not match the namespace \"team-a\". You must pass '--namespace=other'" \
  pr apply -f "$work/other-ns.yaml" -n team-a
[ ! -e "$root/pods/other/in-ns" ] && ok || bad "the refused object was applied"
expect "delete in-ns" pr delete pod in-ns -n team-a --grace-period 0
# wait: jsonpath, -l, several objects, exit codes.
expect_out "wait --for=jsonpath='{.status.phase}'=Running" "^pod/logsy condition met$" pr wait --for=jsonpath='{.status.phase}'=Running pod/logsy --timeout 5s
expect_out "wait --for=condition=Ready -l" "^pod/logsy condition met$" pr wait --for=condition=Ready pods -l app=logsy --timeout 5s
expect_out "wait --for=jsonpath without a value: the field exists" "^pod/logsy condition met$" pr wait --for=jsonpath='{.status.podIP}' pods --all --timeout 5s
expect_out "wait timing out: exit 1, naming the object" "^error: timed out waiting for the condition on pod/logsy$" pr wait --for=jsonpath='{.status.phase}'=Failed pod/logsy --timeout 1s
expect_fail "… exit 1" pr wait --for=jsonpath='{.status.phase}'=Failed pod/logsy --timeout 1s
expect_out "wait -l matching nothing" "^error: no matching resources found$" pr wait --for=condition=Ready pods -l app=nothing
expect_out "wait --for=create of what exists" "^pod/logsy condition met$" pr wait --for=create pod/logsy --timeout 1s
pr wait --for=bogus pod/logsy >/dev/null 2>&1; expect_out "wait --for=bogus: exit 2" "^2$" echo $?
cat >"$work/slow.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: slow-init}
spec:
  terminationGracePeriodSeconds: 0
  initContainers: [{name: wait, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, '5']}]
  containers: [{name: main, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, '3600']}]
YAML
# kubectl's apply: the pod is accepted and started; it does not wait for init containers.
expect_out "apply returns while the init container runs" "^pod/slow-init created$" pr apply -f "$work/slow.yaml"
expect_out "… the pod shows Init:0/1" "slow-init +0/1 +Init:0/1 " pr get pods slow-init
expect_out "logs of a container behind its init container: waiting to start" \
  '^podrun: container "main" in pod "slow-init" is waiting to start: PodInitializing$' pr logs slow-init -c main
expect_fail "… with exit code 1" pr logs slow-init -c main
expect_fail "apply --wait --timeout 1s: times out while the init container runs" pr apply -f "$work/slow.yaml" --wait --timeout 1s
expect "delete logsy and slow-init" pr delete pod logsy slow-init --grace-period 0
# get events -w: each new event as it comes (and one again when its count goes up), TYPE
# REASON OBJECT MESSAGE; --watch-only leaves out what was there before.
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: ev-watch}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, "sleep 1; exit 3"]}]\n' >"$work/ev-watch.yaml"
expect "apply a pod that exits after a second" pr apply -f "$work/ev-watch.yaml" --backoff-base 200ms
timeout 4 "$podrun" --root "$root" --storage "$store" get events --watch-only >"$work/ev-watch" 2>&1
expect_out "get events --watch-only: the back-off when it comes" "Warning +BackOff +pod/ev-watch +Back-off restarting failed container c" cat "$work/ev-watch"
if grep -q "Scheduled" "$work/ev-watch"; then bad "--watch-only printed an event from before it started"; else ok; fi
expect_out "get events -w: the events so far first" "Normal +Scheduled +pod/ev-watch" sh -c "timeout 1 $podrun --root $root --storage $store get events -w"
expect "delete ev-watch" pr delete pod ev-watch --grace-period 0
# get pods -w / --watch-only: a line per change, until interrupted (timeout here).
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: watched}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n' >"$work/watched.yaml"
timeout 4 "$podrun" --root "$root" --storage "$store" get pods --watch-only >"$work/watch" 2>&1 &
watch_pid=$!
sleep 0.5
expect "apply a pod while watching" pr apply -f "$work/watched.yaml"
sleep 0.5
expect "delete it" pr delete pod watched --grace-period 0
wait "$watch_pid"
expect_out "get pods --watch-only: a line when it runs" "^watched +1/1 +Running +0 " cat "$work/watch"
expect_out "… and one when it goes" "^watched +[01]/1 +Terminating " cat "$work/watch"
expect_out "… no header" "^watched" head -1 "$work/watch"
expect_out "describe pods with none: says so" "^No resources found in empty namespace\.$" pr describe pods -n empty
# apply sends the early supervisor the pod's run configuration ahead ("config JSON" on its
# socket), decoded while apply makes the pod's directory: its trace says so before it has the
# pod. One too long to be sure the send does not block (an env value of 70,000 characters here)
# is read from run.json after the hand-over instead, and that pod runs all the same.
sup_steps() { awk '$3 ~ /^sup\.(config-ahead|pod|decoded)$/ {printf "%s%s", sep, $3; sep=" "} END {print ""}' "$1"; }
printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: config-ahead}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]\n' >"$work/config-ahead.yaml"
PODRUN_TRACE="$work/ahead.trace" expect "apply a pod, its run configuration sent ahead" pr apply -f "$work/config-ahead.yaml"
expect_out "… the supervisor decoded it before it had the pod" "^sup\.config-ahead sup\.pod sup\.decoded$" sup_steps "$work/ahead.trace"
expect_out "… and the pod runs" "^config-ahead +1/1 +Running " pr get pods config-ahead
python3 -c 'import sys; print("apiVersion: v1\nkind: Pod\nmetadata: {name: config-read}\nspec:\n  terminationGracePeriodSeconds: 0\n  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, \"3600\"], env: [{name: BIG, value: %s}]}]" % ("x" * 70000))' >"$work/config-read.yaml"
PODRUN_TRACE="$work/read.trace" expect "apply a pod whose run configuration is too long to send ahead" pr apply -f "$work/config-read.yaml"
expect_out "… the supervisor read it from run.json" "^sup\.pod sup\.decoded$" sup_steps "$work/read.trace"
expect_out "… and the container has it" "^70000$" pr exec config-read -- sh -c 'echo ${#BIG}'
expect "delete config-ahead and config-read" pr delete pod config-ahead config-read --grace-period 0

[ "$failed" -eq 0 ]
