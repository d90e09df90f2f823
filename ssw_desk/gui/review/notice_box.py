"""A notice's text with "Copy" and "Save .eml…", shared by the flag and reject dialogs.

The box shows a preview while the clerk composes, then the notice as the service saved it.
Copy and Save fetch the saved message through a callback so the service records the export
(who took personal data out of the desk, and how).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.files import in_documents

if TYPE_CHECKING:
    from ssw_desk.services.decisions import Notice


#: Fetches a saved notice's ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -> bytes.
FetchEml = Callable[[int, str], bytes]


class NoticeBox(QWidget):
    """Read-only notice text; Copy and Save .eml… become available once a notice exists."""

    def __init__(self, fetch_eml: FetchEml | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_eml
        self.notice: Notice | None = None
        self.caption = QLabel(self.tr("Preview of the notice (Japanese, then English)"), self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the notice (To, Subject, text) to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save .eml…"), self)
        self.save_button.setToolTip(self.tr("Save the notice as an e-mail file to send"))
        self.save_button.clicked.connect(self.save_dialog)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.set_preview("")

    def set_preview(self, text: str) -> None:
        self.notice = None
        self.caption.setText(self.tr("Preview of the notice (Japanese, then English)"))
        self.text.setPlainText(text)
        self.copy_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def set_notice(self, notice: Notice) -> None:
        self.notice = notice
        self.caption.setText(
            self.tr("Notice saved with request {0}: send it from the mail program").format(
                notice.reference
            )
        )
        self.text.setPlainText(notice.text)
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _eml(self, purpose: str) -> bytes:
        assert self.notice is not None
        if self._fetch is None:
            return self.notice.eml
        return self._fetch(self.notice.message_pk, purpose)

    def copy(self) -> None:
        if self.notice is None:
            return
        self._eml("copy")  # records the copy in the access log
        QGuiApplication.clipboard().setText(self.notice.text)
        self.status.setText(self.tr("Copied."))

    def save_dialog(self) -> None:
        if self.notice is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save notice"),
            in_documents(f"{self.notice.reference}.eml"),
            self.tr("E-mail message (*.eml)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        data = self._eml("export")
        with open(path, "wb") as fh:
            fh.write(data)
        self.status.setText(self.tr("Saved."))
