"""The lazy queue model: Qt's model tester, paging, sorting, colours, no exceptions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssw_desk.gui import queue_model as qm
from ssw_desk.gui.queue_model import COLUMN_KEYS, ID_ROLE, QueueModel, findings_summary
from ssw_desk.services.context import Desk
from tests.gui.conftest import AddRequest

DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model: QueueModel, row: int, key: str, role: int = DISPLAY) -> object:
    return model.data(model.index(row, COLUMN_KEYS.index(key)), role)


def test_model_tester_empty_and_filled(
    desk: Desk, add_request: AddRequest, qtmodeltester: ModelTester
) -> None:
    model = QueueModel(desk, page_size=3)
    model.reload()
    qtmodeltester.check(model)
    for i in range(10):
        add_request(fail_count=i % 3, warn_count=i % 2, status="new" if i % 2 else "approved")
    model.reload()
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_model_tester_through_filter_and_sort(
    desk: Desk, add_request: AddRequest, qtmodeltester: ModelTester
) -> None:
    for i in range(6):
        add_request(status="new" if i % 2 else "issued")
    model = QueueModel(desk)
    qtmodeltester.check(model)
    model.set_filter(status="new", search=None)
    model.sort(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 3


def test_rows_fetched_a_page_at_a_time(desk: Desk, add_request: AddRequest) -> None:
    for _ in range(25):
        add_request()
    model = QueueModel(desk, page_size=10, cache_rows=10)
    model.reload()
    assert model.fetches == 0  # ids only until a cell is asked for
    assert cell(model, 0, "reference") == "SR-2025-00001"
    assert cell(model, 9, "reference") == "SR-2025-00010"
    assert model.fetches == 1
    assert cell(model, 24, "reference") == "SR-2025-00025"
    assert model.fetches == 2
    assert cell(model, 0, "reference") == "SR-2025-00001"  # evicted by the LRU, fetched again
    assert model.fetches == 3


def test_sort_and_filter_requery_ids(desk: Desk, add_request: AddRequest, qtbot: QtBot) -> None:
    # Names are sealed: sorting by name groups equal names (keyed order, not alphabetical;
    # docs/data-at-rest.md).
    a = add_request(name="TRAN B")
    b = add_request(name="LE A")
    c = add_request(name="TRAN B")
    model = QueueModel(desk)
    model.reload()
    with qtbot.waitSignal(model.reloaded):
        model.sort(COLUMN_KEYS.index("name"))
    ascending = [model.id_at(i) for i in range(3)]
    assert sorted(ascending) == [a, b, c] and ascending.index(b) in (0, 2)  # a, c together
    assert model.data(model.index(0, 0), ID_ROLE) == ascending[0]
    model.sort(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    assert (model.sort_key, model.descending) == ("name", True)
    assert model.id_at(0) == (b if ascending[2] == b else max(a, c))
    model.set_filter(status=None, search="tran")
    assert model.rowCount() == 2 and {model.id_at(0), model.id_at(1)} == {a, c}


def test_overdue_rows_stand_out(desk: Desk, add_request: AddRequest) -> None:
    findings = [
        {"code": "fields.sex", "status": "fail"},
        {"code": "fields.name", "status": "fail"},
        {"code": "roster.found", "status": "unknown"},
        {"code": "photo.age", "status": "warn"},
    ]
    add_request(
        due_date=date.today() - timedelta(days=10), fail_count=2, warn_count=2, findings=findings
    )
    add_request(due_date=date.today() + timedelta(days=30))
    # Only warnings: nothing for the clerk's eye in the column (the tooltip says them).
    add_request(
        due_date=date.today() + timedelta(days=30),
        warn_count=1,
        findings=[{"code": "photo.age", "status": "warn"}],
    )
    model = QueueModel(desk)
    model.reload()
    assert cell(model, 0, "name", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(model, 1, "name", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 0, "due_date", Qt.ItemDataRole.ForegroundRole) is not None
    assert "over" in str(cell(model, 0, "due_date"))
    assert cell(model, 0, "findings") == "✖2 ?1"
    tip = str(cell(model, 0, "findings", Qt.ItemDataRole.ToolTipRole))
    assert "2 failure" in tip and "1 for the clerk to decide" in tip
    assert cell(model, 1, "findings") == ""
    assert cell(model, 2, "findings") == ""
    assert "1 warning" in str(cell(model, 2, "findings", Qt.ItemDataRole.ToolTipRole))


def test_findings_summary() -> None:
    assert findings_summary(0, 0) == ""
    assert findings_summary(0, 3) == "?3"
    assert findings_summary(1, 0) == "✖1"


def test_data_never_raises(
    desk: Desk, add_request: AddRequest, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    add_request()
    model = QueueModel(desk)
    model.reload()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database gone")

    monkeypatch.setattr(qm, "queue_rows", broken)
    assert cell(model, 0, "name") is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), ID_ROLE) is not None
    monkeypatch.setattr(qm, "queue_ids", broken)
    with qtbot.waitSignal(model.failed):
        model.reload()
    assert model.rowCount() == 1  # the old list stays on screen


def test_refresh_requests_repaints_one_row(
    desk: Desk, add_request: AddRequest, qtbot: QtBot
) -> None:
    rid = add_request(status="new")
    model = QueueModel(desk)
    model.reload()
    assert cell(model, 0, "status") == "New"
    with desk.db.begin() as session:
        from ssw_desk.storage.models import Request

        session.get(Request, rid).status = "approved"  # type: ignore[union-attr]
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_requests([rid])
    assert cell(model, 0, "status") == "Approved"
