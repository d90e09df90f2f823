"""Issuing and verifying Score reports.

Guards, in the order a clerk meets them: the request is approved; the roster has its exam and
says *failed* (never a report for someone who passed); a face photo is attached; no valid report
exists yet, unless this is an explicit reissue with a reason (the earlier serial is then marked
superseded).

Issuing is one transaction of the single write path: the request row is locked first, then the
roster row is read after that lock (a roster import locks the same request rows before it
writes the roster, so the two serialise: either the import sees the report and is refused, or
the issue sees "pass" and is refused). The database itself allows at most one valid report per
request (the partial unique index ``uq_reports_one_valid``), for reissues too (supersede and the
new report in one transaction).

Serials are ``JAIM-YYYY-NNNNNN`` (prefix a setting), gap-free per year: the number is taken
in the same transaction that stores the report, so a failure gives it back.

Signing (scheme SSW2, ``docs/report-trust.md``): the issuer's own key signs the whole page and
the PDF (:mod:`ssw_desk.services.report_keys`); no signing key is in the shared database.
Reports of the earlier scheme SSW1 (Ed25519 key in the settings table) still verify with the
public key stored beside it, without unsealing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.domain.nationality import country_name
from ssw_desk.errors import DeskError
from ssw_desk.imaging.report_types import PhotoReport
from ssw_desk.reports import IssuerKey, ReportData, create_issuer_key
from ssw_desk.reports import issue_report as sign_and_render
from ssw_desk.services import report_keys, settings
from ssw_desk.services.changes import change
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.findings import latest_version
from ssw_desk.services.report_checks import (  # noqa: F401 - the verifying half, re-exported
    SIGNING_KEY,
    ReportCheck,
    revoke,
    stored_photo,
    verify,
)
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import get_blob, put_blob
from ssw_desk.storage.models import Message, Report, Request


@dataclass(frozen=True)
class IssuedReport:
    serial: str
    code: str
    pdf: bytes
    request_id: int
    superseded: str | None


def photo_crop(report: dict[str, Any] | None) -> tuple[int, int, int, int] | None:
    """Head-and-shoulders frame (200:230) around the measured head, or None to centre-crop.

    The head (crown to chin) is placed at the middle of the head-ratio band the checks used,
    with 10 % of the frame above the crown.
    """
    if not report:
        return None
    geo = PhotoReport.from_dict(report).geometry
    crown, chin, box = geo.crown_y, geo.chin_y, geo.face_box
    if crown is None or chin is None or box is None or chin <= crown:
        return None
    height = (chin - crown) / ((geo.head_ratio_min + geo.head_ratio_max) / 2)
    width = height * 200 / 230
    centre_x = box[0] + box[2] / 2
    top = crown - 0.10 * height
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
    checked = PhotoReport.from_dict(face[0].photo_report or {})
    unanalysable = [
        c.code
        for c in checked.checks
        if c.status == "fail" and (c.code.startswith("image.") or c.code == "file.truncated")
    ]
    if unanalysable:  # e.g. image.bomb: never decoded for the report
        raise DeskError("report.photo_unreadable", unanalysable[0])
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


def _valid_report(session: Session, request_id: int) -> Report | None:
    return session.execute(
        select(Report).where(Report.request_id == request_id, Report.status == "valid")
    ).scalar_one_or_none()


def _issuable(session: Session, request_id: int, *, reissue: bool) -> tuple[Request, Report | None]:
    """The request and its valid report (None before the first issue), if a report may be
    issued now; else the refusal, in the order a clerk meets them (for the preview, which
    locks nothing)."""
    request = session.get(Request, request_id)
    if request is None:
        raise DeskError("request.not_found", str(request_id))
    earlier = _valid_report(session, request_id)
    if earlier is not None and not reissue:
        raise DeskError("report.already_issued", earlier.serial)
    refused = lifecycle.refusal("reissue" if earlier is not None else "issue", request.status)
    if refused is not None:
        raise DeskError(refused, request.status)
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
    layout = settings.report_layout(session)
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
    expect_revision: int | None = None,
) -> IssuedReport:
    """Issues the Score report of an approved request (or reissues it, with a reason).

    Signed with this user's issuer key (unlocked with ``passphrase`` or
    ``SSW_DESK_ISSUER_PASSPHRASE``), which must be registered and active.

    Raises:
        DeskError: ``report.not_approved``, ``report.no_roster``, ``report.passed``,
            ``report.no_score``, ``report.no_photo``, ``report.fields_missing``,
            ``report.already_issued``, ``report.reissue_needs_reason``, ``request.not_found``,
            ``request.changed``, ``role.not_permitted``, ``report.no_issuer_key``,
            ``report.issuer_key_locked``, ``report.issuer_key_bad``,
            ``report.key_not_registered``, ``report.key_not_active``.
    """
    reissue = reissue_reason is not None
    if reissue and not (reissue_reason or "").strip():
        raise DeskError("report.reissue_needs_reason")
    try:
        return _issue(desk, request_id, reissue_reason, out, today, expect_revision, passphrase)
    except IntegrityError as exc:  # the database's own guarantee; the lock should come first
        raise DeskError("report.already_issued", str(request_id)) from exc


def _issue(
    desk: Desk,
    request_id: int,
    reissue_reason: str | None,
    out: str | Path | None,
    today: date | None,
    expect_revision: int | None,
    passphrase: str | None,
) -> IssuedReport:
    reissue = reissue_reason is not None
    action = "reissue" if reissue else "issue"
    with change(desk, request_id, action, expect_revision=expect_revision) as ch:
        session, request = ch.session, ch.request
        earlier = _valid_report(session, request_id)
        if earlier is None and reissue:
            raise DeskError("report.not_approved", str(ch.before))
        if earlier is not None and not reissue:
            raise DeskError("report.already_issued", earlier.serial)
        # The roster is read below, after the request row is locked: a roster import locks the
        # same request rows before it writes, so an import writing "pass" either waits for this
        # issue (and is then refused) or has committed (and this issue reads "pass" and is
        # refused). No lock on the roster itself: FOR SHARE needs UPDATE rights, which a clerk's
        # login must not have on the roster.
        day = today or now().date()
        key = report_keys.signing_key(session, day, passphrase)
        number = repos.next_counter(session, "report", day.year)
        prefix = settings.report_serial(session).prefix
        serial = f"{prefix}-{day.year}-{number:06d}"
        code, pdf = _render(session, request, serial=serial, day=day, key=key)
        pdf_sha = put_blob(session, pdf)
        if earlier is not None:
            earlier.status = "superseded"
            earlier.superseded_by = serial
            session.flush()  # the old one stops being valid before the new one is
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
        session.flush()
        ch.record(
            "report.reissued" if earlier else "report.issued",
            serial=serial,
            supersedes=earlier.serial if earlier else None,
            key_id=key.key_id,
        )
    if out is not None:
        Path(out).write_bytes(pdf)
    return IssuedReport(serial, code, pdf, request_id, earlier.serial if earlier else None)


def report_pdf(desk: Desk, *, serial: str) -> bytes:
    """The stored PDF of an issued report (access recorded)."""
    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        record(session, desk, "report.exported", row.request_id, serial=serial)
        if row.pdf_sha256 is None:
            raise DeskError("report.purged", serial)
        return get_blob(session, row.pdf_sha256)


def reply_with_report(desk: Desk, *, serial: str, from_addr: str | None = None) -> bytes:
    """Writes the e-mail to the applicant with the report attached (the one builder), saves it
    with the request and hands it to the outbox when the desk sends mail itself.

    The message is ``queued`` (the outbox sends it) or, without a mailbox, ``prepared``: a
    draft to send by hand, never marked sent. Returns the draft ``.eml`` (``X-Unsent: 1``).
    """
    from ssw_desk.services import outgoing
    from ssw_desk.services.mail_settings import mailbox_settings
    from ssw_desk.services.notices import notice_settings
    from ssw_desk.services.outbox import queue_outgoing

    with desk.db.begin() as session:
        row = session.execute(select(Report).where(Report.serial == serial)).scalar_one_or_none()
        if row is None:
            raise DeskError("report.not_found", serial)
        if row.pdf_sha256 is None:
            raise DeskError("report.purged", serial)
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
        settings = notice_settings(session)
        sender = from_addr or mailbox_settings(session).from_addr or settings.from_addr
        to_addr = (last_in.sender if last_in is not None else "") or request.sender
        if not to_addr:
            raise DeskError("decision.no_recipient", request.reference)
        message_id = outgoing.new_message_id(sender)
        in_reply_to = last_in.message_id if last_in is not None else None
        references = [str(r) for r in (last_in.references or [])] if last_in is not None else []
        subject = (
            f"【{request.reference}】結果通知書（スコアレポート）の送付 / "
            f"Your Score report [{request.reference}] ({serial})"
        )
        at = now()
        raw = outgoing.build(
            outgoing.Outgoing(
                from_addr=sender,
                from_name=settings.from_name,
                to_addr=to_addr,
                to_name=request.name or "",
                subject=subject,
                body_ja=(
                    "結果通知書（スコアレポート）を添付いたします。\n\n"
                    f"受付番号：{request.reference}\n通し番号：{serial}"
                ),
                body_en=(
                    "Please find your Score report attached.\n\n"
                    f"Request reference: {request.reference}\nSerial: {serial}"
                ),
                signature_ja=settings.signature_ja,
                signature_en=settings.signature_en,
                message_id=message_id,
                date=at,
                in_reply_to=in_reply_to,
                references=references,
                attachments=(
                    outgoing.OutgoingAttachment(
                        f"score-report-{serial}.pdf",
                        "application/pdf",
                        get_blob(session, row.pdf_sha256),
                    ),
                ),
            )
        )
        message = Message(
            dedupe_key=f"mid:{message_id}",
            message_id=message_id,
            raw_sha256=put_blob(session, raw),
            direction="out",
            source_format="eml",
            origin="report",
            status="prepared",
            received_at=at,
            sender=sender,
            subject=subject,
            in_reply_to=in_reply_to,
            references=outgoing.thread_chain(in_reply_to, references),
            request_id=request.id,
            imported_at=at,
            imported_by=str(desk.actor),
        )
        session.add(message)
        session.flush()
        outbox_id = queue_outgoing(session, desk, message=message, kind="report")
        record(session, desk, "report.mailed", request.id, serial=serial, outbox=outbox_id)
        return outgoing.as_draft(raw)
