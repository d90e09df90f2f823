"""Batch issue and print: the approved requests' Score reports in one go, with progress and
cancel; the batch ends with what was issued and what was refused, and why (in words).

The issuing runs on a worker thread (:func:`ssw_desk.services.batch.issue_batch`, one
transaction per request); printing happens afterwards on the GUI thread, from the PDFs held in
memory (QtPdf renders each page onto the printer; no copy in a temporary folder).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssw_desk import messages
from ssw_desk.gui.files import documents_folder
from ssw_desk.gui.i18n import error_message, gui_lang
from ssw_desk.gui.tasks import Task, TaskContext, TaskManager
from ssw_desk.services import batch
from ssw_desk.services.context import Desk

#: Print resolution: enough for the report's text and its verification code.
PRINT_DPI = 300


def print_pdfs(printer: QPrinter, pdfs: Sequence[bytes]) -> int:
    """Prints every page of ``pdfs`` on ``printer`` (each page fitted to the paper).

    Returns:
        The number of pages printed.
    """
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    try:
        for data in pdfs:
            document = QPdfDocument()
            content = QByteArray(data)
            buffer = QBuffer(document)  # the document's child: it outlives every read of it
            buffer.setData(content)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            for page in range(document.pageCount()):
                if pages:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() * PRINT_DPI / 72),
                             round(points.height() * PRINT_DPI / 72))  # fmt: skip
                image = document.render(page, size)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
                pages += 1
            document.close()
    finally:
        painter.end()
    return pages


class BatchIssueDialog(QDialog):
    """Choose approved requests, issue (and send, save, print) their reports.

    Args:
        desk: The desk.
        tasks: Runs the batch on a worker thread.
        requests: (id, reference) to offer; None: the approved requests read now.

    Signals:
        printed(int): the issued reports were printed (pages).
    """

    printed = Signal(int)

    def __init__(
        self,
        desk: Desk,
        tasks: TaskManager,
        requests: Sequence[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.task: Task | None = None
        self.batch_result: batch.BatchResult | None = None
        self.printer: QPrinter | None = None
        self.out_dir: Path | None = None
        self.printed_pages: int | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        for request_id, reference in requests or batch.approved_requests(desk):
            item = QListWidgetItem(reference)
            item.setData(Qt.ItemDataRole.UserRole, request_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.send_box = QCheckBox()
        self.send_box.setChecked(True)
        self.save_box = QCheckBox()
        self.print_box = QCheckBox()
        self.progress = QProgressBar()
        self.progress.setRange(0, max(self.list.count(), 1))
        self.progress.setValue(0)
        self.outcome = QListWidget()
        self.outcome.setObjectName("outcome")
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.list, self.send_box, self.save_box, self.print_box):
            layout.addWidget(w)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome, 1)
        layout.addLayout(buttons)
        self.cancel_button.setEnabled(False)
        self.resize(620, 560)
        self._retranslate()

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- running ---------------------------------------------------------------------------

    def start(self) -> Task | None:
        """Asks for a folder / printer when those are ticked, then issues on a worker."""
        ids = self.chosen()
        if not ids or self.task is not None:
            return None
        if self.save_box.isChecked() and self.out_dir is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the reports"), documents_folder()
            )
            if not folder:
                return None
            self.out_dir = Path(folder)
        if self.print_box.isChecked() and self.printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return None
            self.printer = printer
        return self.run(ids)

    def run(self, ids: list[int]) -> Task:
        """Issues ``ids`` on a worker thread (folder and printer already chosen)."""
        desk, send, out_dir = self.desk, self.send_box.isChecked(), self.out_dir

        def work(ctx: TaskContext) -> batch.BatchResult:
            return batch.issue_batch(
                desk, ids, send=send, out_dir=out_dir, progress=ctx.progress,
                cancelled=ctx.cancelled,
            )  # fmt: skip

        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.outcome.clear()
        task = self.tasks.run(self.tr("Issuing reports"), work)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self.show_result)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.task = task
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return task

    def _on_progress(self, done: int, _reference: str) -> None:
        self.progress.setValue(done)

    def cancel(self) -> None:
        """Stops the batch after the request being issued now."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _on_failed(self, exc: BaseException) -> None:
        self.outcome.addItem(error_message(exc))

    def _on_finished(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.start_button.setEnabled(True)

    def show_result(self, result: batch.BatchResult) -> None:
        """Shows the outcome; prints the issued reports when printing was asked for."""
        self.batch_result = result
        self._fill_outcome()
        if self.printer is not None and result.issued and self.printed_pages is None:
            # After the task has ended: printing renders pages, which must not run inside
            # the task's own signal.
            QTimer.singleShot(0, self._print_issued)

    def _print_issued(self) -> None:
        if self.printer is None or self.batch_result is None:
            return
        self.printed_pages = print_pdfs(self.printer, [d.pdf for d in self.batch_result.issued])
        self._fill_outcome()
        self.printed.emit(self.printed_pages)

    def _fill_outcome(self) -> None:
        result = self.batch_result
        if result is None:
            return
        self.outcome.clear()
        lang = gui_lang()
        for done in result.issued:
            text = self.tr("%1: issued, serial %2").replace("%1", done.reference)
            text = text.replace("%2", done.serial)
            if done.sent:
                text += self.tr("; e-mail to the applicant written")
            elif done.send_refused:
                text += "; " + messages.text(done.send_refused, lang)
            self.outcome.addItem(text)
        for refused in result.refused:
            reason = messages.text(refused.code, lang, refused.params)
            line = self.tr("%1: not issued: %2").replace("%1", refused.reference)
            self.outcome.addItem(line.replace("%2", reason))
        if result.not_tried:
            self.outcome.addItem(
                self.tr("Cancelled: %n request(s) not tried", "", len(result.not_tried))
            )
        if self.printed_pages is not None:
            self.outcome.addItem(self.tr("Printed: %n page(s)", "", self.printed_pages))
        summary = self.tr("Issued %1, not issued %2").replace("%1", str(len(result.issued)))
        self.setWindowTitle(summary.replace("%2", str(len(result.refused))))

    # -- texts -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issue the Score reports of approved requests"))
        self.intro.setText(
            self.tr(
                "Each ticked request is issued on its own: one that cannot be issued is "
                "listed with the reason, and the others go on."
            )
        )
        self.send_box.setText(self.tr("Send each report to its applicant by e-mail"))
        self.save_box.setText(self.tr("Save the PDFs in a folder"))
        self.print_box.setText(self.tr("Print the reports"))
        self.start_button.setText(self.tr("Issue"))
        self.cancel_button.setText(self.tr("Stop after this one"))
        self.close_button.setText(self.tr("Close"))
        self._fill_outcome()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
