#!/usr/bin/env bash
# Builds Plugin Studio and runs every test. Installs what it needs first (Debian 12 and 13).
#   scripts/test.sh [--asan] [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

BUILD=${BUILD_DIR:-build}
EXTRA=(-DSTUDIO_WERROR=ON)
if [ "${1:-}" = "--asan" ]; then
  shift
  BUILD=${BUILD_DIR:-build-asan}
  EXTRA+=(-DSTUDIO_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DSTUDIO_BUILD_BENCH=OFF)
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  EXTRA+=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
cmake -S . -B "$BUILD" -G Ninja "${EXTRA[@]}"
cmake --build "$BUILD" --parallel "$(nproc)"
cd "$BUILD"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"

