"""Office closure days an admin adds (on top of 29 Dec - 3 Jan and national holidays).

Adding or removing a day recomputes the due date of every request whose clock is running.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.errors import DeskError
from ssw_desk.services.changes import bump
from ssw_desk.services.context import Desk, record
from ssw_desk.services.findings import compute_due
from ssw_desk.storage.models import Closure, Request


def list_closures(desk: Desk) -> list[tuple[date, str]]:
    with desk.db.read() as session:
        rows = session.execute(select(Closure).order_by(Closure.day)).scalars()
        return [(c.day, c.note) for c in rows]


def add_closure(desk: Desk, *, day: date, note: str = "") -> int:
    """Adds a closure day; returns how many due dates moved."""
    with desk.db.begin() as session:
        if session.get(Closure, day) is not None:
            raise DeskError("closure.exists", day.isoformat())
        session.add(Closure(day=day, note=note))
        session.flush()
        moved = _recompute(session, desk)
        record(session, desk, "closure.added", day=day.isoformat(), moved=moved)
        return moved


def remove_closure(desk: Desk, *, day: date) -> int:
    with desk.db.begin() as session:
        row = session.get(Closure, day)
        if row is None:
            raise DeskError("closure.not_found", day.isoformat())
        session.delete(row)
        session.flush()
        moved = _recompute(session, desk)
        record(session, desk, "closure.removed", day=day.isoformat(), moved=moved)
        return moved


def _recompute(session: Session, desk: Desk) -> int:
    moved = 0
    stopped = lifecycle.values(lifecycle.clock_stopped())
    running = session.execute(
        select(Request)
        .where(Request.status.not_in(stopped))
        .order_by(Request.id)
        .with_for_update()  # a moved due date is a change: the revision is bumped
        .execution_options(populate_existing=True)
    ).scalars()
    for request in running:
        due = compute_due(session, request)
        if due != request.due_date:
            request.due_date = due
            revision = bump(session, request)
            record(session, desk, "request.due_moved", request.id, revision=revision)
            moved += 1
    return moved
