#!/usr/bin/env bash
# Builds the frozen one-folder bundle (build.spec) with the PyInstaller of PYTHON's environment:
# translations compiled first, then pyinstaller; prints the build time and the unpacked size.
# Usage: scripts/build-bundle.sh [PYTHON]   -> $SSW_DESK_DIST/ssw-desk (default build-out/dist)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
DIST=${SSW_DESK_DIST:-build-out/dist}
WORK=${SSW_DESK_WORK:-build-out/work}
echo "== bundle: compile translations ($(date +%T))"
bash scripts/compile-translations.sh "$PY"
"$PY" -c 'import PyInstaller' 2>/dev/null || {
  echo "== bundle: install pyinstaller"
  "$PY" -m pip install --disable-pip-version-check --progress-bar off 'pyinstaller>=6' 2>&1 \
    | awk '/^(Collecting|Installing|Successfully|ERROR)/ { print "  " $0; fflush() }'
}
echo "== bundle: pyinstaller build.spec (a few minutes on 2 cores) ($(date +%T))"
START=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" build.spec
# Symbol tables of the libraries (libpython of a self-built interpreter keeps its debug symbols:
# 23 -> 6 MB): stripped where the stripped copy still loads (scripts/strip_bundle.py checks the
# program headers; patchelf-edited wheel libraries such as numpy's OpenBLAS are left alone).
if command -v strip >/dev/null; then
  "$PY" scripts/strip_bundle.py "$DIST/ssw-desk"
fi
# Byte-compiled duplicates of the modules in the PYZ archive (cv2's loader .py files stay).
find "$DIST/ssw-desk" -name __pycache__ -type d -prune -exec rm -rf {} +
echo "== bundle: built in $(( $(date +%s) - START )) s; unpacked size $(du -sm "$DIST/ssw-desk" | cut -f1) MB ($(date +%T))"
