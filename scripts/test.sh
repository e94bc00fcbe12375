#!/usr/bin/env bash
# Set up, build (warnings as errors), run every test headless and make the .deb (checked by
# lintian); then the same tests under AddressSanitizer and UndefinedBehaviorSanitizer, and each
# fuzz target for half a minute.
# CADENCE_QUICK=1 runs the first part only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CADENCE_WERROR=ON
source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
# The .deb of this build, and lintian on it (scripts/deb.sh).
bash "$ROOT/scripts/deb.sh"
if [ -z "${CADENCE_QUICK:-}" ]; then
  bash "$ROOT/scripts/sanitize.sh"
  bash "$ROOT/scripts/fuzz.sh" 30
fi
