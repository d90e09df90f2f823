"""Read-only screens never take SQLite's write lock: they answer while another desk writes."""

from __future__ import annotations

import sqlite3
import time

from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import deficiency_checklist
from ssw_desk.services.notices import get_catalogue, get_notice_settings, list_notices
from ssw_desk.services.quarantine import list_quarantine
from ssw_desk.services.queue import status_counts
from tests.gui.conftest import AddRequest


def test_read_only_services_answer_while_another_desk_holds_the_write_lock(
    desk: Desk, add_request: AddRequest
) -> None:
    request_id = add_request()
    path = desk.db.engine.url.database
    assert path
    other = sqlite3.connect(path, isolation_level=None, timeout=1)
    other.execute("BEGIN IMMEDIATE")  # another desk in the middle of a write
    other.execute("UPDATE requests SET warn_count = warn_count WHERE id = ?", (request_id,))
    try:
        start = time.monotonic()
        assert status_counts(desk) == {"new": 1}
        assert get_catalogue(desk).items
        assert get_notice_settings(desk) is not None
        assert deficiency_checklist(desk, request_id=request_id).items is not None
        assert list_notices(desk, request_id=request_id) == []
        assert list_quarantine(desk) == []
        # A write session would wait for the lock (busy_timeout 30 s) instead.
        assert time.monotonic() - start < 5
    finally:
        other.execute("ROLLBACK")
        other.close()
