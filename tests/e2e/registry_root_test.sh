#!/usr/bin/env bash
# Pulls from a real registry: Debian's docker-registry (distribution 2.8), started by this test
# on 127.0.0.1 with a config of its own — plain HTTP, then TLS with a CA made here, then
# htpasswd auth — and a fault-injecting proxy in front of it (registry_proxy.py: 429s, a blob
# cut mid-way, tampered bytes, a Bearer token flow, blobs redirected to another host). Images
# are pushed with skopeo. Everything listens on loopback; the registries and the proxy are
# stopped by their PIDs at the end.
#
# usage: registry_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# shellcheck source=registry_lib.sh
. "$(dirname "$0")/registry_lib.sh"  # start_registry, wait_port, free_port, push; stopped at exit
command -v htpasswd >/dev/null && command -v openssl >/dev/null || { echo "htpasswd or openssl missing: skipped"; exit 77; }

python3 "$src/tests/e2e/make_registry_images.py" "$work/img"

# --- plain HTTP --------------------------------------------------------------------------------
P=$(free_port)
start_registry plain "$P"
R=127.0.0.1:$P
push oci:"$busybox" "docker://$R/busybox:1.35"
push oci:"$work/img/shared-a" "docker://$R/shared-a:v1"
push oci:"$work/img/shared-b" "docker://$R/shared-b:v1"
push oci:"$work/img/multi" "docker://$R/multi:v1"
expect_fail "HTTP registry not listed as insecure: refused" pr image pull "$R/busybox:1.35"
matches "insecure-registry $R" "$out" && ok || bad "the TLS error does not name --insecure-registry: $out"
expect_out "pull by tag" "^pulled: $R/busybox:1.35 sha256:" pr image pull --insecure-registry "$R" "$R/busybox:1.35"
digest=$(pr image inspect "$R/busybox:1.35" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Digest"])')
expect_out "pull again: up to date, nothing fetched" "^up to date: .*fetched 0 B" pr image pull --insecure-registry "$R" "$R/busybox:1.35"
expect_out "pull by digest" "^(pulled|up to date): $R/busybox@$digest" pr image pull --insecure-registry "$R" "$R/busybox@$digest"
expect_out "pulled images are listed with their digest" "$R/busybox +1.35 +${digest:0:19}" pr images
expect_out "-q prints the digest only" "^$digest\$" pr image pull -q --insecure-registry "$R" "$R/busybox:1.35"
# On a terminal: a line per blob with its bytes (as podman pull); without one, none. (Stores
# of their own: the image is fetched again.)
tty_out=$(script -qec "$podrun --storage $work/store-tty image pull --insecure-registry $R $R/busybox:1.35" /dev/null 2>&1 | tr -d '\r')
matches "Copying blob [0-9a-f]{12} .*MB / .*MB +done" "$tty_out" && ok || bad "no progress lines on a terminal: $tty_out"
expect_out "no progress without a terminal" "^pulled: " "$podrun" --storage "$work/store-plain" image pull --insecure-registry "$R" "$R/busybox:1.35"
[ "$(echo "$out" | wc -l)" = 1 ] && ok || bad "more than one line without a terminal: $out"
expect_fail "a missing tag" pr image pull --insecure-registry "$R" "$R/busybox:nope"
matches "not found \(HTTP 404 MANIFEST_UNKNOWN" "$out" && ok || bad "missing tag: $out"
expect_fail "a bad reference" pr image pull "$R/UPPER:1"
# An index: this machine's platform, or --platform's; one it lacks is named with what it has.
expect "pull an index" pr image pull --insecure-registry "$R" "$R/multi:v1"
expect_out "index → amd64" '"Architecture": "amd64"' pr image inspect "$R/multi:v1"
expect "pull an index for arm64" pr image pull --insecure-registry "$R" --platform linux/arm64/v8 "$R/multi:v1"
expect_out "index → arm64" '"Architecture": "arm64"' pr image inspect "$R/multi:v1"
expect_fail "a platform the index lacks" pr image pull --insecure-registry "$R" --platform linux/s390x "$R/multi:v1"
matches "no image for linux/s390x in its index \(it has: linux/amd64, linux/arm64" "$out" && ok || bad "platform: $out"

# A mirror: an offline site's own registry serves a registry it cannot reach (mirror first;
# the registry itself is never asked, and could not be: the tests' proxy is dead).
printf 'registries:\n  mirrors:\n  - prefix: registry.invalid/hub\n    mirrors: [{location: "%s/mirrored", insecure: true}]\n' "$R" >"$work/mirrors.yaml"
push oci:"$busybox" "docker://$R/mirrored/busybox:1.35"
expect_out "a mirror serves its prefix" "^(pulled|up to date): registry.invalid/hub/busybox:1.35 .* from $R " \
  pr --config "$work/mirrors.yaml" image pull registry.invalid/hub/busybox:1.35
expect_fail "a missing image in the mirror: the registry's own error" pr --config "$work/mirrors.yaml" image pull registry.invalid/hub/nothere:1

# Unqualified-name search: a name written without a registry is looked for in each search
# registry in turn (CRI-O's and podman's registries.conf), and named as Kubernetes reads it.
printf 'registries:\n  insecure: ["%s"]\n  unqualifiedSearchRegistries: ["%s"]\n' "$R" "$R" >"$work/search.yaml"
expect_out "a short name found in the search registry" "^pulled: busybox:1.35 .* from $R " \
  "$podrun" --storage "$work/store-search" --config "$work/search.yaml" image pull busybox:1.35
expect_out "named as Kubernetes reads it, with where it came from" "\"Source\": \"pull $R/busybox@sha256:" \
  "$podrun" --storage "$work/store-search" image inspect docker.io/library/busybox:1.35
expect_fail "a short name in no search registry" "$podrun" --storage "$work/store-search" --config "$work/search.yaml" image pull nothere:1
matches "$R/nothere" "$out" && ok || bad "the search's error does not name where it looked: $out"

# --- a pull that fails or is killed half-way (common/fault.h), and a store that fills up -----
# Each leaves the store as it was (no image, nothing in its staging), and the same pull again
# stores the image.
for point in pull.layers image.blob; do
  for mode in error kill; do
    fs="$work/store-fault-$point-$mode"
    PODRUN_FAULT="$point:$mode" "$podrun" --storage "$fs" image pull --insecure-registry "$R" "$R/busybox:1.35" >"$work/out" 2>&1
    [ $? -ne 0 ] && ok || bad "$point:$mode: the armed pull succeeded: $(head -2 "$work/out")"
    "$podrun" --storage "$fs" image inspect "$R/busybox:1.35" >/dev/null 2>&1 && bad "$point:$mode: the image is stored" || ok
    expect_out "$point:$mode: the same pull again stores it" "^pulled: $R/busybox:1.35" "$podrun" --storage "$fs" image pull --insecure-registry "$R" "$R/busybox:1.35"
    [ -z "$(find "$fs/tmp" -mindepth 1 2>/dev/null | head -1)" ] && ok || bad "$point:$mode: staging left: $(ls "$fs/tmp")"
  done
done
# ENOSPC: a store on a 1 MiB tmpfs, too small for busybox's layer (about 2 MB unpacked).
mkdir -p "$work/small-store"
mount -t tmpfs -o size=1m tmpfs "$work/small-store"
expect_fail "a pull into a full store fails" "$podrun" --storage "$work/small-store" image pull --insecure-registry "$R" "$R/busybox:1.35"
matches "No space left on device|not enough space|space" "$out" && ok || bad "a full store: $out"
# Blobs fetched whole and verified before the failure (the config) stay for the next pull, as
# a content store keeps them, until `image prune`; its lock files stay (empty, one per blob).
"$podrun" --storage "$work/small-store" images 2>&1 | grep -q busybox && bad "a failed pull named an image" || ok
expect "image prune after the failed pull" "$podrun" --storage "$work/small-store" image prune
[ -z "$(find "$work/small-store" -type f 2>/dev/null | grep -v -e '/index.json$' -e '/lock$' -e '/locks/' | head -1)" ] && ok ||
  bad "a failed pull left files in the store: $(find "$work/small-store" -type f | grep -v -e /locks/ | head -3)"
umount "$work/small-store"

# --- the proxy: faults, counted --------------------------------------------------------------
X=$(free_port)
ctl=$work/proxy.json
plog=$work/proxy.log
echo '{}' >"$ctl"
python3 "$src/tests/e2e/registry_proxy.py" "$X" "$P" "$ctl" "$plog" &
pids+=($!)
wait_port "$X" || bad "the proxy did not start"
Y=127.0.0.1:$X
ins=(--insecure-registry "$Y")
# Two pulls at once of images that share a 2 MB layer: each blob is fetched once (the store
# starts without it: multi's amd64 image, which has it too, goes with prune).
pr image rm "$R/multi:v1" >/dev/null
pr image prune >/dev/null
: >"$plog"
pr image pull "${ins[@]}" "$Y/shared-a:v1" >"$work/pa.out" 2>&1 &
pa=$!
pr image pull "${ins[@]}" "$Y/shared-b:v1" >"$work/pb.out" 2>&1
rb=$?
wait $pa
ra=$?
[ "$ra$rb" = 00 ] && ok || bad "concurrent pulls: $(cat "$work/pa.out" "$work/pb.out")"
gets=$(grep -c "^GET /v2/shared-[ab]/blobs/" "$plog")
base_gets=$(awk '$1 == "GET" && $2 ~ /blobs/ {print $2}' "$plog" | sed 's|.*/||' | sort | uniq -d | wc -l)
[ "$base_gets" = 0 ] && ok || bad "concurrent pulls fetched a blob twice: $(grep blobs "$plog")"
[ "$gets" = 5 ] && ok || bad "concurrent pulls: $gets blob GETs, want 5 (one shared layer, two own layers, two configs): $(cat "$plog")"
# A 429, then success (Retry-After: 0).
pr image rm "$Y/shared-a:v1" >/dev/null
echo '{"status_once": {"429": 2}}' >"$ctl"
: >"$plog"
expect "429 twice, then the pull succeeds" pr image pull "${ins[@]}" "$Y/shared-a:v1"
[ "$(grep -c "/manifests/.* 429 " "$plog")" = 2 ] && ok || bad "want two 429s seen: $(cat "$plog")"
# A layer cut mid-way (the connection closes): resumed with Range, verified whole.
base=$(python3 -c "import json; print(json.load(open('$work/img/shared-a/blobs/sha256/' + json.load(open('$work/img/shared-a/index.json'))['manifests'][0]['digest'][7:]))['layers'][0]['digest'])")
pr image rm "$Y/shared-a:v1" "$Y/shared-b:v1" >/dev/null
pr image prune >/dev/null
echo "{\"cut_once\": [\"$base\"]}" >"$ctl"
: >"$plog"
expect "a layer cut mid-way: resumed" pr image pull "${ins[@]}" "$Y/shared-a:v1"
grep -q "blobs/$base 200-cut" "$plog" && grep -q "blobs/$base 206 range=bytes=[1-9][0-9]*-" "$plog" && ok ||
  bad "no cut and Range resume seen: $(grep blobs "$plog")"
[ -f "$store/blobs/sha256/${base#sha256:}" ] && ok || bad "the resumed layer is not stored"
# A tampered blob: refused, nothing stored, no partial file left.
pr image rm "$Y/shared-a:v1" >/dev/null
pr image prune >/dev/null
images_before=$(pr images | wc -l)
echo "{\"tamper\": [\"$base\"]}" >"$ctl"
expect_fail "a tampered layer is refused" pr image pull "${ins[@]}" "$Y/shared-a:v1"
matches "blob $base: the registry sent [0-9]+ bytes that hash to sha256:[0-9a-f]+; refused, nothing stored" "$out" && ok || bad "tamper: $out"
[ ! -e "$store/blobs/sha256/${base#sha256:}" ] && ok || bad "the tampered blob was stored"
[ "$(pr images | wc -l)" = "$images_before" ] && ok || bad "a tampered pull changed the image list"
[ -z "$(find "$store/tmp" -name '*.partial' 2>/dev/null)" ] && ok || bad "a partial file was left: $(ls "$store/tmp")"
# A manifest whose digest does not match what was asked for.
echo '{"tamper_manifests": true}' >"$ctl"
expect_fail "a manifest that does not match its digest" pr image pull "${ins[@]}" "$Y/busybox@$digest"
matches "hashes to sha256:[0-9a-f]+; refused" "$out" && ok || bad "manifest digest: $out"
# A Bearer token flow: 401 without credentials, then with an auth file and an imagePullSecret.
echo '{"bearer": {"user": "puller", "password": "s3cret"}}' >"$ctl"
pr image rm "$Y/shared-b:v1" >/dev/null 2>&1
expect_fail "Bearer: no credentials" pr image pull "${ins[@]}" "$Y/shared-b:v1"
matches "refused an anonymous token" "$out" && ok || bad "bearer without credentials: $out"
auth=$(printf 'puller:s3cret' | base64)
printf '{"auths": {"%s": {"auth": "%s"}}}' "$Y" "$auth" >"$work/auth.json"
expect "Bearer: --authfile" pr image pull "${ins[@]}" --authfile "$work/auth.json" "$Y/shared-b:v1"
printf '{"auths": {"%s": {"auth": "%s"}}}' "$Y" "$(printf 'puller:wrong' | base64)" >"$work/wrong.json"
expect_fail "Bearer: wrong password" pr image pull "${ins[@]}" --authfile "$work/wrong.json" "$Y/shared-b:v1"
matches "refused the credentials from $work/wrong.json" "$out" && ok || bad "wrong password: $out"
! matches "wrong|s3cret" "$(echo "$out" | sed "s|$work/wrong.json||")" && ok || bad "a password in an error: $out"
# The same through apply: an imagePullSecret of the input, Pulling/Pulled events.
cat >"$work/secret-pod.yaml" <<YAML
apiVersion: v1
kind: Secret
metadata: {name: regcred}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: $(printf '{"auths": {"%s": {"auth": "%s"}}}' "$Y" "$auth" | base64 -w0)
---
apiVersion: v1
kind: Pod
metadata: {name: pulled}
spec:
  terminationGracePeriodSeconds: 1
  imagePullSecrets: [{name: regcred}]
  containers:
  - {name: c, image: "$Y/busybox:1.35", imagePullPolicy: Always, command: [sleep, "3600"]}
YAML
pr image rm "$Y/busybox:1.35" >/dev/null 2>&1
: >"$plog"
expect "apply with an imagePullSecret" pr apply -q --insecure-registry "$Y" -f "$work/secret-pod.yaml"
expect_out "event Pulling" "Normal +Pulling .*Pulling image \"$Y/busybox:1.35\"" pr describe pod pulled
expect_out "event Pulled" "Normal +Pulled .*Successfully pulled image \"$Y/busybox:1.35\" in [0-9.]+s. Image size: [0-9]+ bytes." pr describe pod pulled
expect_out "the pulled image runs" "^BusyBox" pr exec pulled -- sh -c 'busybox | head -1'
! grep -rq "s3cret\|$auth" "$root" "$store/images.json" && ok || bad "the credentials were written into state or the store"
expect "delete" pr delete pod pulled --now
# Always re-checks the digest and reuses what it has: a manifest GET, no blob.
: >"$plog"
expect "apply again (Always)" pr apply -q --insecure-registry "$Y" -f "$work/secret-pod.yaml"
grep -q "GET /v2/busybox/manifests/1.35 200" "$plog" && ok || bad "Always did not re-check the manifest: $(cat "$plog")"
! grep -q "GET /v2/busybox/blobs/" "$plog" && ok || bad "Always fetched blobs of an unchanged image: $(cat "$plog")"
expect "delete" pr delete pod pulled --now
# From a pipe, beside a document that is refused: `podrun`, linked statically, hands the
# command on to podrun-dynamic once a pull turns out to be needed (common/linkage.h). The
# input is read again there, and what was said about it is said once.
{ printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: Not_A_Name}\nspec: {containers: [{name: c, image: busybox}]}\n---\n'
  cat "$work/secret-pod.yaml"; } >"$work/piped.yaml"
for how in file pipe; do
  pr image rm "$Y/busybox:1.35" >/dev/null 2>&1
  : >"$plog"
  if [ $how = file ]; then out=$(pr apply --insecure-registry "$Y" -f "$work/piped.yaml" 2>&1); rc=$?
  else out=$(cat "$work/piped.yaml" | pr apply --insecure-registry "$Y" -f - 2>&1); rc=$?; fi
  [ $rc -eq 1 ] && ok || bad "$how: a refused document beside a pulled pod: want exit 1: $out"
  matches "^pod/pulled created$" "$out" && ok || bad "$how: the pod was not created: $out"
  [ "$(grep -c "Not_A_Name" <<<"$out")" -eq 1 ] && ok || bad "$how: the refused document not said exactly once: $out"
  grep -q "GET /v2/busybox/manifests/1.35 200" "$plog" && ok || bad "$how: the pod's image was not pulled: $(cat "$plog")"
  expect_out "$how: the pulled image runs" "^BusyBox" pr exec pulled -- sh -c 'busybox | head -1'
  expect "$how: delete" pr delete pod pulled --now
done
# ImagePullBackOff: a pull that fails at apply (the tag is not pushed yet) leaves the pod
# running without that container; its supervisor pulls again with back-off (1 s, 2 s, 4 s ...
# with --backoff-base 1s), with the pod's imagePullSecret, and starts the container once the
# image is there, completed with the image's config (its ENV).
sed -e 's/name: pulled/name: backoff/' -e 's/command: \[sleep, "3600"\]/command: [sh, -c, "echo PATH=$$PATH; exec sleep 3600"]/' \
  "$work/secret-pod.yaml" >"$work/backoff-pod.yaml"
pr image rm "$Y/busybox:1.35" >/dev/null 2>&1
echo '{"bearer": {"user": "puller", "password": "s3cret"}, "manifest_404": true}' >"$ctl"
: >"$plog"
expect "a pull that fails: the pod is created all the same" pr apply --backoff-base 1s --insecure-registry "$Y" -f "$work/backoff-pod.yaml"
matches "container c: ErrImagePull: .*not found.*its supervisor pulls again with back-off \(ImagePullBackOff\)" "$out" && ok ||
  bad "no ImagePullBackOff warning: $out"
expect_out "STATUS ImagePullBackOff" "^backoff +0/1 +(ImagePullBackOff|ErrImagePull) " pr get pods
expect_out "phase Pending while it waits" '"phase": "Pending"' pr get pod backoff -o json
[ "$(stat -c %a "$root/pods/default/backoff/pull-secrets.json" 2>&1)" = 600 ] && ok || bad "the imagePullSecret is not kept (0600) for the retries"
sleep 3.5
expect_out "describe: the back-off event" "Normal +BackOff .*Back-off pulling image \"$Y/busybox:1.35\"" pr describe pod backoff
[ "$(grep -c "GET /v2/busybox/manifests/1.35 404" "$plog")" -ge 3 ] && ok || bad "want apply's pull and two retries: $(cat "$plog")"
# Applied again while the image is still missing: left to its back-off, not made again.
backoff_sup=$(python3 -c "import json; print(json.load(open('$root/pods/default/backoff/state.json'))['supervisor']['pid'])")
expect_out "apply again while the image is missing: unchanged" "^pod/backoff unchanged$" \
  pr apply --backoff-base 1s --insecure-registry "$Y" -f "$work/backoff-pod.yaml"
[ "$(python3 -c "import json; print(json.load(open('$root/pods/default/backoff/state.json'))['supervisor']['pid'])")" = "$backoff_sup" ] &&
  ok || bad "applying a waiting pod again made it again (its back-off reset)"
echo '{"bearer": {"user": "puller", "password": "s3cret"}}' >"$ctl"  # pushed, so to speak
for _ in $(seq 60); do
  pr get pods 2>/dev/null | grep -q "^backoff  *1/1  *Running" && break
  sleep 0.5
done
expect_out "the retry pulled it and the container runs" "^backoff +1/1 +Running" pr get pods
expect_out "event Pulled from the retry" "Normal +Pulled .*Successfully pulled image \"$Y/busybox:1.35\" in [0-9.]+s. Image size: [0-9]+ bytes." \
  pr describe pod backoff
expect_out "the image's ENV reached the process" "^PATH=/" pr logs backoff
expect_out "exec finds the completed container" "^BusyBox" pr exec backoff -- sh -c 'busybox | head -1'
[ ! -e "$root/pods/default/backoff/pull-secrets.json" ] && ok || bad "the imagePullSecret was kept after the last pull"
! grep -rq "$auth" "$root" && ok || bad "the credentials were left in the state"
expect "delete" pr delete pod backoff --now
# A pod that waits for an image that never comes: deleted while its pulls go on, nothing left.
sed -e 's/name: pulled/name: never-there/' -e 's|busybox:1.35|busybox:not-pushed|' "$work/secret-pod.yaml" >"$work/never-pod.yaml"
expect "a pod waiting for a missing tag" pr apply --backoff-base 1s --insecure-registry "$Y" -f "$work/never-pod.yaml"
sleep 1.5
expect_out "still waiting" "^never-there +0/1 +(ImagePullBackOff|ErrImagePull) " pr get pods
expect "delete while it waits" pr delete pod never-there --now
[ ! -d "$root/pods/default/never-there" ] && ok || bad "the waiting pod left its directory"

# Credentials go to the registry's host only: a blob redirected to 127.0.0.2 gets none.
echo '{"bearer": {"user": "puller", "password": "s3cret"}, "redirect_blobs": true}' >"$ctl"
pr image rm "$Y/shared-b:v1" >/dev/null 2>&1
pr image prune >/dev/null
: >"$plog"
expect "a pull through a redirect" pr image pull "${ins[@]}" --authfile "$work/auth.json" "$Y/shared-b:v1"
grep -q "^GET /v2/shared-b/blobs/.* 307 .*auth=yes host=127.0.0.1" "$plog" && ok || bad "no redirect seen: $(cat "$plog")"
grep -q "^GET /v2/shared-b/blobs/.* 200 .*auth=no host=127.0.0.2" "$plog" && ok || bad "redirected blob not fetched: $(cat "$plog")"
! grep -q "auth=yes host=127.0.0.2" "$plog" && ok || bad "credentials were sent to the redirect's host: $(cat "$plog")"
echo '{}' >"$ctl"

# --- policies in apply --------------------------------------------------------------------
one=$(one_pod never "" "" "")
sed -i "s|image: busybox, imagePullPolicy: IfNotPresent|image: \"$Y/never:1\", imagePullPolicy: Never|" "$one"
expect_fail "Never with a missing image" pr apply -f "$one"
matches "ErrImageNeverPull" "$out" && ok || bad "Never: $out"
[ ! -d "$root/pods/default/never" ] && ok || bad "a refused pod left its directory"
# The registry down and the image stored: the error names the override, which then works.
sed -i "s|image: \"$Y/never:1\", imagePullPolicy: Never|image: \"$Y/busybox:1.35\", imagePullPolicy: Always|" "$one"
kill "${pids[-1]}" && wait "${pids[-1]}" 2>/dev/null
expect "Always with the registry down: created, waiting for its image" pr apply --insecure-registry "$Y" -f "$one"
matches "ErrImagePull: .*the image is in the local store: .apply --image-pull-policy IfNotPresent" "$out" && ok || bad "down: $out"
expect_out "ImagePullBackOff with the override named" "Back-off pulling image .*apply --image-pull-policy IfNotPresent" \
  pr get pod never -o json
expect_out "the override runs it from the store (the waiting pod is replaced)" "^pod/never configured" \
  pr apply --image-pull-policy IfNotPresent -f "$one"
expect_out "started from the store" "already present on machine" pr describe pod never
expect "delete" pr delete pod never --now

# --- TLS with a CA made here, and htpasswd (Basic) auth -----------------------------------
T=$(free_port)
mkdir -p "$work/tls" "$work/certs.d/127.0.0.1:$T"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=podrun test CA" -keyout "$work/tls/ca.key" -out "$work/tls/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$work/tls/srv.key" -out "$work/tls/srv.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' >"$work/tls/ext"
openssl x509 -req -in "$work/tls/srv.csr" -CA "$work/tls/ca.crt" -CAkey "$work/tls/ca.key" -CAcreateserial -days 2 \
  -extfile "$work/tls/ext" -out "$work/tls/srv.crt" 2>/dev/null
cp "$work/tls/ca.crt" "$work/certs.d/127.0.0.1:$T/ca.crt"
htpasswd -Bbc "$work/tls/htpasswd" tls-user tls-pass >/dev/null 2>&1
start_registry tls "$T" "  tls: {certificate: $work/tls/srv.crt, key: $work/tls/srv.key}
auth:
  htpasswd: {realm: podrun-test, path: $work/tls/htpasswd}"
Z=127.0.0.1:$T
skopeo copy --dest-cert-dir "$work/certs.d/127.0.0.1:$T" --dest-creds tls-user:tls-pass oci:"$busybox" "docker://$Z/busybox:1.35" \
  >/dev/null 2>"$work/skopeo.err" || bad "skopeo push over TLS: $(cat "$work/skopeo.err")"
printf 'registries:\n  certsDir: %s\n' "$work/certs.d" >"$work/config.yaml"
printf '{"auths": {"%s": {"auth": "%s"}}}' "$Z" "$(printf 'tls-user:tls-pass' | base64)" >"$work/tls-auth.json"
expect_fail "TLS: a certificate of an unknown CA" pr image pull --authfile "$work/tls-auth.json" "$Z/busybox:1.35"
matches "certificate|SSL" "$out" && ok || bad "unknown CA: $out"
expect_fail "TLS + htpasswd: no credentials" pr --config "$work/config.yaml" image pull "$Z/busybox:1.35"
matches "wants a user name and password, and none is given" "$out" && ok || bad "basic without credentials: $out"
expect_out "TLS with the CA from certs.d, Basic credentials" "^(pulled|up to date): $Z/busybox:1.35" \
  pr --config "$work/config.yaml" image pull --authfile "$work/tls-auth.json" "$Z/busybox:1.35"

stop_all
pids=()
[ -z "$(find "$store/tmp" -name '*.partial' 2>/dev/null)" ] && ok || bad "partial files left: $(ls "$store/tmp")"
