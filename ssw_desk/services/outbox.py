"""The mail outbox: outgoing messages written in the deciding transaction, sent after commit.

:func:`queue_outgoing` is called by the decisions (a notice, a rejection) and by the report
e-mail in the same transaction as the decision: the message is sent only if the decision is
committed, and it is never lost if the desk stops before sending. The sender
(:mod:`ssw_desk.mailbox.send`) claims rows one by one (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` serialises) and records the outcome here.

Statuses: ``queued`` (waiting, maybe after a failed try: ``next_attempt_at``), ``sending``
(claimed; found so after a crash it is looked for in the Sent folder), ``sent`` (with the
server's answer), ``failed`` (refused for good, with the reason), ``uncertain`` (a crash left it
unknown whether the server took it: a clerk confirms or resends), ``cancelled``. The outgoing
:class:`Message` row carries the same status, ``bounced`` when a bounce came back.
History events: ``mail.queued``, ``mail.sent``, ``mail.failed``, ``mail.retry``,
``mail.uncertain``, ``mail.bounced``, ``mail.resent``, ``mail.cancelled``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.mail_settings import mailbox_settings
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Message, OutboxEntry, Request

#: Waits after the 1st, 2nd, ... failed try (then the last one again).
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
)
#: After this many tries a temporary failure becomes ``failed`` (a clerk resends).
MAX_ATTEMPTS = 12


def queue_outgoing(session: Session, desk: Desk, *, message: Message, kind: str) -> int | None:
    """Puts an outgoing message in the outbox, in the caller's transaction.

    Args:
        session: The deciding transaction (not committed here).
        desk: Who decides.
        message: The outgoing :class:`Message` (its blob holds the sealed bytes to send).
        kind: ``notice:deficiency``, ``notice:ineligible``, ``report``.

    Returns:
        The outbox row id, or None when the desk does not send mail itself (no SMTP server
        or sender set): the message stays a draft (``prepared``) to send by hand.
    """
    if not mailbox_settings(session).can_send or not message.message_id:
        return None
    at = now()
    entry = OutboxEntry(
        message_pk=message.id,
        request_id=message.request_id,
        message_id=message.message_id,
        kind=kind,
        status="queued",
        attempts=0,
        next_attempt_at=at,
        created_at=at,
    )
    session.add(entry)
    message.status = "queued"
    session.flush()
    record(session, desk, "mail.queued", message.request_id, outbox=entry.id, kind=kind)
    return entry.id


@dataclass(frozen=True)
class OutboxInfo:
    """One outbox row as the outbox view and ``outbox list --json`` show it."""

    id: int
    request_id: int | None
    reference: str | None
    kind: str
    status: str
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    server_answer: str | None
    created_at: str
    sent_at: str | None
    bounced: bool

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def _info(e: OutboxEntry, reference: str | None) -> OutboxInfo:
    return OutboxInfo(
        id=e.id,
        request_id=e.request_id,
        reference=reference,
        kind=e.kind,
        status=e.status,
        attempts=e.attempts,
        next_attempt_at=_iso(e.next_attempt_at) if e.status == "queued" else None,
        last_error=e.last_error,
        server_answer=e.server_answer,
        created_at=e.created_at.isoformat(),
        sent_at=_iso(e.sent_at),
        bounced=e.bounced_at is not None,
    )


def list_outbox(
    desk: Desk, *, statuses: tuple[str, ...] | None = None, request_id: int | None = None
) -> list[OutboxInfo]:
    """Outbox rows, oldest first; all, or those of the given statuses / request."""
    with desk.db.read() as session:
        stmt = (
            select(OutboxEntry, Request.reference)
            .outerjoin(Request, Request.id == OutboxEntry.request_id)
            .order_by(OutboxEntry.id)
        )
        if statuses:
            stmt = stmt.where(OutboxEntry.status.in_(statuses))
        if request_id is not None:
            stmt = stmt.where(OutboxEntry.request_id == request_id)
        return [_info(e, ref) for e, ref in session.execute(stmt).all()]


def count_waiting(desk: Desk) -> int:
    with desk.db.read() as session:
        stmt = select(func.count()).where(OutboxEntry.status.in_(("queued", "sending")))
        return int(session.execute(stmt).scalar_one())


@dataclass(frozen=True)
class Claimed:
    """A row claimed for sending, with the bytes to send (unsealed, in memory only)."""

    id: int
    message_id: str
    request_id: int | None
    raw: bytes


def _set_status(session: Session, entry: OutboxEntry, status: str) -> None:
    entry.status = status
    message = session.get(Message, entry.message_pk)
    if message is not None:
        message.status = status


def claim_next(desk: Desk, *, holder: str, at: datetime) -> Claimed | None:
    """Claims the oldest row due for sending (status ``sending``), or None."""
    with desk.db.begin() as session:
        stmt = (
            select(OutboxEntry)
            .where(OutboxEntry.status == "queued", OutboxEntry.next_attempt_at <= at)
            .order_by(OutboxEntry.id)
            .limit(1)
        )
        if not desk.db.is_sqlite:
            stmt = stmt.with_for_update(skip_locked=True)
        entry = session.execute(stmt).scalars().first()
        if entry is None:
            return None
        _set_status(session, entry, "sending")
        entry.claimed_by = holder
        entry.claimed_at = at
        entry.attempts += 1
        message = session.get(Message, entry.message_pk)
        assert message is not None
        return Claimed(
            entry.id, entry.message_id, entry.request_id, get_blob(session, message.raw_sha256)
        )


def orphans(desk: Desk) -> list[Claimed]:
    """Rows left ``sending`` by a desk that stopped (only called under the mailbox lock)."""
    with desk.db.begin() as session:
        rows = session.execute(
            select(OutboxEntry).where(OutboxEntry.status == "sending").order_by(OutboxEntry.id)
        ).scalars()
        out = []
        for e in rows:
            message = session.get(Message, e.message_pk)
            assert message is not None
            out.append(
                Claimed(e.id, e.message_id, e.request_id, get_blob(session, message.raw_sha256))
            )
        return out


def _load(session: Session, outbox_id: int) -> OutboxEntry:
    entry = session.get(OutboxEntry, outbox_id)
    if entry is None:
        raise DeskError("outbox.not_found", str(outbox_id))
    return entry


def mark_sent(desk: Desk, outbox_id: int, *, answer: str, found_in_sent: bool = False) -> None:
    with desk.db.begin() as session:
        entry = _load(session, outbox_id)
        _set_status(session, entry, "sent")
        entry.sent_at = now()
        entry.server_answer = answer[:500]
        entry.last_error = None
        record(
            session,
            desk,
            "mail.sent",
            entry.request_id,
            outbox=entry.id,
            answer=answer[:200],
            found_in_sent=found_in_sent,
        )


def mark_failed(desk: Desk, outbox_id: int, *, reason: str, temporary: bool) -> str:
    """Records a failed try: back to ``queued`` with a back-off when temporary (and tries
    remain), else ``failed``. Returns the new status."""
    with desk.db.begin() as session:
        entry = _load(session, outbox_id)
        entry.last_error = reason[:500]
        if temporary and entry.attempts < MAX_ATTEMPTS:
            wait = BACKOFF[min(entry.attempts, len(BACKOFF)) - 1] if entry.attempts else BACKOFF[0]
            entry.next_attempt_at = now() + wait
            _set_status(session, entry, "queued")
            record(
                session, desk, "mail.retry", entry.request_id, outbox=entry.id, reason=reason[:200]
            )
        else:
            _set_status(session, entry, "failed")
            record(
                session, desk, "mail.failed", entry.request_id, outbox=entry.id, reason=reason[:200]
            )
        return entry.status


def mark_uncertain(desk: Desk, outbox_id: int) -> None:
    with desk.db.begin() as session:
        entry = _load(session, outbox_id)
        _set_status(session, entry, "uncertain")
        entry.last_error = "outbox.uncertain"
        record(session, desk, "mail.uncertain", entry.request_id, outbox=entry.id)


def resend(desk: Desk, *, outbox_id: int, reason: str) -> None:
    """A clerk sends a failed or uncertain message again (with a reason, recorded).

    Raises:
        DeskError: ``outbox.not_found``, ``outbox.reason_needed``, ``outbox.not_resendable``.
    """
    if not reason.strip():
        raise DeskError("outbox.reason_needed")
    with desk.db.begin() as session:
        entry = _load(session, outbox_id)
        if entry.status not in ("failed", "uncertain"):
            raise DeskError("outbox.not_resendable", entry.status)
        _set_status(session, entry, "queued")
        entry.next_attempt_at = now()
        record(
            session, desk, "mail.resent", entry.request_id, outbox=entry.id, reason=reason.strip()
        )


def cancel(desk: Desk, *, outbox_id: int) -> None:
    """Cancels a message still waiting (``queued``, ``failed`` or ``uncertain``)."""
    with desk.db.begin() as session:
        entry = _load(session, outbox_id)
        if entry.status not in ("queued", "failed", "uncertain"):
            raise DeskError("outbox.not_cancellable", entry.status)
        _set_status(session, entry, "cancelled")
        record(session, desk, "mail.cancelled", entry.request_id, outbox=entry.id)


def mark_bounced(session: Session, desk: Desk, *, message_ids: list[str]) -> int | None:
    """A bounce names one of our messages: it is marked undelivered. Returns its request."""
    if not message_ids:
        return None
    entry = (
        session.execute(select(OutboxEntry).where(OutboxEntry.message_id.in_(message_ids)).limit(1))
        .scalars()
        .first()
    )
    if entry is not None:
        entry.bounced_at = now()
        message = session.get(Message, entry.message_pk)
        if message is not None:
            message.status = "bounced"
        record(session, desk, "mail.bounced", entry.request_id, outbox=entry.id)
        return entry.request_id
    message = (
        session.execute(
            select(Message).where(Message.direction == "out", Message.message_id.in_(message_ids))
        )
        .scalars()
        .first()
    )
    if message is None:
        return None
    message.status = "bounced"
    record(session, desk, "mail.bounced", message.request_id, message_pk=message.id)
    return message.request_id
