"""The "Office" menu: dashboard, batch issue, the review's one-step send and reopen, and the
admin screens (closure days, settings, notice texts, clerks).

Installed into the main window by :func:`install` (one line there), so the window's own code
stays as it is. Dialogs are non-modal where the clerk keeps working beside them (dashboard)
and are kept here so each opens once. Keyboard: Ctrl+Shift+S sends the report of the request
on screen, Ctrl+Shift+D shows the dashboard, Ctrl+Shift+B opens the batch issue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from ssw_desk.gui.main_window import MainWindow


class OfficeMenu(QMenu):
    """The menu and its actions (translated on a language change like every widget)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialogs: dict[str, QDialog] = {}
        self.act_dashboard = self._action("Ctrl+Shift+D", self.show_dashboard)
        self.act_batch = self._action("Ctrl+Shift+B", self.show_batch)
        self.act_closures = self._action(None, lambda: self._admin("closures"))
        self.act_settings = self._action(None, lambda: self._admin("settings"))
        self.act_notices = self._action(None, lambda: self._admin("notices"))
        self.act_clerks = self._action(None, lambda: self._admin("clerks"))
        self.addActions([self.act_dashboard, self.act_batch])
        actions = getattr(window.review, "review_actions", None)
        review = actions() if callable(actions) else {}
        self.act_send = review.get("send")
        self.act_reopen = review.get("reopen")
        if self.act_send is not None:
            self.act_send.setShortcut(QKeySequence("Ctrl+Shift+S"))
            window.addAction(self.act_send)
        self.addSeparator()
        self.addActions([a for a in (self.act_send, self.act_reopen) if a is not None])
        self.addSeparator()
        self.admin_menu = self.addMenu("")
        self.admin_menu.addActions(
            [self.act_closures, self.act_settings, self.act_notices, self.act_clerks]
        )
        self.retranslate()

    def _action(self, keys: str | None, slot: object) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            self.window_.addAction(action)  # works with the menu closed
        action.triggered.connect(slot)
        return action

    def _show(self, name: str, dialog: QDialog) -> QDialog:
        self.dialogs[name] = dialog
        dialog.finished.connect(lambda _r, n=name: self.dialogs.pop(n, None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_dashboard(self) -> QDialog:
        if (open_ := self.dialogs.get("dashboard")) is not None:
            open_.raise_()
            return open_
        from ssw_desk.gui.dashboard import DashboardDialog

        w = self.window_
        return self._show("dashboard", DashboardDialog(w.desk, w.tasks, w.hub, w))

    def show_batch(self) -> QDialog:
        from ssw_desk.gui.batch_dialog import BatchIssueDialog

        w = self.window_
        dialog = BatchIssueDialog(w.desk, w.tasks, parent=w)
        dialog.finished.connect(lambda _r: w.queue.refresh())
        return self._show("batch", dialog)

    def _admin(self, name: str) -> QDialog:
        from ssw_desk.gui.admin import (
            ClerksDialog,
            ClosuresDialog,
            NoticeTextsDialog,
            SettingsDialog,
        )

        if (open_ := self.dialogs.get(name)) is not None:
            open_.raise_()
            return open_
        kinds = {"closures": ClosuresDialog, "settings": SettingsDialog,
                 "notices": NoticeTextsDialog, "clerks": ClerksDialog}  # fmt: skip
        w = self.window_
        return self._show(name, kinds[name](w.desk, w.tasks, w))

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Office"))
        self.act_dashboard.setText(self.tr("&Dashboard"))
        self.act_batch.setText(self.tr("&Issue approved reports…"))
        self.admin_menu.setTitle(self.tr("&Administration"))
        self.act_closures.setText(self.tr("&Closure days…"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_notices.setText(self.tr("&Notice texts…"))
        self.act_clerks.setText(self.tr("C&lerks…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window: MainWindow) -> OfficeMenu:
    """Adds the Office menu before Help."""
    menu = OfficeMenu(window)
    window.menuBar().insertMenu(window.menu_help.menuAction(), menu)
    return menu
