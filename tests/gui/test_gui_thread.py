"""No database write on the GUI thread: decisions, notices, claims all run on workers.

A listener on the engine notes every write transaction that begins on the main thread while
the clerk flags, rejects, notes, copies and saves a notice, keeps and gives up a claim.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review.decision_dialogs import FlagDialog, NoteDialog, RejectDialog
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Event, Request
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def main_thread_writes(desk: Desk) -> Iterator[list[str]]:
    writes: list[str] = []
    main = threading.main_thread()

    def on_begin(conn: Any) -> None:
        if threading.current_thread() is main and not conn.get_execution_options().get(
            "ssw_read_only"
        ):
            writes.append("".join(traceback.format_stack(limit=40)))

    event.listen(desk.db.engine, "begin", on_begin)
    yield writes
    event.remove(desk.db.engine, "begin", on_begin)


@pytest.fixture
def window(desk: Desk, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    translations = Translations(qapp)
    translations.install("en")
    win = MainWindow(desk, translations)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    yield win


def _status(desk: Desk, request_id: int) -> str:
    with desk.db.read() as session:  # the test's own reads take no write transaction
        request = session.get(Request, request_id)
        return request.status if request is not None else ""


def _actions(desk: Desk, request_id: int) -> list[str]:
    with desk.db.read() as session:
        return list(
            session.execute(select(Event.action).where(Event.request_id == request_id)).scalars()
        )


def _open(qtbot: QtBot, win: MainWindow, request_id: int) -> None:
    win.queue.load()
    assert win.queue.select_id(request_id)
    qtbot.waitUntil(lambda: win.review.property("requestId") == request_id, timeout=10_000)
    qtbot.waitUntil(lambda: not win.review.is_busy(), timeout=10_000)


def test_decisions_notices_and_claims_never_write_on_the_gui_thread(
    qtbot: QtBot,
    desk: Desk,
    window: MainWindow,
    main_thread_writes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    flagged_id = store_request(desk).id
    rejected_id = store_request(desk, variant=1).id
    main_thread_writes.clear()  # the set-up wrote on this thread; the clerk's work starts here

    def flag(dialog: FlagDialog) -> int:
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.notice_box.notice is not None, timeout=10_000)
        dialog.notice_box.copy()  # logged: a write, through a worker
        dialog.notice_box.save_to(str(tmp_path / "notice.eml"))
        return 0

    def reject(dialog: RejectDialog) -> int:
        dialog.radios["before_window"].setChecked(True)
        dialog.reject_button.click()
        qtbot.waitUntil(lambda: dialog.notice_box.notice is not None, timeout=10_000)
        return 0

    def note(dialog: NoteDialog) -> int:
        dialog.edit.setPlainText("Called the applicant.")
        return NoteDialog.DialogCode.Accepted.value

    monkeypatch.setattr(FlagDialog, "exec", flag)
    monkeypatch.setattr(RejectDialog, "exec", reject)
    monkeypatch.setattr(NoteDialog, "exec", note)

    _open(qtbot, window, flagged_id)
    window._flag()
    qtbot.waitUntil(lambda: _status(desk, flagged_id) == "waiting_applicant")
    assert (tmp_path / "notice.eml").stat().st_size > 0
    window._beat()  # the claim's heartbeat
    qtbot.waitUntil(lambda: not window.tasks.tasks, timeout=10_000)

    _open(qtbot, window, rejected_id)
    window._panel_action("reject").trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: _status(desk, rejected_id) == "rejected")
    qtbot.waitUntil(lambda: not window.review.is_busy(), timeout=10_000)
    window._panel_action("note").trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "note.added" in _actions(desk, rejected_id))
    window.close()  # gives up the claim
    assert main_thread_writes == [], main_thread_writes[0]
    history = _actions(desk, flagged_id)
    assert "notice.opened" in history and "claim.claimed" in history
    assert "claim.released" in _actions(desk, rejected_id)
