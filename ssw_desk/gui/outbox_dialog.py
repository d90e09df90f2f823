"""The outbox view: every outgoing e-mail with its status; resend or cancel one.

Lists what waits (queued, sending), what failed or is uncertain, and what was sent, newest
first, with the request reference, the number of tries, the server's answer or the reason.
"Resend" (failed or uncertain, with a reason the history keeps) and "Cancel" (still waiting)
call :mod:`ssw_desk.services.outbox`; "Send now" runs a mail round in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.errors import DeskError
from ssw_desk.gui.i18n import error_message
from ssw_desk.services import outbox
from ssw_desk.services.context import Desk

COLUMNS = ("id", "reference", "kind", "status", "attempts", "detail", "created_at")


class OutboxDialog(QDialog):
    """The outbox; :meth:`reload` after changes."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.desk = desk
        self.rows: list[outbox.OutboxInfo] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update)
        self.message = QLabel(self)
        self.resend_button = QPushButton(self)
        self.resend_button.clicked.connect(self.resend)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Outbox"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Request"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Tries"),
                self.tr("Answer or reason"),
                self.tr("Written"),
            ]
        )
        self.resend_button.setText(self.tr("Resend…"))
        self.cancel_button.setText(self.tr("Cancel sending"))
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        self.rows = list(reversed(outbox.list_outbox(self.desk)))
        self.table.setRowCount(len(self.rows))
        statuses = {
            "queued": self.tr("waiting"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
            "uncertain": self.tr("uncertain: to confirm"),
            "cancelled": self.tr("cancelled"),
        }
        kinds = {
            "notice:deficiency": self.tr("Deficiency notice"),
            "notice:ineligible": self.tr("Rejection notice"),
            "report": self.tr("Score report"),
        }
        for r, row in enumerate(self.rows):
            status = statuses.get(row.status, row.status)
            if row.bounced:
                status += " / " + self.tr("bounced")
            written = datetime.fromisoformat(row.created_at).astimezone()
            values = (
                str(row.id),
                row.reference or "",
                kinds.get(row.kind, row.kind),
                status,
                str(row.attempts),
                row.server_answer or row.last_error or "",
                written.strftime("%Y-%m-%d %H:%M"),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update()

    def selected(self) -> outbox.OutboxInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        row = self.selected()
        status = row.status if row else ""
        self.resend_button.setEnabled(status in ("failed", "uncertain"))
        self.cancel_button.setEnabled(status in ("queued", "failed", "uncertain"))

    def resend(self, reason: str | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        if not reason:
            reason, ok = QInputDialog.getText(
                self, self.tr("Resend"), self.tr("Why send it again? (kept in the history)")
            )
            if not ok:
                return
        self._act(lambda: outbox.resend(self.desk, outbox_id=row.id, reason=reason or ""))

    def cancel(self) -> None:
        row = self.selected()
        if row is not None:
            self._act(lambda: outbox.cancel(self.desk, outbox_id=row.id))

    def _act(self, action: Callable[[], None]) -> None:
        try:
            action()
        except DeskError as exc:
            self.message.setText(error_message(exc))
            return
        self.message.clear()
        self.reload()
