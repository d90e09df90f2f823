"""Bounces and automatic replies: recognised before intake, shown on their request.

A delivery status notification (``multipart/report; report-type=delivery-status``, or a
mailer-daemon's "undelivered" message) or an automatic reply (``Auto-Submitted`` other than
``no``, ``X-Autoreply``, ``X-Autorespond``, out-of-office subjects) is not a resubmission: it is
stored with the request it answers (status ``bounce`` / ``auto_reply``) and recorded in its
history, without changing the request's status or restarting its clock. A bounce of one of our
messages marks it undelivered (``bounced``).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message as EmailMsg
from email.utils import getaddresses, parsedate_to_datetime

from sqlalchemy.exc import IntegrityError

from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.outbox import mark_bounced
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import put_blobs
from ssw_desk.storage.models import Message

_MSGID = re.compile(r"<([^<>\s]+)>")
_OOO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[ -]?reply|out of (the )?office|abwesenheit|absence|自動応答|自動返信|不在)",
    re.IGNORECASE,
)
_DAEMON = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|returned mail|delivery (status notification|has failed|failure)|"
    r"mail delivery failed|failure notice|mail system error|配信.*(失敗|エラー)|送信エラー",
    re.IGNORECASE,
)
_QUOTED_ID = re.compile(rb"^message-id:\s*<([^<>\s]+)>", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Notification:
    """What a bounce or an automatic reply refers to.

    Attributes:
        kind: ``bounce`` or ``auto_reply``.
        refers_to: Message-IDs (without ``<>``) it names: the original's id, In-Reply-To,
            References.
    """

    kind: str
    refers_to: tuple[str, ...]
    message_id: str | None
    sender: str
    subject: str


def _ids(value: object) -> list[str]:
    return _MSGID.findall(str(value or ""))


def _original_ids(msg: EmailMsg) -> list[str]:
    """Message-IDs of the returned original (message/rfc822 or text/rfc822-headers part)."""
    found: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, EmailMsg):
                found += _ids(inner.get("Message-ID"))
        elif ctype == "text/rfc822-headers":
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                headers = email.message_from_bytes(raw, policy=email.policy.compat32)
                found += _ids(headers.get("Message-ID"))
    return found


def classify(raw: bytes) -> Notification | None:
    """A bounce or an automatic reply, or None for an ordinary message (never raises)."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        subject = str(msg.get("Subject", "") or "")
        sender = ""
        for _, addr in getaddresses([str(msg.get("From", "") or "")]):
            sender = addr
            break
        ctype = msg.get_content_type()
        report = ctype == "multipart/report" and (
            str(msg.get_param("report-type", "")).lower() == "delivery-status"
            or any(p.get_content_type() == "message/delivery-status" for p in msg.walk())
        )
        kind = None
        daemon = bool(_DAEMON.match(sender))
        if (
            report
            or ctype == "message/delivery-status"
            or (
                daemon
                and (
                    ctype == "multipart/report"
                    or _BOUNCE_SUBJECT.search(subject)
                    or _original_ids(msg)
                )
            )
        ):
            kind = "bounce"
        else:
            auto = str(msg.get("Auto-Submitted", "") or "").strip().lower()
            if (
                (auto and auto != "no")
                or msg.get("X-Autoreply")
                or msg.get("X-Autorespond")
                or _OOO_SUBJECT.match(subject)
            ):
                kind = "auto_reply"
        if kind is None:
            return None
        own = _ids(msg.get("Message-ID"))
        ids = _original_ids(msg) if kind == "bounce" else []
        if kind == "bounce":  # a plain-text bounce quotes the original's headers in its body
            quoted = [m.decode("ascii", "replace") for m in _QUOTED_ID.findall(raw)]
            ids += [i for i in quoted if i not in own]
        ids += _ids(msg.get("In-Reply-To")) + _ids(msg.get("References"))
        return Notification(
            kind=kind,
            refers_to=tuple(dict.fromkeys(ids)),
            message_id=own[0] if own else None,
            sender=sender,
            subject=subject,
        )
    except Exception:  # an unreadable message is the intake's business (quarantine)
        return None


def store_notification(desk: Desk, raw: bytes, note: Notification, origin: str) -> str:
    """Stores a bounce or an automatic reply with its request. Returns ``stored`` or
    ``duplicate``; the request's status and clock are left as they are."""
    raw_sha = hashlib.sha256(raw).hexdigest()
    key = f"mid:{note.message_id}" if note.message_id else f"sha256:{raw_sha}"
    try:
        with desk.db.begin() as session:
            if repos.message_exists(session, key) or repos.message_exists(
                session, "sha256:" + raw_sha
            ):
                return "duplicate"
            request_id = None
            if note.kind == "bounce":
                request_id = mark_bounced(session, desk, message_ids=list(note.refers_to))
            if request_id is None:
                request = repos.thread_request(
                    session, ids=list(note.refers_to), sender=note.sender, subject=note.subject
                )
                request_id = request.id if request is not None else None
            put_blobs(session, [(raw, raw_sha)])
            received = _date(raw)
            session.add(
                Message(
                    dedupe_key=key,
                    message_id=note.message_id,
                    raw_sha256=raw_sha,
                    direction="in",
                    source_format="eml",
                    origin=origin,
                    status=note.kind,
                    received_at=received,
                    sender=note.sender,
                    subject=note.subject,
                    in_reply_to=note.refers_to[0] if note.refers_to else None,
                    references=list(note.refers_to),
                    request_id=request_id,
                    imported_at=now(),
                    imported_by=str(desk.actor),
                )
            )
            record(session, desk, f"mail.{note.kind}_received", request_id)
    except IntegrityError:
        return "duplicate"
    return "stored"


def _date(raw: bytes) -> datetime:
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        value = msg.get("Date")
        at = parsedate_to_datetime(str(value)) if value else now()
    except (TypeError, ValueError, IndexError):
        return now()
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
