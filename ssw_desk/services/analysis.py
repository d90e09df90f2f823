"""The work on one parsed e-mail that needs no database: items and attachments.

Kept apart from the storing step so it runs outside any transaction (a desk holding the SQLite
write lock while decoding photos would stall every other desk).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from ssw_desk.domain.extract import extract_fields
from ssw_desk.domain.findings import TRUNCATED
from ssw_desk.domain.model import Extraction, FieldValue, Finding
from ssw_desk.imaging import analyse_photo, guess_role, sniff_format
from ssw_desk.imaging.limits import PhotoLimits
from ssw_desk.imaging.report_types import PhotoReport
from ssw_desk.mail import MailAttachment, MailError, ParsedMail, parse_mail
from ssw_desk.services.dedupe import safe_trace

log = logging.getLogger(__name__)

#: Inline images smaller than this are logos and signature decorations, not documents.
MIN_DOCUMENT_BYTES = 2048


@dataclass(frozen=True)
class AnalysedAttachment:
    filename: str
    content_type: str
    data: bytes
    sha256: str
    inline: bool
    role: str
    role_reasons: tuple[str, ...]
    format: str
    photo_report: dict[str, Any] | None
    truncated: bool = False


@dataclass(frozen=True)
class Analysis:
    extraction: Extraction
    text: str
    attachments: tuple[AnalysedAttachment, ...]


def _found(extraction: Extraction) -> int:
    return sum(1 for f in extraction.fields.values() if f.problem is None)


def best_extraction(mail: ParsedMail) -> tuple[Extraction, str]:
    """Reads the items from the new text; falls back to the whole body or a forwarded
    request when the new text alone holds fewer items (a forward with a short note)."""
    texts = [mail.new_text, mail.body_text, *mail.forwarded_texts]
    best: tuple[Extraction, str] | None = None
    for text in texts:
        if not text.strip():
            continue
        extraction = extract_fields(text)
        if best is None or _found(extraction) > _found(best[0]):
            best = (extraction, text)
        if _found(extraction) == 7:
            break
    if best is None:
        return extract_fields(""), ""
    return best


def analyse_attachment(
    att: MailAttachment, *, limits: PhotoLimits, request_date: date | None
) -> AnalysedAttachment | None:
    if att.inline and len(att.data) < MIN_DOCUMENT_BYTES:
        return None
    fmt = sniff_format(att.data)
    role = "other"
    reasons: tuple[str, ...] = ("not an image",)
    report: dict[str, Any] | None = None
    try:
        # Any file, image or not: a PDF named 在留カード.pdf is the card in a wrong format.
        guess = guess_role(att.filename, att.data)
        role, reasons = guess.role, tuple(guess.reasons)
    except Exception as exc:  # a broken image is reported by its checks, never fatal
        log.error("role guess failed: %s", safe_trace(exc))
        role, reasons = "other", ("unreadable image",)
    if role == "face_photo" and fmt not in ("unknown", "pdf"):
        try:
            report = analyse_photo(
                att.data, limits=limits, request_date=request_date, filename=att.filename
            ).as_dict()
        except Exception as exc:
            log.error("photo analysis failed: %s", safe_trace(exc))
            report = None
    return AnalysedAttachment(
        filename=att.filename or "",
        content_type=att.content_type,
        data=att.data,
        sha256=att.sha256,
        inline=att.inline,
        role=role,
        role_reasons=reasons,
        format=fmt,
        photo_report=report,
        truncated=att.truncated,
    )


def analyse(mail: ParsedMail, *, limits: PhotoLimits) -> Analysis:
    extraction, text = best_extraction(mail)
    request_date = mail.date.date() if mail.date else None
    attachments = []
    for att in mail.attachments:
        analysed = analyse_attachment(att, limits=limits, request_date=request_date)
        if analysed is not None:
            attachments.append(analysed)
    return Analysis(extraction=extraction, text=text, attachments=tuple(attachments))


@dataclass(frozen=True)
class Digest:
    """What one message's raw bytes give without the database: plain, picklable data.

    Attributes:
        mail: The parsed message, or None when parsing failed.
        analysis: Items and attachments, or None when parsing or the analysis failed.
        reason: The quarantine reason code when something failed, else None.
        detail: Technical detail for the quarantine record (never personal data).
        trace: The traceback of an unexpected exception, for the log, else None.
    """

    mail: ParsedMail | None
    analysis: Analysis | None
    reason: str | None = None
    detail: str = ""
    trace: str | None = None


def digest_mail(raw: bytes, source_format: str, limits: PhotoLimits) -> Digest:
    """Parses and analyses one message; failures become a quarantine reason, never raise.

    Runs in the importing process or in an import worker process (see
    :func:`ssw_desk.services.intake.import_sources`), so it must not touch the database.
    """
    return analyse_parsed(parse_raw(raw, source_format), limits)


def parse_raw(raw: bytes, source_format: str) -> Digest:
    """The first half of :func:`digest_mail`: parsing only (``analysis`` stays None)."""
    try:
        return Digest(parse_mail(raw, source_format=source_format), None)
    except MailError as exc:
        return Digest(None, None, exc.code, exc.detail)
    except Exception as exc:  # a parser bug must not lose the message
        return Digest(None, None, "intake.internal_error", type(exc).__name__, safe_trace(exc))


def analyse_parsed(digest: Digest, limits: PhotoLimits) -> Digest:
    """The second half of :func:`digest_mail`: analyses what :func:`parse_raw` parsed."""
    if digest.mail is None or digest.reason is not None:
        return digest
    try:
        return Digest(digest.mail, analyse(digest.mail, limits=limits))
    except Exception as exc:
        return Digest(
            digest.mail, None, "intake.internal_error", type(exc).__name__, safe_trace(exc)
        )


def photo_findings(report: dict[str, Any] | None) -> tuple[Finding, ...]:
    """The photo checks that did not pass, as findings (file.format and file.size are judged
    by intake; ``info`` checks are shown with the photo, never findings; a photo that could
    not be analysed gives its failing ``image.*`` or ``file.truncated`` check)."""
    if not report:
        return ()
    out = []
    for check in PhotoReport.from_dict(report).checks:
        code = check.code
        if check.status in ("pass", "info"):
            continue
        if not (code.startswith(("photo.", "image.")) or code == TRUNCATED):
            continue
        out.append(
            Finding(
                code=code,
                status=check.status,  # type: ignore[arg-type]
                subject="face_photo",
                value=None if check.value is None else str(check.value),
                message=check.message,
                limits=check.limits if isinstance(check.limits, dict) else None,
            )
        )
    return tuple(out)


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    return {
        "fields": {
            name: {
                "raw": fv.raw,
                "value": fv.value,
                "problem": fv.problem,
                "line": fv.line,
                "candidates": list(fv.candidates),
                **({"found_by": fv.resolved_by} if fv.resolved_by == "shape" else {}),
            }
            for name, fv in extraction.fields.items()
        },
        "exam_numbers": list(extraction.exam_numbers),
    }


def extraction_from_json(data: dict[str, Any]) -> Extraction:
    fields = {
        name: FieldValue(
            name=name,
            raw=fv.get("raw"),
            value=fv.get("value"),
            problem=fv.get("problem"),
            line=fv.get("line"),
            candidates=tuple(fv.get("candidates") or ()),
            resolved_by=fv.get("found_by"),
        )
        for name, fv in data.get("fields", {}).items()
    }
    return Extraction(fields=fields, exam_numbers=tuple(data.get("exam_numbers") or ()))
