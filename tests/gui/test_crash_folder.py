"""The crash dialog offers to open the folder of the report (the platform's log folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssw_desk.config import log_dir
from ssw_desk.gui import crash
from ssw_desk.gui.crash import CrashHandler


@pytest.mark.parametrize("choice", ["Open folder", "Close"])
def test_crash_dialog_opens_the_folder_on_request(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(crash, "open_crash_folder", lambda folder: opened.append(folder) or True)
    shown: list[str] = []

    def clerk_clicks(box: QMessageBox) -> int:  # instead of waiting for a real click
        shown.append(box.informativeText())
        button = next(b for b in box.buttons() if b.text() == choice)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", clerk_clicks)
    handler = CrashHandler(interactive=True).install()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            with qtbot.waitSignal(handler.crashed):
                handler._hook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    report = handler.reports[0]
    assert report.parent == log_dir() / "crashes"
    assert str(report) in shown[0]
    assert opened == ([report.parent] if choice == "Open folder" else [])
