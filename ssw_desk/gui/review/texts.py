"""Readable sentences for the codes the services use (findings, checks, roles, items, events).

Services speak in stable codes (``photo.head_ratio``, ``roster.name``); this is the one place
that turns them into words. Every sentence goes through ``QCoreApplication.translate`` with a
literal context and text so ``pyside6-lupdate`` collects them into the ``.ts`` files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate recognises calls named ``translate`` with a literal context.
translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """The label of one of the seven items (①-⑦)."""
    labels = {
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
    labels = {
        "residence_card_front": translate("ReviewTexts", "Residence card, front"),
        "residence_card_back": translate("ReviewTexts", "Residence card, back"),
        "face_photo": translate("ReviewTexts", "Face photo"),
        "other": translate("ReviewTexts", "Other attachment"),
    }
    return labels.get(role, role)


def status_label(status: str) -> str:
    """A request's status in the queue."""
    labels = {
        "new": translate("ReviewTexts", "New"),
        "in_review": translate("ReviewTexts", "In review"),
        "resubmitted": translate("ReviewTexts", "Resubmitted"),
        "waiting_applicant": translate("ReviewTexts", "Waiting for applicant"),
        "approved": translate("ReviewTexts", "Approved"),
        "rejected": translate("ReviewTexts", "Rejected"),
        "issued": translate("ReviewTexts", "Report issued"),
    }
    return labels.get(status, status)


def check_status_label(status: str) -> str:
    labels = {
        "pass": translate("ReviewTexts", "Pass"),
        "fail": translate("ReviewTexts", "Fail"),
        "warn": translate("ReviewTexts", "Check"),
        "unknown": translate("ReviewTexts", "Clerk decides"),
    }
    return labels.get(status, status)


def _finding_texts() -> dict[str, str]:
    return {
        "fields.exam_number": translate("ReviewTexts", "The exam number is missing or unreadable"),
        "fields.exam_date": translate("ReviewTexts", "The exam date is missing or unreadable"),
        "fields.category": translate("ReviewTexts", "The exam category is missing or unknown"),
        "fields.name": translate("ReviewTexts", "The name is missing or unreadable"),
        "fields.nationality": translate("ReviewTexts", "The nationality is missing or unknown"),
        "fields.date_of_birth": translate(
            "ReviewTexts", "The date of birth is missing or unreadable"
        ),
        "fields.sex": translate("ReviewTexts", "The sex is missing or unreadable"),
        "request.one_exam": translate("ReviewTexts", "More than one exam asked for in one e-mail"),
        "request.duplicate": translate("ReviewTexts", "Another request exists for the same exam"),
        "roster.found": translate("ReviewTexts", "The exam number is not in the roster"),
        "roster.exam_date": translate("ReviewTexts", "The exam date differs from the roster"),
        "roster.category": translate("ReviewTexts", "The exam category differs from the roster"),
        "roster.name": translate("ReviewTexts", "The name differs from the roster"),
        "roster.nationality": translate("ReviewTexts", "The nationality differs from the roster"),
        "roster.date_of_birth": translate(
            "ReviewTexts", "The date of birth differs from the roster"
        ),
        "roster.sex": translate("ReviewTexts", "The sex differs from the roster"),
        "eligibility.not_passed": translate(
            "ReviewTexts", "The roster says this exam was passed: no Score report"
        ),
        "eligibility.exam_window": translate(
            "ReviewTexts", "The exam date is outside the period this procedure covers"
        ),
        "attachments.residence_card_front": translate(
            "ReviewTexts", "No photo of the residence card front"
        ),
        "attachments.residence_card_back": translate(
            "ReviewTexts", "No photo of the residence card back (extension of stay pending)"
        ),
        "attachments.face_photo": translate("ReviewTexts", "No face photo"),
        "file.format": translate("ReviewTexts", "The file is not JPG, GIF or PNG"),
        "file.size": translate("ReviewTexts", "The file is 5 MB or larger"),
        "file.readable": translate("ReviewTexts", "The file cannot be read"),
        "photo.face_count": translate("ReviewTexts", "Exactly one face must be visible"),
        "photo.head_size": translate("ReviewTexts", "Head height (hair to chin) must be 50-69 %"),
        "photo.centred": translate("ReviewTexts", "The face must be centred"),
        "photo.colour": translate("ReviewTexts", "The photo must be in colour"),
        "photo.background": translate("ReviewTexts", "The background must be plain"),
        "photo.sharpness": translate("ReviewTexts", "The photo must be sharp"),
        "photo.eyes_visible": translate("ReviewTexts", "The eyes must be visible (no sunglasses)"),
        "photo.head_covering": translate("ReviewTexts", "No hat or head covering"),
        "photo.pose": translate("ReviewTexts", "The face must look straight ahead"),
        "photo.shoulders": translate("ReviewTexts", "The upper shoulders must be visible"),
        "photo.resolution": translate("ReviewTexts", "Recommended size is 200 x 230 px"),
        "photo.age": translate("ReviewTexts", "The photo must be taken within the last six months"),
    }


def finding_text(code: str, fallback: str = "") -> str:
    """A readable sentence for a finding or check code.

    Args:
        code: The stable code, e.g. ``roster.name``.
        fallback: The service's English message, used for a code this map does not know yet.

    Returns:
        The translated sentence, else ``fallback``, else the code itself.
    """
    return _finding_texts().get(code) or fallback or code


def event_label(action: str) -> str:
    """A readable name for a history event."""
    labels = {
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
        "notice.exported": translate("ReviewTexts", "Notice saved"),
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
    labels = {
        "passed": translate("ReviewTexts", "The exam was passed"),
        "before_window": translate("ReviewTexts", "Exam before November 2023"),
        "test_vendor": translate(
            "ReviewTexts", "Exam on or after 4 Nov 2025: the report is on the vendor's page"
        ),
        "undefined_period": translate("ReviewTexts", "Exam between 8 Jul and 3 Nov 2025"),
    }
    return labels.get(reason, reason)


def error_text(code: str) -> str:
    """A sentence for a service error code (``DeskError.code``)."""
    labels = {
        "decision.issued": translate("ReviewTexts", "The report was already issued."),
        "decision.rejected": translate("ReviewTexts", "The request was already rejected."),
        "decision.passed": translate(
            "ReviewTexts", "The roster says this exam was passed: it cannot be approved."
        ),
        "decision.unresolved_failures": translate(
            "ReviewTexts", "Some failing findings have no reason: approval refused."
        ),
        "decision.no_items": translate("ReviewTexts", "Tick at least one point."),
        "decision.no_recipient": translate(
            "ReviewTexts", "The request has no sender address to answer."
        ),
        "decision.unknown_item": translate("ReviewTexts", "A point is not in the catalogue."),
        "decision.unknown_reason": translate("ReviewTexts", "Unknown reason."),
        "note.empty": translate("ReviewTexts", "The note is empty."),
        "note.too_long": translate("ReviewTexts", "The note is too long."),
        "request.not_found": translate("ReviewTexts", "The request no longer exists."),
        "attachment.not_found": translate("ReviewTexts", "The attachment no longer exists."),
        "storage.blob_missing": translate("ReviewTexts", "The file is missing from the store."),
        "storage.key_mismatch": translate(
            "ReviewTexts", "The file was encrypted with another desk's key."
        ),
        "image.unreadable": translate("ReviewTexts", "The image cannot be read."),
        "image.truncated": translate("ReviewTexts", "The image file is incomplete."),
        "image.bomb": translate("ReviewTexts", "The image is too large to open safely."),
        "image.too_large": translate("ReviewTexts", "The image is too large to open safely."),
        "image.too_small": translate("ReviewTexts", "The image is too small."),
        "image.empty": translate("ReviewTexts", "The image file is empty."),
        "report.not_approved": translate(
            "ReviewTexts", "The request is not approved: no Score report can be issued."
        ),
        "report.no_roster": translate(
            "ReviewTexts", "The exam number is not in the roster: import the exam results first."
        ),
        "report.passed": translate(
            "ReviewTexts", "The roster says this exam was passed: no Score report is issued."
        ),
        "report.no_score": translate(
            "ReviewTexts", "The roster has no score or passing mark for this exam."
        ),
        "report.no_photo": translate("ReviewTexts", "The request has no face photo."),
        "report.fields_missing": translate("ReviewTexts", "Items are missing:"),
        "report.already_issued": translate(
            "ReviewTexts", "A report was already issued; a correction needs a reissue. Serial:"
        ),
        "report.reissue_needs_reason": translate(
            "ReviewTexts", "A reissue needs a reason: the report was not reissued."
        ),
        "report.not_found": translate("ReviewTexts", "The report is not in the register."),
    }
    return labels.get(code) or translate("ReviewTexts", "Error: {0}").format(code)
