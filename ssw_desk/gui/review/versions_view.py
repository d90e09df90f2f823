"""Earlier versions of a resubmitted request and what changed between two versions.

A version is one message of the applicant. Compared with the one before it: the items that
changed, the attachments added or removed (compared by SHA-256, so a renamed but identical file
is not a change), and the findings resolved or new (by code and subject).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.domain.model import FIELD_NAMES
from ssw_desk.gui.review.texts import field_label, finding_text, role_label
from ssw_desk.services.requests import AttachmentView, VersionView

GREEN = QColor("#067647")
RED = QColor("#b42318")


@dataclass(frozen=True)
class VersionDiff:
    """What changed from ``old`` to ``new``.

    Attributes:
        fields: (item name, old value, new value) for each item whose value changed.
        added: Attachments in ``new`` whose content was not in ``old``.
        removed: Attachments in ``old`` whose content is not in ``new``.
        kept: Attachments whose content is in both.
        resolved: Findings of ``old`` that ``new`` no longer has.
        new_findings: Findings of ``new`` that ``old`` did not have.
    """

    fields: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    added: list[AttachmentView] = field(default_factory=list)
    removed: list[AttachmentView] = field(default_factory=list)
    kept: list[AttachmentView] = field(default_factory=list)
    resolved: list[dict[str, Any]] = field(default_factory=list)
    new_findings: list[dict[str, Any]] = field(default_factory=list)


def _values(version: VersionView) -> dict[str, str | None]:
    items = version.fields.get("fields", {}) or {}
    out: dict[str, str | None] = {}
    for name in FIELD_NAMES:
        fv = items.get(name) or {}
        out[name] = fv.get("value") or fv.get("raw")
    return out


def _key(finding: dict[str, Any]) -> tuple[str, str]:
    return str(finding.get("code", "")), str(finding.get("subject") or "")


def version_diff(old: VersionView, new: VersionView) -> VersionDiff:
    """Compares two versions of one request (pure; no Qt)."""
    diff = VersionDiff()
    before, after = _values(old), _values(new)
    diff.fields.extend((n, before[n], after[n]) for n in FIELD_NAMES if before[n] != after[n])
    old_shas = {a.sha256 for a in old.attachments}
    new_shas = {a.sha256 for a in new.attachments}
    diff.added.extend(a for a in new.attachments if a.sha256 not in old_shas)
    diff.kept.extend(a for a in new.attachments if a.sha256 in old_shas)
    diff.removed.extend(a for a in old.attachments if a.sha256 not in new_shas)
    old_keys = {_key(f) for f in old.findings}
    new_keys = {_key(f) for f in new.findings}
    diff.resolved.extend(f for f in old.findings if _key(f) not in new_keys)
    diff.new_findings.extend(f for f in new.findings if _key(f) not in old_keys)
    return diff


class VersionsView(QWidget):
    """A version selector and the diff of the chosen version against the one before.

    Signals:
        versionChosen(int): the version number the clerk picked.
    """

    versionChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions: list[VersionView] = []
        self.combo = QComboBox(self)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("Now")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:"), self))
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def set_versions(self, versions: list[VersionView]) -> None:
        """Lists the versions, newest first, and shows the newest one's changes."""
        self._versions = list(versions)
        self.combo.blockSignals(True)
        self.combo.clear()
        for v in reversed(self._versions):
            when = (v.received_at or "")[:16].replace("T", " ")
            self.combo.addItem(self.tr("Version {0} — {1}").format(v.number, when), v.number)
        self.combo.blockSignals(False)
        self.combo.setEnabled(len(self._versions) > 1)
        self._show(self._versions[-1].number if self._versions else None)

    def _chosen(self, index: int) -> None:
        number = self.combo.itemData(index)
        if isinstance(number, int):
            self._show(number)
            self.versionChosen.emit(number)

    def select_version(self, number: int) -> None:
        index = self.combo.findData(number)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _show(self, number: int | None) -> None:
        self.tree.clear()
        by_number = {v.number: v for v in self._versions}
        current = by_number.get(number) if number is not None else None
        if current is None:
            self.summary.setText(self.tr("No version."))
            return
        previous = max(
            (v for v in self._versions if v.number < current.number),
            key=lambda v: v.number,
            default=None,
        )
        if previous is None:
            self.summary.setText(
                self.tr("Version {0} is the first message: nothing to compare.").format(
                    current.number
                )
            )
            return
        diff = version_diff(previous, current)
        self.summary.setText(
            self.tr(
                "Version {0} compared with version {1}: {2} item(s) changed, {3} attachment(s) "
                "new, {4} finding(s) resolved, {5} new."
            ).format(
                current.number,
                previous.number,
                len(diff.fields),
                len(diff.added),
                len(diff.resolved),
                len(diff.new_findings),
            )
        )
        self._fill(diff)

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _fill(self, diff: VersionDiff) -> None:
        group = self._group(self.tr("Items changed"), len(diff.fields))
        for name, old, new in diff.fields:
            QTreeWidgetItem(group, [field_label(name), old or "—", new or "—"])
        group = self._group(self.tr("Attachments"), len(diff.added) + len(diff.removed))
        for a in diff.removed:
            row = QTreeWidgetItem(group, [role_label(a.role), a.filename, self.tr("removed")])
            row.setToolTip(1, a.sha256)
        for a in diff.added:
            new = self.tr("new: {0}").format(a.filename)
            row = QTreeWidgetItem(group, [role_label(a.role), "", new])
            row.setToolTip(2, a.sha256)
        for a in diff.kept:
            QTreeWidgetItem(group, [role_label(a.role), a.filename, self.tr("unchanged")])
        group = self._group(self.tr("Findings resolved"), len(diff.resolved))
        for f in diff.resolved:
            row = QTreeWidgetItem(group, [self.tr("✓ resolved"), self._finding(f), ""])
            row.setForeground(0, QBrush(GREEN))
        group = self._group(self.tr("New findings"), len(diff.new_findings))
        for f in diff.new_findings:
            row = QTreeWidgetItem(group, [self.tr("✗ new"), "", self._finding(f)])
            row.setForeground(0, QBrush(RED))
        self.tree.expandAll()

    @staticmethod
    def _finding(f: dict[str, Any]) -> str:
        text = finding_text(str(f.get("code", "")), str(f.get("message", "")))
        subject = f.get("subject")
        return f"{text} ({field_label(str(subject))})" if subject else text
