#!/usr/bin/env bash
# Compiles the NSIS script with Debian's makensis against a small stand-in of the Windows bundle
# layout (ssw-desk.exe, _internal\, the licence notices): checks the script's syntax, includes
# and pages here; the real Windows installer is built by .github/workflows/windows.yml.
# Usage: packaging/windows/check-nsis.sh [OUT_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mkdir -p "${1:-$HERE/../../build-out}" && cd "${1:-$HERE/../../build-out}" && pwd)
FAKE=$(mktemp -d)
trap 'rm -rf "$FAKE"' EXIT
mkdir -p "$FAKE/ssw-desk/_internal/licences"
printf 'MZ stand-in, not a program\n' > "$FAKE/ssw-desk/ssw-desk.exe"
printf '# Third-party software in SSW Desk (stand-in)\n' \
  > "$FAKE/ssw-desk/_internal/licences/THIRD-PARTY.md"
makensis -V2 -WX -DVERSION=0.1.0 -DBUNDLE_DIR="$FAKE/ssw-desk" \
  -DOUTFILE="$OUT/SSWDesk-check-setup.exe" "$HERE/ssw-desk.nsi"
test -s "$OUT/SSWDesk-check-setup.exe"
echo "NSIS script compiles: $OUT/SSWDesk-check-setup.exe ($(du -k "$OUT/SSWDesk-check-setup.exe" | cut -f1) kB)"
