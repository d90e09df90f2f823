"""The header line of a request and the tabs below the images.

Tabs: Items (the seven items against the roster, with the roster's result), Checks (findings,
photo checks, attachments), E-mail (the body with the item lines marked), Versions (what a
resubmission changed), History (who did what).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.domain import lifecycle
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.gui.review.fields_table import COL_ITEM, COL_STATUS, FieldsModel
from ssw_desk.gui.review.findings_view import FindingsView
from ssw_desk.gui.review.history_view import HistoryView, local_time
from ssw_desk.gui.review.mail_text import MailTextView
from ssw_desk.gui.review.texts import plain_tip, status_label
from ssw_desk.gui.review.versions_view import VersionsView
from ssw_desk.services.requests import RequestView, VersionView

STATUS_STYLE: dict[str, str] = {
    RequestStatus.NEW: "#1d4ed8",
    RequestStatus.RESUBMITTED: "#7c3aed",
    RequestStatus.WAITING_APPLICANT: "#6b7280",
    RequestStatus.APPROVED: "#067647",
    RequestStatus.ISSUED: "#067647",
    RequestStatus.REJECTED: "#b42318",
}


class RequestHeader(QWidget):
    """Reference, status chip, received and due dates, sender and subject on two lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = QLabel(self)
        font = self.reference.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.reference.setFont(font)
        self.status = QLabel(self)
        # This desk's clerk: their own claim is not announced to them.
        self.me: str | None = None
        self.claim = QLabel(self)
        self.claim.setStyleSheet("color: #b54708; font-weight: bold;")
        # Offered while another clerk's claim shows (the panel asks the reason and claims).
        self.take_over = QPushButton(self)
        self.take_over.setVisible(False)
        self.dates = QLabel(self)
        self.sender_line = QLabel(self)
        self.sender_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The applicant's address and subject: never markup.
        self.sender_line.setTextFormat(Qt.TextFormat.PlainText)
        self.sender_line.setProperty("applicant_text", True)  # sender and subject: data
        self.claim.setTextFormat(Qt.TextFormat.PlainText)
        self.sender_line.setStyleSheet("color: #4b5563;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.reference)
        top.addWidget(self.status)
        top.addWidget(self.claim)
        top.addWidget(self.take_over)
        top.addSpacing(12)
        top.addWidget(self.dates)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.sender_line)

    def set_request(self, view: RequestView | None) -> None:
        if view is None:
            for label in (self.reference, self.status, self.claim, self.dates, self.sender_line):
                label.clear()
            self.take_over.setVisible(False)
            return
        self.reference.setText(view.reference)
        colour = STATUS_STYLE.get(view.status, "#374151")
        self.status.setText(status_label(view.status))
        self.status.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 8px; padding: 1px 8px;"
        )
        claim = view.claim or {}
        holder = claim.get("display_name") if claim.get("clerk") != self.me else None
        self.claim.setText(self.tr("{0} is reviewing").format(holder) if holder else "")
        self.take_over.setText(self.tr("Take over…"))
        self.take_over.setToolTip(self.tr("Take over this review, stating a reason"))
        self.take_over.setVisible(bool(holder))
        parts = [self.tr("Received {0}").format(local_time(view.received_at))]
        if view.due_date and not lifecycle.is_closed(view.status):
            # Once issued or rejected the deadline was met or is moot: no red date.
            overdue = date.fromisoformat(view.due_date) < date.today()
            due = self.tr("Answer by {0}").format(view.due_date)
            parts.append(f"<b style='color:#b42318'>{due}</b>" if overdue else f"<b>{due}</b>")
        elif view.status == RequestStatus.WAITING_APPLICANT:
            parts.append(self.tr("Deadline paused: waiting for the applicant"))
        if len(view.versions) > 1:
            parts.append(self.tr("Version {0}").format(len(view.versions)))
        self.dates.setText(" · ".join(parts))
        self.sender_line.setText(f"{view.sender} — {view.subject}")
        self.sender_line.setToolTip(plain_tip(view.subject))


class ItemsTab(QWidget):
    """The roster's verdict line above the seven-item table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster = QLabel(self)
        self.roster.setWordWrap(True)
        self.model = FieldsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #6b7280;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.roster)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._view: RequestView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Double-click an item to see the line of the e-mail it was read from.")
        )
        self.roster.setText(self._roster_text(self._view))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_request(self, view: RequestView | None) -> None:
        self._view = view
        self.model.set_request(view)
        self.roster.setText(self._roster_text(view))

    def _roster_text(self, view: RequestView | None) -> str:
        if view is None:
            return ""
        r = view.roster_match
        if r is None:
            return "<b style='color:#b42318'>" + self.tr("Not in the roster.") + "</b>"
        result = self.tr("passed") if r.get("result") == "pass" else self.tr("failed")
        text = self.tr("Roster: exam {0}, {1}").format(r.get("exam_number"), result)
        score, mark, top = r.get("score"), r.get("passing_score"), r.get("max_score")
        if score is not None and mark:
            text += self.tr(" · score {0:g} / passing mark {1:g}").format(score, mark)
            if top:
                text += self.tr(" (of {0:g})").format(top)
            text += self.tr(" · {0:.0%} of the passing mark").format(score / mark)
        if r.get("result") == "pass":
            return f"<b style='color:#b42318'>{text}</b>"
        return text


class DetailTabs(QTabWidget):
    """Items | Checks | E-mail | Versions | History."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.items = ItemsTab(self)
        self.checks = FindingsView(self)
        self.mail = MailTextView(self)
        self.mail_caption = QLabel(self)
        self.mail_caption.setTextFormat(Qt.TextFormat.PlainText)  # holds the subject
        mail_page = QWidget(self)
        mail_layout = QVBoxLayout(mail_page)
        mail_layout.setContentsMargins(6, 6, 6, 6)
        mail_layout.addWidget(self.mail_caption)
        mail_layout.addWidget(self.mail, 1)
        self.versions = VersionsView(self)
        self.history = HistoryView(self)
        for page in (self.items, self.checks, mail_page, self.versions, self.history):
            self.addTab(page, "")
        self.mail_page = mail_page
        self._view: RequestView | None = None
        self.items.table.doubleClicked.connect(self._show_source_line)
        self.versions.versionChosen.connect(self._show_version_mail)
        self.retranslate()

    def retranslate(self) -> None:
        """The tab titles (and what the current request adds to them) in the interface
        language; the tabs' contents follow their own language-change events."""
        for index, text in enumerate(
            (self.tr("Items"), self.tr("Checks"), self.tr("E-mail"), self.tr("Versions"),
             self.tr("History"))
        ):  # fmt: skip
            self.setTabText(index, text)
        if self._view is not None:
            self.set_request(self._view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_request(self, view: RequestView | None) -> None:
        self._view = view
        self.items.set_request(view)
        self.checks.set_request(view)
        self.history.set_events(view.history if view is not None else [])
        versions = view.versions if view is not None else []
        self.versions.set_versions(versions)
        self._show_mail(versions[-1] if versions else None)
        fails = FindingsView.failing_count(view) if view is not None else 0
        self.setTabText(1, self.tr("Checks ({0} ✗)").format(fails) if fails else self.tr("Checks"))
        self.setTabText(3, self.tr("Versions ({0})").format(len(versions)))

    def _show_mail(self, version: VersionView | None) -> None:
        if version is None:
            self.mail.set_text("", {})
            self.mail_caption.clear()
            return
        items = version.fields.get("fields", {}) or {}
        self.mail.set_text(
            version.body_text, {n: (fv or {}).get("line") for n, fv in items.items()}
        )
        self.mail_caption.setText(
            self.tr("Version {0} · {1} · highlighted: the lines the items were read from").format(
                version.number, version.subject
            )
        )

    def _show_version_mail(self, number: int) -> None:
        if self._view is None:
            return
        for v in self._view.versions:
            if v.number == number:
                self._show_mail(v)

    def _show_source_line(self, index: QModelIndex) -> None:
        row = self.items.model.row_at(index.row())
        if row is None or row.line is None:
            return
        self.setCurrentWidget(self.mail_page)
        self.mail.show_line(row.line)
