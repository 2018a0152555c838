#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz, clang, PODRUN_FUZZ=ON) and runs one of them on one
# core for SECONDS (default 600), with ASan and UBSan, starting from its checked-in corpus and
# kept crashers (docs/reliability.md, "Fuzzing"). New inputs go to WORK/corpus/TARGET, crashers
# to WORK/artifacts/TARGET/ (WORK: $PODRUN_FUZZ_WORK, default /tmp/podrun-fuzz-work); keep a
# crasher as tests/fuzz/regressions/TARGET/NAME once it is fixed, and ctest replays it.
#
#   scripts/fuzz.sh loader 600
#   scripts/fuzz.sh list            # the targets
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS] (scripts/fuzz.sh list)}
seconds=${2:-600}
build=${PODRUN_FUZZ_BUILD:-build-fuzz}
work=${PODRUN_FUZZ_WORK:-/tmp/podrun-fuzz-work}
targets=$(sed -n 's/^set(PODRUN_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt)
if [ "$target" = list ]; then echo "$targets" | tr ' ' '\n'; exit 0; fi
[[ " $targets " == *" $target "* ]] || { echo "fuzz.sh: no target $target (one of: $targets)" >&2; exit 2; }

# clang and libFuzzer, from Debian, when missing (not needed by CI, which only replays).
if ! command -v clang++-14 >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "fuzz.sh: install clang-14 and libfuzzer-14-dev (as root)" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libfuzzer-14-dev >/dev/null
fi
[ -f "$build/CMakeCache.txt" ] || CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DPODRUN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# One core for the build and one for the fuzzer: the machine is shared.
flock /tmp/podrun-cpu.lock cmake --build "$build" -j1 --target "fuzz_$target"

mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
dirs=("$work/corpus/$target" "tests/fuzz/corpus/$target")
[ -d "tests/fuzz/regressions/$target" ] && dirs+=("tests/fuzz/regressions/$target")
exec flock /tmp/podrun-fuzz.lock nice -n 10 "$build/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" "${dirs[@]}"
