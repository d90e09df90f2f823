"""Clerks: who may use the desk, with their role; add, change role, disable, enable.

The same service functions as ``ssw-desk clerks`` (:mod:`ssw_desk.services.clerks`), run on a
worker. On PostgreSQL the database decides who may (an admin's login): a refusal is shown as
the sentence of its code. An initial password is either typed by the admin or made by the
desk and shown once, in a dialog of its own, as the command line prints it once; it is never
logged nor kept. On SQLite (one workstation) the clerk is the operating-system user and roles
do not apply: the screen lists the names and says so instead of offering actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssw_desk import messages
from ssw_desk.gui.admin.base import AdminDialog
from ssw_desk.gui.i18n import gui_lang
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services import clerks
from ssw_desk.services.context import Desk

ROLES = ("clerk", "supervisor", "admin")
LoginRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ClerkList:
    """What the screen shows: the clerks, and whether roles apply (PostgreSQL)."""

    views: list[clerks.ClerkView]
    roles_apply: bool


def _read(desk: Desk) -> ClerkList:
    return ClerkList(clerks.list_clerks(desk, last_seen=True), not desk.db.is_sqlite)


class InitialPasswordDialog(QDialog):
    """Shows a made initial password once, to be handed to the clerk in person."""

    def __init__(self, login: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = login
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.password = QLineEdit(password, self)
        self.password.setReadOnly(True)
        self.password.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.finished.connect(lambda _r: self.password.clear())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Initial password"))
        self.text.setText(
            self.tr(
                "The initial password of %1. Hand it to the clerk in person; it is shown "
                "only now and is not kept by the desk."
            ).replace("%1", self.login)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ClerksDialog(AdminDialog):
    """The list of clerks and the admin's actions on them."""

    def __init__(self, desk: Desk, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.desk = desk
        self.shown: ClerkList | None = None
        self.password_dialog: InitialPasswordDialog | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        # Role and state are the interface's words (the language walk test reads them).
        self.table.setProperty("interface_columns", [2, 3])
        self.table.itemSelectionChanged.connect(self._chosen)
        self.sqlite_note = QLabel(self)
        self.sqlite_note.setWordWrap(True)
        self.sqlite_note.setTextFormat(Qt.TextFormat.PlainText)
        self.sqlite_note.hide()

        self.chosen_role = QComboBox(self)
        self.role_button = QPushButton(self)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self)
        self.disable_button.clicked.connect(self.disable)
        self.enable_button = QPushButton(self)
        self.enable_button.clicked.connect(self.enable)
        self.actions_box = QWidget(self)
        actions = QHBoxLayout(self.actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        for w in (self.chosen_role, self.role_button, self.disable_button, self.enable_button):
            actions.addWidget(w)
        actions.addStretch(1)

        self.add_box = QGroupBox(self)
        self.login_edit = QLineEdit(self.add_box)
        self.display_edit = QLineEdit(self.add_box)
        self.new_role = QComboBox(self.add_box)
        self.password_edit = QLineEdit(self.add_box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.add_box)
        self.add_button.clicked.connect(self.add)
        self.form_labels = [QLabel(self.add_box) for _ in range(4)]
        form = QFormLayout(self.add_box)
        fields = (self.login_edit, self.display_edit, self.new_role, self.password_edit)
        for label, field in zip(self.form_labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.add_button)

        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sqlite_note)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.add_box)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(820, 600)
        self.retranslate()
        self._chosen()
        self.load()

    # -- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        desk = self.desk
        self.call(lambda: _read(desk), self._show)

    def _show(self, shown: ClerkList) -> None:
        chosen = self.chosen_login()
        self.shown = shown
        self.table.setRowCount(len(shown.views))
        for row, view in enumerate(shown.views):
            seen = view.last_seen.astimezone().strftime("%Y-%m-%d %H:%M") if view.last_seen else ""
            cells = [view.login, view.display_name, self._role_word(view.role),
                     self._state_word(view.active), seen]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(LoginRole, view.login)
                self.table.setItem(row, column, item)
            if view.login == chosen:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        for w in (self.actions_box, self.add_box):
            w.setVisible(shown.roles_apply)
        self.table.setColumnHidden(2, not shown.roles_apply)  # no roles on one workstation
        self.sqlite_note.setVisible(not shown.roles_apply)
        self._chosen()

    def chosen_login(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return str(item.data(LoginRole)) if item is not None else None

    def choose(self, login: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(LoginRole) == login:
                self.table.selectRow(row)
                return True
        return False

    def _view(self, login: str | None) -> clerks.ClerkView | None:
        views = self.shown.views if self.shown is not None else []
        return next((v for v in views if v.login == login), None)

    def _chosen(self) -> None:
        view = self._view(self.chosen_login())
        self.role_button.setEnabled(view is not None)
        self.chosen_role.setEnabled(view is not None)
        self.disable_button.setEnabled(view is not None and view.active)
        self.enable_button.setEnabled(view is not None and not view.active)
        if view is not None and view.role in ROLES:
            self.chosen_role.setCurrentIndex(ROLES.index(view.role))

    # -- the admin's actions (each on a worker; the database may refuse) -----------------------

    def add(self) -> None:
        desk = self.desk
        login, name = self.login_edit.text().strip(), self.display_edit.text().strip()
        role = ROLES[self.new_role.currentIndex()]
        password = self.password_edit.text() or None
        self.password_edit.clear()

        def done(generated: str | None) -> None:
            self.login_edit.clear()
            self.display_edit.clear()
            self.show_info(lambda: self.tr("Clerk %1 added.").replace("%1", login))
            if generated:
                self.password_dialog = InitialPasswordDialog(login, generated, self)
                self.password_dialog.open()
            self.load()

        self.call(
            lambda: clerks.add_clerk(
                desk, login=login, role=role, display_name=name, password=password
            ),
            done,
        )

    def change_role(self) -> None:
        login = self.chosen_login()
        if login is None:
            return
        desk, role = self.desk, ROLES[self.chosen_role.currentIndex()]
        self.call(lambda: clerks.set_role(desk, login=login, role=role), self._changed)

    def disable(self) -> None:
        login = self.chosen_login()
        if login is not None:
            desk = self.desk
            self.call(lambda: clerks.disable_clerk(desk, login=login), self._changed)

    def enable(self) -> None:
        login = self.chosen_login()
        if login is not None:
            desk = self.desk
            self.call(lambda: clerks.enable_clerk(desk, login=login), self._changed)

    def _changed(self, _result: object) -> None:
        self.show_info(lambda: self.tr("Saved."))
        self.load()

    # -- words -----------------------------------------------------------------------------------

    def _role_word(self, role: str) -> str:
        words = {"clerk": self.tr("Clerk"), "supervisor": self.tr("Supervisor"),
                 "admin": self.tr("Administrator")}  # fmt: skip
        return words.get(role, role)

    def _state_word(self, active: bool) -> str:
        return self.tr("Enabled") if active else self.tr("Disabled")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clerks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Login"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last seen"),
            ]
        )
        self.sqlite_note.setText(messages.text("clerks.one_workstation", gui_lang()))
        for combo in (self.chosen_role, self.new_role):
            index = max(combo.currentIndex(), 0)
            combo.clear()
            combo.addItems([self._role_word(r) for r in ROLES])
            combo.setCurrentIndex(index)
        self.chosen_role.setToolTip(self.tr("The role to give the chosen clerk"))
        self.role_button.setText(self.tr("Change r&ole"))
        self.disable_button.setText(self.tr("D&isable login"))
        self.disable_button.setToolTip(
            self.tr("The clerk can no longer sign in; their name stays in the history.")
        )
        self.enable_button.setText(self.tr("&Enable login"))
        self.add_box.setTitle(self.tr("Add a clerk"))
        labels = [self.tr("&Login"), self.tr("&Display name"), self.tr("&Role"),
                  self.tr("Initial &password")]  # fmt: skip
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.login_edit.setPlaceholderText(self.tr("lower-case letters, digits and _"))
        self.display_edit.setPlaceholderText(self.tr("as other clerks see it"))
        self.password_edit.setPlaceholderText(
            self.tr("empty: the desk makes one and shows it once")
        )
        self.add_button.setText(self.tr("&Add"))
        self.close_button.setText(self.tr("Close"))
        if self.shown is not None:
            self._show(self.shown)
