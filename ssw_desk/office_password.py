"""The clerk's office-database password: kept in the operating system's key store, not in a file.

The first-run dialog saves ``desk.json`` with the office database URL *without* its password
and hands the password to :func:`store` (``keyring``: the Secret Service on Linux, the
Credential Manager on Windows; service ``ssw-desk``, user ``db:LOGIN@HOST:PORT/DATABASE``).
:func:`with_password` puts it back into the URL when the desk connects.

When the key store has nothing for that login (or there is no usable key store), the URL stays
without a password and libpq's own ways apply: ``PGPASSWORD``, the ``.pgpass`` file
(``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), a client certificate, or a server that
trusts the workstation. A ``desk.json`` of an earlier desk that still holds a password keeps
working (the URL is used as it is) until the set-up is saved again.

No password or login ever reaches the log: only the key store's error type.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

from ssw_desk.errors import DeskError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ssw-desk"


def keyring_user(url: URL) -> str:
    """The key store entry name of an office login: ``db:LOGIN@HOST:PORT/DATABASE``."""
    return f"db:{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def without_password(db_url: str) -> tuple[str, str | None]:
    """The URL without its password (for ``desk.json``), and the password it held."""
    url = make_url(db_url)
    return url.set(password=None).render_as_string(hide_password=False), url.password


def store(db_url: str, password: str) -> None:
    """Keeps the password of the URL's login in the key store (replacing an earlier one).

    Raises:
        DeskError: ``setup.no_keyring`` when the operating system offers no usable key store.
    """
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(make_url(db_url)), password)
    except Exception as exc:  # keyring.errors.* and the backends' own (D-Bus, Windows)
        log.warning("the key store could not keep the password: %s", type(exc).__name__)
        raise DeskError("setup.no_keyring", type(exc).__name__) from exc


def forget(db_url: str) -> None:
    """Removes the stored password of the URL's login, if any (the workstation goes alone)."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_user(make_url(db_url)))
    except Exception as exc:  # nothing stored, or no key store: nothing to remove
        log.debug("no stored office password removed: %s", type(exc).__name__)


def stored(db_url: str) -> str | None:
    """The stored password of the URL's login, or None (nothing stored, no key store)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_user(make_url(db_url)))
    except Exception as exc:
        log.warning("the key store could not be read: %s", type(exc).__name__)
        return None


def with_password(db_url: str) -> str:
    """The URL to connect with: its own password, else the key store's, else none (libpq)."""
    url = make_url(db_url)
    if url.password or not url.drivername.startswith("postgresql"):
        return db_url
    secret = stored(db_url)
    if not secret:
        return db_url
    return url.set(password=secret).render_as_string(hide_password=False)
