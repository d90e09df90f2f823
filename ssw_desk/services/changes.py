"""The single write path: every change to a request goes through :func:`change`.

One transaction per change: load the request row locked (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite write transactions begin IMMEDIATE, which serialises them), check the
revision the clerk decided on, ask the lifecycle whether the action may run from the current
status and the role whether this clerk may, apply the transition (status and pauses), bump the
revision, let the caller write its part and its event, and announce the change to every other
desk (``NOTIFY`` on PostgreSQL, delivered at commit; SQLite desks poll the newest event).

A refusal writes nothing: the transaction is rolled back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.domain.business_days import office_day
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.errors import DeskError
from ssw_desk.services import permissions
from ssw_desk.services.context import Desk, now, record, transaction_cache
from ssw_desk.storage.feed import CHANNEL
from ssw_desk.storage.models import Event, Request


class RequestChanged(DeskError):
    """The request changed since the clerk looked at it: nothing was written.

    Attributes:
        expected: The revision the clerk decided on.
        current: The revision now.
        changes: What happened in between, oldest first: ``{"action", "actor", "at",
            "revision"}`` (ids and codes only).
    """

    def __init__(self, expected: int, current: int, changes: list[dict[str, Any]]) -> None:
        said = "; ".join(f"{c['action']} by {c['actor']}" for c in changes)
        super().__init__("request.changed", f"revision {expected} -> {current}: {said}".strip())
        self.expected = expected
        self.current = current
        self.changes = changes


def lock_request(session: Session, request_id: int) -> Request:
    """The request row, locked for this transaction and read fresh (not from the session)."""
    request = session.execute(
        select(Request)
        .where(Request.id == request_id)
        # NO KEY UPDATE, not UPDATE: a plain FOR UPDATE also blocks the KEY SHARE lock that
        # the foreign-key check of every new event takes on its request; a desk that holds the
        # audit chain's lock while inserting a view event would then wait on this row while
        # this transaction waits for the chain lock (a deadlock, seen in bench/shared.py).
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if request is None:
        raise DeskError("request.not_found", str(request_id))
    return request


def changes_since(session: Session, request_id: int, revision: int) -> list[dict[str, Any]]:
    """The recorded changes of a request after ``revision``, oldest first."""
    rows = session.execute(
        select(Event).where(Event.request_id == request_id).order_by(Event.id.desc()).limit(50)
    ).scalars()
    out = []
    for e in rows:
        rev = (e.detail or {}).get("revision")
        if isinstance(rev, int) and rev > revision:
            out.append(
                {"action": e.action, "actor": e.actor, "at": e.at.isoformat(), "revision": rev}
            )
    return out[::-1]


def check_revision(session: Session, request: Request, expect_revision: int | None) -> None:
    """Refuses with :class:`RequestChanged` when the request moved past ``expect_revision``."""
    if expect_revision is not None and request.revision != expect_revision:
        raise RequestChanged(
            expect_revision, request.revision, changes_since(session, request.id, expect_revision)
        )


def apply_pauses(request: Request, before: str, after: str, day: date) -> None:
    """Opens or closes the deadline pause as the lifecycle says for ``before -> after``."""
    move = lifecycle.pause_change(before, after)
    pauses = [list(p) for p in request.pauses or []]
    if move == "open" and (not pauses or pauses[-1][1] is not None):
        pauses.append([day.isoformat(), None])
        request.paused_since = day
    elif move == "close":
        if pauses and pauses[-1][1] is None:
            pauses[-1][1] = day.isoformat()
        request.paused_since = None
    else:
        return
    request.pauses = pauses


def announce(session: Session, request_id: int | None) -> None:
    """Tells every desk that a request changed, when this transaction commits.

    PostgreSQL delivers ``NOTIFY`` only at commit (and not at all on rollback); SQLite desks
    notice the new event row instead. The notifications are sent once, just before the
    commit, in one statement: sending at once made the ORM write the request row early and
    then again for what the change wrote after (two ``UPDATE`` round trips per decision).
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    pending = transaction_cache(session, "ssw_announce")
    if not session.info.get("ssw_announce_hook"):
        event.listen(session, "before_commit", _send_announcements)
        session.info["ssw_announce_hook"] = True
    pending[str(request_id or 0)] = True


def _send_announcements(session: Session) -> None:
    ids = list(transaction_cache(session, "ssw_announce"))
    if ids:
        # connection(), not session.execute(): no autoflush; the commit flushes after this.
        session.connection().execute(
            text("SELECT pg_notify(:channel, p) FROM unnest(CAST(:ids AS text[])) AS p"),
            {"channel": CHANNEL, "ids": ids},
        )
        session.info.pop("ssw_announce", None)


def bump(session: Session, request: Request, at: datetime | None = None) -> int:
    """Raises the revision of a locked request and announces it; returns the new revision."""
    request.revision = (request.revision or 0) + 1
    request.updated_at = at or now()
    announce(session, request.id)
    return request.revision


@dataclass
class Change:
    """An open change: the locked request and the transition being applied."""

    desk: Desk
    session: Session
    request: Request
    action: str
    before: RequestStatus
    after: RequestStatus
    at: datetime
    revision: int
    recorded: list[str] = field(default_factory=list)

    def require(self, action: str) -> None:
        """Checks the role for a stronger form of the action (``approve_with_override``)."""
        permissions.require(self.session, action)

    def record(self, event: str, **detail: Any) -> None:
        """Appends the change's event, stamped with the new revision."""
        record(self.session, self.desk, event, self.request.id, revision=self.revision, **detail)
        self.recorded.append(event)


@contextmanager
def change(
    desk: Desk, request_id: int, action: str, *, expect_revision: int | None = None
) -> Iterator[Change]:
    """Runs one change of a request in one transaction (see the module docstring).

    The transition (status, pauses), the revision and the announcement are applied before the
    caller's block runs, so what it computes (the due date) sees the new state; an error raised
    in the block rolls everything back.

    Raises:
        DeskError: ``request.not_found``; :class:`RequestChanged` (``request.changed``); the
            lifecycle's refusal (``decision.issued``, ``decision.rejected``,
            ``report.not_approved``, ``request.not_allowed``); ``role.not_permitted``.
    """
    with desk.db.begin() as session:
        request = lock_request(session, request_id)
        check_revision(session, request, expect_revision)
        before = lifecycle.status(request.status)
        refused = lifecycle.refusal(action, before)
        if refused is not None:
            raise DeskError(refused, f"{action} from {before}")
        permissions.require(session, action)
        after = lifecycle.target(action, before)
        at = now()
        apply_pauses(request, before, after, office_day(at))
        if after != before:
            # the database's status trigger requires the role of the action that took the step
            request.status_action = action
        request.status = after
        revision = bump(session, request, at)
        yield Change(desk, session, request, action, before, after, at, revision)
