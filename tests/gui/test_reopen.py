"""Reopening a decision from the review panel: offered on approved and rejected requests only,
needs a reason, goes through the real service and lands in the history."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.decision_dialogs import ApproveDialog
from ssw_desk.gui.review.reopen_dialog import ReopenDialog
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_reopen_an_approval_with_a_reason(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = store_request(desk)
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.set_request(show_request(desk, request_id=stored.id))
    assert not panel.review_actions()["reopen"].isEnabled()  # a new request: nothing to reopen
    monkeypatch.setattr(
        ApproveDialog, "exec", lambda d: ([e.setText("seen") for e in d.reasons.values()], 1)[1]
    )
    panel.approve()
    assert show_request(desk, request_id=stored.id).status == "approved"
    action = panel.review_actions()["reopen"]
    assert action.isEnabled() and panel.bar.reopen_button.isVisibleTo(panel)

    def run(dialog: ReopenDialog) -> int:
        assert not dialog.reopen_button.isEnabled()  # no reason, no reopening
        dialog.edit.setPlainText("   ")
        assert not dialog.reopen_button.isEnabled()
        dialog.edit.setPlainText("Roster corrected by the exam office")
        assert dialog.reopen_button.isEnabled()
        return ReopenDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReopenDialog, "exec", run)
    with qtbot.waitSignal(panel.decided) as blocker:
        action.trigger()
    assert blocker.args == [stored.id, "reopened"]
    after = show_request(desk, request_id=stored.id)
    assert after.status == "resubmitted"
    reopened = [e.detail for e in after.history if e.action == "request.reopened"]
    assert reopened and reopened[0]["reason"] == "Roster corrected by the exam office"
    assert not panel.review_actions()["reopen"].isEnabled()


def test_cancelled_reopen_changes_nothing(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = store_request(desk)
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.set_request(show_request(desk, request_id=stored.id))
    monkeypatch.setattr(
        ApproveDialog, "exec", lambda d: ([e.setText("seen") for e in d.reasons.values()], 1)[1]
    )
    panel.approve()
    monkeypatch.setattr(ReopenDialog, "exec", lambda d: ReopenDialog.DialogCode.Rejected.value)
    panel.reopen()
    assert show_request(desk, request_id=stored.id).status == "approved"
