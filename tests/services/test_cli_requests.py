"""The decision commands: exit codes, JSON, the revision check and claims from the command line."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from ssw_desk.cli import main
from ssw_desk.services.clerks import add_clerk
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


@dataclass(frozen=True)
class Clerk:
    """A clerk to run commands as: the URL to use and the name the desk records."""

    url: str
    name: str
    sqlite: bool


class Clerks:
    """Clerks by name: on SQLite the operating-system user (``SSW_DESK_USER``, set for each
    command); on PostgreSQL a database login of its own with the given role, as in an office
    (there the clerk is the login, whatever the environment says)."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.made: dict[str, Clerk] = {}

    def __call__(self, name: str, role: str = "clerk") -> Clerk:
        if self.db_url.startswith("sqlite"):
            return Clerk(self.db_url, name, sqlite=True)
        if name not in self.made:
            login = f"{name.replace('-', '_')}_{uuid.uuid4().hex[:6]}"
            owner = Desk.open(self.db_url)
            try:
                add_clerk(owner, login=login, role=role, password="pw")
            finally:
                owner.close()
            url = sa.make_url(self.db_url).set(username=login, password="pw")
            self.made[name] = Clerk(url.render_as_string(hide_password=False), login, False)
        return self.made[name]


@pytest.fixture
def clerks(db_url: str) -> Clerks:
    return Clerks(db_url)


def run(
    capsys: pytest.CaptureFixture[str], db: str | Clerk, *args: str
) -> tuple[int, dict[str, Any]]:
    """Runs one command (as ``db``'s clerk when a :class:`Clerk` is given)."""
    url = db.url if isinstance(db, Clerk) else db
    with pytest.MonkeyPatch.context() as mp:
        if isinstance(db, Clerk) and db.sqlite:
            mp.setenv("SSW_DESK_USER", db.name)
        code = main(["--db", url, *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_show_has_revision_and_claim(
    db_url: str, request_id: int, capsys: pytest.CaptureFixture[str], clerks: Clerks
) -> None:
    code, shown = run(capsys, db_url, "requests", "show", str(request_id))
    assert code == 0 and shown["revision"] == 1 and shown["claim"] is None
    clerk_a = clerks("clerk-a")
    a = clerk_a.name
    code, claimed = run(capsys, clerk_a, "requests", "claim", str(request_id))
    assert code == 0 and claimed["revision"] == 2
    code, shown = run(capsys, clerk_a, "requests", "show", str(request_id))
    assert shown["claim"]["clerk"] == a and shown["revision"] == 2
    if not db_url.startswith("sqlite"):
        # A plain clerk may not take over a live claim (roles apply on PostgreSQL only).
        clerk_c = clerks("clerk-c")
        code, refused = run(
            capsys, clerk_c, "requests", "claim", str(request_id), "--take-over", "in a hurry"
        )
        assert code == 2 and refused["error"] == "role.not_permitted"
    # A supervisor: refused without a reason, allowed with one, recorded with the reason.
    clerk_b = clerks("clerk-b", "supervisor")
    b = clerk_b.name
    code, refused = run(capsys, clerk_b, "requests", "claim", str(request_id))
    assert code == 2 and refused["error"] == "claim.held" and refused["detail"] == a
    code, taken = run(
        capsys, clerk_b, "requests", "claim", str(request_id), "--take-over", "A is ill today"
    )
    assert code == 0 and taken["taken_from"] == a
    code, shown = run(capsys, clerk_b, "requests", "show", str(request_id))
    assert shown["claim"]["clerk"] == b
    taken_over = [e for e in shown["history"] if e["action"] == "claim.taken_over"]
    assert taken_over[0]["actor"].startswith(b)
    assert taken_over[0]["detail"]["reason"] == "A is ill today"
    assert taken_over[0]["detail"]["previous"] == a and taken_over[0]["detail"]["live"]
    code, refused = run(capsys, clerk_a, "requests", "release", str(request_id))
    assert code == 2 and refused["error"] == "claim.not_held"
    code, released = run(capsys, clerk_b, "requests", "release", str(request_id))
    assert code == 0 and released["revision"] == 4


def test_decisions_state_their_revision(
    db_url: str,
    request_id: int,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    issuer: str,
    clerks: Clerks,
) -> None:
    rid = str(request_id)
    clerk_a = clerks("clerk-a")
    a = clerk_a.name
    clerk_b = clerks("clerk-b")
    code, noted = run(capsys, clerk_a, "requests", "note", rid, "phoned", "--expect-revision", "1")
    assert code == 0 and noted["revision"] == 2
    # B's flag decided on revision 1 comes too late: refused, nothing written, who changed it
    # said (A, by the name the database knows A by).
    code, refused = run(
        capsys,
        clerk_b,
        "requests",
        "flag",
        rid,
        "--point",
        "photo.colour",
        "--expect-revision",
        "1",
    )
    assert code == 2 and refused["error"] == "request.changed"
    assert refused["revision"] == 2
    assert [c["action"] for c in refused["changes"]] == ["note.added"]
    assert refused["changes"][0]["actor"].startswith(a)
    db_url = clerk_b.url  # B goes on (on SQLite as the default clerk)
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
