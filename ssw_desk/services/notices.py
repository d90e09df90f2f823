"""Notice e-mails to applicants: built as real RFC 5322 messages, ready to send or copy.

A notice is saved with its request as an ``.eml`` (UTF-8, Japanese first, then English). Its
subject carries the request reference and its headers answer the applicant's last message, so
whatever the applicant does - reply, or write anew quoting the reference - their next message
joins the same request (see :func:`ssw_desk.storage.repos.thread_request`).

Every message is made by the one builder, :mod:`ssw_desk.services.outgoing`.

Also here: storing a notice with its request (an outgoing :class:`Message`, status
``prepared``; ``queued`` then ``sent`` when the desk's outbox sends it, see
:mod:`ssw_desk.services.outbox`), fetching saved notices, the settings of notices (sender
address and signature, key ``notices``) and the admin action that rewords the deficiency
catalogue (key ``deficiency_catalogue``).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.domain.deficiencies import (
    NOTICE_KINDS,
    Catalogue,
    catalogue_from_overrides,
    catalogue_to_overrides,
    fill,
)
from ssw_desk.domain.desk_settings import NoticeSettings as NoticeSettings  # re-exported
from ssw_desk.domain.placeholders import placeholder_problems
from ssw_desk.errors import DeskError
from ssw_desk.services import outgoing
from ssw_desk.services import settings as registry
from ssw_desk.services.context import Desk, record
from ssw_desk.services.mail_settings import mailbox_settings
from ssw_desk.services.outgoing import new_message_id
from ssw_desk.storage.blobs import get_blob, put_blob
from ssw_desk.storage.models import Message, Request

CATALOGUE_KEY = "deficiency_catalogue"
SETTINGS_KEY = "notices"

#: Status of a notice the desk wrote and does not send itself (no mailbox set): a draft.
NOTICE_STATUS = "prepared"


def notice_settings(session: Session) -> NoticeSettings:
    return registry.notice_settings(session)


def get_notice_settings(desk: Desk) -> NoticeSettings:
    """The sender and signatures in force (the flag dialog's preview)."""
    with desk.db.read() as session:
        return registry.notice_settings(session)


def load_catalogue(session: Session) -> Catalogue:
    """The catalogue in force, with the settings' numbers and dates in its texts."""
    return registry.catalogue(session)


def get_catalogue(desk: Desk, *, raw: bool = False) -> Catalogue:
    """The notice texts in force (for the checklist and the preview).

    Args:
        desk: The desk.
        raw: True for the texts as edited, placeholders unfilled (the admin's editor, export).
    """
    with desk.db.read() as session:
        return registry.raw_catalogue(session) if raw else registry.catalogue(session)


def check_placeholders(edits: Mapping[str, Mapping[str, str]]) -> None:
    """Refuses an edit that drops a placeholder its standard text has, or uses an unknown one.

    Raises:
        DeskError: ``catalogue.placeholder_missing`` / ``catalogue.placeholder_unknown`` with
            the entry (``file.size.ja``) and the placeholder (``{max_mb}``) as params.
    """
    for code, text in edits.items():
        for lang in ("ja", "en"):
            value = text.get(lang)
            if not value or not value.strip():
                continue  # an empty language keeps the standard text
            for error, name in placeholder_problems(code, lang, value):
                entry, shown = f"{code}.{lang}", "{" + name + "}"
                raise DeskError(error, f"{entry}: {shown}", {"entry": entry, "placeholder": shown})


def save_catalogue(desk: Desk, *, edits: Mapping[str, Mapping[str, str]]) -> Catalogue:
    """Rewords catalogue texts or adds free checklist items (admin action).

    Args:
        desk: The desk.
        edits: Code -> ``{"ja": ..., "en": ...}``; merged over the texts in force.

    Returns:
        The catalogue now in force (placeholders unfilled).

    Raises:
        DeskError: See :func:`check_placeholders`; nothing is saved then.
    """
    check_placeholders(edits)
    with desk.db.begin() as session:
        current = catalogue_to_overrides(registry.raw_catalogue(session))
        entries = dict(current.get("entries") or {})
        entries.update({code: dict(text) for code, text in edits.items()})
        merged = catalogue_from_overrides({"entries": entries})
        registry.write(session, desk, CATALOGUE_KEY, merged)
        return merged


def notice_subject(*, request_reference: str, kind: str) -> str:
    if kind == "deficiency":
        return (
            f"【{request_reference}】結果通知書の発行申請について（不備のお知らせ） / "
            f"Your Score report request: corrections needed [{request_reference}]"
        )
    return (
        f"【{request_reference}】結果通知書の発行申請について / "
        f"Your Score report request [{request_reference}]"
    )


def notice_parts(
    *,
    request_reference: str,
    items: Sequence[tuple[str, str]],
    kind: str,
    catalogue: Catalogue,
) -> tuple[str, str]:
    """The Japanese and English texts of a notice (opening, numbered points, closing), without
    greeting or signature: :mod:`ssw_desk.services.outgoing` adds those."""
    if kind not in NOTICE_KINDS:
        raise DeskError("notice.unknown_kind", kind)
    opening = catalogue.frame(kind, "opening")
    closing = catalogue.frame(kind, "closing")

    def section(lang: int) -> str:
        head = fill((opening.ja, opening.en)[lang], reference=request_reference)
        tail = fill((closing.ja, closing.en)[lang], reference=request_reference)
        points = "\n\n".join(
            f"{n}. {texts[lang].strip()}" for n, texts in enumerate(items, start=1)
        )
        return f"{head}\n\n{points}\n\n{tail}"

    return section(0), section(1)


def notice_text(
    *,
    request_reference: str,
    items: Sequence[tuple[str, str]],
    kind: str,
    catalogue: Catalogue,
    settings: NoticeSettings,
    to_name: str = "",
) -> str:
    """The body of a notice as sent (greeting, Japanese, separator, English), for previews."""
    ja, en = notice_parts(
        request_reference=request_reference, items=items, kind=kind, catalogue=catalogue
    )
    return outgoing.body_text(
        outgoing.Outgoing(
            from_addr=settings.from_addr,
            from_name=settings.from_name,
            to_addr="",
            to_name=to_name,
            subject="",
            body_ja=ja,
            body_en=en,
            signature_ja=settings.signature_ja,
            signature_en=settings.signature_en,
            message_id="",
            date=datetime.now().astimezone(),
        )
    )


def build_notice_eml(
    *,
    request_reference: str,
    to_addr: str,
    from_addr: str,
    in_reply_to: str | None,
    references: Sequence[str],
    items: Sequence[tuple[str, str]],
    kind: str,
    now: datetime,
    message_id: str | None = None,
    catalogue: Catalogue | None = None,
    settings: NoticeSettings | None = None,
    to_name: str = "",
) -> bytes:
    """A complete RFC 5322 message (CRLF line ends) for one notice, made by the one builder.

    Args:
        request_reference: Put in the subject, so a reply or a new mail quoting it threads.
        to_addr: The applicant's address.
        from_addr: The secretariat's address (a setting; its domain makes the Message-ID).
        in_reply_to: Message-ID (without ``<>``) of the applicant's last message, or None.
        references: That message's References chain (without ``<>``), oldest first.
        items: (Japanese, English) points.
        kind: ``deficiency`` or ``ineligible``.
        now: The Date header (timezone-aware).
        message_id: Message-ID to use (without ``<>``); a fresh one when None.
        catalogue: Frame texts; the standard ones when None.
        settings: Sender name and signature; the defaults when None.
        to_name: The applicant's name for the greeting (``〜様``); neutral when empty.

    Returns:
        The message bytes, ready to be sealed in the outbox and sent.
    """
    settings = settings or NoticeSettings()
    ja, en = notice_parts(
        request_reference=request_reference,
        items=items,
        kind=kind,
        catalogue=catalogue or registry.default_catalogue(),
    )
    return outgoing.build(
        outgoing.Outgoing(
            from_addr=from_addr,
            from_name=settings.from_name,
            to_addr=to_addr,
            to_name=to_name,
            subject=notice_subject(request_reference=request_reference, kind=kind),
            body_ja=ja,
            body_en=en,
            signature_ja=settings.signature_ja,
            signature_en=settings.signature_en,
            message_id=message_id or new_message_id(from_addr),
            date=now,
            in_reply_to=in_reply_to,
            references=references,
        )
    )


def copy_text(eml: bytes) -> str:
    """A saved notice as text to paste into any mail program: To, Subject, then the body."""
    msg = email.message_from_bytes(eml, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):  # pragma: no cover - policy.default guarantees it
        raise DeskError("notice.unreadable")
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    body = body.replace("\r\n", "\n")
    return f"To: {msg['To']}\nSubject: {msg['Subject']}\n\n{body}"


@dataclass(frozen=True)
class NoticeInfo:
    """One saved notice of a request, for the request's page."""

    message_pk: int
    message_id: str | None
    kind: str
    at: str | None
    subject: str
    status: str


def store_notice(
    session: Session,
    desk: Desk,
    request: Request,
    items: Sequence[tuple[str, str]],
    *,
    kind: str,
    at: datetime,
) -> tuple[Message, bytes]:
    """Builds the notice answering the applicant's latest message and saves it with the request.

    Args:
        session: The decision's session (never committed here).
        desk: Who writes it.
        request: The request.
        items: (Japanese, English) points.
        kind: ``deficiency`` or ``ineligible``.
        at: Now (timezone-aware): the Date header and the row's times.

    Returns:
        The saved outgoing message (status ``prepared``; the decision then hands it to the
        outbox with :func:`ssw_desk.services.outbox.queue_outgoing`) and the draft ``.eml``
        bytes (``X-Unsent: 1``) for saving or opening.

    Raises:
        DeskError: ``decision.no_recipient`` when no applicant address is known.
    """
    latest = session.get(Message, request.versions[-1].message_pk) if request.versions else None
    to_addr = (latest.sender if latest is not None else "") or request.sender
    if not to_addr:
        raise DeskError("decision.no_recipient", request.reference)
    settings = notice_settings(session)
    sender = mailbox_settings(session).from_addr
    if sender:  # the mailbox's address, when the desk sends itself
        settings = replace(settings, from_addr=sender)
    message_id = new_message_id(settings.from_addr)
    in_reply_to = latest.message_id if latest is not None else None
    references = [str(r) for r in (latest.references or [])] if latest is not None else []
    eml = build_notice_eml(
        request_reference=request.reference,
        to_addr=to_addr,
        from_addr=settings.from_addr,
        in_reply_to=in_reply_to,
        references=references,
        items=items,
        kind=kind,
        now=at,
        message_id=message_id,
        catalogue=load_catalogue(session),
        settings=settings,
        to_name=request.name or "",
    )
    message = Message(
        dedupe_key=f"mid:{message_id}",
        message_id=message_id,
        raw_sha256=put_blob(session, eml),
        direction="out",
        source_format="eml",
        origin=f"notice:{kind}",
        status=NOTICE_STATUS,
        received_at=at,
        sender=settings.from_addr,
        subject=notice_subject(request_reference=request.reference, kind=kind),
        in_reply_to=in_reply_to,
        references=[*references, in_reply_to] if in_reply_to else references,
        request_id=request.id,
        imported_at=at,
        imported_by=str(desk.actor),
    )
    session.add(message)
    session.flush()
    return message, outgoing.as_draft(eml)


def list_notices(desk: Desk, *, request_id: int) -> list[NoticeInfo]:
    """The notices written for a request, oldest first."""
    with desk.db.read() as session:
        if session.get(Request, request_id) is None:
            raise DeskError("request.not_found", str(request_id))
        rows = session.execute(
            select(Message)
            .where(Message.request_id == request_id, Message.direction == "out")
            .order_by(Message.id)
        ).scalars()
        return [
            NoticeInfo(
                message_pk=m.id,
                message_id=m.message_id,
                kind=m.origin.removeprefix("notice:"),
                at=m.received_at.isoformat() if m.received_at else None,
                subject=m.subject,
                status=m.status,
            )
            for m in rows
        ]


def notice_for(
    desk: Desk,
    *,
    message_pk: int | None = None,
    request_id: int | None = None,
    purpose: str = "copy",
) -> bytes:
    """A saved notice as draft ``.eml`` bytes (``X-Unsent: 1``): the given one, or the
    request's latest.

    Args:
        desk: The desk.
        message_pk: A notice's row (from a decision's result or :func:`list_notices`).
        request_id: Else: the newest notice of this request.
        purpose: Recorded in the access log (``copy``, ``open``, ``export``).

    Raises:
        DeskError: ``notice.not_found``.
    """
    with desk.db.begin() as session:
        stmt = select(Message).where(Message.direction == "out").order_by(Message.id.desc())
        if message_pk is not None:
            stmt = stmt.where(Message.id == message_pk)
        elif request_id is not None:
            stmt = stmt.where(Message.request_id == request_id)
        else:
            raise DeskError("notice.not_found")
        message = session.execute(stmt.limit(1)).scalars().first()
        if message is None or message.request_id is None:
            raise DeskError("notice.not_found", str(message_pk or request_id))
        # The notice holds the applicant's address: who took it, and what for, is logged.
        record(
            session,
            desk,
            "notice.opened",
            message.request_id,
            message_pk=message.id,
            purpose=purpose,
        )
        return outgoing.as_draft(get_blob(session, message.raw_sha256))
