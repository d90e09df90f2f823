"""An unreachable database: a message box with a sentence, in both languages, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ssw_desk import cli
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A port nothing listens on (the connection is refused at once).
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/none?connect_timeout=3"


def test_opening_an_unreachable_database_raises_a_coded_error() -> None:
    with pytest.raises(DeskError) as caught:
        Desk.open(UNREACHABLE)
    assert caught.value.code == "database.unreachable"


def test_a_sqlite_file_in_a_missing_folder_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(DeskError) as caught:
        Desk.open(f"sqlite:///{tmp_path / 'no' / 'such' / 'desk.sqlite3'}")
    assert caught.value.code == "database.unreachable"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ja", "データベースに接続できません"), ("en", "The database cannot be reached")],
)
def test_the_gui_start_shows_a_message_box_not_a_traceback(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    code = cli.main(["--db", UNREACHABLE, "--lang", lang])
    assert code == 2
    assert len(shown) == 1 and expected in shown[0]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "database.unreachable" in err
