"""Report trust at the desk: the issuer key outside the database, `report verify --json`,
revocation, the earlier scheme, and the stand-alone verifier giving the same answers."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from ssw_desk.cli import main
from ssw_desk.errors import DeskError
from ssw_desk.reports import register_fonts
from ssw_desk.reports.data import SignedFields
from ssw_desk.reports.render import CODE_KEY, FIELDS_KEY
from ssw_desk.reports.signing import generate_key, public_key_pem, sign_report
from ssw_desk.services import report_keys, reports
from ssw_desk.services.context import Desk, save_setting
from ssw_desk.services.requests import show_request
from ssw_desk.storage.blobs import put_blob
from ssw_desk.storage.models import Event, Report
from tests.conftest import ISSUER_PASSPHRASE
from tests.services.test_reports import _approved

REPO = Path(__file__).resolve().parents[2]


def _reports(desk: Desk) -> int:
    with desk.db.begin() as session:
        return int(session.execute(select(func.count()).select_from(Report)).scalar_one())


def test_no_key_unregistered_key_and_locked_key_cannot_issue(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = _approved(desk, tmp_path)
    report_keys.forget_unlocked()
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id)
    assert err.value.code == "report.no_issuer_key"
    report_keys.create_key(desk, ISSUER_PASSPHRASE)
    report_keys.forget_unlocked()
    monkeypatch.delenv(report_keys.PASSPHRASE_ENV, raising=False)
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id)
    assert err.value.code == "report.issuer_key_locked"
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id, passphrase="wrong passphrase")
    assert err.value.code == "report.issuer_key_bad"
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id, passphrase=ISSUER_PASSPHRASE)
    assert err.value.code == "report.key_not_registered"
    assert _reports(desk) == 0
    assert show_request(desk, request_id=request_id).status == "approved"
    report_keys.forget_unlocked()


def test_issue_records_the_key_and_the_database_holds_no_private_key(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    issued = reports.issue(desk, request_id=_approved(desk, tmp_path))
    with desk.db.begin() as session:
        event = session.execute(select(Event).where(Event.action == "report.issued")).scalar_one()
        assert event.detail["key_id"] == issuer
        assert session.execute(select(Report.key_id)).scalar_one() == issuer
    assert b"PRIVATE KEY" not in _dump(desk)
    assert issued.code.startswith("SSW2.")


def _dump(desk: Desk) -> bytes:
    """Every text value of every table, as bytes."""
    import sqlalchemy as sa

    out = []
    with desk.db.engine.connect() as conn:
        for table in sa.inspect(desk.db.engine).get_table_names():
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                out.append(repr(tuple(row)).encode())
    return b"\n".join(out)


def test_verify_json_shows_the_signed_content_and_photo(
    desk: Desk, tmp_path: Path, issuer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    issued = reports.issue(desk, request_id=_approved(desk, tmp_path), out=tmp_path / "r.pdf")
    capsys.readouterr()
    assert main(["--db", desk.db.url, "report", "verify", str(tmp_path / "r.pdf"), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["result"] == "valid" and answer["reason"] is None
    assert answer["serial"] == issued.serial and answer["pdf_signature"] == "intact"
    signed = answer["signed"]
    assert (signed["name"], signed["exam_number"], signed["score"]) == (
        "NGUYEN VAN AN",
        "M2301000123",
        "52",
    )
    assert (signed["nationality"], signed["sex"], signed["date_of_birth"]) == (
        "VN",
        "M",
        "1995-03-14",
    )
    photo = reports.stored_photo(desk, serial=issued.serial)
    assert photo is not None and hashlib.sha256(photo).hexdigest() == signed["photo_sha256"]
    assert main(["--db", desk.db.url, "report", "verify", issued.code, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signed"] == signed


def test_bad_inputs_get_a_message_not_a_traceback(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = desk.db.url
    assert main(["--db", url, "report", "verify", str(tmp_path / "missing.pdf")]) == 2
    err = capsys.readouterr().err
    assert "report.file_not_found" in err and "Traceback" not in err
    assert main(["--db", url, "report", "verify", "x" * 10_000, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["result"] == "malformed"
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(os.urandom(5000))
    assert main(["--db", url, "report", "verify", str(noise), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["result"] == "malformed"
    assert main(["--db", url, "report", "verify", "SSW2." + "A" * 9_990, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["result"] == "malformed"


def _standalone(target: str, keys: Path, revocations: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "ssw_desk_verify", target, "--keys", str(keys),
         "--revocations", str(revocations), "--json"],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert "Traceback" not in run.stderr, run.stderr
    return json.loads(run.stdout)


def test_superseded_revoked_and_the_stand_alone_verifier_agrees(
    desk: Desk, tmp_path: Path, issuer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id = _approved(desk, tmp_path)
    first = reports.issue(desk, request_id=request_id)
    second = reports.issue(desk, request_id=request_id, reissue_reason="name misspelt")
    third_id = _approved(desk, tmp_path, sender="b@example.com")
    third = reports.issue(desk, request_id=third_id)
    reports.revoke(desk, serial=third.serial, reason="issued in error")
    forged = PdfWriter(clone_from=io.BytesIO(second.pdf))
    forged.pages[0].mediabox.upper_right = (600, 842)
    out = io.BytesIO()
    forged.write(out)
    files = {
        "first.pdf": first.pdf, "second.pdf": second.pdf, "third.pdf": third.pdf,
        "forged.pdf": out.getvalue(),
    }  # fmt: skip
    for name, pdf in files.items():
        (tmp_path / name).write_bytes(pdf)
    keys, revocations = tmp_path / "keys.json", tmp_path / "revocations.json"
    assert main(["--db", desk.db.url, "report", "public-key", "--out", str(keys)]) == 0
    assert main(["--db", desk.db.url, "report", "revocations", "--out", str(revocations)]) == 0
    expected = {
        "first.pdf": ("superseded", None), "second.pdf": ("valid", None),
        "third.pdf": ("revoked", None), "forged.pdf": ("invalid", "pdf.content_altered"),
        first.code: ("superseded", None), third.code: ("revoked", None),
    }  # fmt: skip
    for target, verdict in expected.items():
        path = tmp_path / target
        if path.name in files:
            desk_check = reports.verify(desk, pdf=path.read_bytes())
            target = str(path)
        else:
            desk_check = reports.verify(desk, code=target)
        alone = _standalone(target, keys, revocations)
        assert (desk_check.result, desk_check.reason) == verdict
        assert (alone["result"], alone["reason"]) == verdict
        assert alone["signed"] == desk_check.signed
    assert _standalone(first.code, keys, revocations)["superseded_by"] == second.serial
    # a registry file edited by hand is refused
    doc = json.loads(keys.read_text())
    doc["keys"][0]["valid_until"] = "2099-01-01"
    keys.write_text(json.dumps(doc))
    run = subprocess.run(
        [sys.executable, "-m", "ssw_desk_verify", "x", "--keys", str(keys)],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert run.returncode == 2 and "signature does not verify" in run.stderr


def test_revoked_key_invalidates_what_it_signed(desk: Desk, tmp_path: Path, issuer: str) -> None:
    issued = reports.issue(desk, request_id=_approved(desk, tmp_path))
    report_keys.set_status(desk, issuer, "retired")
    assert reports.verify(desk, pdf=issued.pdf).result == "valid"
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=_approved(desk, tmp_path, sender="c@example.com"))
    assert err.value.code == "report.key_not_active"
    report_keys.set_status(desk, issuer, "revoked")
    check = reports.verify(desk, pdf=issued.pdf)
    assert (check.result, check.reason) == ("invalid", "key.revoked")


def test_reports_of_the_earlier_scheme_still_verify(desk: Desk, tmp_path: Path) -> None:
    """An SSW1 report (Ed25519 over key fields, key kept by the desk) verifies, marked SSW1."""
    request_id = _approved(desk, tmp_path)
    private = generate_key()
    fields = SignedFields(
        serial="JAIM-2025-000001", issue_date=dt.date(2025, 7, 1), exam_number="M2301000123",
        name="NGUYEN VAN AN", date_of_birth=dt.date(1995, 3, 14), score=52, passing_score=60,
        max_score=100, result="fail", category="machining", exam_date=dt.date(2024, 5, 12),
    )  # type: ignore[arg-type]  # fmt: skip
    code = sign_report(fields, private)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    c.setFont(register_fonts(), 10)
    lines = [fields.serial, fields.exam_number, fields.name, "1995年3月14日", "2024年5月12日",
             "2025年7月1日", "52", "60", "100", code]  # fmt: skip
    for i, line in enumerate(lines):
        c.drawString(40, 800 - 14 * i, line)
    c.setSubject(code)
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=io.BytesIO(buffer.getvalue()))
    writer.add_metadata({f"/{CODE_KEY}": code, f"/{FIELDS_KEY}": json.dumps(fields.as_dict())})
    out = io.BytesIO()
    writer.write(out)
    pdf = out.getvalue()
    with desk.db.begin() as session:
        save_setting(
            session, desk, reports.SIGNING_KEY, {"public": public_key_pem(private).decode()}
        )
        session.add(
            Report(
                serial=fields.serial, year=2025, number=1, request_id=request_id,
                issued_at=dt.datetime(2025, 7, 1, tzinfo=dt.UTC), issued_by="clerk", code=code,
                pdf_sha256=put_blob(session, pdf), status="valid", reason="",
            )
        )  # fmt: skip
    check = reports.verify(desk, pdf=pdf)
    assert (check.result, check.scheme) == ("valid", "SSW1")
    assert reports.verify(desk, code=code).scheme == "SSW1"
    assert reports.verify(desk, code=code).result == "valid"
