"""The first run's checks, without Qt: reach the office database, judge its schema, take the key.

:mod:`ssw_desk.gui.first_run` shows these results; every failure is a :class:`SetupProblem`
with a code and what to do, never a traceback. The checks open their own short-lived engine
(5 s connect timeout) and never migrate: a workstation that only looked changes nothing.

The desk key step checks the admin's key file against the fingerprint the database records
(``desk_key``, :mod:`ssw_desk.storage.deskkey`) and the labels of its sealed files, then calls
:data:`KEY_IMPORTER`: the key import of the report-trust work (``ssw-desk key import``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import URL, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from ssw_desk.errors import DeskError
from ssw_desk.storage.crypto import BlobKey, _key_for, parse_key
from ssw_desk.storage.db import alembic_config, make_engine
from ssw_desk.storage.deskkey import import_key

#: Seconds to wait for the server before calling it unreachable.
CONNECT_TIMEOUT = 5


class SetupProblem(DeskError):
    """A first-run check that failed: ``code`` says which (see :data:`SETUP_CODES`)."""


#: Every code the first run can show; the sentences (with what to do) are in
#: :data:`ssw_desk.messages.MESSAGES`, in Japanese and English.
SETUP_CODES = (
    "setup.unreachable", "setup.wrong_login", "setup.no_database", "setup.db_newer",
    "setup.failed", "setup.key_unreadable", "setup.key_mismatch", "setup.key_needed",
    "setup.key_rotating", "setup.no_keyring",
)  # fmt: skip


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
    """What the check found: the schema revision, the key labels its files carry, and the
    fingerprint of the desk key the database records (``desk_key`` setting, if any)."""

    schema_revision: str | None
    key_labels: frozenset[str]
    key_fingerprint: str | None = None
    key_rotating: bool = False

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
            recorded: dict[str, object] = {}
            if "settings" in tables:
                from ssw_desk.storage.deskkey import SETTING
                from ssw_desk.storage.models import Setting

                value = conn.execute(select(Setting.value).where(Setting.key == SETTING)).scalar()
                recorded = dict(value) if isinstance(value, dict) else {}
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
    fingerprint = recorded.get("fingerprint")
    return DatabaseState(
        revision,
        labels,
        str(fingerprint) if fingerprint else None,
        bool(recorded.get("rotating_to")),
    )


def read_key_file(path: Path) -> BlobKey:
    """The key in a desk key file (``ssw-desk key export``, or bare base64 of 32 bytes).

    Raises:
        SetupProblem: ``setup.key_unreadable`` (missing, unreadable, not a desk key).
    """
    try:
        return BlobKey(parse_key(path.read_bytes(), path.name))
    except (OSError, DeskError):
        raise problem("setup.key_unreadable") from None


def import_key_file(path: Path) -> str:
    """Installs the admin's key file as this workstation's ``desk.key``; returns its fingerprint.

    The key import of the report-trust work (:func:`ssw_desk.storage.deskkey.import_key`, as
    ``ssw-desk key import --replace``): a different earlier key is kept beside it as
    ``desk.key.<fingerprint>.bak``, never thrown away. The dialog calls it only after
    :func:`check_key` found the key to be the one the database records.
    """
    try:
        fingerprint = import_key(path, replace=True)
    except DeskError as exc:
        raise problem("setup.key_unreadable", exc.code) from None
    except OSError as exc:
        raise problem("setup.key_unreadable", type(exc).__name__) from None
    _key_for.cache_clear()
    return fingerprint


#: The key import step: path of the admin's key file -> fingerprint of the installed key.
KEY_IMPORTER: Callable[[Path], str] = import_key_file


def check_key(state: DatabaseState, key_file: Path | None, *, first_workstation: bool) -> None:
    """Whether the key (to be imported, or a new one) fits the database.

    Raises:
        SetupProblem: ``setup.key_needed`` (files exist or a key is recorded, none given),
            ``setup.key_mismatch`` (not the fingerprint the database records, or not the key
            of its files), ``setup.key_unreadable``, ``setup.key_rotating`` (a key rotation
            is under way: the new key is not final yet).
    """
    if state.key_rotating:
        raise problem("setup.key_rotating")
    if key_file is None:
        if state.has_encrypted_files or state.key_fingerprint or not first_workstation:
            raise problem("setup.key_needed")
        return
    key = read_key_file(key_file)
    if state.key_fingerprint is not None and key.fingerprint != state.key_fingerprint:
        raise problem("setup.key_mismatch", f"expected {state.key_fingerprint}")
    if state.has_encrypted_files and key.label not in state.key_labels:
        raise problem("setup.key_mismatch")
