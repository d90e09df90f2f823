"""The request's findings, the face photo's checks and the attachments, with measured values.

Codes become sentences with the measured value and the limit in human units through
:func:`~ssw_desk.gui.review.texts.finding_text` (the one table :mod:`ssw_desk.messages`); the
status is both a colour and a word (never colour alone).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ssw_desk import messages
from ssw_desk.domain.model import FIELD_NAMES, ROLES
from ssw_desk.gui.i18n import gui_lang
from ssw_desk.gui.review.texts import (
    check_status_label,
    field_label,
    finding_text,
    plain_tip,
    role_label,
)
from ssw_desk.services.queue import not_analysed
from ssw_desk.services.requests import RequestView

STATUS_COLOURS = {
    "fail": QColor("#b42318"),
    "warn": QColor("#b54708"),
    "unknown": QColor("#5925dc"),
    "pass": QColor("#067647"),
}
STATUS_MARKS = {"fail": "✗", "warn": "!", "unknown": "?", "pass": "✓"}

#: Role holding an item's code (findings and checks) for tests and for copying.
CodeRole = Qt.ItemDataRole.UserRole + 1


def format_value(value: Any) -> str:
    """A measured value as short text (floats rounded, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {format_value(v)}" for k, v in value.items())
    if isinstance(value, Sequence) and not isinstance(value, str):
        return " – ".join(format_value(v) for v in value)
    return str(value)


def format_limits(limits: Any) -> str:
    """Limits as ``min – max``, ``≥ min``, ``≤ max`` or the plain value."""
    if isinstance(limits, Mapping):
        lo, hi = limits.get("min"), limits.get("max")
        if lo is not None and hi is not None:
            return f"{format_value(lo)} – {format_value(hi)}"
        if lo is not None:
            return f"≥ {format_value(lo)}"
        if hi is not None:
            return f"≤ {format_value(hi)}"
    return format_value(limits)


def unanalysable(code: str, status: str) -> bool:
    """The failing check of a photo that could not be analysed at all."""
    return status == "fail" and (code.startswith("image.") or code == "file.truncated")


def _subject(subject: str) -> str:
    """What a finding is about, in words: an item or a role; a file name stays as it is."""
    if subject in FIELD_NAMES:
        return field_label(subject)
    if subject in ROLES:
        return role_label(subject)
    return subject


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


#: Column -> first width of the columns after the sentence (about, measured, limits).
SIDE_COLUMNS = {2: 120, 3: 100, 4: 150}


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: Qt's tree view sizes a row for one line whatever the
    column's width, so the text would be cut off; this measures it at the column's width."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        width = max(self._view.columnWidth(index.column()) - 10, 24)
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 0), flags, text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class FindingsView(QTreeWidget):
    """Three groups: findings, face photo checks, attachments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Check"),
                self.tr("About"),
                self.tr("Measured"),
                self.tr("Limits"),
            ]
        )
        self.setRootIsDecorated(True)
        # The sentence is the column that matters: it wraps rather than being cut off.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.sectionResized.connect(lambda *_args: self.scheduleDelayedItemsLayout())
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The sentence already holds the value and the limit: the columns after it keep a
        # modest width (resizable) and wrap, so the sentence gets the room.
        for column, width in SIDE_COLUMNS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        for column in (1, *SIDE_COLUMNS):
            self.setItemDelegateForColumn(column, WrappingDelegate(self))
        self.findings_root = self._group(self.tr("Findings"))
        self.checks_root = self._group(self.tr("Face photo checks"))
        self.attachments_root = self._group(self.tr("Attachments"))

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def set_request(self, view: RequestView | None) -> None:
        for root in (self.findings_root, self.checks_root, self.attachments_root):
            root.takeChildren()
        if view is None:
            return
        for f in view.findings:
            if not_analysed(f):
                continue  # the photo's failing check says why, once
            self._add(
                self.findings_root,
                str(f.get("status", "")),
                str(f.get("code", "")),
                str(f.get("message", "")),
                str(f.get("subject") or ""),
                f.get("value"),
                f.get("limits"),
            )
        if not view.findings:
            QTreeWidgetItem(self.findings_root, ["", self.tr("No findings: everything passed")])
        photos = [a for a in view.attachments if a.role == "face_photo" and a.photo_report]
        if photos:  # imaging loads OpenCV: only when a photo report is shown
            from ssw_desk.imaging.report_types import PhotoReport
        for a in photos:
            for c in PhotoReport.from_dict(a.photo_report or {}).checks:
                if not_analysed({"status": c.status, "message": c.message}):
                    continue
                self._add(
                    self.checks_root, c.status, c.code, c.message, a.filename, c.value, c.limits
                )
        if not photos:
            QTreeWidgetItem(self.checks_root, ["", self.tr("No face photo was checked")])
        for a in view.attachments:
            QTreeWidgetItem(
                self.attachments_root,
                ["", a.filename or "—", role_label(a.role), f"{a.format.upper()}, {_size(a.size)}"],
            )
        self.findings_root.setText(
            0, self.tr("Findings ({0} failing)").format(self.failing_count(view))
        )
        self.expandAll()

    @staticmethod
    def failing_count(view: RequestView) -> int:
        return sum(1 for f in view.findings if f.get("status") == "fail")

    def _add(
        self,
        root: QTreeWidgetItem,
        status: str,
        code: str,
        message: str,
        subject: str,
        value: Any,
        limits: Any,
    ) -> None:
        mark = STATUS_MARKS.get(status, "·")
        if unanalysable(code, status):
            # One row names the cause (「画像ファイルが不完全です。」); the checks it stopped
            # are not listed one by one as "clerk decides".
            cause = str(value) if value and messages.has_text(str(value)) else code
            sentence = self.tr("The photo cannot be analysed: {0}").format(
                messages.text(cause, gui_lang()) if messages.has_text(cause) else message
            )
            human = None
            value = limits = None
        else:
            sentence = finding_text(code, message, value, limits)
            human = messages.measured(code, value, limits, gui_lang())
        item = QTreeWidgetItem(
            root,
            [
                f"{mark} {check_status_label(status)}",
                sentence,
                _subject(subject),
                human[0] if human else messages.measure_words(format_value(value), gui_lang()),
                human[1] if human else format_limits(limits),
            ],
        )
        item.setData(0, CodeRole, code)
        item.setToolTip(1, plain_tip(sentence))
        colour = STATUS_COLOURS.get(status)
        if colour is not None:
            item.setForeground(0, QBrush(colour))
            if status == "fail":
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)

    def items_of(self, root: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        children = (root.child(i) for i in range(root.childCount()))
        return [c for c in children if c is not None]
