#!/usr/bin/env bash
# The C++ lines changed since a base commit, checked against .clang-format with clang-format-14.
#   scripts/format.sh [--fix] [BASE]
# BASE defaults to the commit in .ci/format-base (from there on every changed line is formatted).
# Only the changed lines count, so old code is reformatted when it is touched, never all at once.
# --fix formats those lines in the working tree instead of failing. Exit 1 when lines need
# formatting (the diff is printed); 0 with a note when clang-format-14 (Debian 12) or the base
# commit is not there, since other clang-format versions format some constructs differently.
set -euo pipefail
cd "$(dirname "$0")/.."
FIX=0
if [ "${1:-}" = "--fix" ]; then FIX=1; shift; fi
BASE=${1:-$(cat .ci/format-base)}
DIFF=$(command -v clang-format-diff-14 || true)
if [ -z "$DIFF" ] || ! command -v clang-format-14 >/dev/null; then
  echo "format: clang-format-14 not installed (Debian 12: apt-get install clang-format-14); check skipped"
  exit 0
fi
if ! git rev-parse -q --verify "$BASE^{commit}" >/dev/null; then
  echo "format: base commit $BASE is not in this clone's history (shallow clone?); check skipped"
  exit 0
fi
changes=$(git diff -U0 --no-color --diff-filter=AM "$BASE" -- '*.cpp' '*.h')
if [ "$FIX" = 1 ]; then
  printf '%s\n' "$changes" | "$DIFF" -p1 -binary clang-format-14 -i
  echo "format: changed lines since ${BASE:0:12} formatted"
  exit 0
fi
out=$(printf '%s\n' "$changes" | "$DIFF" -p1 -binary clang-format-14)
if [ -n "$out" ]; then
  printf '%s\n' "$out"
  echo "format: the lines above (changed since ${BASE:0:12}) need formatting: run scripts/format.sh --fix" >&2
  exit 1
fi
echo "format: every C++ line changed since ${BASE:0:12} is formatted"
