#!/usr/bin/env bash
# The plain-install check (CI): builds a wheel, installs it into a fresh virtual environment
# WITHOUT extras (what an installer or packager gets) and runs the desk from there, outside the
# source tree: demo data, the GUI smoke test, check-photo, issuing and verifying a report.
# Usage: scripts/check-plain-install.sh [PYTHON]   (the build tools come from PYTHON's venv)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${1:-.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
source scripts/system-packages.sh  # pip_progress
step() { echo "== plain install: $* ($(date +%T))"; }

step "compile translations"
bash scripts/compile-translations.sh "$PY"
step "build the wheel"
"$PY" -m pip wheel --no-deps --disable-pip-version-check -w "$WORK/dist" . 2>&1 | pip_progress
WHEEL=$(ls "$WORK"/dist/ssw_desk-*.whl)
"$PY" - "$WHEEL" <<'PYEOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
wanted = ["ssw_desk/resources/fonts/ipaexg.ttf", "ssw_desk/resources/demo/face.jpg",
          "ssw_desk/resources/i18n/ssw_desk_ja.qm", "ssw_desk/storage/migrations/env.py"]
missing = [w for w in wanted if w not in names]
sys.exit(f"the wheel lacks {missing}" if missing else 0)
PYEOF
step "fresh venv, install $(basename "$WHEEL") without extras"
"${BASE_PYTHON:-python3}" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --disable-pip-version-check --progress-bar off "$WHEEL" 2>&1 \
  | pip_progress
# nothing from the test extras may have come in
if "$WORK/venv/bin/python" -c 'import pytest' 2>/dev/null; then
  echo "pytest is installed in the plain venv" >&2; exit 1
fi

cd "$WORK"   # away from the source tree: only the installed package can be imported
export SSW_DESK_DATA_DIR="$WORK/data" QT_QPA_PLATFORM=offscreen
DESK="$WORK/venv/bin/ssw-desk"
step "ssw-desk demo --no-gui"
"$DESK" demo --no-gui --count 12
step "ssw-desk --smoke-test"
"$DESK" --smoke-test
step "ssw-desk check-photo"
"$DESK" check-photo "$ROOT/ssw_desk/resources/demo/face.jpg" >/dev/null
step "ssw-desk issuer-key create / register"
# issuing needs this user's issuer key, registered by an admin (the passphrase is given to this
# one unattended process, as docs/report-trust.md describes)
export SSW_DESK_ISSUER_PASSPHRASE="plain-install-check"
"$DESK" issuer-key create --cert-out "$WORK/issuer.pem"
"$DESK" issuer-key register "$WORK/issuer.pem"
step "ssw-desk report issue / verify"
ID=$("$WORK/venv/bin/python" "$ROOT/scripts/approve_for_report.py")
"$DESK" report issue "$ID" --out "$WORK/report.pdf"
"$DESK" report verify "$WORK/report.pdf"
step "passed"
