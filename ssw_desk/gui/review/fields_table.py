"""The seven items as the applicant typed them, normalised, next to the roster's values.

One row per item (①-⑦). A cell that differs from the roster is red; an item that is missing,
invalid or ambiguous is marked in the status column. ``FieldsModel`` never raises in
``data()``: anything unexpected shows as an empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ssw_desk.domain.model import CATEGORY_LABELS, FIELD_NAMES
from ssw_desk.domain.nationality import country_name
from ssw_desk.domain.normalize import names_match
from ssw_desk.gui.review.texts import field_label
from ssw_desk.services.requests import RequestView

#: Role holding a row's status key: ``ok``, ``mismatch``, ``missing``, ``invalid``,
#: ``ambiguous``, ``no_roster`` or ``unchecked``.
StatusRole = Qt.ItemDataRole.UserRole + 1

RED = QColor("#b42318")
RED_BG = QColor("#fde8e7")
AMBER = QColor("#b54708")
AMBER_BG = QColor("#fef3e2")
GREEN = QColor("#067647")
MUTED = QColor("#6b7280")

COL_ITEM, COL_RAW, COL_VALUE, COL_ROSTER, COL_STATUS = range(5)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FieldRow:
    """What one row shows.

    Attributes:
        name: The item's name (one of ``FIELD_NAMES``).
        raw: As typed, or None.
        value: Normalised, or None.
        roster: The roster's value, or None.
        status: See :data:`StatusRole`.
        line: 0-based line of the body the item came from, or None.
        candidates: Possible readings of an ambiguous item.
    """

    name: str
    raw: str | None
    value: str | None
    roster: str | None
    status: str
    line: int | None
    candidates: tuple[str, ...]


def field_rows(view: RequestView) -> list[FieldRow]:
    """Builds the seven rows from a request (latest version and roster match)."""
    extracted: dict[str, Any] = {}
    if view.versions:
        extracted = view.versions[-1].fields.get("fields", {}) or {}
    roster = view.roster_match
    rows = []
    for name in FIELD_NAMES:
        fv = extracted.get(name) or {}
        value = view.fields.get(name) or fv.get("value")
        roster_value = None if roster is None else roster.get(name)
        if roster_value is not None and not isinstance(roster_value, str):
            roster_value = str(roster_value)
        problem = fv.get("problem")
        if problem in ("missing", "invalid", "ambiguous"):
            status = str(problem)
        elif roster is None:
            status = "no_roster" if name == "exam_number" else "unchecked"
        elif roster_value is None or value is None:
            status = "unchecked"
        elif _same(name, value, roster_value):
            status = "ok"
        else:
            status = "mismatch"
        rows.append(
            FieldRow(
                name=name,
                raw=fv.get("raw"),
                value=value,
                roster=roster_value,
                status=status,
                line=fv.get("line"),
                candidates=tuple(fv.get("candidates") or ()),
            )
        )
    return rows


def _same(name: str, value: str, roster: str) -> bool:
    if name == "name":
        return names_match(value, roster)
    return value.strip().upper() == roster.strip().upper()


def _japanese() -> bool:
    # The interface language: Translations.install sets the default locale with it.
    return QLocale().language() == QLocale.Language.Japanese


def display_value(name: str, value: str | None) -> str:
    """A normalised value as a clerk reads it (category and country names, not codes), in
    the interface language."""
    if not value:
        return ""
    if name == "category" and value in CATEGORY_LABELS:
        return CATEGORY_LABELS[value][0 if _japanese() else 1]
    if name == "nationality":
        return f"{country_name(value, 'ja' if _japanese() else 'en')} ({value})"
    return value


class FieldsModel(QAbstractTableModel):
    """Seven rows x (item, as typed, normalised, roster, status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FieldRow] = []

    def set_request(self, view: RequestView | None) -> None:
        self.beginResetModel()
        self._rows = field_rows(view) if view is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> FieldRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Item"),
            self.tr("As typed"),
            self.tr("Read as"),
            self.tr("Roster"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        try:
            return self._data(row, index.column(), role)
        except Exception:  # data() must never raise into the view
            return None

    def _data(self, row: FieldRow, column: int, role: int) -> Any:
        if role == StatusRole:
            return row.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        bad = row.status == "mismatch" and column in (COL_VALUE, COL_ROSTER)
        problem = row.status in ("missing", "invalid") and column in (COL_RAW, COL_STATUS)
        unsure = row.status == "ambiguous" and column in (COL_RAW, COL_STATUS)
        if role == Qt.ItemDataRole.BackgroundRole:
            if bad or problem:
                return QBrush(RED_BG)
            if unsure:
                return QBrush(AMBER_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if bad or problem or (column == COL_STATUS and row.status == "mismatch"):
                return QBrush(RED)
            if unsure:
                return QBrush(AMBER)
            if column == COL_STATUS:
                return QBrush(GREEN if row.status == "ok" else MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_ITEM:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: FieldRow, column: int) -> str:
        if column == COL_ITEM:
            return field_label(row.name)
        if column == COL_RAW:
            return row.raw or "—"
        if column == COL_VALUE:
            if row.status == "ambiguous" and row.candidates:
                return self.tr("{0} or {1}").format(*row.candidates[:2])
            return display_value(row.name, row.value) or "—"
        if column == COL_ROSTER:
            return display_value(row.name, row.roster) or "—"
        return self._status_text(row.status)

    def _status_text(self, status: str) -> str:
        texts = {
            "ok": self.tr("✓ Matches"),
            "mismatch": self.tr("✗ Differs from roster"),
            "missing": self.tr("✗ Missing"),
            "invalid": self.tr("✗ Cannot be read"),
            "ambiguous": self.tr("? Ambiguous: clerk decides"),
            "no_roster": self.tr("✗ Not in roster"),
            "unchecked": self.tr("– Not compared"),
        }
        return texts.get(status, status)

    def _tooltip(self, row: FieldRow, column: int) -> str | None:
        if column == COL_RAW and row.line is not None:
            return self.tr("From line {0} of the e-mail (double-click to show it)").format(
                row.line + 1
            )
        if column == COL_VALUE and row.candidates:
            return self.tr("Possible readings: {0}").format(", ".join(row.candidates))
        if column in (COL_VALUE, COL_ROSTER) and row.name == "category":
            value = row.value if column == COL_VALUE else row.roster
            if value in CATEGORY_LABELS:  # the name in the other language
                return CATEGORY_LABELS[value][1 if _japanese() else 0]
        return None
