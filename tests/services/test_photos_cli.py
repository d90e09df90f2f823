"""``ssw-desk photos reanalyse`` and ``check-photo`` with the desk's stored limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssw_desk.cli import main
from ssw_desk.services.context import Desk, save_setting
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Attachment, Event


def _head_checks(desk: Desk) -> list[dict[str, object]]:
    with desk.db.begin() as session:
        rows = session.query(Attachment).filter(Attachment.role == "face_photo").all()
        return [
            next(c for c in (a.photo_report or {})["checks"] if c["code"] == "photo.head_size")
            for a in rows
        ]


def test_reanalyse_applies_the_stored_limits_and_refreshes_findings(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", sqlite_url, "demo", "--count", "3", "--no-gui"]) == 0
    desk = Desk.open(sqlite_url)
    try:
        before = _head_checks(desk)
        assert before and all(c["limits"]["min"] == 0.50 for c in before)  # type: ignore[index]
        with desk.db.begin() as session:
            save_setting(session, desk, "photo", {"head_ratio_min": 0.20, "head_ratio_max": 0.30})
        capsys.readouterr()
        assert main(["--db", sqlite_url, "photos", "reanalyse", "--all"]) == 0
        out = capsys.readouterr().out
        assert f"{len(before)} face photos of" in out
        after = _head_checks(desk)
        assert all(c["limits"] == {"min": 0.20, "max": 0.30} for c in after)
        assert all(c["status"] == "fail" for c in after)  # every demo head is ~60 %
        from ssw_desk.services.requests import list_requests

        views = list_requests(desk)
        with_photo = [v for v in views if any(a.role == "face_photo" for a in v.attachments)]
        assert with_photo
        assert all(
            any(f["code"] == "photo.head_size" and f["status"] == "fail" for f in v.findings)
            for v in with_photo
        )
        with desk.db.begin() as session:
            events = session.query(Event).filter(Event.action == "photos_reanalysed").all()
            assert len(events) == len(views)
            changed = [e for e in events if "photo.head_size" in e.detail["changed"]]
            assert len(changed) == len(with_photo)
            photo = get_blob(session, session.query(Attachment.sha256).filter(
                Attachment.role == "face_photo").first()[0])  # fmt: skip
        # check-photo reads the same stored limits, not the defaults
        path = tmp_path / "face.jpg"
        path.write_bytes(photo)
        assert main(["--db", sqlite_url, "check-photo", str(path), "--json"]) == 1
        (result,) = json.loads(capsys.readouterr().out)
        head = next(c for c in result["checks"] if c["code"] == "photo.head_size")
        assert head["limits"] == {"min": 0.20, "max": 0.30} and head["status"] == "fail"
        # ids that do not exist are named; a bad call is refused
        assert main(["--db", sqlite_url, "photos", "reanalyse", "999999"]) == 1
        assert "no such request: 999999" in capsys.readouterr().err
        assert main(["--db", sqlite_url, "photos", "reanalyse"]) == 2
    finally:
        desk.close()
