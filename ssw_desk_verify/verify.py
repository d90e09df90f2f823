"""Verify a Score report (PDF or code) with only the public-key registry and revocation list.

Answers (:class:`Answer`): ``valid``; ``invalid`` with a named reason; ``superseded`` or
``revoked`` as of the revocation list; ``malformed`` for input that is not a report at all.
The PDF check regenerates what the page must contain from the signed payload and compares it
(see :mod:`ssw_desk_verify.page`); the embedded PDF signature is reported (``pdf_signature``)
but the content check decides, so a report re-saved by another program still verifies while
any change to what it shows does not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ssw_desk_verify.page import (
    PageError,
    block_stream,
    code_font_ok,
    content_streams,
    only_signature_widgets,
    page_digest,
    photos,
)
from ssw_desk_verify.payload import PREFIX, PayloadError, Signed, check_signature, open_code
from ssw_desk_verify.registry import Registry

CODE_KEY = "/SSWVerificationCode"
MAX_PDF_BYTES = 20 * 1024 * 1024


@dataclass
class Answer:
    """The verdict, what the report must say (``signed``) and how the PDF signature fared."""

    result: str  # valid | invalid | superseded | revoked | malformed
    reason: str | None = None
    serial: str | None = None
    signed: dict[str, str] | None = None
    scheme: str = PREFIX
    pdf_signature: str | None = None  # intact | broken | absent | foreign | None (a code)
    detail: dict[str, Any] = field(default_factory=dict)
    code: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "result": self.result,
            "reason": self.reason,
            "serial": self.serial,
            "scheme": self.scheme,
            "signed": self.signed,
            "pdf_signature": self.pdf_signature,
            **self.detail,
        }


def _code_answer(code: str, registry: Registry) -> tuple[Answer, Signed | None]:
    try:
        signed, canonical, der = open_code(code)
    except PayloadError as exc:
        return Answer("malformed", exc.reason), None
    values = dict(signed.values)
    answer = Answer("invalid", None, signed.serial, values, code=code)
    entry = registry.keys.get(signed.key_id)
    if entry is None:
        answer.reason = "key.unregistered"
        return answer, signed
    if not check_signature(canonical, der, entry.public_key):
        answer.reason = "code.bad_signature"
        return answer, signed
    if entry.status == "revoked":
        answer.reason = "key.revoked"
        return answer, signed
    try:
        issued = dt.date.fromisoformat(values["issue_date"])
    except ValueError:
        answer.reason = "code.malformed"
        return answer, signed
    if issued < entry.valid_from or (entry.valid_until and issued > entry.valid_until):
        answer.reason = "key.not_valid_on_issue_date"
        return answer, signed
    answer.detail["issuer"] = entry.issuer
    answer.result = "valid"
    return answer, signed


def _withdrawn(answer: Answer, registry: Registry) -> Answer:
    if answer.result == "valid" and answer.serial in registry.withdrawn:
        status, detail = registry.withdrawn[answer.serial]
        answer.result = status
        answer.detail["superseded_by" if status == "superseded" else "revocation"] = detail
    if registry.revocations_as_of:
        answer.detail["revocations_as_of"] = registry.revocations_as_of
    return answer


def verify_code(code: str, registry: Registry) -> Answer:
    """Check a printed or scanned code: signature, key, register. Never raises."""
    answer, _signed = _code_answer(code, registry)
    return _withdrawn(answer, registry)


def code_in_pdf(pdf: bytes) -> str | None:
    """The verification code from the document information, or None."""
    try:
        meta = PdfReader(io.BytesIO(pdf)).metadata
        value = meta.get(CODE_KEY) or meta.get("/Subject") if meta is not None else None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None
    return str(value) if value else None


def _page_reason(pdf: bytes, code: str, signed: Signed) -> str | None:
    reader = PdfReader(io.BytesIO(pdf))
    if len(reader.pages) != 1:
        return "pdf.page_count"
    page = reader.pages[0]
    if not only_signature_widgets(page):
        return "pdf.extra_annotations"
    joined = b"\n".join(content_streams(page))
    length = int(signed.values["body_length"])
    body, rest = joined[:length], joined[length:]
    expected = b"\n" + block_stream(code)
    if rest != expected:
        if rest.startswith(expected):
            return "pdf.overlay"  # drawing added after the genuine page
        # the genuine code is printed, but not where the signed body ends: the body was edited
        return "pdf.content_altered" if expected in joined else "pdf.printed_code_mismatch"
    found = photos(page)
    shas = [hashlib.sha256(p).hexdigest() for p in found]
    if shas != [signed.values["photo_sha256"]]:
        return "pdf.photo_mismatch"
    if page_digest(page, body) != signed.values["page_sha256"] or not code_font_ok(page):
        return "pdf.content_altered"
    return None


def pdf_signature_status(pdf: bytes, registry: Registry, key_id: str | None) -> str:
    """``intact`` (the registered key signed the whole file), ``broken``, ``absent``,
    ``foreign`` (signed by another certificate) or ``unchecked`` (no pyHanko)."""
    try:
        from asn1crypto import x509 as asn1_x509
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:  # pragma: no cover - pyHanko is a dependency of the desk
        return "unchecked"
    entry = registry.keys.get(key_id or "")
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    try:
        sigs = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
        if not sigs:
            return "absent"
        if entry is None:
            return "foreign"
        cert = asn1_x509.Certificate.load(
            __import__("ssl").PEM_cert_to_DER_cert(entry.certificate_pem)
        )
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(sigs[-1], context)
    except Exception:
        return "broken"
    if status.signing_cert.dump() != cert.dump():
        return "foreign"
    coverage = status.coverage.name if status.coverage is not None else ""
    if status.intact and status.valid and coverage == "ENTIRE_FILE":
        return "intact"
    return "broken"


def verify_pdf(pdf: bytes, registry: Registry, *, check_pdf_signature: bool = True) -> Answer:
    """Check a report PDF: the code, then that the page shows exactly what was signed."""
    if len(pdf) > MAX_PDF_BYTES or pdf.lstrip()[:5] != b"%PDF-":
        return Answer("malformed", "pdf.unreadable")
    try:
        PdfReader(io.BytesIO(pdf)).pages[0]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, IndexError):
        return Answer("malformed", "pdf.unreadable")
    code = code_in_pdf(pdf)
    if code is None:
        return Answer("invalid", "pdf.no_code")
    if not code.startswith(PREFIX + "."):
        return Answer("invalid", "pdf.earlier_scheme", scheme="SSW1", code=code)
    answer, signed = _code_answer(code, registry)
    if signed is None:
        answer.reason = "pdf.code_malformed"
        answer.result = "invalid"
        return answer
    if answer.result == "valid":
        try:
            reason = _page_reason(pdf, code, signed)
        except (PageError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = exc.reason if isinstance(exc, PageError) else "pdf.content_altered"
        if reason is not None:
            answer.result, answer.reason = "invalid", reason
    if check_pdf_signature:
        answer.pdf_signature = pdf_signature_status(pdf, registry, signed.key_id)
    return _withdrawn(answer, registry)
