#!/usr/bin/env bash
# Fails when a C++ file of src/, tests/ or bench/ strays from .clang-format (the line, and how
# to fix it: `make format`). The pause holder (plain C, built by musl-gcc) is left as written.
#
# usage: scripts/check-format.sh [--fix]
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed (scripts/setup-deps.sh)"; exit 2; }
mapfile -t files < <(find src tests bench -name '*.cc' -o -name '*.h' | sort)
if [[ ${1:-} == --fix ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
# One run over every file (fast); the file-by-file report only when something strays.
clang-format --dry-run -Werror "${files[@]}" >/dev/null 2>&1 && { echo "${#files[@]} files follow .clang-format"; exit 0; }
bad=0
for f in "${files[@]}"; do
  if ! clang-format --dry-run -Werror "$f" 2>/dev/null; then
    clang-format --dry-run "$f" 2>&1 | grep -m1 'warning:' | sed 's/ \[-Wclang-format-violations\]//'
    bad=$((bad + 1))
  fi
done
if ((bad)); then
  echo "$bad file(s) differ from .clang-format: make format"
  exit 1
fi
echo "${#files[@]} files follow .clang-format"
