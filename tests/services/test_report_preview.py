"""Previewing a Score report: the page as it would be issued, but no serial, nothing stored,
a 見本 / PREVIEW mark and a code that never verifies; the same refusals as issuing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssw_desk.errors import DeskError
from ssw_desk.services import reports
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.models import RosterEntry
from ssw_desk_verify.verify import code_in_pdf
from tests.services.mails import ROSTER_CSV
from tests.services.test_reports import _approved, _request


def _text(pdf: bytes) -> str:
    return "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def _refusal(fn: object, **kw: object) -> str:
    with pytest.raises(DeskError) as err:
        fn(**kw)  # type: ignore[operator]
    return err.value.code


def test_preview_shows_the_report_but_takes_no_serial(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    request_id = _approved(desk, tmp_path)
    history = len(show_request(desk, request_id=request_id).history)
    pdf = reports.preview(desk, request_id=request_id)
    text = _text(pdf)
    for expected in ("NGUYENVANAN", "M2301000123", "PREVIEW", "見本", "86.7"):
        assert expected in text
    view = show_request(desk, request_id=request_id)
    assert view.status == "approved"
    # show_request records its own view; the preview adds nothing else
    assert len(view.history) == history + 1
    assert reports.current_serial(desk, request_id=request_id) is None
    assert reports.issue(desk, request_id=request_id).serial.endswith("-000001")


def test_preview_never_verifies(desk: Desk, tmp_path: Path, issuer: str) -> None:
    pdf = reports.preview(desk, request_id=_approved(desk, tmp_path))
    check = reports.verify(desk, pdf=pdf)
    assert (check.status, check.reason) == ("invalid", "key.unregistered")
    assert check.signed is not None and check.signed["serial"] == "PREVIEW"
    code = code_in_pdf(pdf)
    assert code is not None
    assert reports.verify(desk, code=code).reason == "key.unregistered"


def test_preview_of_an_issued_report_needs_reissue(desk: Desk, tmp_path: Path, issuer: str) -> None:
    request_id = _approved(desk, tmp_path)
    first = reports.issue(desk, request_id=request_id)
    assert _refusal(reports.preview, desk=desk, request_id=request_id) == "report.already_issued"
    assert "PREVIEW" in _text(reports.preview(desk, request_id=request_id, reissue=True))
    assert reports.current_serial(desk, request_id=request_id) == first.serial
    second = reports.issue(desk, request_id=request_id, reissue_reason="typo")
    assert second.serial.endswith("-000002")


def test_refusals_equal_issue(desk: Desk, tmp_path: Path, issuer: str) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    import_roster(desk, path=roster)
    not_approved = _request(desk, tmp_path)
    no_roster = _approved(desk, tmp_path, exam_number="M2301000777")
    no_photo = _approved(desk, tmp_path, exam_number="M2301000123", attach_face=False)
    cases = {
        not_approved: "report.not_approved",
        10_000: "request.not_found",
        no_roster: "report.no_roster",
        no_photo: "report.no_photo",
    }
    for request_id, code in cases.items():
        assert _refusal(reports.preview, desk=desk, request_id=request_id) == code
        assert _refusal(reports.issue, desk=desk, request_id=request_id) == code
    assert reports.current_serial(desk, request_id=not_approved) is None


def test_passed_is_refused_alike(desk: Desk, tmp_path: Path, issuer: str) -> None:
    """Approved, then a corrected roster says *passed*: both refuse with ``report.passed``."""
    request_id = _approved(desk, tmp_path)
    with desk.db.begin() as session:
        entry = session.get(RosterEntry, "M2301000123")
        assert entry is not None
        entry.result = "pass"
    assert _refusal(reports.preview, desk=desk, request_id=request_id) == "report.passed"
    assert _refusal(reports.issue, desk=desk, request_id=request_id) == "report.passed"
