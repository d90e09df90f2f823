"""The queue as a lazy table model: it holds request ids and fetches rows a page at a time.

After Anki's ``browser/table/model.py``: the id list comes from :func:`queue_ids` (one query,
ids only); the display columns of a page of ids are fetched when the view first asks for one of
them, and kept in a small LRU cache. Sorting and filtering ask the service for a new id list.
``data()`` never raises: a failed fetch is logged and the cell stays empty.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ssw_desk.domain import lifecycle
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.gui.i18n import QT_TRANSLATE_NOOP
from ssw_desk.services.context import Desk
from ssw_desk.services.queue import QueueRow, queue_ids, queue_rows

log = logging.getLogger(__name__)


Index = QModelIndex | QPersistentModelIndex

#: The request id of a row (``Qt.UserRole``).
ID_ROLE = Qt.ItemDataRole.UserRole

STATUS_LABELS: dict[str, str] = {
    RequestStatus.NEW: QT_TRANSLATE_NOOP("labels", "New"),
    RequestStatus.RESUBMITTED: QT_TRANSLATE_NOOP("labels", "Resubmitted"),
    RequestStatus.WAITING_APPLICANT: QT_TRANSLATE_NOOP("labels", "Waiting for applicant"),
    RequestStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    RequestStatus.ISSUED: QT_TRANSLATE_NOOP("labels", "Issued"),
}

CATEGORY_LABELS: dict[str, str] = {
    "machining_metal": QT_TRANSLATE_NOOP("labels", "Machining and metal processing"),
    "electrical_electronic": QT_TRANSLATE_NOOP("labels", "Electric and electronic assembly"),
    "metal_surface": QT_TRANSLATE_NOOP("labels", "Metal surface treatment"),
    "ambiguous": QT_TRANSLATE_NOOP("labels", "Unclear"),
    "invalid": QT_TRANSLATE_NOOP("labels", "Not recognised"),
}


def status_label(code: str) -> str:
    """The translated name of a status (the code itself when unknown)."""
    source = STATUS_LABELS.get(code)
    return QCoreApplication.translate("labels", source) if source else code


#: Short names for the table column (the full name is in the tooltip).
CATEGORY_SHORT: dict[str, str] = {
    "machining_metal": QT_TRANSLATE_NOOP("labels", "Machining"),
    "electrical_electronic": QT_TRANSLATE_NOOP("labels", "Electrical"),
    "metal_surface": QT_TRANSLATE_NOOP("labels", "Surface"),
}


def category_label(code: str | None, *, short: bool = False) -> str:
    if not code:
        return ""
    source = (CATEGORY_SHORT if short else CATEGORY_LABELS).get(code) or CATEGORY_LABELS.get(code)
    return QCoreApplication.translate("labels", source) if source else code


@dataclass(frozen=True)
class Column:
    key: str  # the sort key of the queue service
    title: str  # untranslated, context "QueueModel"
    width: int  # default width in pixels


#: What a clerk needs first comes first: who, by when, where it stands, what needs their eye;
#: then the exam number and the rest. :func:`columns_for_width` shows them in this order as far
#: as the pane's width allows; the header's context menu shows or hides any of them.
COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("QueueModel", "Name"), 128),
    Column("due_date", QT_TRANSLATE_NOOP("QueueModel", "Due"), 126),
    Column("status", QT_TRANSLATE_NOOP("QueueModel", "Status"), 82),
    Column("findings", QT_TRANSLATE_NOOP("QueueModel", "Findings"), 50),
    Column("exam_number", QT_TRANSLATE_NOOP("QueueModel", "Exam number"), 110),
    Column("reference", QT_TRANSLATE_NOOP("QueueModel", "Reference"), 110),
    Column("received_at", QT_TRANSLATE_NOOP("QueueModel", "Received"), 120),
    Column("category", QT_TRANSLATE_NOOP("QueueModel", "Category"), 80),
)
#: Always shown by default, however narrow the pane.
ESSENTIAL = 4
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def columns_for_width(width: int) -> list[str]:
    """The columns shown by default in a pane this wide: the essential ones, then in order
    while they fit (1366-pixel laptop: name, due, status, findings; full HD: all but one)."""
    shown, used = [], 0
    for i, column in enumerate(COLUMNS):
        if i >= ESSENTIAL and used + column.width > width:
            break
        shown.append(column.key)
        used += column.width
    return shown


OVERDUE_BACKGROUND = QColor("#fde0dc")
OVERDUE_TEXT = QColor("#a61b1b")
DUE_SOON_TEXT = QColor("#9a5b00")
FAIL_TEXT = QColor("#b3261e")

_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


def local_time(value: datetime) -> datetime:
    """Stored times are UTC (SQLite returns them naive): shown in the local zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


class QueueModel(QAbstractTableModel):
    """Requests matching the current filter, in the current order.

    Args:
        desk: The desk to read from (queries run on the calling, i.e. main, thread: a page is
            one primary-key lookup of a few hundred rows).
        page_size: Rows fetched at once.
        cache_rows: Rows kept in the LRU cache.

    Signals:
        reloaded(): the id list was queried again (filter, search, sort or refresh).
        failed(object): a query failed; the exception, for the window to explain.
    """

    reloaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        cache_rows: int = 2000,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._page_size = page_size
        self._cache_rows = max(cache_rows, page_size)
        self._ids: list[int] = []
        self._rows: OrderedDict[int, QueueRow] = OrderedDict()
        self._status: str | None = None
        self._search: str | None = None
        self._sort_key = "received_at"
        self._descending = False
        self.fetches = 0  # page fetches so far (tests, benchmark)

    # --- what to show --------------------------------------------------------------------

    @property
    def status(self) -> str | None:
        return self._status

    @property
    def search(self) -> str | None:
        return self._search

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, *, status: str | None, search: str | None, reload: bool = True) -> None:
        """Shows only requests with this status / matching this search (None: no limit)."""
        self._status = status or None
        self._search = (search or "").strip() or None
        if reload:
            self.reload()

    def set_order(self, key: str, *, descending: bool) -> None:
        """Chooses the order without querying (the next :meth:`reload` uses it)."""
        if key in COLUMN_KEYS:
            self._sort_key, self._descending = key, descending

    def reload(self) -> None:
        """Queries the id list again and forgets cached rows (after imports and decisions)."""
        try:
            ids = queue_ids(
                self._desk,
                status=self._status,
                search=self._search,
                sort=self._sort_key,
                descending=self._descending,
            )
        except Exception as exc:
            log.exception("queue query failed")
            self.failed.emit(exc)
            return
        self._set_ids(ids)

    def _set_ids(self, ids: list[int], *, keep_rows: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        if not keep_rows:
            self._rows.clear()
        self.endResetModel()
        self.reloaded.emit()

    def refresh_requests(self, request_ids: Iterable[int]) -> None:
        """Forgets the cached rows of these requests and repaints them (one changed)."""
        for request_id in request_ids:
            self._rows.pop(request_id, None)
            row = self.row_of(request_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- lookups ---------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, request_id: int) -> int | None:
        try:
            return self._ids.index(request_id)
        except ValueError:
            return None

    def queue_row(self, row: int) -> QueueRow | None:
        """The display columns of ``row``, fetching its page when not cached (never raises)."""
        request_id = self.id_at(row)
        if request_id is None:
            return None
        cached = self._rows.get(request_id)
        if cached is not None:
            self._rows.move_to_end(request_id)
            return cached
        self._fetch_page(row)
        return self._rows.get(request_id)

    def _fetch_page(self, row: int) -> None:
        start = row - row % self._page_size
        wanted = [i for i in self._ids[start : start + self._page_size] if i not in self._rows]
        try:
            fetched = queue_rows(self._desk, ids=wanted)
        except Exception:
            log.exception("fetching queue rows failed")
            return
        self.fetches += 1
        self._rows.update(fetched)
        while len(self._rows) > self._cache_rows:
            self._rows.popitem(last=False)

    # --- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", COLUMNS[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        try:
            return self._data(index.row(), index.column(), role)
        except Exception:
            log.exception("queue cell %s,%s role %s", index.row(), index.column(), role)
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        flipped = key == self._sort_key
        self._sort_key, self._descending = key, descending
        if flipped:
            # "x DESC, id DESC" is exactly "x ASC, id ASC" backwards: no query needed.
            self._set_ids(self._ids[::-1], keep_rows=True)
        else:
            self.reload()

    # --- cells -------------------------------------------------------------------------------

    def _data(self, row: int, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return self.id_at(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[column].key in ("findings", "due_date"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in _ROW_ROLES:
            return None
        item = self.queue_row(row)
        if item is None:
            return None
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if item.overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, key)
        if role == Qt.ItemDataRole.FontRole and key == "due_date" and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: QueueRow, key: str) -> str:
        if key == "reference":
            return item.reference
        if key == "received_at":
            return local_time(item.received_at).strftime("%Y-%m-%d %H:%M")
        if key == "due_date":
            return self._due_text(item)
        if key == "name":
            return item.name or ""
        if key == "exam_number":
            return item.exam_number or ""
        if key == "category":
            return category_label(item.category, short=True)
        if key == "status" and item.claimed_by:
            return status_label(item.status) + " · " + self.reviewing(item.claimed_by)
        if key == "status":
            return status_label(item.status)
        if key == "findings":
            return findings_summary(item.fail_count, item.decide_count)
        return ""

    def reviewing(self, name: str) -> str:
        """「〇〇さんが確認中」: who holds the claim."""
        return self.tr("{0} is reviewing").format(name)

    def _due_text(self, item: QueueRow) -> str:
        if item.status == RequestStatus.WAITING_APPLICANT:
            return self.tr("paused")
        if item.due_date is None:
            return ""
        day = item.due_date.strftime("%m-%d")
        if item.days_left is None or lifecycle.is_closed(item.status):
            return day
        if item.days_left < 0:
            return self.tr("%n day(s) over", "", -item.days_left)
        return self.tr("%1 (%n left)", "", item.days_left).replace("%1", day)

    def _findings_tooltip(self, fails: int, warns: int) -> str:
        # self.tr, not QCoreApplication.translate: pyside6-lupdate sees plurals only in tr().
        if not fails and not warns:
            return self.tr("No findings")
        return self.tr("%n failure(s)", "", fails) + "\n" + self.tr("%n warning(s)", "", warns)

    def _findings_text(self, item: QueueRow) -> str:
        text = self._findings_tooltip(item.fail_count, item.warn_count)
        if item.decide_count:
            text += "\n" + self.tr("%n for the clerk to decide", "", item.decide_count)
        return text

    def _tooltip(self, item: QueueRow, key: str) -> str | None:
        if key == "findings":
            return self._findings_text(item)
        if key == "due_date" and item.due_date is not None:
            text = self.tr("Answer due by %1").replace("%1", item.due_date.isoformat())
            if item.overdue:
                text += "\n" + self.tr("Overdue: the applicant may write again.")
            return text
        if key == "due_date" and item.status == RequestStatus.WAITING_APPLICANT:
            return self.tr("The clock is stopped while waiting for the applicant's correction.")
        if key == "category" and item.category:
            return category_label(item.category)
        if key == "status" and item.version_count > 1:
            return self.tr("%n version(s) received", "", item.version_count)
        return None

    def _foreground(self, item: QueueRow, key: str) -> QBrush | None:
        if key == "due_date" and item.overdue:
            return QBrush(OVERDUE_TEXT)
        if (
            key == "due_date"
            and item.days_left is not None
            and item.days_left <= 2
            and not lifecycle.is_closed(item.status)
        ):
            return QBrush(DUE_SOON_TEXT)
        if key == "findings" and item.fail_count:
            return QBrush(FAIL_TEXT)
        return None


def findings_summary(fails: int, decide: int) -> str:
    """``✖2 ?1``: failures, then findings the clerk must decide; empty when neither.

    Warnings (a photo a little old, a busy background) are not shown here: they are in the
    tooltip and on the Checks tab, so the column marks only rows that need the clerk's eye.
    """
    parts = []
    if fails:
        parts.append(f"✖{fails}")
    if decide:
        parts.append(f"?{decide}")
    return " ".join(parts)
