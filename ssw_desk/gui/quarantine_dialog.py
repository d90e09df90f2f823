"""The quarantine in the desk: which messages could not be imported and why, their raw text,
a retry after an update, and the raw file exported.

Everything from the message is shown as plain text (table items and a plain-text editor),
never as markup. Retries and reads of the raw bytes run in the background (they write the
access log); the list is a read-only query.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk import messages
from ssw_desk.config import write_private_file
from ssw_desk.gui.i18n import error_message, gui_lang
from ssw_desk.gui.review.texts import plain_tip
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.context import Desk
from ssw_desk.services.quarantine import (
    QuarantineItem,
    RetryResult,
    list_quarantine,
    quarantined_raw,
    raw_as_text,
    retry_quarantined,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class QuarantineDialog(QDialog):
    """List, raw text, retry and export of quarantined messages.

    Signals:
        retried(object): the RetryResult of a retry (the window refreshes the queue).
    """

    retried = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantineDialog")
        self._desk = desk
        self._tasks = tasks
        self.items: list[QuarantineItem] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("quarantineTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a message; the full text in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 220)
        self.raw = QPlainTextEdit(self)
        self.raw.setObjectName("rawMessage")
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.view_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.retry_all_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.view_button.clicked.connect(self.view_raw)
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(self.retry_all)
        self.export_button.clicked.connect(self.export_dialog)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.view_raw())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.raw)
        splitter.setSizes([300, 200])
        buttons = QHBoxLayout()
        for button in (self.view_button, self.retry_button, self.retry_all_button):
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() - 40), min(640, screen.height() - 60))
        self._retranslate()
        self.reload()

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.items = list_quarantine(self._desk, lang=gui_lang())
        except Exception as exc:
            self.status.setText(error_message(exc))
            self.items = []
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            reason = messages.text(item.reason, gui_lang()) if item.reason else ""
            cells = [str(item.id), _when(item.imported_at), Path(item.origin).name, reason]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # plain text: never interpreted as markup
                cell.setData(ID_ROLE, item.id)
                if column == 2:
                    cell.setToolTip(plain_tip(item.origin))  # a file name: never markup
                if column == 3:
                    cell.setToolTip(f"{reason}\n({item.reason})")
                self.table.setItem(row, column, cell)
        self._update()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.items[r].id for r in rows if 0 <= r < len(self.items)]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update(self) -> None:
        chosen = bool(self.selected_ids())
        busy = any(t.running for t in self._tasks.tasks)
        for button in (self.view_button, self.export_button):
            button.setEnabled(len(self.selected_ids()) == 1 and not busy)
        self.retry_button.setEnabled(chosen and not busy)
        self.retry_all_button.setEnabled(bool(self.items) and not busy)

    # --- actions -------------------------------------------------------------------------

    def view_raw(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        desk = self._desk
        self._run(
            self.tr("Reading the message"),
            lambda: raw_as_text(quarantined_raw(desk, ids[0], purpose="view")),
            self.raw.setPlainText,
        )

    def retry_selected(self) -> None:
        self._retry(self.selected_ids())

    def retry_all(self) -> None:
        self._retry([i.id for i in self.items])

    def _retry(self, ids: list[int]) -> None:
        if not ids:
            return
        desk = self._desk
        self._run(self.tr("Importing again"), lambda: retry_quarantined(desk, ids), self._retried)

    def _retried(self, result: RetryResult) -> None:
        text = self.tr("Imported: {0}. Still in quarantine: {1}.").format(
            len(result.imported) + len(result.duplicates), len(result.quarantined)
        )
        self.status.setText(text)
        self.raw.clear()
        self.reload()
        self.retried.emit(result)

    def export_dialog(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        item = next(i for i in self.items if i.id == ids[0])
        suffix = ".msg" if item.source_format == "msg" else ".eml"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the raw message"),
            str(Path.home() / f"quarantine-{item.id}{suffix}"),
            self.tr("E-mails (*.eml *.msg)"),
        )
        if name:
            self.export_to(item.id, Path(name))

    def export_to(self, message_id: int, path: Path) -> None:
        desk = self._desk

        def work() -> str:
            write_private_file(path, quarantined_raw(desk, message_id, purpose="export"))
            return str(path)

        self._run(
            self.tr("Exporting"),
            work,
            lambda written: self.status.setText(self.tr("Written: {0}").format(written)),
        )

    def _run(self, name: str, fn: Callable[[], Any], done: Callable[[Any], Any]) -> None:
        task = self._tasks.run(name, lambda _ctx: fn())
        task.succeeded.connect(done)
        task.failed.connect(lambda exc: self.status.setText(error_message(exc)))
        task.finished.connect(self._update)
        self._update()

    # --- text ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quarantine: messages that could not be imported"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Imported"), self.tr("File"), self.tr("Reason")]
        )
        self.raw.setPlaceholderText(self.tr("Choose a message and View to read it as text."))
        self.view_button.setText(self.tr("&View"))
        self.retry_button.setText(self.tr("&Retry import"))
        self.retry_all_button.setText(self.tr("Retry &all"))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.reload()
        super().changeEvent(event)
