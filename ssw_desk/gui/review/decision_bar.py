"""The decision buttons under the review, driven by actions the shell can bind shortcuts to.

Approve is enabled only when no finding fails; "Approve with reasons…" takes its place when
something fails (the dialog then asks for a reason per failing finding). Which buttons are
enabled is the lifecycle's answer (:func:`ssw_desk.domain.lifecycle.allowed`) for the request's
status: decisions are closed on issued and rejected requests; a note can always be added.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ssw_desk.domain.lifecycle import RequestStatus, allowed
from ssw_desk.services.requests import RequestView


def _button(action: QAction, parent: QWidget, *, primary: bool = False) -> QPushButton:
    """A push button mirroring ``action`` (text, tip, enabled, visible)."""
    button = QPushButton(action.text(), parent)
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def sync() -> None:
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.setVisible(action.isVisible())

    action.changed.connect(sync)
    sync()
    if primary:
        button.setDefault(False)
        # Font and padding in every state: Qt sizes a button by its current state's rule, so a
        # bold font only in ':enabled' clipped the text once the button became enabled.
        button.setStyleSheet(
            "QPushButton { font-weight: bold; padding: 5px 14px; }"
            "QPushButton:enabled { background: #067647; color: white; border-radius: 4px; }"
        )
    return button


class DecisionBar(QWidget):
    """Approve | Approve with reasons… | Flag deficiencies… | Reject… | Note… | Score report…,
    and a status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approve_action = QAction(self)
        self.override_action = QAction(self)
        self.flag_action = QAction(self)
        self.reject_action = QAction(self)
        self.note_action = QAction(self)
        self.report_action = QAction(self)
        self.send_action = QAction(self)
        self.reopen_action = QAction(self)
        self.status = QLabel(self)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.approve_button = _button(self.approve_action, self, primary=True)
        self.override_button = _button(self.override_action, self)
        self.flag_button = _button(self.flag_action, self)
        self.reject_button = _button(self.reject_action, self)
        self.note_button = _button(self.note_action, self)
        self.report_button = _button(self.report_action, self)
        self.reopen_button = _button(self.reopen_action, self)
        self.send_button = _button(self.send_action, self, primary=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.approve_button)
        layout.addWidget(self.send_button)
        layout.addWidget(self.override_button)
        layout.addWidget(self.flag_button)
        layout.addWidget(self.reject_button)
        layout.addSpacing(12)
        layout.addWidget(self.note_button)
        layout.addWidget(self.report_button)
        layout.addWidget(self.reopen_button)
        layout.addSpacing(12)
        layout.addWidget(self.status, 1)
        self._busy = False
        self._view: RequestView | None = None
        self._failing: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Every action's text and tip in the interface language (also on a switch)."""
        self.approve_action.setText(self.tr("Approve"))
        self.approve_action.setToolTip(self.tr("Approve: no finding fails"))
        self.override_action.setText(self.tr("Approve with reasons…"))
        self.override_action.setToolTip(
            self.tr("Some findings fail: approve giving a reason for each one")
        )
        self.flag_action.setText(self.tr("Flag deficiencies…"))
        self.flag_action.setToolTip(self.tr("Write the notice asking the applicant to correct"))
        self.reject_action.setText(self.tr("Reject as ineligible…"))
        self.reject_action.setToolTip(self.tr("Reject and write the standard notice"))
        self.note_action.setText(self.tr("Note…"))
        self.note_action.setToolTip(self.tr("Add a note to the request's history"))
        self.report_action.setText(self.tr("Score report…"))
        self.report_action.setToolTip(
            self.tr("Preview, issue, print or send the Score report (approved requests)")
        )
        self.send_action.setText(self.tr("Approve and send the report…"))
        self.send_action.setToolTip(
            self.tr("Approve, issue the Score report and e-mail it to the applicant, in one step")
        )
        self.reopen_action.setText(self.tr("Reopen…"))
        self.reopen_action.setToolTip(
            self.tr("Supervisor: take an approved or rejected request back into review")
        )
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_request(self, view: RequestView | None, failing: list[str]) -> None:
        self._view = view
        self._failing = list(failing)
        self.status.clear()
        self._update()

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        view = self._view
        status = view.status if view is not None and not self._busy else None

        def may(action: str) -> bool:
            return status is not None and allowed(action, status)

        fails = bool(self._failing)
        self.approve_action.setEnabled(
            may("approve") and not fails and status != RequestStatus.APPROVED
        )
        self.override_action.setVisible(fails)
        self.override_action.setEnabled(may("approve_with_override") and fails)
        self.flag_action.setEnabled(may("flag"))
        self.reject_action.setEnabled(may("reject"))
        self.note_action.setEnabled(may("note"))
        self.report_action.setEnabled(may("issue") or may("reissue"))
        clean_open = may("approve") and not fails and status != RequestStatus.APPROVED
        approved = status == RequestStatus.APPROVED and may("issue")
        self.send_action.setEnabled(clean_open or approved)
        self.send_action.setText(
            self.tr("Approve and send the report…") if not approved else self.tr("Send the report…")
        )
        self.reopen_action.setEnabled(may("reopen"))
        self.reopen_action.setVisible(may("reopen"))

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b42318;" if error else "color: #067647;")
        self.status.setText(text)
