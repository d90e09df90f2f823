"""A clerk's day, end to end through the real window and the real services: import by drag and
drop, review, flag the deficiency, the applicant's correction arrives and joins, approve, issue.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.decision_dialogs import FlagDialog
from ssw_desk.services.context import Desk
from ssw_desk.services.notices import list_notices
from ssw_desk.services.roster import import_roster
from tests.gui.test_app import drop
from tests.services.mails import ROSTER_CSV, request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _import(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        assert drop(window, [path]) == (True, True)
    assert finished.args[0].imported == 1


def _panel(window: MainWindow) -> ReviewPanel:
    assert isinstance(window.review, ReviewPanel)
    return window.review


def test_import_review_flag_resubmit_approve(
    desk: Desk, qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_roster(desk, data=ROSTER_CSV.encode())
    translations = Translations(qapp)
    translations.install("en")
    window = MainWindow(desk, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.queue.load()

    # 1. The request arrives without its face photo: dropped on the window.
    first = tmp_path / "request.eml"
    first.write_bytes(request_mail(message_id="<req-1@example.com>", attach_face=False))
    _import(window, qtbot, first)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)

    # 2. Review: choose it with the keyboard shortcut; the panel shows it with its finding.
    window.act_next.trigger()
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.request() is not None, timeout=10_000)
    view = panel.request()
    assert view is not None
    assert view.fields["name"] == "NGUYEN VAN AN"
    failing = [f["code"] for f in view.findings if f["status"] == "fail"]
    assert failing == ["attachments.face_photo"]
    assert not panel.bar.approve_button.isEnabled()

    # 3. Flag: the checklist comes ticked from the findings; write the notice.
    def write_notice(dialog: FlagDialog) -> int:
        assert dialog.codes() == ["attachments.face_photo"]
        dialog.create_button.click()
        # the clerk reads the notice written in the background, then closes the dialog
        qtbot.waitUntil(lambda: dialog.notice_box.notice is not None, timeout=10_000)
        return 0

    monkeypatch.setattr(FlagDialog, "exec", write_notice)
    window.act_flag.trigger()  # Ctrl+Shift+F
    qtbot.waitUntil(
        lambda: panel.request() is not None and panel.request().status == "waiting_applicant",
        timeout=10_000,
    )
    notices = list_notices(desk, request_id=view.id)
    assert len(notices) == 1

    # 4. The applicant answers the notice with the photo: it joins the request as version 2.
    notice_id = notices[0].message_id
    reply = tmp_path / "reply.eml"
    reply.write_bytes(
        request_mail(
            message_id="<req-2@example.com>",
            in_reply_to=f"<{notice_id}>",
            subject=f"Re: {view.reference}",
            body="写真を添付します。",
            attach_card=False,
        )
    )
    _import(window, qtbot, reply)
    assert window.queue.model.rowCount() == 1
    # the request on screen is reloaded by itself
    qtbot.waitUntil(
        lambda: panel.request() is not None and len(panel.request().versions) == 2,
        timeout=10_000,
    )
    view = panel.request()
    assert view is not None and view.status == "resubmitted"
    assert not [f for f in view.findings if f["status"] == "fail"]

    # 5. Approve: the button is enabled now; the request is approved and the history says who.
    assert panel.bar.approve_button.isEnabled()
    monkeypatch.setattr("ssw_desk.gui.review.panel.ApproveDialog.exec", lambda self: 1)
    panel.bar.approve_button.click()
    qtbot.waitUntil(
        lambda: panel.request() is not None and panel.request().status == "approved",
        timeout=10_000,
    )
    actions = [e.action for e in panel.request().history]  # type: ignore[union-attr]
    for action in (
        "request.created",
        "request.flagged",
        "request.resubmitted",
        "request.approved",
    ):
        assert action in actions
