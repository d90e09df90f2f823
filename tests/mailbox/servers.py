"""Real mail servers on 127.0.0.1 for the mailbox tests: Dovecot (IMAP) and aiosmtpd (SMTP).

Dovecot is the Debian package ``dovecot-imapd`` (``.ci/mailservers.sh`` installs it); each
server runs from its own configuration in a temporary folder: a passwd-file with one test user,
Maildir storage, a self-signed certificate made here that the tests trust (``ca_file``), IMAP
with STARTTLS and IMAPS on ports of the ``SSW_TEST_MAIL_PORT_BASE`` range (default 14300).
When Dovecot is not installed the tests that need it are skipped with that reason, except under
``CI=true`` where that is a failure.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "desk"
PASSWORD = "desk-test-password"


def need_dovecot() -> None:
    if os.path.exists(DOVECOT):
        return
    reason = "Dovecot not installed (bash .ci/run installs dovecot-imapd: .ci/mailservers.sh)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def free_ports(count: int) -> list[int]:
    """Free TCP ports on 127.0.0.1 from the test range (``SSW_TEST_MAIL_PORT_BASE``)."""
    base = int(os.environ.get("SSW_TEST_MAIL_PORT_BASE", "14300"))
    found: list[int] = []
    for port in range(base, base + 100):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError("no free port in the mail test range")


def make_cert(folder: Path, name: str = "cert") -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost: (cert PEM, key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    unique = f"ssw-desk test {name} {os.urandom(4).hex()}"  # two test CAs never share a name
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, unique)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechs}
first_valid_uid = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
{oauth_passdb}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Done {{
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0666
  }}
}}
service auth {{
  unix_listener auth-client {{
    mode = 0666
  }}
  unix_listener auth-login {{
    mode = 0666
  }}
}}
service imap-login {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    """One private Dovecot; ``start``/``stop``/``kill`` it as the test needs."""

    folder: Path
    imap_port: int = 0
    imaps_port: int = 0
    cert: Path = field(default_factory=Path)
    proc: subprocess.Popen[bytes] | None = None

    def configure(self, *, introspection_url: str | None = None) -> None:
        """Writes the configuration; with ``introspection_url`` Dovecot also takes OAuth2
        bearer tokens (XOAUTH2, OAUTHBEARER), checked at that token introspection endpoint."""
        self.folder.mkdir(parents=True, exist_ok=True)
        oauth_passdb = oauth_mechs = ""
        if introspection_url:
            (self.folder / "oauth2.conf").write_text(
                "introspection_mode = post\n"
                f"introspection_url = {introspection_url}\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
                "force_introspection = yes\n"
            )
            oauth_passdb = f"passdb {{\n  driver = oauth2\n  args = {self.folder}/oauth2.conf\n}}"
            oauth_mechs = " xoauth2 oauthbearer"
        self.imap_port, self.imaps_port = free_ports(2)
        self.cert, key = make_cert(self.folder)
        (self.folder / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        root = os.getuid() == 0
        # As root, the mail is kept by Debian's unprivileged 'mail' user (Dovecot refuses uid 0).
        uid, gid = (pwd.getpwnam("mail")[2:4]) if root else (os.getuid(), os.getgid())
        internal = "dovecot" if root else os.environ.get("USER", "nobody")
        conf = CONFIG.format(
            dir=self.folder,
            cert=self.cert,
            key=key,
            internal=internal,
            internal_group="dovecot" if root else internal,
            login="dovenull" if root else internal,
            uid=uid,
            gid=gid,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port,
            oauth_passdb=oauth_passdb,
            oauth_mechs=oauth_mechs,
        )
        (self.folder / "dovecot.conf").write_text(conf)
        home = self.folder / "home"
        home.mkdir(exist_ok=True)
        if root:
            os.chown(home, uid, gid)
            # Dovecot's unprivileged processes must reach the configuration and the sockets.
            for p in (self.folder, *self.folder.parents):
                if p == Path("/"):
                    break
                p.chmod(p.stat().st_mode | 0o711)
            key.chmod(0o600)

    def start(self) -> None:
        conf = self.folder / "dovecot.conf"
        self.proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                self.stop()  # closes the pipe: a failed start leaks no open file
                raise RuntimeError(f"dovecot exited: {err}\n{self.log()}")
            try:
                with (
                    socket.create_connection(("127.0.0.1", self.imap_port), timeout=1),
                    self.client(),  # the authentication processes answer, too
                ):
                    return
            except (OSError, IMAPClientError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("dovecot did not start:\n" + self.log())

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        if self.proc is not None and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def kill(self) -> None:
        """Cuts every connection at once (the whole process group)."""
        if self.proc is not None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
            if self.proc.stderr:
                self.proc.stderr.close()
            self.proc = None

    def client(self) -> IMAPClient:
        ctx = ssl.create_default_context(cafile=str(self.cert))
        c = IMAPClient("127.0.0.1", port=self.imaps_port, ssl=True, ssl_context=ctx, timeout=10)
        c.login(USER, PASSWORD)
        return c

    def deliver(self, messages: list[bytes], folder: str = "INBOX") -> None:
        with self.client() as c:
            for raw in messages:
                c.append(folder, raw)

    def folder_uids(self, folder: str) -> list[int]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return list(c.search("ALL"))

    def folder_messages(self, folder: str) -> list[bytes]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [data[u][b"BODY[]"] for u in sorted(data)]
