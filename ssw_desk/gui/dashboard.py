"""The dashboard: how the office stands (open, due soon, overdue, waiting, issued this week),
a line per clerk and an ageing chart of the open requests, with a CSV export of what is shown.

The figures come from :func:`ssw_desk.services.dashboard.figures` on a worker thread (the GUI
thread never waits for the database); the chart is Qt's own (QtCharts, part of PySide6).
The dashboard refreshes itself through the change hub, so another desk's decision shows
within about a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.files import documents_folder
from ssw_desk.gui.hub import ChangeHub
from ssw_desk.gui.i18n import error_message
from ssw_desk.gui.tasks import Task, TaskManager
from ssw_desk.services import dashboard as service
from ssw_desk.services.context import Desk


class DashboardView(QWidget):
    """The dashboard's figures and chart.

    Args:
        desk: The desk.
        tasks: Where the figures are read (a worker thread).
        hub: The change hub; None: refreshed by :meth:`refresh` only.
    """

    def __init__(
        self,
        desk: Desk,
        tasks: TaskManager,
        hub: ChangeHub | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.figures: service.Dashboard | None = None
        self._loading: Task | None = None
        self._again = False
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for i, key in enumerate(("open", "due_soon", "overdue", "waiting", "issued_this_week")):
            caption, value = QLabel(), QLabel("–")
            value.setObjectName(f"tile_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 2.2)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(value, 0, i)
            grid.addWidget(caption, 1, i)
            self.tiles[key] = (caption, value)
        self.clerks = QTableWidget(0, 3)
        self.clerks.verticalHeader().hide()
        self.clerks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.clerks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.series = QStackedBarSeries()
        self.bars = QBarSet("")
        self.series.append(self.bars)
        self.chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.stamp = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stamp, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        self.clerks_title = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.clerks_title)
        side.addWidget(self.clerks)
        lower = QHBoxLayout()
        lower.addWidget(self.chart_view, 3)
        lower.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(lower, 1)
        layout.addLayout(buttons)
        self._retranslate()
        if hub is not None:
            hub.changed.connect(self._on_changes)

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> Task | None:
        """Reads the figures again on a worker thread (one read at a time; a change arriving
        meanwhile triggers exactly one more)."""
        if self._loading is not None:
            self._again = True
            return None
        desk = self.desk
        task = self.tasks.run(self.tr("Reading the dashboard"), lambda _ctx: service.figures(desk))
        task.succeeded.connect(self.show_figures)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self._loading = task
        return task

    def _on_changes(self, _ids: object) -> None:
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.stamp.setText(error_message(exc))

    def _on_finished(self) -> None:
        self._loading = None
        if self._again:
            self._again = False
            self.refresh()

    def show_figures(self, figures: service.Dashboard) -> None:
        """Shows one set of figures (main thread)."""
        self.figures = figures
        for key, (_caption, value) in self.tiles.items():
            value.setText(str(getattr(figures, key)))
        overdue = self.tiles["overdue"][1]
        overdue.setStyleSheet("color: #b00020;" if figures.overdue else "")
        self.clerks.setRowCount(len(figures.clerks))
        for row, clerk in enumerate(figures.clerks):
            for col, cell in enumerate((clerk.clerk, clerk.issued_this_week, clerk.reviewing)):
                item = QTableWidgetItem(str(cell))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.clerks.setItem(row, col, item)
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(n) for _low, _high, n in figures.ageing])
        self.axis_y.setRange(0, max([4, *(n for _l, _h, n in figures.ageing)]))
        self.axis_y.applyNiceNumbers()  # round steps: 0, 100, 200… rather than 0, 141, 283…
        self._retranslate_figures()

    # -- texts -----------------------------------------------------------------------------

    def bucket_label(self, low: int, high: int | None) -> str:
        if high is None:
            return self.tr("%1+ days").replace("%1", str(low))
        return self.tr("%1–%2 days").replace("%1", str(low)).replace("%2", str(high))

    def captions(self) -> dict[str, str]:
        return {
            "open": self.tr("Open"),
            "due_soon": self.tr("Due within 2 business days"),
            "overdue": self.tr("Overdue"),
            "waiting": self.tr("Waiting for the applicant"),
            "issued_this_week": self.tr("Issued this week"),
        }

    def clerk_headers(self) -> list[str]:
        return [self.tr("Clerk"), self.tr("Issued this week"), self.tr("Reviewing now")]

    def _retranslate(self) -> None:
        for key, text in self.captions().items():
            self.tiles[key][0].setText(text)
        self.clerks.setHorizontalHeaderLabels(self.clerk_headers())
        self.clerks_title.setText(self.tr("Per clerk"))
        self.chart.setTitle(self.tr("Open requests by business days since receipt"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._retranslate_figures()

    def _retranslate_figures(self) -> None:
        figures = self.figures
        if figures is None:
            self.stamp.setText(self.tr("Reading…"))
            return
        self.axis_x.clear()
        self.axis_x.append([self.bucket_label(low, high) for low, high, _n in figures.ageing])
        self.bars.setLabel(self.tr("Requests"))
        self.stamp.setText(self.tr("As of %1").replace("%1", figures.today.isoformat()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- export ----------------------------------------------------------------------------

    def shown_rows(self) -> list[list[Any]]:
        """What the dashboard shows, as rows (the CSV's content), in the interface language."""
        figures = self.figures
        if figures is None:
            return []
        rows: list[list[Any]] = [[self.tr("Figure"), self.tr("Count")]]
        rows += [[text, getattr(figures, key)] for key, text in self.captions().items()]
        rows += [[], self.clerk_headers()]
        rows += [[c.clerk, c.issued_this_week, c.reviewing] for c in figures.clerks]
        rows += [[], [self.tr("Business days since receipt"), self.tr("Requests")]]
        rows += [[self.bucket_label(low, high), n] for low, high, n in figures.ageing]
        rows += [[], [self.tr("As of"), figures.today.isoformat()]]
        return rows

    def export_csv(self, path: Path) -> None:
        """Writes what is shown to ``path`` (UTF-8 with a byte-order mark, for Excel)."""
        path.write_text(service.to_csv(self.shown_rows()), encoding="utf-8-sig")

    def choose_export(self) -> None:
        if self.figures is None:
            return
        default = Path(documents_folder()) / f"dashboard-{self.figures.today.isoformat()}.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the dashboard"), str(default), self.tr("CSV files (*.csv)")
        )
        if name:
            try:
                self.export_csv(Path(name))
            except OSError as exc:
                self.stamp.setText(self.tr("Could not write the file: %1").replace("%1", str(exc)))


class DashboardDialog(QDialog):
    """The dashboard in its own window (non-modal: the clerk keeps working beside it)."""

    def __init__(
        self, desk: Desk, tasks: TaskManager, hub: ChangeHub | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = DashboardView(desk, tasks, hub, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 560)
        self._retranslate()
        self.view.refresh()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
