#!/usr/bin/env bash
# How podrun is linked (common/linkage.h): `podrun` a static PIE, `podrun-dynamic` beside it
# the same program linked against the shared C library; the commands that may load a shared
# library (image, serve, controllers) are handed on to podrun-dynamic at once, the others run
# in podrun itself; without podrun-dynamic, such a command says what is missing.
# usage: linkage_cli_test.sh PODRUN PODRUN_DYNAMIC STATIC(1: podrun is meant to be static)
set -uo pipefail
podrun=$1 dynamic=$2 static=$3
tmp=$(mktemp -d)
alone=$(cd "$(dirname "$podrun")" && pwd -P)/.linkage-test-$$  # on podrun's file system: a hard link, not a copy
trap 'rm -rf "$tmp" "$alone"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
interp() { readelf -lW "$1" | grep -c "Requesting program interpreter"; }
# The dynamic loader reports what it loads when LD_DEBUG is set: a command that ran in a
# dynamically linked program says so on stderr; a static program ignores it.
loaded() { LD_DEBUG=files "$@" 2>&1 >/dev/null </dev/null | grep -c "calling init:"; }

[ "$(interp "$dynamic")" = 1 ] && ok || bad "podrun-dynamic has no program interpreter"
if [ "$static" = 1 ]; then
  [ "$(interp "$podrun")" = 0 ] && ok || bad "podrun is not linked statically"
  [ "$(loaded "$podrun" version)" = 0 ] && ok || bad "podrun version ran through the dynamic loader"
  [ "$(loaded "$podrun" --root "$tmp/root" get pods)" = 0 ] && ok || bad "podrun get pods ran through the dynamic loader"
  [ "$(loaded "$podrun" --storage "$tmp/store" image ls)" -gt 0 ] && ok || bad "podrun image ls was not handed on to podrun-dynamic"
  out=$("$podrun" --storage "$tmp/store" image ls 2>&1)
  [ $? -eq 0 ] && grep -q "^REPOSITORY" <<<"$out" && ok || bad "image ls through podrun-dynamic: $out"
  # Alone in a directory: the command that needs podrun-dynamic fails on one line, exit 1.
  mkdir "$alone" && { ln "$podrun" "$alone/podrun" 2>/dev/null || cp "$podrun" "$alone/podrun"; }
  out=$("$alone/podrun" --storage "$tmp/store" image ls 2>&1 </dev/null)
  rc=$?
  [ $rc -eq 1 ] && [ "$(wc -l <<<"$out")" = 1 ] && grep -q "^podrun: exec \`$alone/podrun-dynamic\`: No such file or directory .*needs podrun-dynamic" <<<"$out" &&
    ok || bad "without podrun-dynamic: exit $rc: $out"
  out=$("$alone/podrun" version 2>&1) && grep -q "^podrun " <<<"$out" && ok || bad "version without podrun-dynamic: $out"
else
  [ "$(interp "$podrun")" = 1 ] && ok || bad "podrun (sanitizers) is not linked dynamically"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
