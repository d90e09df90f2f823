"""Every e-mail the desk wrote for one request (notices, report e-mails), with its status.

The review panel's "Sent e-mail" tab lists them (:func:`list_request_mail`): the status is the
outbox row's when the desk sends itself (``queued``, ``sending``, ``sent``, ``failed``,
``uncertain``, ``cancelled``; ``bounced`` when a bounce came back), else the message's own
(``prepared``: a draft to send by hand). :func:`mail_text` is the plain-text view a clerk opens
(recorded in the access log: it holds the applicant's address). Resending and cancelling are
:func:`ssw_desk.services.outbox.resend` and :func:`~ssw_desk.services.outbox.cancel`.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk
from ssw_desk.services.notices import notice_for
from ssw_desk.storage.models import Message, OutboxEntry, Request

#: Outbox statuses a clerk can resend from, and cancel from (services/outbox.py).
RESENDABLE = ("failed", "uncertain")
CANCELLABLE = ("queued", "failed", "uncertain")


@dataclass(frozen=True)
class RequestMail:
    """One outgoing e-mail of a request, as the review panel lists it."""

    message_pk: int
    outbox_id: int | None
    kind: str  # notice:deficiency | notice:ineligible | report
    subject: str
    written_at: str | None
    status: str
    attempts: int
    detail: str  # the server's answer, or why it failed (a code), or ""
    sent_at: str | None

    @property
    def can_resend(self) -> bool:
        return self.outbox_id is not None and self.status in RESENDABLE

    @property
    def can_cancel(self) -> bool:
        return self.outbox_id is not None and self.status in CANCELLABLE


def list_request_mail(desk: Desk, *, request_id: int) -> list[RequestMail]:
    """The request's outgoing e-mails, oldest first.

    Raises:
        DeskError: ``request.not_found``.
    """
    with desk.db.read() as session:
        if session.get(Request, request_id) is None:
            raise DeskError("request.not_found", str(request_id))
        rows = session.execute(
            select(Message, OutboxEntry)
            .outerjoin(OutboxEntry, OutboxEntry.message_pk == Message.id)
            .where(Message.request_id == request_id, Message.direction == "out")
            .order_by(Message.id)
        ).all()
        out = []
        for message, entry in rows:
            status = message.status
            if entry is not None:
                status = "bounced" if entry.bounced_at is not None else entry.status
            out.append(
                RequestMail(
                    message_pk=message.id,
                    outbox_id=entry.id if entry is not None else None,
                    kind=entry.kind if entry is not None else message.origin,
                    subject=message.subject,
                    written_at=message.received_at.isoformat() if message.received_at else None,
                    status=status,
                    attempts=entry.attempts if entry is not None else 0,
                    detail=(entry.server_answer or entry.last_error or "") if entry else "",
                    sent_at=entry.sent_at.isoformat() if entry and entry.sent_at else None,
                )
            )
        return out


def mail_text(desk: Desk, *, message_pk: int) -> str:
    """An outgoing e-mail as plain text: From, To, Date, Subject, attachments, then the text.

    Reading it is recorded in the access log (``open``), like copying a notice.

    Raises:
        DeskError: ``notice.not_found``.
    """
    raw = notice_for(desk, message_pk=message_pk, purpose="open")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):  # pragma: no cover - policy.default guarantees it
        raise DeskError("notice.not_found", str(message_pk))
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content().replace("\r\n", "\n") if part is not None else ""
    names = [p.get_filename() or "" for p in msg.iter_attachments()]
    head = [f"{name}: {msg[name]}" for name in ("From", "To", "Date", "Subject") if msg[name]]
    if names:
        head.append("Attachments: " + ", ".join(n for n in names if n))
    return "\n".join(head) + "\n\n" + body
