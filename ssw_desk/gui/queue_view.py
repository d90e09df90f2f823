"""The queue pane: status tabs with counts, a search box and the lazy request table."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.domain import lifecycle
from ssw_desk.gui.queue_model import (
    COLUMN_KEYS,
    COLUMNS,
    ID_ROLE,
    QueueModel,
    columns_for_width,
    status_label,
)
from ssw_desk.gui.status_tabs import StatusTabs
from ssw_desk.services.context import Desk
from ssw_desk.services.queue import status_counts

log = logging.getLogger(__name__)

#: Tab order: the work first, then what is done.
STATUS_ORDER: tuple[str, ...] = tuple(lifecycle.values(lifecycle.ORDER))
SEARCH_DELAY_MS = 250


class QueueView(QWidget):
    """Filter, search and pick requests.

    Args:
        desk: The desk to read from.

    Signals:
        current_changed(object): the id of the chosen request, or None.
        failed(object): a query failed (the exception, for the window to explain).
    """

    current_changed = Signal(object)
    failed = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._statuses: list[str | None] = [None]
        self._counts: dict[str, int] = {}
        self._keep: tuple[int | None, int] = (None, -1)
        self._current: int | None = None
        self._restored = False
        # A new filter or search (not a refresh): a request that left the list is not
        # replaced by its neighbour, so typing never opens (and logs a view of) another one.
        self._filtering = False

        # Wraps onto a second row rather than hiding statuses behind scroll arrows.
        self.tabs = StatusTabs(self)
        self.tabs.setObjectName("statusTabs")

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)

        self.model = QueueModel(desk, self)
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self._setup_table()

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tabs)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)

        self.tabs.currentChanged.connect(self._on_tab)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self._debounce.timeout.connect(self.apply_filter)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.reloaded.connect(self._after_reload)
        self.model.failed.connect(self.failed)
        self._retranslate()

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.setShowGrid(False)
        t.setSortingEnabled(False)  # sort() on the model re-queries; enable after the first load
        t.verticalHeader().hide()
        # Fixed heights: Qt never measures 100,000 rows.
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        for i, column in enumerate(COLUMNS):
            t.setColumnWidth(i, column.width)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        t.selectionModel().currentRowChanged.connect(self._on_current_row)

    def fit_columns(self, width: int) -> None:
        """The first start's columns: what fits ``width`` pixels (a saved layout wins)."""
        if self._restored:
            return
        shown = columns_for_width(width - self.table.verticalScrollBar().sizeHint().width())
        for i, key in enumerate(COLUMN_KEYS):
            self.table.setColumnHidden(i, key not in shown)

    def column_menu(self) -> QMenu:
        """The header's context menu: every column, ticked when shown (remembered on close)."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        header = self.table.horizontalHeader()
        shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
        for i in range(len(COLUMNS)):
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(i in shown)
            action.setEnabled(not (i in shown and len(shown) == 1))  # never hide the last one
            action.toggled.connect(lambda on, i=i: self.table.setColumnHidden(i, not on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """First load: counts, then the ids in received order; sorting by header from now on."""
        self.refresh_counts()
        self.model.set_filter(status=self.current_status(), search=self.search.text(), reload=False)
        header = self.table.horizontalHeader()
        if not self._restored or not 0 <= header.sortIndicatorSection() < len(COLUMNS):
            header.setSortIndicator(COLUMN_KEYS.index("received_at"), Qt.SortOrder.AscendingOrder)
        self.model.set_order(
            COLUMN_KEYS[header.sortIndicatorSection()],
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        self.model.reload()
        # From now on a click on a header sorts (the model ignores the same order again).
        self.table.setSortingEnabled(True)

    def refresh(self) -> None:
        """Queries counts and ids again, keeping the chosen request when it is still listed."""
        self.refresh_counts()
        self.model.reload()

    def refresh_counts(self) -> None:
        try:
            self._counts = status_counts(self._desk)
        except Exception as exc:
            log.exception("status counts failed")
            self.failed.emit(exc)
            return
        wanted: list[str | None] = [None]
        for status in (*STATUS_ORDER, *sorted(self._counts)):
            if status not in wanted and (status in STATUS_ORDER or self._counts.get(status)):
                wanted.append(status)
        if wanted != self._statuses:
            current = self.current_status()
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.removeTab(0)
            for _ in wanted:
                self.tabs.addTab("")
            self._statuses = wanted
            self.tabs.setCurrentIndex(wanted.index(current) if current in wanted else 0)
            self.tabs.blockSignals(False)
        self._label_tabs()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._filtering = True
        try:
            self.model.set_filter(status=self.current_status(), search=self.search.text())
        finally:
            self._filtering = False

    def current_status(self) -> str | None:
        index = self.tabs.currentIndex()
        return self._statuses[index] if 0 <= index < len(self._statuses) else None

    def set_status(self, status: str | None) -> None:
        if status in self._statuses:
            self.tabs.setCurrentIndex(self._statuses.index(status))

    # --- the chosen request --------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._current

    def select_id(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_next(self) -> None:
        current = self.table.currentIndex()
        self.select_row(current.row() + 1 if current.isValid() else 0)

    def select_previous(self) -> None:
        current = self.table.currentIndex()
        self.select_row(max(current.row() - 1, 0) if current.isValid() else 0)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request_id = current.data(ID_ROLE) if current.isValid() else None
        if request_id != self._current:
            self._current = request_id
            self.current_changed.emit(request_id)

    def _remember_current(self) -> None:
        current = self.table.currentIndex()
        self._keep = (self._current, current.row() if current.isValid() else -1)

    def _after_reload(self) -> None:
        kept_id, kept_row = self._keep
        self._label_total()
        if kept_id is not None and self.select_id(kept_id):
            return
        if kept_row >= 0 and self.model.rowCount() and not self._filtering:
            # The request left the list (decided, filtered out): the next one takes its place.
            self.select_row(min(kept_row, self.model.rowCount() - 1))
            return
        if self._current is not None:
            self._current = None
            self.current_changed.emit(None)

    # --- text ------------------------------------------------------------------------------

    def _label_tabs(self) -> None:
        total = sum(self._counts.values())
        for i, status in enumerate(self._statuses):
            if status is None:
                text = self.tr("All (%1)").replace("%1", QLocale().toString(total))
            else:
                count = QLocale().toString(self._counts.get(status, 0))
                text = f"{status_label(status)} ({count})"
            self.tabs.setTabText(i, text)

    def _label_total(self) -> None:
        self.total.setText(self.tr("%Ln request(s)", "", self.model.rowCount()))

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, exam number or reference"))
        self._label_tabs()
        self._label_total()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_tab(self, _index: int) -> None:
        self.apply_filter()

    # --- layout ----------------------------------------------------------------------------

    def save_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray | bytes | None) -> None:
        if state:
            self._restored = self.table.horizontalHeader().restoreState(QByteArray(state))
