"""The storing half of an import: one message and its request version, in one transaction.

Duplicates are decided again inside the transaction (after the messages before it), by the
rule of :mod:`ssw_desk.services.dedupe`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.domain.business_days import office_day
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.mail import MailSource, ParsedMail
from ssw_desk.services.analysis import Analysis, extraction_to_json
from ssw_desk.services.changes import apply_pauses, bump, lock_request
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.dedupe import clean_text
from ssw_desk.services.findings import Standing, refresh
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import put_blobs
from ssw_desk.storage.models import Attachment, Message, Request, Version, message_id_sha


@dataclass(frozen=True)
class Stored:
    """What storing one message did: a request id, or the message it duplicates."""

    request_id: int | None = None
    duplicate_of: int | None = None
    reused_message_id: bool = False


def find_duplicate(
    session: Session, raw_sha: str, key: str | None = None, *, exclude: int | None = None
) -> int | None:
    """The stored message these bytes (or this dedupe key) already are, else None.

    ``exclude``: a message not to count (the quarantined row a retry imports again)."""
    conditions = [Message.raw_sha256 == raw_sha]
    if key is not None:
        conditions.append(Message.dedupe_key == key)
    query = select(Message.id).where(Message.direction == "in", or_(*conditions))
    if exclude is not None:
        query = query.where(Message.id != exclude)
    row = session.execute(query.limit(1)).first()
    return None if row is None else int(row[0])


def _id_reused(session: Session, message_id: str | None) -> bool:
    if not message_id:
        return False
    row = session.execute(
        select(Message.id)
        .where(Message.message_id_sha == message_id_sha(message_id), Message.direction == "in")
        .limit(1)
    ).first()
    return row is not None


def store(
    desk: Desk,
    source: MailSource,
    mail: ParsedMail,
    analysis: Analysis,
    raw_sha: str,
    key: str,
    content: str,
    *,
    retry_of: int | None = None,
    standing: Standing | None = None,
) -> Stored:
    """Stores the message and its request version, or finds that it is stored already.

    ``retry_of``: the quarantined message whose stored bytes are imported again (it is not a
    duplicate of itself). ``standing``: rules and closures read once for the import."""
    received = mail.date or datetime.now(UTC)
    with desk.db.begin() as session:
        duplicate = find_duplicate(session, raw_sha, key, exclude=retry_of)
        if duplicate is not None:
            return Stored(duplicate_of=duplicate)
        reused = _id_reused(session, mail.message_id)
        put_blobs(
            session, [(source.raw, raw_sha), *((a.data, a.sha256) for a in analysis.attachments)]
        )
        message = Message(
            dedupe_key=key,
            message_id=mail.message_id,
            message_id_reused=reused,
            content_sha=content,
            signed=mail.signed,
            raw_sha256=raw_sha,
            source_format=mail.source_format,
            origin=clean_text(source.origin),
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
            request = lock_request(session, request.id)
            _resubmitted(request, received)
            action = "request.resubmitted"
        message.request_id = request.id
        _add_version(session, request, message, analysis, standing)
        revision = bump(session, request)
        record(session, desk, action, request.id, version=request.version_count, revision=revision)
        if reused:
            record(session, desk, "mail.message_id_reused", request.id)
        return Stored(request_id=request.id, reused_message_id=reused)


def _add_version(
    session: Session,
    request: Request,
    message: Message,
    analysis: Analysis,
    standing: Standing | None = None,
) -> None:
    previous = request.versions[-1] if request.versions else None
    version = Version(
        request_id=request.id,
        number=len(request.versions) + 1,
        message_pk=message.id,
        fields=carry_fields(extraction_to_json(analysis.extraction), previous),
        body_text=analysis.text,
        findings=[],
        created_at=now(),
        attachments=[],  # new: appending must not load the collection
    )
    session.add(version)
    request.versions.append(version)
    request.version_count = version.number
    for att in analysis.attachments:
        version.attachments.append(
            Attachment(
                filename=att.filename,
                content_type=att.content_type,
                role=att.role,
                role_reasons=list(att.role_reasons),
                format=att.format,
                size=len(att.data),
                sha256=att.sha256,
                inline=att.inline,
                photo_report=att.photo_report,
                truncated=att.truncated,
            )
        )
    if previous is not None:
        version.attachments.extend(carry_attachments(version, previous))
    session.flush()
    refresh(session, request, standing=standing)
    request.updated_at = now()


def _new_request(session: Session, received: datetime, mail: ParsedMail) -> Request:
    year = received.year
    number = repos.next_counter(session, "request", year)
    request = Request(
        reference=f"SR-{year}-{number:05d}",
        status=RequestStatus.NEW,
        received_at=received,
        sender=mail.sender,
        subject=mail.subject,
        pauses=[],
        findings=[],
        updated_at=now(),
        versions=[],  # new: reading them must not query
    )
    session.add(request)
    session.flush()
    return request


def _resubmitted(request: Request, received: datetime) -> None:
    """A correction arrived: the clock runs again and the request goes back to the queue
    (the lifecycle's ``intake`` transition; never refused, a closed request keeps its status)."""
    after = lifecycle.target("intake", request.status)
    number = len(request.versions) + 1
    apply_pauses(request, request.status, after, office_day(received))
    if after != request.status:
        # The database tells an intake from a reopening by the action and the new version
        # arriving in the same row change (see storage/grants.py, the status trigger).
        request.status_action = "intake"
        request.version_count = number
    request.status = after


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
            truncated=a.truncated,
            carried_from=a.carried_from or previous.number,
        )
        for a in previous.attachments
        if a.role in CARRIED_ROLES and a.role not in present
    ]
