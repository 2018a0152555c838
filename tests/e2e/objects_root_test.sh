#!/usr/bin/env bash
# ConfigMaps and Secrets as stored objects: applied on their own and used by pods applied
# later; get, describe, delete; immutable; a change reaching the files of a running pod's
# volumes atomically (a reader never sees a half-written file), without a restart; the
# downward API following the pod's labels; Secrets at rest 0600; prune and namespace deletion.
#
# usage: objects_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"

# objects A B BIG_CHAR: a ConfigMap (keys a and b, and a 200 KiB value of BIG_CHAR) and a Secret.
objects() {
  local big
  big=$(head -c 204800 /dev/zero | tr '\0' "$3")
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config, labels: {tier: web}}\ndata:\n  a: "%s"\n  b: "%s"\n  big: "%s"\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: app-secret}\nstringData: {password: "pw-%s"}\n' \
    "$1" "$2" "$big" "$1" >"$work/objects.yaml"
}
objects one one x
expect_out "apply the objects alone" "^configmap/app-config created$" pr apply -f "$work/objects.yaml"
matches "^secret/app-secret created$" "$out" && ok || bad "secret not created: $out"
expect_out "get configmaps" "^app-config +3 +[0-9]+s$" pr get configmaps
expect_out "get secrets: TYPE and DATA" "^app-secret +Opaque +1 +[0-9]+s$" pr get secrets
expect_out "get cm -l tier=web" "^app-config " pr get cm -l tier=web
expect_out "get secret -o yaml: data in base64, as the API server returns it" "^  password: cHctb25l$" pr get secret app-secret -o yaml
expect_out "describe secret: sizes, not values" "^password:  6 bytes$" pr describe secret app-secret
! matches "pw-one" "$out" && ok || bad "describe secret showed a value: $out"
expect_out "describe configmap: values" "^a:$" pr describe configmap app-config
# At rest: in the state root only, readable by root only.
mode=$(stat -c %a "$root/secrets/default/app-secret.json" 2>&1)
dmode=$(stat -c %a "$root/secrets/default" 2>&1)
[ "$mode" = 600 ] && [ "$dmode" = 700 ] && ok || bad "a Secret at rest is $mode in a directory $dmode, not 600 in 700"
expect_out "re-apply unchanged" "^configmap/app-config unchanged$" pr apply -f "$work/objects.yaml"
pr diff -f "$work/objects.yaml" >/dev/null 2>&1
rc=$?; [ $rc -eq 0 ] && ok || bad "diff of applied objects: exit $rc, not 0"
objects one one x
sed -i 's/pw-one/pw-changed/' "$work/objects.yaml"
out=$(pr diff -f "$work/objects.yaml" 2>&1); rc=$?
# kubectl's masks, quoted as kubectl diff prints them (go-yaml: a leading '*' is single-quoted).
[ $rc -eq 1 ] && matches "^-  password: '\*\*\* \(before\)'$" "$out" && matches "^\+  password: '\*\*\* \(after\)'$" "$out" && ok ||
  bad "diff of a changed secret: exit $rc: $out"
! matches 'pw-|cHct' "$out" && ok || bad "diff showed a secret's value: $out"
objects one one x

# --- a pod applied later reads them ------------------------------------------------------------
cat >"$work/pod.yaml" <<'EOF'
apiVersion: v1
kind: Pod
metadata: {name: reader, labels: {app: reader}}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - name: c
    image: busybox
    imagePullPolicy: IfNotPresent
    command: [sleep, "3600"]
    env: [{name: A_AT_START, valueFrom: {configMapKeyRef: {name: app-config, key: a}}}]
    volumeMounts:
    - {name: cfg, mountPath: /etc/cfg}
    - {name: sec, mountPath: /etc/sec}
    - {name: info, mountPath: /etc/info}
    - {name: cfg, mountPath: /etc/a-by-subpath, subPath: a}
    - {name: all, mountPath: /etc/all}
  volumes:
  - {name: cfg, configMap: {name: app-config}}
  - {name: sec, secret: {secretName: app-secret, defaultMode: 0400}}
  - name: info
    downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}
  - name: all
    projected:
      defaultMode: 0440
      sources:
      - configMap: {name: app-config, items: [{key: a, path: cfg/a}]}
      - secret: {name: app-secret, items: [{key: password, path: sec/pw, mode: 0400}]}
      - downwardAPI: {items: [{path: name, fieldRef: {fieldPath: metadata.name}}]}
EOF
expect_out "a pod using objects applied before" "^pod/reader created$" pr apply -f "$work/pod.yaml"
uid=$(state_of reader "s['uid']")
in_pod() { pr exec reader -- sh -c "$1"; }
expect_out "the configMap's file" "^one$" in_pod 'cat /etc/cfg/a'
expect_out "the secret's file, mode 0400 (defaultMode)" "^400 pw-one$" in_pod 'echo $(stat -L -c %a /etc/sec/password) $(cat /etc/sec/password)'
expect_out "configMap volumes are read-only, whatever the mount says" "Read-only file system" in_pod 'touch /etc/cfg/x'
expect_out "the downward API's labels" '^app="reader"$' in_pod 'cat /etc/info/labels'
expect_out "a projected volume: the configMap's item, defaultMode 0440" "^440 one$" in_pod 'echo $(stat -L -c %a /etc/all/cfg/a) $(cat /etc/all/cfg/a)'
expect_out "a projected volume: the secret's item, its own mode" "^400 pw-one$" in_pod 'echo $(stat -L -c %a /etc/all/sec/pw) $(cat /etc/all/sec/pw)'
expect_out "a projected volume: the downward API's item" "^reader$" in_pod 'cat /etc/all/name'
expect_out "a projected volume is a tmpfs, read-only" "^tmpfs ro" in_pod 'grep " /etc/all " /proc/mounts | cut -d" " -f3,4'

# --- a change reaches the running pod: atomically, without a restart ---------------------------
# A reader inside the container hashes the 200 KiB file in a loop while the host applies new
# versions; every hash must be of a whole version.
sums=$work/sums
pr exec reader -- sh -c 'i=0; while [ $i -lt 400 ]; do md5sum /etc/cfg/big; i=$((i+1)); done' >"$sums" 2>&1 &
reader_pid=$!
for _ in $(seq 100); do [ -s "$sums" ] && break; sleep 0.05; done  # the reader reads before the first change
versions=""
for c in y z w v; do
  objects "two" "two" "$c"
  versions+=" $(head -c 204800 /dev/zero | tr '\0' "$c" | md5sum | cut -d' ' -f1)"
  pr apply -f "$work/objects.yaml" >/dev/null 2>&1
done
wait "$reader_pid"
versions+=" $(head -c 204800 /dev/zero | tr '\0' x | md5sum | cut -d' ' -f1)"
seen=$(awk '{print $1}' "$sums" | sort -u)
torn=""
for s in $seen; do [[ " $versions " == *" $s "* ]] || torn+=" $s"; done
[ "$(wc -w <<<"$seen")" -ge 2 ] && ok || bad "the reader saw one version only: the check did not overlap the changes"
[ -n "$seen" ] && [ -z "$torn" ] && ok || bad "a reader saw a file that is no version of it: [$torn] (of $(wc -l <"$sums") reads: $(head -3 "$sums"))"
expect_out "the new value, at once" "^two$" in_pod 'cat /etc/cfg/a'
expect_out "the projected volume's item follows" "^two$" in_pod 'cat /etc/all/cfg/a'
expect_out "the secret's new value, mode kept" "^400 pw-two$" in_pod 'echo $(stat -L -c %a /etc/sec/password) $(cat /etc/sec/password)'
[ "$(state_of reader "s['uid']")" = "$uid" ] && ok || bad "the pod was replaced by an object's change"
expect_out "env keeps the value at start (as in Kubernetes)" "^one$" in_pod 'echo $A_AT_START'
expect_out "a subPath mount keeps the value at start (as in Kubernetes)" "^one$" in_pod 'cat /etc/a-by-subpath'
expect_out "one data directory left" "^1$" in_pod 'ls -a /etc/cfg | grep -c "^\.\.20"'
# A key removed: its link goes too.
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config, labels: {tier: web}}\ndata: {a: three}\n' >"$work/cm-only.yaml"
out=$(pr diff -f "$work/cm-only.yaml" 2>&1)
matches '^-  a: two$' "$out" && matches '^\+  a: three$' "$out" && matches '^-  b: two$' "$out" && ok || bad "diff of a configmap: $out"
expect_out "a key removed" "^configmap/app-config configured$" pr apply -f "$work/cm-only.yaml"
expect_out "only key a is left in the volume" "^a$" in_pod 'ls /etc/cfg'
! matches "^b$" "$out" && ok || bad "the removed key's file is still there: $out"

# --- labels changed in place: the downward API follows -----------------------------------------
sed -i 's/labels: {app: reader}/labels: {app: reader, release: "2"}/' "$work/pod.yaml"
expect_out "a label added" "^pod/reader configured$" pr apply -f "$work/pod.yaml"
expect_out "the downward API's labels file follows" '^release="2"$' in_pod 'cat /etc/info/labels'
[ "$(state_of reader "s['uid']")" = "$uid" ] && ok || bad "a label change replaced the pod"

# --- immutable ---------------------------------------------------------------------------------
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: frozen}\nimmutable: true\ndata: {k: v1}\n' >"$work/frozen.yaml"
expect "an immutable configmap" pr apply -f "$work/frozen.yaml"
sed -i 's/v1}/v2}/' "$work/frozen.yaml"
expect_fail "its data changed: refused" pr apply -f "$work/frozen.yaml"
matches 'ConfigMap "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set' "$out" && ok || bad "immutable: $out"
expect_out "the stored one is unchanged" "^  k: v1$" pr get cm frozen -o yaml
sed -i 's/immutable: true/immutable: false/' "$work/frozen.yaml"
expect_fail "immutable set back to false: refused" pr apply -f "$work/frozen.yaml"
matches 'immutable: Forbidden' "$out" && ok || bad "immutable false: $out"

# --- delete: the pod keeps its files; a new pod cannot use what is gone ------------------------
expect_out "delete configmap" '^configmap "app-config" deleted$' pr delete configmap app-config
expect_fail "get the deleted one" pr get configmap app-config
matches 'configmap "app-config" not found' "$out" && ok || bad "get deleted: $out"
expect_out "the running pod keeps its files" "^three$" in_pod 'cat /etc/cfg/a'
sed -i 's/name: reader,/name: reader2,/' "$work/pod.yaml"
expect_fail "a new pod naming the deleted configmap is refused" pr apply -f "$work/pod.yaml"
matches 'app-config' "$out" && ok || bad "no reason naming the configmap: $out"
expect_fail "delete a configmap that does not exist" pr delete configmap nothing-here
expect_fail "a name that is no object name is never a path" pr delete secret ../../etc
expect "delete -f removes the file's objects" pr delete -f "$work/frozen.yaml"
matches '^configmap "frozen" deleted$' "$out" && ok || bad "delete -f: $out"
expect "delete the pod" pr delete pod reader --now

# --- sets: prune covers ConfigMaps and Secrets; namespace deletion takes them ------------------
mkdir -p "$work/site"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\ndata: {k: v}\n' >"$work/site/one.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\ndata: {k: v}\n' >"$work/site/two.yaml"
expect "apply the set" pr apply --applyset site -f "$work/site"
rm "$work/site/two.yaml"
expect_out "prune: the configmap whose file is gone" "^configmap/two pruned$" pr apply --applyset site --prune -f "$work/site"
matches "^secret/app-secret" "$out" && bad "prune touched an object outside the set: $out" || ok
expect_out "the secret outside the set remains" "^app-secret " pr get secrets
printf 'apiVersion: v1\nkind: Namespace\nmetadata: {name: objs}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: objs}\ndata: {k: dg==}\n' >"$work/ns.yaml"
expect "a namespace with a secret" pr apply -f "$work/ns.yaml"
expect_out "it is listed" "^s +Opaque +1 " pr get secrets -n objs
expect "delete the namespace" pr delete namespace objs
[ ! -e "$root/secrets/objs" ] && ok || bad "the namespace's secret outlived it: $(ls "$root/secrets/objs")"

# --- partial failure: a pod whose ConfigMap's document is invalid is refused with it ----------
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: broken}\nimmutable: notabool\ndata: {k: v}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: needs-broken}\nspec:\n  terminationGracePeriodSeconds: 1\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"], volumeMounts: [{name: v, mountPath: /v}]}\n  volumes: [{name: v, configMap: {name: broken}}]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: fine}\ndata: {k: v}\n' \
  >"$work/partial.yaml"
expect_fail "an input with an invalid ConfigMap: exit 1" pr apply -f "$work/partial.yaml"
matches 'pod/needs-broken: ConfigMap "broken" is not applied \(its document is invalid\)' "$out" && ok || bad "the pod was not refused: $out"
matches "^configmap/fine created$" "$out" && matches "^3 documents: 2 valid, 1 invalid" "$out" && ok || bad "the valid ConfigMap was not applied: $out"
[ ! -e "$root/pods/default/needs-broken" ] && ok || bad "the pod needing the invalid ConfigMap was made"
expect "delete the valid one" pr delete configmap fine
