"""Reopening a decision: a supervisor takes an approved or rejected request back into review,
giving the reason, which the history keeps (:func:`ssw_desk.services.decisions.reopen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ssw_desk.gui.review.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from ssw_desk.gui.review.panel import ReviewPanel


class ReopenDialog(ReasonDialog):
    """Asks why the decision on ``reference`` is reopened; Reopen is enabled once one is given."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, height=260)
        self.reference = reference
        self.error = self.note_label("#b42318", after_reason=True)
        self.reopen_button = self.ok_button
        self._retranslate()
        self._sync()

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
