"""Verifying Score reports at the desk, and revoking them.

The stand-alone verifier (:mod:`ssw_desk_verify`) gives the verdict from the key registry and
the withdrawn serials the database holds; the desk adds that the register holds this very code.
Reports of the earlier scheme SSW1 verify with the public key kept in the ``report_signing``
setting (nothing is unsealed) and are marked ``"scheme": "SSW1"``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.reports import legacy, signing
from ssw_desk.services import report_keys
from ssw_desk.services.context import Desk, load_setting, now, record
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Report
from ssw_desk_verify import verify as trust
from ssw_desk_verify.page import photos

#: Settings key of the earlier scheme's (SSW1) key; only its public half is read now.
SIGNING_KEY = "report_signing"


@dataclass(frozen=True)
class ReportCheck:
    """The answer of ``report verify``: valid, invalid, superseded, revoked or malformed."""

    result: str
    serial: str | None
    reason: str | None
    signed: dict[str, str] | None = None
    scheme: str = "SSW2"
    pdf_signature: str | None = None
    detail: dict[str, Any] | None = None

    @property
    def status(self) -> str:
        return self.result

    @property
    def superseded_by(self) -> str | None:
        return (self.detail or {}).get("superseded_by")

    def as_dict(self) -> dict[str, Any]:
        return {
            "result": self.result,
            "reason": self.reason,
            "serial": self.serial,
            "scheme": self.scheme,
            "signed": self.signed,
            "pdf_signature": self.pdf_signature,
            **(self.detail or {}),
        }


def legacy_public_key(session: Session) -> bytes | None:
    """The public key of the earlier scheme (SSW1), when this database ever issued with it."""
    stored = load_setting(session, SIGNING_KEY)
    return str(stored["public"]).encode() if stored and stored.get("public") else None


def _legacy(session: Session, code: str | None, pdf: bytes | None) -> ReportCheck:
    """Verify a report of the earlier scheme (SSW1) with the public key kept beside it."""
    public = legacy_public_key(session)
    if public is None:
        return ReportCheck("invalid", None, "key.unregistered", scheme="SSW1")
    result = (
        legacy.verify_pdf(pdf, public)
        if pdf is not None
        else signing.verify_code(code or "", public)
    )
    fields = result.fields.as_dict() if result.fields else None
    if not result.valid:
        return ReportCheck("invalid", result.serial, result.reason, fields, scheme="SSW1")
    code = legacy.extract_code_from_pdf(pdf) if pdf is not None else code
    row = session.execute(select(Report).where(Report.serial == result.serial)).scalar_one_or_none()
    if row is None or code is None or signing.normalise_code(code) != row.code.upper():
        return ReportCheck("invalid", result.serial, "report.not_in_register", fields, "SSW1")
    detail = {"superseded_by": row.superseded_by} if row.superseded_by else None
    status = row.status if row.status in ("superseded", "revoked") else "valid"
    return ReportCheck(status, row.serial, None, fields, "SSW1", None, detail)


def verify(desk: Desk, *, code: str | None = None, pdf: bytes | None = None) -> ReportCheck:
    """Checks a code or a PDF: signature, key registry, page content, register; offline."""
    if pdf is None and code is None:
        raise DeskError("report.nothing_to_verify")
    with desk.db.begin() as session:
        registry = report_keys.registry(session)
        if pdf is not None:
            answer = trust.verify_pdf(pdf, registry)
        else:
            answer = trust.verify_code(code or "", registry)
        if answer.scheme == "SSW1" or (
            code is not None and signing.normalise_code(code).startswith(signing.PREFIX + ".")
        ):
            check = _legacy(session, code, pdf)
        else:
            check = _checked_against_register(session, answer)
        row_id = session.execute(
            select(Report.request_id).where(Report.serial == (check.serial or ""))
        ).scalar_one_or_none()
        record(session, desk, "report.verified", row_id, result=check.result, reason=check.reason)
        return check


def _checked_against_register(session: Session, answer: trust.Answer) -> ReportCheck:
    """The stand-alone verdict, plus: the register holds this very code."""
    check = ReportCheck(
        answer.result,
        answer.serial,
        answer.reason,
        answer.signed,
        answer.scheme,
        answer.pdf_signature,
        {k: v for k, v in answer.detail.items() if k != "issuer"} or None,
    )
    if answer.result in ("malformed", "invalid"):
        return check
    row = session.execute(select(Report).where(Report.serial == answer.serial)).scalar_one_or_none()
    if row is None or answer.code is None or signing.normalise_code(answer.code) != row.code:
        return ReportCheck(
            "invalid",
            answer.serial,
            "report.not_in_register",
            answer.signed,
            answer.scheme,
            answer.pdf_signature,
        )
    return check


def stored_photo(desk: Desk, *, serial: str) -> bytes | None:
    """The face photo printed on an issued report, from its stored PDF (access recorded)."""
    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        if row.pdf_sha256 is None:
            return None  # removed by the retention purge
        record(session, desk, "report.photo_viewed", row.request_id, serial=serial)
        pdf = get_blob(session, row.pdf_sha256)
    found = photos(PdfReader(io.BytesIO(pdf)).pages[0])
    return found[0] if found else None


def revoke(desk: Desk, *, serial: str, reason: str) -> None:
    """Revokes an issued report (supervisor): it then verifies as *revoked*."""
    report_keys.require_role(desk, "supervisor")
    if not reason.strip():
        raise DeskError("report.revoke_needs_reason")
    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        if row.status == "revoked":
            raise DeskError("report.already_revoked", serial)
        row.status = "revoked"
        row.revoked_at = now()
        row.revoked_by = str(desk.actor)
        row.revoke_reason = reason.strip()
        record(session, desk, "report.revoked", row.request_id, serial=serial)


@dataclass(frozen=True)
class VerificationView:
    """What the desk's verification dialog shows: the verdict, the photo the document
    carries and the photo the desk issued with that serial (None when there is none)."""

    check: ReportCheck
    document_photo: bytes | None
    stored_photo: bytes | None


def verification_view(
    desk: Desk, *, code: str | None = None, pdf: bytes | None = None
) -> VerificationView:
    """Verify, and gather both photos for a side-by-side look."""
    check = verify(desk, code=code, pdf=pdf)
    document = None
    if pdf is not None and check.result != "malformed":
        try:
            found = photos(PdfReader(io.BytesIO(pdf)).pages[0])
        except (ValueError, KeyError, TypeError, IndexError, PyPdfError):
            found = []
        document = found[0] if len(found) == 1 else None
    stored = None
    if check.serial is not None and check.result != "malformed":
        try:
            stored = stored_photo(desk, serial=check.serial)
        except DeskError:
            stored = None
    return VerificationView(check, document, stored)
