"""The Office menu in the real window: each screen opens from it and by its shortcut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.gui.admin import ClosuresDialog, NoticeTextsDialog, SettingsDialog
from ssw_desk.gui.batch_dialog import BatchIssueDialog
from ssw_desk.gui.dashboard import DashboardDialog
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.services.context import Desk

from .conftest import AddRequest

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_every_office_screen_opens(
    qtbot: QtBot, qapp: QApplication, desk: Desk, add_request: AddRequest
) -> None:
    add_request(status="approved")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    menu = window.office_menu
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.title()) == titles.index(window.menu_help.title()) - 1
    assert menu.act_dashboard.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert menu.act_send is not None and menu.act_send.shortcut() == QKeySequence("Ctrl+Shift+S")
    dashboard = menu.show_dashboard()
    assert isinstance(dashboard, DashboardDialog)
    assert menu.show_dashboard() is dashboard  # opened once
    qtbot.waitUntil(lambda: dashboard.view.figures is not None, timeout=5000)
    batch = menu.show_batch()
    assert isinstance(batch, BatchIssueDialog) and batch.list.count() == 1
    for action, kind in (
        (menu.act_closures, ClosuresDialog),
        (menu.act_settings, SettingsDialog),
        (menu.act_notices, NoticeTextsDialog),
    ):
        action.trigger()
        opened = [d for d in menu.dialogs.values() if isinstance(d, kind)]
        assert len(opened) == 1
        qtbot.waitUntil(opened[0].isEnabled, timeout=5000)
    for dialog in list(menu.dialogs.values()):
        dialog.close()
    window.tasks.wait(5000)


def test_file_dialogs_open_in_the_documents_folder(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ssw_desk.gui.files import documents_folder

    seen: list[str] = []

    def files(
        _parent: object, _title: str, folder: str, _filter: str = ""
    ) -> tuple[list[str], str]:
        seen.append(folder)
        return [], ""

    def folder(_parent: object, _title: str, start: str) -> str:
        seen.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.choose_files()
    window.choose_folder()
    assert seen == [documents_folder(), documents_folder()]
    assert Path(seen[0]).resolve() != Path.cwd().resolve()  # not the program's folder
    assert all((s and not s.startswith(str(__import__("os").getcwd()))) or s == "" for s in seen)
