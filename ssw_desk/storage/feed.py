"""The change feed: learns, in a background thread, which requests other desks changed.

PostgreSQL: every change of the single write path sends ``NOTIFY ssw_desk_changes, '<id>'``
in its transaction (delivered at commit, never on rollback); the feed ``LISTEN``s on a
connection of its own and hands each request id to the callback at once.

SQLite: there is no push; the feed checks the newest event id every ``interval`` seconds (one
indexed ``max(id)``) and, when it moved, hands over the request ids of the new events that are
changes (they carry a revision; views and exports are events too but change nothing).

The callback runs in the feed's thread: the GUI adaptor (``gui/hub.py``) turns it into one Qt
signal. Request id 0 means "something changed, not tied to one request" (a reconnect, an import).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import sqlalchemy as sa

log = logging.getLogger(__name__)

#: The channel changes are announced on; the payload is the request id.
CHANNEL = "ssw_desk_changes"


class ChangeFeed:
    """Calls ``on_change(request_id)`` for every change another desk (or this one) commits.

    Args:
        url: The database URL (SQLAlchemy form).
        on_change: Called from the feed's thread.
        interval: SQLite: seconds between checks; PostgreSQL: how often the thread looks up
            from waiting to see whether it should stop.
    """

    def __init__(self, url: str, on_change: Callable[[int], None], *, interval: float = 0.5):
        self.url = sa.engine.make_url(url)
        self.on_change = on_change
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()

    @property
    def is_postgres(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="ssw-change-feed", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.is_postgres:
                    self._listen()
                else:
                    self._poll()
            except Exception:
                log.exception("change feed lost its connection; retrying")
                self.ready.clear()
                self.on_change(0)  # whatever happened meanwhile: look again
                self._stop.wait(2.0)

    def _listen(self) -> None:
        import psycopg

        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                for note in conn.notifies(timeout=self.interval):
                    try:
                        request_id = int(note.payload or 0)
                    except ValueError:
                        request_id = 0
                    self.on_change(request_id)
                    if self._stop.is_set():
                        break

    def _poll(self) -> None:
        engine = sa.create_engine(self.url, poolclass=sa.pool.NullPool)
        events = sa.table("events", sa.column("id"))
        try:
            with engine.connect() as conn:
                last = conn.execute(sa.select(sa.func.max(events.c.id))).scalar() or 0
                conn.rollback()
                self.ready.set()
                while not self._stop.wait(self.interval):
                    newest = conn.execute(sa.select(sa.func.max(events.c.id))).scalar() or 0
                    if newest != last:
                        ids = conn.execute(
                            sa.text(
                                "SELECT DISTINCT request_id FROM events WHERE id > :last"
                                " AND id <= :newest"
                                " AND json_extract(detail, '$.revision') IS NOT NULL"
                            ),
                            {"last": last, "newest": newest},
                        ).scalars()
                        last = newest
                        for request_id in sorted({int(i or 0) for i in ids}):
                            self.on_change(request_id)
                    conn.rollback()  # end the read so the next check sees new commits
        finally:
            engine.dispose()
