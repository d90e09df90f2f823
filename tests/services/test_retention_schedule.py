"""Retention, the rest of it: the roster row of a purged request, old outbox copies, the
schedule (``purge_due``) and the desk's timer that runs the purge in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from ssw_desk.services import reports, retention
from ssw_desk.services.context import Desk, now, save_setting
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.blobs import put_blob
from ssw_desk.storage.models import Blob, Event, Message, OutboxEntry, Request, RosterEntry
from tests.services.mails import ROSTER_CSV
from tests.services.test_reports import _approved
from tests.storage.test_sealed import _database_bytes


def _age(desk: Desk, request_id: int, days: int) -> None:
    with desk.db.begin() as session:
        request = session.get(Request, request_id)
        assert request is not None
        request.updated_at = request.updated_at - dt.timedelta(days=days)


def _old_outbox_copy(desk: Desk, *, days: int, status: str = "sent") -> int:
    raw = f"To: applicant.old.5d1@example.com\r\nSubject: {status} {days}\r\n\r\nx\r\n".encode()
    at = now() - dt.timedelta(days=days)
    with desk.db.begin() as session:
        sha = put_blob(session, raw)
        message = Message(
            dedupe_key=f"out:{sha}",
            message_id=f"<old{days}.{status}@example.com>",
            raw_sha256=sha,
            direction="out",
            status="sent",
            sender="applicant.old.5d1@example.com",
            subject="old notice",
            imported_at=at,
        )
        session.add(message)
        session.flush()
        entry = OutboxEntry(
            message_pk=message.id,
            message_id=message.message_id or "",
            kind="notice",
            status=status,
            next_attempt_at=at,
            created_at=at,
        )
        session.add(entry)
        session.flush()
        return entry.id


def test_purge_takes_roster_row_and_old_outbox_copies(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        ROSTER_CSV + "M2301000777,2024-05-12,機械金属加工区分,LE VAN CUONG,Vietnam,1995-03-14,M,"
        "40,60,100,fail\n",
        encoding="utf-8",
    )
    import_roster(desk, path=roster)
    own = _approved(desk, tmp_path, exam_number="M2301000777", name="LE VAN CUONG")
    shared = _approved(desk, tmp_path, sender="keep@example.com")
    reports.issue(desk, request_id=own)
    issued = reports.issue(desk, request_id=shared)
    with desk.db.begin() as session:
        save_setting(session, desk, "retention", {"days": 365})
    _age(desk, own, 400)
    old_copy = _old_outbox_copy(desk, days=400)
    recent_copy = _old_outbox_copy(desk, days=10)
    queued_copy = _old_outbox_copy(desk, days=400, status="queued")

    summary = retention.purge(desk)
    assert summary.roster == 1 and summary.outbox == 1
    with desk.db.read() as session:
        assert session.get(RosterEntry, "M2301000777") is None  # only the purged one used it
        assert session.get(RosterEntry, "M2301000999") is not None  # no request: a source row
        assert session.get(RosterEntry, "M2301000123") is not None  # a kept request uses it
        left = set(session.scalars(sa.select(OutboxEntry.id)))
        assert left == {recent_copy, queued_copy} and old_copy not in left
        events = session.scalars(sa.select(Event.action).where(Event.action.like("retention.%")))
        assert {"retention.purged", "retention.outbox_purged", "retention.run"} <= set(events)
        assert session.scalar(sa.select(sa.func.count()).select_from(Blob)) > 0
    assert b"LE VAN CUONG" not in _database_bytes(desk)
    assert reports.verify(desk, code=issued.code).result == "valid"


def test_purge_due_follows_the_setting_and_the_last_run(desk: Desk) -> None:
    assert retention.purge_due(desk)
    retention.purge(desk)
    assert not retention.purge_due(desk)
    later = now() + dt.timedelta(hours=25)
    assert retention.purge_due(desk, at=later)
    with desk.db.begin() as session:
        save_setting(session, desk, "retention", {"days": 365, "purge_every_hours": 48})
    assert not retention.purge_due(desk, at=later)
    with desk.db.begin() as session:
        save_setting(session, desk, "retention", {"days": 365, "auto_purge": False})
    assert not retention.purge_due(desk, at=later + dt.timedelta(days=30))


@pytest.mark.parametrize("due", [True, False])
def test_the_desk_timer_runs_the_purge_in_the_background(
    desk: Desk, tmp_path: Path, issuer: str, due: bool
) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.retention_timer import RetentionTimer
    from ssw_desk.gui.tasks import TaskManager

    app = QApplication.instance() or QApplication([])
    request_id = _approved(desk, tmp_path)
    reports.issue(desk, request_id=request_id)
    _age(desk, request_id, 4000)
    if not due:
        with desk.db.begin() as session:
            save_setting(session, desk, "retention", {"auto_purge": False})
    tasks = TaskManager()
    timer = RetentionTimer(desk, tasks, first_ms=0, every_ms=60_000)
    seen: list[object] = []
    timer.purged.connect(seen.append)
    loop = QEventLoop()
    tasks.idle.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    app.processEvents()
    timer.stop()
    tasks.shutdown(5_000)
    with desk.db.read() as session:
        request = session.get(Request, request_id)
        assert request is not None
        assert (request.name is None) is due
    assert len(seen) == (1 if due else 0)
