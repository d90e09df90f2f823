"""The dialogs of the four decisions: approve (with overrides), flag, reject, note.

The dialogs collect what the clerk decides; they never call a service themselves. The flag and
reject dialogs ask for the notice with a signal and stay open to show it (``set_notice``), so
the clerk can copy or save it; the panel runs the service and hands the result back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.domain.deficiencies import ChecklistItem, Entry
from ssw_desk.gui.review.notice_box import FetchEml, NoticeBox
from ssw_desk.gui.review.texts import finding_text, reason_label

if TYPE_CHECKING:
    from ssw_desk.services.decisions import Notice

#: Builds a preview text from (item codes, extra text).
Preview = Callable[[list[str], str], str]

NOT_OVERRIDABLE = frozenset({"eligibility.not_passed"})


class ApproveDialog(QDialog):
    """Approve; when findings fail, one reason per failing code is required.

    Args:
        reference: The request reference, for the title.
        failing: Failing finding codes, in finding order.
    """

    def __init__(
        self, reference: str, failing: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve {0}").format(reference))
        self.reasons: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        blocked = [c for c in failing if c in NOT_OVERRIDABLE]
        if not failing:
            intro = self.tr("No finding fails. Approve this request for its Score report?")
        elif blocked:
            intro = self.tr(
                "The roster says this exam was passed: a Score report is never issued for a "
                "passed exam, so this request cannot be approved. Reject it instead."
            )
        else:
            intro = self.tr(
                "These findings fail. To approve anyway, give the reason you accept each one; "
                "the reasons are kept in the request's history."
            )
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        for code in failing:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("Reason (required)"))
            edit.setEnabled(code not in NOT_OVERRIDABLE)
            edit.textChanged.connect(self._update)
            self.reasons[code] = edit
            title = QLabel(finding_text(code), self)
            title.setToolTip(code)
            title.setWordWrap(True)
            form.addRow(title, edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._blocked = bool(blocked)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        complete = all(e.text().strip() for e in self.reasons.values())
        self.ok_button.setEnabled(complete and not self._blocked)

    def overrides(self) -> dict[str, str]:
        """Failing code -> the clerk's reason."""
        return {c: e.text().strip() for c, e in self.reasons.items()}


class FlagDialog(QDialog):
    """The deficiency checklist (findings first, then the catalogue), bilingual, with preview.

    Signals:
        createRequested(list, str): item codes and extra text; answer with :meth:`set_notice`
            or :meth:`set_error`.
    """

    createRequested = Signal(list, str)

    def __init__(
        self,
        reference: str,
        items: Sequence[ChecklistItem],
        *,
        preview: Preview | None = None,
        fetch_eml: FetchEml | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flag deficiencies — {0}").format(reference))
        self._preview = preview
        self.checklist = QListWidget(self)
        self.checklist.setWordWrap(True)
        self.checklist.setAlternatingRowColors(True)
        for entry in items:
            self._add_item(entry)
        self.checklist.itemChanged.connect(self._refresh)
        self.extra = QPlainTextEdit(self)
        self.extra.setPlaceholderText(self.tr("Your own words, added as the last point (optional)"))
        self.extra.setMaximumHeight(80)
        self.extra.textChanged.connect(self._refresh)
        self.notice_box = NoticeBox(fetch_eml, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Points to raise (ticked: failing findings)"), left))
        left_layout.addWidget(self.checklist, 1)
        left_layout.addWidget(QLabel(self.tr("Additional point"), left))
        left_layout.addWidget(self.extra)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.notice_box)
        splitter.setSizes([480, 520])

        self.create_button = QPushButton(self.tr("Write notice"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1040, 640)
        self._refresh()

    def _add_item(self, entry: ChecklistItem) -> None:
        marks = {"fail": "✗ ", "unknown": "? ", "warn": "! "}
        mark = marks.get(entry.finding_status or "", "")
        item = QListWidgetItem(f"{mark}{entry.ja}\n{entry.en}", self.checklist)
        item.setData(Qt.ItemDataRole.UserRole, entry.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if entry.checked else Qt.CheckState.Unchecked)
        tip = finding_text(entry.code, entry.code)
        item.setToolTip(f"{tip}\n{entry.code}" if entry.finding_status else entry.code)
        if entry.finding_status == "fail":
            item.setForeground(QColor("#b42318"))
        elif entry.finding_status:
            item.setForeground(QColor("#b54708"))

    def codes(self) -> list[str]:
        """Ticked item codes, in checklist order."""
        out = []
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def listed_codes(self) -> list[str]:
        return [
            str(self.checklist.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.checklist.count())
        ]

    def set_checked(self, code: str, checked: bool) -> None:
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def extra_text(self) -> str:
        return self.extra.toPlainText().strip()

    def _refresh(self) -> None:
        if self.notice_box.notice is not None:
            return
        codes, extra = self.codes(), self.extra_text()
        self.create_button.setEnabled(bool(codes or extra))
        if self._preview is not None:
            self.notice_box.set_preview(self._preview(codes, extra) if codes or extra else "")

    def _create(self) -> None:
        self.error.clear()
        self.create_button.setEnabled(False)
        self.createRequested.emit(self.codes(), self.extra_text())

    def set_notice(self, notice: Notice) -> None:
        """Shows the saved notice; the choices are frozen and Cancel becomes Close."""
        self.notice_box.set_notice(notice)
        self.checklist.setEnabled(False)
        self.extra.setReadOnly(True)
        self.create_button.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.create_button.setEnabled(True)


class RejectDialog(QDialog):
    """Reject as ineligible: one reason from the catalogue; writes the standard notice.

    Signals:
        rejectRequested(str): the chosen reason; answer with :meth:`set_notice`/``set_error``.
    """

    rejectRequested = Signal(str)

    def __init__(
        self,
        reference: str,
        reasons: Sequence[Entry],
        *,
        suggested: str | None = None,
        fetch_eml: FetchEml | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject as ineligible — {0}").format(reference))
        self.group = QButtonGroup(self)
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        self.radios: dict[str, QRadioButton] = {}
        for entry in reasons:
            title = reason_label(entry.code)
            if entry.code == suggested:
                title = self.tr("{0} (suggested by the findings)").format(title)
            radio = QRadioButton(title, box)
            radio.setToolTip(entry.code)
            radio.setChecked(entry.code == suggested)
            self.group.addButton(radio)
            self.radios[entry.code] = radio
            detail = QLabel(f"{entry.ja}\n{entry.en}", box)
            detail.setWordWrap(True)
            detail.setIndent(24)
            detail.setStyleSheet("color: #4b5563;")
            box_layout.addWidget(radio)
            box_layout.addWidget(detail)
        box_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        self.notice_box = NoticeBox(fetch_eml, self)
        self.notice_box.caption.setText(self.tr("The notice appears here once it is written."))
        self.reject_button = QPushButton(self.tr("Reject and write notice"), self)
        self.reject_button.clicked.connect(self._reject)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.group.buttonToggled.connect(self._update)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self._update()

    def reason(self) -> str | None:
        for code, radio in self.radios.items():
            if radio.isChecked():
                return code
        return None

    def _update(self) -> None:
        self.reject_button.setEnabled(self.reason() is not None and self.notice_box.notice is None)

    def _reject(self) -> None:
        reason = self.reason()
        if reason is not None:
            self.reject_button.setEnabled(False)
            self.rejectRequested.emit(reason)

    def set_notice(self, notice: Notice) -> None:
        self.notice_box.set_notice(notice)
        for radio in self.radios.values():
            radio.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self._update()


class NoteDialog(QDialog):
    """A free note for the request's history (allowed in every status)."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note — {0}").format(reference))
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(
            self.tr("What should the next clerk know? (no card numbers or other personal data)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(
            lambda: self.save_button.setEnabled(bool(self.edit.toPlainText().strip()))
        )
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.resize(480, 240)

    def text(self) -> str:
        return self.edit.toPlainText().strip()
