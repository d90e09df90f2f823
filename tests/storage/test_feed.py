"""The change feed: a change committed by another desk arrives within about a second; views,
rolled-back changes and other noise do not arrive."""

from __future__ import annotations

import queue
import time
from pathlib import Path

import pytest

from ssw_desk.config import Actor
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import add_note
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.storage.feed import ChangeFeed
from tests.services.mails import request_mail


def test_changes_arrive_and_views_do_not(db_url: str, tmp_path: Path) -> None:
    desk = Desk.open(db_url, actor=Actor("writer", "ws-w"))
    path = tmp_path / "r.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(desk, paths=[path]).requests[0]
    arrived: queue.Queue[tuple[int, float]] = queue.Queue()
    feed = ChangeFeed(db_url, lambda rid: arrived.put((rid, time.monotonic())), interval=0.2)
    feed.start()
    try:
        assert feed.ready.wait(10)
        show_request(desk, request_id=request_id)  # a view is recorded, but changes nothing
        with pytest.raises(DeskError):
            add_note(desk, request_id=request_id, text="x", expect_revision=99)  # rolled back
        time.sleep(0.6)
        assert arrived.empty()
        sent = time.monotonic()
        add_note(desk, request_id=request_id, text="called")
        rid, at = arrived.get(timeout=5)
        assert rid == request_id
        assert at - sent < 1.0
    finally:
        feed.stop()
        desk.close()
