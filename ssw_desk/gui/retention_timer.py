"""The retention purge on a schedule: an open desk runs it in the background when it is due.

Every :data:`CHECK_MINUTES` (and shortly after start) the desk asks
:func:`ssw_desk.services.retention.purge_due` -- setting ``retention.auto_purge`` on, and no
desk ran a purge within ``retention.purge_every_hours`` -- and, if so and no other task is
running, runs :func:`ssw_desk.services.retention.purge` on the task pool. Several desks on one
database share the schedule through the ``retention.run`` event the purge writes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ssw_desk.gui.tasks import TaskContext, TaskManager
from ssw_desk.services.context import Desk

log = logging.getLogger(__name__)

CHECK_MINUTES = 15
FIRST_CHECK_SECONDS = 90


def purge_task(desk: Desk) -> Any:
    """The background function: purge when due; returns the summary, or None when not due."""
    from ssw_desk.services import retention

    def work(_ctx: TaskContext) -> Any:
        if not retention.purge_due(desk):
            return None
        return retention.purge(desk)

    return work


class RetentionTimer(QObject):
    """Checks on a timer whether the purge is due and runs it in the background.

    Signals:
        purged(object): a purge ran (its :class:`~ssw_desk.services.retention.PurgeSummary`).
    """

    purged = Signal(object)

    def __init__(
        self,
        desk: Desk,
        tasks: TaskManager,
        parent: QObject | None = None,
        *,
        first_ms: int = FIRST_CHECK_SECONDS * 1000,
        every_ms: int = CHECK_MINUTES * 60 * 1000,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_ms, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Run the purge in the background if it is due (never beside another task)."""
        if self.running or self.tasks.tasks or not self.timer.isActive():
            return
        self.running = True
        task = self.tasks.run("retention", purge_task(self.desk))
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)

    def _done(self, summary: Any) -> None:
        self.running = False
        if summary is not None:
            log.info(
                "scheduled purge: %d requests, %d held, %d quarantined, %d outbox",
                len(summary.requests),
                len(summary.held),
                summary.quarantined,
                summary.outbox,
            )
            self.purged.emit(summary)

    def _failed(self, error: object) -> None:
        self.running = False
        log.warning("scheduled purge failed: %s", getattr(error, "code", type(error).__name__))
