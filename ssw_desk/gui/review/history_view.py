"""The request's history: who did what, when (the access log included)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ssw_desk.gui.review.texts import (
    event_label,
    finding_text,
    plain_tip,
    reason_label,
    status_label,
)
from ssw_desk.services.requests import EventView


def local_time(iso: str) -> str:
    """An ISO timestamp as local ``YYYY-MM-DD HH:MM``."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


# lupdate collects calls named ``translate`` with a literal context (a one-argument helper
# hid these strings from it, and regenerating the .ts dropped their translations).
translate = QCoreApplication.translate


def _codes(value: Any) -> str:
    codes = value if isinstance(value, list) else []
    return translate("HistoryView", ", ").join(finding_text(str(c)) for c in codes)


def _status(value: Any) -> str:
    return status_label(str(value)) if value else ""


#: Detail keys worded as a sentence part; keys absent here (row ids, revisions, outbox
#: entries, flags that are false) are bookkeeping and not shown.
_PARTS: dict[str, Callable[[Any], str]] = {
    "codes": _codes,
    "changed": lambda v: translate("HistoryView", "Changed: {0}").format(_codes(v)) if v else "",
    "edited": lambda v: (
        translate("HistoryView", "Reworded for this notice: {0}").format(_codes(v)) if v else ""
    ),
    "extra": lambda v: translate("HistoryView", "with the clerk's own words") if v else "",
    "reason": lambda v: (
        translate("HistoryView", "Reason: {0}").format(reason_label(str(v))) if v else ""
    ),
    "previous": lambda v: translate("HistoryView", "Before: {0}").format(_status(v)) if v else "",
    "version": lambda v: translate("HistoryView", "Version {0}").format(v) if v else "",
    "serial": lambda v: translate("HistoryView", "Serial {0}").format(v) if v else "",
    "text": lambda v: str(v),
    "kind": lambda v: "",
}


def describe(detail: dict[str, Any]) -> str:
    """An event's detail as words in the interface language (never codes or raw values:
    「写真の背景… · 担当者の追記あり」, not "codes [...]; edited []; extra False")."""
    parts: list[str] = []
    for key, value in detail.items():
        if key == "overrides" and isinstance(value, dict):
            parts += [
                translate("HistoryView", "{0}: accepted because {1}").format(
                    finding_text(str(c)), r
                )
                for c, r in value.items()
            ]
            continue
        word = _PARTS.get(key)
        if word is not None and (text := word(value)):
            parts.append(text)
    return " · ".join(parts)


class HistoryView(QTreeWidget):
    """Events of one request, oldest first (the newest is scrolled into view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_events(self, events: list[EventView]) -> None:
        self.clear()
        items = []
        for e in events:
            item = QTreeWidgetItem(
                [local_time(e.at), e.actor, event_label(e.action), describe(e.detail)]
            )
            # Tooltips are rich text when they look like markup: the detail (a note's text)
            # is escaped so it always shows as typed.
            item.setToolTip(3, plain_tip(describe(e.detail)))
            item.setToolTip(2, e.action)
            items.append(item)
        self.addTopLevelItems(items)
        if items:
            self.scrollToItem(items[-1])
