"""Who is reviewing what: claims with an expiry kept alive by heartbeats.

Opening a request for review claims it for the clerk; the desk refreshes its claims every
:data:`HEARTBEAT_SECONDS`, and a claim not refreshed for :data:`CLAIM_SECONDS` has expired. Anyone
may still read a claimed request. Another clerk may take it over with a stated reason (recorded):
an expired claim by anyone, a live one only with the ``take_over`` role (supervisor). Claiming,
taking over and releasing are changes of the single write path (they bump the revision);
heartbeats are not. A claim made from the command line expires like any other.

Claims only guide people; the revision check is what keeps decisions correct.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.errors import DeskError
from ssw_desk.services import permissions
from ssw_desk.services.changes import bump, check_revision, lock_request
from ssw_desk.services.context import Desk, now, record
from ssw_desk.storage.models import Claim

#: A claim lives this long after its last heartbeat.
CLAIM_SECONDS = 60
#: How often an open desk refreshes its claims.
HEARTBEAT_SECONDS = 20


@dataclass(frozen=True)
class ClaimView:
    """A live claim: who holds it and until when (unless refreshed)."""

    request_id: int
    clerk: str
    display_name: str
    claimed_at: str
    expires_at: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "clerk": self.clerk,
            "display_name": self.display_name,
            "claimed_at": self.claimed_at,
            "expires_at": self.expires_at,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ClaimResult:
    """After :func:`claim`: the claim held now, the revision, and whose claim was taken over."""

    claim: ClaimView
    revision: int
    taken_from: str | None


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns.
    return value if value.tzinfo is not None else value.replace(tzinfo=now().tzinfo)


def _view(row: Claim) -> ClaimView:
    return ClaimView(
        request_id=row.request_id,
        clerk=row.clerk,
        display_name=row.display_name or row.clerk,
        claimed_at=_aware(row.claimed_at).isoformat(),
        expires_at=_aware(row.expires_at).isoformat(),
        reason=row.reason,
    )


def live_claims(session: Session, request_ids: Iterable[int] | None = None) -> dict[int, ClaimView]:
    """Request id -> its live claim (expired ones are left out)."""
    stmt = select(Claim).where(Claim.expires_at > now())
    if request_ids is not None:
        stmt = stmt.where(Claim.request_id.in_(list(request_ids)))
    return {row.request_id: _view(row) for row in session.execute(stmt).scalars()}


def current_claim(session: Session, request_id: int) -> ClaimView | None:
    return live_claims(session, [request_id]).get(request_id)


def claim(
    desk: Desk,
    *,
    request_id: int,
    take_over: str | None = None,
    expect_revision: int | None = None,
) -> ClaimResult:
    """Claims a request for this clerk (or refreshes the clerk's own claim, without a change).

    Args:
        take_over: The reason for taking over another clerk's claim (recorded).

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``claim.held`` (detail: the
            holder; give a reason to take it over), ``claim.needs_reason`` (an empty reason),
            ``role.not_permitted`` (a live claim needs the ``take_over`` role).
    """
    me = desk.actor.user
    reason = (take_over or "").strip()
    if take_over is not None and not reason:
        raise DeskError("claim.needs_reason")
    with desk.db.begin() as session:
        request = lock_request(session, request_id)
        check_revision(session, request, expect_revision)
        at = now()
        row = session.get(Claim, request_id)
        live = row is not None and _aware(row.expires_at) > at
        expires = at + timedelta(seconds=CLAIM_SECONDS)
        if row is not None and live and row.clerk == me:
            row.heartbeat_at, row.expires_at = at, expires
            return ClaimResult(_view(row), request.revision, None)
        taken_from = row.clerk if row is not None and row.clerk != me else None
        if live and taken_from is not None:
            if not reason:
                raise DeskError("claim.held", row.display_name if row else "")
            permissions.require(session, "take_over")
        else:
            permissions.require(session, "claim")
        assert lifecycle.allowed("claim", request.status)
        if row is None:
            row = Claim(request_id=request_id)
            session.add(row)
        row.clerk, row.display_name = me, me
        row.claimed_at, row.heartbeat_at, row.expires_at = at, at, expires
        row.reason = reason
        revision = bump(session, request, at)
        if taken_from is not None and reason:
            record(
                session,
                desk,
                "claim.taken_over",
                request_id,
                revision=revision,
                previous=taken_from,
                live=live,
                reason=reason,
            )
        else:
            record(session, desk, "claim.claimed", request_id, revision=revision)
        session.flush()
        return ClaimResult(_view(row), revision, taken_from if live or reason else None)


def release(desk: Desk, *, request_id: int, expect_revision: int | None = None) -> int:
    """Gives up this clerk's claim; returns the new revision.

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``claim.not_held``.
    """
    with desk.db.begin() as session:
        request = lock_request(session, request_id)
        check_revision(session, request, expect_revision)
        row = session.get(Claim, request_id)
        if row is None or row.clerk != desk.actor.user:
            raise DeskError("claim.not_held", str(request_id))
        permissions.require(session, "release")
        session.delete(row)
        revision = bump(session, request)
        record(session, desk, "claim.released", request_id, revision=revision)
        return revision


def heartbeat(desk: Desk, request_ids: Iterable[int]) -> int:
    """Keeps this clerk's claims on ``request_ids`` alive; returns how many are still held.

    Not a change (no revision, no event): a desk calls it every :data:`HEARTBEAT_SECONDS`.
    """
    ids = list(request_ids)
    if not ids:
        return 0
    at = now()
    with desk.db.begin() as session:
        result = session.execute(
            update(Claim)
            .where(
                Claim.request_id.in_(ids),
                Claim.clerk == desk.actor.user,
                Claim.expires_at > at,
            )
            .values(heartbeat_at=at, expires_at=at + timedelta(seconds=CLAIM_SECONDS))
        )
        return int(getattr(result, "rowcount", 0) or 0)
