"""The request header: no red due date once decided; the applicant's text is never markup."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssw_desk.gui.review.details import RequestHeader
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import RequestView, show_request
from tests.gui.test_review_data import store_request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def view(desk: Desk) -> RequestView:
    return show_request(desk, request_id=store_request(desk).id)


@pytest.fixture
def header(qtbot: QtBot) -> RequestHeader:
    widget = RequestHeader()
    qtbot.addWidget(widget)
    return widget


def test_an_overdue_open_request_shows_its_due_date_in_red(
    header: RequestHeader, view: RequestView
) -> None:
    late = (date.today() - timedelta(days=3)).isoformat()
    header.set_request(dataclasses.replace(view, status="new", due_date=late))
    assert late in header.dates.text() and "#b42318" in header.dates.text()


@pytest.mark.parametrize("status", ["issued", "rejected"])
def test_after_the_decision_the_due_date_is_no_longer_red(
    header: RequestHeader, view: RequestView, status: str
) -> None:
    late = (date.today() - timedelta(days=3)).isoformat()
    header.set_request(dataclasses.replace(view, status=status, due_date=late))
    assert "#b42318" not in header.dates.text()
    assert late not in header.dates.text()


def test_the_subject_is_plain_text(header: RequestHeader, view: RequestView) -> None:
    subject = "<b>bold</b> <img src='x.png'> request"
    header.set_request(dataclasses.replace(view, subject=subject))
    assert header.sender_line.textFormat() == Qt.TextFormat.PlainText
    assert subject in header.sender_line.text()
