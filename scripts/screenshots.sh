#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/) from a fresh sample workspace,
# with "now" pinned so that they are reproducible. Run after a build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CADENCE="${CADENCE:-$ROOT/build/app/cadence}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" CADENCE_NOW=2026-11-16
"$CADENCE" sample "$WORK/sample.cadence" >/dev/null
mkdir -p "$ROOT/docs/screenshots"
for pane in $("$CADENCE" -w "$WORK/sample.cadence" screenshot --list-panes); do
  "$CADENCE" -w "$WORK/sample.cadence" screenshot --pane "$pane" --size 1280x800 \
    --out "$ROOT/docs/screenshots/$pane.png"
done
