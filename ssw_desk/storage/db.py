"""Engine, sessions and start-up migrations.

One :class:`Database` per process; services open a session per user action with
``with db.begin() as session:``. SQLite runs in WAL mode with a busy timeout so several desk
processes on one machine can share the file; PostgreSQL is the choice for several workstations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ssw_desk.storage import sealing

log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, so free pages keep no old plaintext.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


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
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    script_location = str(resources.files("ssw_desk.storage") / "migrations")
    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Brings the schema to the newest revision (run at every start-up)."""
    command.upgrade(alembic_config(engine), "head")


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
            upgrade(self.engine)
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

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (SQLite: a deferred transaction that takes no lock)."""
        with self.read_sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
