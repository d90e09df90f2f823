"""Intake end to end: real e-mail bytes in, requests, findings and quarantine out."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ssw_desk.cli import main
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.quarantine import list_quarantine
from ssw_desk.services.requests import list_requests, show_request
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.blobs import get_blob
from tests.services.mails import ROSTER_CSV, request_mail


def codes(view: object) -> dict[str, str]:
    return {f["code"]: f["status"] for f in view.findings}  # type: ignore[attr-defined]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_complete_request_is_structured(desk: Desk, tmp_path: Path) -> None:
    eml = write(tmp_path / "a.eml", request_mail())
    result = import_paths(desk, paths=[eml])
    assert (result.imported, result.duplicates, result.quarantined) == (1, 0, 0)
    view = show_request(desk, request_id=result.requests[0])
    assert view.fields == {
        "exam_number": "M2301000123",
        "exam_date": "2024-05-12",
        "category": "machining_metal",
        "name": "NGUYEN VAN AN",
        "nationality": "VN",
        "date_of_birth": "1995-03-14",
        "sex": "M",
    }
    roles = {a.filename: a.role for a in view.attachments}
    assert roles == {"在留カード表.jpg": "residence_card_front", "face.jpg": "face_photo"}
    assert all(a.format == "jpeg" for a in view.attachments)
    found = codes(view)
    assert found["roster.found"] == "fail"  # no roster yet
    assert "attachments.face_photo" not in found
    assert "attachments.residence_card_front" not in found
    assert view.reference.startswith("SR-2026-")
    # 2026-11-02 (Mon) + 10 business days, 3 Nov (Culture Day) and 23 Nov (Labour
    # Thanksgiving) being holidays -> 17 Nov.
    assert view.due_date == "2026-11-17"


def test_roster_import_matches_and_rechecks(desk: Desk, tmp_path: Path) -> None:
    result = import_paths(desk, paths=[write(tmp_path / "a.eml", request_mail())])
    csv_path = write(tmp_path / "roster.csv", ROSTER_CSV.encode("cp932"))
    roster = import_roster(desk, path=csv_path)
    assert (roster.created, roster.rechecked) == (2, 1)
    view = show_request(desk, request_id=result.requests[0])
    assert view.roster_match is not None
    assert view.roster_match["result"] == "fail"
    assert view.roster_match["score"] == 52
    found = codes(view)
    assert "roster.found" not in found
    assert not [c for c in found if c.startswith("roster.")]


def test_mismatch_and_passed_applicant(desk: Desk, tmp_path: Path) -> None:
    import_roster(desk, path=write(tmp_path / "r.csv", ROSTER_CSV.encode()))
    mail = request_mail(exam_number="M2301000999", name="BICH TRAN THI", exam_date="2024/05/13")
    result = import_paths(desk, paths=[write(tmp_path / "p.eml", mail)])
    found = codes(show_request(desk, request_id=result.requests[0]))
    assert found["eligibility.not_passed"] == "fail"
    assert found["roster.exam_date"] == "fail"
    assert "roster.name" not in found  # same name, other order
    assert found["roster.sex"] == "fail"  # the roster says F


def test_every_input_is_counted_and_reimport_is_idempotent(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write(folder / "one.eml", request_mail())
    write(folder / "two.eml", request_mail(exam_number="M2301000777"))
    write(folder / "empty.eml", b"")
    write(folder / "photo.eml", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    box = mailbox.mbox(str(tmp_path / "box.mbox"))
    for n in range(3):
        box.add(request_mail(exam_number=f"M23010005{n:02d}"))
    box.close()
    first = import_paths(desk, paths=[folder, tmp_path / "box.mbox"])
    assert (first.imported, first.duplicates, first.quarantined) == (5, 0, 2)
    again = import_paths(desk, paths=[folder, tmp_path / "box.mbox"])
    assert (again.imported, again.duplicates, again.quarantined) == (0, 7, 0)
    assert len(list_requests(desk)) == 5


def test_quarantine_keeps_raw_bytes_and_reason(desk: Desk, tmp_path: Path) -> None:
    truncated = request_mail(message_id="<t@example.com>")[:1000]  # cut inside the text
    garbage = bytes(range(256)) * 8
    result = import_paths(
        desk, paths=[write(tmp_path / "t.eml", truncated), write(tmp_path / "g.eml", garbage)]
    )
    assert result.quarantined == 2
    items = {Path(i.origin).name: i for i in list_quarantine(desk)}
    assert items["t.eml"].reason == "mail.truncated"
    assert items["g.eml"].reason == "mail.not_email"
    assert all(i.advice for i in items.values())
    with desk.db.begin() as session:
        assert get_blob(session, items["t.eml"].sha256) == truncated
        assert get_blob(session, items["g.eml"].sha256) == garbage


def test_reply_joins_its_request_as_a_new_version(desk: Desk, tmp_path: Path) -> None:
    first = request_mail(message_id="<first@example.com>", attach_face=False)
    r1 = import_paths(desk, paths=[write(tmp_path / "1.eml", first)])
    view = show_request(desk, request_id=r1.requests[0])
    assert codes(view)["attachments.face_photo"] == "fail"
    reply = request_mail(
        message_id="<second@example.com>",
        in_reply_to="<first@example.com>",
        subject="Re: スコアレポート発行申請",
        when=datetime(2026, 11, 5, 10, 0, tzinfo=UTC),
    )
    r2 = import_paths(desk, paths=[write(tmp_path / "2.eml", reply)])
    assert r2.requests == r1.requests
    view = show_request(desk, request_id=r1.requests[0])
    assert [v.number for v in view.versions] == [1, 2]
    assert view.status == "resubmitted"
    assert "attachments.face_photo" not in codes(view)


def test_resubmission_with_only_the_corrected_file_keeps_the_rest(
    desk: Desk, tmp_path: Path
) -> None:
    first = request_mail(message_id="<first@example.com>", attach_face=False)
    r1 = import_paths(desk, paths=[write(tmp_path / "1.eml", first)])
    reply = request_mail(
        message_id="<second@example.com>",
        in_reply_to="<first@example.com>",
        subject="Re: スコアレポート発行申請",
        body="写真を添付します。\n\n> ①受験番号：M2301000123\n",
        attach_card=False,
    )
    import_paths(desk, paths=[write(tmp_path / "2.eml", reply)])
    view = show_request(desk, request_id=r1.requests[0])
    assert view.fields["exam_number"] == "M2301000123"
    assert view.fields["name"] == "NGUYEN VAN AN"
    latest = view.versions[-1]
    assert latest.fields["fields"]["name"]["carried_from"] == 1
    carried = {a.role: a.carried_from for a in latest.attachments}
    assert carried == {"face_photo": None, "residence_card_front": 1}
    found = codes(view)
    assert not [c for c in found if c.startswith(("fields.", "attachments."))]


def test_reference_in_subject_from_same_sender_joins(desk: Desk, tmp_path: Path) -> None:
    r1 = import_paths(desk, paths=[write(tmp_path / "1.eml", request_mail())])
    reference = show_request(desk, request_id=r1.requests[0]).reference
    again = request_mail(subject=f"再提出 {reference}", exam_date="2024年5月12日")
    r2 = import_paths(desk, paths=[write(tmp_path / "2.eml", again)])
    assert r2.requests == r1.requests
    stranger = request_mail(subject=f"再提出 {reference}", sender="someone@else.example")
    r3 = import_paths(desk, paths=[write(tmp_path / "3.eml", stranger)])
    assert r3.requests != r1.requests


def test_two_exams_and_duplicates_are_flagged(desk: Desk, tmp_path: Path) -> None:
    body = (
        "受験番号: M2301000123\n受験番号: M2301000456\n受験日: 2024/5/12\n"
        "試験区分: Metal Surface Treatment\n氏名: NGUYEN VAN AN\n国籍: Viet Nam\n"
        "生年月日: 1995/3/14\n性別: Male\n"
    )
    r1 = import_paths(desk, paths=[write(tmp_path / "1.eml", request_mail(body=body))])
    found = codes(show_request(desk, request_id=r1.requests[0]))
    assert found["request.one_exam"] == "fail"
    r2 = import_paths(desk, paths=[write(tmp_path / "2.eml", request_mail(sender="x@y.example"))])
    found = codes(show_request(desk, request_id=r2.requests[0]))
    assert found["request.duplicate"] == "warn"


@pytest.mark.parametrize(
    ("exam_date", "status"),
    [("2023/10/31", "fail"), ("2025/9/1", "unknown"), ("2025/11/4", "fail")],
)
def test_exam_window(desk: Desk, tmp_path: Path, exam_date: str, status: str) -> None:
    mail = request_mail(exam_date=exam_date)
    result = import_paths(desk, paths=[write(tmp_path / "w.eml", mail)])
    assert (
        codes(show_request(desk, request_id=result.requests[0]))["eligibility.exam_window"]
        == status
    )


def test_cli_json_contract(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = write(tmp_path / "a.eml", request_mail())
    assert main(["--db", db_url, "import", str(eml), str(tmp_path / "missing.eml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {
        "inputs",
        "imported",
        "duplicates",
        "quarantined",
        "failed",
        "reused_message_ids",
        "requests",
        "reasons",
        "not_imported",
    }
    assert (out["imported"], out["quarantined"]) == (1, 1)
    assert out["reasons"] == {"mail.empty": 1}
    assert out["not_imported"] == [
        {"origin": str(tmp_path / "missing.eml"), "outcome": "quarantined", "reason": "mail.empty"}
    ]
    assert main(["--db", db_url, "requests", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["requests"]
    assert len(listed) == 1
    keys = {
        "id",
        "reference",
        "status",
        "received_at",
        "due_date",
        "sender",
        "subject",
        "message_id",
        "fields",
        "attachments",
        "findings",
        "roster_match",
        "versions",
    }
    assert keys <= set(listed[0])
    assert main(["--db", db_url, "requests", "show", str(out["requests"][0]), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(shown["attachments"][0]) == {"filename", "role", "format", "size", "sha256"}
    assert set(shown["findings"][0]) == {"code", "status", "subject", "value", "message"}
    assert main(["--db", db_url, "quarantine", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quarantined"][0]["reason"]


def test_viewing_is_recorded(desk: Desk, tmp_path: Path) -> None:
    result = import_paths(desk, paths=[write(tmp_path / "a.eml", request_mail())])
    show_request(desk, request_id=result.requests[0])
    view = show_request(desk, request_id=result.requests[0])
    actions = [e.action for e in view.history]
    assert actions.count("request.view") == 2
    assert view.history[0].actor == str(desk.actor)


def test_office_closure_moves_the_due_date(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = write(tmp_path / "a.eml", request_mail())
    assert main(["--db", db_url, "import", str(eml), "--json"]) == 0
    request_id = json.loads(capsys.readouterr().out)["requests"][0]
    assert main(["--db", db_url, "closures", "add", "2026-11-16", "--note", "move"]) == 0
    assert "1 due dates moved" in capsys.readouterr().out
    assert main(["--db", db_url, "requests", "show", str(request_id), "--json"]) == 0
    # 17 Nov without the closure; one business day later with it.
    assert json.loads(capsys.readouterr().out)["due_date"] == "2026-11-18"
    assert main(["--db", db_url, "closures", "remove", "2026-11-16"]) == 0
    assert capsys.readouterr().out.startswith("removed 2026-11-16")
    assert main(["--db", db_url, "requests", "show", str(request_id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due_date"] == "2026-11-17"


def test_roster_with_japanese_headers_in_cp932(desk: Desk, tmp_path: Path) -> None:
    csv_text = (
        "受験番号,受験日,試験区分,氏名,国籍,生年月日,性別,得点,合格点,満点,結果\r\n"
        "M2301000123,2024/5/12,機械金属加工,NGUYEN VAN AN,ベトナム,1995/3/14,男,"
        "52,60,100,不合格\r\n"
        "M2301000999,令和6年5月12日,金属表面処理,TRAN THI BICH,ベトナム,1998/7/1,女,"
        "75,60,100,合格\r\n"
        "bad line,,,,,,,,,,\r\n"
    )
    result = import_roster(desk, data=csv_text.encode("cp932"))
    assert (result.rows, result.created, len(result.errors)) == (2, 2, 1)
    assert result.errors[0].startswith("line 4")
    request = import_paths(desk, paths=[write(tmp_path / "a.eml", request_mail())])
    view = show_request(desk, request_id=request.requests[0])
    assert view.roster_match is not None
    assert (view.roster_match["result"], view.roster_match["category"]) == (
        "fail",
        "machining_metal",
    )
    assert not [f for f in view.findings if f["code"].startswith("roster.")]


def test_check_photo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.images import face_photo

    good = write(tmp_path / "face.jpg", face_photo())
    grey = write(tmp_path / "grey.png", face_photo(fmt="PNG", grey=True))
    assert main(["check-photo", str(good), str(grey), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in out] == [str(good), str(grey)]
    for result in out:
        assert {"file", "ok", "checks", "measures"} <= set(result)
        assert {"width", "height", "faces", "head_ratio", "crown_y", "chin_y"} <= set(
            result["measures"]
        )
    colour = {r["file"]: next(c for c in r["checks"] if c["code"] == "photo.colour") for r in out}
    assert colour[str(good)]["status"] == "pass"
    assert colour[str(grey)]["status"] == "fail"
    assert out[0]["measures"]["faces"] == 1


def test_ambiguous_date_settled_by_the_roster(desk: Desk, tmp_path: Path) -> None:
    import_roster(desk, data=ROSTER_CSV.encode())
    # 05/12/2024: 5 Dec or 12 May; the roster says 12 May.
    result = import_paths(
        desk, paths=[write(tmp_path / "a.eml", request_mail(exam_date="05/12/2024"))]
    )
    view = show_request(desk, request_id=result.requests[0])
    assert view.fields["exam_date"] == "2024-05-12"
    assert codes(view)["fields.exam_date"] == "warn"
    assert "roster.exam_date" not in codes(view)
    # Without a matching roster reading it stays for a clerk to decide.
    other = request_mail(exam_number="M2301000777", exam_date="05/12/2024", sender="b@x.example")
    result = import_paths(desk, paths=[write(tmp_path / "b.eml", other)])
    view = show_request(desk, request_id=result.requests[0])
    assert view.fields["exam_date"] is None
    assert codes(view)["fields.exam_date"] == "unknown"
