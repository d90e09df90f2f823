"""Decisions from the review panel, through the real decision services."""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ssw_desk.domain.deficiencies import DEFAULT_CATALOGUE
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.decision_dialogs import ApproveDialog, FlagDialog, NoteDialog, RejectDialog
from ssw_desk.gui.review.panel import failing_codes
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import RequestView, show_request
from ssw_desk.services.settings import default_catalogue
from tests.gui.test_review_data import StoredRequest, store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def stored(desk: Desk) -> StoredRequest:
    return store_request(desk)


@pytest.fixture
def view(desk: Desk, stored: StoredRequest) -> RequestView:
    return show_request(desk, request_id=stored.id)


@pytest.fixture
def panel(qtbot: QtBot, desk: Desk, view: RequestView) -> ReviewPanel:
    widget = ReviewPanel(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.set_request(view)
    return widget


def history(desk: Desk, request_id: int) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.detail) for e in show_request(desk, request_id=request_id).history]


def test_approve_is_disabled_while_findings_fail(panel: ReviewPanel, view: RequestView) -> None:
    assert failing_codes(view) == ["roster.name", "file.format"]
    actions = panel.review_actions()
    assert not actions["approve"].isEnabled() and not panel.bar.approve_button.isEnabled()
    assert actions["override"].isEnabled() and panel.bar.override_button.isVisibleTo(panel)


def test_override_dialog_needs_a_reason_per_failing_code(qtbot: QtBot) -> None:
    dialog = ApproveDialog("SR-1", ["roster.name", "file.format"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reasons["roster.name"].setText("Card shows ANH; roster typo confirmed by phone")
    assert not dialog.ok_button.isEnabled()
    dialog.reasons["file.format"].setText("   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no reason
    dialog.reasons["file.format"].setText("Back of card not needed; HEIC viewed converted")
    assert dialog.ok_button.isEnabled()
    assert set(dialog.overrides()) == {"roster.name", "file.format"}


def test_passed_exam_cannot_be_overridden(qtbot: QtBot) -> None:
    dialog = ApproveDialog("SR-1", ["eligibility.not_passed"])
    qtbot.addWidget(dialog)
    dialog.reasons["eligibility.not_passed"].setText("anything")
    assert not dialog.ok_button.isEnabled()


def test_approve_with_overrides_goes_through_the_service(
    panel: ReviewPanel, desk: Desk, stored: StoredRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ApproveDialog) -> int:
        for code, edit in dialog.reasons.items():
            edit.setText(f"checked {code} by hand")
        assert dialog.ok_button.isEnabled()
        return ApproveDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ApproveDialog, "exec", fill)
    decided: list[tuple[int, str]] = []
    panel.decided.connect(lambda i, a: decided.append((i, a)))
    panel.review_actions()["override"].trigger()
    assert decided == [(stored.id, "approved")]
    assert panel.request() is not None and panel.request().status == "approved"  # type: ignore[union-attr]
    approved = [d for a, d in history(desk, stored.id) if a == "request.approved"]
    overrides = approved[0]["overrides"]
    assert isinstance(overrides, dict) and set(overrides) == {"roster.name", "file.format"}
    assert panel.tabs.history.topLevelItemCount() > 0


def test_flag_dialog_lists_findings_and_catalogue_and_writes_the_notice(
    qtbot: QtBot,
    panel: ReviewPanel,
    desk: Desk,
    stored: StoredRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    seen: list[FlagDialog] = []

    def run(dialog: FlagDialog) -> int:
        seen.append(dialog)
        listed = dialog.listed_codes()
        assert listed[:2] == ["roster.name", "file.format"]  # the findings first
        assert set(listed) >= {e.code for e in DEFAULT_CATALOGUE.items()}  # then the catalogue
        assert dialog.codes() == ["roster.name", "file.format"]  # failing ones ticked
        assert "photo.background" in listed[:3]  # a warn: suggested, not ticked
        dialog.set_checked("file.format", False)
        dialog.set_checked("photo.background", True)
        dialog.extra.setPlainText("Please send the back of the card as JPG.")
        preview = dialog.notice_box.text.toPlainText()
        assert DEFAULT_CATALOGUE.entries["roster.name"].ja in preview  # bilingual preview
        assert DEFAULT_CATALOGUE.entries["roster.name"].en in preview
        assert "Please send the back of the card as JPG." in preview
        dialog.create_button.click()
        assert dialog.notice_box.notice is not None
        assert dialog.notice_box.copy_button.isEnabled()
        dialog.notice_box.copy()
        assert QGuiApplication.clipboard().text() == dialog.notice_box.notice.text
        dialog.notice_box.save_to(str(tmp_path / "notice.eml"))
        return 0

    monkeypatch.setattr(FlagDialog, "exec", run)
    panel.flag()
    notice = seen[0].notice_box.notice
    assert notice is not None and notice.status == "waiting_applicant"
    message = email.message_from_bytes((tmp_path / "notice.eml").read_bytes())
    assert message["Subject"] and "SR-2025-00042" in str(message["Subject"])
    assert seen[0].buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    flagged = [d for a, d in history(desk, stored.id) if a == "request.flagged"]
    assert flagged[0]["codes"] == ["roster.name", "photo.background"]
    purposes = [d["purpose"] for a, d in history(desk, stored.id) if a == "notice.opened"]
    assert purposes == ["copy", "export"]  # every copy and export of the notice is logged
    assert panel.request().status == "waiting_applicant"  # type: ignore[union-attr]
    assert "paused" in panel.header.dates.text()


def test_reject_chooses_a_reason_and_closes_the_request(
    panel: ReviewPanel, desk: Desk, stored: StoredRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(dialog: RejectDialog) -> int:
        assert list(dialog.radios) == ["passed", "before_window", "test_vendor", "undefined_period"]
        assert dialog.reason() is None and not dialog.reject_button.isEnabled()
        dialog.radios["before_window"].setChecked(True)
        dialog.reject_button.click()
        assert dialog.notice_box.notice is not None
        wanted = default_catalogue().entries["before_window"].en  # with the settings' dates
        assert "7 July 2025" in wanted
        assert wanted in dialog.notice_box.text.toPlainText()
        return 0

    monkeypatch.setattr(RejectDialog, "exec", run)
    panel.reject()
    assert panel.request().status == "rejected"  # type: ignore[union-attr]
    actions = panel.review_actions()
    assert not any(actions[k].isEnabled() for k in ("approve", "override", "flag", "reject"))
    assert actions["note"].isEnabled()


def test_note_is_added_to_the_history(
    panel: ReviewPanel, desk: Desk, stored: StoredRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(dialog: NoteDialog) -> int:
        assert not dialog.save_button.isEnabled()
        dialog.edit.setPlainText("Called the applicant: new photo coming.")
        assert dialog.save_button.isEnabled()
        return NoteDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NoteDialog, "exec", run)
    panel.note()
    notes = [d for a, d in history(desk, stored.id) if a == "note.added"]
    assert [n["text"] for n in notes] == ["Called the applicant: new photo coming."]
    assert notes[0]["revision"] == 1  # stored at revision 0; the note is the next change
    tree = panel.tabs.history
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    texts = [item.text(3) for item in items if item is not None]
    assert "Called the applicant: new photo coming." in texts


def test_service_errors_are_shown_not_raised(
    panel: ReviewPanel, desk: Desk, stored: StoredRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another clerk issued the report meanwhile: the service refuses, the bar explains.
    from ssw_desk.storage.models import Request

    with desk.db.begin() as session:
        session.get(Request, stored.id).status = "issued"  # type: ignore[union-attr]
    monkeypatch.setattr(NoteDialog, "exec", lambda d: (d.edit.setPlainText("x"), 1)[1])
    failures: list[str] = []
    panel.failed.connect(failures.append)
    monkeypatch.setattr(
        ApproveDialog, "exec", lambda d: ([e.setText("r") for e in d.reasons.values()], 1)[1]
    )
    panel.approve()
    assert failures and "issued" in failures[0]
    assert "issued" in panel.bar.status.text()
