"""Messages the desk could not understand: kept with their raw bytes and a reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from ssw_desk.services.context import Desk
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Message

#: What a clerk can do about each reason (English; the GUI translates by code).
ADVICE = {
    "mail.empty": "The file is empty: ask the sender to send the e-mail again.",
    "mail.not_email": "This file is not an e-mail: check what was dropped on the desk.",
    "mail.truncated": "The e-mail is cut off: ask the sender to send it again.",
    "mail.undecodable": "The text cannot be decoded: open the raw file and read it by hand.",
    "mail.no_body": "The e-mail has neither text nor attachments: ask the sender to resend.",
    "mail.msg_unreadable": "The Outlook file is damaged: ask for the e-mail as .eml.",
    "intake.internal_error": "The desk failed on this e-mail: report it, the raw bytes are kept.",
}


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

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def list_quarantine(desk: Desk) -> list[QuarantineItem]:
    with desk.db.begin() as session:
        rows = session.execute(
            select(Message).where(Message.status == "quarantined").order_by(Message.id)
        ).scalars()
        return [
            QuarantineItem(
                id=m.id,
                origin=m.origin,
                reason=m.quarantine_reason or "",
                detail=m.quarantine_detail or "",
                advice=ADVICE.get(m.quarantine_reason or "", ""),
                size=len(get_blob(session, m.raw_sha256)),
                sha256=m.raw_sha256,
                imported_at=m.imported_at.isoformat(),
            )
            for m in rows
        ]
