"""A clerk's database password in the operating system's key store (``keyring``).

When a PostgreSQL URL carries no password, the desk asks the key store for one under the service
``ssw-desk`` and the name ``login@host:port/database``. When the store has none (or there is no
store), libpq's own ways apply unchanged: ``PGPASSWORD``, ``~/.pgpass``, Kerberos/GSSAPI,
peer authentication. The password never appears in a URL, a log line or the database.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "ssw-desk"
_cache: dict[str, str | None] = {}


def entry_name(*, user: str, host: str, port: int | str, database: str) -> str:
    return f"{user}@{host}:{port}/{database}"


def _entry_from_params(params: dict[str, Any]) -> str:
    return entry_name(
        user=str(params.get("user") or os.environ.get("PGUSER") or getpass.getuser()),
        host=str(params.get("host") or os.environ.get("PGHOST") or "localhost"),
        port=params.get("port") or os.environ.get("PGPORT") or 5432,
        database=str(params.get("dbname") or params.get("database") or ""),
    )


def lookup(entry: str) -> str | None:
    """The stored password, or None (no entry, no key store, or the store refused)."""
    if os.environ.get("SSW_DESK_KEYRING", "1") == "0":
        return None
    if entry in _cache:
        return _cache[entry]
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, entry)
        except KeyringError as exc:
            log.info("key store not available (%s): libpq's own ways apply", type(exc).__name__)
            value = None
    except Exception as exc:
        log.warning("key store failed (%s): libpq's own ways apply", type(exc).__name__)
        value = None
    _cache[entry] = value
    return value


def store(entry: str, password: str) -> None:
    """Keeps a password in the key store.

    Raises:
        keyring.errors.KeyringError: When there is no usable key store.
    """
    import keyring

    keyring.set_password(SERVICE, entry, password)
    _cache[entry] = password


def forget(entry: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, entry)
    _cache.pop(entry, None)


def supply_password(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
    """``do_connect`` hook: adds the key store's password when the URL has none."""
    if cparams.get("password") or os.environ.get("PGPASSWORD"):
        return
    password = lookup(_entry_from_params(cparams))
    if password:
        cparams["password"] = password
