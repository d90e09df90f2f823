"""Reports of the earlier scheme (SSW1): read the code back and verify a PDF offline.

SSW1 signed only key fields with Ed25519 and checked that each value occurs in the page text;
reports issued before scheme SSW2 are still verified this way and marked as the earlier scheme.
"""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ssw_desk.reports.data import SignedFields, canonical_number
from ssw_desk.reports.render import CODE_KEY, FIELDS_KEY, date_ja
from ssw_desk.reports.signing import (
    CODE_PATTERN,
    PublicKeyLike,
    Verification,
    normalise_code,
    verify_code,
)

# A printed code is broken into groups and lines; allow any whitespace between its characters.
_SPACED_CODE = re.compile(r"SSW1\.[A-Z0-9.\-\s]+")


def _reader(pdf_bytes: bytes) -> PdfReader | None:
    try:
        return PdfReader(io.BytesIO(pdf_bytes))
    except (PyPdfError, ValueError, OSError):
        return None


def _metadata(reader: PdfReader) -> dict[str, str]:
    try:
        raw = reader.metadata
    except PyPdfError:
        return {}
    return {} if raw is None else {str(k).lstrip("/"): str(v) for k, v in raw.items()}


def _page_text(reader: PdfReader) -> str:
    try:
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError):
        return ""


def _code_in(text: str) -> str | None:
    for candidate in _SPACED_CODE.findall(text):
        match = CODE_PATTERN.match(normalise_code(candidate))
        if match:
            return match.group(0)
    return None


def extract_code_from_pdf(pdf_bytes: bytes) -> str | None:
    """Read the verification code of a report PDF.

    Looks in the custom metadata key, then ``/Subject``, then the printed text.

    Args:
        pdf_bytes: The PDF.

    Returns:
        The code, or None when the file holds none (or is not a readable PDF).
    """
    reader = _reader(pdf_bytes)
    if reader is None:
        return None
    meta = _metadata(reader)
    for value in (meta.get(CODE_KEY, ""), meta.get("Subject", "")):
        code = _code_in(value)
        if code:
            return code
    return _code_in(_page_text(reader))


def printed_code_from_pdf(pdf_bytes: bytes) -> str | None:
    """Read the verification code from the page text only (what a reader sees)."""
    reader = _reader(pdf_bytes)
    return None if reader is None else _code_in(_page_text(reader))


def signed_fields_from_pdf(pdf_bytes: bytes) -> SignedFields | None:
    """Read the signed fields stored in the PDF metadata, or None."""
    reader = _reader(pdf_bytes)
    if reader is None:
        return None
    try:
        return SignedFields.from_dict(json.loads(_metadata(reader).get(FIELDS_KEY, "")))
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return None


def _shown_values(fields: SignedFields) -> tuple[str, ...]:
    """The signed values as the page prints them."""
    return (
        fields.serial,
        fields.exam_number,
        fields.name,
        date_ja(fields.date_of_birth),
        date_ja(fields.exam_date),
        date_ja(fields.issue_date),
        canonical_number(fields.score),
        canonical_number(fields.passing_score),
        canonical_number(fields.max_score),
    )


def verify_pdf(pdf_bytes: bytes, public_key: PublicKeyLike) -> Verification:
    """Verify a report PDF offline: code, signed fields, and what the page shows.

    Valid means: the code's signature is good, the fields stored in the PDF are the ones the
    code covers, the printed code is the same code, and every signed value is printed on the
    page. A page edited by hand while the metadata was kept fails the last two checks; a
    redrawn or scanned copy is caught only by comparing ``fields`` with the page by eye or
    with the database.

    Args:
        pdf_bytes: The PDF.
        public_key: The secretariat's Ed25519 public key.

    Returns:
        A :class:`Verification`; ``fields`` holds the signed fields for display.
    """
    reader = _reader(pdf_bytes)
    if reader is None:
        return Verification("invalid", "pdf.unreadable")
    code = extract_code_from_pdf(pdf_bytes)
    if code is None:
        return Verification("invalid", "pdf.no_code")
    fields = signed_fields_from_pdf(pdf_bytes)
    if fields is None:
        return Verification("invalid", "pdf.no_fields", *_code_parts(code))
    result = verify_code(code, public_key, expected=fields)
    if not result.valid:
        return result
    text = _page_text(reader)
    if _code_in(text) != code:
        return Verification(
            "invalid", "pdf.printed_code_mismatch", result.serial, result.digest, fields
        )
    flat = "".join(text.split())
    if not all("".join(value.split()) in flat for value in _shown_values(fields)):
        return Verification("invalid", "pdf.text_mismatch", result.serial, result.digest, fields)
    return result


def _code_parts(code: str) -> tuple[str | None]:
    match = CODE_PATTERN.fullmatch(code)
    return (match.group(1) if match else None,)
