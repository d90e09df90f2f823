"""Fixtures of the mailbox tests: a real Dovecot, a real aiosmtpd, a desk set up to use them."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from ssw_desk.config import Actor
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import set_mailbox
from tests.mailbox.servers import PASSWORD, USER, Dovecot, free_ports, make_cert, need_dovecot

SMTP_USER = "desk-smtp"
SMTP_PASSWORD = "smtp-test-password"
FROM = "secretariat@desk.example"


@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[Dovecot]:
    need_dovecot()
    server = Dovecot(tmp_path / "dovecot")
    server.configure()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Handler:
    """Keeps what the SMTP server accepted; ``on_data`` runs before the answer (tests)."""

    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    on_data: Any = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content or envelope.content)
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), raw))
        if self.on_data is not None:
            self.on_data(raw)
        return "250 2.0.0 Ok: queued as TEST"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        SMTP_USER.encode(),
        SMTP_PASSWORD.encode(),
    )
    return AuthResult(success=ok)


@dataclass
class Smtp:
    """A real SMTP submission server (aiosmtpd) with STARTTLS and AUTH on 127.0.0.1."""

    port: int
    cert: Path
    key: Path
    handler: Handler = field(default_factory=Handler)
    controller: Controller | None = None

    def start(self) -> None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert), str(self.key))
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=ctx,
            require_starttls=True,
            authenticator=_authenticator,
            auth_require_tls=True,
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[Smtp]:
    folder = tmp_path / "smtp"
    folder.mkdir()
    cert, key = make_cert(folder)
    server = Smtp(free_ports(1)[0], cert, key)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSW_DESK_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("SSW_DESK_SMTP_PASSWORD", SMTP_PASSWORD)


def configure(desk: Desk, dovecot: Dovecot, smtp_server: Smtp | None, **extra: Any) -> None:
    """Points the desk at the test servers, trusting the test certificates."""
    bundle = dovecot.folder / "trusted.pem"
    pems = [dovecot.cert.read_bytes()]
    if smtp_server is not None:
        pems.append(smtp_server.cert.read_bytes())
    bundle.write_bytes(b"".join(pems))
    settings: dict[str, Any] = {
        "imap": f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}",
        "from_addr": FROM,
        "ca_file": str(bundle),
        "done_folder": "Done",
    }
    if smtp_server is not None:
        settings["smtp"] = f"smtp+starttls://{SMTP_USER}@127.0.0.1:{smtp_server.port}"
    settings.update(extra)
    set_mailbox(desk, **settings)


@pytest.fixture
def mail_desk(db_url: str, dovecot: Dovecot, smtp: Smtp, passwords: None) -> Iterator[Desk]:
    d = Desk.open(db_url, actor=Actor("clerk-test", "ws-1"))
    configure(d, dovecot, smtp)
    try:
        yield d
    finally:
        d.close()
