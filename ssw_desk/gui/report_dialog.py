"""The Score report of one request: preview, issue, print, save, reply e-mail, reissue.

Before issuing, the dialog shows the preview the report service renders (serial ``PREVIEW``,
a 見本 mark, a code that never verifies); **Issue** takes the serial and the view then shows
the issued PDF. Once issued: **Print…**, **Save as PDF…**, **Reply e-mail (.eml)…** and
**Reissue…** (a reason is mandatory; the earlier serial is marked superseded). Every refusal of
the services is shown as a sentence naming its reason.

Service calls run through the shell's :class:`TaskManager` (synchronously without one). QtPdf
is imported only here, so the desk starts without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ssw_desk.errors import DeskError
from ssw_desk.gui.files import in_documents
from ssw_desk.gui.reply_mail_dialog import ReplyMailDialog
from ssw_desk.gui.review.texts import error_text, field_label
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import report_keys, reports
from ssw_desk.services.context import Desk

log = logging.getLogger(__name__)

#: Pages are rasterised for the printer at its resolution, but at most this: 300 dpi keeps
#: text and the QR sharp on paper while an A4 page stays about 35 MB in memory (1200 dpi
#: would be 550 MB).
MAX_PRINT_DPI = 300
#: The first size when the screen has room (an A4 page and the buttons below).
PREFERRED_SIZE = (760, 900)


@dataclass(frozen=True)
class Shown:
    """What the view shows: the issued report (``serial`` set) or a preview (``serial`` None)."""

    pdf: bytes
    serial: str | None


def load_report(desk: Desk, request_id: int) -> Shown:
    """The request's valid report if there is one (the access is recorded), else its preview.

    Raises:
        DeskError: the refusals of :func:`reports.preview` (not approved, passed, no photo...).
    """
    serial = reports.current_serial(desk, request_id=request_id)
    if serial is not None:
        return Shown(reports.report_pdf(desk, serial=serial), serial)
    return Shown(reports.preview(desk, request_id=request_id), None)


def save_report(desk: Desk, serial: str, path: str) -> str:
    """Writes the stored PDF to ``path`` (through ``report_pdf``, which records the export)."""
    with open(path, "wb") as fh:
        fh.write(reports.report_pdf(desk, serial=serial))
    return path


class ReportDialog(QDialog):
    """Preview, issue and hand out one request's Score report.

    Args:
        desk: The desk the services work on.
        request_id: The request.
        tasks: The shell's task manager; None runs the service calls synchronously.
        parent: The parent widget.
        reference: The request reference, for the title.

    Signals:
        issued(str): a report was issued or reissued; its serial.
        stateChanged(): a service call ended (shown, issued, saved, refused...).
    """

    issued = Signal(str)
    stateChanged = Signal()

    def __init__(
        self,
        desk: Desk,
        request_id: int,
        tasks: TaskManager | None = None,
        parent: QWidget | None = None,
        *,
        reference: str = "",
        revision: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._request_id = request_id
        # The revision the clerk decided on (the review shows it); after this dialog's own
        # issue, a reissue from it states none.
        self._revision = revision
        self._tasks = tasks
        self._busy = False
        self._refused = False
        self._eml: dict[str, bytes] = {}
        self.shown: Shown | None = None
        self.setWindowTitle(self.tr("Score report {0}").format(reference).strip())
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # the document reads from it: keep it alive
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_button = self._button(self.tr("Issue…"), self.issue_report)
        self.issue_button.setToolTip(self.tr("Take the next serial and issue this report"))
        self.reissue_button = self._button(self.tr("Reissue…"), self.reissue_report)
        self.reissue_button.setToolTip(
            self.tr("Issue a new report with a reason; the current serial becomes superseded")
        )
        self.print_button = self._button(self.tr("Print…"), self.print_report)
        self.save_button = self._button(self.tr("Save as PDF…"), self.save_dialog)
        self.reply_button = self._button(self.tr("Reply e-mail (.eml)…"), self.reply_mail)
        self.reply_button.setToolTip(
            self.tr("The reply to the applicant with the report attached, saved with the request")
        )
        self.close_button = self._button(self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.reissue_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        for button in (self.print_button, self.save_button, self.reply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._fit_screen()
        self._update()
        self.reload()

    def _fit_screen(self) -> None:
        """A size that fits the screen (a 1366 x 768 laptop too): the page view shrinks, the
        buttons stay visible; the dialog stays resizable."""
        self.setSizeGripEnabled(True)
        self.view.setMinimumSize(240, 200)
        screen = self.screen().availableGeometry()
        width = min(PREFERRED_SIZE[0], screen.width() - 40)
        height = min(PREFERRED_SIZE[1], screen.height() - 60)
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what is shown -------------------------------------------------------------------

    @property
    def serial(self) -> str | None:
        return self.shown.serial if self.shown is not None else None

    def reload(self) -> None:
        """Shows the valid report, else the preview (or the reason there is none)."""
        self.caption.setText(self.tr("Preparing the report…"))
        request_id = self._request_id
        desk = self._desk
        self._run(
            self.tr("Preparing the Score report"),
            lambda: load_report(desk, request_id),
            self._show,
            self._refuse,
        )

    def _show(self, shown: Shown) -> None:
        self.shown = shown
        self._refused = False
        self.document.close()
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(shown.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.deleteLater()
        if shown.serial is None:
            self.caption.setText(
                self.tr("Preview: not issued yet. Check it, then issue the report.")
            )
        else:
            self.caption.setText(self.tr("Issued report {0}.").format(shown.serial))

    def _refuse(self, exc: BaseException) -> None:
        if self.shown is None:
            self._refused = True
            self.caption.setText(self.tr("No Score report can be issued for this request."))
        self._say(self.error_message(exc), error=True)

    def error_message(self, exc: BaseException) -> str:
        """The sentence for a refusal (translated; fields named when some are missing)."""
        if not isinstance(exc, DeskError):
            return self.tr("Unexpected error: {0}").format(type(exc).__name__)
        text = error_text(exc.code)
        if exc.code == "report.fields_missing" and exc.detail:
            text += " " + ", ".join(field_label(n) for n in exc.detail.split(","))
        elif exc.code == "report.already_issued" and exc.detail:
            text += " " + exc.detail
        return text

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b42318;" if error else "color: #067647;")
        self.message.setText(text)

    def _update(self) -> None:
        issued = self.serial is not None
        idle = not self._busy
        self.issue_button.setVisible(not issued)
        self.issue_button.setEnabled(idle and self.shown is not None and not self._refused)
        self.reissue_button.setVisible(issued)
        self.reissue_button.setEnabled(idle and issued)
        for button in (self.print_button, self.save_button, self.reply_button):
            button.setEnabled(idle and issued)

    # -- issuing -------------------------------------------------------------------------

    def issue_report(self) -> None:
        """Asks for confirmation, then issues (takes the next serial)."""
        if self.serial is not None or self.shown is None or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the Score report"),
            self.tr(
                "Issue the Score report now? It takes the next serial and cannot be undone; "
                "a correction later needs a reissue with a reason."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._issue(None)

    def reissue_report(self) -> None:
        """Asks for the (mandatory) reason, then reissues."""
        if self.serial is None or self._busy:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Reissue the Score report"),
            self.tr(
                "Why is the report reissued? The reason is recorded and {0} becomes superseded."
            ).format(self.serial),
        )
        if ok:
            self._issue(reason)

    def _issue(self, reason: str | None) -> None:
        desk, request_id, revision = self._desk, self._request_id, self._revision
        passphrase = None
        if report_keys.needs_passphrase():
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Issuer key"),
                self.tr("Passphrase of your issuer key (it signs the report):"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        self._run(
            self.tr("Issuing the Score report"),
            lambda: reports.issue(
                desk,
                request_id=request_id,
                reissue_reason=reason,
                passphrase=passphrase,
                expect_revision=revision,
            ),
            self._issued,
        )

    def _issued(self, report: reports.IssuedReport) -> None:
        self._revision = None
        self._show(Shown(report.pdf, report.serial))
        if report.superseded:
            self._say(
                self.tr("Report {0} reissued; {1} is superseded.").format(
                    report.serial, report.superseded
                )
            )
        else:
            self._say(self.tr("Report {0} issued.").format(report.serial))
        self.issued.emit(report.serial)

    # -- handing it out ------------------------------------------------------------------

    def print_report(self) -> None:
        """Prints through the system print dialog."""
        if self.serial is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"score-report-{self.serial}")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self._say(self.tr("Sent to the printer."))

    def print_to(self, printer: QPrinter) -> bool:
        """Renders every page into ``printer``, each page scaled to fit the paper, centred."""
        printer.setFullPage(True)  # the report has its own margins; print it at true size
        painter = QPainter()
        if not painter.begin(printer):
            self._say(self.tr("The printer could not be started."), error=True)
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                scale = min(paper.width() / points.width(), paper.height() / points.height())
                w, h = points.width() * scale, points.height() * scale
                target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def save_dialog(self) -> None:
        """Asks where to save the issued PDF, then saves it."""
        serial = self.serial
        if serial is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Score report"),
            in_documents(f"score-report-{serial}.pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        desk = self._desk
        self._run(
            self.tr("Saving the Score report"),
            lambda: save_report(desk, serial, path),
            lambda saved: self._say(self.tr("Saved to {0}.").format(saved)),
        )

    def reply_mail(self) -> None:
        """Writes the reply to the applicant (saved with the request), then offers it."""
        serial = self.serial
        if serial is None:
            return
        if serial in self._eml:  # written once per serial: no second copy in the request
            self._offer_eml(serial, self._eml[serial])
            return
        desk = self._desk
        self._run(
            self.tr("Writing the reply e-mail"),
            lambda: reports.reply_with_report(desk, serial=serial),
            lambda raw: self._offer_eml(serial, raw),
        )

    def _offer_eml(self, serial: str, raw: bytes) -> None:
        self._eml[serial] = raw
        self._say(self.tr("Reply e-mail saved with the request."))
        self.mail_dialog = ReplyMailDialog(serial, raw, self)
        self.mail_dialog.open()

    # -- plumbing ------------------------------------------------------------------------

    def _run(
        self,
        name: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], Any],
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Runs a service call (in the background with a task manager); one at a time."""
        self._busy = True
        self._update()
        self.message.clear()
        if self._tasks is None:
            try:
                result = fn()
            except Exception as exc:  # shown to the clerk, logged with its traceback
                log.exception("report action failed")
                self._failed(on_error, exc)
            else:
                self._finish(on_done, result)
            return
        task = self._tasks.run(name, lambda _ctx: fn())

        # Functions, not slots of a helper QObject: with PySide6 6.12.0 a signal connected to a
        # bound method of a Python QObject that is then deleted corrupts the heap. isValid
        # drops a result that arrives after the dialog was deleted.
        def succeeded(result: Any) -> None:
            if isValid(self):
                self._finish(on_done, result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._failed(on_error, exc)

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)

    def _finish(self, on_done: Callable[[Any], Any], result: Any) -> None:
        self._busy = False
        on_done(result)
        self._update()
        self.stateChanged.emit()

    def _failed(self, on_error: Callable[[BaseException], Any] | None, exc: BaseException) -> None:
        self._busy = False
        if on_error is not None:
            on_error(exc)
        else:
            self._say(self.error_message(exc), error=True)
        self._update()
        self.stateChanged.emit()
