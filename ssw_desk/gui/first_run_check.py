"""The first run's checks, without Qt: reach the office database, judge its schema, take the key.

:mod:`ssw_desk.gui.first_run` shows these results; every failure is a :class:`SetupProblem`
with a code and what to do, never a traceback. The checks open their own short-lived engine
(5 s connect timeout) and never migrate: a workstation that only looked changes nothing.

The desk key step calls :data:`KEY_IMPORTER`, a function from a key file's path to the key's
label. It copies the file into the data folder (the existing key-file handling of
:mod:`ssw_desk.storage.crypto`); the key commands of the report-trust work
(``ssw-desk key import``) can be put there instead without touching the dialog.
"""

from __future__ import annotations

import base64
import binascii
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import URL, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from ssw_desk import messages
from ssw_desk.config import data_dir
from ssw_desk.errors import DeskError
from ssw_desk.storage.crypto import BlobKey
from ssw_desk.storage.db import alembic_config, make_engine

#: Seconds to wait for the server before calling it unreachable.
CONNECT_TIMEOUT = 5


class SetupProblem(DeskError):
    """A first-run check that failed: ``code`` says which (see :data:`PROBLEMS`)."""


#: Every code the first run can show; the sentences (with what to do, Japanese and English) are
#: in :data:`ssw_desk.messages.MESSAGES`.
PROBLEM_CODES = (
    "setup.unreachable",
    "setup.wrong_login",
    "setup.no_database",
    "setup.db_newer",
    "setup.failed",
    "setup.key_unreadable",
    "setup.key_mismatch",
    "setup.key_needed",
)

#: Code -> the English sentence (what the log-free tests and tools read).
PROBLEMS: dict[str, str] = {code: messages.text(code, "en") for code in PROBLEM_CODES}


def problem(code: str, detail: str = "") -> SetupProblem:
    return SetupProblem(code, detail)


def office_url(host: str, port: int, database: str, login: str, password: str) -> str:
    """The SQLAlchemy URL of an office database (psycopg driver), password escaped."""
    url = URL.create(
        "postgresql+psycopg",
        username=login or None,
        password=password or None,
        host=host.strip() or None,
        port=port,
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class DatabaseState:
    """What the check found: whether the schema exists and which key labels its files carry."""

    schema_revision: str | None
    key_labels: frozenset[str]

    @property
    def has_encrypted_files(self) -> bool:
        return bool(self.key_labels)


def _classify(exc: BaseException) -> SetupProblem:
    message = str(exc).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        return problem("setup.wrong_login", "password")
    if "role" in message and "does not exist" in message:
        return problem("setup.wrong_login", "login")
    if "database" in message and "does not exist" in message:
        return problem("setup.no_database")
    markers = ("connection refused", "timeout", "timed out", "could not translate host",
               "name or service not known", "no route to host", "network is unreachable",
               "connection failed", "server closed the connection")  # fmt: skip
    if any(m in message for m in markers):
        return problem("setup.unreachable", type(exc).__name__)
    return problem("setup.failed", type(exc).__name__)


def check_database(url: str) -> DatabaseState:
    """Connects once and reads the schema revision and the key labels of the stored files.

    Raises:
        SetupProblem: ``setup.unreachable``, ``setup.wrong_login``, ``setup.no_database``,
            ``setup.db_newer`` (a revision this desk does not know), ``setup.failed``.
    """
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine

        engine = create_engine(
            url.replace("postgresql://", "postgresql+psycopg://", 1),
            connect_args={"connect_timeout": CONNECT_TIMEOUT},
        )
    else:
        engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            labels: frozenset[str] = frozenset()
            if "blobs" in tables:
                from ssw_desk.storage.models import Blob

                rows = conn.execute(select(Blob.encryption).distinct()).scalars()
                labels = frozenset(label for label in rows if label and label != "none")
    except SQLAlchemyError as exc:
        raise _classify(getattr(exc, "orig", None) or exc) from None
    except OSError as exc:
        raise _classify(exc) from None
    finally:
        engine.dispose()
    if revision is not None:
        script = ScriptDirectory.from_config(alembic_config(engine))
        try:
            known = script.get_revision(revision) is not None
        except CommandError:
            known = False
        if not known:
            raise problem("setup.db_newer", revision)
    return DatabaseState(revision, labels)


def read_key_file(path: Path) -> BlobKey:
    """The key in a desk key file (base64 of 32 bytes), or ``setup.key_unreadable``."""
    try:
        raw = path.read_bytes()
        key = base64.b64decode(raw.strip(), validate=True)
    except (OSError, ValueError, binascii.Error):
        raise problem("setup.key_unreadable") from None
    if len(key) != 32:
        raise problem("setup.key_unreadable", "not 32 bytes")
    return BlobKey(key)


def install_key_file(path: Path) -> str:
    """Copies a desk key file to ``desk.key`` in the data folder; returns the key's label.

    An existing different key is kept beside it as ``desk.key.replaced-<time>`` (a key is never
    thrown away: files encrypted with it would be lost).
    """
    key = read_key_file(path)
    target = data_dir() / "desk.key"
    if target.exists():
        if target.read_bytes().strip() == base64.b64encode(key.key):
            return key.label
        target.rename(target.with_name(f"desk.key.replaced-{int(time.time())}"))
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(key.key))
    from ssw_desk.storage.crypto import _key_for

    _key_for.cache_clear()
    return key.label


#: The key import step: path of the admin's key file -> label of the installed key.
KEY_IMPORTER: Callable[[Path], str] = install_key_file


def check_key(state: DatabaseState, key_file: Path | None, *, first_workstation: bool) -> None:
    """Whether the key (to be imported, or a new one) fits the database.

    Raises:
        SetupProblem: ``setup.key_needed`` (files exist, no key given), ``setup.key_mismatch``,
            ``setup.key_unreadable``.
    """
    if key_file is None:
        if state.has_encrypted_files or not first_workstation:
            raise problem("setup.key_needed")
        return
    key = read_key_file(key_file)
    if state.has_encrypted_files and key.label not in state.key_labels:
        raise problem("setup.key_mismatch")
