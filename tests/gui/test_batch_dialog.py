"""The batch issue dialog: progress, one refusal listed in words while the others are issued,
cancel, and printing the issued reports (to a PDF printer, read back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ssw_desk import messages
from ssw_desk.gui.batch_dialog import BatchIssueDialog
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from tests.services.test_reports import _approved, _request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _dialog(qtbot: QtBot, desk: Desk, requests: list[tuple[int, str]]) -> BatchIssueDialog:
    tasks = TaskManager()
    dialog = BatchIssueDialog(desk, tasks, requests)
    tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_refused_one_is_listed_and_the_others_issued_and_printed(
    qtbot: QtBot, desk: Desk, tmp_path: Path, issuer: str
) -> None:
    good = _approved(desk, tmp_path)
    waiting = _request(desk, tmp_path, exam_number="M2301000124")
    ref_w, ref_g = (show_request(desk, request_id=i).reference for i in (waiting, good))
    dialog = _dialog(qtbot, desk, [(waiting, ref_w), (good, ref_g)])
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.printer = printer
    dialog.send_box.setChecked(False)
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.run(dialog.chosen())
    lines = [dialog.outcome.item(i).text() for i in range(dialog.outcome.count())]
    serial = dialog.batch_result.issued[0].serial  # type: ignore[union-attr]
    assert lines[0] == f"{ref_g}: issued, serial {serial}"
    assert lines[1] == f"{ref_w}: not issued: " + messages.text("report.not_approved", "en")
    assert lines[2].startswith("Printed: 1 page")
    assert dialog.progress.value() == 2
    assert show_request(desk, request_id=good).status == "issued"
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == 1


def test_unticked_requests_are_left_and_cancel_stops(
    qtbot: QtBot, desk: Desk, tmp_path: Path, issuer: str
) -> None:
    ids = [_approved(desk, tmp_path), _approved(desk, tmp_path)]
    dialog = _dialog(qtbot, desk, [(ids[0], "SR-1"), (ids[1], "SR-2")])
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [ids[0]]
    task = dialog.run([ids[0], ids[1]])
    dialog.cancel()  # before the worker reaches the first request, or between the two
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    result = dialog.batch_result
    assert result is not None and result.cancelled
    assert len(result.issued) + len(result.not_tried) == 2
    lines = [dialog.outcome.item(i).text() for i in range(dialog.outcome.count())]
    assert any(line.startswith("Cancelled:") for line in lines)
