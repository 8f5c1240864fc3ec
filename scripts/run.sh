#!/usr/bin/env bash
# Builds Plugin Studio and starts it on its embedded default workspace (Debian 12).
#   scripts/run.sh [plugin-studio arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --parallel "$(nproc)" --target plugin-studio plugin-studio-cli
exec "$BUILD/bin/plugin-studio" "$@"
