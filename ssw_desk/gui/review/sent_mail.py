"""The review panel's "Sent e-mail" tab: every notice and report e-mail of the request.

One row per outgoing e-mail with its status (prepared, waiting, sending, sent, failed,
uncertain, bounced, cancelled), the tries and the server's answer or the reason it failed.
*Open* shows the e-mail as plain text (the access log records it); *Resend…* (failed or
uncertain, with a reason the history keeps) and *Cancel sending* (still waiting) go through
:mod:`ssw_desk.services.outbox`, as in the outbox view (:mod:`ssw_desk.gui.outbox_dialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.errors import DeskError
from ssw_desk.gui.i18n import error_message
from ssw_desk.services import outbox, sent_mail
from ssw_desk.services.context import Desk

# Status colours: waiting grey-blue, sent green, trouble red, a person's turn amber.
COLOURS = {
    "sent": "#067647",
    "failed": "#b42318",
    "bounced": "#b42318",
    "uncertain": "#b54708",
    "cancelled": "#6b7280",
}


class MailTextDialog(QDialog):
    """One e-mail as plain text (read-only)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailTextDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.resize(720, 560)


class SentMailView(QWidget):
    """The request's outgoing e-mails; :meth:`set_request` loads them.

    Signals:
        changed(int): an e-mail of this request was resent or cancelled (its history changed).
    """

    changed = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentMailView")
        self.desk = desk
        self.request_id: int | None = None
        self.rows: list[sent_mail.RequestMail] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Written"),
                self.tr("E-mail"),
                self.tr("Status"),
                self.tr("Tries"),
                self.tr("Server's answer or reason"),
                self.tr("Subject"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.empty = QLabel(self.tr("No notice or report e-mail for this request yet."), self)
        self.empty.setStyleSheet("color: #6b7280;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Show the e-mail as text"))
        self.open_button.clicked.connect(self.open_selected)
        self.resend_button = QPushButton(self.tr("Resend…"), self)
        self.resend_button.setToolTip(self.tr("Send a failed or uncertain e-mail again"))
        self.resend_button.clicked.connect(lambda: self.resend())
        self.cancel_button = QPushButton(self.tr("Cancel sending"), self)
        self.cancel_button.setToolTip(self.tr("Do not send an e-mail that is still waiting"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.last_dialog: MailTextDialog | None = None
        self._update()

    def status_label(self, status: str) -> str:
        labels = {
            "prepared": self.tr("prepared: to send by hand"),
            "queued": self.tr("waiting"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
            "uncertain": self.tr("uncertain: to confirm"),
            "bounced": self.tr("bounced"),
            "cancelled": self.tr("cancelled"),
        }
        return labels.get(status, status)

    def kind_label(self, kind: str) -> str:
        kinds = {
            "notice:deficiency": self.tr("Deficiency notice"),
            "notice:ineligible": self.tr("Rejection notice"),
            "report": self.tr("Score report"),
        }
        return kinds.get(kind, kind)

    def set_request(self, request_id: int | None) -> None:
        """Loads the e-mails of ``request_id`` (None: empties the list)."""
        self.request_id = request_id
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = (
                sent_mail.list_request_mail(self.desk, request_id=self.request_id)
                if self.request_id is not None
                else []
            )
        except DeskError as exc:
            self.rows = []
            self.message.setText(error_message(exc))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            written = (
                datetime.fromisoformat(row.written_at).astimezone().strftime("%Y-%m-%d %H:%M")
                if row.written_at
                else ""
            )
            values = (
                written,
                self.kind_label(row.kind),
                self.status_label(row.status),
                str(row.attempts) if row.outbox_id is not None else "",
                row.detail,
                row.subject,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2 and row.status in COLOURS:
                    item.setForeground(QColor(COLOURS[row.status]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._update()

    def selected(self) -> sent_mail.RequestMail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.resend_button.setEnabled(row is not None and row.can_resend)
        self.cancel_button.setEnabled(row is not None and row.can_cancel)

    def open_selected(self) -> MailTextDialog | None:
        """Shows the chosen e-mail as text (non-modal); returns the dialog."""
        row = self.selected()
        if row is None:
            return None
        try:
            text = sent_mail.mail_text(self.desk, message_pk=row.message_pk)
        except DeskError as exc:
            self.message.setText(error_message(exc))
            return None
        dialog = MailTextDialog(self.kind_label(row.kind), text, self)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def resend(self, reason: str | None = None) -> None:
        """Resends the chosen e-mail; asks for the reason unless given."""
        row = self.selected()
        if row is None or row.outbox_id is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Resend"), self.tr("Why send it again? (kept in the history)")
            )
            if not ok:
                return
        outbox_id = row.outbox_id
        self._act(lambda: outbox.resend(self.desk, outbox_id=outbox_id, reason=reason or ""))

    def cancel(self) -> None:
        row = self.selected()
        if row is not None and row.outbox_id is not None:
            outbox_id = row.outbox_id
            self._act(lambda: outbox.cancel(self.desk, outbox_id=outbox_id))

    def _act(self, action: Callable[[], None]) -> None:
        try:
            action()
        except DeskError as exc:
            self.message.setText(error_message(exc))
            return
        self.message.clear()
        self.reload()
        if self.request_id is not None:
            self.changed.emit(self.request_id)
