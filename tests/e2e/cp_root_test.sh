#!/usr/bin/env bash
# podrun cp (kubectl cp) against running busybox pods, checked from outside (label "root";
# skipped with 77 when not root): files and trees in and out with their modes, owners (the
# container's user, a user namespace's too) and symlinks; an emptyDir seen by another
# container; -c; the working directory; kubectl's usage errors (exit 2) and exec's not-found
# ones (exit 1); and a hostile container's symlinks, planted or swapped during the copy
# (kubectl cp's CVEs), never followed out of its root, in either direction.
#
# usage: cp_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
expect "import busybox" pr image import "$busybox"
# expect_rc NAME RC REGEX COMMAND...: the command exits RC and says REGEX.
expect_rc() {
  local name=$1 rc=$2 re=$3; shift 3
  out=$("$@" 2>&1)
  local got=$?
  if [ "$got" -eq "$rc" ] && matches "$re" "$out"; then ok; else bad "$name: exit $got (want $rc), /$re/ in: $(echo "$out" | head -3)"; fi
}
# A host directory a hostile container names by its host path: it must stay as it is.
hd=$work/host-dir
mkdir -p "$hd"
echo "host secret" >"$hd/secret"
host_etc=$(ls /etc | md5sum)

cat >"$work/cp.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: cp-e2e}
spec:
  terminationGracePeriodSeconds: 0
  volumes: [{name: shared, emptyDir: {}}]
  containers:
  - name: app
    image: busybox:latest
    imagePullPolicy: IfNotPresent
    workingDir: /work
    command: [sleep, "3600"]
    volumeMounts: [{name: shared, mountPath: /shared}]
  - name: user
    image: busybox:latest
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    securityContext: {runAsUser: 1000, runAsGroup: 3000}
    volumeMounts: [{name: shared, mountPath: /data}]
  - name: swapper
    image: busybox:latest
    imagePullPolicy: IfNotPresent
    command: [sh, -c, "mkdir -p /shared/race; while :; do rm -rf /shared/race/sub; ln -s $hd /shared/race/sub; usleep 1000; rm -f /shared/race/sub; ln -s / /shared/race/sub; usleep 1000; rm -f /shared/race/sub; mkdir /shared/race/sub; echo inside > /shared/race/sub/f; usleep 1000; done"]
    volumeMounts: [{name: shared, mountPath: /shared}]
YAML
expect "apply a pod of three containers sharing an emptyDir" pr apply -f "$work/cp.yaml"
x() { pr exec cp-e2e "$@"; }

# --- Files in: content, mode, the container user's IDs -----------------------------------------
printf 'hello cp\n' >"$work/in.txt"
chmod 0751 "$work/in.txt"
expect "cp a file in" pr cp "$work/in.txt" cp-e2e:/tmp/in.txt
expect_out "the same content" "^hello cp$" x -- cat /tmp/in.txt
expect_out "its mode kept, owned by the container's user (root)" "^751 0 0$" x -- stat -c '%a %u %g' /tmp/in.txt
expect "cp -c user: into the container running as 1000:3000" pr cp -c user "$work/in.txt" cp-e2e:/tmp/in.txt
expect_out "… owned by 1000:3000, as tar run as that user makes it" "^751 1000 3000$" x -c user -- stat -c '%a %u %g' /tmp/in.txt
expect_rc "… which may not write the image's /etc" 1 "^podrun: cp: cp-e2e:/etc/x: Permission denied$" pr cp -c user "$work/in.txt" cp-e2e:/etc/x
cp "$work/in.txt" "$work/suid"
chmod 4755 "$work/suid"
expect "cp a setuid file in" pr cp "$work/suid" cp-e2e:/tmp/
expect_out "… inside /tmp, setuid dropped" "^755$" x -- stat -c '%a' /tmp/suid
mkdir -p "$work/src/sub"
echo a >"$work/src/a"
chmod 1777 "$work/src/sub"
expect "cp a directory to a path that does not exist" pr cp "$work/src" cp-e2e:/tmp/newdir
expect_out "… it becomes that path, the sticky bit kept" "^a 1777$" x -- sh -c 'echo $(cat /tmp/newdir/a) $(stat -c %a /tmp/newdir/sub)'
expect "cp it again, to the directory that now exists" pr cp "$work/src" cp-e2e:/tmp/newdir
expect_out "… it goes inside it" "^a$" x -- cat /tmp/newdir/src/a

# --- A tree out: files, a subdirectory, a symlink, a fifo ---------------------------------------
expect "make a tree in the container" x -- sh -c 'mkdir -p /tmp/tree/sub /tmp/tree/empty && echo a > /tmp/tree/a && echo b > /tmp/tree/sub/b &&
  chmod 600 /tmp/tree/a && chmod 750 /tmp/tree/sub && ln -s sub/b /tmp/tree/link && ln -s /etc /tmp/tree/abs && mkfifo /tmp/tree/fifo'
expect_out "cp the tree out: the fifo skipped with a warning" "^warning: skipping cp-e2e:/tmp/tree/fifo: a fifo" pr cp cp-e2e:/tmp/tree "$work/out"
expect_out "the same entries as in the container, but the fifo" "^$(x -- sh -c 'cd /tmp/tree && find . ! -type p | sort' | tr '\n' ' ')$" \
  sh -c "cd '$work/out' && find . | sort | tr '\n' ' '"
expect_out "the same contents" "^a b$" sh -c "echo \$(cat '$work/out/a' '$work/out/sub/b')"
expect_out "the same modes; owned by the caller" "^600 0 750 0$" sh -c "echo \$(stat -c '%a %u' '$work/out/a' '$work/out/sub')"
expect_out "symlinks copied as symlinks" "^sub/b /etc$" sh -c "echo \$(readlink '$work/out/link' '$work/out/abs')"
expect "cp a directory out onto one that exists" pr cp cp-e2e:/tmp/tree/sub "$work/out"
expect "… merged into it, as kubectl strips the source's prefix" test -f "$work/out/b"
expect "cp a file out onto a directory" pr cp cp-e2e:/tmp/in.txt "$work/out"
expect_out "… it goes inside it" "^hello cp$" cat "$work/out/in.txt"

# --- The emptyDir, -c, the working directory ---------------------------------------------------
echo shared >"$work/vol.txt"
chmod 644 "$work/vol.txt"
expect "cp a file into the emptyDir (app's /shared)" pr cp "$work/vol.txt" cp-e2e:/shared/vol.txt
expect_out "another container of the pod sees it in the volume (user's /data)" "^shared$" x -c user -- cat /data/vol.txt
expect "cp -c user a tree into the emptyDir (user's /data)" pr cp -c user "$work/out" cp-e2e:/data/tree
expect_out "… app sees it in /shared, owned by 1000" "^b 1000$" x -- sh -c 'echo $(cat /shared/tree/sub/b) $(stat -c %u /shared/tree/sub/b)'
expect "a file only the user container has" x -c user -- sh -c 'echo only-user > /tmp/mine'
expect "cp -c user reads it" pr cp -c user cp-e2e:/tmp/mine "$work/mine"
expect_out "… its content" "^only-user$" cat "$work/mine"
expect_rc "the default container (app) has none" 1 "^podrun: cp: cp-e2e:/tmp/mine: No such file or directory$" pr cp cp-e2e:/tmp/mine "$work/mine2"
expect "a file in the working directory (workingDir: /work)" x -- sh -c 'echo rel > /work/rel.txt'
expect "cp POD:rel.txt: relative to it" pr cp cp-e2e:rel.txt "$work/rel"
expect_out "… its content" "^rel$" cat "$work/rel"
expect "cp in to a relative path" pr cp "$work/in.txt" cp-e2e:in2.txt
expect_out "… lands in the working directory" "^hello cp$" x -- cat /work/in2.txt
expect "cp default/cp-e2e:PATH names the namespace, as kubectl" pr cp default/cp-e2e:/work/rel.txt "$work/rel2"

# --- A hostile container's symlinks -------------------------------------------------------------
expect "plant ln -s / /tmp/escape" x -- ln -s / /tmp/escape
expect "cp POD:/tmp/escape/etc/hostname" pr cp cp-e2e:/tmp/escape/etc/hostname "$work/hostname"
expect_out "… is the container's /etc/hostname (the pod's name), not the host's" "^cp-e2e$" cat "$work/hostname"
expect "cp POD:/tmp/escape: the symlink itself" pr cp cp-e2e:/tmp/escape "$work/esc"
expect_out "… copied as a symlink, not the container's whole root" "^/$" readlink "$work/esc"
expect "plant ln -s /etc /tmp/e2" x -- ln -s /etc /tmp/e2
expect "cp a file to POD:/tmp/e2/passwd-x" pr cp "$work/in.txt" cp-e2e:/tmp/e2/passwd-x
expect_out "… it is in the container's /etc" "^hello cp$" x -- cat /etc/passwd-x
expect "… not in the host's" test ! -e /etc/passwd-x
expect "plant a symlink to a host directory by its host path" x -- ln -s "$hd" /tmp/hostlink
expect_rc "cp out through it: not there inside the container" 1 "cp-e2e:/tmp/hostlink/secret: No such file or directory" \
  pr cp cp-e2e:/tmp/hostlink/secret "$work/stolen"
expect "… nothing read" test ! -e "$work/stolen"
expect_rc "cp in through it: refused the same way" 1 "No such file or directory" pr cp "$work/in.txt" cp-e2e:/tmp/hostlink/planted
expect "a local destination with a planted symlink" sh -c "mkdir -p '$work/dest' && ln -s '$hd' '$work/dest/sub'"
expect "cp the tree onto it" pr cp cp-e2e:/tmp/tree "$work/dest"
expect "… the symlink replaced by the directory, not followed" sh -c "[ ! -L '$work/dest/sub' ] && [ -f '$work/dest/sub/b' ]"
# The swapper container turns /shared/race/sub into a symlink to the host directory, to / and
# back into a directory, without end, while podrun copies it out and into it: at least 40
# copies each way, until both a symlink and a directory have been copied out (sub is often
# absent, between two steps of the swapper), at most 300. Each of the three holds for a
# millisecond: without that, a symlink lived only while the next rm started, and one CI run
# met none in 300 copies (a directory 112 times).
escaped=0 links=0 dirs=0 i=0
while [ "$i" -lt 300 ] && { [ "$i" -lt 40 ] || [ "$links" -eq 0 ] || [ "$dirs" -eq 0 ]; }; do
  i=$((i + 1))
  pr cp cp-e2e:/shared/race "$work/race$i" >/dev/null 2>&1
  pr cp "$work/in.txt" cp-e2e:/shared/race/sub/planted >/dev/null 2>&1
  if [ -L "$work/race$i/sub" ]; then links=$((links + 1)); elif [ -d "$work/race$i/sub" ]; then dirs=$((dirs + 1)); fi
  if [ ! -L "$work/race$i/sub" ] && [ -e "$work/race$i/sub/secret" ]; then escaped=1; fi
done
expect "a directory swapped for symlinks during $i copies each way: never read out of the root" test "$escaped" = 0
expect "… the copies met both (a symlink $links times, a directory $dirs times)" test "$links" -gt 0 -a "$dirs" -gt 0
expect_out "the host directory is untouched" "^secret$" ls "$hd"
expect_out "… and its file" "^host secret$" cat "$hd/secret"
expect "the host's /etc is untouched" test "$(ls /etc | md5sum)" = "$host_etc"

# --- Errors, as kubectl words them --------------------------------------------------------------
expect_rc "two local paths: usage, exit 2" 2 "^podrun: cp: one of src or dest must be a remote file specification$" pr cp "$work/in.txt" "$work/x"
expect_rc "two pods: exit 2" 2 "^podrun: cp: one of src or dest must be a local file specification$" pr cp cp-e2e:/a cp-e2e:/b
expect_rc "an empty path: exit 2" 2 "^podrun: cp: filepath can not be empty$" pr cp cp-e2e: "$work/x"
expect_rc "a spec starting with ':': exit 2" 2 "canonical format: \[\[namespace/\]pod:\]file/path" pr cp :/a "$work/x"
expect_rc "one argument: exit 2" 2 "source and destination are required" pr cp cp-e2e:/a
expect_rc "a pod not found: exit 1, exec's message" 1 "^podrun: pod \"nope\" not found in namespace default$" pr cp nope:/a "$work/x"
expect_rc "… in the namespace the spec names" 1 "^podrun: pod \"cp-e2e\" not found in namespace other$" pr cp other/cp-e2e:/a "$work/x"
expect_rc "a container not found: exit 1" 1 "^podrun: container \"nosuch\" not found in pod cp-e2e$" pr cp -c nosuch cp-e2e:/a "$work/x"
expect_rc "a missing source in the container" 1 "^podrun: cp: cp-e2e:/nope: No such file or directory$" pr cp cp-e2e:/nope "$work/x"
expect_rc "a missing local source, as kubectl says it" 1 "^podrun: cp: $work/nope doesn't exist in local filesystem$" pr cp "$work/nope" cp-e2e:/tmp
expect "delete the pod" pr delete pod cp-e2e --now

# --- A container that is not running; a pod with a user namespace --------------------------------
m=$(one_pod cp-done "" "  restartPolicy: Never" ", command: [\"true\"]")
expect "apply a pod whose container exits" pr apply -f "$m"
eventually "… it completes" 20 "Completed" pr get pod cp-done
expect_rc "cp from it: not running, exit 1" 1 "^podrun: container c is not running$" pr cp cp-done:/etc/hostname "$work/x"
expect "delete it" pr delete pod cp-done --now
cat >"$work/userns.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: cp-userns}
spec:
  hostUsers: false
  terminationGracePeriodSeconds: 0
  containers:
  - {name: root, image: busybox:latest, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
  - {name: user, image: busybox:latest, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], securityContext: {runAsUser: 1000, runAsGroup: 1000}}
YAML
expect "apply a pod with a user namespace (hostUsers: false)" pr apply -f "$work/userns.yaml"
expect "cp into its root container" pr cp "$work/in.txt" cp-userns:/tmp/in.txt
expect_out "… owned by root inside the pod" "^0 0$" pr exec cp-userns -- stat -c '%u %g' /tmp/in.txt
expect "cp into its container running as 1000" pr cp -c user "$work/in.txt" cp-userns:/tmp/in.txt
expect_out "… owned by 1000:1000 inside the pod" "^1000 1000$" pr exec cp-userns -c user -- stat -c '%u %g' /tmp/in.txt
expect "cp out of it" pr cp -c user cp-userns:/tmp/in.txt "$work/from-userns"
expect_out "… owned by the caller" "^0 hello cp$" sh -c "echo \$(stat -c %u '$work/from-userns') \$(cat '$work/from-userns')"
expect "delete it" pr delete pod cp-userns --now

[ "$failed" -eq 0 ]
