"""The quarantine in the desk: list with reasons in words, raw text, retry, export; and the
shortcuts help listing every action."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.quarantine_dialog import QuarantineDialog
from ssw_desk.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from ssw_desk.services import analysis
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.quarantine import list_quarantine
from tests.services.mails import request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARKUP = b"<b>bold</b> <img src='x.png'> <b>not bold</b>\r\n"  # no header: not an e-mail


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.install("en")


@pytest.fixture
def quarantined(desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Three messages in quarantine: empty, not an e-mail (with tags), a good one a bug stopped."""
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "<b>bold<img src=x.png>.eml").write_bytes(MARKUP)
    import_paths(desk, paths=[tmp_path / "empty.eml", tmp_path / "<b>bold<img src=x.png>.eml"])
    good = tmp_path / "good.eml"
    good.write_bytes(request_mail())

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("fixed by the next update")

    with monkeypatch.context() as patch:
        patch.setattr(analysis, "analyse", broken)
        import_paths(desk, paths=[good])
    items = list_quarantine(desk)
    assert len(items) == 3
    return {Path(i.origin).name: i.id for i in items}


def _dialog(qtbot: QtBot, desk: Desk, window: MainWindow) -> QuarantineDialog:
    dialog = window.show_quarantine()
    assert isinstance(dialog, QuarantineDialog)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def window(desk: Desk, qtbot: QtBot, translations: Translations) -> MainWindow:
    win = MainWindow(desk, translations)
    qtbot.addWidget(win)
    win.show()
    win.queue.load()
    return win


@pytest.mark.parametrize(
    ("lang", "empty_reason"),
    [("ja", "ファイルが空です"), ("en", "The file is empty")],
)
def test_the_list_gives_each_reason_as_a_sentence(
    qtbot: QtBot,
    desk: Desk,
    quarantined: dict[str, int],
    window: MainWindow,
    translations: Translations,
    lang: str,
    empty_reason: str,
) -> None:
    translations.install(lang)
    dialog = _dialog(qtbot, desk, window)
    assert dialog.table.rowCount() == 3
    reasons = {dialog.table.item(r, 2).text(): dialog.table.item(r, 3).text() for r in range(3)}
    assert reasons["empty.eml"].startswith(empty_reason)
    assert "mail.empty" not in reasons["empty.eml"]  # the code only in the tooltip
    # A file name with tags is a plain-text table item: shown as typed, never drawn as markup.
    assert "<b>bold<img src=x.png>.eml" in reasons
    row = list(reasons).index("<b>bold<img src=x.png>.eml")
    assert "&lt;img" in dialog.table.item(row, 2).toolTip()  # the tooltip escapes it too


def test_the_raw_message_is_shown_as_plain_text(
    qtbot: QtBot, desk: Desk, quarantined: dict[str, int], window: MainWindow
) -> None:
    dialog = _dialog(qtbot, desk, window)
    row = [dialog.table.item(r, 2).text() for r in range(3)].index("<b>bold<img src=x.png>.eml")
    dialog.select_row(row)
    dialog.view_button.click()
    qtbot.waitUntil(lambda: "<img src='x.png'>" in dialog.raw.toPlainText(), timeout=10_000)
    assert "<b>not bold</b>" in dialog.raw.toPlainText()  # the tags themselves, as text


def test_retry_imports_what_an_update_fixed_and_the_queue_shows_it(
    qtbot: QtBot, desk: Desk, quarantined: dict[str, int], window: MainWindow
) -> None:
    assert window.queue.model.rowCount() == 0
    dialog = _dialog(qtbot, desk, window)
    with qtbot.waitSignal(dialog.retried, timeout=60_000) as blocker:
        dialog.retry_all_button.click()
    result = blocker.args[0]
    assert list(result.imported) == [quarantined["good.eml"]]
    assert dialog.table.rowCount() == 2  # the bad ones stay, with their reasons
    assert "1" in dialog.status.text()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)


def test_export_writes_the_raw_bytes(
    qtbot: QtBot, desk: Desk, quarantined: dict[str, int], window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, desk, window)
    out = tmp_path / "out.eml"
    dialog.export_to(quarantined["<b>bold<img src=x.png>.eml"], out)
    qtbot.waitUntil(out.is_file, timeout=10_000)
    assert out.read_bytes() == MARKUP


@pytest.mark.parametrize(("lang", "reject"), [("ja", "却下"), ("en", "Reject")])
def test_the_shortcuts_help_lists_every_action(
    qtbot: QtBot, desk: Desk, translations: Translations, lang: str, reject: str
) -> None:
    translations.install(lang)
    window = MainWindow(desk, translations)
    qtbot.addWidget(window)
    keys = {name: window._panel_action(name) for name in ("reject", "note", "report", "overlay")}
    for action in keys.values():
        assert action is not None and not action.shortcut().isEmpty()
        assert action in window.actions()  # window-wide, wherever the focus is
    assert window.act_shortcuts.shortcuts() == [QKeySequence("F1"), QKeySequence("Ctrl+/")]
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = dict(dialog.rows)
    assert any(reject in name for name in listed)
    every = shortcut_rows(window.actions())
    assert dialog.rows == every and len(every) >= 14
    dialog.close()


def test_the_report_and_overlay_keys_trigger_their_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    overlay = window._panel_action("overlay")
    assert overlay is not None
    before = overlay.isChecked()
    window.activateWindow()
    qtbot.keyClick(window, "G", modifier=QKeySequence("Ctrl+Shift+G")[0].keyboardModifiers())
    qtbot.waitUntil(lambda: overlay.isChecked() != before, timeout=2_000)
