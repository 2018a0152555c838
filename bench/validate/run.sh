#!/usr/bin/env bash
# Validation benchmark: podrun validate vs. ajv + js-yaml (Node) on the same
# 10,000-Pod corpus and the same strict v1.31 schemas.
#
# usage: bench/validate/run.sh
# env:   PODRUN=path      podrun binary            (default: $ROOT/build/podrun)
#        SHARED=path      shared folder            (default: $ROOT/../shared)
#        BENCH_RUNS=n     timed runs per tool      (default: 5)
#        BENCH_JOBS=n     podrun validate -j       (default: nproc)
# Prints the verdict check and a markdown table; also writes .work/result.md.
# Network: only `npm install` of the peer's packages, once, into .peer/.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
PODRUN=${PODRUN:-$ROOT/build/podrun}
BENCH_RUNS=${BENCH_RUNS:-5}
BENCH_JOBS=${BENCH_JOBS:-$(nproc)}
WORK=$HERE/.work
CORPUS=$WORK/corpus
PEER_DIR=$HERE/.peer
SCHEMAS=$SHARED/reference/k8s-schema/v1.31.0

die() { echo "bench/validate: $*" >&2; exit 2; }
say() { echo "bench/validate: $*" >&2; }   # progress on stderr; stdout is the result

# Fail fast, before any slow setup.
[[ -x $PODRUN ]] || die "podrun binary not found at $PODRUN; build first: make build (or set PODRUN=)"
[[ -f $SHARED/bench/gen-corpus.py ]] || die "no $SHARED/bench/gen-corpus.py (set SHARED=)"
[[ -f $SCHEMAS/pod-v1.json ]] || die "no schemas in $SCHEMAS"
[[ $BENCH_RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for the peer"
mkdir -p "$WORK"

# 1. Corpus: deterministic (seed 1), so generate once. EXPECTED.tsv is written
#    last, so its presence means a complete corpus.
if [[ ! -f $CORPUS/EXPECTED.tsv ]]; then
  rm -rf "$CORPUS"
  say "generating corpus"
  python3 "$SHARED/bench/gen-corpus.py" "$CORPUS" -n 10000 --seed 1 >&2
fi
expected_docs=$(($(wc -l <"$CORPUS/EXPECTED.tsv") - 1))
schema_detectable=$(awk -F'\t' 'NR > 1 && $7 == "yes"' "$CORPUS/EXPECTED.tsv" | wc -l)

# 2. Peer install: pinned by the committed package-lock.json; reinstall only
#    when node_modules is missing or the pins changed. The stamp is a copy of
#    the lock as committed (npm may rewrite the one it installs from).
if [[ ! -d $PEER_DIR/node_modules ]] || ! cmp -s "$HERE/package-lock.json" "$PEER_DIR/.installed-lock"; then
  say "installing ajv, ajv-formats, js-yaml into $PEER_DIR"
  mkdir -p "$PEER_DIR"
  cp "$HERE/package.json" "$HERE/package-lock.json" "$PEER_DIR/"
  (cd "$PEER_DIR" && npm install --no-audit --no-fund --no-update-notifier >&2)
  cp "$HERE/package-lock.json" "$PEER_DIR/.installed-lock"
fi
peer_versions=$(cd "$PEER_DIR" && node -p '["ajv","ajv-formats","js-yaml"].map(p => p + " " +
  require("./node_modules/" + p + "/package.json").version).join(", ")')

# podrun exits 1 when some document is invalid, which this corpus guarantees.
podrun_json() {  # podrun_json OUTFILE [extra validate flags]
  local out=$1 rc=0; shift
  "$PODRUN" validate -j "$BENCH_JOBS" -o json "$@" "$CORPUS" >"$out" || rc=$?
  ((rc <= 1)) || die "podrun validate -o json $* exited with $rc (see $out)"
}
json_summary() {  # prints "documents<TAB>invalid" from a podrun JSON file
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print("%d\t%d" % (s["documents"], s["invalid"]))' "$1"
}

# 3. Untimed runs: they warm the page cache and give the counts and verdicts.
say "podrun: untimed JSON runs (default target, then --target kubernetes)"
podrun_json "$WORK/podrun-default.json"
podrun_json "$WORK/podrun-kubernetes.json" --target kubernetes
IFS=$'\t' read -r podrun_docs podrun_invalid < <(json_summary "$WORK/podrun-default.json")
((podrun_docs == expected_docs)) || say "WARNING: podrun saw $podrun_docs documents, EXPECTED.tsv has $expected_docs"
python3 "$HERE/compare.py" "$CORPUS/EXPECTED.tsv" "$WORK/podrun-kubernetes.json" \
  "podrun --target kubernetes" >"$WORK/agreement.md"
cat "$WORK/agreement.md"

# 4. Timed runs, interleaved so drift (thermal, noisy neighbours) hits both
#    tools alike. podrun's timed runs use the default text output to /dev/null,
#    so JSON encoding is not part of what is timed.
: >"$WORK/runs.tsv"
for ((i = 1; i <= BENCH_RUNS; i++)); do
  say "timed run $i/$BENCH_RUNS"
  # Plain assignments, so set -e stops on a failed run (measure.py exits 2).
  r=$(python3 "$HERE/measure.py" --ok 0,1 -- "$PODRUN" validate -j "$BENCH_JOBS" "$CORPUS")
  printf 'podrun\t%d\t%s\n' "$i" "$r" >>"$WORK/runs.tsv"
  r=$(PEER_DIR=$PEER_DIR python3 "$HERE/measure.py" --stdout "$WORK/peer.out" -- \
    node "$HERE/peer.js" "$SCHEMAS" "$CORPUS")
  printf 'ajv+js-yaml\t%d\t%s\n' "$i" "$r" >>"$WORK/runs.tsv"
done

# Peer's last line: "N documents: V valid, I invalid".
read -r peer_docs peer_invalid < <(sed -nE '$s/^([0-9]+) documents: [0-9]+ valid, ([0-9]+) invalid$/\1 \2/p' "$WORK/peer.out")
[[ -n ${peer_invalid:-} ]] || die "unexpected peer output: $(tail -1 "$WORK/peer.out")"
((peer_invalid == schema_detectable)) ||
  say "WARNING: peer found $peer_invalid invalid, EXPECTED.tsv says $schema_detectable are schema-detectable"

# 5. Report.
printf 'podrun\t%s\t%s\t%s\n' "$podrun_docs" "$podrun_invalid" "-j $BENCH_JOBS" >"$WORK/counts.tsv"
printf 'ajv+js-yaml\t%s\t%s\t%s\n' "$peer_docs" "$peer_invalid" "1 process" >>"$WORK/counts.tsv"
reproduce="bench/validate/run.sh"   # with any non-default knobs in front
((BENCH_JOBS == $(nproc))) || reproduce="BENCH_JOBS=$BENCH_JOBS $reproduce"
((BENCH_RUNS == 5)) || reproduce="BENCH_RUNS=$BENCH_RUNS $reproduce"
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "uncommitted")
{
  echo "## podrun validate benchmark ($expected_docs documents, $(date -u +%F))"
  echo
  cat "$WORK/agreement.md"
  echo "### Throughput"
  echo
  python3 "$HERE/report.py" "$WORK/runs.tsv" "$WORK/counts.tsv" "$reproduce"
  echo "Project commit $commit. Peer: node $(node --version), $peer_versions. podrun: default target, text output to /dev/null."
} >"$WORK/result.md"
sed -n '/^### Throughput/,$p' "$WORK/result.md"   # the verdict check was printed above
say "wrote $WORK/result.md"
