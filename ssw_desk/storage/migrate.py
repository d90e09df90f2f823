"""Start-up migrations that are safe with many desks.

One desk at a time migrates: on PostgreSQL under a session-level advisory lock, on SQLite under
an exclusive lock on a file beside the database. Under the lock the desk compares the
database's revision with its own scripts:

- same revision: nothing to do;
- a revision this desk does not know: the database is newer, the desk refuses to start
  (``storage.db_newer``, naming both revisions) instead of failing later with a traceback;
- an older revision: migrate, but on PostgreSQL only when the login owns the schema (the
  tables' owner, a member of it, or a superuser); a clerk's login gets ``storage.db_older``.

After a PostgreSQL migration the group roles and grants are re-applied (``storage.grants``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from ssw_desk.errors import DeskError
from ssw_desk.storage import grants

log = logging.getLogger(__name__)

#: Advisory-lock key of migrations ("SSWMIGR" as ASCII).
MIGRATION_LOCK = 0x5353574D49475200


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _may_migrate(conn: Connection) -> bool:
    """PostgreSQL: whether this login may change the schema (owner, member of it, superuser)."""
    return bool(
        conn.execute(
            text(
                "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                "OR coalesce((SELECT pg_has_role(current_user, tableowner, 'MEMBER') "
                "FROM pg_tables WHERE tablename = 'alembic_version' "
                "AND schemaname = current_schema()), true)"
            )
        ).scalar()
    )


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    handle = open(path, "a+b")  # noqa: SIM115 - held for the block
    try:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        except ImportError:  # Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
        yield
    finally:
        handle.close()  # releases the lock


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Held by one desk process at a time, per database."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    with _file_lock(Path(os.path.abspath(database + ".migrate.lock"))):
        yield


def check(engine: Engine, cfg: Config) -> str | None:
    """Returns the revision the database needs to go to, or None when it is current.

    Raises:
        DeskError: ``storage.db_newer`` or ``storage.db_older``.
    """
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    # A read-only (on SQLite deferred) transaction: it never waits for the desk that is
    # migrating; whatever it reads is read again under the migration lock.
    with engine.connect().execution_options(ssw_read_only=True) as conn:
        current = _revision(conn)
        if current == head:
            return None
        if current is not None and current not in known:
            raise DeskError("storage.db_newer", f"database {current}, desk {head}")
        if engine.dialect.name == "postgresql" and not _may_migrate(conn):
            raise DeskError("storage.db_older", f"database {current or 'empty'}, desk {head}")
    return head


def upgrade_locked(engine: Engine, cfg: Config) -> bool:
    """Migrates to head when needed, one desk at a time. Returns whether it migrated."""
    if check(engine, cfg) is None:  # the common case takes no lock
        return False
    with migration_lock(engine):
        target = check(engine, cfg)  # another desk may have migrated while this one waited
        if target is None:
            return False
        log.info("migrating the database to %s", target)
        command.upgrade(cfg, "head")
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                grants.apply(conn)
        return True
