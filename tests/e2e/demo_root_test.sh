#!/usr/bin/env bash
# `make demo` (scripts/demo.sh) as a new user runs it: no terminal, stdin /dev/null, on this
# suite's own root and store (PODRUN_ROOT, PODRUN_STORAGE). Every step it shows must still
# show what it says: the kernel matching the plan, localhost between two containers, a process
# tree of the container's own, the pod gone. Output to a pipe carries no terminal escapes.
#
# usage: demo_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"
out=$(PODRUN_ROOT="$root" PODRUN_STORAGE="$store" HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 \
  http_proxy=http://127.0.0.1:9 NO_PROXY=127.0.0.1,localhost "$src/scripts/demo.sh" "$podrun" 2>&1)
rc=$?
[ "$rc" -eq 0 ] && ok || bad "scripts/demo.sh: exit $rc: $(tail -5 <<<"$out")"
# Each step's heading, plain.
[ "$(grep -c '^== ' <<<"$out")" -ge 10 ] && ok || bad "the demo's steps are missing: $(head -5 <<<"$out")"
grep -q $'\033' <<<"$out" && bad "the demo wrote terminal escapes to a pipe: $(grep $'\033' <<<"$out" | head -1 | cat -v)" || ok
matches "^<stdin>:8:5: spec\.containers\[0\]\.imagePullPolicyy: unknown field" "$out" && ok || bad "the broken manifest's error is not shown"
matches "^pod/demo created" "$out" && ok || bad "the demo pod was not created"
matches "^the kernel matches the plan$" "$out" && ok || bad "matrix did not find the kernel matching the plan"
matches "^hello from the web container$" "$out" && ok || bad "the client did not reach the web container over localhost"
# The client's own process tree: its shell is PID 1, the web server is not in it.
matches "^ +1 root +sh -c while true" "$out" && ok || bad "the client's ps does not show its shell as PID 1"
matches "httpd" "$(sed -n '/client.s processes:/,/^== /p' <<<"$out")" && bad "the client's ps shows the web container's server" || ok
matches "^pod \"demo\" deleted$" "$out" && ok || bad "the demo pod was not deleted"
[ ! -e "$root/pods/default/demo" ] && ok || bad "the demo pod's directory is left"
