"""Issuing Score reports: guards, serials under concurrency, verification, the PDF read back."""

from __future__ import annotations

import io
import json
import multiprocessing as mp
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssw_desk.cli import main
from ssw_desk.config import Actor
from ssw_desk.errors import DeskError
from ssw_desk.services import reports
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import approve
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from tests.services.mails import ROSTER_CSV, request_mail


def _request(desk: Desk, tmp_path: Path, *, exam_number: str = "M2301000123", **kw: object) -> int:
    path = tmp_path / f"{exam_number}-{len(list(tmp_path.iterdir()))}.eml"
    path.write_bytes(request_mail(exam_number=exam_number, **kw))  # type: ignore[arg-type]
    return import_paths(desk, paths=[path]).requests[0]


def _approved(desk: Desk, tmp_path: Path, **kw: object) -> int:
    roster = tmp_path / "roster.csv"
    if not roster.exists():
        roster.write_text(ROSTER_CSV, encoding="utf-8")
        import_roster(desk, path=roster)
    request_id = _request(desk, tmp_path, **kw)
    view = show_request(desk, request_id=request_id)
    failing = {f["code"]: "checked by hand" for f in view.findings if f["status"] == "fail"}
    approve(desk, request_id=request_id, overrides=failing)
    return request_id


def test_issue_reads_back(desk: Desk, tmp_path: Path, issuer: str) -> None:
    request_id = _approved(desk, tmp_path)
    issued = reports.issue(desk, request_id=request_id, out=tmp_path / "r.pdf")
    assert issued.serial.endswith("-000001")
    pdf = (tmp_path / "r.pdf").read_bytes()
    text = "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    for expected in ("NGUYENVANAN", "M2301000123", issued.serial, "52", "60", "100", "86.7"):
        assert expected in text
    assert reports.verify(desk, pdf=pdf).status == "valid"
    assert reports.verify(desk, code=issued.code).status == "valid"
    assert show_request(desk, request_id=request_id).status == "issued"


def test_refusals_name_their_reason(desk: Desk, tmp_path: Path, issuer: str) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    import_roster(desk, path=roster)
    not_approved = _request(desk, tmp_path)
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=not_approved)
    assert err.value.code == "report.not_approved"
    passed = _request(desk, tmp_path, exam_number="M2301000999", name="TRAN THI BICH")
    with pytest.raises(DeskError) as err:
        view = show_request(desk, request_id=passed)
        approve(
            desk,
            request_id=passed,
            overrides={f["code"]: "x" for f in view.findings if f["status"] == "fail"},
        )
    assert err.value.code == "decision.passed"
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=passed)
    assert err.value.code in ("report.not_approved", "report.passed")
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=10_000)
    assert err.value.code == "request.not_found"


def test_never_twice_and_reissue_supersedes(desk: Desk, tmp_path: Path, issuer: str) -> None:
    request_id = _approved(desk, tmp_path)
    first = reports.issue(desk, request_id=request_id)
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id)
    assert err.value.code == "report.already_issued"
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id, reissue_reason="  ")
    assert err.value.code == "report.reissue_needs_reason"
    second = reports.issue(desk, request_id=request_id, reissue_reason="name misspelt")
    assert second.superseded == first.serial
    old = reports.verify(desk, code=first.code)
    assert (old.status, old.superseded_by) == ("superseded", second.serial)
    assert reports.verify(desk, pdf=second.pdf).status == "valid"
    history = [e.action for e in show_request(desk, request_id=request_id).history]
    assert "report.issued" in history and "report.reissued" in history


def test_tampered_code_and_foreign_pdf_are_invalid(desk: Desk, tmp_path: Path, issuer: str) -> None:
    issued = reports.issue(desk, request_id=_approved(desk, tmp_path))
    tampered = issued.code[:-3] + ("AAA" if not issued.code.endswith("AAA") else "BBB")
    assert reports.verify(desk, code=tampered).status == "invalid"
    assert reports.verify(desk, pdf=b"%PDF-1.4 not really").status == "malformed"


def _issue_many(url: str, data_dir: str, ids: list[int], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    import os

    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    desk = Desk.open(url, actor=Actor("clerk", f"ws-{os.getpid()}"))
    serials = [reports.issue(desk, request_id=i).serial for i in ids]
    desk.close()
    queue.put(serials)


@pytest.mark.slow
def test_concurrent_issuing_gives_gap_free_serials(
    desk: Desk, db_url: str, tmp_path: Path, data_folder: Path, issuer: str
) -> None:
    ids = [_approved(desk, tmp_path, exam_number="M2301000123") for _ in range(1)]
    # more approved requests for the same failed exam (duplicates are warnings only)
    ids += [_approved(desk, tmp_path, sender=f"a{n}@example.com") for n in range(7)]
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [
        ctx.Process(target=_issue_many, args=(db_url, str(data_folder), ids[n::4], queue))
        for n in range(4)
    ]
    for p in procs:
        p.start()
    serials = sorted(s for _ in procs for s in queue.get(timeout=300))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(int(s.rsplit("-", 1)[1]) for s in serials)
    assert numbers == list(range(1, 9))


def test_cli_issue_and_verify(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], issuer: str
) -> None:
    desk = Desk.open(db_url)
    request_id = _approved(desk, tmp_path)
    desk.close()
    out = tmp_path / "report.pdf"
    assert (
        main(["--db", db_url, "report", "issue", str(request_id), "--out", str(out), "--json"]) == 0
    )
    code = json.loads(capsys.readouterr().out)["code"]
    assert main(["--db", db_url, "report", "verify", str(out)]) == 0
    assert capsys.readouterr().out.startswith("valid")
    assert main(["--db", db_url, "report", "verify", code]) == 0
    assert main(["--db", db_url, "report", "verify", code.replace("SSW2.", "SSW2.X")]) == 1
    capsys.readouterr()
    assert main(["--db", db_url, "report", "public-key"]) == 0
    registry = json.loads(capsys.readouterr().out)
    assert registry["kind"] == "ssw-desk-public-keys"
    assert [k["key_id"] for k in registry["keys"]] == [issuer]


def test_a_photo_that_cannot_be_analysed_is_refused_with_a_code(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    from ssw_desk.imaging import analyse_photo
    from ssw_desk.storage.blobs import put_blob
    from ssw_desk.storage.models import Attachment
    from tests.imaging.test_decode import png_bomb

    request_id = _approved(desk, tmp_path)
    bomb = png_bomb(30_000, 30_000)  # 900 megapixels in a few hundred bytes
    with desk.db.begin() as session:
        (face,) = session.query(Attachment).filter(Attachment.role == "face_photo").all()
        good_report = face.photo_report
        face.photo_report = analyse_photo(bomb).to_dict()
        face.sha256 = put_blob(session, bomb)
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id, out=tmp_path / "r.pdf")
    assert (err.value.code, err.value.detail) == ("report.photo_unreadable", "image.bomb")
    # a report stored before the checks knew the file: decoding for the report refuses it too
    with desk.db.begin() as session:
        (face,) = session.query(Attachment).filter(Attachment.role == "face_photo").all()
        face.photo_report = good_report
    with pytest.raises(DeskError) as err:
        reports.issue(desk, request_id=request_id, out=tmp_path / "r.pdf")
    assert (err.value.code, err.value.detail) == ("report.photo_unreadable", "image.bomb")
    assert not (tmp_path / "r.pdf").exists()
