"""The main window as a clerk uses it: language, filter, search, keys, import, errors, layout."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.errors import DeskError
from ssw_desk.gui import main_window as mw
from ssw_desk.gui.app import run
from ssw_desk.gui.crash import CrashHandler
from ssw_desk.gui.i18n import Translations, chosen_language, error_message, qm_file, save_language
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.queue_model import COLUMN_KEYS
from ssw_desk.gui.tasks import TaskContext
from ssw_desk.resources import resources_dir
from ssw_desk.services.context import Desk
from tests.gui.conftest import AddRequest

# The offscreen platform cannot size native windows; harmless there, impossible elsewhere.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.install("en")  # leave the application as other tests expect it


@pytest.fixture
def window(
    desk: Desk, add_request: AddRequest, translations: Translations, qtbot: QtBot
) -> MainWindow:
    """The window in the language a clerk gets by default, with three requests."""
    add_request(name="TRAN THI BINH", status="new")
    add_request(name="NGUYEN VAN AN", status="approved")
    add_request(name="LE VAN CUONG", status="new")
    translations.install(chosen_language(None))
    win = MainWindow(desk, translations)
    qtbot.addWidget(win)
    win.restore_layout()
    win.show()
    qtbot.waitExposed(win)
    win.queue.load()
    return win


def header(win: MainWindow, key: str) -> str:
    model = win.queue.model
    return str(model.headerData(COLUMN_KEYS.index(key), Qt.Orientation.Horizontal))


def test_japanese_by_default(window: MainWindow) -> None:
    assert header(window, "reference") == "受付番号"
    assert window.queue.tabs.tabText(0) == "すべて (3)"
    assert window.queue.tabs.tabText(1) == "新規 (2)"
    assert window.menu_file.title() == "ファイル(&F)"
    assert window.queue.total.text() == "3 件"


def test_english_when_chosen(
    desk: Desk, add_request: AddRequest, translations: Translations, qtbot: QtBot
) -> None:
    add_request()
    save_language("en")
    assert chosen_language(None) == "en"
    assert chosen_language("ja") == "ja"  # --lang wins
    translations.install(chosen_language(None))
    win = MainWindow(desk, translations)
    qtbot.addWidget(win)
    win.queue.load()
    assert header(win, "reference") == "Reference"
    assert win.queue.total.text() == "1 request"


def test_live_language_switch(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")  # LanguageChange is posted
    assert header(window, "name") == "Name"
    assert window.queue.tabs.tabText(0) == "All (3)"
    assert window.queue.search.placeholderText() == "Search name, exam number or reference"
    assert QSettings().value("ui/language") == "en"
    window.set_language("ja")
    qtbot.waitUntil(lambda: window.menu_file.title() == "ファイル(&F)")


def test_catalogue_compiled_on_demand_into_the_cache(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a source checkout: the .ts without a built .qm (a build may have left one in the tree)
    checkout = tmp_path / "resources"
    (checkout / "i18n").mkdir(parents=True)
    for ts in (resources_dir() / "i18n").glob("*.ts"):
        shutil.copy2(ts, checkout / "i18n" / ts.name)
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(checkout))
    path = qm_file("ja")
    assert path is not None and path.is_file()
    assert path.parent == data_dir / "cache" / "i18n"
    mtime = path.stat().st_mtime_ns
    assert qm_file("ja") == path and path.stat().st_mtime_ns == mtime  # reused


def test_status_tab_filters(window: MainWindow, qtbot: QtBot) -> None:
    queue = window.queue
    with qtbot.waitSignal(queue.model.reloaded):
        queue.set_status("approved")
    assert queue.model.rowCount() == 1
    assert queue.current_status() == "approved"


def test_search_is_debounced(window: MainWindow, qtbot: QtBot) -> None:
    queue = window.queue
    reloads: list[None] = []
    queue.model.reloaded.connect(lambda: reloads.append(None))
    with qtbot.waitSignal(queue.model.reloaded, timeout=2000):
        qtbot.keyClicks(queue.search, "thi binh")
    assert len(reloads) == 1  # one query for eight keystrokes
    assert queue.model.rowCount() == 1


def test_sort_by_clicking_a_header(window: MainWindow, qtbot: QtBot) -> None:
    table = window.queue.table
    # Names are sealed: the name column sorts by their keyed tokens, which keeps equal names
    # together but is not alphabetical (docs/data-at-rest.md); descending is the reverse.
    model = window.queue.model
    with qtbot.waitSignal(model.reloaded):
        table.sortByColumn(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
    ascending = [model.id_at(r) for r in range(model.rowCount())]
    with qtbot.waitSignal(model.reloaded):
        table.sortByColumn(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    assert [model.id_at(r) for r in range(model.rowCount())] == ascending[::-1]
    assert (model.sort_key, model.descending) == ("name", True) and len(ascending) >= 3


def test_next_previous_keys_open_requests(window: MainWindow, qtbot: QtBot) -> None:
    model = window.queue.model
    with qtbot.waitSignal(window.request_loaded) as loaded:
        window.queue.table.setFocus()  # focus makes the first row current
        qtbot.keyClick(window.queue.table, Qt.Key.Key_J)
    # Moves faster than loads: only the request finally chosen must end up shown.
    qtbot.waitUntil(lambda: window.review.property("requestId") == model.id_at(1))
    with qtbot.waitSignal(window.request_loaded) as loaded:
        qtbot.keyClick(window.queue.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert loaded.args[0].id == model.id_at(2)
    with qtbot.waitSignal(window.request_loaded) as loaded:
        qtbot.keyClick(window.queue.table, Qt.Key.Key_K)
    assert loaded.args[0].id == model.id_at(1)
    assert loaded.args[0].reference == "SR-2025-00002"


def test_typing_j_in_search_does_not_move(window: MainWindow, qtbot: QtBot) -> None:
    window.queue.search.setFocus()
    qtbot.keyClick(window.queue.search, Qt.Key.Key_J)
    assert window.queue.search.text() == "j"
    assert window.queue.current_id() is None


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_approve_and_flag_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.approve_requested):
        qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    with qtbot.waitSignal(window.flag_requested):
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)


def test_approve_shortcut_reaches_the_review_panel(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.request_loaded):
        window.queue.select_row(0)
    assert window.review.request() is not None  # type: ignore[attr-defined]
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(0, close_dialog)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    assert seen == ["ApproveDialog"]


def test_errors_are_sentences(window: MainWindow) -> None:
    window.show_error(DeskError("request.not_found", "42"))
    assert window.errors[-1] == "この申請はもう存在しません。一覧を更新しました。"
    window.show_error(RuntimeError("boom"))
    assert "ログファイル" in window.errors[-1] and "boom" not in window.errors[-1]
    assert error_message(DeskError("some.new_code")).endswith("(some.new_code)")


def test_removed_request_is_explained(window: MainWindow, qtbot: QtBot, desk: Desk) -> None:
    from sqlalchemy import delete

    from ssw_desk.storage.models import Message, Request, Version

    rid = window.queue.model.id_at(0)
    with desk.db.begin() as session:
        session.execute(delete(Version).where(Version.request_id == rid))
        session.execute(delete(Message).where(Message.request_id == rid))
        session.execute(delete(Request).where(Request.id == rid))
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.queue.select_row(0)
    assert window.errors == ["この申請はもう存在しません。一覧を更新しました。"]
    assert window.queue.model.rowCount() == 2


# --- import --------------------------------------------------------------------------------


def drop(win: MainWindow, paths: list[Path]) -> tuple[bool, bool]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        win.rect().center(),  # QDragEnterEvent takes a QPoint, QDropEvent a QPointF
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, enter)
    event = QDropEvent(
        QPointF(win.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if enter.isAccepted():
        QApplication.sendEvent(win, event)
    return enter.isAccepted(), event.isAccepted()


def test_drop_accepts_mail_files_and_folders_only(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[Path]] = []
    monkeypatch.setattr(window, "import_paths", lambda paths: started.append(list(paths)))
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "a.EML").write_bytes(b"x")
    assert drop(window, [tmp_path / "notes.txt"]) == (False, False)
    assert drop(window, [tmp_path / "a.EML", tmp_path / "notes.txt", tmp_path]) == (True, True)
    assert started == [[tmp_path / "a.EML", tmp_path]]


def test_background_import_keeps_the_window_responsive(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    main_thread = threading.get_ident()
    seen_threads: list[int] = []

    def slow_import(_desk: Desk, paths: list[Path]) -> Any:
        def work(ctx: TaskContext) -> Any:
            seen_threads.append(threading.get_ident())
            done = 0
            while not ctx.cancelled() and done < 500:
                time.sleep(0.01)  # a slow parser, on the worker thread
                done += 1
                ctx.progress(done, str(paths[0]))
            return SimpleNamespace(imported=done, duplicates=0, quarantined=0)

        return work

    monkeypatch.setattr(mw, "import_task", slow_import)
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    (tmp_path / "a.eml").write_bytes(b"x")
    drop(window, [tmp_path / "a.eml"])
    task = window.tasks.tasks[-1]
    with qtbot.waitSignal(task.progress, timeout=5000):
        pass
    assert window.cancel_button.isVisible() and window.progress.isVisible()
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)  # the event loop kept running
    with qtbot.waitSignal(window.import_finished, timeout=5000) as finished:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert finished.args[0].imported < 500  # stopped early
    assert seen_threads and seen_threads[0] != main_thread
    qtbot.waitUntil(lambda: not window.cancel_button.isVisible())
    assert "500" not in window.statusBar().currentMessage()


def _eml(tmp_path: Path, n: int) -> Path:
    msg = EmailMessage()
    msg["From"] = f"applicant{n}@example.com"
    msg["To"] = "score@example.jp"
    msg["Subject"] = "スコアレポート発行申請"
    msg["Message-ID"] = f"<req{n}@example.com>"
    msg["Date"] = "Mon, 12 May 2025 10:00:00 +0900"
    msg.set_content(
        f"受験(じゅけん)番号：MM24A0000{n}\n受験日：2025年5月1日\n試験区分：機械金属加工区分\n"
        "氏名(しめい)：NGUYEN VAN AN\n国籍(こくせき)：ベトナム\n生年月日：1995年3月4日\n性別：男\n",
        charset="utf-8",
    )
    path = tmp_path / f"req{n}.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_drop_real_eml_files_through_the_real_intake(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Real bytes, real intake (mail parser, analysis, storage): no fakes."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = [_eml(folder, 1), _eml(folder, 2)]
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        drop(window, [files[0], folder])
    result = finished.args[0]
    assert (result.imported, result.duplicates) == (2, 1)  # req1 came twice: file and folder
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 5)


# --- layout, crash handler, start-up ------------------------------------------------------


def test_layout_is_remembered(window: MainWindow, desk: Desk, qtbot: QtBot) -> None:
    window.resize(760, 540)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([640, 360])
    window.queue.table.setColumnWidth(3, 333)
    window.queue.table.sortByColumn(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(desk)
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    qtbot.waitExposed(again)
    assert (again.size().width(), again.size().height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    assert again.queue.table.columnWidth(3) == 333
    again.queue.load()  # in the order the clerk left it
    assert (again.queue.model.sort_key, again.queue.model.descending) == ("name", True)


def test_review_gets_the_room_by_default(desk: Desk, qtbot: QtBot) -> None:
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.resize(1400, 860)  # the first start on a common screen (offscreen's is 800 x 600)
    win.split_default()
    win.show()
    qtbot.waitExposed(win)
    queue, review = win.splitter.sizes()
    assert review >= 900 and queue >= 300
    win.resize(1600, 860)
    qtbot.waitUntil(lambda: win.splitter.sizes()[1] > review)
    assert win.splitter.sizes()[0] == queue  # a wider window widens the review only


def test_review_actions_leave_qwidget_actions_alone(window: MainWindow) -> None:
    panel = window.review
    assert isinstance(panel.actions(), list)  # QWidget.actions(), not shadowed
    assert set(panel.review_actions()) >= {"approve", "override", "flag", "reject", "note"}
    assert panel.review_actions()["reject"] in window.menu_request.actions()


def test_crash_handler_writes_a_report(data_dir: Path, qtbot: QtBot) -> None:
    handler = CrashHandler(interactive=False).install()
    try:
        try:
            raise ValueError("unexpected")
        except ValueError as exc:
            with qtbot.waitSignal(handler.crashed) as crashed:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        report = Path(crashed.args[0])
        assert report.parent == data_dir / "crashes"
        assert "ValueError: unexpected" in report.read_text(encoding="utf-8")
        with qtbot.waitSignal(handler.crashed):  # from a worker thread, announced on the main
            thread = threading.Thread(target=lambda: 1 / 0)
            thread.start()
            thread.join()
        assert len(handler.reports) == 2
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler._hook


def test_smoke_test_run(
    desk: Desk, add_request: AddRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    add_request()
    hook = sys.excepthook
    assert run(desk, lang=None, smoke_test=True) == 0
    assert "1 requests in the queue, 0 failures" in capsys.readouterr().out
    assert sys.excepthook is hook
