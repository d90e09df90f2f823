"""Import of request e-mails: every input ends imported, duplicate or quarantined.

``import_paths`` is the user action (menu, drag and drop, ``ssw-desk import``). Each message is
stored in a transaction of its own, so one bad message never takes others down, and the raw
bytes are written before anything is interpreted.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssw_desk.imaging.limits import PhotoLimits
from ssw_desk.mail import MailError, MailSource, ParsedMail, iter_sources, parse_mail
from ssw_desk.services.analysis import Analysis, analyse, extraction_to_json
from ssw_desk.services.context import Desk, load_setting, now, record
from ssw_desk.services.findings import refresh
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import put_blob
from ssw_desk.storage.models import Attachment, Message, Request, Version

log = logging.getLogger(__name__)

Outcome = Literal["imported", "duplicate", "quarantined"]
TOKYO = ZoneInfo("Asia/Tokyo")  # the secretariat's calendar, whatever the sender's zone


@dataclass
class ImportResult:
    """Counts for one import; ``imported + duplicates + quarantined == inputs``."""

    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    requests: list[int] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def inputs(self) -> int:
        return self.imported + self.duplicates + self.quarantined

    def as_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "requests": self.requests,
        }


Progress = Callable[[int, str], None]


def import_paths(
    desk: Desk,
    *,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports every e-mail found under ``paths``.

    Args:
        desk: The desk to import into.
        paths: Files (.eml, .msg, mbox) and folders (Maildir or any tree of such files).
        progress: Called with (count so far, origin) after each message.
        cancelled: Polled between messages; the import stops cleanly when it returns True.

    Returns:
        The counts and the ids of the requests created or continued.
    """
    return import_sources(desk, sources=iter_sources(paths), progress=progress, cancelled=cancelled)


def import_sources(
    desk: Desk,
    *,
    sources: Iterable[MailSource],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports messages already read into memory (demo data, IMAP fetches); see import_paths."""
    result = ImportResult()
    limits = photo_limits(desk)
    for source in sources:
        if cancelled is not None and cancelled():
            break
        outcome, request_id, reason = import_one(desk, source, limits=limits)
        if outcome == "imported":
            result.imported += 1
            if request_id is not None and request_id not in result.requests:
                result.requests.append(request_id)
        elif outcome == "duplicate":
            result.duplicates += 1
        else:
            result.quarantined += 1
            result.reasons[reason or "?"] = result.reasons.get(reason or "?", 0) + 1
        if progress is not None:
            progress(result.inputs, source.origin)
    return result


def photo_limits(desk: Desk) -> PhotoLimits:
    with desk.db.begin() as session:
        return PhotoLimits.from_overrides(load_setting(session, "photo"))


def import_one(
    desk: Desk, source: MailSource, *, limits: PhotoLimits
) -> tuple[Outcome, int | None, str | None]:
    """Imports one message; returns (outcome, request id, quarantine reason)."""
    raw_sha = hashlib.sha256(source.raw).hexdigest()
    with desk.db.begin() as session:
        if repos.message_exists(session, "sha256:" + raw_sha):
            return "duplicate", None, None
    try:
        mail = parse_mail(source.raw, source_format=source.source_format)
    except MailError as exc:
        return _quarantine(desk, source, raw_sha, exc.code, exc.detail)
    except Exception as exc:  # a parser bug must not lose the message
        log.exception("mail parsing failed")
        return _quarantine(desk, source, raw_sha, "intake.internal_error", type(exc).__name__)
    key = f"mid:{mail.message_id}" if mail.message_id else f"sha256:{raw_sha}"
    with desk.db.begin() as session:
        if repos.message_exists(session, key):
            return "duplicate", None, None
    try:
        analysis = analyse(mail, limits=limits)
        request_id = _store(desk, source, mail, analysis, raw_sha, key)
    except IntegrityError as exc:
        with desk.db.begin() as session:
            if repos.message_exists(session, key):
                # Another workstation stored the same message a moment ago.
                return "duplicate", None, None
        log.exception("storing the request failed")
        return _quarantine(desk, source, raw_sha, "intake.internal_error", type(exc).__name__)
    except Exception as exc:
        log.exception("request analysis failed")
        return _quarantine(desk, source, raw_sha, "intake.internal_error", type(exc).__name__)
    return "imported", request_id, None


def _quarantine(
    desk: Desk, source: MailSource, raw_sha: str, reason: str, detail: str
) -> tuple[Outcome, int | None, str | None]:
    try:
        with desk.db.begin() as session:
            put_blob(session, source.raw, raw_sha)
            session.add(
                Message(
                    dedupe_key="sha256:" + raw_sha,
                    raw_sha256=raw_sha,
                    source_format=source.source_format,
                    origin=source.origin,
                    status="quarantined",
                    quarantine_reason=reason,
                    quarantine_detail=detail[:2000],
                    imported_at=now(),
                    imported_by=str(desk.actor),
                )
            )
            record(session, desk, "mail.quarantined", reason=reason)
    except IntegrityError:
        return "duplicate", None, None
    return "quarantined", None, reason


def _store(
    desk: Desk,
    source: MailSource,
    mail: ParsedMail,
    analysis: Analysis,
    raw_sha: str,
    key: str,
) -> int:
    received = mail.date or datetime.now(UTC)
    with desk.db.begin() as session:
        put_blob(session, source.raw, raw_sha)
        message = Message(
            dedupe_key=key,
            message_id=mail.message_id,
            raw_sha256=raw_sha,
            source_format=mail.source_format,
            origin=source.origin,
            status="parsed",
            received_at=received,
            sender=mail.sender,
            subject=mail.subject,
            in_reply_to=mail.in_reply_to,
            references=list(mail.references),
            imported_at=now(),
            imported_by=str(desk.actor),
        )
        session.add(message)
        session.flush()
        thread_ids = [i for i in (mail.in_reply_to, *mail.references) if i]
        request = repos.thread_request(
            session, ids=thread_ids, sender=mail.sender, subject=mail.subject
        )
        if request is None:
            request = _new_request(session, received, mail)
            action = "request.created"
        else:
            _resubmitted(request, received)
            action = "request.resubmitted"
        message.request_id = request.id
        previous = request.versions[-1] if request.versions else None
        version = Version(
            request_id=request.id,
            number=len(request.versions) + 1,
            message_pk=message.id,
            fields=carry_fields(extraction_to_json(analysis.extraction), previous),
            body_text=analysis.text,
            findings=[],
            created_at=now(),
        )
        session.add(version)
        request.versions.append(version)
        request.version_count = version.number
        session.flush()
        for att in analysis.attachments:
            put_blob(session, att.data, att.sha256)
            version.attachments.append(
                Attachment(
                    version_id=version.id,
                    filename=att.filename,
                    content_type=att.content_type,
                    role=att.role,
                    role_reasons=list(att.role_reasons),
                    format=att.format,
                    size=len(att.data),
                    sha256=att.sha256,
                    inline=att.inline,
                    photo_report=att.photo_report,
                )
            )
        if previous is not None:
            version.attachments.extend(carry_attachments(version, previous))
        session.flush()
        refresh(session, request)
        request.updated_at = now()
        record(session, desk, action, request.id, version=version.number)
        return request.id


def _new_request(session: Session, received: datetime, mail: ParsedMail) -> Request:
    year = received.year
    number = repos.next_counter(session, "request", year)
    request = Request(
        reference=f"SR-{year}-{number:05d}",
        status="new",
        received_at=received,
        sender=mail.sender,
        subject=mail.subject,
        pauses=[],
        findings=[],
        updated_at=now(),
    )
    session.add(request)
    session.flush()
    return request


def _resubmitted(request: Request, received: datetime) -> None:
    """A correction arrived: the clock runs again and the request goes back to the queue."""
    if request.status == "waiting_applicant":
        pauses = list(request.pauses or [])
        if pauses and pauses[-1][1] is None:
            pauses[-1] = [pauses[-1][0], received.astimezone(TOKYO).date().isoformat()]
        request.pauses = pauses
        request.paused_since = None
    if request.status not in ("issued", "rejected"):
        request.status = "resubmitted"


CARRIED_ROLES = ("residence_card_front", "residence_card_back", "face_photo")


def carry_fields(fields: dict[str, Any], previous: Version | None) -> dict[str, Any]:
    """A resubmission often restates only what was wrong: items it leaves out keep the value
    of the previous version, marked with ``carried_from``."""
    if previous is None:
        return fields
    before = previous.fields.get("fields", {})
    for name, value in fields["fields"].items():
        old = before.get(name)
        if value.get("problem") == "missing" and old and old.get("problem") != "missing":
            fields["fields"][name] = {
                **old,
                "line": None,
                "carried_from": old.get("carried_from") or previous.number,
            }
    if not fields.get("exam_numbers"):
        fields["exam_numbers"] = list(previous.fields.get("exam_numbers") or [])
    return fields


def carry_attachments(version: Version, previous: Version) -> list[Attachment]:
    """Card and photo files not sent again are kept from the previous version."""
    present = {a.role for a in version.attachments}
    return [
        Attachment(
            version_id=version.id,
            filename=a.filename,
            content_type=a.content_type,
            role=a.role,
            role_reasons=list(a.role_reasons),
            format=a.format,
            size=a.size,
            sha256=a.sha256,
            inline=a.inline,
            photo_report=a.photo_report,
            carried_from=a.carried_from or previous.number,
        )
        for a in previous.attachments
        if a.role in CARRIED_ROLES and a.role not in present
    ]
