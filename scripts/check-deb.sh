#!/usr/bin/env bash
# The .deb check (CI, as root): builds two packages from the bundle (the version and a bumped
# one), installs the first, fills a data folder and starts the desk, upgrades in place to the
# second and checks the data survived, removes the package and checks the data is still there.
# Each run uses a throw-away HOME, so the real user's data folder is never touched.
# Usage: scripts/check-deb.sh BUNDLE_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
step() { echo "== deb check: $* ($(date +%T))"; }
[ "$(id -u)" = 0 ] || { echo "check-deb.sh installs packages: run it as root (CI does)" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' ssw-desk 2>/dev/null | grep -q 'ok installed'; }
if installed; then
  echo "ssw-desk is already installed here; not touching it" >&2; exit 1
fi
BASE=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
V1="$BASE-1" V2="$BASE-2"
step "build ssw-desk $V1 and $V2"
START=$(date +%s)
DEB1=$(bash packaging/deb/build-deb.sh "$BUNDLE" "$V1" "$WORK/deb")
DEB2=$(bash packaging/deb/build-deb.sh "$BUNDLE" "$V2" "$WORK/deb")
echo "built in $(( $(date +%s) - START )) s; $(du -m "$DEB1" | cut -f1) MB each"

export HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
unset SSW_DESK_DATA_DIR SSW_DESK_DB XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME
mkdir -p "$HOME"
DATA="$HOME/.local/share/ssw-desk"
count() { ssw-desk requests list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["requests"]))'; }

step "install $V1"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$DEB1" | awk '/^(Get:|Setting up|Unpacking)/ { print "  " $0 }'
[ "$(command -v ssw-desk)" = /usr/bin/ssw-desk ]
test -f /usr/share/applications/ssw-desk.desktop
ssw-desk demo --no-gui --count 10
ssw-desk --smoke-test
BEFORE=$(count)
KEY=$(sha256sum "$DATA/desk.key" | cut -d' ' -f1)

step "upgrade in place to $V2"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$DEB2" | awk '/^(Setting up|Unpacking)/ { print "  " $0 }'
[ "$(dpkg-query -W -f='${Version}' ssw-desk)" = "$V2" ]
[ "$(cat /opt/ssw-desk/VERSION)" = "$V2" ]
ssw-desk --smoke-test
[ "$(count)" = "$BEFORE" ] || { echo "requests lost in the upgrade" >&2; exit 1; }
[ "$(sha256sum "$DATA/desk.key" | cut -d' ' -f1)" = "$KEY" ] || { echo "key changed" >&2; exit 1; }
echo "data kept: $BEFORE requests, same desk key"

step "remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y ssw-desk | awk '/^Removing/ { print "  " $0 }'
if installed; then echo "still installed after removal" >&2; exit 1; fi
test ! -e /opt/ssw-desk && test ! -e /usr/bin/ssw-desk
test -f "$DATA/ssw_desk.sqlite3" && test -f "$DATA/desk.key"
echo "removed; the data folder stays"
dpkg --purge ssw-desk >/dev/null 2>&1  # nothing of the package left on the machine
step "passed"
