"""Applicant text is never markup, and the history reads as sentences, in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.history_view import describe
from ssw_desk.gui.review.texts import plain_tip
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from ssw_desk.storage.models import Attachment
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARKED_UP = "<b>bold</b><img src='file:///etc/x.png'>photo.jpg"


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.install("en")


@pytest.mark.parametrize(
    ("lang", "flagged", "reworded"),
    [
        ("ja", "色の鮮やかさ（カラー写真）", "この通知のみ文言変更"),
        ("en", "Colourfulness (colour photo)", "Reworded for this notice"),
    ],
)
def test_history_details_read_as_sentences(
    translations: Translations, lang: str, flagged: str, reworded: str
) -> None:
    translations.install(lang)
    plain = describe({"codes": ["photo.colour"], "edited": [], "extra": False, "message_pk": 7})
    assert plain == flagged  # not "photo.colour; edited []; extra False"
    edited = describe({"codes": ["photo.colour"], "edited": ["photo.colour"], "extra": True})
    assert reworded in edited and "[" not in edited and "True" not in edited
    assert describe({"attachment": 25}) == ""  # not "attachment 25"
    assert describe({"version": 2, "revision": 5}) in ("第 2 版", "Version 2")
    overrides = describe({"overrides": {"photo.colour": "grey wall, checked"}})
    assert flagged in overrides and "grey wall, checked" in overrides


def test_a_note_with_tags_is_shown_as_typed() -> None:
    note = "<b>check</b> <img src=x>"
    assert describe({"text": note}) == note
    assert "&lt;b&gt;" in plain_tip(note) and "<b>" not in plain_tip(note)


def test_attachment_names_with_tags_are_plain_text(qtbot: QtBot, desk: Desk) -> None:
    stored = store_request(desk)
    with desk.db.begin() as session:
        for attachment_id in stored.attachment_ids.values():
            row = session.get(Attachment, attachment_id)
            assert row is not None
            row.filename = MARKED_UP
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    panel.set_request(show_request(desk, request_id=stored.id))
    pane = panel.images.panes["face_photo"]
    qtbot.waitUntil(lambda: MARKED_UP in pane.detail.text(), timeout=10_000)
    assert pane.detail.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;img" in pane.detail.toolTip()
    checks = panel.tabs.checks
    names = [
        checks.attachments_root.child(i).text(1)
        for i in range(checks.attachments_root.childCount())
    ]
    assert MARKED_UP in names  # a tree item's text is never rich text
