"""Batch issue: the Score reports of many approved requests, one at a time, each on its own.

Every request is issued in its own transaction (:func:`ssw_desk.services.reports.issue`), so a
request that cannot be issued (no roster entry, no photo, changed meanwhile) is refused with
its code and the batch goes on; the batch ends with the list of what was issued and what was
refused and why. It stops between two requests when asked (``cancelled``), never in the
middle of one. With ``send`` each issued report is also handed to the outbox as an e-mail to
the applicant (:func:`~ssw_desk.services.reports.reply_with_report`). No Qt here; no personal
value in the log (references and codes only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.errors import DeskError
from ssw_desk.services import reports
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Request

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Issued:
    request_id: int
    reference: str
    serial: str
    #: Where its PDF was written (None when no folder was given).
    path: Path | None
    #: The report e-mail was queued (or prepared) for the applicant.
    sent: bool
    #: Why the e-mail could not be written, as a code (None: written, or not asked for).
    send_refused: str | None = None
    #: The PDF itself (kept in memory for printing: no copy in a temporary folder).
    pdf: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Refused:
    request_id: int
    reference: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class BatchResult:
    issued: list[Issued] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    #: Requests not tried because the batch was cancelled.
    not_tried: list[int] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_tried)


def approved_requests(desk: Desk) -> list[tuple[int, str]]:
    """The approved requests (waiting for their report), oldest first: (id, reference)."""
    with desk.db.read() as session:
        rows = session.execute(
            select(Request.id, Request.reference)
            .where(Request.status == RequestStatus.APPROVED.value)
            .order_by(Request.received_at, Request.id)
        ).all()
    return [(r.id, r.reference) for r in rows]


def _reference(desk: Desk, request_id: int) -> str:
    with desk.db.read() as session:
        found = session.get(Request, request_id)
        return found.reference if found is not None else str(request_id)


def issue_batch(
    desk: Desk,
    request_ids: Sequence[int],
    *,
    send: bool = False,
    out_dir: Path | None = None,
    passphrase: str | None = None,
    today: date | None = None,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Issues the reports of ``request_ids`` one by one; a refusal never stops the others.

    Args:
        desk: The desk.
        request_ids: The requests (approved ones; anything else is refused with its code).
        send: Also write the e-mail with the report to each applicant (the outbox sends it).
        out_dir: Write each PDF there as ``<serial>.pdf`` (for printing or filing).
        passphrase: Unlocks this user's issuer key (else the environment's).
        today: The issue date (default: today).
        progress: Called after each request with (requests done, reference).
        cancelled: Polled before each request; True stops the batch there.

    Returns:
        What was issued, what was refused and why, what was not tried.
    """
    result = BatchResult()
    for done, request_id in enumerate(request_ids):
        if cancelled is not None and cancelled():
            result.not_tried = list(request_ids[done:])
            break
        reference = _reference(desk, request_id)
        try:
            report = reports.issue(desk, request_id=request_id, passphrase=passphrase, today=today)
        except DeskError as exc:
            log.info("batch: %s refused (%s)", reference, exc.code)
            result.refused.append(Refused(request_id, reference, exc.code, dict(exc.params)))
        except Exception:  # one broken request must not stop the others
            log.exception("batch: %s failed", reference)
            result.refused.append(Refused(request_id, reference, "internal"))
        else:
            path = None
            if out_dir is not None:
                path = out_dir / f"{report.serial}.pdf"
                path.write_bytes(report.pdf)
            sent, send_refused = False, None
            if send:
                try:
                    reports.reply_with_report(desk, serial=report.serial)
                    sent = True
                except DeskError as exc:
                    send_refused = exc.code
            result.issued.append(
                Issued(request_id, reference, report.serial, path, sent, send_refused, report.pdf)
            )
        if progress is not None:
            progress(done + 1, reference)
    return result
