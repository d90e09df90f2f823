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
# libpython of a self-built interpreter (pyenv) keeps its debug symbols: 23 MB -> 6 MB. The
# wheels' own libraries are left alone (stripping auditwheel-repaired files breaks them).
if command -v strip >/dev/null; then
  find "$DIST/ssw-desk/_internal" -maxdepth 1 -type f -name 'libpython3*.so*' \
    -exec strip --strip-unneeded {} +
fi
echo "== bundle: built in $(( $(date +%s) - START )) s; unpacked size $(du -sm "$DIST/ssw-desk" | cut -f1) MB ($(date +%T))"
