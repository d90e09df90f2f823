"""Office closure days: list, add (with a note), remove; due dates move with them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.admin.base import AdminDialog
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import closures
from ssw_desk.services.context import Desk


class ClosuresDialog(AdminDialog):
    """The closure days an admin adds on top of national holidays and 29 Dec – 3 Jan."""

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.desk = desk
        self.days: list[tuple[date, str]] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day_edit = QDateEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(QDate.currentDate())
        self.note_edit = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.day_edit)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 460)
        self.retranslate()
        self.load()

    def load(self) -> None:
        desk = self.desk
        self.call(lambda: closures.list_closures(desk), self._show)

    def _show(self, days: list[tuple[date, str]]) -> None:
        self.days = list(days)
        self.table.setRowCount(len(days))
        for row, (day, note) in enumerate(days):
            item = QTableWidgetItem(day.isoformat())
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(note))
        self.table.resizeColumnToContents(0)

    def add(self) -> None:
        desk, day, note = self.desk, self.day_edit.date().toPython(), self.note_edit.text().strip()
        assert isinstance(day, date)
        self.call(lambda: closures.add_closure(desk, day=day, note=note), self._changed)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.days):
            return
        desk, day = self.desk, self.days[row][0]
        self.call(lambda: closures.remove_closure(desk, day=day), self._changed)

    def _changed(self, moved: int) -> None:
        self.show_info(lambda: self.tr("Saved; %n due date(s) moved.", "", moved))
        self.note_edit.clear()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office closure days"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Note")])
        self.note_edit.setPlaceholderText(self.tr("Note (for example: office move)"))
        self.add_button.setText(self.tr("Add day"))
        self.remove_button.setText(self.tr("Remove the chosen day"))
        self.close_button.setText(self.tr("Close"))
