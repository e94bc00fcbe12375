#!/usr/bin/env bash
# Installs what Cadence needs on Debian 12 (only what is missing), then configures and builds.
# Sourced by try.sh, test.sh, sanitize.sh and fuzz.sh; BUILD_DIR, CADENCE_WERROR and
# CADENCE_SANITIZE (a clang build with ASan, UBSan and libFuzzer) may be set by the caller.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev
  libical-dev libsqlite3-dev librapidcheck-dev
  xvfb xauth fonts-dejavu-core
  gnuplot-nox sqlite3 clang-format
  git syncthing
  clang libclang-rt-14-dev llvm-14 lld
  librsvg2-bin desktop-file-utils appstream shared-mime-info libglib2.0-bin file man-db
  dpkg-dev lintian
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Warnings as errors only when the caller says so (test.sh does); otherwise the build keeps
# what it was configured with, so that try.sh after test.sh does not rebuild everything.
options=(-DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}")
[ -n "${CADENCE_WERROR:-}" ] && options+=(-DCADENCE_WERROR="$CADENCE_WERROR")
if [ -n "${CADENCE_SANITIZE:-}" ]; then
  # Its own optimisation (see CMakeLists.txt), no benchmarks; warnings are the main build's
  # business (clang's differ from gcc's).
  options=(-DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ -DCADENCE_SANITIZE=ON
    -DCADENCE_FUZZ=ON -DCADENCE_BUILD_BENCHMARKS=OFF -DCADENCE_WERROR=OFF)
fi
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja "${options[@]}" >/dev/null
cmake --build "$BUILD_DIR"
