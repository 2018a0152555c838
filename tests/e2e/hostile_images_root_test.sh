#!/usr/bin/env bash
# Hostile images (docs/reliability.md, "Hostile images"): layouts and archives made by
# tests/e2e/make_hostile_images.py whose entries leave the layer (absolute paths, `..`, a
# symlink then a file through it, hard links to /etc/shadow or out of the layer, whiteouts of
# `..`), claim 10 GiB, nest 10,000 deep, repeat paths, or whose manifest, index or config lies
# or is huge. Each refused one must say what is wrong in one line, leave the store exactly as
# it was (a listing before and after) and the host's canary untouched; the accepted ones run in
# a pod and are checked from outside: the canary and the host directory unchanged, the device
# nodes inert, set-user-ID as the image says and harmless under no_new_privs.
#
# Prints a line per case (name, verdict, milliseconds, message) for the table of the docs.
#
# usage: hostile_images_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
small=$work/small
finish() {
  mountpoint -q "$small" && umount "$small"
  leak_check "after the suite"
  report
}
expect "import busybox" pr image import "$busybox"

# What the cases aim at: $work is the store's parent, so `../../../` from the store's staging
# (tmp/layer-X/) is $work too.
canary=$work/canary
echo "host canary" >"$canary"
mkdir "$work/outside"
echo '{"rootfs": {"diff_ids": []}}' >"$work/canary.json"
host_state() { sha256sum "$canary" "$work/canary.json" /etc/shadow; stat -c '%h %i' /etc/shadow; ls -A "$work/outside"; }
host_before=$(host_state)

# A static program that prints its effective uid, stored set-user-ID root in the image.
euid=""
if printf '#include <stdio.h>\n#include <unistd.h>\nint main(void) { printf("%%d\\n", geteuid()); return 0; }\n' >"$work/euid.c" &&
  cc -static -O1 -o "$work/euid" "$work/euid.c" 2>/dev/null; then euid=$work/euid; fi
# The disk that holds the store, as the image's block device node.
IFS=: read -r DISK_MAJOR DISK_MINOR <<<"$(findmnt -no MAJ:MIN -T "$work" | tr -d ' ')"
export DISK_MAJOR DISK_MINOR
t0=$(date +%s%N)
python3 "$src/tests/e2e/make_hostile_images.py" "$work/img" "$busybox" "$work" ${euid:+"$euid"} ||
  bad "make_hostile_images.py failed"
echo "generated the images in $((($(date +%s%N) - t0) / 1000000)) ms"

# The store as a listing (type, mode, path, and size for files) and its index's hash.
listing() {
  (cd "$1" && find . -path ./lock -prune -o \( -type d -printf '%y %m %p\n' \) -o -printf '%y %m %p %s\n' | sort && sha256sum images.json)
}
# refuse NAME REGEX [INPUT] [STORE]: the import fails with one line matching REGEX; the store
# and the host are as before.
refuse() {
  local name=$1 re=$2 input=${3:-$work/img/$1} st=${4:-$store}
  local before t0 ms line
  before=$(listing "$st")
  t0=$(date +%s%N)
  out=$("$podrun" --root "$root" --storage "$st" image import "$input" 2>&1) && bad "$name: accepted: $(head -2 <<<"$out")"
  ms=$((($(date +%s%N) - t0) / 1000000))
  line=$(grep '^podrun: ' <<<"$out")
  if [ "$(grep -c '^podrun: ' <<<"$out")" = 1 ] && matches "$re" "$line"; then ok; else bad "$name: /$re/ not in one line: $out"; fi
  if [ "$(listing "$st")" = "$before" ]; then ok; else bad "$name: the store changed: $(diff <(echo "$before") <(listing "$st") | head -5)"; fi
  if [ "$(host_state)" = "$host_before" ]; then ok; else bad "$name: the host's canary changed"; fi
  printf 'case %-26s refused %6d ms  %s\n' "$name" "$ms" "${line:0:400}"
}
# accept NAME [INPUT]: the import succeeds; prints its time.
accept() {
  local name=$1 input=${2:-$work/img/$1} t0
  t0=$(date +%s%N)
  if out=$(pr image import "$input" 2>&1); then ok; else bad "$name: refused: $out"; fi
  printf 'case %-26s accepted %6d ms  %s\n' "$name" "$((($(date +%s%N) - t0) / 1000000))" "$(tail -1 <<<"$out")"
  if [ "$(host_state)" = "$host_before" ]; then ok; else bad "$name: the host's canary changed"; fi
}

# --- Entries that leave the layer ----------------------------------------------------------------
L='layer [0-9]+/[0-9]+ sha256:[0-9a-f]{64}: '
refuse abs-path "${L}entry \`/.*/canary\` is an absolute path; refused; nothing was stored"
refuse dotdot-mid "${L}entry \`a/b/\.\./\.\./\.\./\.\./\.\./canary\` would leave the layer directory \(\.\.\); refused"
refuse symlink-then-file "${L}entry \`out/sub/pwned\` goes through the symlink \`out\` of the same layer; refused"
refuse hardlink-abs "${L}hard link target of \`shadow\` \`/etc/shadow\` is an absolute path; refused"
refuse hardlink-dotdot "${L}hard link target of \`c\` \`\.\./\.\./\.\./canary\` would leave the layer directory"
refuse hardlink-lower "${L}hard link \`sh-copy\` names \`bin/busybox\`, which is not an earlier entry of this layer; refused"
refuse whiteout-dotdot "${L}entry \`\.\./\.\./\.\./\.wh\.canary\` would leave the layer directory"
refuse whiteout-dotdot-name "${L}entry \`a/\.wh\.\.\.\` is a whiteout of \`\.\.\`, not of an entry of its directory; refused"
refuse whiteout-empty-name "${L}entry \`a/\.wh\.\` is a whiteout of \`\`, not of an entry of its directory; refused"
refuse opaque-through-symlink "${L}entry \`evil/\.wh\.\.wh\.\.opq\` goes through the symlink \`evil\` of the same layer; refused"
refuse whiteout-through-symlink "${L}entry \`evil/\.wh\.keep\` goes through the symlink \`evil\` of the same layer; refused"
refuse deep-then-abs "${L}entry \`/abs\` is an absolute path; refused"
refuse archive-dotdot "entry \`\.\./\.\./\.\./canary\` would leave the archive; refused" "$work/img/archive-dotdot.tar"
refuse archive-abs "entry \`/.*/canary\` would leave the archive; refused" "$work/img/archive-abs.tar"
refuse docker-outside "manifest.json: Config \`\.\./\.\./\.\./canary.json\` is not a path inside the archive; refused" \
  "$work/img/docker-outside.tar"
refuse docker-abs "manifest.json: Config \`/.*/canary.json\` is not a path inside the archive; refused"
# --- Sizes, names, duplicates ------------------------------------------------------------------
refuse huge-claim "${L}read \`big\` from \`.*\`: Truncated tar archive; nothing was stored"
refuse long-component "${L}extract \`n{300}\` into \`.*\`: openat: File name too long"
refuse dup-dir-then-file "${L}extract \`d\` into \`.*\`: remove the earlier entry: Directory not empty"
# --- Manifests, indexes and configs that lie -------------------------------------------------------
refuse lie-digest "${L}digest mismatch, the file hashes to sha256:[0-9a-f]{64} \(a corrupted or altered blob\); nothing was stored"
refuse lie-size "${L}[0-9]+ bytes where the manifest says [0-9]+ \(a truncated or altered blob\); nothing was stored"
refuse lie-manifest-type "manifest sha256:[0-9a-f]{64} has media type application/vnd.oci.image.config.v1\+json, not an image manifest"
refuse lie-diffid "${L}its uncompressed content hashes to sha256:[0-9a-f]{64}, the config says sha256:1{64}; nothing was stored"
refuse lie-layer-count "config sha256:[0-9a-f]{64} lists 2 layers \(rootfs.diff_ids\), the manifest 1"
refuse lie-layer-twice "layer 2/2 sha256:[0-9a-f]{64}: its uncompressed content hashes to sha256:[0-9a-f]{64}, the config says sha256:2{64}"
refuse lie-digest-algorithm "unsupported digest \`sha512:a{128}\` \(podrun accepts sha256 only\)"
refuse lie-digest-path "unsupported digest \`sha256:\.\./\.\./\.\./canary\` \(podrun accepts sha256 only\)"
refuse huge-config "config sha256:[0-9a-f]{64} is [0-9]+ bytes, over podrun's limit of 8 MiB; refused, nothing was stored"
refuse huge-manifest "manifest sha256:[0-9a-f]{64} is [0-9]+ bytes, over podrun's limit of 4 MiB; refused, nothing was stored"
refuse huge-index "index.json is [0-9]+ bytes, over podrun's limit of 4 MiB; refused, nothing was stored"

# --- Disk: a store on a 128 MiB tmpfs of 20,000 inodes, where the reserve (5%) is reached ------------
mkdir "$small"
mount -t tmpfs -o size=128m,nr_inodes=20000 tmpfs "$small" || bad "mount the small tmpfs"
expect "a small image into the small store" "$podrun" --root "$root" --storage "$small/store" image import "$work/img/archive-base"
used_before=$(df --output=used,iused "$small" | tail -1)
R="the store's filesystem is down to [0-9]+ (MiB free of 128 MiB|free inodes of 20000), under the 5% podrun keeps free; refused"
refuse zero-bomb "${L}extract \`zeros\`: $R" "$work/img/zero-bomb" "$small/store"
refuse archive-bomb "\`.*archive-bomb.tar.gz\`: extract \`junk\`: $R" "$work/img/archive-bomb.tar.gz" "$small/store"
refuse many-files-small-store "${L}extract \`m/[0-9]{4}/[0-9]{6}\`: $R" "$work/img/many-files-ok" "$small/store"
[ "$(df --output=used,iused "$small" | tail -1)" = "$used_before" ] && ok || bad "the small store's use changed after the refusals"
umount "$small"

# --- Accepted and contained ------------------------------------------------------------------------
accept contained-ok
# The 10 GiB sparse file takes a few KiB in the store; the layers are root's alone.
sparse=$(ls -d "$store"/layers/*/hostile/sparse 2>/dev/null | head -1)
[ -n "$sparse" ] && [ "$(stat -c %s "$sparse")" = 10737418240 ] && [ "$(du -k "$sparse" | cut -f1)" -lt 64 ] && ok ||
  bad "the sparse file: $(ls -ls "$sparse" 2>&1)"
[ "$(stat -c %a "$store")" = 700 ] && ok || bad "the store is not 0700: $(stat -c %a "$store")"
cat >"$work/contained.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: contained}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: root, image: hostile/contained:v1, imagePullPolicy: Never, command: [sleep, "3600"]}
  - name: nnp
    image: hostile/contained:v1
    imagePullPolicy: Never
    command: [sleep, "3600"]
    securityContext: {runAsUser: 1000, allowPrivilegeEscalation: false}
  - name: plain
    image: hostile/contained:v1
    imagePullPolicy: Never
    command: [sleep, "3600"]
    securityContext: {runAsUser: 1000}
YAML
expect "a pod runs on the contained image" pr apply -f "$work/contained.yaml"
x() { pr exec contained -c root -- sh -c "$1"; }
expect_out "device nodes: /dev/mem's numbers are inert" "Operation not permitted" x 'head -c1 /hostile/mem'
expect_out "device nodes: the store's disk is inert" "Operation not permitted" x 'head -c1 /hostile/disk'
expect_fail "the symlink to the host's canary resolves inside the container" x "cat /hostile/canary-link"
expect_fail "writing through it does not reach the host" x "echo pwned >/hostile/canary-link"
expect_out "a layer's file under an earlier layer's symlink is in the container" "^inside the layer$" x 'cat /hostile/out/pwned'
expect_out "duplicates: file then directory" "^in$" x 'cat /hostile/f2d/in'
expect_out "duplicates: directory then file" "^now a file$" x 'cat /hostile/d2f'
expect_out "duplicates: file then symlink" "^$canary$" x 'readlink /hostile/f2l'
expect_out "duplicates: symlink then file, replaced" "^replaced, not written through$" x 'cat /hostile/l2f'
expect_out "a hard link within the layer" "^linked$" x 'cat /hostile/hard-b'
expect_out "a whiteout of the image's own /bin/vi" "^gone$" x '[ -e /bin/vi ] || echo gone'
expect_out "an opaque directory" "^empty$" x '[ -z "$(ls -A /hostile/op)" ] && echo empty'
expect_out "set-group-ID directory as the image says" "^2775 50$" x 'stat -c "%a %g" /hostile/sgid-dir'
expect_out "the sparse file's size" "^10737418240$" x 'stat -c %s /hostile/sparse'
# Paths beyond PATH_MAX: busybox's cd cannot follow them (it builds the absolute path), so the
# layer is read from the host, one directory descriptor at a time.
read_deep() {
  python3 -c 'import glob, os, sys
for layer in glob.glob(sys.argv[1] + "/layers/*/"):
    try:
        fd = os.open(layer, os.O_RDONLY)
        for part in sys.argv[2].split("/")[:-1]:
            fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
        print(os.read(os.open(sys.argv[2].split("/")[-1], os.O_RDONLY | os.O_NOFOLLOW, dir_fd=fd), 100).decode())
    except FileNotFoundError:
        pass' "$store" "$1"
}
c=$(printf 'p%.0s' {1..200})
expect_out "a path of 4,300 characters, in the store" "^long$" read_deep "hostile/long/$(printf "$c/%.0s" {1..21})leaf"
expect_out "10,000 nested directories, in the store" "^deep$" read_deep "hostile/deep/$(printf 'd/%.0s' {1..10000})leaf"
expect_out "the container sees their first levels" "^p{200} d$" x 'echo $(ls /hostile/long) $(ls /hostile/deep)'
if [ -n "$euid" ]; then
  expect_out "set-user-ID root as the image says" "^4755 0$" x 'stat -c "%a %u" /hostile/euid'
  expect_out "under no_new_privs it gives nothing" "^1000$" pr exec contained -c nnp -- /hostile/euid
  expect_out "without it, it is root of the container, as under containerd" "^0$" pr exec contained -c plain -- /hostile/euid
  expect_out "which has no more than the container's capabilities" "^CapBnd:[[:space:]]+00000000a80425fb$" \
    pr exec contained -c plain -- grep CapBnd /proc/self/status
else
  echo "no static cc: the set-user-ID checks are skipped"
fi
host_overlays=$(grep -c " - overlay .*$store" /proc/self/mountinfo)
[ "$host_overlays" = 0 ] && ok || bad "the pod's overlay is mounted in the host's namespace ($host_overlays)"
[ "$(host_state)" = "$host_before" ] && ok || bad "the host's canary or outside/ changed: $(ls -A "$work/outside")"
expect "delete the pod" pr delete pod contained --now

# --- 200,000 tiny files (HOSTILE_FILES) --------------------------------------------------------------
accept many-files-ok
expect "remove the images" pr image rm hostile/contained:v1 hostile/many:v1
t0=$(date +%s%N)
expect "prune them (10,000 levels and 200,000 files)" pr image prune
echo "prune: $((($(date +%s%N) - t0) / 1000000)) ms"
[ "$(ls "$store/layers" | wc -l)" = 2 ] && ok || bad "prune left layers: $(ls "$store/layers")"
[ -z "$(ls -A "$store/tmp")" ] && ok || bad "staging left: $(ls "$store/tmp")"
[ "$(host_state)" = "$host_before" ] && ok || bad "the host's canary changed"
