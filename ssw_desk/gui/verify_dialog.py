"""Verify a Score report at the desk: the verdict, every signed item, and the photo on the
document next to the photo the desk issued with that serial."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.errors import DeskError
from ssw_desk.gui.files import in_documents
from ssw_desk.services.context import Desk
from ssw_desk.services.report_checks import VerificationView, verification_view

PHOTO_HEIGHT = 230


class VerifyDialog(QDialog):
    """Type or scan a code, or open a PDF; shows what the report must say."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Verify a Score report"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("Scan or type the verification code"))
        self.code_edit.returnPressed.connect(self.verify_code)
        check_button = QPushButton(self.tr("Verify code"), self)
        check_button.clicked.connect(self.verify_code)
        open_button = QPushButton(self.tr("Open PDF…"), self)
        open_button.clicked.connect(self.choose_pdf)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(check_button)
        row.addWidget(open_button)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.items = QTableWidget(0, 2, self)
        self.items.setHorizontalHeaderLabels([self.tr("Signed item"), self.tr("Value")])
        self.items.horizontalHeader().setStretchLastSection(True)
        self.document_photo = QLabel(self)
        self.stored_photo = QLabel(self)
        photos = QGridLayout()
        photos.addWidget(QLabel(self.tr("On the document"), self), 0, 0)
        photos.addWidget(QLabel(self.tr("Issued by the desk"), self), 0, 1)
        photos.addWidget(self.document_photo, 1, 0)
        photos.addWidget(self.stored_photo, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        body = QHBoxLayout()
        body.addWidget(self.items, 1)
        body.addLayout(photos)
        layout.addLayout(body)
        self.resize(900, 520)

    def choose_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a Score report"), in_documents(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.verify_file(Path(path))

    def verify_code(self) -> None:
        self._show(lambda: verification_view(self._desk, code=self.code_edit.text()))

    def verify_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError:
            self.verdict.setText(self.tr("The file cannot be read."))
            return
        self._show(lambda: verification_view(self._desk, pdf=data))

    def _show(self, run: object) -> None:
        try:
            view: VerificationView = run()  # type: ignore[operator]
        except DeskError as exc:
            self.verdict.setText(exc.code)
            return
        check = view.check
        verdicts = {
            "valid": self.tr("VALID: the report is genuine and unchanged."),
            "invalid": self.tr("INVALID: do not accept this report."),
            "superseded": self.tr("SUPERSEDED: a newer report replaces this one."),
            "revoked": self.tr("REVOKED: the secretariat withdrew this report."),
            "malformed": self.tr("Not a Score report or code."),
        }
        text = verdicts.get(check.result, check.result)
        if check.reason:
            text += f"  ({check.reason})"
        if check.scheme != "SSW2":
            text += "  " + self.tr("[earlier scheme {0}]").format(check.scheme)
        self.verdict.setText(text)
        signed = check.signed or {}
        self.items.setRowCount(len(signed))
        for i, (key, value) in enumerate(signed.items()):
            self.items.setItem(i, 0, QTableWidgetItem(key))
            self.items.setItem(i, 1, QTableWidgetItem(value))
        for label, photo in (
            (self.document_photo, view.document_photo),
            (self.stored_photo, view.stored_photo),
        ):
            pixmap = QPixmap()
            if photo is not None and pixmap.loadFromData(photo):
                label.setPixmap(
                    pixmap.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
                )
            else:
                label.setPixmap(QPixmap())
                label.setText(self.tr("(none)"))
