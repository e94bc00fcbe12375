#!/usr/bin/env bash
# Builds the Debian package from a build (build/ unless BUILD_DIR says otherwise) with CPack,
# its dependencies found by dpkg-shlibdeps, and checks it with lintian: any error fails.
# Install it with `sudo apt install ./build/cadence_*.deb`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
cd "$BUILD_DIR"
rm -f cadence_*.deb
if ! cpack -G DEB >cpack.log 2>&1; then
  cat cpack.log >&2
  exit 1
fi
package="$(echo cadence_*.deb)"
lintian --fail-on error "$package"
echo "deb.sh: $BUILD_DIR/$package"
