"""The reply e-mail to the applicant with the Score report attached: its text, **Copy** and
**Save .eml…**. The message is already saved with the request when this opens."""

from __future__ import annotations

import email
import email.policy

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.files import in_documents


class ReplyMailDialog(QDialog):
    """The reply e-mail as saved with the request: its text, **Save .eml…** and **Copy**."""

    def __init__(self, serial: str, raw: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.serial = serial
        self.raw = raw
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        attached = [p.get_filename() for p in message.iter_attachments()]
        self.text = (
            f"To: {message['To']}\nSubject: {message['Subject']}\n\n"
            f"{body.get_content() if body is not None else ''}"
        )
        self.setWindowTitle(self.tr("Reply e-mail"))
        caption = QLabel(
            self.tr("Saved with the request. Send it from the mail program. Attached: {0}").format(
                ", ".join(str(a) for a in attached)
            ),
            self,
        )
        caption.setWordWrap(True)
        view = QPlainTextEdit(self.text, self)
        view.setReadOnly(True)
        self.status = QLabel(self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy To, Subject and text to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save .eml…"), self)
        self.save_button.clicked.connect(self.save_dialog)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.copy_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        self.resize(560, 360)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.status.setText(self.tr("Copied."))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the reply e-mail"),
            in_documents(f"score-report-{self.serial}.eml"),
            self.tr("E-mail message (*.eml)"),
        )
        if path:
            with open(path, "wb") as fh:
                fh.write(self.raw)
            self.status.setText(self.tr("Saved."))
