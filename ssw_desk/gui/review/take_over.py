"""Taking over another clerk's review: the header offers it while 「〇〇さんが確認中」 shows.

The clerk states a reason (kept in the history, :func:`ssw_desk.services.claims.claim` with
``take_over``). Anyone may take over an expired claim, only a supervisor a live one: the desk
refuses a clerk first (``role.not_permitted``), and on PostgreSQL the database refuses any
program that tries (``auth.not_allowed``); either refusal shows as its sentence in the bar. The
claim is written on a worker, never on the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ssw_desk.gui.review.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from ssw_desk.gui.review.panel import ReviewPanel


def claim_expired(claim: dict[str, Any], at: datetime | None = None) -> bool:
    """Whether the claim shown has expired since it was read (its desk stopped beating)."""
    expires = datetime.fromisoformat(str(claim["expires_at"]))
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    return expires <= (at or datetime.now(UTC))


class TakeOverDialog(ReasonDialog):
    """Asks why the review of ``reference`` held by ``holder`` is taken over; Take over is
    enabled once a reason is given."""

    def __init__(
        self,
        reference: str,
        holder: str,
        *,
        expired: bool,
        roles: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, height=280)
        self.reference = reference
        self.holder = holder
        self.expired = expired
        self.roles = roles  # False on SQLite (one workstation): roles do not apply
        self.who_may = self.note_label("#4b5563", after_reason=False)
        self.take_button = self.ok_button
        self._retranslate()
        self._sync()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take over the review — %1").replace("%1", self.reference))
        self.intro.setText(
            self.tr(
                "{0} is reviewing this request. Why do you take it over? The reason is kept in "
                "the history, with {0}'s name."
            ).format(self.holder)
        )
        if self.expired:
            self.who_may.setText(self.tr("Their claim has expired: any clerk may take it over."))
        elif self.roles:
            self.who_may.setText(
                self.tr("Their desk is still open: only a supervisor may take it over.")
            )
        else:
            self.who_may.setText("")
        self.who_may.setVisible(bool(self.who_may.text()))
        self.edit.setPlaceholderText(self.tr("Reason (no card numbers or other personal data)"))
        self.take_button.setText(self.tr("Take over"))


def run(panel: ReviewPanel) -> None:
    """The header's action: ask the reason, take the claim over on a worker, show the outcome."""
    from ssw_desk.services import claims

    view = panel.request()
    claim = view.claim if view is not None else None
    if view is None or not claim or claim.get("clerk") == panel.header.me:
        return
    dialog = TakeOverDialog(
        view.reference,
        str(claim.get("display_name") or claim.get("clerk")),
        expired=claim_expired(claim),
        roles=not panel._desk.db.is_sqlite,
        parent=panel,
    )
    accepted = dialog.exec() == TakeOverDialog.DialogCode.Accepted
    reason = dialog.reason()
    dialog.deleteLater()
    if not accepted:
        return
    desk, request_id, revision = panel._desk, view.id, view.revision
    done = QCoreApplication.translate("TakeOverDialog", "You are now reviewing this request.")
    panel._call(
        lambda: claims.claim(
            desk, request_id=request_id, take_over=reason, expect_revision=revision
        ),
        lambda _r: panel._done(request_id, "taken_over", done),
    )
