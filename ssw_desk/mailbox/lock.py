"""One desk at a time fetches and sends: a lease row (``mail_locks``) with holder and expiry.

Taken in a short transaction (the row locked ``FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` serialises), renewed while the work goes on, given back at the end. A desk
that stops without giving it back loses it when the lease expires. Others see who holds it
(:func:`holder`) and get ``mailbox.busy`` with that holder.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, now
from ssw_desk.storage.models import MailLock

NAME = "mailbox"
LEASE = timedelta(minutes=3)


def holder_id(desk: Desk) -> str:
    """This process: the clerk, the workstation and the process id."""
    return f"{desk.actor.user}@{socket.gethostname()}/{os.getpid()}"


def _dead_here(other: str) -> bool:
    """Whether a holder is a process of this workstation that no longer runs (a desk that
    crashed: its lease need not be waited out)."""
    host, _, pid = other.rpartition("@")[2].rpartition("/")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def try_acquire(desk: Desk, me: str, lease: timedelta = LEASE) -> str | None:
    """Takes or renews the lease; returns None, or the other holder when it is taken."""
    for _ in range(2):
        try:
            with desk.db.begin() as session:
                stmt = select(MailLock).where(MailLock.name == NAME)
                if not desk.db.is_sqlite:
                    stmt = stmt.with_for_update()
                row = session.execute(stmt).scalars().first()
                at = now()
                if row is None:
                    session.add(MailLock(name=NAME, holder=me, expires_at=at + lease))
                    session.flush()
                    return None
                if (
                    row.holder
                    and row.holder != me
                    and _aware(row.expires_at) > at
                    and not _dead_here(row.holder)
                ):
                    return row.holder
                row.holder = me
                row.expires_at = at + lease
                return None
        except IntegrityError:  # another desk created the row at the same moment
            continue
    return holder(desk) or "?"


def release(desk: Desk, me: str) -> None:
    with desk.db.begin() as session:
        row = session.get(MailLock, NAME)
        if row is not None and row.holder == me:
            row.holder = ""
            row.expires_at = now()


def holder(desk: Desk) -> str | None:
    """Who fetches and sends now, or None."""
    with desk.db.read() as session:
        row = session.get(MailLock, NAME)
        if row is None or not row.holder or _aware(row.expires_at) <= now():
            return None
        return row.holder


class Lease:
    """The held lock; :meth:`renew` while working (refused if it was lost meanwhile)."""

    def __init__(self, desk: Desk, me: str) -> None:
        self.desk = desk
        self.me = me

    def renew(self) -> None:
        other = try_acquire(self.desk, self.me)
        if other is not None:
            raise DeskError("mailbox.lock_lost", other)


@contextmanager
def mailbox_lock(desk: Desk) -> Iterator[Lease]:
    """Holds the mailbox lock for the block.

    Raises:
        DeskError: ``mailbox.busy`` (detail: who holds it).
    """
    me = holder_id(desk)
    other = try_acquire(desk, me)
    if other is not None:
        raise DeskError("mailbox.busy", other)
    try:
        yield Lease(desk, me)
    finally:
        release(desk, me)
