"""Settings declared once: one change reaches findings, checks and notices; old values upgrade.

Every test runs on SQLite and on PostgreSQL (``db_url``), through the command line an admin
uses (``ssw-desk settings ...``) and the services the GUI calls.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk.cli import main
from ssw_desk.services.context import Desk, load_setting
from ssw_desk.services.decisions import deficiency_checklist
from ssw_desk.services.intake import import_paths
from ssw_desk.services.photos import check_photos
from ssw_desk.services.requests import show_request
from ssw_desk.services.settings import REGISTRY
from ssw_desk.services.settings_admin import get_setting
from ssw_desk.storage.models import Event, Setting
from tests.images import face_photo
from tests.services.mails import request_mail


def _settings(db_url: str, *args: str) -> tuple[int, dict[str, object]]:
    """Runs ``ssw-desk settings ... --json`` and returns the exit code and the JSON printed."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", db_url, "settings", *args, "--json"])
    return code, json.loads(out.getvalue())


def _one_request(desk: Desk, tmp_path: Path) -> int:
    path = tmp_path / "request.eml"
    path.write_bytes(request_mail())
    result = import_paths(desk, paths=[path])
    assert result.imported == 1
    return result.requests[0]


def test_size_limit_reaches_findings_checks_and_notice_together(
    db_url: str, tmp_path: Path
) -> None:
    desk = Desk.open(db_url)
    try:
        request_id = _one_request(desk, tmp_path)
        view = show_request(desk, request_id=request_id)
        face = next(a for a in view.attachments if a.role == "face_photo")
        assert not any(f["code"] == "file.size" for f in view.findings)

        # The admin lowers the limit below this photo's size (decimal MB, to make it exact).
        limit_mb = round(face.size / 2 / 1_000_000, 4)
        assert _settings(db_url, "set", "intake.mb_bytes", "1000000")[0] == 0
        code, shown = _settings(db_url, "set", "intake.max_file_mb", str(limit_mb))
        assert code == 0 and shown["value"]["max_file_mb"] == limit_mb  # type: ignore[index]

        view = show_request(desk, request_id=request_id)
        # 1. the intake finding (re-checked when the rule changed) ...
        sizes = [f for f in view.findings if f["code"] == "file.size"]
        assert any(f["subject"] == face.filename and f["status"] == "fail" for f in sizes)
        assert all(f["limits"]["max_mb"] == limit_mb for f in sizes)
        # 2. ... the checks tab (the face photo's file checks) ...
        face = next(a for a in view.attachments if a.role == "face_photo")
        check = next(c for c in face.photo_report["checks"] if c["code"] == "file.size")  # type: ignore[index]
        assert check["status"] == "fail" and check["limits"]["max_mb"] == limit_mb
        # ... and ``check-photo`` on the same bytes, with the desk's stored limits,
        photo = tmp_path / "face.jpg"
        photo.write_bytes(face_photo())
        (result,) = check_photos(desk, paths=[photo])
        by_code = {c["code"]: c for c in result["checks"]}
        assert by_code["file.size"]["status"] == "fail"
        assert by_code["file.size"]["limits"]["max_mb"] == limit_mb
        # 3. ... and the notice text the checklist offers for it.
        items = {i.code: i for i in deficiency_checklist(desk, request_id=request_id).items}
        assert items["file.size"].checked
        shown_mb = f"{limit_mb:.4f}".rstrip("0").rstrip(".")  # as set, four decimals at most
        assert shown_mb != "0"
        assert f"{shown_mb}MB未満" in items["file.size"].ja
        assert f"under {shown_mb} MB" in items["file.size"].en
        assert "5MB" not in items["file.size"].ja

        # Back to the published rule: everything follows again.
        assert _settings(db_url, "set", "intake.max_file_mb", "5")[0] == 0
        view = show_request(desk, request_id=request_id)
        assert not any(f["code"] == "file.size" for f in view.findings)
    finally:
        desk.close()


def test_refused_value_names_the_setting_and_the_rule(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSW_DESK_LANG", "en")
    code, err = _settings(db_url, "set", "intake.max_file_mb", "-1")
    assert code == 2 and err["error"] == "settings.invalid"
    assert "intake.max_file_mb" in str(err["message"])
    assert "greater than 0 and at most 100" in str(err["message"])
    monkeypatch.setenv("SSW_DESK_LANG", "ja")  # the same refusal, worded in Japanese
    code, err = _settings(db_url, "set", "intake.max_file_mb", "-1")
    assert (
        err["message"] == "設定「ファイルの上限（MB）」（intake.max_file_mb）の値が規則に合いません"
        "（規則：0より大きく100以下）。"
    )
    monkeypatch.setenv("SSW_DESK_LANG", "en")

    code, err = _settings(db_url, "set", "intake.window_end", "2022-01-01")
    assert code == 2 and err["error"] == "settings.invalid"
    assert "intake.window_start" in str(err["message"]) and "window_end" in str(err["message"])

    code, err = _settings(db_url, "set", "intake.max_file_mb", "five")
    assert (code, err["error"]) == (2, "settings.invalid")
    assert "a value of type number" in str(err["message"])

    code, err = _settings(db_url, "set", "intake.accepted_formats", "jpeg,exe")
    assert (code, err["error"]) == (2, "settings.invalid")

    code, err = _settings(db_url, "set", "notices.from_addr", "not an address")
    assert (code, err["error"]) == (2, "settings.invalid")
    assert "notices.from_addr" in str(err["message"])

    code, err = _settings(db_url, "set", "intake.no_such_field", "1")
    assert (code, err["error"]) == (2, "settings.unknown")
    code, err = _settings(db_url, "set", "report_signing.private", "x")
    assert (code, err["error"]) == (2, "settings.read_only")

    desk = Desk.open(db_url)
    try:
        with desk.db.begin() as session:  # nothing refused was stored
            assert load_setting(session, "intake") is None
            assert load_setting(session, "notices") is None
    finally:
        desk.close()


def test_list_get_and_set_other_settings(db_url: str) -> None:
    code, listed = _settings(db_url, "list")
    assert code == 0
    keys = {s["key"] for s in listed}  # type: ignore[union-attr]
    assert keys == set(REGISTRY)
    signing = next(s for s in listed if s["key"] == "report_signing")  # type: ignore[union-attr,index]
    assert signing["value"] is None  # a secret is never shown
    assert _settings(db_url, "set", "report_serial.prefix", "SSWD")[0] == 0
    labels = json.dumps(["氏名（ローマ字）", "Name"], ensure_ascii=False)
    assert _settings(db_url, "set", "report_layout.labels.name", labels)[0] == 0
    code, err = _settings(db_url, "set", "report_layout.labels.name", '["only one"]')
    assert (code, err["error"]) == (2, "settings.invalid")
    assert _settings(db_url, "set", "photo.head_ratio_max", "0.7")[0] == 0
    code, err = _settings(db_url, "set", "photo.head_ratio_min", "0.75")
    assert (code, err["error"]) == (2, "settings.invalid")
    assert "photo.head_ratio_min, photo.head_ratio_max" in str(err["message"])

    desk = Desk.open(db_url)
    try:
        assert get_setting(desk, key="report_serial").value == {"prefix": "SSWD"}
        layout = get_setting(desk, key="report_layout").value or {}
        assert layout["labels"] == {"name": ["氏名（ローマ字）", "Name"]}
        with desk.db.begin() as session:
            # Only what differs from the defaults is stored, with the version.
            assert load_setting(session, "photo") == {"version": 2, "head_ratio_max": 0.7}
            actions = session.execute(select(Event.action)).scalars().all()
        assert actions.count("settings.changed") == 3
    finally:
        desk.close()


def _store_raw(db_url: str, rows: dict[str, dict[str, object]]) -> None:
    """Writes rows as an older desk left them, bypassing the registry."""
    import sqlalchemy as sa

    from ssw_desk.storage.db import Database

    Database(db_url).dispose()  # creates the schema
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        for key, value in rows.items():
            conn.execute(
                sa.insert(Setting.__table__).values(
                    key=key, value=value, updated_at=datetime.now(UTC), updated_by="old@desk"
                )
            )
    engine.dispose()


def test_old_stored_values_are_upgraded_when_a_desk_opens(db_url: str) -> None:
    _store_raw(
        db_url,
        {
            "intake": {"version": 1, "max_file_bytes": 3 * 1024 * 1024, "business_days": 12},
            "photo": {"version": 1, "max_file_mb": 9, "accepted_formats": ["bmp"], "yaw_fail": 0.5},
            "deficiency_catalogue": {
                "version": 1,
                "entries": {"file.size": {"ja": "容量が5MB以上です。5MB未満にしてください。"}},
            },
            "mail": {"from": "desk@example.org"},
        },
    )
    desk = Desk.open(db_url)
    try:
        with desk.db.begin() as session:
            assert load_setting(session, "intake") == {
                "version": 2,
                "max_file_mb": 3.0,
                "business_days": 12,
            }
            assert load_setting(session, "photo") == {"version": 2, "yaw_fail": 0.5}
            catalogue = load_setting(session, "deficiency_catalogue")
            assert catalogue is not None and catalogue["version"] == 2
            edited = catalogue["entries"]["file.size"]["ja"]
            assert edited == "容量が{max_mb}MB以上です。{max_mb}MB未満にしてください。"
            assert load_setting(session, "mail") is None  # retired: one sender address
            assert (load_setting(session, "notices") or {})["from_addr"] == "desk@example.org"
        # The upgraded values are the ones in force.
        assert (get_setting(desk, key="intake").value or {})["max_file_mb"] == 3.0
        items = {i.code: i for i in _catalogue_items(desk)}
        assert items["file.size"].ja == "容量が3MB以上です。3MB未満にしてください。"
    finally:
        desk.close()
    # Opening again changes nothing more.
    desk = Desk.open(db_url)
    try:
        with desk.db.begin() as session:
            upgrades = session.execute(
                select(Event).where(Event.action == "settings.changed")
            ).scalars()
            assert sorted(e.detail["key"] for e in upgrades) == [
                "deficiency_catalogue",
                "intake",
                "notices",
                "photo",
            ]
    finally:
        desk.close()


def _catalogue_items(desk: Desk) -> list[object]:
    from ssw_desk.services.notices import get_catalogue

    return list(get_catalogue(desk).items())


def test_value_from_a_newer_desk_is_read_not_rewritten(db_url: str) -> None:
    newer = {"version": 9, "max_file_mb": 4, "future_field": True}
    _store_raw(db_url, {"intake": newer})
    desk = Desk.open(db_url)
    try:
        assert (get_setting(desk, key="intake").value or {})["max_file_mb"] == 4.0
        with desk.db.begin() as session:
            assert load_setting(session, "intake") == newer
    finally:
        desk.close()


@pytest.mark.parametrize(
    "bad", [{"version": 2, "max_file_mb": "x"}, {"version": 2, "business_days": 0}]
)
def test_damaged_stored_value_falls_back_to_the_default(
    db_url: str, bad: dict[str, object]
) -> None:
    _store_raw(db_url, {"intake": bad})
    desk = Desk.open(db_url)
    try:
        value = get_setting(desk, key="intake").value or {}
        assert value["max_file_mb"] == 5.0 and value["business_days"] == 10
    finally:
        desk.close()


def test_opening_a_desk_loads_neither_opencv_nor_reportlab(tmp_path: Path) -> None:
    """Upgrading the settings at start-up must not make the first window wait for them."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    heavy = ("cv2", "reportlab", "ssw_desk.imaging")
    code = (
        "import json, sys\n"
        "from ssw_desk.services.context import Desk\n"
        f"Desk.open({url!r}).close()\n"
        f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_desks_starting_together_upgrade_once_and_all_open(db_url: str) -> None:
    """Four desks (OS processes) open an old database at the same moment: none fails."""
    import subprocess
    import sys

    _store_raw(
        db_url,
        {
            "intake": {"version": 1, "max_file_bytes": 2 * 1024 * 1024},
            "mail": {"from": "desk@example.org"},
        },
    )
    code = f"from ssw_desk.services.context import Desk\nDesk.open({db_url!r}).close()\n"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    desk = Desk.open(db_url)
    try:
        with desk.db.begin() as session:
            assert load_setting(session, "intake") == {"version": 2, "max_file_mb": 2.0}
            assert load_setting(session, "mail") is None
            assert (load_setting(session, "notices") or {})["from_addr"] == "desk@example.org"
    finally:
        desk.close()


def test_requests_show_prints_findings_as_sentences(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Desk.open(db_url)
    try:
        request_id = _one_request(desk, tmp_path)
    finally:
        desk.close()
    assert _settings(db_url, "set", "intake.max_file_mb", "0.001")[0] == 0
    monkeypatch.setenv("SSW_DESK_LANG", "ja")
    capsys.readouterr()
    assert main(["--db", db_url, "requests", "show", str(request_id)]) == 0
    out = capsys.readouterr().out
    size_lines = [line for line in out.splitlines() if "file.size" in line]
    assert size_lines and all("KB（基準 0.001 MB 未満）" in line for line in size_lines)
    assert all(line.split(": ", 1)[1].startswith("ファイルの容量 ") for line in size_lines)
