#!/usr/bin/env bash
# Runs Cadence as installed into PREFIX (by the test install_into_prefix): the program, its
# charts module found from the installed location, the icons, the MIME type and the manual.
# Usage: installed.sh PREFIX BINDIR DATADIR MANDIR APP_ID VERSION SOURCE_DIR
set -euo pipefail
prefix="$1" bindir="$2" datadir="$3" mandir="$4" app_id="$5" version="$6" source="$7"
cadence="$prefix/$bindir/cadence"
share="$prefix/$datadir"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

fail() {
  echo "installed.sh: $*" >&2
  exit 1
}

[[ "$("$cadence" --version)" == "cadence $version" ]] || fail "'cadence --version' is not $version"

"$cadence" init "$work/team.cadence" >/dev/null
"$cadence" sample "$work/sample.cadence" >/dev/null
"$cadence" -w "$work/sample.cadence" screenshot --pane metrics --out "$work/metrics.png" \
  --size 900x600 2>"$work/screenshot.err"
[[ -s "$work/metrics.png" && ! -s "$work/screenshot.err" ]] ||
  fail "the metrics pane did not render: $(cat "$work/screenshot.err")"
# The pane says so on screen when it has no charts module; a chart drawn to a file fails.
"$cadence" -w "$work/sample.cadence" metrics chart --product Experiments --metric activation \
  --out "$work/chart.svg" || fail "the installed program drew no chart (charts module not found?)"
[[ -s "$work/chart.svg" ]] || fail "the chart it drew is empty"

for size in 16 22 24 32 48 64 128 256 512; do
  png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  file --brief "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size px PNG"
done
[[ -f "$share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "no scalable icon"

# The MIME type: by name, and by content alone (SQLite with Cadence's application id, not any
# SQLite file), as file managers find it.
mkdir -p "$work/share/mime/packages"
cp "$share/mime/packages/$app_id.xml" "$work/share/mime/packages/"
export XDG_DATA_DIRS="$work/share:/usr/share"
update-mime-database "$work/share/mime"
content_type() {
  gio info --attributes=standard::content-type "$1" |
    sed -n 's/^ *standard::content-type: //p'
}
cp "$work/team.cadence" "$work/workspace-without-extension"
sqlite3 "$work/plain-sqlite" 'CREATE TABLE t (x)'
[[ "$(content_type "$work/team.cadence")" == application/x-cadence-workspace ]] ||
  fail "team.cadence is $(content_type "$work/team.cadence")"
[[ "$(content_type "$work/workspace-without-extension")" == application/x-cadence-workspace ]] ||
  fail "a workspace without its extension is $(content_type "$work/workspace-without-extension")"
[[ "$(content_type "$work/plain-sqlite")" != application/x-cadence-workspace ]] ||
  fail "any SQLite file is taken for a workspace"

# The manual: without warnings, and with every command the program lists.
manual="$prefix/$mandir/man1/cadence.1.gz"
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$manual" >"$work/manual.txt" \
  2>"$work/manual.err"
[[ ! -s "$work/manual.err" ]] || fail "the manual has warnings: $(cat "$work/manual.err")"
grep -q 'cadence interviews export-ics' "$work/manual.txt" || fail "the manual lacks a command"

# The metainfo's screenshots are the README's.
for image in $(sed -n 's|.*<image>.*/docs/screenshots/\(.*\)</image>.*|\1|p' \
  "$share/metainfo/$app_id.metainfo.xml"); do
  [[ -f "$source/docs/screenshots/$image" ]] || fail "the metainfo shows $image, not in docs/screenshots"
done
echo "installed.sh: the installed Cadence runs, draws charts, and its files are in place"
