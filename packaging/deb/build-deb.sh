#!/usr/bin/env bash
# Builds the Debian package from the frozen bundle: the bundle under /opt/ssw-desk, a wrapper
# /usr/bin/ssw-desk, a menu entry (.desktop) and an icon. The desk's data (database, key, logs)
# lives in each user's own folders (platformdirs), never under /opt: upgrades and removal leave
# it alone. Usage: packaging/deb/build-deb.sh BUNDLE_DIR VERSION OUT_DIR  -> prints the .deb path
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=$(cd "$1" && pwd)
VERSION=$2
OUT=$(mkdir -p "$3" && cd "$3" && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/ssw-desk"
cp -a "$BUNDLE" "$STAGE/opt/ssw-desk"
echo "$VERSION" > "$STAGE/opt/ssw-desk/VERSION"
cat > "$STAGE/usr/bin/ssw-desk" <<'SH'
#!/bin/sh
# SSW Desk (Debian package): the frozen desk in /opt/ssw-desk.
exec /opt/ssw-desk/ssw-desk "$@"
SH
chmod 755 "$STAGE/usr/bin/ssw-desk"
install -m 644 "$HERE/ssw-desk.desktop" "$STAGE/usr/share/applications/ssw-desk.desktop"
install -m 644 "$ROOT/resources/ssw-desk.svg" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/ssw-desk.svg"
cat > "$STAGE/usr/share/doc/ssw-desk/copyright" <<'TXT'
SSW Desk bundles third-party software; their licence notices (Qt/PySide6 LGPL-3.0 with how to
relink, the IPAex font licence, the YuNet face detector's licence, every Python package's
licence) are in /opt/ssw-desk/_internal/licences/ (THIRD-PARTY.md lists them).
TXT
SIZE_KB=$(du -sk "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE_KB/" "$HERE/control.in" > "$STAGE/DEBIAN/control"
install -m 755 "$HERE/postrm" "$STAGE/DEBIAN/postrm"
DEB="$OUT/ssw-desk_${VERSION}_amd64.deb"
# gzip -6 (173 MB from 452 MB); xz would save more but takes minutes more on two cores
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
