"""``ssw-desk demo``: generated e-mails go through the real intake, twice adds nothing."""

from __future__ import annotations

from ssw_desk.cli import main
from ssw_desk.services.quarantine import list_quarantine
from ssw_desk.services.requests import list_requests


def test_demo_fills_the_database_once(sqlite_url: str, capsys: object) -> None:
    # 14 messages: the first deficient request is the 9th (photo.age, which every request
    # used to carry, is information now, not a finding)
    assert main(["--db", sqlite_url, "demo", "--count", "14", "--no-gui"]) == 0
    from ssw_desk.services.context import Desk

    desk = Desk.open(sqlite_url)
    views = list_requests(desk)
    assert len(views) >= 6  # resubmissions join their request
    assert not list_quarantine(desk)
    assert any(v.roster_match for v in views)
    assert any(v.findings for v in views)
    assert not any(f["code"] == "photo.age" for v in views for f in v.findings)
    assert all(a.role != "other" for v in views for a in v.attachments if a.format == "jpeg")
    before = len(views)
    assert main(["--db", sqlite_url, "demo", "--count", "14", "--no-gui"]) == 0
    assert len(list_requests(desk)) == before
    desk.close()
