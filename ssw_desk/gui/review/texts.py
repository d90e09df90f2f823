"""Readable sentences for the codes the services use (findings, checks, roles, items, events).

Services speak in stable codes (``photo.head_ratio``, ``roster.name``). Error and finding codes
become sentences through the one bilingual table :mod:`ssw_desk.messages`; the labels here
(items, roles, statuses, events, reasons) go through ``QCoreApplication.translate`` with a
literal context and text so ``pyside6-lupdate`` collects them into the ``.ts`` files.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from ssw_desk import messages
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.gui.i18n import gui_lang

# lupdate recognises calls named ``translate`` with a literal context.
translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """The label of one of the seven items (①-⑦)."""
    labels: dict[str, str] = {
        "exam_number": translate("ReviewTexts", "① Exam number"),
        "exam_date": translate("ReviewTexts", "② Exam date"),
        "category": translate("ReviewTexts", "③ Exam category"),
        "name": translate("ReviewTexts", "④ Name"),
        "nationality": translate("ReviewTexts", "⑤ Nationality"),
        "date_of_birth": translate("ReviewTexts", "⑥ Date of birth"),
        "sex": translate("ReviewTexts", "⑦ Sex"),
    }
    return labels.get(name, name)


def role_label(role: str) -> str:
    """The caption of an attachment role."""
    labels: dict[str, str] = {
        "residence_card_front": translate("ReviewTexts", "Residence card, front"),
        "residence_card_back": translate("ReviewTexts", "Residence card, back"),
        "face_photo": translate("ReviewTexts", "Face photo"),
        "other": translate("ReviewTexts", "Other attachment"),
    }
    return labels.get(role, role)


def status_label(status: str) -> str:
    """A request's status in the queue."""
    labels: dict[str, str] = {
        RequestStatus.NEW: translate("ReviewTexts", "New"),
        RequestStatus.RESUBMITTED: translate("ReviewTexts", "Resubmitted"),
        RequestStatus.WAITING_APPLICANT: translate("ReviewTexts", "Waiting for applicant"),
        RequestStatus.APPROVED: translate("ReviewTexts", "Approved"),
        RequestStatus.REJECTED: translate("ReviewTexts", "Rejected"),
        RequestStatus.ISSUED: translate("ReviewTexts", "Report issued"),
    }
    return labels.get(status, status)


def check_status_label(status: str) -> str:
    labels: dict[str, str] = {
        "pass": translate("ReviewTexts", "Pass"),
        "fail": translate("ReviewTexts", "Fail"),
        "warn": translate("ReviewTexts", "Check"),
        "unknown": translate("ReviewTexts", "Clerk decides"),
        "info": translate("ReviewTexts", "Information"),
    }
    return labels.get(status, status)


def finding_text(code: str, fallback: str = "", value: Any = None, limits: Any = None) -> str:
    """A finding or check as a sentence, with its measured value and limit when given.

    Args:
        code: The stable code, e.g. ``roster.name``.
        fallback: The service's English message, used for a code the table does not know yet.
        value: The measured value (optional).
        limits: The limits it was judged against (optional).

    Returns:
        The sentence from :data:`ssw_desk.messages.MESSAGES` in the interface language, else
        ``fallback``, else the code itself.
    """
    if not messages.has_text(code):
        return fallback or code
    return messages.finding_sentence(code, gui_lang(), value, limits)


def event_label(action: str) -> str:
    """A readable name for a history event."""
    labels: dict[str, str] = {
        "request.created": translate("ReviewTexts", "Request received"),
        "request.resubmitted": translate("ReviewTexts", "Correction received"),
        "request.view": translate("ReviewTexts", "Opened"),
        "request.viewed": translate("ReviewTexts", "Opened"),
        "attachment.viewed": translate("ReviewTexts", "Image viewed"),
        "request.approved": translate("ReviewTexts", "Approved"),
        "request.flagged": translate("ReviewTexts", "Deficiencies notified"),
        "request.rejected": translate("ReviewTexts", "Rejected"),
        "note.added": translate("ReviewTexts", "Note"),
        "notice.opened": translate("ReviewTexts", "Notice opened"),
        "report.issued": translate("ReviewTexts", "Report issued"),
        "report.reissued": translate("ReviewTexts", "Report reissued"),
        "report.exported": translate("ReviewTexts", "Report opened or saved"),
        "report.mailed": translate("ReviewTexts", "Report reply e-mail written"),
        "report.verified": translate("ReviewTexts", "Report verified"),
        "report.revoked": translate("ReviewTexts", "Report revoked"),
        "notice.exported": translate("ReviewTexts", "Notice saved"),
        "claim.claimed": translate("ReviewTexts", "Review started"),
        "claim.released": translate("ReviewTexts", "Review ended"),
        "claim.taken_over": translate("ReviewTexts", "Review taken over"),
        "request.rechecked": translate("ReviewTexts", "Re-checked against the roster"),
        "request.due_moved": translate("ReviewTexts", "Due date moved (closure days)"),
        "request.reopened": translate("ReviewTexts", "Reopened"),
        "mail.queued": translate("ReviewTexts", "E-mail queued for sending"),
        "mail.sent": translate("ReviewTexts", "E-mail sent"),
        "mail.retry": translate("ReviewTexts", "E-mail not sent yet: will retry"),
        "mail.failed": translate("ReviewTexts", "E-mail sending failed"),
        "mail.uncertain": translate("ReviewTexts", "E-mail maybe sent: to confirm"),
        "mail.resent": translate("ReviewTexts", "E-mail sent again"),
        "mail.cancelled": translate("ReviewTexts", "E-mail cancelled"),
        "mail.bounced": translate("ReviewTexts", "E-mail undelivered (bounce)"),
        "mail.bounce_received": translate("ReviewTexts", "Bounce received"),
        "mail.auto_reply_received": translate("ReviewTexts", "Automatic reply received"),
    }
    return labels.get(action, action)


def reason_label(reason: str) -> str:
    """A short title for a reason of ineligibility (the notice text is the catalogue's)."""
    labels: dict[str, str] = {
        "passed": translate("ReviewTexts", "The exam was passed"),
        "before_window": translate("ReviewTexts", "Exam before November 2023"),
        "test_vendor": translate(
            "ReviewTexts", "Exam on or after 4 Nov 2025: the report is on the vendor's page"
        ),
        "undefined_period": translate("ReviewTexts", "Exam between 8 Jul and 3 Nov 2025"),
    }
    return labels.get(reason, reason)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as typed (Qt renders a tooltip that looks like
    markup as rich text: an applicant's ``<img>`` must never be drawn)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def error_text(code: str) -> str:
    """A sentence for a service error code (``DeskError.code``), from the one table."""
    return messages.text(code, gui_lang())
