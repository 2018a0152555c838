#!/usr/bin/env bash
# docs/lessons/ still says what podrun does: scripts/gen-lessons.py --check runs every lesson's
# commands again on real pods (this suite's own root and store) and diffs its output with the
# pages, beyond what varies from run to run (namespace inodes, PIDs, times, addresses); then
# nothing of the lessons may be left running.
#
# usage: lessons_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"
# No lesson leaves the machine: a pull would go to a proxy that is not there.
out=$(HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 http_proxy=http://127.0.0.1:9 NO_PROXY=127.0.0.1,localhost \
  python3 "$src/scripts/gen-lessons.py" --podrun "$podrun" --root "$root" --storage "$store" --check "$src/docs/lessons" 2>&1)
rc=$?
if [ "$rc" -eq 0 ]; then ok; else bad "gen-lessons.py --check docs/lessons: exit $rc"; echo "$out"; fi
