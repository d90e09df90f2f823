"""The dashboard window: figures read off the GUI thread, refreshed by the change hub, the
ageing chart, the CSV export of what is shown (formula-like cells made harmless)."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from ssw_desk.gui.dashboard import DashboardDialog
from ssw_desk.gui.files import documents_folder
from ssw_desk.gui.hub import ChangeHub
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.changes import announce
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Claim, Event, Request

from .conftest import AddRequest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _dialog(qtbot: QtBot, desk: Desk, hub: ChangeHub | None = None) -> DashboardDialog:
    tasks = TaskManager()
    dialog = DashboardDialog(desk, tasks, hub)
    tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view.figures is not None, timeout=5000)
    return dialog


def test_figures_tiles_and_chart(qtbot: QtBot, desk: Desk, add_request: AddRequest) -> None:
    today = date.today()
    add_request(status="new", due_date=today - timedelta(days=3))  # overdue
    add_request(status="new", due_date=today + timedelta(days=40))
    add_request(status="waiting_applicant", due_date=None)
    dialog = _dialog(qtbot, desk)
    view = dialog.view
    tiles = {k: v.text() for k, (_c, v) in view.tiles.items()}
    assert tiles == {"open": "2", "due_soon": "0", "overdue": "1", "waiting": "1",
                     "issued_this_week": "0"}  # fmt: skip
    assert "b00020" in view.tiles["overdue"][1].styleSheet()  # overdue shown in red
    assert sum(view.bars.at(i) for i in range(view.bars.count())) == 2
    assert view.axis_x.count() == len(view.figures.ageing)  # type: ignore[union-attr]


def test_another_desk_s_change_shows_without_a_click(
    qtbot: QtBot, desk: Desk, add_request: AddRequest
) -> None:
    rid = add_request(status="new")
    hub = ChangeHub(desk.db.url, interval=0.2)
    hub.start()
    try:
        assert hub.feed.ready.wait(10)
        dialog = _dialog(qtbot, desk, hub)
        view = dialog.view
        assert view.tiles["waiting"][1].text() == "0"
        other = Desk.open(desk.db.url)
        try:
            with other.db.begin() as session:
                session.execute(
                    update(Request).where(Request.id == rid).values(status="waiting_applicant")
                )
                far = datetime.now(UTC) + timedelta(minutes=5)
                session.add(Claim(request_id=rid, clerk="bob", display_name="Bob (bob)",
                                  claimed_at=far, heartbeat_at=far, expires_at=far))  # fmt: skip
                session.add(Event(request_id=rid, at=datetime.now(UTC), actor="bob",
                                  action="request.flagged", detail={"revision": 1}))  # fmt: skip
                announce(session, rid)  # PostgreSQL's NOTIFY; SQLite desks see the event
        finally:
            other.close()
        qtbot.waitUntil(lambda: view.tiles["waiting"][1].text() == "1", timeout=5000)
        assert view.tiles["open"][1].text() == "0"
        qtbot.waitUntil(lambda: view.clerks.rowCount() == 1, timeout=5000)
        assert view.clerks.item(0, 0).text() == "Bob (bob)"
        assert view.clerks.item(0, 2).text() == "1"
    finally:
        hub.stop()


def test_csv_export_is_what_is_shown_and_harmless(
    qtbot: QtBot, desk: Desk, add_request: AddRequest, tmp_path: Path
) -> None:
    rid = add_request(status="new")
    far = datetime.now(UTC) + timedelta(minutes=5)
    with desk.db.begin() as session:  # a display name a spreadsheet would run as a formula
        session.add(Claim(request_id=rid, clerk="x", display_name='=HYPERLINK("http://e.x")',
                          claimed_at=far, heartbeat_at=far, expires_at=far))  # fmt: skip
    dialog = _dialog(qtbot, desk)
    view = dialog.view
    out = tmp_path / "dash.csv"
    view.export_csv(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert ["Open", "1"] in rows
    assert ['\'=HYPERLINK("http://e.x")', "0", "1"] in rows
    shown = {view.tiles[k][0].text(): view.tiles[k][1].text() for k in view.tiles}
    assert all([caption, value] in rows for caption, value in shown.items())


def test_file_dialogs_open_in_the_documents_folder() -> None:
    folder = documents_folder()
    assert folder and Path(folder).resolve() != Path.cwd().resolve()
