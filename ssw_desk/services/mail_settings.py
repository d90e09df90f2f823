"""The mailbox settings (admin): the IMAP and SMTP servers, folders and the sender address.

Stored under the settings key ``mailbox``, declared in the settings registry
(:data:`ssw_desk.services.settings.REGISTRY`; no password: those are in the operating system's key
store or, for unattended runs, ``SSW_DESK_IMAP_PASSWORD`` / ``SSW_DESK_SMTP_PASSWORD``).
Servers are given as URLs:

- ``imaps://user@host:993`` (TLS), ``imap+starttls://user@host:143`` (STARTTLS),
  ``imap://user@127.0.0.1:143`` (no TLS: only to a loopback address);
- ``smtps://user@host:465``, ``smtp+starttls://user@host:587``, ``smtp://127.0.0.1:25``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.services import settings as registry
from ssw_desk.services.context import Desk

SETTINGS_KEY = "mailbox"

#: scheme -> (protocol, security, default port)
SCHEMES: dict[str, tuple[str, str, int]] = {
    "imaps": ("imap", "tls", 993),
    "imap+starttls": ("imap", "starttls", 143),
    "imap": ("imap", "plain", 143),
    "smtps": ("smtp", "tls", 465),
    "smtp+starttls": ("smtp", "starttls", 587),
    "smtp": ("smtp", "plain", 25),
}


@dataclass(frozen=True)
class ServerUrl:
    """One server: protocol (imap, smtp), security (tls, starttls, plain), user, host, port."""

    protocol: str
    security: str
    user: str
    host: str
    port: int

    def __str__(self) -> str:
        scheme = next(k for k, v in SCHEMES.items() if v[:2] == (self.protocol, self.security))
        user = f"{self.user}@" if self.user else ""
        return f"{scheme}://{user}{self.host}:{self.port}"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_server_url(text: str, protocol: str) -> ServerUrl:
    """Reads a server URL of the given protocol.

    Raises:
        DeskError: ``mailbox.bad_url`` (not such a URL), ``mailbox.plain_not_loopback``
            (``imap://`` or ``smtp://`` to another machine: passwords would travel in clear).
    """
    try:
        parts = urlsplit(text.strip())
        port_given = parts.port
    except ValueError as exc:
        raise DeskError("mailbox.bad_url", protocol) from exc
    scheme = parts.scheme.lower()
    known = SCHEMES.get(scheme)
    if known is None or known[0] != protocol or not parts.hostname:
        raise DeskError("mailbox.bad_url", protocol)
    _, security, default_port = known
    host = parts.hostname
    if security == "plain" and not is_loopback(host):
        raise DeskError("mailbox.plain_not_loopback", protocol)
    return ServerUrl(
        protocol, security, unquote(parts.username or ""), host, port_given or default_port
    )


@dataclass(frozen=True)
class MailboxSettings:
    """The mailbox as the admin set it.

    Attributes:
        imap / smtp: Server URLs (empty: not configured).
        from_addr: The secretariat's address (From, Message-ID domain).
        folder: Where requests arrive.
        done_folder: Where fetched messages are moved (empty: they stay, marked as seen).
        sent_folder: Where copies of sent mail are kept (and looked for after a crash).
        server_keeps_sent: The SMTP server files its own copy in Sent (do not add one).
        ca_file: A PEM file of certificate authorities to trust besides the system's.
        fetch_minutes: How often the desk fetches on its own (0: only on demand).
        auth: ``password``, or ``xoauth2`` with the ``oauth_*`` provider settings.
    """

    #: Kept for earlier callers; the stored version is the registry's (``mailbox`` spec).
    version: int = field(default=1, metadata={"stored": False})
    imap: str = ""
    smtp: str = ""
    from_addr: str = ""
    folder: str = "INBOX"
    done_folder: str = ""
    sent_folder: str = "Sent"
    server_keeps_sent: bool = False
    ca_file: str = ""
    fetch_minutes: int = 5
    #: ``password`` or ``xoauth2`` (OAuth2 device-code flow, see ssw_desk.mailbox.oauth).
    auth: str = "password"
    oauth_device_url: str = ""
    oauth_token_url: str = ""
    oauth_client_id: str = ""
    oauth_scope: str = ""

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any] | None) -> MailboxSettings:
        """Defaults with the stored values; unknown keys and values of the wrong type ignored."""
        base = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = (overrides or {}).get(f.name)
            if f.name != "version" and isinstance(value, type(getattr(base, f.name))):
                values[f.name] = value
        return replace(base, **values)

    @property
    def can_fetch(self) -> bool:
        return bool(self.imap)

    @property
    def can_send(self) -> bool:
        return bool(self.smtp and self.from_addr)

    def imap_url(self) -> ServerUrl:
        if not self.imap:
            raise DeskError("mailbox.not_configured", "imap")
        return parse_server_url(self.imap, "imap")

    def smtp_url(self) -> ServerUrl:
        if not self.smtp:
            raise DeskError("mailbox.not_configured", "smtp")
        return parse_server_url(self.smtp, "smtp")


def mailbox_settings(session: Session) -> MailboxSettings:
    """The mailbox settings in force, read through the settings registry (key ``mailbox``)."""
    return registry.mailbox(session)


def get_mailbox_settings(desk: Desk) -> MailboxSettings:
    with desk.db.read() as session:
        return mailbox_settings(session)


def set_mailbox(desk: Desk, **changes: Any) -> MailboxSettings:
    """Changes the mailbox settings (admin); URLs are checked before anything is stored.

    Raises:
        DeskError: ``mailbox.bad_url``, ``mailbox.plain_not_loopback``, ``mailbox.bad_address``.
    """
    given = {k: v for k, v in changes.items() if v is not None}
    if given.get("imap"):
        given["imap"] = str(parse_server_url(given["imap"], "imap"))
    if given.get("smtp"):
        given["smtp"] = str(parse_server_url(given["smtp"], "smtp"))
    if given.get("auth") not in (None, "password", "xoauth2"):
        raise DeskError("mailbox.bad_auth")
    addr = given.get("from_addr")
    if addr is not None and (addr.count("@") != 1 or any(c.isspace() for c in addr)):
        raise DeskError("mailbox.bad_address")
    with desk.db.begin() as session:
        merged = replace(mailbox_settings(session), **given)
        registry.write(session, desk, SETTINGS_KEY, merged)
        return merged
