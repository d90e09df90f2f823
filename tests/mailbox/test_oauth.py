"""XOAUTH2 against Dovecot's OAuth2 authentication, with a local token endpoint.

The token endpoint (a real HTTP server on 127.0.0.1) implements the device-code grant, the
refresh grant and the token introspection Dovecot calls for every login. The refresh token is
kept through ``keyring``; here an in-memory backend of this process stands for the OS key store
(no Secret Service runs in CI).
"""

from __future__ import annotations

import base64
import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.smtp import AuthResult
from keyring.backend import KeyringBackend

from ssw_desk.config import Actor
from ssw_desk.errors import DeskError
from ssw_desk.mailbox import oauth
from ssw_desk.mailbox.fetch import fetch
from ssw_desk.mailbox.send import send_outbox
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import get_mailbox_settings, set_mailbox
from tests.mailbox.conftest import Handler, Smtp, configure
from tests.mailbox.servers import USER, Dovecot, free_ports, make_cert, need_dovecot
from tests.mailbox.test_send import _flag, _requests
from tests.services.mails import request_mail


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class Provider:
    """The OAuth2 provider's state: codes, tokens, what was asked."""

    def __init__(self) -> None:
        self.approved = False
        self.polls = 0
        self.active: set[str] = set()
        self.refresh: set[str] = set()
        self.issued = 0
        self.introspected: list[str] = []
        self.lock = threading.Lock()

    def new_tokens(self) -> dict[str, Any]:
        self.issued += 1
        access, refresh = f"access-{self.issued}", f"refresh-{self.issued}"
        self.active.add(access)
        self.refresh.add(refresh)
        return {"access_token": access, "refresh_token": refresh, "expires_in": 3600}


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            with provider.lock:
                if self.path == "/device":
                    self._reply(
                        200,
                        {
                            "device_code": "dev-1",
                            "user_code": "WDJB-MJHT",
                            "verification_uri": "http://127.0.0.1/verify",
                            "interval": 0,
                            "expires_in": 60,
                        },
                    )
                elif self.path == "/token" and form.get("grant_type") == oauth.DEVICE_GRANT:
                    provider.polls += 1
                    if not provider.approved:
                        self._reply(400, {"error": "authorization_pending"})
                    else:
                        self._reply(200, provider.new_tokens())
                elif self.path == "/token" and form.get("grant_type") == "refresh_token":
                    if form.get("refresh_token") in provider.refresh:
                        provider.refresh.discard(form["refresh_token"])  # rotated
                        self._reply(200, provider.new_tokens())
                    else:
                        self._reply(400, {"error": "invalid_grant"})
                elif self.path == "/introspect":
                    token = form.get("token", "")
                    provider.introspected.append(token)
                    if token in provider.active:
                        self._reply(200, {"active": True, "username": USER})
                    else:
                        self._reply(200, {"active": False})
                else:
                    self._reply(404, {"error": "not_found"})

    return Handler


@pytest.fixture
def provider() -> Iterator[tuple[Provider, str]]:
    state = Provider()
    server = ThreadingHTTPServer(("127.0.0.1", free_ports(1)[0]), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)
        oauth._access_cache.clear()


def test_xoauth2_device_flow_login_and_refresh(
    tmp_path: Path,
    db_url: str,
    provider: tuple[Provider, str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    need_dovecot()
    monkeypatch.delenv("SSW_DESK_IMAP_PASSWORD", raising=False)
    monkeypatch.delenv("SSW_DESK_OAUTH_REFRESH_TOKEN", raising=False)
    state, base = provider
    dovecot = Dovecot(tmp_path / "dovecot")
    dovecot.configure(introspection_url=f"{base}/introspect")
    dovecot.start()
    desk = Desk.open(db_url, actor=Actor("clerk-test", "ws-1"))
    try:
        configure(
            desk,
            dovecot,
            None,
            auth="xoauth2",
            oauth_device_url=f"{base}/device",
            oauth_token_url=f"{base}/token",
            oauth_client_id="ssw-desk-test",
            oauth_scope="imap smtp offline_access",
        )
        settings = get_mailbox_settings(desk)
        with pytest.raises(DeskError) as no_login:
            fetch(desk)
        assert no_login.value.code == "oauth.login_needed"

        device = oauth.start_device_flow(settings)
        assert device.user_code == "WDJB-MJHT"

        def approve_later(_seconds: float) -> None:
            state.approved = True  # the person approves in the browser meanwhile

        refresh = oauth.poll_device_flow(settings, device, sleep=approve_later)
        assert state.polls == 2
        assert memory_keyring.items == {("ssw-desk", f"oauth:{USER}@127.0.0.1"): refresh}

        dovecot.deliver([request_mail(message_id="oauth1@example.com")])
        assert fetch(desk).imported == 1
        assert state.introspected[-1] == "access-1"

        # The provider revokes the access token: the desk refreshes and logs in again.
        state.active.discard("access-1")
        dovecot.deliver([request_mail(message_id="oauth2@example.com", exam_number="M2301000124")])
        assert fetch(desk).imported == 1
        assert state.introspected[-1] == "access-2"
        assert memory_keyring.items[("ssw-desk", f"oauth:{USER}@127.0.0.1")] == "refresh-2"

        # A refresh token the provider no longer honours: a person must log in again.
        state.active.clear()
        state.refresh.clear()
        with pytest.raises(DeskError) as refused:
            fetch(desk)
        assert refused.value.code == "oauth.refused"
    finally:
        desk.close()
        dovecot.stop()


class OAuthSmtpHandler(Handler):
    """aiosmtpd handler that takes XOAUTH2 bearer tokens the provider says are active."""

    provider: Provider | None = None

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        fields = base64.b64decode(args[1]).decode().split("\x01")
        user = fields[0].removeprefix("user=")
        token = next((f.removeprefix("auth=Bearer ") for f in fields if f.startswith("auth=")), "")
        assert self.provider is not None
        ok = user == USER and token in self.provider.active
        return AuthResult(success=ok)


def test_xoauth2_submission_over_smtp(
    tmp_path: Path,
    provider: tuple[Provider, str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_url: str,
) -> None:
    need_dovecot()
    state, base = provider
    folder = tmp_path / "smtp"
    folder.mkdir()
    cert, key = make_cert(folder)
    handler = OAuthSmtpHandler()
    handler.provider = state
    smtp = Smtp(free_ports(1)[0], cert, key, handler=handler)
    smtp.start()
    dovecot = Dovecot(tmp_path / "dovecot")
    dovecot.configure(introspection_url=f"{base}/introspect")
    dovecot.start()
    desk = Desk.open(sqlite_url, actor=Actor("clerk-test", "ws-1"))
    try:
        configure(
            desk,
            dovecot,
            smtp,
            smtp=f"smtp+starttls://{USER}@127.0.0.1:{smtp.port}",
            auth="xoauth2",
            oauth_device_url=f"{base}/device",
            oauth_token_url=f"{base}/token",
            oauth_client_id="ssw-desk-test",
        )
        state.approved = True
        settings = get_mailbox_settings(desk)
        oauth.poll_device_flow(settings, oauth.start_device_flow(settings))
        (request_id,) = _requests(desk, 1)
        _flag(desk, request_id)
        result = send_outbox(desk)
        assert (result.sent, result.failed, result.waiting) == (1, 0, 0)
        assert len(handler.received) == 1
        assert len(dovecot.folder_uids("Sent")) == 1  # the copy, over IMAP with XOAUTH2 too
    finally:
        desk.close()
        smtp.stop()
        dovecot.stop()


def test_token_endpoints_must_use_tls_off_loopback(desk: Desk) -> None:
    set_mailbox(
        desk,
        imap="imaps://desk@mail.example.org",
        auth="xoauth2",
        oauth_device_url="http://login.example.org/device",
        oauth_token_url="http://login.example.org/token",
    )
    with pytest.raises(DeskError) as refused:
        oauth.start_device_flow(get_mailbox_settings(desk))
    assert refused.value.code == "oauth.bad_url"
