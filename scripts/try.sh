#!/usr/bin/env bash
# Set up, build, and open Cadence on a sample workspace (made once, then reused).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"

CADENCE="$BUILD_DIR/app/cadence"
SAMPLE="$BUILD_DIR/sample.cadence"
[ -f "$SAMPLE" ] || "$CADENCE" sample "$SAMPLE"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$CADENCE" --workspace "$SAMPLE"
fi
# No display here: show what the window looks like instead.
SHOTS="$BUILD_DIR/screenshots"
mkdir -p "$SHOTS"
for pane in $("$CADENCE" --workspace "$SAMPLE" screenshot --list-panes); do
  "$CADENCE" --workspace "$SAMPLE" screenshot --pane "$pane" --out "$SHOTS/$pane.png" >/dev/null
done
echo "No display found, so Cadence rendered its panes to $SHOTS/ instead."
echo "On a desktop, the same command opens the window on $SAMPLE."
