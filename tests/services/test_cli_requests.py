"""The decision commands: exit codes, JSON, the revision check and claims from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ssw_desk.cli import main
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.roster import import_roster
from tests.services.mails import ROSTER_CSV, request_mail


@pytest.fixture
def request_id(db_url: str, tmp_path: Path) -> int:
    desk = Desk.open(db_url)
    try:
        import_roster(desk, data=ROSTER_CSV.encode())
        path = tmp_path / "r.eml"
        path.write_bytes(request_mail())
        return import_paths(desk, paths=[path]).requests[0]
    finally:
        desk.close()


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["--db", db_url, *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_show_has_revision_and_claim(
    db_url: str, request_id: int, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip(
            "names clerks by SSW_DESK_USER, which only SQLite honours; on PostgreSQL the clerk "
            "is the database login: claims, take-over and stale decisions by separate logins "
            "are tested in test_one_truth, test_two_desks and tests/storage/test_roles.py"
        )
    code, shown = run(capsys, db_url, "requests", "show", str(request_id))
    assert code == 0 and shown["revision"] == 1 and shown["claim"] is None
    monkeypatch.setenv("SSW_DESK_USER", "clerk-a")
    code, claimed = run(capsys, db_url, "requests", "claim", str(request_id))
    assert code == 0 and claimed["revision"] == 2
    code, shown = run(capsys, db_url, "requests", "show", str(request_id))
    assert shown["claim"]["clerk"] == "clerk-a" and shown["revision"] == 2
    # Another clerk: refused without a reason, allowed with one (roles do not apply on SQLite;
    # on PostgreSQL this desk's role is not restricted yet), recorded with the reason.
    monkeypatch.setenv("SSW_DESK_USER", "clerk-b")
    code, refused = run(capsys, db_url, "requests", "claim", str(request_id))
    assert code == 2 and refused["error"] == "claim.held" and refused["detail"] == "clerk-a"
    code, taken = run(
        capsys, db_url, "requests", "claim", str(request_id), "--take-over", "A is ill today"
    )
    assert code == 0 and taken["taken_from"] == "clerk-a"
    code, shown = run(capsys, db_url, "requests", "show", str(request_id))
    assert shown["claim"]["clerk"] == "clerk-b"
    taken_over = [e for e in shown["history"] if e["action"] == "claim.taken_over"]
    assert taken_over[0]["detail"]["reason"] == "A is ill today"
    assert taken_over[0]["detail"]["previous"] == "clerk-a" and taken_over[0]["detail"]["live"]
    monkeypatch.setenv("SSW_DESK_USER", "clerk-a")
    code, refused = run(capsys, db_url, "requests", "release", str(request_id))
    assert code == 2 and refused["error"] == "claim.not_held"
    monkeypatch.setenv("SSW_DESK_USER", "clerk-b")
    code, released = run(capsys, db_url, "requests", "release", str(request_id))
    assert code == 0 and released["revision"] == 4


def test_decisions_state_their_revision(
    db_url: str, request_id: int, capsys: pytest.CaptureFixture[str], tmp_path: Path, issuer: str
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip(
            "names clerks by SSW_DESK_USER, which only SQLite honours; on PostgreSQL the clerk "
            "is the database login: claims, take-over and stale decisions by separate logins "
            "are tested in test_one_truth, test_two_desks and tests/storage/test_roles.py"
        )
    rid = str(request_id)
    code, noted = run(capsys, db_url, "requests", "note", rid, "phoned", "--expect-revision", "1")
    assert code == 0 and noted["revision"] == 2
    # A flag decided on revision 1 comes too late: refused, nothing written, who changed it said.
    code, refused = run(
        capsys, db_url, "requests", "flag", rid, "--point", "photo.colour", "--expect-revision", "1"
    )
    assert code == 2 and refused["error"] == "request.changed"
    assert refused["revision"] == 2
    assert [c["action"] for c in refused["changes"]] == ["note.added"]
    assert refused["changes"][0]["actor"].startswith("clerk-test@")
    code, shown = run(capsys, db_url, "requests", "show", rid)
    assert shown["status"] == "new" and shown["revision"] == 2
    code, flagged = run(
        capsys, db_url, "requests", "flag", rid, "--point", "photo.colour", "--extra", "Please."
    )
    assert code == 0 and flagged["status"] == "waiting_applicant" and flagged["message_id"]
    code, refused = run(capsys, db_url, "requests", "approve", rid, "--override", "broken")
    assert code == 2 and refused["error"] == "decision.override_format"
    code, approved = run(
        capsys,
        db_url,
        "requests",
        "approve",
        rid,
        "--override",
        "x.y=fine",
        "--expect-revision",
        "3",
    )
    assert code == 0 and approved["status"] == "approved" and approved["revision"] == 4
    out = tmp_path / "report.pdf"
    code, issued = run(
        capsys, db_url, "report", "issue", rid, "--out", str(out), "--expect-revision", "3"
    )
    assert code == 2 and issued["error"] == "request.changed"
    code, issued = run(capsys, db_url, "report", "issue", rid, "--out", str(out))
    assert code == 0 and issued["serial"] and issued["code"] and out.read_bytes()[:4] == b"%PDF"
    code, refused = run(capsys, db_url, "requests", "reject", rid, "--reason", "before_window")
    assert code == 2 and refused["error"] == "decision.issued" and refused["message"]
    code, refused = run(capsys, db_url, "requests", "reopen", rid, "--reason", "wrong exam")
    assert code == 2 and refused["error"] == "request.not_allowed"


def test_a_rejection_is_reopened_with_a_reason(
    db_url: str, request_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rid = str(request_id)
    code, _ = run(capsys, db_url, "requests", "reject", rid, "--reason", "before_window")
    assert code == 0
    code, reopened = run(capsys, db_url, "requests", "reopen", rid, "--reason", "misread date")
    assert code == 0 and reopened["status"] == "resubmitted" and reopened["due_date"]
    code, shown = run(capsys, db_url, "requests", "show", rid)
    event = next(e for e in shown["history"] if e["action"] == "request.reopened")
    assert event["detail"]["reason"] == "misread date"
    assert event["detail"]["previous"] == "rejected"


def test_unknown_request_is_refused_with_a_code(
    db_url: str, request_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, refused = run(capsys, db_url, "requests", "note", "9999", "x")
    assert code == 2 and refused["error"] == "request.not_found"
