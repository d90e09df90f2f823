r"""Where the desk keeps its files and which database it opens.

Resolution order for the database URL: the ``--db`` option, then ``SSW_DESK_DB``, then the
workstation's choice made at the first run (``desk.json`` in the user config folder), then a
SQLite file in the user data folder. Folders follow each platform's conventions (platformdirs):

- data (database, desk key): ``~/.local/share/ssw-desk``, ``%LOCALAPPDATA%\ssw-desk``;
- logs and crash reports: ``~/.local/state/ssw-desk/log``, ``%LOCALAPPDATA%\ssw-desk\Logs``;
- configuration (``desk.json``): ``~/.config/ssw-desk``, ``%LOCALAPPDATA%\ssw-desk``.

The office-database password is not in ``desk.json``: :mod:`ssw_desk.office_password` keeps it
in the OS key store and adds it when the URL is resolved.

``SSW_DESK_DATA_DIR`` moves all of them into one folder (tests, portable use);
``SSW_DESK_CONFIG_DIR`` moves only the configuration.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ssw-desk"
CONFIG_FILE = "desk.json"
#: Workstation modes chosen at the first run.
ALONE, OFFICE = "alone", "office"

log = logging.getLogger(__name__)


def data_dir(*, create: bool = True) -> Path:
    """Returns the user data folder, created on first use (private to the user).

    ``create=False``: only where it is, for a lookup that runs often and writes nothing (the
    desk key is looked up for every sealed value)."""
    override = os.environ.get("SSW_DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_dir() -> Path:
    """The folder of ``ssw_desk.log`` and of ``crashes/`` (the data folder when it is moved)."""
    if os.environ.get("SSW_DESK_DATA_DIR"):
        return data_dir()
    return _private_dir(Path(platformdirs.user_log_dir(APP_NAME, False)))


def config_dir() -> Path:
    """The folder of ``desk.json`` (``SSW_DESK_CONFIG_DIR``, else beside a moved data folder)."""
    if override := os.environ.get("SSW_DESK_CONFIG_DIR"):
        return _private_dir(Path(override))
    if os.environ.get("SSW_DESK_DATA_DIR"):
        return data_dir()
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, False)))


@dataclass(frozen=True)
class DeskConfig:
    """The workstation's set-up, chosen at the first run and changed later by an admin.

    Attributes:
        mode: :data:`ALONE` (SQLite in the data folder) or :data:`OFFICE` (shared PostgreSQL).
        db_url: The office database URL with the clerk's login, without the password: that is
            in the OS key store (:mod:`ssw_desk.office_password`) or libpq's ``.pgpass``.
        user: The clerk's login recorded with every action (office mode).
    """

    mode: str = ALONE
    db_url: str | None = None
    user: str | None = None


def load_config() -> DeskConfig | None:
    """The saved set-up, or None before the first run (or when the file is unreadable)."""
    path = config_dir() / CONFIG_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("the workstation set-up file is unreadable; the first run will ask again")
        return None
    if not isinstance(raw, dict) or raw.get("mode") not in (ALONE, OFFICE):
        log.warning("the workstation set-up file is not valid; the first run will ask again")
        return None
    return DeskConfig(
        mode=raw["mode"],
        db_url=raw.get("db_url") if raw["mode"] == OFFICE else None,
        user=raw.get("user") if raw["mode"] == OFFICE else None,
    )


def write_private_file(path: Path, data: bytes) -> None:
    """Writes ``data`` to ``path`` whole or not at all (a sibling temporary file, then a rename),
    readable by the user only: a reader never sees a half-written export."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_config(config: DeskConfig) -> Path:
    """Writes the set-up atomically, readable by the user only; returns the file."""
    path = config_dir() / CONFIG_FILE
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(config), fh, indent=2)
    os.replace(tmp, path)
    return path


def needs_first_run(cli_value: str | None = None) -> bool:
    """True when nothing says which database to open: no ``--db``, no variable, no set-up."""
    return not cli_value and not os.environ.get("SSW_DESK_DB") and load_config() is None


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'ssw_desk.sqlite3'}"


def resolve_db_url(cli_value: str | None = None) -> str:
    if cli_value or os.environ.get("SSW_DESK_DB"):
        return cli_value or os.environ["SSW_DESK_DB"]
    config = load_config()
    if config is not None and config.mode == OFFICE and config.db_url:
        from ssw_desk.office_password import with_password

        return with_password(config.db_url)
    return default_db_url()


@dataclass(frozen=True)
class Actor:
    """Who does things at this workstation: recorded with every action."""

    user: str
    workstation: str

    def __str__(self) -> str:
        return f"{self.user}@{self.workstation}"


def current_actor() -> Actor:
    """The user at this workstation: on SQLite the operating-system user (``SSW_DESK_USER`` or
    the first-run configuration may name another); on PostgreSQL the desk replaces it by the
    database login (``current_user``), whatever is set here."""
    config = load_config() if not os.environ.get("SSW_DESK_USER") else None
    user = os.environ.get("SSW_DESK_USER") or (config.user if config else None) or getpass.getuser()
    return Actor(user=user, workstation=socket.gethostname())
