#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, STUDIO_FUZZ=ON in build-fuzz/) and runs them.
#   scripts/fuzz.sh [TARGET|all] [SECONDS]     build, then run TARGET (default: all, one after the
#                                              other) for SECONDS each (default 60)
#   scripts/fuzz.sh --list                     the targets
#   scripts/fuzz.sh --ci [SECONDS]             what CI runs: every target for SECONDS (default 30)
# Options (before the target): --no-build, --build-dir DIR, --jobs N (parallel fuzz workers per
# target, default 1), --runs N (stop after N executions instead of a time), --merge (minimise the
# working corpus into fuzz/corpus/TARGET: new seeds to commit).
#
# Each target starts from its committed seeds (fuzz/corpus/TARGET, with fuzz/dict/TARGET.dict when
# present) and keeps what it finds in build-fuzz/fuzz-corpus/TARGET. A crash, leak, timeout or
# out-of-memory fails the run; the reproducer is saved in build-fuzz/fuzz-artifacts/TARGET/ and its
# path is printed with the command that replays it. Statistics (executions, exec/s, coverage) go to
# build-fuzz/fuzz-logs/TARGET.log; the last line printed per target sums them up.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BUILD=build-fuzz
DO_BUILD=1
JOBS=1
RUNS=
MERGE=0
CI=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) DO_BUILD=0; shift ;;
    --build-dir) BUILD=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --merge) MERGE=1; shift ;;
    --ci) CI=1; shift ;;
    --list) ls fuzz/fuzz_*.cpp | sed 's#fuzz/fuzz_##; s#\.cpp$##'; exit 0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ "$CI" = 1 ]; then
  TARGET=all
  SECONDS_EACH=${1:-30}
else
  TARGET=${1:-all}
  SECONDS_EACH=${2:-60}
fi
case "$BUILD" in /*) ;; *) BUILD=$SRC/$BUILD ;; esac

if [ "$DO_BUILD" = 1 ]; then
  command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
  cmake -S . -B "$BUILD" -G Ninja -DSTUDIO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTUDIO_BUILD_TESTS=OFF -DSTUDIO_BUILD_GUI=OFF -DSTUDIO_BUILD_BENCH=OFF >/dev/null
  targets=()
  if [ "$TARGET" = all ]; then
    for f in fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
  else
    targets=("fuzz_$TARGET")
  fi
  cmake --build "$BUILD" --parallel "${STUDIO_FUZZ_BUILD_JOBS:-2}" --target "${targets[@]}"
fi

if [ "$TARGET" = all ]; then
  names=$(ls fuzz/fuzz_*.cpp | sed 's#fuzz/fuzz_##; s#\.cpp$##')
else
  names=$TARGET
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*=false'
status=0
for name in $names; do
  bin=$BUILD/fuzz/fuzz_$name
  [ -x "$bin" ] || { echo "fuzz.sh: $bin is not built (run without --no-build)" >&2; exit 2; }
  seeds=$SRC/fuzz/corpus/$name
  work=$BUILD/fuzz-corpus/$name
  artifacts=$BUILD/fuzz-artifacts/$name
  logs=$BUILD/fuzz-logs
  mkdir -p "$seeds" "$work" "$artifacts" "$logs"
  args=(-timeout=20 -rss_limit_mb=2560 -malloc_limit_mb=2048 -max_len=262144 -print_final_stats=1
        -artifact_prefix="$artifacts/")
  [ -f "$SRC/fuzz/dict/$name.dict" ] && args+=(-dict="$SRC/fuzz/dict/$name.dict")
  # Per-target libFuzzer flags (e.g. a smaller -max_len where each input may inflate to 200x).
  if [ -f "$SRC/fuzz/options/$name.options" ]; then
    while read -r opt; do [ -n "$opt" ] && args+=("$opt"); done < <(grep -v '^#' "$SRC/fuzz/options/$name.options")
  fi
  if [ -n "$RUNS" ]; then args+=(-runs="$RUNS"); else args+=(-max_total_time="$SECONDS_EACH"); fi
  if [ "$JOBS" -gt 1 ]; then args+=(-fork="$JOBS" -ignore_crashes=0); fi
  log=$logs/$name.log
  # Replays the committed seeds first (a known crash fails at once), then explores.
  set +e
  (cd "$BUILD" && "$bin" "${args[@]}" "$work" "$seeds") >"$log" 2>&1
  rc=$?
  set -e
  runs=$( (grep -o 'stat::number_of_executed_units: [0-9]*' "$log" || true) | awk '{s+=$2} END {print s+0}')
  speed=$( (grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" || true) | tail -1 | awk '{print $2+0}')
  cov=$( (grep -o 'cov: [0-9]* ft: [0-9]*' "$log" || true) | tail -1)
  if [ $rc -ne 0 ]; then
    status=1
    repro=$( (grep -o "Test unit written to [^ ]*" "$log" || true) | tail -1 | sed 's/Test unit written to //')
    echo "FAIL fuzz_$name (exit $rc) after $runs runs: reproducer ${repro:-in $artifacts}"
    grep -m1 -E "ERROR: |FUZZ_CHECK failed|runtime error|libFuzzer: " "$log" || true
    if [ -n "$repro" ]; then echo "  replay: $bin $repro"; fi
    echo "  log: $log"
  else
    echo "ok   fuzz_$name: $runs runs, $speed exec/s, $cov, corpus $(ls "$work" | wc -l) (+$(ls "$seeds" | wc -l) seeds)"
  fi
  if [ "$MERGE" = 1 ] && [ $rc -eq 0 ]; then
    # Adds to the committed seeds the units of the working corpus that bring new coverage.
    (cd "$BUILD" && "$bin" -merge=1 -timeout=20 -max_len=65536 "$seeds" "$work") >>"$log" 2>&1
    echo "     merged: fuzz/corpus/$name has $(ls "$seeds" | wc -l) seeds ($(du -sh "$seeds" | cut -f1))"
  fi
done
exit $status
