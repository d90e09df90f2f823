"""Switching language changes every visible string at once: the main window with a request on
screen, its menus, the review panel, and the office dialogs left open during the switch (the
dashboard and every admin screen: closure days, settings, notice texts, clerks), tooltips,
status tips, placeholders and window titles included."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.services.context import Desk
from tests.gui.language_walk import foreign, interface_strings, leftovers
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_the_walker_sees_each_language() -> None:
    assert foreign("Approve", "ja") and not foreign("承認", "ja")
    assert foreign("承認", "en") and not foreign("Approve", "en")
    assert not foreign("SR-2025-00001 · NGUYEN VAN AN · face.jpg", "ja")  # data, not interface
    assert not foreign("日本語", "en") and not foreign("English", "ja")  # the language menu
    assert foreign(" Reject the request ", "ja")  # a tooltip reduced from rich text


def test_the_walker_reads_tips_titles_placeholders_and_interface_cells(qtbot: QtBot) -> None:
    """Each kind of string the walk judges is really read: one English string of each kind in
    an otherwise Japanese dialog is reported, and cells are judged only where a view says
    they are interface words."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QDialog,
        QLineEdit,
        QMenu,
        QPushButton,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
    )

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("担当者")
    button = QPushButton("追加", dialog)
    button.setToolTip("<p>Add a <b>clerk</b></p>")
    edit = QLineEdit(dialog)
    edit.setPlaceholderText("as other clerks see it")
    edit.setStatusTip("Shown to other clerks")
    named = QTreeWidget(dialog)
    named.setHeaderLabels(["設定", "値"])
    named.setProperty("interface_columns", [0])
    top = QTreeWidgetItem(["受付の規則", "data value"])
    top.addChild(QTreeWidgetItem(["File size limit", "5"]))
    top.setToolTip(0, "exam period and files")
    named.addTopLevelItem(top)
    data = QTreeWidget(dialog)  # no interface_columns: its cells are data
    data.setHeaderLabels(["氏名"])
    data.addTopLevelItem(QTreeWidgetItem(["Nguyen Van An"]))
    menu = QMenu(dialog)
    action = QAction("開く", menu)
    action.setToolTip("Open the request")
    menu.addAction(action)
    layout = QVBoxLayout(dialog)
    for w in (button, edit, named, data):
        layout.addWidget(w)
    dialog.show()
    found = sorted(f"{w}: {t!r}" for w, t in interface_strings(dialog) if t and foreign(t, "ja"))
    assert [f.split(": '", 1)[0] for f in found] == [
        "QLineEdit: placeholder",
        "QLineEdit: status tip",
        "QMenu: action tooltip",
        "QPushButton: tooltip",
        "QTreeWidget: cell tooltip",
        "QTreeWidget: cell",
    ], found
    dialog.setWindowTitle("Clerks")
    assert ("QDialog: title", "Clerks") in list(interface_strings(dialog))
    dialog.close()


@pytest.mark.parametrize(("first", "then"), [("ja", "en"), ("en", "ja")])
def test_switching_language_leaves_no_string_behind(
    qtbot: QtBot, qapp: QApplication, desk: Desk, first: str, then: str
) -> None:
    stored = store_request(desk)
    translations = Translations(qapp)
    translations.install(first)
    try:
        window = MainWindow(desk, translations)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.queue.load()
        window.act_next.trigger()
        panel = window.review
        assert isinstance(panel, ReviewPanel)
        qtbot.waitUntil(lambda: panel.request() is not None, timeout=10_000)
        assert panel.request().id == stored.id  # type: ignore[union-attr]
        menu = window.office_menu
        dashboard = menu.show_dashboard()
        qtbot.waitUntil(lambda: dashboard.view.figures is not None, timeout=5000)  # type: ignore[attr-defined]
        menu.act_closures.trigger()
        menu.act_settings.trigger()
        menu.act_notices.trigger()
        menu.act_clerks.trigger()
        window.tasks.wait(5000)
        qapp.processEvents()
        left = leftovers(first, window)
        assert left == [], "\n".join(left)
        window.set_language(then)
        qapp.processEvents()
        left = leftovers(then, window)
        assert left == [], "\n".join(left)
    finally:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w is not None:
                w.close()
        translations.install("en")


def test_qt_s_own_dialogs_follow_the_interface_language(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

    translations = Translations(qapp)
    try:
        for lang in ("ja", "en"):
            translations.install(lang)
            box = QMessageBox()
            qtbot.addWidget(box)
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            files = QFileDialog(None)
            files.setOption(QFileDialog.Option.DontUseNativeDialog)
            qtbot.addWidget(files)
            words = [box.button(QMessageBox.StandardButton.Yes).text(),
                     box.button(QMessageBox.StandardButton.Cancel).text()]  # fmt: skip
            words += [b.text() for b in files.findChildren(QDialogButtonBox)[0].buttons()]
            assert all(w and foreign(w, "en" if lang == "ja" else "ja") for w in words), words
    finally:
        translations.install("en")
