"""A dialog that asks the clerk for a reason (kept in the history): an introduction, the reason,
and an OK button enabled once a reason is given. The reopen and take-over dialogs build on it;
each writes its own texts (their translation context is their own class)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """The shared frame; subclasses set the texts in :meth:`_retranslate`."""

    def __init__(self, parent: QWidget | None, *, height: int) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._sync)
        self._column = QVBoxLayout(self)
        for w in (self.intro, self.edit, self.buttons):
            self._column.addWidget(w)
        self.resize(500, height)

    def note_label(self, colour: str, *, after_reason: bool) -> QLabel:
        """A wrapped line in ``colour``, above or below the reason."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        at = self._column.indexOf(self.buttons if after_reason else self.edit)
        self._column.insertWidget(at, label)
        return label

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
