"""Turning a card image for display: the image and overlay turn, the stored bytes do not, and
the turn is remembered for the next time the same image is shown."""

from __future__ import annotations

import hashlib

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssw_desk.gui.review import ReviewPanel
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from ssw_desk.storage.models import Attachment, Blob
from tests.gui.test_review_data import StoredRequest, store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _panel(qtbot: QtBot, desk: Desk) -> ReviewPanel:
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    return panel


def _stored_bytes(desk: Desk) -> dict[int, str]:
    with desk.db.read() as session:
        rows = session.execute(select(Attachment.id, Blob.data).join(Blob)).all()
    return {r.id: hashlib.sha256(r.data).hexdigest() for r in rows}


def test_turn_a_card_for_display_only_and_remember_it(qtbot: QtBot, desk: Desk) -> None:
    stored: StoredRequest = store_request(desk)
    view = show_request(desk, request_id=stored.id)
    before = _stored_bytes(desk)
    panel = _panel(qtbot, desk)
    panel.set_request(view)
    pane = panel.images.panes["residence_card_front"]
    width, height = pane.view.pixmap().width(), pane.view.pixmap().height()
    assert width > height  # a card: landscape
    pane.rotate_button.click()
    assert pane.view.rotation() == 90
    shown = pane.view.sceneRect()
    assert (round(shown.width()), round(shown.height())) == (height, width)  # now portrait
    assert pane.view.pixmap().width() == width  # the pixmap itself is untouched
    face = panel.images.panes["face_photo"]
    face.rotate_button.click()
    face.rotate_button.click()
    overlay = face.view.overlay()
    assert overlay is not None and overlay.rotation() == 180  # the overlay turns with it
    assert _stored_bytes(desk) == before  # display only

    again = _panel(qtbot, desk)  # another review panel (next time): the turn is remembered
    again.set_request(view)
    assert again.images.panes["residence_card_front"].view.rotation() == 90
    assert again.images.panes["residence_card_back"].view.rotation() == 0
    for _ in range(3):  # a full turn forgets it
        again.images.panes["residence_card_front"].rotate_button.click()
    third = _panel(qtbot, desk)
    third.set_request(view)
    assert third.images.panes["residence_card_front"].view.rotation() == 0
