"""The request's history: who did what, when (the access log included)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ssw_desk.gui.review.texts import event_label, finding_text
from ssw_desk.services.requests import EventView


def local_time(iso: str) -> str:
    """An ISO timestamp as local ``YYYY-MM-DD HH:MM``."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def describe(detail: dict[str, Any]) -> str:
    """A short readable form of an event's detail (it never holds personal values)."""
    parts: list[str] = []
    for key, value in detail.items():
        if key == "overrides" and isinstance(value, dict):
            parts += [f"{finding_text(c)}: {r}" for c, r in value.items()]
        elif key == "codes" and isinstance(value, list):
            parts.append(", ".join(str(c) for c in value))
        elif key == "text":
            parts.append(str(value))
        elif key in ("message_pk", "revision"):
            continue
        else:
            parts.append(f"{key} {value}")
    return "; ".join(parts)


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
            item.setToolTip(3, describe(e.detail))
            item.setToolTip(2, e.action)
            items.append(item)
        self.addTopLevelItems(items)
        if items:
            self.scrollToItem(items[-1])
