"""Where the desk keeps its files and which database it opens.

Resolution order for the database URL: the ``--db`` option, then ``SSW_DESK_DB``, then a SQLite
file in the user data folder. ``SSW_DESK_DATA_DIR`` moves the whole data folder (tests use it).
"""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ssw-desk"


def data_dir() -> Path:
    """Returns the user data folder, created on first use (private to the user)."""
    override = os.environ.get("SSW_DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'ssw_desk.sqlite3'}"


def resolve_db_url(cli_value: str | None = None) -> str:
    return cli_value or os.environ.get("SSW_DESK_DB") or default_db_url()


@dataclass(frozen=True)
class Actor:
    """Who does things at this workstation: recorded with every action."""

    user: str
    workstation: str

    def __str__(self) -> str:
        return f"{self.user}@{self.workstation}"


def current_actor() -> Actor:
    """The operating-system user at this workstation (on PostgreSQL the desk replaces the user
    by the database login)."""
    user = getpass.getuser()
    return Actor(user=user, workstation=socket.gethostname())
