"""Approve, issue and send in one confirmed step: the usual end of a clean request.

One call, three transactions in order: the approval (only when the request is not approved
yet, with the revision the clerk saw, so a change by another desk in the meantime refuses it),
the report's issue, and the e-mail with the report for the outbox. Each step is the ordinary
service; when a later step is refused, what went before stays done and the refusal says where
it stopped (the clerk sees an approved request, or an issued report not yet e-mailed). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.errors import DeskError
from ssw_desk.services import decisions, reports
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Request


@dataclass(frozen=True)
class Sent:
    request_id: int
    reference: str
    serial: str
    #: The approval was part of this step (False: it was approved before).
    approved_now: bool


def approve_issue_send(
    desk: Desk,
    *,
    request_id: int,
    expect_revision: int | None = None,
    passphrase: str | None = None,
) -> Sent:
    """Approves (when needed), issues the Score report and writes its e-mail to the applicant.

    Raises:
        DeskError: the approval's, the issue's or the e-mail's refusal (``request.changed``,
            ``decision.unresolved_failures``, ``report.no_roster``, ``decision.no_recipient``…).
    """
    with desk.db.read() as session:
        row = session.execute(
            select(Request.status, Request.reference).where(Request.id == request_id)
        ).one_or_none()
    if row is None:
        raise DeskError("request.not_found", str(request_id))
    approved_now = False
    revision = expect_revision
    if row.status != RequestStatus.APPROVED:
        decisions.approve(desk, request_id=request_id, expect_revision=expect_revision)
        approved_now = True
        revision = None  # our own approval raised it
    issued = reports.issue(
        desk, request_id=request_id, passphrase=passphrase, expect_revision=revision
    )
    reports.reply_with_report(desk, serial=issued.serial)
    return Sent(request_id, row.reference, issued.serial, approved_now)
