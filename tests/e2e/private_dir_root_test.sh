#!/usr/bin/env bash
# podrun runs wherever it is built or installed, also in a directory only root may enter (a
# clone in /root, a `mktemp -d` build): its binaries are copied into a 0700 directory and the
# user-namespace lesson is run from there — its pause holder runs as an unprivileged host ID,
# which could not traverse to a binary exec'd by path. Standard input is /dev/null, as in CI.
#
# usage: private_dir_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
private=$work/private/bin
mkdir -p "$private"
chmod 0700 "$work/private" "$private"
bin=$(dirname "$podrun")
cp "$bin/podrun" "$bin/podrun-dynamic" "$bin/podrun-pause" "$bin/podrun-supervisor" "$private/"
expect_out "the directory is root's only" "^700$" stat -c %a "$work/private"
podrun=$private/podrun
expect "import busybox" pr image import "$busybox"
expect "apply the user-namespace lesson from the 0700 directory" pr apply -f "$src/manifests/user-namespace.yaml"
name=$(awk '/^  name:/ {print $2; exit}' "$src/manifests/user-namespace.yaml")
expect_out "it runs" "Running" pr get pods "$name"
expect_out "its root is an unprivileged block of host IDs" "^ +0 +[1-9][0-9]+ +65536$" pr exec "$name" -- cat /proc/self/uid_map
expect_out "the pause holder runs as that block's first ID" "^Uid:[[:space:]]+[1-9][0-9]{4,}" \
  grep Uid: "/proc/$(state_of "$name" "s['pause']['pid']")/status"
expect "delete it" pr delete pod "$name" --now
[ "$failed" -eq 0 ]
