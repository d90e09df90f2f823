"""Retention: past the period a decided request's personal data is gone from the database
(SQLite file bytes, every table on PostgreSQL), its issued report still verifies, a held
request is kept, and what was removed is recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from ssw_desk.cli import main
from ssw_desk.errors import DeskError
from ssw_desk.services import reports, retention
from ssw_desk.services.context import Desk, save_setting
from ssw_desk.storage.models import Event, Message, Request, RetentionLog, Version
from tests.services.test_report_trust import _dump
from tests.services.test_reports import _approved

MARKER = "purge.me.7f3a@example.com"


def _age(desk: Desk, request_id: int, days: int) -> None:
    with desk.db.begin() as session:
        request = session.get(Request, request_id)
        assert request is not None
        request.updated_at = request.updated_at - dt.timedelta(days=days)


def test_purge_removes_personal_data_keeps_record_and_hold(
    desk: Desk, tmp_path: Path, issuer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old_id = _approved(desk, tmp_path, sender=MARKER)
    held_id = _approved(desk, tmp_path, sender="keep@example.com")
    recent_id = _approved(desk, tmp_path, sender="recent@example.com")
    old = reports.issue(desk, request_id=old_id)
    reports.issue(desk, request_id=held_id)
    reports.issue(desk, request_id=recent_id)
    with desk.db.begin() as session:
        save_setting(session, desk, "retention", {"days": 365})
    _age(desk, old_id, 400)
    _age(desk, held_id, 400)
    _age(desk, recent_id, 100)
    retention.hold(desk, request_id=held_id, reason="court order")
    assert MARKER.encode() not in _dump(desk)  # sealed at rest (docs/data-at-rest.md)
    with desk.db.read() as session:
        sealed_sender = session.execute(
            sa.select(sa.type_coerce(Request.sender, sa.Text)).where(Request.id == old_id)
        ).scalar_one()
    assert sealed_sender.startswith("ssw1:") and sealed_sender.encode() in _dump(desk)

    assert main(["--db", desk.db.url, "retention", "purge", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"requests": [' in out
    with desk.db.begin() as session:
        purged = session.get(Request, old_id)
        assert purged is not None and purged.status == "issued"
        assert (purged.name, purged.exam_number, purged.sender) == (None, None, "")
        assert session.scalars(sa.select(Version).where(Version.request_id == old_id)).all() == []
        gone = sa.select(Message).where(Message.request_id == old_id)
        assert session.scalars(gone).all() == []
        kept = session.get(Request, held_id)
        assert kept is not None and kept.name == "NGUYEN VAN AN"
        assert session.get(Request, recent_id).name == "NGUYEN VAN AN"  # type: ignore[union-attr]
        log = session.get(RetentionLog, old_id)
        assert log is not None and log.removed["messages"] >= 1 and log.removed["report_pdfs"] == 1
        # the raw e-mail and the PDF; the images are shared with the other two requests
        assert log.removed["blobs"] == 2
        assert session.scalars(
            sa.select(Event.action).where(Event.action == "retention.purged")
        ).all() == ["retention.purged"]
    assert MARKER.encode() not in _dump(desk)
    assert sealed_sender.encode() not in _dump(desk)
    if desk.db.is_sqlite:
        path = Path(desk.db.url.removeprefix("sqlite:///"))
        raw = path.read_bytes()
        wal = path.with_name(path.name + "-wal")
        raw += wal.read_bytes() if wal.exists() else b""
        assert MARKER.encode() not in raw and sealed_sender.encode() not in raw

    # the issued report still verifies, by its PDF and by its code
    assert reports.verify(desk, pdf=old.pdf).result == "valid"
    check = reports.verify(desk, code=old.code)
    assert check.result == "valid" and check.signed is not None
    assert check.signed["name"] == "NGUYEN VAN AN"  # from the code itself, not the database
    with pytest.raises(DeskError) as err:
        reports.report_pdf(desk, serial=old.serial)
    assert err.value.code == "report.purged"
    # a second purge removes nothing more
    assert retention.purge(desk).requests == []
