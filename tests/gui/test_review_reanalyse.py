"""The review panel offers to check a face photo again after the photo checks were updated."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.reanalyse import needs_reanalysis
from ssw_desk.imaging.report_types import REPORT_VERSION
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from ssw_desk.storage.models import Attachment, Event
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_offer_checks_an_old_photo_report_again(qtbot: QtBot, desk: Desk) -> None:
    stored = store_request(desk)  # its photo report has the shape of an earlier version
    panel = ReviewPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    view = show_request(desk, request_id=stored.id)
    assert needs_reanalysis(view)
    panel.set_request(view)
    assert panel.offer.isVisible()
    with qtbot.waitSignal(panel.decided, timeout=20_000) as signal:
        panel.offer.button.click()
    assert signal.args == [stored.id, "reanalysed"]
    qtbot.waitUntil(lambda: not panel.offer.isVisible(), timeout=10_000)
    with desk.db.begin() as session:
        reports = [
            a.photo_report
            for a in session.query(Attachment).filter(Attachment.role == "face_photo")
            if a.photo_report is not None
        ]
        assert reports and all(r["version"] == REPORT_VERSION for r in reports)
        assert all(any(c["code"] == "photo.face_covered" for c in r["checks"]) for r in reports)
        assert session.query(Event).filter(Event.action == "photos_reanalysed").count() == 1
    assert not needs_reanalysis(show_request(desk, request_id=stored.id))
