"""Settings: every setting of the registry with its fields; edit one field, checked by its
rule (a refused value is shown as the sentence naming the setting and the rule).

Names, summaries, field labels and rules come from the registry in both languages (codes of
:mod:`ssw_desk.messages`); the tree shows the interface language's and is redrawn, not read
again, when the language changes."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.admin.base import AdminDialog
from ssw_desk.gui.i18n import gui_lang
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import settings_admin
from ssw_desk.services.context import Desk

NameRole = Qt.ItemDataRole.UserRole
KeyRole = Qt.ItemDataRole.UserRole + 1


def parse_value(raw: str) -> Any:
    """What the clerk typed: a JSON list or object when it is one, else the text (the
    setting's declaration converts text to its number, date or list type)."""
    if raw.lstrip()[:1] not in ("[", "{"):
        return raw.strip()
    try:
        parsed = json.loads(raw)
    except ValueError:
        return raw
    return parsed if isinstance(parsed, list | dict) else raw


def shown_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _in(words: tuple[str, str]) -> str:
    return words[0] if gui_lang() == "ja" else words[1]


class SettingsDialog(AdminDialog):
    """The settings registry: list, choose a field, type a new value, save."""

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.desk = desk
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        # Columns 0 and 2 are the interface's words (the language walk test reads them).
        self.tree.setProperty("interface_columns", [0, 2])
        self.tree.currentItemChanged.connect(self._chosen)
        self.views: list[settings_admin.SettingView] = []
        self.about = QLabel(self)  # the chosen line's summary or rule, in full
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("color: #4b5563;")
        self.field_label = QLabel(self)
        self.value_edit = QLineEdit(self)
        self.value_edit.returnPressed.connect(self.save)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.field_label)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.save_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.about)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(1000, 620)  # fits a 1366 x 768 laptop screen
        self.retranslate()
        self._chosen(None)
        self.load()

    def load(self) -> None:
        desk = self.desk
        self.call(lambda: settings_admin.list_settings(desk), self._show)

    def _show(self, views: list[settings_admin.SettingView]) -> None:
        chosen = self.chosen_name()
        typed = self.value_edit.text() if chosen else ""
        self.views = list(views)
        self.tree.clear()
        for view in views:
            top = QTreeWidgetItem([_in(view.name), "", _in(view.about)])
            top.setData(0, KeyRole, view.key)
            top.setToolTip(0, _in(view.about))
            top.setToolTip(2, _in(view.about))
            self.tree.addTopLevelItem(top)
            for name in view.fields:
                value = "••••" if view.value is None else shown_value(view.value.get(name))
                rule = _in(view.rules[name])
                child = QTreeWidgetItem([_in(view.labels[name]), value, rule])
                child.setToolTip(0, f"{view.key}.{name}")
                child.setToolTip(2, rule)
                if view.editable and view.value is not None:
                    child.setData(0, NameRole, f"{view.key}.{name}")
                else:
                    child.setDisabled(True)
                top.addChild(child)
                if child.data(0, NameRole) == chosen:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        if typed and self.chosen_name() == chosen:
            self.value_edit.setText(typed)  # a language switch keeps what was typed
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 210)

    def chosen_name(self) -> str | None:
        item = self.tree.currentItem()
        name = item.data(0, NameRole) if item is not None else None
        return str(name) if name else None

    def choose(self, name: str) -> bool:
        """Chooses the field ``key.field`` (True when it is there and editable)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and child.data(0, NameRole) == name:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        name = item.data(0, NameRole) if item is not None else None
        self.value_edit.setEnabled(bool(name))
        self.save_button.setEnabled(bool(name))
        self.field_label.setText(item.text(0) if item is not None and name else "")
        self.about.setText(item.text(2) if item is not None else "")
        self.value_edit.setText(item.text(1) if item is not None and name else "")

    def save(self) -> None:
        name = self.chosen_name()
        if not name:
            return
        desk, value = self.desk, parse_value(self.value_edit.text())
        self.call(lambda: settings_admin.set_setting(desk, name=name, value=value), self._saved)

    def _saved(self, _view: object) -> None:
        self.show_info(lambda: self.tr("Saved."))
        self.load()

    def _language_changed(self) -> None:
        """Redraws the registry's words in the new language (and the shown refusal)."""
        if self.views:
            self._show(self.views)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tree.setHeaderLabels([self.tr("Setting"), self.tr("Value"), self.tr("Kind and rule")])
        self.value_edit.setPlaceholderText(self.tr("New value"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self._language_changed()
