# Mail servers for the mailbox tests (tests/mailbox) and bench/mail_fetch.py.
#   install_mailservers   installs Dovecot's IMAP server (Debian: dovecot-imapd) and, for the
#                         key store test, GNOME Keyring's Secret Service with a D-Bus session
#                         bus (gnome-keyring, dbus; test tools only, never shipped).
# The tests start each Dovecot themselves, on 127.0.0.1 with its own configuration, user and
# self-signed certificate in a temporary folder (tests/mailbox/servers.py), so they can stop and
# kill it mid-fetch; the SMTP server is aiosmtpd (a Python test dependency), also started by
# the tests. Under CI=true a test that needs Dovecot fails when it is missing.

install_mailservers() {
  command -v apt-get >/dev/null 2>&1 || return 0
  [ -x /usr/sbin/dovecot ] && command -v gnome-keyring-daemon >/dev/null \
    && command -v dbus-run-session >/dev/null && return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing system packages: dovecot-imapd gnome-keyring dbus" >&2
  $sudo apt-get update -qq
  # (Without systemd the package's own service does not start; the tests never use it.)
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq dovecot-imapd gnome-keyring dbus >/dev/null
  /usr/sbin/dovecot --version >&2
}
