#!/usr/bin/env bash
# Regenerates the screenshots (docs/screenshots/<pane>.png and <pane>-dark.png in the dark
# theme, one each per pane that `cadence screenshot --list-panes` lists, at 1280x800) from a
# fresh sample workspace (the Conflicts pane from two handbook workspaces merged after
# conflicting edits), with "now" pinned and the user's settings left alone, so that they are
# reproducible. CADENCE_LANGUAGE=pseudo renders them in the pseudo-translation (to check for
# cut-off labels; not for committing).
# Run after a build; CADENCE=path/to/cadence picks another build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CADENCE="${CADENCE:-$ROOT/build/app/cadence}"
if [[ ! -x "$CADENCE" ]]; then
  echo "screenshots.sh: $CADENCE is not built yet (or set CADENCE=…)" >&2
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A home of its own, so that the status line shows ~/Documents/team.cadence, not a temp path.
export HOME="$WORK" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/run"
export CADENCE_NOW=2026-11-16 QT_QPA_PLATFORM=offscreen
# In the language of the sources, whatever the machine's (dates as Qt's C locale writes them).
export CADENCE_LANGUAGE="${CADENCE_LANGUAGE:-C}"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$WORK/Documents"
SAMPLE="$WORK/Documents/team.cadence"
"$CADENCE" sample "$SAMPLE" >/dev/null
OUT="${OUT:-$ROOT/docs/screenshots}"
mkdir -p "$OUT"
# Conflicts: two teammates' workspaces made from the handbook move the same goals each their own
# way (Bob a few minutes later, so his values win), and Ana merges Bob's export: her values are
# kept as conflicts.
CONFLICTS="$WORK/Documents/ana.cadence"
BOB="$WORK/bob.cadence"
"$CADENCE" init "$CONFLICTS" >/dev/null
"$CADENCE" init "$BOB" >/dev/null
"$CADENCE" -w "$CONFLICTS" goals export-md --quarter 2025-Q1 --out "$WORK/goals.md" >/dev/null
# The first goals' status and the second's description, changed on both sides.
edit_goals() { # STATUS DESCRIPTION OUT
  awk -v status="$1" -v text="$2" '
    /^- Status: / && statuses < 2 { print "- Status: " status; statuses++; next }
    /^Goal 2: / { print; print "- Description:"; print "  " text; next }
    { print }' "$WORK/goals.md" >"$3"
}
edit_goals "at risk" "Blocked on the hiring budget." "$WORK/ana.md"
edit_goals "done" "Two candidates in the last round." "$WORK/bob.md"
CADENCE_NOW=2026-11-16T09:00:00Z "$CADENCE" -w "$CONFLICTS" goals import-md "$WORK/ana.md" >/dev/null
CADENCE_NOW=2026-11-16T09:05:00Z "$CADENCE" -w "$BOB" goals import-md "$WORK/bob.md" >/dev/null
"$CADENCE" -w "$BOB" export "$WORK/bob-export.cadence" >/dev/null
CADENCE_NOW=2026-11-16T09:10:00Z "$CADENCE" -w "$CONFLICTS" merge "$WORK/bob-export.cadence" >/dev/null
panes="$("$CADENCE" -w "$SAMPLE" screenshot --list-panes)"
if [[ -z "$panes" ]]; then
  echo "screenshots.sh: cadence lists no panes" >&2
  exit 1
fi
for pane in $panes; do
  # This week is one PM's week: the handbook's Annika, as a user who told Cadence who they are.
  whose=()
  [[ "$pane" == week ]] && whose=(--pm "Annika Schmid")
  workspace="$SAMPLE"
  [[ "$pane" == conflicts ]] && workspace="$CONFLICTS"
  "$CADENCE" -w "$workspace" screenshot --pane "$pane" --size 1280x800 "${whose[@]}" \
    --theme light --out "$OUT/$pane.png"
  "$CADENCE" -w "$workspace" screenshot --pane "$pane" --size 1280x800 "${whose[@]}" \
    --theme dark --out "$OUT/$pane-dark.png"
done
