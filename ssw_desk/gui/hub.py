"""The change hub: one Qt signal for every change any desk commits.

The storage-side :class:`~ssw_desk.storage.feed.ChangeFeed` learns of changes in a background
thread (PostgreSQL ``LISTEN``, SQLite a cheap poll); this adaptor carries them to the GUI thread,
gathers the ones that arrive close together and emits :attr:`ChangeHub.changed` once with the
set of request ids (0: not tied to one request). Every view (queue, review panel) subscribes
to it, so what another clerk did shows within about a second without a click.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ssw_desk.storage.feed import ChangeFeed

#: Changes arriving within this many milliseconds are delivered together: at most four queue
#: refreshes a second however busy the office, each change shown within about a second.
GATHER_MS = 250


class ChangeHub(QObject):
    """Signals:
    changed(object): a frozenset of changed request ids.
    """

    changed = Signal(object)
    _arrived = Signal(int)

    def __init__(self, url: str, parent: QObject | None = None, *, interval: float = 0.5):
        super().__init__(parent)
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._collect)  # queued: emitted from the feed's thread
        self.feed = ChangeFeed(url, self._arrived.emit, interval=interval)

    def start(self) -> None:
        self.feed.start()

    def stop(self) -> None:
        self.feed.stop()

    def _collect(self, request_id: int) -> None:
        self._pending.add(request_id)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        ids, self._pending = frozenset(self._pending), set()
        if ids:
            self.changed.emit(ids)
