"""The desk a service works on: the database, who acts, and the settings in force."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.config import Actor, current_actor, resolve_db_url
from ssw_desk.errors import DeskError
from ssw_desk.storage.audit import append
from ssw_desk.storage.db import Database
from ssw_desk.storage.models import Event, Setting


@dataclass
class Desk:
    """Handed to every service function.

    Attributes:
        db: The open database.
        actor: Who is working (recorded with every action): on PostgreSQL the database login,
            on SQLite the operating-system user.
    """

    db: Database
    actor: Actor = field(default_factory=current_actor)

    def __post_init__(self) -> None:
        # On PostgreSQL the clerk is the database login: the history records current_user
        # (a trigger refuses any other name), whatever the workstation claims.
        if not self.db.is_sqlite:
            self.actor = Actor(self.db.login(), self.actor.workstation)

    @classmethod
    def open(cls, url: str | None = None, *, actor: Actor | None = None) -> Desk:
        """Opens the database (migrated to the newest schema) and upgrades stored settings."""
        from sqlalchemy.exc import OperationalError

        from ssw_desk.services.settings import upgrade_all

        try:
            database = Database(resolve_db_url(url))
        except OperationalError as exc:
            if "locked" in str(exc):
                raise DeskError("database.busy") from exc
            # The server is down, the address wrong, the file's folder missing: a sentence,
            # not a traceback (the cause stays in the log).
            raise DeskError("database.unreachable", type(exc.orig).__name__) from exc
        desk = cls(database, actor or current_actor())
        upgrade_all(desk)
        return desk

    def close(self) -> None:
        self.db.dispose()


def now() -> datetime:
    return datetime.now(UTC)


def record(
    session: Session,
    desk: Desk,
    action: str,
    request_id: int | None = None,
    **detail: Any,
) -> None:
    """Appends to the history / access log. ``detail`` holds ids and codes only, never
    personal values (so the retention purge never needs to touch the append-only history)."""
    append(
        session,
        Event(request_id=request_id, at=now(), actor=str(desk.actor), action=action, detail=detail),
    )


def transaction_cache(session: Session, name: str) -> dict[str, Any]:
    """A dictionary that lives as long as the session's current transaction.

    For values read several times within one action (the settings): the next transaction
    starts empty, so another desk's change is seen by the next action, never half-way.
    """
    session.connection()  # begins the transaction when none is open yet
    txn = session.get_transaction()
    held = session.info.get(name)
    if held is None or held[0] is not txn:
        held = (txn, {})
        session.info[name] = held
    cache: dict[str, Any] = held[1]
    return cache


def _stored_settings(session: Session) -> dict[str, Any]:
    """Every stored setting (key -> raw mapping), read once per transaction in one query."""
    cache = transaction_cache(session, "ssw_settings")
    if "__stored__" not in cache:
        cache["__stored__"] = {k: v for k, v in session.execute(select(Setting.key, Setting.value))}
    rows: dict[str, Any] = cache["__stored__"]
    return rows


def forget_settings(session: Session) -> None:
    """Drops what this transaction read of the settings (after it wrote one)."""
    session.info.pop("ssw_settings", None)


def load_setting(session: Session, key: str) -> dict[str, Any] | None:
    """The raw stored mapping: only :mod:`ssw_desk.services.settings` calls this."""
    value = _stored_settings(session).get(key)
    return dict(value) if value is not None else None


def delete_setting(session: Session, desk: Desk, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
        session.flush()
        forget_settings(session)
        record(session, desk, "settings.removed", key=key)


def save_setting(session: Session, desk: Desk, key: str, value: dict[str, Any]) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=now(), updated_by=str(desk.actor)))
    else:
        row.value = value
        row.updated_at = now()
        row.updated_by = str(desk.actor)
    session.flush()
    forget_settings(session)
    record(session, desk, "settings.changed", key=key)
