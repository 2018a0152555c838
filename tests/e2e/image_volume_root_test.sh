#!/usr/bin/env bash
# Image volumes (spec.volumes[].image, KEP-4639): an image of the store mounted read-only into
# the containers that mount it. busybox (one layer: a read-only bind of the layer) and a
# two-layer image (an overlay with lower directories only); subPath; writes refused (EROFS);
# hostUsers: false (idmapped layers); a missing image under Never and a failed pull keep the
# pod from starting and leave nothing; no mount of the image anywhere on the host, before or
# after delete.
#
# usage: image_volume_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"
# The same image under a second name (the volume's), and a two-layer image of the registry
# tests' (a 2 MB base.bin, then name.txt), imported from its OCI layout: no registry, no network.
expect "import busybox as tools:1" pr image import "$busybox" --name tools:1
python3 "$src/tests/e2e/make_registry_images.py" "$work/img" >/dev/null
expect "import a two-layer image" pr image import "$work/img/shared-a" --name layered:1

# pod NAME EXTRA_SPEC VOLUMES MOUNTS: a busybox pod whose container mounts image volumes.
pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n  terminationGracePeriodSeconds: 1\n%s  volumes:\n%s  containers:\n  - name: c\n    image: busybox\n    imagePullPolicy: IfNotPresent\n    command: [sleep, "3600"]\n    volumeMounts:\n%s' \
    "$1" "$2" "$3" "$4" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}

# --- busybox at /img, a subPath of it, a two-layer image, readOnly: false asked for -----------
f=$(pod iv '' '  - {name: tools, image: {reference: "tools:1", pullPolicy: IfNotPresent}}
  - {name: layered, image: {reference: "layered:1"}}
' '    - {name: tools, mountPath: /img, readOnly: false}
    - {name: tools, mountPath: /sub, subPath: bin}
    - {name: layered, mountPath: /layered}
')
expect_out "plan shows the image volume" "tools: image image-volume:tools:1 \(pullPolicy IfNotPresent" pr plan -f "$f"
matches "/img +bind +image-volume:tools:1 +rbind,rprivate,ro,nosuid,nodev" "$out" && ok || bad "plan: the mount: $out"
matches "/sub +bind +image-volume:tools:1//bin" "$out" && ok || bad "plan: the subPath mount: $out"
expect_out "apply" "^pod/iv created$" pr apply -f "$f" --wait --timeout 30s
expect_out "the image's files are there" "^/img/bin/busybox$" pr exec iv -- ls /img/bin/busybox
expect_out "and its programs run from there" "^hello from the image volume$" pr exec iv -- /img/bin/busybox echo hello from the image volume
expect_out "subPath: the image's bin at /sub" "^/sub/busybox$" pr exec iv -- ls /sub/busybox
expect_out "both layers of a two-layer image, merged" "^shared-a$" pr exec iv -- cat /layered/name.txt
expect_out "the base layer's file too" "^2097152 " pr exec iv -- wc -c /layered/base.bin
for path in /img/new /img/bin/busybox /sub/new /layered/new /layered/name.txt; do
  expect_out "writing $path fails: read-only" "Read-only file system" pr exec iv -- sh -c "echo x >> $path"
done
expect_out "no directory can be made in it either" "Read-only file system" pr exec iv -- mkdir /img/dir
# How the container sees it: read-only, nosuid, nodev; an overlay for two layers.
pid=$(pid_of iv c)
mi=$(cat "/proc/$pid/mountinfo" 2>&1)
matches " /img ro,nosuid,nodev" "$mi" && ok || bad "/img is not ro,nosuid,nodev: $(grep ' /img ' <<<"$mi")"
matches " /layered ro,nosuid,nodev.* - overlay overlay ro" "$mi" && ok || bad "/layered is not a read-only overlay: $(grep ' /layered ' <<<"$mi")"
matches "/layers/[0-9a-f]+ /img ro" "$mi" && ok || bad "/img is not the busybox layer: $(grep ' /img ' <<<"$mi")"
# Nothing of it on the host: the mounts live in the container's mount namespace only.
! grep -q "$store/layers" /proc/self/mountinfo && ok || bad "the host has a mount of the image's layers: $(grep "$store/layers" /proc/self/mountinfo)"
! grep -q "image-volumes" /proc/self/mountinfo && ok || bad "the host has an image volume's mount: $(grep image-volumes /proc/self/mountinfo)"
expect_out "describe shows it" "Reference: +tools:1" pr describe pod iv
# A restart builds it again (a new mount namespace): still there, still read-only.
kill -KILL "$pid" && ok || bad "kill the container ($pid)"
eventually "the container restarted" 20 "^iv +1/1 +Running +1 " pr get pods iv
expect_out "after the restart, the image's files" "^/img/bin/busybox$" pr exec iv -- ls /img/bin/busybox
expect_out "after the restart, read-only" "Read-only file system" pr exec iv -- touch /img/x
expect "delete" pr delete pod iv --now
! grep -qE "$store/layers|image-volumes" /proc/self/mountinfo && ok || bad "after delete, a mount of the image's layers: $(grep -E "$store/layers|image-volumes" /proc/self/mountinfo)"
[ ! -d "$root/pods/default/iv" ] && ok || bad "iv left its directory"

# --- a subPath the image does not have: the container does not start ---------------------------
f=$(pod nosub '' '  - {name: tools, image: {reference: "tools:1"}}
' '    - {name: tools, mountPath: /x, subPath: no/such/dir}
')
expect_out "a subPath missing from the image fails the start" \
  "container c: resolve subPath in the image volume: openat2 .tools:1/no/such/dir.: No such file or directory" pr apply -f "$f"
[ ! -d "$root/pods/default/nosub" ] && ok || bad "nosub left its directory"

# --- Never with an image the store lacks: ErrImageNeverPull, nothing left ---------------------
f=$(pod never '' '  - {name: tools, image: {reference: "nosuch/tools:1", pullPolicy: Never}}
' '    - {name: tools, mountPath: /img}
')
expect_out "Never and a missing image: ErrImageNeverPull" \
  'ErrImageNeverPull: image volume tools: image "nosuch/tools:1" is not present with pull policy of Never' pr apply -f "$f"
[ ! -d "$root/pods/default/never" ] && ok || bad "never left its directory"

# --- a pull that fails (no registry: the tests' proxy is not there): ErrImagePull --------------
f=$(pod nopull '' '  - {name: tools, image: {reference: "127.0.0.1:9/nosuch/tools:1"}}
' '    - {name: tools, mountPath: /img}
')
expect_out "a failed pull: ErrImagePull naming the volume" 'ErrImagePull: image volume tools: failed to pull image "127.0.0.1:9/nosuch/tools:1"' \
  pr apply -f "$f"
[ ! -d "$root/pods/default/nopull" ] && ok || bad "nopull left its directory"

# --- an image volume no container mounts: its pull failing stops nothing (the kubelet's e2e
#     "should succeed if image volume is not existing but unused") -----------------------------
cat >"$work/unused.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: unused}
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{name: tools, image: {reference: "nosuch/tools:1", pullPolicy: Never}}]
  containers: [{name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}]
YAML
expect_out "an unused image volume that is missing" "^pod/unused created$" pr apply -f "$work/unused.yaml" --wait --timeout 30s
expect "delete unused" pr delete pod unused --now

# --- hostUsers: false: the image's root owns its files in the container ------------------------
f=$(pod userns '  hostUsers: false
' '  - {name: tools, image: {reference: "tools:1"}}
  - {name: layered, image: {reference: "layered:1"}}
' '    - {name: tools, mountPath: /img}
    - {name: layered, mountPath: /layered}
')
expect_out "apply with hostUsers: false" "^pod/userns created$" pr apply -f "$f" --wait --timeout 30s
expect_out "idmapped: the image's root is the container's root (one layer)" "^0 0 /img/bin/busybox$" \
  pr exec userns -- stat -c '%u %g %n' /img/bin/busybox
expect_out "idmapped: the image's root is the container's root (two layers)" "^0 0 /layered/name.txt$" \
  pr exec userns -- stat -c '%u %g %n' /layered/name.txt
expect_out "still read-only" "Read-only file system" pr exec userns -- touch /img/x
expect "delete userns" pr delete pod userns --now
! grep -qE "$store/layers|image-volumes" /proc/self/mountinfo && ok || bad "after delete, a mount of the image's layers: $(grep -E "$store/layers|image-volumes" /proc/self/mountinfo)"

[ "$failed" -eq 0 ]
