"""Notice texts: the catalogue of checklist items, rejection reasons and notice frames, in
both languages. Saving a text that drops a placeholder which shows a setting (``{max_mb}``)
is refused by the service; the refusal is shown as its sentence and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.domain.deficiencies import Catalogue
from ssw_desk.gui.admin.base import AdminDialog
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import notices
from ssw_desk.services.context import Desk

CodeRole = Qt.ItemDataRole.UserRole


class NoticeTextsDialog(AdminDialog):
    """Choose a text on the left, reword it in Japanese and English on the right, save."""

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.desk = desk
        self.catalogue: Catalogue | None = None
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._chosen)
        self.ja_label, self.en_label = QLabel(self), QLabel(self)
        self.ja_edit, self.en_edit = QPlainTextEdit(self), QPlainTextEdit(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        right = QWidget(self)
        texts = QVBoxLayout(right)
        texts.setContentsMargins(0, 0, 0, 0)
        for w in (self.ja_label, self.ja_edit, self.en_label, self.en_edit):
            texts.addWidget(w)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.retranslate()
        self._chosen(None)
        self.load()

    def load(self) -> None:
        desk = self.desk
        self.call(lambda: notices.get_catalogue(desk, raw=True), self._show)

    def _show(self, catalogue: Catalogue) -> None:
        chosen = self.chosen_code()
        self.catalogue = catalogue
        self.list.clear()
        kinds = {"item": self.tr("Item"), "ineligible": self.tr("Rejection"),
                 "frame": self.tr("Frame")}  # fmt: skip
        for code, entry in catalogue.entries.items():
            item = QListWidgetItem(f"{kinds.get(entry.kind, entry.kind)} · {code}")
            item.setData(CodeRole, code)
            self.list.addItem(item)
            if code == chosen:
                self.list.setCurrentItem(item)

    def chosen_code(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(CodeRole)) if item is not None else None

    def choose(self, code: str) -> bool:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CodeRole) == code:
                self.list.setCurrentItem(item)
                return True
        return False

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        entry = None
        if item is not None and self.catalogue is not None:
            entry = self.catalogue.entries.get(str(item.data(CodeRole)))
        for edit, text in ((self.ja_edit, entry.ja if entry else ""),
                           (self.en_edit, entry.en if entry else "")):  # fmt: skip
            edit.setPlainText(text)
            edit.setEnabled(entry is not None)
        self.save_button.setEnabled(entry is not None)

    def save(self) -> None:
        code = self.chosen_code()
        if code is None:
            return
        desk = self.desk
        edits = {code: {"ja": self.ja_edit.toPlainText(), "en": self.en_edit.toPlainText()}}
        self.call(lambda: notices.save_catalogue(desk, edits=edits), self._saved)

    def _saved(self, catalogue: Catalogue) -> None:
        self.show_info(lambda: self.tr("Saved."))
        self._show(catalogue)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notice texts"))
        self.ja_label.setText(self.tr("Japanese"))
        self.en_label.setText(self.tr("English"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
