"""The queue at a laptop's and a full-HD screen's width: columns, status tabs, search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.queue_model import COLUMN_KEYS, columns_for_width
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Event
from tests.gui.conftest import AddRequest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: What the window gives the queue on a first start (90 % of the screen's width).
SCREENS = {"1366": (1229, 690), "1920": (1728, 970)}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.install("en")


def _window(
    qtbot: QtBot, desk: Desk, translations: Translations, lang: str, screen: str
) -> MainWindow:
    translations.install(lang)
    win = MainWindow(desk, translations)
    qtbot.addWidget(win)
    win.resize(*SCREENS[screen])
    win.split_default()
    win.show()
    qtbot.waitExposed(win)
    win.queue.load()
    return win


def _shown(win: MainWindow) -> list[str]:
    table = win.queue.table
    return [k for i, k in enumerate(COLUMN_KEYS) if not table.isColumnHidden(i)]


@pytest.fixture
def busy_desk(desk: Desk, add_request: AddRequest) -> Desk:
    # Counts of several digits in every status: the widest tab texts a clerk sees.
    for status in ("new", "resubmitted", "waiting_applicant", "approved", "rejected", "issued"):
        add_request(status=status, name="PHAM THI MAI")
    return desk


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("screen", ["1366", "1920"])
def test_the_columns_a_clerk_needs_are_visible_without_scrolling(
    qtbot: QtBot, busy_desk: Desk, translations: Translations, lang: str, screen: str
) -> None:
    win = _window(qtbot, busy_desk, translations, lang, screen)
    shown = _shown(win)
    assert shown[:4] == ["name", "due_date", "status", "findings"]
    if screen == "1920":
        assert "exam_number" in shown and "reference" in shown
    table = win.queue.table
    right = max(
        table.columnViewportPosition(COLUMN_KEYS.index(k)) + table.columnWidth(COLUMN_KEYS.index(k))
        for k in shown[:-1]  # the last one stretches to the edge
    )
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing off screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_status_tab_is_visible_at_a_laptop_width(
    qtbot: QtBot, busy_desk: Desk, translations: Translations, lang: str
) -> None:
    win = _window(qtbot, busy_desk, translations, lang, "1366")
    tabs = win.queue.tabs
    assert tabs.count() == 7
    qtbot.waitUntil(lambda: tabs.button(6).isVisible())
    for i in range(tabs.count()):
        button = tabs.button(i)
        assert button.isVisible()
        geometry = button.geometry()
        assert geometry.right() <= tabs.width() and geometry.bottom() <= tabs.height()
    # The table starts below the last row of tabs.
    assert win.queue.table.geometry().top() >= tabs.geometry().bottom()


def test_choosing_a_status_tab_filters(
    qtbot: QtBot, busy_desk: Desk, translations: Translations
) -> None:
    win = _window(qtbot, busy_desk, translations, "en", "1366")
    win.queue.tabs.button(4).click()  # Approved
    assert win.queue.current_status() == "approved"
    assert win.queue.model.rowCount() == 1


def test_columns_are_chosen_in_the_header_menu_and_remembered(
    qtbot: QtBot, desk: Desk, add_request: AddRequest, translations: Translations
) -> None:
    add_request()
    win = _window(qtbot, desk, translations, "en", "1366")
    menu = win.queue.column_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[:4] == ["Name", "Due", "Status", "Findings"]
    category = menu.actions()[COLUMN_KEYS.index("category")]
    assert not category.isChecked()
    category.setChecked(True)
    assert "category" in _shown(win)
    win.close()  # saves the layout
    QSettings().sync()
    again = _window(qtbot, desk, translations, "en", "1366")
    again.restore_layout()
    assert "category" in _shown(again)
    # The last shown column cannot be hidden.
    for i in range(len(COLUMN_KEYS)):
        again.queue.table.setColumnHidden(i, i != 0)
    assert not again.queue.column_menu().actions()[0].isEnabled()


def test_default_columns_by_width() -> None:
    assert columns_for_width(100) == ["name", "due_date", "status", "findings"]
    assert len(columns_for_width(2000)) == len(COLUMN_KEYS)


def test_search_filters_without_opening_another_request(
    qtbot: QtBot, desk: Desk, add_request: AddRequest, translations: Translations
) -> None:
    first = add_request(name="TRAN THI BINH")
    other = add_request(name="NGUYEN VAN AN")
    win = _window(qtbot, desk, translations, "en", "1366")
    win.queue.select_id(first)
    qtbot.waitUntil(lambda: win.review.property("requestId") == first, timeout=10_000)
    win.queue.search.setText("NGUYEN")
    qtbot.waitUntil(lambda: win.queue.model.rowCount() == 1, timeout=5_000)
    qtbot.wait(300)
    # The search shows the match; the clerk has not chosen it: nothing opened, nothing logged.
    assert win.queue.current_id() is None
    assert win.review.property("requestId") != other
    with desk.db.read() as session:
        events = session.execute(select(Event.action).where(Event.request_id == other)).all()
    assert not [a for (a,) in events if a.startswith("request.")]
    # Clearing the search keeps nothing open either; a click opens.
    win.queue.search.clear()
    qtbot.waitUntil(lambda: win.queue.model.rowCount() == 2, timeout=5_000)
    win.queue.select_id(other)
    qtbot.waitUntil(lambda: win.review.property("requestId") == other, timeout=10_000)


def test_a_search_that_keeps_the_open_request_keeps_it(
    qtbot: QtBot, desk: Desk, add_request: AddRequest, translations: Translations
) -> None:
    first = add_request(name="TRAN THI BINH")
    add_request(name="NGUYEN VAN AN")
    win = _window(qtbot, desk, translations, "en", "1366")
    win.queue.select_id(first)
    qtbot.waitUntil(lambda: win.review.property("requestId") == first, timeout=10_000)
    win.queue.search.setText("TRAN")
    qtbot.waitUntil(lambda: win.queue.model.rowCount() == 1, timeout=5_000)
    assert win.queue.current_id() == first


def test_the_queue_refreshes_itself_through_the_change_hub(
    qtbot: QtBot, desk: Desk, add_request: AddRequest, translations: Translations
) -> None:
    from ssw_desk.gui.hub import ChangeHub
    from ssw_desk.services.decisions import add_note

    request_id = add_request(name="TRAN THI BINH")
    hub = ChangeHub(desk.db.url, interval=0.1)
    translations.install("en")
    win = MainWindow(desk, translations, hub=hub)
    qtbot.addWidget(win)
    win.show()
    win.queue.load()
    hub.start()
    other = Desk.open(desk.db.url)  # another clerk's desk on the same database
    try:
        with qtbot.waitSignal(win.queue.model.reloaded, timeout=5_000):
            add_note(other, request_id=request_id, text="Called the applicant.")
    finally:
        hub.stop()
        other.close()
