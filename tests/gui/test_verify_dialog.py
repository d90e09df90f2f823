"""The verification dialog on a real desk: a genuine PDF, its code, a forged PDF; the photo on
the document beside the one the desk issued; and the issuer-key passphrase asked when issuing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtWidgets import QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ssw_desk.gui.tasks import TaskManager
from ssw_desk.gui.verify_dialog import VerifyDialog
from ssw_desk.services import report_keys, reports
from ssw_desk.services.context import Desk
from tests.conftest import ISSUER_PASSPHRASE
from tests.gui.test_report_dialog import _issue, _open, _request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_genuine_forged_and_code(qtbot: QtBot, desk: Desk, tmp_path: Path, issuer: str) -> None:
    issued = reports.issue(desk, request_id=_request(desk, tmp_path, approved=True))
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(issued.pdf)
    dialog = VerifyDialog(desk)
    qtbot.addWidget(dialog)
    dialog.verify_file(genuine)
    assert dialog.verdict.text().startswith("VALID")
    values = {
        dialog.items.item(r, 0).text(): dialog.items.item(r, 1).text()
        for r in range(dialog.items.rowCount())
    }
    assert values["name"] == "NGUYEN VAN AN" and values["score"] == "52"
    document, stored = dialog.document_photo.pixmap(), dialog.stored_photo.pixmap()
    assert not document.isNull() and not stored.isNull()
    assert document.toImage() == stored.toImage()

    writer = PdfWriter(clone_from=io.BytesIO(issued.pdf))
    writer.pages[0].mediabox.upper_right = (600, 842)
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as fh:
        writer.write(fh)
    dialog.verify_file(forged)
    assert dialog.verdict.text().startswith("INVALID") and "pdf.content_altered" in (
        dialog.verdict.text()
    )
    dialog.code_edit.setText(issued.code)
    dialog.verify_code()
    assert dialog.verdict.text().startswith("VALID")
    assert dialog.document_photo.pixmap().isNull()  # a code carries no photo, only its hash
    dialog.code_edit.setText("x" * 10_000)
    dialog.verify_code()
    assert dialog.verdict.text().startswith("Not a Score report or code.")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


def test_issuing_asks_the_passphrase_once(
    qtbot: QtBot,
    desk: Desk,
    tmp_path: Path,
    issuer: str,
    tasks: TaskManager,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request_id = _request(desk, tmp_path, approved=True)
    monkeypatch.delenv(report_keys.PASSPHRASE_ENV)
    report_keys.forget_unlocked()
    asked: list[object] = []

    def answer(*args: object, **_kw: object) -> tuple[str, bool]:
        asked.append(args[3])
        return ISSUER_PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = _open(qtbot, desk, request_id, tasks)
    serial = _issue(qtbot, dialog, monkeypatch)
    assert asked == [QLineEdit.EchoMode.Password]
    assert not report_keys.needs_passphrase()  # unlocked for the rest of the session
    check = reports.verify(desk, pdf=reports.report_pdf(desk, serial=serial))
    assert check.result == "valid"
