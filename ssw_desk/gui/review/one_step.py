"""The review's "Approve and send the report…": one confirmation, then approve, issue, write
the e-mail and send it (when the desk sends mail itself), all on a worker thread.

A clean request thus goes from opening it to its Score report sent in three actions: choose
it, press the button (or Ctrl+Shift+S), confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk
from ssw_desk.services.one_step import Sent, approve_issue_send

if TYPE_CHECKING:
    from ssw_desk.gui.review.panel import ReviewPanel


@dataclass(frozen=True)
class SentNow:
    step: Sent
    #: Messages the outbox sent in this step (0 without a mailbox, or when another desk sends).
    sent: int
    #: Why sending did not happen now, as a code (None: sent, or the desk does not send).
    send_error: str | None


def approve_issue_and_send(desk: Desk, *, request_id: int, expect_revision: int | None) -> SentNow:
    """The worker's part: the service's three steps, then the outbox sent at once."""
    from ssw_desk.mailbox.send import send_outbox
    from ssw_desk.services.mail_settings import get_mailbox_settings

    step = approve_issue_send(desk, request_id=request_id, expect_revision=expect_revision)
    settings = get_mailbox_settings(desk)
    if not settings.can_send:
        return SentNow(step, 0, None)
    try:
        out = send_outbox(desk, settings=settings)
    except DeskError as exc:  # busy (another desk sends it) or unreachable: it stays queued
        return SentNow(step, 0, exc.code)
    return SentNow(step, out.sent, out.error.split(" ")[0] if out.error else None)


def confirm(parent: QWidget, reference: str, approve: bool) -> bool:
    """Asks once; Yes is the default button (Enter confirms)."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_send")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("OneStep", "Send the Score report"))
    text = (
        QCoreApplication.translate(
            "OneStep", "Approve %1, issue its Score report and e-mail it to the applicant?"
        )
        if approve
        else QCoreApplication.translate(
            "OneStep", "Issue the Score report of %1 and e-mail it to the applicant?"
        )
    )
    box.setText(text.replace("%1", reference))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def run(panel: ReviewPanel) -> None:
    """The panel's action: confirm, then the steps on a worker; the outcome in the bar."""
    view = panel.request()
    if view is None or not panel.bar.send_action.isEnabled():
        return
    if not confirm(panel, view.reference, view.status != "approved"):
        return

    def done(result: SentNow) -> None:
        if result.sent:
            text = QCoreApplication.translate("OneStep", "Score report %1 issued and sent.")
        elif result.send_error:
            text = QCoreApplication.translate(
                "OneStep", "Score report %1 issued; the e-mail waits in the outbox."
            )
        else:
            text = QCoreApplication.translate(
                "OneStep", "Score report %1 issued; the e-mail is ready to send."
            )
        panel._done(view.id, "issued", text.replace("%1", result.step.serial))

    desk, request_id, revision = panel._desk, view.id, view.revision
    panel._call(
        lambda: approve_issue_and_send(desk, request_id=request_id, expect_revision=revision),
        done,
    )
