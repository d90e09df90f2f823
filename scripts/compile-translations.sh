#!/usr/bin/env bash
# Compiles the interface translations (ssw_desk/resources/i18n/*.ts -> .qm next to them) with the
# pyside6-lrelease of the given Python environment, so that wheels and the frozen bundle ship
# them instead of compiling on demand. Usage: scripts/compile-translations.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-${PYTHON:-python3}}
LRELEASE=$(dirname "$PY")/pyside6-lrelease
[ -x "$LRELEASE" ] || LRELEASE=$(command -v pyside6-lrelease)
for ts in ssw_desk/resources/i18n/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
  echo "  compiled ${ts%.ts}.qm"
done
