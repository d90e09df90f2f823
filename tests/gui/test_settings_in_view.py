"""The review screen follows the stored settings: the checks tab and the flag preview.

The admin's change goes through the same service the command line calls
(``ssw-desk settings set``); the widgets are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.decision_dialogs import FlagDialog
from ssw_desk.gui.review.findings_view import CodeRole, FindingsView
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import RequestView, show_request
from ssw_desk.services.settings_admin import set_setting
from tests.gui.test_review_data import store_request
from tests.services.mails import request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _rows(view: FindingsView, root: QTreeWidgetItem, code: str) -> list[QTreeWidgetItem]:
    return [i for i in view.items_of(root) if i.data(0, CodeRole) == code]


def _face(view: RequestView) -> int:
    return next(a.size for a in view.attachments if a.role == "face_photo")


def test_checks_tab_follows_the_size_limit(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "request.eml").write_bytes(request_mail())
    (request_id,) = import_paths(desk, paths=[tmp_path / "request.eml"]).requests
    widget = FindingsView()
    qtbot.addWidget(widget)
    view = show_request(desk, request_id=request_id)
    widget.set_request(view)
    (check,) = _rows(widget, widget.checks_root, "file.size")
    assert check.text(0).endswith("Pass") and check.text(4) == "under 5 MB"

    limit = round(_face(view) / 2 / 1024 / 1024, 4)
    set_setting(desk, name="intake.max_file_mb", value=str(limit))
    view = show_request(desk, request_id=request_id)
    widget.set_request(view)
    shown = f"{limit:.4f}".rstrip("0").rstrip(".")
    assert shown != "0"
    (check,) = _rows(widget, widget.checks_root, "file.size")
    assert check.text(0).endswith("Fail") and check.text(4) == f"under {shown} MB"
    # The intake finding says the same, as a sentence with the size and the limit.
    findings = _rows(widget, widget.findings_root, "file.size")
    assert findings and all(f"(limit: under {shown} MB)" in f.text(1) for f in findings)
    assert any(f.text(1).startswith("File size ") for f in findings)


def test_flag_preview_uses_the_stored_sender_and_numbers(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = store_request(desk)
    set_setting(desk, name="notices.signature_en", value="Exam Desk, Room 3")
    set_setting(desk, name="intake.max_file_mb", value="3")
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.set_request(show_request(desk, request_id=stored.id))
    previews: list[str] = []

    def run(dialog: FlagDialog) -> int:
        dialog.set_checked("file.size", True)
        previews.append(dialog.notice_box.text.toPlainText())
        return 0

    monkeypatch.setattr(FlagDialog, "exec", run)
    panel.flag()
    (preview,) = previews
    assert "Exam Desk, Room 3" in preview  # the stored signature, not the default one
    assert "3MB未満" in preview and "under 3 MB" in preview
    assert "5MB" not in preview and "5 MB" not in preview


def test_one_sentence_per_code_in_every_window() -> None:
    """The report dialog, the review panel and the main window word a refusal alike."""
    from ssw_desk import messages
    from ssw_desk.errors import DeskError
    from ssw_desk.gui.i18n import error_message
    from ssw_desk.gui.review.texts import error_text

    for code in ("report.photo_unreadable", "request.not_found", "decision.no_items"):
        sentence = messages.text(code, "en")
        assert error_text(code) == sentence
        assert error_message(DeskError(code)) == sentence
    assert "report.photo_unreadable" not in error_text("report.photo_unreadable")
