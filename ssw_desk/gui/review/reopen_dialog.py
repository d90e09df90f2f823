"""Reopening a decision: a supervisor takes an approved or rejected request back into review,
giving the reason, which the history keeps (:func:`ssw_desk.services.decisions.reopen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ssw_desk.gui.review.panel import ReviewPanel


class ReopenDialog(QDialog):
    """Asks why the decision on ``reference`` is reopened; Reopen is enabled once one is given."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reopen_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._sync)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.edit, self.error, self.buttons):
            layout.addWidget(w)
        self.resize(500, 260)
        self._retranslate()
        self._sync()

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def _sync(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason()))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen the decision — %1").replace("%1", self.reference))
        self.intro.setText(
            self.tr(
                "The request goes back to review and its deadline counts again. Why is the "
                "decision reopened? The reason is kept in the history."
            )
        )
        self.edit.setPlaceholderText(self.tr("Reason (no card numbers or other personal data)"))
        self.reopen_button.setText(self.tr("Reopen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def run(panel: ReviewPanel) -> None:
    """The panel's action: ask the reason, reopen on a worker, show the outcome."""
    from ssw_desk.services import decisions

    view = panel.request()
    if view is None or not panel.bar.reopen_action.isEnabled():
        return
    dialog = ReopenDialog(view.reference, panel)
    if dialog.exec() != ReopenDialog.DialogCode.Accepted:
        return
    desk, reason, request_id, revision = panel._desk, dialog.reason(), view.id, view.revision
    done = QCoreApplication.translate("ReopenDialog", "Reopened for review.")
    panel._call(
        lambda: decisions.reopen(
            desk, request_id=request_id, reason=reason, expect_revision=revision
        ),
        lambda _r: panel._done(request_id, "reopened", done),
    )
