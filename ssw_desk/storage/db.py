"""Engine, sessions and start-up migrations.

One :class:`Database` per process; services open a session per user action with
``with db.begin() as session:``. SQLite runs in WAL mode with a busy timeout so several desk
processes on one machine can share the file; PostgreSQL is the choice for several workstations.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ssw_desk.config import data_dir
from ssw_desk.errors import DeskError
from ssw_desk.storage import audit, sealing

log = logging.getLogger(__name__)

INSUFFICIENT_PRIVILEGE = "42501"


def _first_line(error: object) -> str:
    # PostgreSQL's message names the table or the role check, never a row's values.
    return str(error).splitlines()[0][:200] if str(error) else ""


BUSY_SECONDS = 30


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, so free pages keep no old plaintext.
    cursor.execute("PRAGMA secure_delete=ON")
    _wal(cursor)
    cursor.close()


def _wal(cursor: Any) -> None:
    """Switches a new database file to WAL (a no-op once it is).

    The switch needs the file to itself, and SQLite answers "database is locked" at once
    instead of waiting on the busy timeout when another desk holds it: several desks starting
    together on a new file (one of them creating the schema) retry until the timeout.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN, so two desks allocating a serial cannot both read the
    # same counter value (SQLite has no SELECT ... FOR UPDATE). Readers (the queue) begin
    # DEFERRED so they never wait behind an import.
    if conn.get_execution_options().get("ssw_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, pool_pre_ping=True)
    from ssw_desk.storage.passwords import supply_password

    event.listen(engine, "do_connect", supply_password)
    return engine


def database_name(engine: Engine) -> str:
    """A stable name of the database for the signed head log: never holds a password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return "sqlite:" + str(url.database or "")
    where = f"{url.host or ''}:{url.port or 5432}/{url.database or ''}"
    return "postgresql:" + hashlib.sha256(where.encode()).hexdigest()[:32]


def alembic_config(engine: Engine) -> Config:
    script_location = str(resources.files("ssw_desk.storage") / "migrations")
    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Brings the schema to the newest revision (run at every start-up), one desk at a time.

    Raises:
        DeskError: ``storage.db_newer`` (the database was migrated by a newer desk: this one
            does not know its revision), ``storage.db_older`` (the schema needs a migration
            and this login may not run it).
    """
    from ssw_desk.storage.migrate import upgrade_locked

    upgrade_locked(engine, alembic_config(engine))


class Database:
    """An engine plus its session factory.

    Args:
        url: Any SQLAlchemy URL (``sqlite:///...``, ``postgresql://...``).
        migrate: Upgrade the schema to head before use.
        check_key: Refuse to open unless this workstation holds the database's desk key
            (:func:`ssw_desk.storage.deskkey.ensure_desk_key`; needs ``migrate``).
    """

    def __init__(self, url: str, *, migrate: bool = True, check_key: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate:
            try:
                upgrade(self.engine)
            except OperationalError as exc:
                self.engine.dispose()
                raise DeskError("database.unreachable", type(exc.orig).__name__) from exc
            except BaseException:
                self.engine.dispose()
                raise
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_sessions = sessionmaker(
            self.engine.execution_options(ssw_read_only=True), expire_on_commit=False
        )
        if migrate and check_key:
            from ssw_desk.storage.deskkey import ensure_desk_key

            try:
                key = ensure_desk_key(self.begin)
                sealing.seal_unsealed(self.begin, self.engine, key)
            except BaseException:
                self.engine.dispose()
                raise
        self.witness = audit.HeadWitness(data_dir(), database_name(self.engine))
        audit.install(self.sessions, self.witness)
        audit.install(self.read_sessions, self.witness)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def login(self) -> str:
        """The database login (PostgreSQL ``current_user``); the OS user on SQLite."""
        if self.is_sqlite:
            return getpass.getuser()
        with self.engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar_one())

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error.

        Raises:
            DeskError: ``auth.not_allowed`` when the database refuses the login's change
                (a grant or a role check: PostgreSQL's ``insufficient_privilege``).
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise DeskError("auth.not_allowed", _first_line(exc.orig)) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (SQLite: a deferred transaction that takes no lock)."""
        with self.read_sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
