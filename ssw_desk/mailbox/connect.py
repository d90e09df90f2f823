"""Connections to the mail servers: TLS verified, passwords never in the database.

Passwords come from ``SSW_DESK_IMAP_PASSWORD`` / ``SSW_DESK_SMTP_PASSWORD`` (unattended runs,
one process) or else from the operating system's key store through ``keyring`` (service
``ssw-desk``, user ``imap:USER@HOST`` or ``smtp:USER@HOST``). Every failure becomes a
:class:`~ssw_desk.errors.DeskError` with a code the status bar and the CLI show:
``mailbox.unreachable``, ``mailbox.tls_untrusted``, ``mailbox.tls_failed``,
``mailbox.login_refused``, ``mailbox.unavailable``, ``mailbox.no_password``,
``mailbox.protocol_error``.
"""

from __future__ import annotations

import imaplib
import logging
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from ssw_desk.errors import DeskError
from ssw_desk.services.mail_settings import MailboxSettings, ServerUrl

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ssw-desk"
TIMEOUT = 30.0


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """The system's trusted authorities (plus the admin's ``ca_file``), host names checked."""
    ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise DeskError("mailbox.bad_ca_file", type(exc).__name__) from exc
    return ctx


def keyring_user(url: ServerUrl) -> str:
    return f"{url.protocol}:{url.user}@{url.host}"


def password(url: ServerUrl) -> str:
    """The password of this server's user: the environment, else the OS key store."""
    env = os.environ.get(f"SSW_DESK_{url.protocol.upper()}_PASSWORD")
    if env:
        return env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception as exc:  # no usable key store on this machine
        log.warning("the key store could not be read: %s", type(exc).__name__)
        stored = None
    if not stored:
        raise DeskError("mailbox.no_password", url.protocol)
    return stored


def store_password(url: ServerUrl, secret: str) -> None:
    """Keeps a password in the OS key store (the mail settings dialog, ``mailbox password``)."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(url), secret)
    except Exception as exc:
        raise DeskError("mailbox.keyring_unavailable", type(exc).__name__) from exc


def _network_error(exc: BaseException, protocol: str) -> DeskError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeskError("mailbox.tls_untrusted", f"{protocol}: {exc.verify_message}")
    if isinstance(exc, ssl.SSLError):
        return DeskError("mailbox.tls_failed", f"{protocol}: {exc.reason}")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return DeskError("mailbox.timeout", protocol)
    if isinstance(exc, OSError):
        return DeskError("mailbox.unreachable", f"{protocol}: {type(exc).__name__}")
    return DeskError("mailbox.protocol_error", f"{protocol}: {type(exc).__name__}")


#: What an IMAP conversation can raise when the server or the network fails mid-way.
IMAP_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    IMAPClientError,
    imaplib.IMAP4.error,
    imaplib.IMAP4.abort,
)


def imap_error(exc: BaseException) -> DeskError:
    if isinstance(exc, (imaplib.IMAP4.abort, ConnectionError, EOFError)):
        return DeskError("mailbox.connection_lost", type(exc).__name__)
    return _network_error(exc, "imap")


@contextmanager
def open_imap(settings: MailboxSettings) -> Iterator[IMAPClient]:
    """A logged-in IMAP connection (TLS or STARTTLS verified; plain only to loopback)."""
    url = settings.imap_url()
    ctx = tls_context(settings.ca_file)
    try:
        client = IMAPClient(
            url.host,
            port=url.port,
            ssl=url.security == "tls",
            ssl_context=ctx,
            timeout=TIMEOUT,
        )
    except Exception as exc:
        raise _network_error(exc, "imap") from exc
    try:
        if url.security == "starttls":
            try:
                client.starttls(ctx)
            except Exception as exc:
                raise _network_error(exc, "imap") from exc
        try:
            if settings.auth == "xoauth2":
                from ssw_desk.mailbox import oauth

                try:
                    client.oauth2_login(url.user, oauth.access_token(settings))
                except LoginError:
                    oauth.forget_access_token(settings)  # expired early or revoked: refresh
                    client.oauth2_login(url.user, oauth.access_token(settings))
            else:
                client.login(url.user, password(url))
        except LoginError as exc:
            # [UNAVAILABLE]: the server's authentication is down for now (RFC 5530).
            temporary = "[UNAVAILABLE]" in str(exc)
            code = "mailbox.unavailable" if temporary else "mailbox.login_refused"
            raise DeskError(code, "imap") from exc
        except DeskError:
            raise
        except Exception as exc:
            raise imap_error(exc) from exc
        yield client
    finally:
        try:
            client.logout()
        except Exception:  # the connection may be gone already
            with suppress(Exception):
                client.shutdown()


@contextmanager
def open_smtp(settings: MailboxSettings) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP submission connection (STARTTLS or TLS, verified)."""
    url = settings.smtp_url()
    ctx = tls_context(settings.ca_file)
    conn: smtplib.SMTP
    try:
        if url.security == "tls":
            conn = smtplib.SMTP_SSL(url.host, url.port, timeout=TIMEOUT, context=ctx)
        else:
            conn = smtplib.SMTP(url.host, url.port, timeout=TIMEOUT)
            if url.security == "starttls":
                conn.starttls(context=ctx)
    except smtplib.SMTPException as exc:
        raise DeskError("mailbox.protocol_error", f"smtp: {type(exc).__name__}") from exc
    except Exception as exc:
        raise _network_error(exc, "smtp") from exc
    try:
        if url.user:
            try:
                if settings.auth == "xoauth2":
                    from ssw_desk.mailbox import oauth

                    initial = oauth.xoauth2(url.user, oauth.access_token(settings))
                    conn.ehlo_or_helo_if_needed()
                    conn.auth("XOAUTH2", lambda _challenge=None: initial)
                else:
                    conn.login(url.user, password(url))
            except smtplib.SMTPAuthenticationError as exc:
                raise DeskError("mailbox.login_refused", "smtp") from exc
            except smtplib.SMTPException as exc:
                raise DeskError("mailbox.protocol_error", f"smtp: {type(exc).__name__}") from exc
        yield conn
    finally:
        try:
            conn.quit()
        except Exception:
            conn.close()


_ADDRESS = re.compile(r"<?[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+>?")


def smtp_answer(reply: Any) -> str:
    """The server's answer as text (``250 2.0.0 Ok: queued as ...``), e-mail addresses
    replaced by ``<address>``: it goes to the history, which holds no personal values."""
    if isinstance(reply, tuple) and len(reply) == 2:
        code, text = reply
        body = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        answer = f"{code} {body}".strip()
    else:
        answer = str(reply)
    return _ADDRESS.sub("<address>", answer)
