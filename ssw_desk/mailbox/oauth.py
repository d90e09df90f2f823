"""OAuth2 for mail servers that no longer take passwords (XOAUTH2): the device-code flow.

The admin registers the desk with the provider and sets the device-authorisation and token
endpoints, the client id and the scope (``ssw-desk mailbox set --auth xoauth2 ...``).
``ssw-desk mailbox login`` runs the device-code flow (RFC 8628): it shows the address and the
code for a person to approve in a browser, polls the token endpoint, and keeps the *refresh*
token in the OS key store (``keyring``; service ``ssw-desk``, user ``oauth:USER@HOST``) or,
for unattended runs only, takes it from ``SSW_DESK_OAUTH_REFRESH_TOKEN``. Access tokens are
obtained from it when needed and kept in memory only, until shortly before they expire; a
rotated refresh token replaces the stored one.

Endpoints must be ``https://`` except on a loopback address (tests); certificates are checked
like the mail servers'.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ssw_desk.errors import DeskError
from ssw_desk.services.mail_settings import MailboxSettings, is_loopback

log = logging.getLogger(__name__)

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
KEYRING_SERVICE = "ssw-desk"

#: (token endpoint, user) -> (access token, expiry on the monotonic clock)
_access_cache: dict[tuple[str, str], tuple[str, float]] = {}


@dataclass(frozen=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    interval: float
    expires_in: float


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or "")):
        return url
    raise DeskError("oauth.bad_url")


def _post(url: str, form: dict[str, str], settings: MailboxSettings) -> tuple[int, dict[str, Any]]:
    from ssw_desk.mailbox.connect import tls_context

    request = urllib.request.Request(
        _check_url(url),
        data=urllib.parse.urlencode(form).encode(),
        headers={"Accept": "application/json"},
        method="POST",
    )
    context = tls_context(settings.ca_file) if url.startswith("https") else None
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read() or b"{}")
        except ValueError:
            body = {}
        return exc.code, body if isinstance(body, dict) else {}
    except (OSError, ValueError) as exc:
        raise DeskError("oauth.unreachable", type(exc).__name__) from exc


def start_device_flow(settings: MailboxSettings) -> DeviceCode:
    """Asks the provider for a device code and the user code a person enters."""
    status, body = _post(
        settings.oauth_device_url,
        {"client_id": settings.oauth_client_id, "scope": settings.oauth_scope},
        settings,
    )
    try:
        return DeviceCode(
            device_code=str(body["device_code"]),
            user_code=str(body["user_code"]),
            verification_uri=str(body.get("verification_uri") or body["verification_url"]),
            interval=float(body.get("interval", 5)),
            expires_in=float(body.get("expires_in", 900)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DeskError("oauth.refused", str(body.get("error", status))) from exc


def poll_device_flow(
    settings: MailboxSettings,
    device: DeviceCode,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Waits until the person approved; stores and returns the refresh token.

    Raises:
        DeskError: ``oauth.expired`` (not approved in time), ``oauth.refused`` (denied).
    """
    interval = max(device.interval, 0.0)
    deadline = time.monotonic() + device.expires_in
    while time.monotonic() < deadline:
        status, body = _post(
            settings.oauth_token_url,
            {
                "grant_type": DEVICE_GRANT,
                "device_code": device.device_code,
                "client_id": settings.oauth_client_id,
            },
            settings,
        )
        error = body.get("error")
        if status == 200 and body.get("access_token"):
            _remember(settings, body)
            refresh = body.get("refresh_token")
            if not refresh:
                raise DeskError("oauth.refused", "no refresh token")
            return str(refresh)
        if error == "authorization_pending":
            sleep(interval)
            continue
        if error == "slow_down":
            interval += 5
            sleep(interval)
            continue
        if error == "expired_token":
            break
        raise DeskError("oauth.refused", str(error or status))
    raise DeskError("oauth.expired")


def _user(settings: MailboxSettings) -> str:
    return f"oauth:{settings.imap_url().user}@{settings.imap_url().host}"


def _remember(settings: MailboxSettings, body: dict[str, Any]) -> None:
    expires = float(body.get("expires_in", 3600))
    _access_cache[(settings.oauth_token_url, _user(settings))] = (
        str(body["access_token"]),
        time.monotonic() + max(expires - 60, 0),
    )
    refresh = body.get("refresh_token")
    if refresh and not os.environ.get("SSW_DESK_OAUTH_REFRESH_TOKEN"):
        store_refresh_token(settings, str(refresh))


def store_refresh_token(settings: MailboxSettings, token: str) -> None:
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _user(settings), token)
    except Exception as exc:
        raise DeskError("mailbox.keyring_unavailable", type(exc).__name__) from exc


def _refresh_token(settings: MailboxSettings) -> str:
    env = os.environ.get("SSW_DESK_OAUTH_REFRESH_TOKEN")
    if env:
        return env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _user(settings))
    except Exception as exc:
        log.warning("the key store could not be read: %s", type(exc).__name__)
        stored = None
    if not stored:
        raise DeskError("oauth.login_needed")
    return stored


def access_token(settings: MailboxSettings) -> str:
    """A valid access token: the cached one, else a fresh one from the refresh token.

    Raises:
        DeskError: ``oauth.login_needed`` (no refresh token: run ``mailbox login``),
            ``oauth.refused`` (the provider refused the refresh token), ``oauth.unreachable``.
    """
    key = (settings.oauth_token_url, _user(settings))
    cached = _access_cache.get(key)
    if cached is not None and cached[1] > time.monotonic():
        return cached[0]
    status, body = _post(
        settings.oauth_token_url,
        {
            "grant_type": "refresh_token",
            "refresh_token": _refresh_token(settings),
            "client_id": settings.oauth_client_id,
        },
        settings,
    )
    if status != 200 or not body.get("access_token"):
        _access_cache.pop(key, None)
        raise DeskError("oauth.refused", str(body.get("error", status)))
    _remember(settings, body)
    return str(body["access_token"])


def forget_access_token(settings: MailboxSettings) -> None:
    """After the server refused a token: the next login asks for a fresh one."""
    _access_cache.pop((settings.oauth_token_url, _user(settings)), None)


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"
