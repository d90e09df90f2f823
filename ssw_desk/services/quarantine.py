"""Messages the desk could not understand: kept with their raw bytes and a reason.

A quarantined message can be read as plain text, exported as its raw file, and imported again
after an update fixed the fault that stopped it (:func:`retry_quarantined`): the intake runs
again on the stored bytes although their SHA-256 is known (the quarantine row holds it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from ssw_desk import messages
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, record
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Message

log = logging.getLogger(__name__)

QUARANTINED = "quarantined"
#: A quarantined message imported by a retry: kept (its raw bytes, its history), resolved.
RETRIED = "retried"


@dataclass(frozen=True)
class QuarantineItem:
    id: int
    origin: str
    reason: str
    detail: str
    advice: str
    size: int
    sha256: str
    imported_at: str
    source_format: str = "eml"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class RetryResult:
    """What a retry did to each message: imported (with its request), a duplicate of one
    stored since, or still quarantined (with the reason now)."""

    imported: dict[int, int] = field(default_factory=dict)
    duplicates: list[int] = field(default_factory=list)
    quarantined: dict[int, str] = field(default_factory=dict)
    not_found: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def advice(reason: str, lang: str = "en") -> str:
    """What a clerk can do about a quarantine reason (the one table of messages)."""
    return messages.text(reason, lang) if messages.has_text(reason) else ""


def list_quarantine(desk: Desk, *, lang: str = "en") -> list[QuarantineItem]:
    """The messages in quarantine, oldest first, each with its reason as a sentence."""
    with desk.db.read() as session:
        rows = session.execute(
            select(Message).where(Message.status == QUARANTINED).order_by(Message.id)
        ).scalars()
        return [
            QuarantineItem(
                id=m.id,
                origin=m.origin,
                reason=m.quarantine_reason or "",
                detail=m.quarantine_detail or "",
                advice=advice(m.quarantine_reason or "", lang),
                size=len(get_blob(session, m.raw_sha256)),
                sha256=m.raw_sha256,
                imported_at=m.imported_at.isoformat(),
                source_format=m.source_format or "eml",
            )
            for m in rows
        ]


def quarantined_raw(desk: Desk, message_id: int, *, purpose: str = "view") -> bytes:
    """The raw bytes of a quarantined message (to read as text or to export).

    The access is recorded (``mail.raw_read`` with the purpose): the bytes hold personal data.

    Raises:
        DeskError: ``quarantine.not_found`` when no quarantined message has this id.
    """
    with desk.db.begin() as session:
        message = session.get(Message, message_id)
        if message is None or message.status != QUARANTINED:
            raise DeskError("quarantine.not_found", str(message_id))
        raw = get_blob(session, message.raw_sha256)
        record(session, desk, "mail.raw_read", message_pk=message_id, purpose=purpose)
        return raw


def raw_as_text(raw: bytes) -> str:
    """The raw message as text for reading (never markup): undecodable bytes shown as ``�``."""
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n")


def all_quarantined(desk: Desk) -> list[int]:
    with desk.db.read() as session:
        return list(
            session.execute(
                select(Message.id).where(Message.status == QUARANTINED).order_by(Message.id)
            ).scalars()
        )


def retry_quarantined(desk: Desk, ids: Iterable[int]) -> RetryResult:
    """Runs the intake again on the stored bytes of quarantined messages.

    Each message is parsed and analysed again. When that succeeds it is stored as if it had
    just arrived and its quarantine row is marked ``retried`` (kept, with its history); when
    it fails again its reason is updated and it stays in quarantine. One message failing
    never stops the others.
    """
    from ssw_desk.services.intake import photo_limits

    result = RetryResult()
    limits = photo_limits(desk)
    for message_id in ids:
        try:
            _retry_one(desk, message_id, limits, result)
        except DeskError as exc:
            if exc.code == "quarantine.not_found":
                result.not_found.append(message_id)
            else:
                result.quarantined[message_id] = exc.code
    return result


def _retry_one(desk: Desk, message_id: int, limits: object, result: RetryResult) -> None:
    from ssw_desk.mail import MailSource
    from ssw_desk.services.analysis import analyse_parsed, parse_raw
    from ssw_desk.services.dedupe import content_sha, dedupe_key, safe_trace
    from ssw_desk.services.intake_store import store

    with desk.db.read() as session:
        message = session.get(Message, message_id)
        if message is None or message.status != QUARANTINED:
            raise DeskError("quarantine.not_found", str(message_id))
        raw_sha = message.raw_sha256
        source = MailSource(
            origin=message.origin,
            raw=get_blob(session, raw_sha),
            source_format=message.source_format or "eml",
        )
        original_key = message.dedupe_key
    digest = analyse_parsed(parse_raw(source.raw, source.source_format), limits)  # type: ignore[arg-type]
    if digest.trace is not None:
        log.error("retried message %d failed again: %s", message_id, digest.trace)
    if digest.mail is None or digest.analysis is None:
        _still(desk, message_id, digest.reason or "?", digest.detail or "", result)
        return
    # Free the bytes' dedupe key for the import; put back if the import fails.
    _mark(desk, message_id, status=RETRIED, key=f"retried:{message_id}:{raw_sha}")
    content = content_sha(digest.mail)
    key = dedupe_key(digest.mail, content)
    try:
        stored = store(
            desk, source, digest.mail, digest.analysis, raw_sha, key, content, retry_of=message_id
        )
        request_id = stored.request_id
    except Exception as exc:
        # Database errors quote the row (names, dates of birth): the type and place only.
        log.error("storing the retried message failed: %s", safe_trace(exc))
        _mark(desk, message_id, status=QUARANTINED, key=original_key)
        _still(desk, message_id, "intake.internal_error", type(exc).__name__, result)
        return
    with desk.db.begin() as session:
        record(session, desk, "mail.retried", request_id, message_pk=message_id)
    if request_id is None:
        result.duplicates.append(message_id)
    else:
        result.imported[message_id] = request_id


def _mark(desk: Desk, message_id: int, *, status: str, key: str) -> None:
    with desk.db.begin() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise DeskError("quarantine.not_found", str(message_id))
        message.status = status
        message.dedupe_key = key


def _still(desk: Desk, message_id: int, reason: str, detail: str, result: RetryResult) -> None:
    with desk.db.begin() as session:
        message = session.get(Message, message_id)
        if message is not None:
            message.quarantine_reason = reason
            message.quarantine_detail = detail[:2000]
        record(session, desk, "mail.quarantined", reason=reason, retried=True)
    result.quarantined[message_id] = reason
