# Installs the Debian/Ubuntu packages the desk needs, when they are missing.
#   install_system_packages runtime   Qt's runtime libraries (to start the desk)
#   install_system_packages test      the above plus PostgreSQL, Xvfb and poppler (the checks)
# Does nothing on a system without apt-get (install the equivalents by hand there).

RUNTIME_PKGS="python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 fontconfig \
fonts-dejavu-core fonts-ipaexfont-gothic"
# qpdf: re-saved report test (issue 10); nsis: makensis checks the Windows installer
TEST_PKGS="postgresql xvfb poppler-utils qpdf nsis"
# the key-store tests: a private Secret Service (gnome-keyring) on a private D-Bus session
TEST_PKGS="$TEST_PKGS gnome-keyring dbus"

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local wanted="$RUNTIME_PKGS" missing
  [ "${1:-runtime}" = test ] && wanted="$wanted $TEST_PKGS"
  missing=$(for p in $wanted; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  [ -n "$missing" ] || return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing system packages (a few minutes on a fresh machine):" $missing >&2
  echo "  apt-get update" >&2
  $sudo apt-get update -qq
  # one line per package downloaded and set up, so a long install shows that it moves
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y $missing \
    | awk '/^(Get:|Setting up)/ { print "  " $0; fflush() }' >&2
}

# pip_progress: filter for `pip install` output, one line per package collected and the summary
# (pip's own progress bars are off; without -q pip would print hundreds of lines).
pip_progress() {
  awk '/^(Collecting|Installing|Successfully|ERROR)/ { print "  " $0; fflush() }'
}
