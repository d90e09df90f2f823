"""Admin screens: closure days, settings, notice texts, through the real services on a worker;
refusals (a dropped placeholder, a value outside its rule, a day already closed) are shown
as the sentence of the message table, and nothing is saved then."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk import messages
from ssw_desk.gui.admin import ClosuresDialog, NoticeTextsDialog, SettingsDialog
from ssw_desk.gui.admin.base import AdminDialog
from ssw_desk.gui.admin.settings import KeyRole
from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import closures, notices, settings_admin
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request

from .conftest import AddRequest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot: QtBot, make: Callable[[TaskManager], AdminDialog]) -> AdminDialog:
    tasks = TaskManager()
    dialog = make(tasks)
    tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    return dialog


def _settle(qtbot: QtBot, dialog: AdminDialog, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        action()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)


def test_closure_days_add_move_due_dates_and_refuse_twice(
    qtbot: QtBot, desk: Desk, add_request: AddRequest
) -> None:
    monday = date.today() + timedelta(days=7 - date.today().weekday() + 7)
    rid = add_request(due_date=None)
    dialog = _open(qtbot, lambda t: ClosuresDialog(desk, t))
    assert isinstance(dialog, ClosuresDialog)
    dialog.day_edit.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.note_edit.setText("office move")
    _settle(qtbot, dialog, dialog.add_button.click)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 0).text() == monday.isoformat()
    assert dialog.table.item(0, 1).text() == "office move"
    assert closures.list_closures(desk) == [(monday, "office move")]
    assert show_request(desk, request_id=rid).due_date is not None  # recomputed with the day
    _settle(qtbot, dialog, dialog.add_button.click)  # the same day again
    assert dialog.message.text() == messages.text("closure.exists", "en")
    dialog.table.selectRow(0)
    _settle(qtbot, dialog, dialog.remove_button.click)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert closures.list_closures(desk) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_settings_list_edit_and_refusal_sentence(
    qtbot: QtBot, qapp: QApplication, desk: Desk, lang: str
) -> None:
    translations = Translations(qapp)
    assert translations.install(lang)
    try:
        _settings_in(qtbot, desk, lang)
    finally:
        translations.install("en")


def _settings_in(qtbot: QtBot, desk: Desk, lang: str) -> None:
    dialog = _open(qtbot, lambda t: SettingsDialog(desk, t))
    assert isinstance(dialog, SettingsDialog)
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    keys = {top.data(0, KeyRole): top for top in tops if top is not None}
    assert {"intake", "photo", "notices", "report_serial"} <= set(keys)
    intake = keys["intake"]
    assert intake.text(0) == {"ja": "受付の規則", "en": "Intake rules"}[lang]
    assert intake.text(2) == messages.text("setting_summary.intake", lang)
    assert dialog.choose("intake.max_file_mb")
    field = dialog.tree.currentItem()
    assert field is not None
    assert field.text(0) == {"ja": "ファイルの上限（MB）", "en": "File size limit (MB)"}[lang]
    assert field.text(2) == {"ja": "数値、0より大きく100以下",
                             "en": "number, greater than 0 and at most 100"}[lang]  # fmt: skip
    assert dialog.field_label.text() == field.text(0)
    dialog.value_edit.setText("-3")
    _settle(qtbot, dialog, dialog.save_button.click)
    assert (
        dialog.message.text()
        == {
            "ja": "設定「ファイルの上限（MB）」（intake.max_file_mb）の値が規則に合いません"
            "（規則：0より大きく100以下）。",
            "en": "The setting “File size limit (MB)” (intake.max_file_mb) was refused:"
            " it must be greater than 0 and at most 100.",
        }[lang]
    )
    assert settings_admin.get_setting(desk, key="intake").value["max_file_mb"] == 5  # type: ignore[index]
    dialog.value_edit.setText("8")
    _settle(qtbot, dialog, dialog.save_button.click)
    assert dialog.message.text() == {"ja": "保存しました。", "en": "Saved."}[lang]
    assert settings_admin.get_setting(desk, key="intake").value["max_file_mb"] == 8  # type: ignore[index]
    qtbot.waitUntil(lambda: dialog.chosen_name() == "intake.max_file_mb", timeout=5000)
    assert float(dialog.tree.currentItem().text(1)) == 8  # type: ignore[union-attr]
    assert not dialog.choose("report_signing.key")  # secret: not editable, value hidden
    assert dialog.choose("photo.head_ratio_max")
    dialog.value_edit.setText("0.4")  # below the lowest head height: the rule between fields
    _settle(qtbot, dialog, dialog.save_button.click)
    low, high = (
        "頭部の高さの下限（写真の高さに対する割合）",
        "頭部の高さの上限（写真の高さに対する割合）",
    )
    low_en, high_en = "Head height: lowest", "Head height: highest"
    share = " (share of the photo height)"
    expected = {
        "ja": f"設定「{low}、{high}」（photo.head_ratio_min, photo.head_ratio_max）の値が"
        f"規則に合いません（規則：「{low}」が「{high}」より小さいこと）。",
        "en": f"The setting “{low_en}{share}, {high_en}{share}”"
        " (photo.head_ratio_min, photo.head_ratio_max) was refused:"
        f" it must be “{low_en}{share}” less than “{high_en}{share}”.",
    }
    assert dialog.message.text() == expected[lang]


def test_notice_text_dropping_a_placeholder_is_refused_in_words(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, lambda t: NoticeTextsDialog(desk, t))
    assert isinstance(dialog, NoticeTextsDialog)
    assert dialog.choose("file.size")
    assert "{max_mb}" in dialog.ja_edit.toPlainText()
    dialog.ja_edit.setPlainText("添付ファイルが大きすぎます。")
    _settle(qtbot, dialog, dialog.save_button.click)
    assert dialog.message.text() == messages.text(
        "catalogue.placeholder_missing",
        "en",
        {"entry": "file.size.ja", "placeholder": "{max_mb}"},
    )
    assert "{max_mb}" in notices.get_catalogue(desk, raw=True).entries["file.size"].ja
    dialog.ja_edit.setPlainText("ファイルが大きすぎます。{max_mb}MB未満にしてください。")
    _settle(qtbot, dialog, dialog.save_button.click)
    assert dialog.message.text() == "Saved."
    saved = notices.get_catalogue(desk, raw=True).entries["file.size"].ja
    assert saved == "ファイルが大きすぎます。{max_mb}MB未満にしてください。"
