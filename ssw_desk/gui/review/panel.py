"""The review panel: everything a clerk needs to decide on one request, and the decisions.

Layout: a header (reference, status, deadline, sender); a vertical splitter with the three
images on top (card front | card back | face photo) and the tabs below (Items | Checks |
E-mail | Versions | History); the decision bar at the bottom.

Contract with the shell: the shell gives the desk and its :class:`TaskManager`, calls
:meth:`ReviewPanel.set_request` with a view from ``show_request`` (which logs the access), and
binds shortcuts to :meth:`ReviewPanel.review_actions`. The panel calls the decision services itself
(one place for the dialogs and the service calls they need) and emits ``decided`` afterwards,
so the shell refreshes the queue and shows the request again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ssw_desk.domain.deficiencies import INELIGIBLE_REASONS
from ssw_desk.errors import DeskError
from ssw_desk.gui.review.decision_bar import DecisionBar
from ssw_desk.gui.review.decision_dialogs import ApproveDialog, FlagDialog, NoteDialog, RejectDialog
from ssw_desk.gui.review.details import DetailTabs, RequestHeader
from ssw_desk.gui.review.images_row import ImagesRow
from ssw_desk.gui.review.reanalyse import ReanalyseOffer
from ssw_desk.gui.review.sent_mail import SentMailView
from ssw_desk.gui.review.texts import error_text
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.changes import RequestChanged
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import RequestView, show_request

if TYPE_CHECKING:
    from ssw_desk.services import decisions

log = logging.getLogger(__name__)


def failing_codes(view: RequestView) -> list[str]:
    """Codes of the failing findings, once each, in finding order."""
    codes: list[str] = []
    for f in view.findings:
        code = str(f.get("code", ""))
        if f.get("status") == "fail" and code not in codes:
            codes.append(code)
    return codes


class ReviewPanel(QWidget):
    """One request under review.

    Args:
        desk: The desk the services work on.
        parent: The parent widget.
        tasks: The shell's task manager; None runs the service calls synchronously.

    Signals:
        decided(int, str): a decision was saved: request id and ``approved``, ``flagged``,
            ``rejected``, ``noted``, ``issued`` (a Score report) or ``reanalysed`` (the face photo
            was checked again). The panel reloads the
            request itself (``show_request``); the shell refreshes its queue.
        failed(str): a decision failed; the translated reason (also shown in the bar).
    """

    decided = Signal(int, str)
    failed = Signal(str)

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, tasks: TaskManager | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._view: RequestView | None = None
        self.header = RequestHeader(self)
        self.header.me = desk.actor.user
        self.images = ImagesRow(desk, tasks, self)
        self.tabs = DetailTabs(self)
        self.sent_mail = SentMailView(desk, self)  # notices and report e-mails, with status
        self.tabs.addTab(self.sent_mail, self.tr("Sent e-mail"))
        self.sent_mail.changed.connect(self._mail_changed)
        self.bar = DecisionBar(self)
        self.offer = ReanalyseOffer(self)
        self.offer.requested.connect(self.reanalyse)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.images)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([460, 360])
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.header)
        layout.addWidget(self.offer)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.bar)
        self.bar.approve_action.triggered.connect(self.approve)
        self.bar.override_action.triggered.connect(self.approve)
        self.bar.flag_action.triggered.connect(self.flag)
        self.bar.reject_action.triggered.connect(self.reject)
        self.bar.note_action.triggered.connect(self.note)
        self.bar.report_action.triggered.connect(self.report)
        self.bar.reopen_action.triggered.connect(self.reopen)
        self.header.take_over.clicked.connect(self.take_over)
        self.bar.send_action.triggered.connect(self.approve_and_send)
        self.set_request(None)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the interface language, at once, without reading the
        request again (its widgets retranslate what they hold on their own event)."""
        self.empty.setText(self.tr("Choose a request in the queue."))
        self.tabs.setTabText(self.tabs.indexOf(self.sent_mail), self.tr("Sent e-mail"))
        if hasattr(self, "_overlay_action"):
            self._overlay_action.setText(self.tr("Show photo geometry"))
        if self._view is not None:
            self.header.set_request(self._view)
            self.images.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the shell's side ----------------------------------------------------------------

    def set_request(self, view: RequestView | None) -> None:
        """Shows ``view`` (None: nothing chosen). Images already seen appear at once; the
        others load in the background."""
        self._view = view
        has = view is not None
        self.empty.setVisible(not has)
        self.header.setVisible(has)
        self.splitter.setVisible(has)
        self.bar.setVisible(has)
        self.header.set_request(view)
        self.offer.set_request(view)
        self.images.set_request(view)
        self.tabs.set_request(view)
        self.sent_mail.set_request(view.id if view is not None else None)
        self.bar.set_request(view, failing_codes(view) if view is not None else [])

    def request(self) -> RequestView | None:
        return self._view

    def is_busy(self) -> bool:
        """Whether a decision is being saved."""
        return self.bar.is_busy()

    def review_actions(self) -> dict[str, QAction]:
        """The decision actions, for the shell's menus and shortcuts.

        Keys: ``approve`` (enabled when nothing fails), ``override`` (approve giving reasons,
        enabled when something fails), ``flag``, ``reject``, ``note``, ``overlay`` (toggles
        the face photo geometry), ``report`` (the Score report dialog).
        """
        return {
            "approve": self.bar.approve_action,
            "override": self.bar.override_action,
            "flag": self.bar.flag_action,
            "reject": self.bar.reject_action,
            "note": self.bar.note_action,
            "reopen": self.bar.reopen_action,
            "send": self.bar.send_action,
            "overlay": self.overlay_action(),
            "report": self.bar.report_action,
        }

    def overlay_action(self) -> QAction:
        if not hasattr(self, "_overlay_action"):
            button = self.images.panes["face_photo"].overlay_button
            action = QAction(self.tr("Show photo geometry"), self)
            action.setCheckable(True)
            action.setChecked(button.isChecked())
            action.toggled.connect(button.setChecked)
            button.toggled.connect(action.setChecked)
            self._overlay_action = action
        return self._overlay_action

    # -- decisions -----------------------------------------------------------------------

    def approve(self) -> None:
        """Approves, asking for a reason per failing finding (the shell's shortcut lands here)."""
        view = self._view
        can = self.bar.approve_action.isEnabled() or self.bar.override_action.isEnabled()
        if view is None or not can:
            return
        dialog = ApproveDialog(view.reference, failing_codes(view), self)
        if dialog.exec() != ApproveDialog.DialogCode.Accepted:
            return
        overrides = dialog.overrides()
        from ssw_desk.services import decisions

        self._call(
            lambda: decisions.approve(
                self._desk, request_id=view.id, overrides=overrides, expect_revision=view.revision
            ),
            lambda _r: self._done(view.id, "approved", self.tr("Approved.")),
        )

    def flag(self) -> None:
        """Opens the deficiency checklist; the notice is written from the dialog."""
        view = self._view
        if view is None or not self.bar.flag_action.isEnabled():
            return
        from ssw_desk.services import decisions
        from ssw_desk.services.notices import get_catalogue, get_notice_settings, notice_text

        try:
            checklist = decisions.deficiency_checklist(self._desk, request_id=view.id)
            catalogue = get_catalogue(self._desk)
            sender = get_notice_settings(self._desk)
        except DeskError as exc:
            self._error(exc)
            return

        def preview(codes: list[str], extra: str) -> str:
            items = [(e.ja, e.en) for c in codes if (e := catalogue.item(c)) is not None]
            if extra:
                items.append((extra, extra))
            return notice_text(
                request_reference=view.reference,
                items=items,
                kind="deficiency",
                catalogue=catalogue,
                settings=sender,
            )

        dialog = FlagDialog(
            view.reference,
            checklist.items,
            preview=preview,
            fetch_eml=self._fetch_eml,
            parent=self,
        )
        flagged: list[bool] = []

        def create(codes: list[str], extra: str) -> None:
            self._call(
                lambda: decisions.flag_deficiencies(
                    self._desk,
                    request_id=view.id,
                    items=codes,
                    extra_text=extra or None,
                    expect_revision=view.revision,
                ),
                done,
                lambda exc: dialog.set_error(self._message(exc)),
            )

        def done(notice: decisions.Notice) -> None:
            dialog.set_notice(notice)
            flagged.append(True)

        dialog.createRequested.connect(create)
        dialog.exec()
        if flagged:
            self._done(view.id, "flagged", self.tr("Deficiency notice written."))

    def reject(self) -> None:
        """Rejects as ineligible, choosing the reason; writes the standard notice."""
        view = self._view
        if view is None or not self.bar.reject_action.isEnabled():
            return
        from ssw_desk.services import decisions
        from ssw_desk.services.notices import get_catalogue

        try:
            catalogue = get_catalogue(self._desk)
            suggested = decisions.deficiency_checklist(
                self._desk, request_id=view.id
            ).suggested_rejection
        except DeskError as exc:
            self._error(exc)
            return
        reasons = [e for r in INELIGIBLE_REASONS if (e := catalogue.ineligible(r)) is not None]
        dialog = RejectDialog(
            view.reference, reasons, suggested=suggested, fetch_eml=self._fetch_eml, parent=self
        )
        rejected: list[bool] = []

        def run(reason: str) -> None:
            self._call(
                lambda: decisions.reject(
                    self._desk, request_id=view.id, reason=reason, expect_revision=view.revision
                ),
                done,
                lambda exc: dialog.set_error(self._message(exc)),
            )

        def done(notice: decisions.Notice) -> None:
            dialog.set_notice(notice)
            rejected.append(True)

        dialog.rejectRequested.connect(run)
        dialog.exec()
        if rejected:
            self._done(view.id, "rejected", self.tr("Rejected; notice written."))

    def note(self) -> None:
        """Adds a note to the history."""
        view = self._view
        if view is None or not self.bar.note_action.isEnabled():
            return
        dialog = NoteDialog(view.reference, self)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return
        text = dialog.text()
        from ssw_desk.services import decisions

        self._call(
            lambda: decisions.add_note(
                self._desk, request_id=view.id, text=text, expect_revision=view.revision
            ),
            lambda _r: self._done(view.id, "noted", self.tr("Note added.")),
        )

    def approve_and_send(self) -> None:
        """Approve (when not yet), issue and e-mail the report, after one confirmation."""
        from ssw_desk.gui.review import one_step

        one_step.run(self)

    def reopen(self) -> None:
        """Reopens an approved or rejected request (a supervisor's action, with a reason)."""
        from ssw_desk.gui.review import reopen_dialog

        reopen_dialog.run(self)

    def take_over(self) -> None:
        """Takes over another clerk's review of this request, asking the reason."""
        from ssw_desk.gui.review import take_over

        take_over.run(self)

    def reanalyse(self) -> None:
        """Analyses the request's face photos again with the current checks (the offer)."""
        view = self._view
        if view is None:
            return
        self.offer.button.setEnabled(False)
        from ssw_desk.services.photos import reanalyse_photos

        self._call(
            lambda: reanalyse_photos(self._desk, [view.id]),
            lambda _r: self._done(view.id, "reanalysed", self.tr("Photo checked again.")),
        )

    def report(self) -> None:
        """Opens the Score report dialog (preview, issue, print, save, reply, reissue)."""
        view = self._view
        if view is None or not self.bar.report_action.isEnabled():
            return
        # Imported here: QtPdf loads only when a report is opened (start-up time), and the
        # dialog module imports this package's texts.
        from ssw_desk.gui.report_dialog import ReportDialog

        dialog = ReportDialog(
            self._desk,
            view.id,
            self._tasks,
            self,
            reference=view.reference,
            revision=view.revision,
        )
        dialog.issued.connect(
            lambda serial: self._done(
                view.id, "issued", self.tr("Score report {0} issued.").format(serial)
            )
        )
        dialog.exec()
        dialog.deleteLater()

    def _fetch_eml(self, message_pk: int, purpose: str) -> bytes:
        """A saved notice's bytes; reading it is logged (a write), so it runs on a worker
        while a local event loop keeps the window painting."""
        from ssw_desk.services import decisions

        def fetch() -> bytes:
            return decisions.notice_for(self._desk, message_pk=message_pk, purpose=purpose)

        if self._tasks is None:
            return fetch()
        outcome: dict[str, Any] = {}
        loop = QEventLoop(self)
        task = self._tasks.run(self.tr("Reading the notice"), lambda _ctx: fetch())
        task.succeeded.connect(lambda result: outcome.setdefault("result", result))
        task.failed.connect(lambda exc: outcome.setdefault("error", exc))
        task.finished.connect(loop.quit)
        loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return bytes(outcome["result"])

    # -- plumbing ------------------------------------------------------------------------

    def _call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], Any],
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Runs a service call (in the background when the shell gave a task manager)."""
        handle_error = on_error or self._error
        self.bar.set_busy(True)

        def finish_ok(result: Any) -> None:
            self.bar.set_busy(False)
            on_done(result)

        def finish_error(exc: BaseException) -> None:
            self.bar.set_busy(False)
            handle_error(exc)

        if self._tasks is None:
            try:
                result = fn()
            except Exception as exc:  # shown to the clerk, logged with its traceback
                log.exception("decision failed")
                finish_error(exc)
            else:
                finish_ok(result)
            return
        task = self._tasks.run(self.tr("Saving the decision"), lambda _ctx: fn())
        task.succeeded.connect(finish_ok)
        task.failed.connect(finish_error)

    def _message(self, exc: BaseException) -> str:
        from ssw_desk.services import decisions

        if isinstance(exc, decisions.UnresolvedFailures):
            return error_text(exc.code) + " " + ", ".join(exc.codes)
        if isinstance(exc, RequestChanged):
            who = "; ".join(f"{c['action']} ({c['actor']})" for c in exc.changes)
            return f"{error_text(exc.code)} {who}".strip()
        if isinstance(exc, DeskError):
            return error_text(exc.code)
        return self.tr("Unexpected error: {0}").format(type(exc).__name__)

    def _error(self, exc: BaseException) -> None:
        text = self._message(exc)
        if isinstance(exc, RequestChanged) and self._view is not None:
            self._reload(self._view.id, text)  # show what it is now; keep the message
        self.bar.show_status(text, error=True)
        self.failed.emit(text)

    def _reload(self, request_id: int, text: str) -> None:
        def reloaded(view: RequestView) -> None:
            if self._view is not None and self._view.id == view.id:
                self.set_request(view)
                self.bar.show_status(text, error=True)

        self._call(lambda: show_request(self._desk, request_id=request_id), reloaded)

    def _mail_changed(self, request_id: int) -> None:
        """An e-mail was resent or cancelled: the history shows it after a reload."""

        def reloaded(view: RequestView) -> None:
            if self._view is not None and self._view.id == view.id:
                self.set_request(view)
                self.bar.show_status(self.tr("E-mail updated."))

        self._call(lambda: show_request(self._desk, request_id=request_id), reloaded)

    def _done(self, request_id: int, action: str, text: str) -> None:
        self.decided.emit(request_id, action)

        def reloaded(view: RequestView) -> None:
            if self._view is not None and self._view.id == view.id:
                self.set_request(view)
                self.bar.show_status(text)

        self._call(lambda: show_request(self._desk, request_id=request_id), reloaded)
