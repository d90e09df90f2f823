"""The Score report dialog on a real SQLite desk, through the real services: preview, issue,
save, print, reply e-mail, reissue and refusals."""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssw_desk.gui import report_dialog
from ssw_desk.gui.report_dialog import ReportDialog
from ssw_desk.gui.review.texts import error_text
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import reports
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import approve
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from tests.services.mails import ROSTER_CSV, request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _request(desk: Desk, tmp_path: Path, *, approved: bool) -> int:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    import_roster(desk, path=roster)
    mail = tmp_path / "request.eml"
    mail.write_bytes(request_mail())
    request_id = import_paths(desk, paths=[mail]).requests[0]
    if approved:
        view = show_request(desk, request_id=request_id)
        reasons = {f["code"]: "checked by hand" for f in view.findings if f["status"] == "fail"}
        approve(desk, request_id=request_id, overrides=reasons)
    return request_id


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _open(qtbot: QtBot, desk: Desk, request_id: int, tasks: TaskManager) -> ReportDialog:
    dialog = ReportDialog(desk, request_id, tasks, reference="SR-TEST")
    qtbot.addWidget(dialog)
    # the preview arrives from the task manager once the event loop runs
    with qtbot.waitSignal(dialog.stateChanged, timeout=30_000):
        pass
    return dialog


def _pages(dialog: ReportDialog, qtbot: QtBot) -> int:
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog.document.pageCount()


def _issue(qtbot: QtBot, dialog: ReportDialog, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as blocker:
        dialog.issue_button.click()
    qtbot.waitUntil(lambda: not dialog.reissue_button.isHidden() and dialog.save_button.isEnabled())
    return str(blocker.args[0])


@pytest.fixture
def approved(desk: Desk, tmp_path: Path, issuer: str) -> int:
    return _request(desk, tmp_path, approved=True)


def test_shows_the_preview(qtbot: QtBot, desk: Desk, approved: int, tasks: TaskManager) -> None:
    dialog = _open(qtbot, desk, approved, tasks)
    assert _pages(dialog, qtbot) >= 1
    assert dialog.shown is not None and dialog.serial is None
    assert "PREVIEW" in "".join(PdfReader(io.BytesIO(dialog.shown.pdf)).pages[0].extract_text())
    assert dialog.issue_button.isEnabled() and dialog.reissue_button.isHidden()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert reports.current_serial(desk, request_id=approved) is None


def test_issue_then_save_verifies(
    qtbot: QtBot,
    desk: Desk,
    approved: int,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(qtbot, desk, approved, tasks)
    issued = []
    dialog.issued.connect(issued.append)
    serial = _issue(qtbot, dialog, monkeypatch)
    assert serial.endswith("-000001") and issued == [serial]
    assert reports.current_serial(desk, request_id=approved) == serial
    assert show_request(desk, request_id=approved).status == "issued"
    assert dialog.issue_button.isHidden() and dialog.reissue_button.isEnabled()
    assert dialog.print_button.isEnabled() and dialog.reply_button.isEnabled()
    assert _pages(dialog, qtbot) == 1
    assert serial in dialog.caption.text()

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(dialog.stateChanged, timeout=30_000):
        dialog.save_button.click()
    check = reports.verify(desk, pdf=target.read_bytes())
    assert (check.status, check.serial) == ("valid", serial)


def test_an_issued_report_is_shown_again(
    qtbot: QtBot, desk: Desk, approved: int, tasks: TaskManager
) -> None:
    serial = reports.issue(desk, request_id=approved).serial
    dialog = _open(qtbot, desk, approved, tasks)
    assert dialog.serial == serial and _pages(dialog, qtbot) == 1
    assert dialog.issue_button.isHidden() and dialog.reissue_button.isEnabled()


def test_print_renders_one_page(
    qtbot: QtBot,
    desk: Desk,
    approved: int,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reports.issue(desk, request_id=approved)
    dialog = _open(qtbot, desk, approved, tasks)
    _pages(dialog, qtbot)
    out = tmp_path / "printed.pdf"

    class AcceptingPrintDialog:
        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(report_dialog, "QPrintDialog", AcceptingPrintDialog)
    dialog.print_button.click()
    assert len(PdfReader(out).pages) == 1
    assert out.stat().st_size > 50_000  # a rasterised page, not an empty one


def test_reissue_needs_a_reason(
    qtbot: QtBot,
    desk: Desk,
    approved: int,
    tasks: TaskManager,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = reports.issue(desk, request_id=approved).serial
    dialog = _open(qtbot, desk, approved, tasks)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("  ", True))
    with qtbot.waitSignal(dialog.stateChanged, timeout=30_000):
        dialog.reissue_button.click()
    assert dialog.message.text() == error_text("report.reissue_needs_reason")
    assert reports.current_serial(desk, request_id=approved) == first

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("name misspelt", True))
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as blocker:
        dialog.reissue_button.click()
    assert blocker.args[0] == dialog.serial != first
    assert reports.verify(desk, pdf=reports.report_pdf(desk, serial=first)).status == "superseded"
    assert first in dialog.message.text()


def test_reply_mail_is_saved_with_the_request(
    qtbot: QtBot,
    desk: Desk,
    approved: int,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serial = reports.issue(desk, request_id=approved).serial
    dialog = _open(qtbot, desk, approved, tasks)
    with qtbot.waitSignal(dialog.stateChanged, timeout=30_000):
        dialog.reply_button.click()
    mail = dialog.mail_dialog
    qtbot.addWidget(mail)
    message = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert serial in str(message["Subject"])
    assert [p.get_filename() for p in message.iter_attachments()] == [f"score-report-{serial}.pdf"]
    mail.copy_button.click()
    assert serial in QGuiApplication.clipboard().text()
    target = tmp_path / "reply.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    mail.save_button.click()
    assert target.read_bytes() == mail.raw
    history = [e.action for e in show_request(desk, request_id=approved).history]
    assert history.count("report.mailed") == 1
    dialog.reply_button.click()  # the same e-mail again, not a second one
    assert [e.action for e in show_request(desk, request_id=approved).history].count(
        "report.mailed"
    ) == 1


def test_refusal_names_the_reason(
    qtbot: QtBot, desk: Desk, tmp_path: Path, tasks: TaskManager
) -> None:
    request_id = _request(desk, tmp_path, approved=False)
    dialog = _open(qtbot, desk, request_id, tasks)
    assert dialog.message.text() == error_text("report.not_approved")
    assert dialog.document.pageCount() == 0
    assert not dialog.issue_button.isEnabled() and not dialog.save_button.isEnabled()


def test_review_panel_opens_the_dialog_and_reloads_after_issuing(
    qtbot: QtBot, desk: Desk, approved: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssw_desk.gui.review import ReviewPanel

    panel = ReviewPanel(desk)  # no task manager: service calls run synchronously
    qtbot.addWidget(panel)
    panel.set_request(show_request(desk, request_id=approved))
    assert panel.bar.report_button.isEnabled()

    def issue_and_close(dialog: ReportDialog) -> int:
        dialog._issue(None)  # what Issue… does once confirmed
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReportDialog, "exec", issue_and_close)
    with qtbot.waitSignal(panel.decided) as blocker:
        panel.bar.report_action.trigger()
    assert blocker.args == [approved, "issued"]
    view = panel.request()
    assert view is not None and view.status == "issued"
    assert panel.bar.report_button.isEnabled()  # to print or reissue later


def test_review_panel_report_button_needs_approval(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    from ssw_desk.gui.review import ReviewPanel

    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    request_id = _request(desk, tmp_path, approved=False)
    panel.set_request(show_request(desk, request_id=request_id))
    assert not panel.bar.report_button.isEnabled()


def test_the_dialog_fits_a_768_pixel_high_screen_with_its_buttons_visible(
    qtbot: QtBot, desk: Desk, approved: int, tasks: TaskManager
) -> None:
    dialog = _open(qtbot, desk, approved, tasks)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    # A 1366 x 768 laptop with its task bar: the dialog may be made this small.
    assert dialog.minimumSizeHint().height() <= 768 - 100
    assert dialog.minimumSizeHint().width() <= 1366
    dialog.show()
    for size in ((1300, 668), (900, 600)):
        dialog.resize(*size)
        qtbot.waitUntil(lambda size=size: dialog.height() == size[1])
        for button in (dialog.issue_button, dialog.close_button, dialog.print_button):
            bottom = button.mapTo(dialog, button.rect().bottomRight())
            assert 0 < bottom.y() <= dialog.height() and bottom.x() <= dialog.width()
