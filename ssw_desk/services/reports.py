"""Issuing and verifying Score reports.

Guards, in the order a clerk meets them: the request is approved; the roster has its exam and
says *failed* (never a report for someone who passed); a face photo is attached; no valid report
exists yet, unless this is an explicit reissue with a reason (the earlier serial is then marked
superseded). Serials are ``JAIM-YYYY-NNNNNN`` (prefix a setting), gap-free per year: the
number is taken in the same transaction that stores the report, so a failure gives it back.

Signing (scheme SSW2, ``docs/report-trust.md``): the issuer's own key signs the whole page and
the PDF (:mod:`ssw_desk.services.report_keys`); no signing key is in the shared database.
Reports of the earlier scheme SSW1 (Ed25519 key in the settings table) still verify with the
public key stored beside it, without unsealing anything.
"""

from __future__ import annotations

import email.policy
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.domain.nationality import country_name
from ssw_desk.errors import DeskError
from ssw_desk.reports import IssuerKey, ReportData, ReportLayout, create_issuer_key, legacy, signing
from ssw_desk.reports import issue_report as sign_and_render
from ssw_desk.services import report_keys
from ssw_desk.services.context import Desk, load_setting, now, record
from ssw_desk.services.findings import latest_version
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import get_blob, put_blob
from ssw_desk.storage.models import Message, Report, Request
from ssw_desk_verify import verify as trust

#: Settings key of the earlier scheme's (SSW1) key; only its public half is read now.
SIGNING_KEY = "report_signing"


@dataclass(frozen=True)
class IssuedReport:
    serial: str
    code: str
    pdf: bytes
    request_id: int
    superseded: str | None


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


def photo_crop(report: dict[str, Any] | None) -> tuple[int, int, int, int] | None:
    """Head-and-shoulders frame (200:230) around the measured head, or None to centre-crop.

    The head (crown to chin) is placed at 60 % of the frame height, the middle of the published
    50-69 % band, with 10 % of the frame above the crown.
    """
    if not report:
        return None
    m = report.get("measures") or {}
    crown, chin, box = m.get("crown_y"), m.get("chin_y"), m.get("face_box")
    if crown is None or chin is None or not box:
        return None
    height = (float(chin) - float(crown)) / 0.60
    width = height * 200 / 230
    centre_x = float(box[0]) + float(box[2]) / 2
    top = float(crown) - 0.10 * height
    return (round(centre_x - width / 2), round(top), round(width), round(height))


def _report_data(session: Session, request: Request, serial: str, today: date) -> ReportData:
    roster = repos.roster_row(session, request.exam_number)
    if roster is None:
        raise DeskError("report.no_roster", request.reference)
    if roster.result != "fail":
        raise DeskError("report.passed", request.reference)
    if roster.score is None or roster.passing_score is None or roster.max_score is None:
        raise DeskError("report.no_score", request.reference)
    face = [a for a in latest_version(request).attachments if a.role == "face_photo"]
    if not face:
        raise DeskError("report.no_photo", request.reference)
    missing = [
        name
        for name in ("name", "nationality", "date_of_birth", "sex", "category", "exam_date")
        if getattr(request, name) is None
    ]
    if missing:
        raise DeskError("report.fields_missing", ",".join(missing))
    photo = get_blob(session, face[0].sha256)
    if face[0].format not in ("jpeg", "png", "gif"):
        from ssw_desk.imaging import display_png

        photo = display_png(photo)
    assert request.nationality and request.category and request.sex and request.name
    assert request.date_of_birth and request.exam_number
    exam_date = date.fromisoformat(roster.exam_date) if roster.exam_date else request.exam_date
    assert exam_date is not None
    return ReportData(
        serial=serial,
        issue_date=today,
        exam_number=request.exam_number,
        exam_date=exam_date,
        category=roster.category or request.category,
        name=request.name,
        nationality_code=request.nationality,
        nationality_ja=country_name(request.nationality, "ja"),
        nationality_en=country_name(request.nationality, "en"),
        date_of_birth=request.date_of_birth,
        sex=request.sex,
        score=Decimal(str(roster.score)),
        passing_score=Decimal(str(roster.passing_score)),
        max_score=Decimal(str(roster.max_score)),
        photo=photo,
        photo_crop=photo_crop(face[0].photo_report),
        result="fail",
    )


def _issuable(session: Session, request_id: int, *, reissue: bool) -> tuple[Request, Report | None]:
    """The request and its valid report (None before the first issue), if a report may be
    issued now; else the refusal, in the order a clerk meets them."""
    request = session.get(Request, request_id)
    if request is None:
        raise DeskError("request.not_found", str(request_id))
    earlier = session.execute(
        select(Report).where(Report.request_id == request_id, Report.status == "valid")
    ).scalar_one_or_none()
    if earlier is not None and not reissue:
        raise DeskError("report.already_issued", earlier.serial)
    allowed = ("approved", "issued") if earlier is not None else ("approved",)
    if request.status not in allowed:
        raise DeskError("report.not_approved", request.status)
    return request, earlier


def _render(
    session: Session,
    request: Request,
    *,
    serial: str,
    day: date,
    key: IssuerKey,
    watermark: tuple[str, str] | None = None,
) -> tuple[str, bytes]:
    """Gathers the report's values (raising the data guards), signs and renders: ``(code, pdf)``."""
    data = _report_data(session, request, serial, day)
    layout = ReportLayout.from_overrides(load_setting(session, "report_layout") or {})
    return sign_and_render(data, key, layout=layout, watermark=watermark, pades=watermark is None)


#: What a preview shows instead of a serial (it satisfies the serial pattern, so the page lays
#: out exactly like an issued one) and the mark stamped over it.
PREVIEW_SERIAL = "PREVIEW"
PREVIEW_MARK = (
    "見本 PREVIEW",
    "見本：発行前の確認用です。通知書として無効です。"
    " / PREVIEW: not issued, not valid as a Score report.",
)


def preview(
    desk: Desk, *, request_id: int, reissue: bool = False, today: date | None = None
) -> bytes:
    """Renders the report exactly as :func:`issue` would, without issuing it.

    Nothing is stored and no serial is taken: the serial reads ``PREVIEW`` and the page carries
    a diagonal 見本 / PREVIEW mark and a banner. The code and QR are real in form but signed
    with a throw-away key that is discarded at once, so neither the code nor the PDF ever
    verifies (``report verify`` answers *invalid*), whoever holds it.

    Args:
        desk: The desk.
        request_id: The request.
        reissue: Preview a reissue (a valid report exists) instead of refusing.
        today: The issue date shown (default: today).

    Returns:
        The PDF bytes.

    Raises:
        DeskError: the same refusals as :func:`issue`.
    """
    with desk.db.begin() as session:
        request, _earlier = _issuable(session, request_id, reissue=reissue)
        _code, pdf = _render(
            session,
            request,
            serial=PREVIEW_SERIAL,
            day=today or now().date(),
            key=create_issuer_key("PREVIEW", "PREVIEW"),
            watermark=PREVIEW_MARK,
        )
    return pdf


def current_serial(desk: Desk, *, request_id: int) -> str | None:
    """The serial of the request's valid report, or None when none was issued."""
    with desk.db.begin() as session:
        return session.execute(
            select(Report.serial).where(Report.request_id == request_id, Report.status == "valid")
        ).scalar_one_or_none()


def issue(
    desk: Desk,
    *,
    request_id: int,
    reissue_reason: str | None = None,
    out: str | Path | None = None,
    today: date | None = None,
    passphrase: str | None = None,
) -> IssuedReport:
    """Issues the Score report of an approved request (or reissues it, with a reason).

    Signed with this user's issuer key (unlocked with ``passphrase`` or
    ``SSW_DESK_ISSUER_PASSPHRASE``), which must be registered and active.

    Raises:
        DeskError: ``report.not_approved``, ``report.no_roster``, ``report.passed``,
            ``report.no_score``, ``report.no_photo``, ``report.fields_missing``,
            ``report.already_issued``, ``report.reissue_needs_reason``, ``request.not_found``,
            ``report.no_issuer_key``, ``report.issuer_key_locked``, ``report.issuer_key_bad``,
            ``report.key_not_registered``, ``report.key_not_active``.
    """
    if reissue_reason is not None and not reissue_reason.strip():
        raise DeskError("report.reissue_needs_reason")
    with desk.db.begin() as session:
        request, earlier = _issuable(session, request_id, reissue=reissue_reason is not None)
        day = today or now().date()
        key = report_keys.signing_key(session, day, passphrase)
        number = repos.next_counter(session, "report", day.year)
        prefix = (load_setting(session, "report_serial") or {}).get("prefix", "JAIM")
        serial = f"{prefix}-{day.year}-{number:06d}"
        code, pdf = _render(session, request, serial=serial, day=day, key=key)
        pdf_sha = put_blob(session, pdf)
        session.add(
            Report(
                serial=serial,
                year=day.year,
                number=number,
                request_id=request.id,
                issued_at=now(),
                issued_by=str(desk.actor),
                code=code,
                pdf_sha256=pdf_sha,
                status="valid",
                reason=reissue_reason or "",
                key_id=key.key_id,
            )
        )
        if earlier is not None:
            earlier.status = "superseded"
            earlier.superseded_by = serial
        request.status = "issued"
        request.updated_at = now()
        record(
            session,
            desk,
            "report.reissued" if earlier else "report.issued",
            request.id,
            serial=serial,
            supersedes=earlier.serial if earlier else None,
            key_id=key.key_id,
        )
    if out is not None:
        Path(out).write_bytes(pdf)
    return IssuedReport(serial, code, pdf, request_id, earlier.serial if earlier else None)


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
    from ssw_desk_verify.page import photos

    pdf = report_pdf(desk, serial=serial)
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


def report_pdf(desk: Desk, *, serial: str) -> bytes:
    """The stored PDF of an issued report (access recorded)."""
    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        record(session, desk, "report.exported", row.request_id, serial=serial)
        return get_blob(session, row.pdf_sha256)


def reply_with_report(desk: Desk, *, serial: str, from_addr: str | None = None) -> bytes:
    """Builds the reply e-mail to the applicant with the report attached, saves it with the
    request (as a sent message) and returns the .eml bytes."""
    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        request = session.get(Request, row.request_id)
        assert request is not None
        last_in = (
            session.execute(
                select(Message)
                .where(Message.request_id == request.id, Message.direction == "in")
                .order_by(Message.id.desc())
            )
            .scalars()
            .first()
        )
        sender = from_addr or (load_setting(session, "mail") or {}).get(
            "from", "sswm-seizou-exam@jaim-skill.or.jp"
        )
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = sender
        msg["To"] = request.sender
        msg["Subject"] = f"[{request.reference}] スコアレポート / Score report ({serial})"
        msg["Date"] = format_datetime(now())
        msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1])
        if last_in is not None and last_in.message_id:
            msg["In-Reply-To"] = f"<{last_in.message_id}>"
            msg["References"] = f"<{last_in.message_id}>"
        msg.set_content(
            "スコアレポートを添付いたします。\n\n"
            "Please find your Score report attached.\n\n"
            f"Serial / 通し番号: {serial}\n"
        )
        msg.add_attachment(
            get_blob(session, row.pdf_sha256),
            maintype="application",
            subtype="pdf",
            filename=f"score-report-{serial}.pdf",
        )
        raw = bytes(msg)
        raw_sha = put_blob(session, raw)
        message_id = str(msg["Message-ID"]).strip("<>")
        session.add(
            Message(
                dedupe_key=f"mid:{message_id}",
                message_id=message_id,
                raw_sha256=raw_sha,
                direction="out",
                source_format="eml",
                origin="report",
                status="sent",
                received_at=now(),
                sender=sender,
                subject=str(msg["Subject"]),
                request_id=request.id,
                imported_at=now(),
                imported_by=str(desk.actor),
            )
        )
        record(session, desk, "report.mailed", request.id, serial=serial)
        return raw
