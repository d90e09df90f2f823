"""Messages the desk could not understand: kept with their raw bytes and a reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from ssw_desk import messages
from ssw_desk.services.context import Desk
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Message


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


def advice(reason: str, lang: str = "en") -> str:
    """What a clerk can do about a quarantine reason (the one table of messages)."""
    return messages.text(reason, lang) if messages.has_text(reason) else ""


def list_quarantine(desk: Desk) -> list[QuarantineItem]:
    with desk.db.read() as session:
        rows = session.execute(
            select(Message).where(Message.status == "quarantined").order_by(Message.id)
        ).scalars()
        return [
            QuarantineItem(
                id=m.id,
                origin=m.origin,
                reason=m.quarantine_reason or "",
                detail=m.quarantine_detail or "",
                advice=advice(m.quarantine_reason or ""),
                size=len(get_blob(session, m.raw_sha256)),
                sha256=m.raw_sha256,
                imported_at=m.imported_at.isoformat(),
            )
            for m in rows
        ]
