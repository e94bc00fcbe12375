#!/usr/bin/env bash
# Builds Cadence with clang under AddressSanitizer and UndefinedBehaviorSanitizer (in
# build-sanitize/, with libFuzzer's coverage hooks, so that scripts/fuzz.sh uses the same
# build) and runs every test there: any sanitizer report fails its test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BUILD_DIR="${SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
export CADENCE_SANITIZE=ON
source "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/sanitizer-options.sh"
export QT_QPA_PLATFORM=offscreen
# The merge's random histories run some times slower under the sanitizers: fewer of them here
# (the plain run takes 10,000).
export CADENCE_MERGE_HISTORIES="${CADENCE_MERGE_HISTORIES:-60}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
