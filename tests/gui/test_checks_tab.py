"""The Checks tab: sentences that wrap, in the interface language, a damaged photo's cause in
one row; and the queue counts it once."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.queue import queue_rows
from ssw_desk.services.requests import show_request
from tests.services.mails import face_photo, request_mail

# The damaged photo is shown as far as it decodes: Qt's JPEG reader says it is corrupt.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "Corrupt JPEG data"
)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.install("en")


def _damaged_photo_request(desk: Desk, tmp_path: Path) -> int:
    message = email.message_from_bytes(request_mail(attach_face=False), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    photo = face_photo()
    message.add_attachment(
        photo[: len(photo) // 2], maintype="image", subtype="jpeg", filename="face.jpg"
    )
    path = tmp_path / "damaged.eml"
    path.write_bytes(message.as_bytes())
    return import_paths(desk, paths=[path]).requests[0]


def _rows(root: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (root.child(i) for i in range(root.childCount())) if c is not None]


@pytest.mark.parametrize(
    ("lang", "cause", "decides", "finding"),
    [
        ("ja", "画像ファイルが不完全です", "担当者判断", "途中で切れて"),
        ("en", "The image file is incomplete", "Clerk decides", "cut off"),
    ],
)
def test_a_damaged_photo_is_one_row_naming_its_cause(
    qtbot: QtBot,
    desk: Desk,
    tmp_path: Path,
    translations: Translations,
    lang: str,
    cause: str,
    decides: str,
    finding: str,
) -> None:
    translations.install(lang)
    request_id = _damaged_photo_request(desk, tmp_path)
    view = show_request(desk, request_id=request_id)
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1366 - 420, 700)
    panel.show()
    panel.set_request(view)
    checks = panel.tabs.checks
    rows = _rows(checks.checks_root)
    # The file checks (format, size) and ONE row naming the cause: not twelve "clerk decides".
    assert len(rows) == 3, [r.text(1) for r in rows]
    (damaged,) = [r for r in rows if cause in r.text(1)]
    assert "✗" in damaged.text(0)
    assert cause in damaged.toolTip(1) and "image." not in damaged.toolTip(1)
    assert not any(decides in r.text(0) for r in rows)
    findings = [r.text(1) for r in _rows(checks.findings_root)]
    # The intake and the photo checks share one code for a file cut short: one finding.
    assert sum(finding in f for f in findings) == 1, findings
    assert not any(
        decides in r.text(0) for r in _rows(checks.findings_root) if "photo" in r.text(1)
    )
    # The queue's findings column counts the damaged photo once, as a failure.
    (row,) = queue_rows(desk, ids=[request_id]).values()
    assert row.decide_count == 0 and row.fail_count >= 1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_sentence_column_wraps_instead_of_being_cut_off(
    qtbot: QtBot, desk: Desk, tmp_path: Path, translations: Translations, lang: str
) -> None:
    translations.install(lang)
    path = tmp_path / "ok.eml"
    path.write_bytes(request_mail(exam_date="2019年5月12日"))  # outside the window: long sentence
    request_id = import_paths(desk, paths=[path]).requests[0]
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(820, 700)  # the review's share of a 1366-pixel laptop
    panel.show()
    panel.set_request(show_request(desk, request_id=request_id))
    checks = panel.tabs.checks
    panel.tabs.setCurrentWidget(checks)
    qtbot.waitExposed(checks)
    qtbot.wait(50)  # the delayed item layout after the columns took their widths
    assert checks.wordWrap() and not checks.uniformRowHeights()
    metrics = checks.fontMetrics()
    width = checks.columnWidth(1)
    assert width >= checks.viewport().width() // 3  # the sentence has the room
    for item in [*_rows(checks.findings_root), *_rows(checks.checks_root)]:
        text = item.text(1)
        rect = checks.visualItemRect(item)
        if metrics.horizontalAdvance(text) > width and rect.isValid():
            # A sentence wider than its column takes more than one line: nothing cut off.
            assert rect.height() > metrics.height() * 1.5, text
        assert "…" not in text
