"""What the status bar and ``mailbox show`` tell: the last fetch, the last error, the lock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ssw_desk.mailbox.lock import holder
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import mailbox_settings
from ssw_desk.storage.models import MailboxState, OutboxEntry


def mailbox_status(desk: Desk) -> dict[str, Any]:
    """Settings (no secrets), last fetch and error, who holds the lock, outbox counts."""
    with desk.db.read() as session:
        settings = mailbox_settings(session)
        state = session.get(MailboxState, settings.folder)
        counts = dict(
            session.execute(
                select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)
            ).all()
        )
    return {
        "imap": settings.imap,
        "smtp": settings.smtp,
        "from": settings.from_addr,
        "folder": settings.folder,
        "done_folder": settings.done_folder,
        "sent_folder": settings.sent_folder,
        "last_fetch_at": state.last_fetch_at if state else None,
        "last_error": state.last_error if state else None,
        "last_error_at": state.last_error_at if state else None,
        "busy": holder(desk),
        "outbox": {str(k): int(v) for k, v in counts.items()},
    }
