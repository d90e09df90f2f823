"""Retention: after the retention period a request's personal data goes, its record stays.

``retention`` setting: ``{"days": N}`` counted from the decision (the last change of a request
that is ``issued`` or ``rejected``; default :data:`DEFAULT_DAYS`). :func:`purge` removes, for
each such request not on hold: its e-mails in and out (messages and raw bytes), versions with
their items and body text, attachments and images, the report PDF, and the personal columns of
the request (sender, subject, exam number, name, nationality, date of birth, sex, findings,
overrides). It keeps the anonymised record: reference, dates, status, and the report rows
(serial, code, status) so issued reports still verify by PDF or code. Quarantined messages
older than the period go too, and so do sent, failed or cancelled outbox copies not tied to a
request; the roster row of a purged request's exam number goes with it (unless a request that
is kept still needs it). What was removed is recorded (``retention_log`` and a
``retention.purged`` event, counts only). SQLite deletes securely (zeroed pages) and the
write-ahead log is checkpointed and truncated afterwards.

:func:`purge_due` tells an open desk whether to run the purge now (setting
``retention.auto_purge`` / ``purge_every_hours``, counted from the last ``retention.run`` event
of any desk); the GUI runs it on a timer in the background.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ssw_desk.domain.desk_settings import RetentionSettings
from ssw_desk.domain.settings_schema import SettingError
from ssw_desk.errors import DeskError
from ssw_desk.services import settings as registry
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.report_keys import require_role
from ssw_desk.storage.models import (
    Attachment,
    Blob,
    Event,
    Message,
    OutboxEntry,
    Report,
    Request,
    RetentionHold,
    RetentionLog,
    RosterEntry,
    Version,
)

DEFAULT_DAYS = RetentionSettings().days
#: Request statuses after the decision (the strings of the lifecycle; see issue 9a).
DECIDED = ("issued", "rejected")


@dataclass
class PurgeSummary:
    """What one purge removed (counts and references only)."""

    requests: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    messages: int = 0
    quarantined: int = 0
    outbox: int = 0
    roster: int = 0
    blobs: int = 0


def retention_days(session: Session) -> int:
    """The retention period in force (setting ``retention``, declared in the registry).

    Raises:
        DeskError: ``retention.bad_setting`` when the stored value breaks its rule: a purge
            never runs on a default it was not given.
    """
    try:
        days: int = registry.read_strict(session, "retention").days
    except SettingError as exc:
        raise DeskError("retention.bad_setting", exc.detail) from exc
    return days


def hold(desk: Desk, *, request_id: int, reason: str) -> None:
    """Keep a request beyond the retention period (admin)."""
    require_role(desk, "admin")
    with desk.db.begin() as session:
        if session.get(Request, request_id) is None:
            raise DeskError("request.not_found", str(request_id))
        if session.get(RetentionHold, request_id) is None:
            session.add(
                RetentionHold(
                    request_id=request_id, reason=reason, held_by=str(desk.actor), held_at=now()
                )
            )
        record(session, desk, "retention.held", request_id)


def release(desk: Desk, *, request_id: int) -> None:
    """Let the purge take a held request again (admin)."""
    require_role(desk, "admin")
    with desk.db.begin() as session:
        session.execute(delete(RetentionHold).where(RetentionHold.request_id == request_id))
        record(session, desk, "retention.released", request_id)


def _purge_request(session: Session, request: Request) -> dict[str, int]:
    versions = list(session.scalars(select(Version).where(Version.request_id == request.id)))
    version_ids = [v.id for v in versions]
    shas: set[str] = set()
    attachments = list(
        session.scalars(select(Attachment).where(Attachment.version_id.in_(version_ids)))
    )
    shas.update(a.sha256 for a in attachments)
    messages = list(session.scalars(select(Message).where(Message.request_id == request.id)))
    message_ids = {m.id for m in messages} | {v.message_pk for v in versions}
    shas.update(m.raw_sha256 for m in messages)
    reports = list(session.scalars(select(Report).where(Report.request_id == request.id)))
    shas.update(r.pdf_sha256 for r in reports if r.pdf_sha256)
    outbox = session.execute(delete(OutboxEntry).where(OutboxEntry.message_pk.in_(message_ids)))
    session.execute(delete(Attachment).where(Attachment.version_id.in_(version_ids)))
    session.execute(delete(Version).where(Version.id.in_(version_ids)))
    session.execute(delete(Message).where(Message.id.in_(message_ids)))
    roster = _drop_roster_row(session, request)
    pdfs = sum(1 for r in reports if r.pdf_sha256)
    for report in reports:
        report.pdf_sha256 = None
    for column in ("exam_number", "name", "nationality", "date_of_birth", "sex", "exam_date"):
        setattr(request, column, None)
    request.sender, request.subject = "", ""
    request.findings, request.overrides = [], {}
    session.flush()
    return {
        "versions": len(version_ids),
        "attachments": len(attachments),
        "messages": len(message_ids),
        "report_pdfs": pdfs,
        "outbox": outbox.rowcount or 0,  # type: ignore[attr-defined]
        "roster": roster,
        "blobs": _drop_unreferenced(session, shas),
    }


def _drop_roster_row(session: Session, request: Request) -> int:
    """The roster row of the request's exam number, unless a request kept still needs it
    (another request for that number that is not purged)."""
    number = request.exam_number
    if not number:
        return 0
    others = session.scalars(
        select(Request.id).where(Request.exam_number == number, Request.id != request.id)
    ).all()
    purged = set(session.scalars(select(RetentionLog.request_id)))
    if any(other not in purged for other in others):
        return 0
    gone = session.execute(delete(RosterEntry).where(RosterEntry.exam_number == number))
    return int(gone.rowcount or 0)  # type: ignore[attr-defined]


def _drop_unreferenced(session: Session, shas: set[str]) -> int:
    if not shas:
        return 0
    used = set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(shas))))
    used |= set(session.scalars(select(Message.raw_sha256).where(Message.raw_sha256.in_(shas))))
    pdfs = session.scalars(select(Report.pdf_sha256).where(Report.pdf_sha256.in_(shas)))
    used |= {s for s in pdfs if s}
    gone = sorted(shas - used)
    if gone:
        session.execute(delete(Blob).where(Blob.sha256.in_(gone)))
    return len(gone)


def purge(desk: Desk, *, at: datetime | None = None) -> PurgeSummary:
    """Remove the personal data of every decided request past the retention period."""
    require_role(desk, "admin")
    summary = PurgeSummary()
    moment = at or now()
    with desk.db.begin() as session:
        cutoff = moment - timedelta(days=retention_days(session))
        held = set(session.scalars(select(RetentionHold.request_id)))
        done = set(session.scalars(select(RetentionLog.request_id)))
        candidates = session.scalars(
            select(Request).where(Request.status.in_(DECIDED), Request.updated_at <= cutoff)
        ).all()
        for request in candidates:
            if request.id in done:
                continue
            if request.id in held:
                summary.held.append(request.reference)
                continue
            removed = _purge_request(session, request)
            session.add(RetentionLog(request_id=request.id, purged_at=moment, removed=removed))
            record(session, desk, "retention.purged", request.id, **removed)
            summary.requests.append(request.reference)
            summary.messages += removed["messages"]
            summary.outbox += removed["outbox"]
            summary.roster += removed["roster"]
            summary.blobs += removed["blobs"]
        old = list(
            session.scalars(
                select(Message).where(
                    Message.status == "quarantined",
                    Message.request_id.is_(None),
                    Message.imported_at <= cutoff,
                )
            )
        )
        shas = {m.raw_sha256 for m in old}
        if old:
            session.execute(delete(Message).where(Message.id.in_([m.id for m in old])))
            session.flush()
            summary.blobs += _drop_unreferenced(session, shas)
            summary.quarantined = len(old)
            record(session, desk, "retention.quarantine_purged", None, messages=len(old))
        summary.outbox += _purge_outbox(session, desk, cutoff, summary)
        record(
            session,
            desk,
            "retention.run",
            None,
            requests=len(summary.requests),
            held=len(summary.held),
            quarantined=summary.quarantined,
            outbox=summary.outbox,
        )
    _compact(desk)
    return summary


def _purge_outbox(session: Session, desk: Desk, cutoff: datetime, summary: PurgeSummary) -> int:
    """Outgoing copies not tied to a request, finished (sent, failed, cancelled) before the
    cutoff: the outbox rows, their messages and bytes."""
    entries = list(
        session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.request_id.is_(None),
                OutboxEntry.status.in_(("sent", "failed", "cancelled")),
                OutboxEntry.created_at <= cutoff,
            )
        )
    )
    if not entries:
        return 0
    message_ids = [e.message_pk for e in entries]
    shas = set(session.scalars(select(Message.raw_sha256).where(Message.id.in_(message_ids))))
    session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_([e.id for e in entries])))
    session.execute(delete(Message).where(Message.id.in_(message_ids)))
    session.flush()
    summary.blobs += _drop_unreferenced(session, shas)
    record(session, desk, "retention.outbox_purged", None, messages=len(entries))
    return len(entries)


def purge_due(desk: Desk, *, at: datetime | None = None) -> bool:
    """Whether the scheduled purge should run now: ``retention.auto_purge`` is on and no desk
    ran a purge in the last ``purge_every_hours``."""
    from ssw_desk.services.settings import read

    moment = at or now()
    with desk.db.read() as session:
        schedule = read(session, "retention")
        if not schedule.auto_purge:
            return False
        last = session.scalar(select(func.max(Event.at)).where(Event.action == "retention.run"))
    if last is None:
        return True
    if last.tzinfo is None:  # SQLite hands back naive UTC
        last = last.replace(tzinfo=moment.tzinfo)
    return moment - last >= timedelta(hours=schedule.purge_every_hours)


def _compact(desk: Desk) -> None:
    """SQLite: move the zeroed pages out of the write-ahead log and truncate it."""
    if not desk.db.is_sqlite:
        return
    raw = desk.db.engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
