"""What the admin dialogs share: service calls on a worker, refusals as sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ssw_desk.gui.i18n import error_message
from ssw_desk.gui.tasks import TaskManager


class AdminDialog(QDialog):
    """A dialog whose service calls run on ``tasks``; ``message`` shows the outcome.

    Signals:
        settled(): a call ended (succeeded or refused); tests and callers wait on it.
    """

    settled = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self._busy = 0
        #: What the message line shows, kept to be worded again after a language switch.
        self._outcome: BaseException | Callable[[], str] | None = None

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Runs ``fn`` on a worker; ``on_done(result)`` or the refusal sentence on this thread."""
        self._busy += 1
        self.setEnabled(False)
        task = self.tasks.run(self.windowTitle(), lambda _ctx: fn())
        task.succeeded.connect(on_done)
        task.failed.connect(self.show_refusal)
        task.finished.connect(self._settle)

    def _settle(self) -> None:
        self._busy -= 1
        if not self._busy:
            self.setEnabled(True)
        self.settled.emit()

    def show_refusal(self, exc: BaseException) -> None:
        self._outcome = exc
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(error_message(exc))

    def show_info(self, text: Callable[[], str]) -> None:
        """Shows a success; ``text`` words it in the interface language (called again after
        a language switch)."""
        self._outcome = text
        self.message.setStyleSheet("color: #067647;")
        self.message.setText(text())

    def _reword_outcome(self) -> None:
        if isinstance(self._outcome, BaseException):
            self.message.setText(error_message(self._outcome))
        elif self._outcome is not None:
            self.message.setText(self._outcome())

    def retranslate(self) -> None:  # pragma: no cover - each dialog has its own
        """Sets every text in the interface language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._reword_outcome()
        super().changeEvent(event)
