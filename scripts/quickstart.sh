#!/usr/bin/env bash
# Quick-start command 1: install what is missing, build, and run the main job on the bundled
# example document.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${CITECHECK_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCITECHECK_BUILD_TESTS=OFF \
  -DCITECHECK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target citecheck all
"$build/bin/citecheck" parse examples/minusma-brief.txt
