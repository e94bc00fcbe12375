#!/usr/bin/env bash
# Runs each fuzz target (tests/fuzz/) for SECONDS (default 30; CI runs 30, run it longer by
# hand: `bash scripts/fuzz.sh 1800`), from the seeds in tests/data and every input that ever
# crashed it. A crash, leak or sanitizer report fails the run and leaves the input in
# build-sanitize/fuzz-crashes/: add it to tests/fuzz/regressions/TARGET/ (ctest replays those
# in every build), then fix it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-30}"
export BUILD_DIR="${SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
export CADENCE_SANITIZE=ON
source "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/sanitizer-options.sh"

declare -A SEEDS=([icalendar]=ics [csv]=csv [markdown]=markdown [workspace]=workspaces)
CRASHES="$BUILD_DIR/fuzz-crashes"
mkdir -p "$CRASHES"

# One target for SECONDS_EACH; its status in $CRASHES/TARGET.status.
fuzz_one() {
  local target="$1" corpus status=0
  corpus="$(mktemp -d)" # what this run finds: thrown away, the seeds stay as they are
  local inputs=("$ROOT/tests/data/${SEEDS[$target]}")
  [ -d "$ROOT/tests/fuzz/regressions/$target" ] && inputs+=("$ROOT/tests/fuzz/regressions/$target")
  "$BUILD_DIR/tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$CRASHES/$target-" "$corpus" "${inputs[@]}" 2>"$CRASHES/$target.log" ||
    status=$?
  rm -rf "$corpus"
  echo "$status" >"$CRASHES/$target.status"
}

# As many targets at once as there are cores: each is one process, and on the 2-core CI
# machine the four take a minute instead of two.
targets=(icalendar csv markdown workspace)
parallel="$(nproc)"
for ((i = 0; i < ${#targets[@]}; i += parallel)); do
  for target in "${targets[@]:i:parallel}"; do
    echo "fuzz_$target: ${SECONDS_EACH}s"
    fuzz_one "$target" &
  done
  wait
done

failed=()
for target in "${targets[@]}"; do
  if [ "$(cat "$CRASHES/$target.status")" != 0 ]; then
    echo "fuzz_$target:"
    tail -n 60 "$CRASHES/$target.log"
    failed+=("$target")
  else
    echo "fuzz_$target: $(grep -E '^(stat::number_of_executed_units|Done)' "$CRASHES/$target.log" | tr '\n' ' ')"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found inputs that break: ${failed[*]} (see $CRASHES; add each to" \
    "tests/fuzz/regressions/TARGET/ and fix it)" >&2
  exit 1
fi
