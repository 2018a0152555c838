#!/usr/bin/env bash
# `podrun plan -o svg` seen from outside: Graphviz's picture of the namespace graph, a valid SVG
# document naming every container; without Graphviz, one line saying what to install.
# usage: svg_cli_test.sh PODRUN SOURCE_DIR
set -uo pipefail
podrun=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
facts=$src/tests/data/host-facts.json

if ! command -v dot >/dev/null; then
  echo "Graphviz's dot is not installed (scripts/setup-deps.sh installs graphviz): skipped"
  exit 77
fi
if "$podrun" plan -f "$src/manifests/demo.yaml" --host-facts "$facts" -o svg >"$tmp/demo.svg" 2>"$tmp/err"; then ok; else
  bad "plan -o svg: exit $?: $(head -3 "$tmp/err")"
fi
# Well-formed XML whose root is an <svg> element, with the pod and both containers in its text.
if python3 - "$tmp/demo.svg" >"$tmp/check" 2>&1 <<'PY'; then ok; else bad "not a valid SVG naming the containers: $(cat "$tmp/check")"; fi
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
for word in ("pod default/demo", "web (app)", "client (app)", "pause holder"):
    assert word in texts, (word, texts)
PY
# The same graph as -o dot: dot's own rendering of it gives the same picture.
"$podrun" plan -f "$src/manifests/demo.yaml" --host-facts "$facts" -o dot | dot -Tsvg >"$tmp/via-dot.svg" 2>/dev/null
cmp -s "$tmp/demo.svg" "$tmp/via-dot.svg" && ok || bad "plan -o svg is not dot -Tsvg of plan -o dot"

# Without dot on PATH: exit 1 and one line naming Debian's graphviz.
mkdir "$tmp/bin"
PATH=$tmp/bin "$podrun" plan -f "$src/manifests/demo.yaml" --host-facts "$facts" -o svg >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] && ok || bad "without dot: exit $rc, not 1"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "install Debian's graphviz" "$tmp/err" && ok || bad "without dot: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] && ok || bad "without dot: something on stdout"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
