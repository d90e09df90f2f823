"""The mailbox in the status bar: fetch and send on the admin's timer and on demand.

A permanent label tells when the desk last fetched, how many messages came in, and any error
(server unreachable, login refused, another desk fetching); the work runs in the background
(:class:`~ssw_desk.gui.tasks.TaskManager`) so it never blocks the clerk. After a fetch that
brought something, :attr:`MailboxStatus.fetched` is emitted (the window refreshes its queue).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from ssw_desk.errors import DeskError
from ssw_desk.gui.i18n import error_message
from ssw_desk.gui.tasks import TaskContext, TaskManager
from ssw_desk.services.context import Desk


@dataclass(frozen=True)
class MailRound:
    """What one round of fetching and sending did."""

    at: datetime
    fetched: int = 0
    imported: int = 0
    sent: int = 0
    waiting: int = 0
    busy: str | None = None
    error: DeskError | None = None


def mail_round(desk: Desk) -> MailRound | None:
    """Fetches, then sends the outbox (each when configured); None when nothing is set."""
    from ssw_desk.mailbox.fetch import fetch
    from ssw_desk.mailbox.send import send_outbox
    from ssw_desk.services.context import now
    from ssw_desk.services.mail_settings import get_mailbox_settings

    settings = get_mailbox_settings(desk)
    if not settings.can_fetch and not settings.can_send:
        return None
    fetched = imported = sent = waiting = 0
    errors: list[DeskError] = []
    if settings.can_fetch:  # a fetch that fails does not keep the outbox from being sent
        try:
            got = fetch(desk, settings=settings)
            fetched, imported = got.fetched, got.imported
        except DeskError as exc:
            errors.append(exc)
    if settings.can_send:
        try:
            out = send_outbox(desk, settings=settings)
            sent, waiting = out.sent, out.waiting
            if out.error:  # "code (detail)"
                code = out.error.partition(" ")[0]
                errors.append(DeskError(code, out.error.partition(" ")[2].strip("()")))
        except DeskError as exc:
            errors.append(exc)
    busy = next((e.detail for e in errors if e.code == "mailbox.busy"), None)
    error = next((e for e in errors if e.code != "mailbox.busy"), None)
    return MailRound(now(), fetched, imported, sent, waiting, busy, error)


class MailboxStatus(QLabel):
    """Status bar label + timer; :attr:`fetch_action` fetches now."""

    fetched = Signal(object)  # MailRound

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxStatus")
        self.desk = desk
        self.tasks = tasks
        self.last: MailRound | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        self.fetch_action = QAction(self)
        self.fetch_action.triggered.connect(self.run_now)
        self.outbox_action = QAction(self)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.show_settings)
        self.retranslate()
        self.configure()

    def configure(self) -> None:
        """(Re)reads the timer interval from the mailbox settings."""
        from ssw_desk.services.mail_settings import get_mailbox_settings

        try:
            settings = get_mailbox_settings(self.desk)
        except Exception:  # the database is unreachable: the window says so elsewhere
            self.timer.stop()
            return
        configured = settings.can_fetch or settings.can_send
        self.fetch_action.setEnabled(configured)
        self.setVisible(configured)
        if configured and settings.fetch_minutes > 0:
            self.timer.start(settings.fetch_minutes * 60_000)
        else:
            self.timer.stop()

    def retranslate(self) -> None:
        self.fetch_action.setText(self.tr("Fetch and send mail now"))
        self.outbox_action.setText(self.tr("Outbox…"))
        self.settings_action.setText(self.tr("Mail settings…"))
        self._show()

    def show_outbox(self) -> QWidget:
        from ssw_desk.gui.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.desk, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> QWidget:
        from ssw_desk.gui.mail_settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.desk, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.configure)
        dialog.open()
        return dialog

    def run_now(self) -> None:
        if self._running:
            return
        self._running = True
        desk = self.desk

        def work(_ctx: TaskContext) -> Any:
            return mail_round(desk)

        task = self.tasks.run(self.tr("Fetching mail"), work)
        task.succeeded.connect(self._on_done)
        task.failed.connect(self._on_failed)

    def _on_done(self, result: Any) -> None:
        self._running = False
        if result is None:
            return
        self.last = result
        self._show()
        if result.imported or result.fetched:
            self.fetched.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        from ssw_desk.services.context import now

        error = exc if isinstance(exc, DeskError) else DeskError("mailbox.protocol_error")
        self.last = MailRound(now(), error=error)
        self._show()

    def _show(self) -> None:
        last = self.last
        if last is None:
            self.setText(self.tr("Mail: not fetched yet"))
            self.setStyleSheet("")
            return
        at = last.at.astimezone().strftime("%H:%M")
        if last.error is not None:
            text = self.tr("Mail error at %1: %2").replace("%1", at)
            self.setText(text.replace("%2", error_message(last.error)))
            self.setStyleSheet("color: #b42318;")
        elif last.busy:
            self.setText(self.tr("Mail: another desk fetches (%1)").replace("%1", last.busy))
            self.setStyleSheet("")
        else:
            text = self.tr("Mail fetched at %1: %2 new, %3 sent, %4 waiting")
            for i, value in enumerate((at, last.imported, last.sent, last.waiting), 1):
                text = text.replace(f"%{i}", str(value))
            self.setText(text)
            self.setStyleSheet("")
