"""The main window: the queue on the left, the review panel on the right.

Menus, shortcuts, drag-and-drop import, background work in the status bar, and the window
layout remembered between sessions. Everything slow runs through :mod:`ssw_desk.gui.tasks`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

import ssw_desk
from ssw_desk.gui import office_menu
from ssw_desk.gui.files import in_documents
from ssw_desk.gui.hub import ChangeHub
from ssw_desk.gui.i18n import LANGUAGES, Translations, error_message, save_language
from ssw_desk.gui.mailbox_status import MailboxStatus
from ssw_desk.gui.open_request import load_request_task, reload_request_task
from ssw_desk.gui.queue_view import QueueView
from ssw_desk.gui.retention_timer import RetentionTimer
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.tasks import Task, TaskContext, TaskManager
from ssw_desk.services.claims import HEARTBEAT_SECONDS
from ssw_desk.services.context import Desk

log = logging.getLogger(__name__)

#: Files the drop target and the import dialog accept (folders are searched for them).
MAIL_SUFFIXES = (".eml", ".msg", ".mbox")
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
PROGRESS_DELAY_MS = 400
# First start: the review panel's width (at least), and the queue's.
REVIEW_WIDTH = 940
#: The queue's widest first split (a full-HD screen: room for all but one column).
QUEUE_MAX_WIDTH = 680


#: Keys of the review panel's actions (approve and flag have their own, above).
PANEL_KEYS: dict[str, tuple[str, ...]] = {
    "reject": ("Ctrl+Shift+R",),
    "note": ("Ctrl+Shift+N",),
    "report": ("Ctrl+Shift+P",),
    "overlay": ("Ctrl+Shift+G",),
}


def mail_paths(urls: Sequence[QUrl]) -> list[Path]:
    """The local e-mail files and folders among dropped URLs."""
    paths = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in MAIL_SUFFIXES:
            paths.append(path)
    return paths


def import_task(desk: Desk, paths: Sequence[Path]) -> Any:
    """The background function of an import (runs on a worker thread, own DB sessions)."""
    from ssw_desk.services.intake import import_paths

    def work(ctx: TaskContext) -> Any:
        return import_paths(desk, paths=paths, progress=ctx.progress, cancelled=ctx.cancelled)

    return work


class MainWindow(QMainWindow):
    """The desk's one window.

    Args:
        desk: The desk.
        translations: The installed translators (for the Language menu); None in some tests.

    Signals:
        request_loaded(object): the RequestView shown in the review panel (or None).
        approve_requested(), flag_requested(): the shortcuts, for the review panel.
        import_finished(object): the ImportResult of a background import.
    """

    request_loaded = Signal(object)
    approve_requested = Signal()
    flag_requested = Signal()
    import_finished = Signal(object)

    def __init__(
        self,
        desk: Desk,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        *,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.desk = desk
        self.translations = translations
        self.tasks = TaskManager(self)
        self.errors: list[str] = []  # messages shown, newest last (tests, smoke test)
        self._wanted_id: int | None = None
        self._loading = False

        self.queue = QueueView(desk, self)
        self.review = self._make_review_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.review)
        # The review needs the room (three images side by side): a wider window widens it,
        # the queue keeps its width.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)

        self._make_status_bar()
        self.mailbox_status = MailboxStatus(desk, self.tasks, self)
        self.statusBar().addPermanentWidget(self.mailbox_status)
        self.mailbox_status.fetched.connect(lambda _round: self.queue.refresh())
        self._make_actions()
        self._make_menus()
        self.office_menu = office_menu.install(self)
        self.queue.current_changed.connect(self._on_current_changed)
        self.queue.failed.connect(self.show_error)
        self.tasks.started.connect(self._on_task_started)
        self.tasks.idle.connect(self._on_tasks_idle)
        self.hub = hub
        if hub is not None:
            hub.changed.connect(self.on_changes)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        self.retention_timer = RetentionTimer(desk, self.tasks, self)
        self.retention_timer.purged.connect(lambda _summary: self.queue.refresh())
        self._retranslate()
        self._default_size()

    # --- building ----------------------------------------------------------------------------

    def _make_review_panel(self) -> ReviewPanel:
        panel = ReviewPanel(self.desk, self, tasks=self.tasks)
        panel.decided.connect(self._on_decided)
        return panel

    def _panel_action(self, name: str) -> QAction | None:
        actions = getattr(self.review, "review_actions", None)
        if not callable(actions):
            return None
        found = actions().get(name)
        return found if isinstance(found, QAction) else None

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setRange(0, 0)  # busy: an import does not know its total in advance
        self.progress.setMaximumWidth(160)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelTask")
        self.cancel_button.clicked.connect(self.tasks.cancel_all)
        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)
            widget.hide()

    def _action(self, slot: Any, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _make_actions(self) -> None:
        self.act_import = self._action(self.choose_files, QKeySequence.StandardKey.Open)
        self.act_import_folder = self._action(self.choose_folder, "Ctrl+Shift+O")
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_refresh = self._action(self.refresh, QKeySequence.StandardKey.Refresh)
        self.act_next = self._action(self.queue.select_next, "J", "Ctrl+Down")
        self.act_previous = self._action(self.queue.select_previous, "K", "Ctrl+Up")
        self.act_approve = self._action(self._approve, "Ctrl+Shift+A")
        self.act_flag = self._action(self._flag, "Ctrl+Shift+F")
        self.act_search = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.act_about = self._action(self.show_about)
        self.act_verify = self._action(self.show_verify)
        self.act_quarantine = self._action(self.show_quarantine, "Ctrl+Shift+Q")
        self.act_shortcuts = self._action(self.show_shortcuts, "F1", "Ctrl+/")
        # The review's own actions get window-wide keys (they work wherever the focus is).
        for name, keys in PANEL_KEYS.items():
            if (action := self._panel_action(name)) is not None:
                action.setShortcuts([QKeySequence(k) for k in keys])
                self.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = self.translations.language if self.translations else "ja"
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self.language_group)
            action.setCheckable(True)
            action.setChecked(lang == current)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.language_actions[lang] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions(
            [self.act_import, self.act_import_folder, self.act_quarantine, self.act_verify]
        )
        self.menu_file.addActions(
            [
                self.mailbox_status.fetch_action,
                self.mailbox_status.outbox_action,
                self.mailbox_status.settings_action,
            ]
        )
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_request = bar.addMenu("")
        self.menu_request.addActions([self.act_next, self.act_previous])
        self.menu_request.addSeparator()
        self.menu_request.addActions([self.act_approve, self.act_flag])
        for name in ("reject", "note", "report", "overlay"):
            if (action := self._panel_action(name)) is not None:
                self.menu_request.addAction(action)
        self.menu_request.addSeparator()
        self.menu_request.addActions([self.act_search, self.act_refresh])
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(self.language_group.actions())
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_shortcuts, self.act_about])

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("SSW Desk: Score report requests"))
        self.menu_file.setTitle(self.tr("&File"))
        self.mailbox_status.retranslate()
        self.menu_request.setTitle(self.tr("&Request"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_import.setText(self.tr("&Import e-mails…"))
        self.act_import_folder.setText(self.tr("Import a &folder…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_next.setText(self.tr("&Next request"))
        self.act_previous.setText(self.tr("&Previous request"))
        self.act_approve.setText(self.tr("&Approve"))
        self.act_flag.setText(self.tr("&Flag deficiencies…"))
        self.act_search.setText(self.tr("&Search"))
        self.act_refresh.setText(self.tr("Re&fresh"))
        self.act_about.setText(self.tr("&About SSW Desk"))
        self.act_verify.setText(self.tr("&Verify a Score report…"))
        self.act_quarantine.setText(self.tr("&Quarantine…"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- start and end -----------------------------------------------------------------------

    def _default_size(self) -> None:
        # The first start (no saved geometry): large, but never larger than the screen.
        screen = self.screen().availableGeometry()
        width = min(QUEUE_MAX_WIDTH + REVIEW_WIDTH + 200, int(screen.width() * 0.9))
        self.resize(width, min(860, int(screen.height() * 0.9)))
        self.split_default()

    def split_default(self) -> None:
        """The first start's split: the review at least ``REVIEW_WIDTH`` when there is room,
        the queue the rest (a third at least, ``QUEUE_MAX_WIDTH`` at most) with the columns
        that fit it. A saved split and saved columns win."""
        width = self.width()
        queue = min(QUEUE_MAX_WIDTH, max(width - REVIEW_WIDTH, width // 3))
        self.splitter.setSizes([queue, width - queue])
        self.queue.fit_columns(queue)

    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        header = settings.value("queue/header")
        if isinstance(header, QByteArray | bytes):
            self.queue.restore_state(header)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("queue/header", self.queue.save_state())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._heartbeat.stop()
        self.retention_timer.stop()
        self._release_shown()
        # An import stops between two messages; each message is its own transaction.
        self.tasks.shutdown(15_000)
        super().closeEvent(event)

    # --- the chosen request ------------------------------------------------------------------

    def refresh(self) -> None:
        self.queue.refresh()

    def _on_current_changed(self, request_id: int | None) -> None:
        self._wanted_id = request_id
        if request_id is None:
            self._show_request(None)
        elif not self._loading:
            self._load_wanted()

    def _load_wanted(self) -> None:
        # One load at a time; while it runs, further moves only update the wanted id, so
        # holding J down does not queue a load per row passed.
        request_id = self._wanted_id
        if request_id is None:
            return
        self._loading = True
        shown = self.review.property("requestId")
        task = self.tasks.run(
            self.tr("Opening request"), load_request_task(self.desk, request_id, release=shown)
        )
        task.succeeded.connect(self._on_request_loaded)
        task.failed.connect(self._on_request_failed)
        task.finished.connect(self._on_load_finished)

    def _on_request_loaded(self, view: Any) -> None:
        if view.id == self._wanted_id:
            self._show_request(view)

    def _on_request_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        if getattr(exc, "code", None) == "request.not_found":
            self.queue.refresh()

    def _on_load_finished(self) -> None:
        self._loading = False
        loaded_for = self.review.property("requestId")
        if self._wanted_id is not None and self._wanted_id != loaded_for:
            self._load_wanted()

    def _show_request(self, view: Any) -> None:
        self.review.setProperty("requestId", view.id if view is not None else None)
        self.review.set_request(view)
        self.request_loaded.emit(view)

    def on_changes(self, request_ids: frozenset[int]) -> None:
        """Another desk (or this one) changed requests: the queue and the open request show it
        without a click (the change hub's signal)."""
        self.queue.refresh()
        shown = self.review.property("requestId")
        if shown is None or not (shown in request_ids or 0 in request_ids):
            return
        if self.review.is_busy():
            return  # a decision is being saved; the panel reloads after it
        task = self.tasks.run(self.tr("Reloading request"), reload_request_task(self.desk, shown))
        task.succeeded.connect(self._on_reloaded)

    def _on_reloaded(self, view: Any) -> None:
        if view.id == self.review.property("requestId") and view.id == self._wanted_id:
            self.review.set_request(view)
            self.request_loaded.emit(view)

    def _beat(self) -> None:
        shown = self.review.property("requestId")
        if shown is None:
            return
        from ssw_desk.services.claims import heartbeat

        desk = self.desk

        def beat(_ctx: TaskContext) -> None:
            try:
                heartbeat(desk, [shown])
            except Exception:  # a missed beat only lets the claim expire sooner
                log.exception("claim heartbeat failed")

        self.tasks.run(self.tr("Keeping the review claim"), beat)  # a write: off this thread

    def _release_shown(self) -> None:
        """Gives up this clerk's claim on the request shown (the window closes)."""
        shown = self.review.property("requestId")
        if shown is None:
            return
        from ssw_desk.services.claims import release

        desk = self.desk

        def give_up(_ctx: TaskContext) -> None:
            try:
                release(desk, request_id=shown)
            except Exception:  # expired or taken over: it lapses by itself
                log.info("claim not released on close", exc_info=True)

        # A write, so on a worker; the close waits for it (``tasks.shutdown``).
        self.tasks.run(self.tr("Ending the review"), give_up)

    def _on_decided(self, request_id: int, _action: str) -> None:
        # The panel reloads the request itself; the queue shows its new status and counts.
        self.queue.refresh()

    def _approve(self) -> None:
        """Approves when nothing fails, else opens the approval that asks for reasons."""
        self.approve_requested.emit()
        for name in ("approve", "override"):
            action = self._panel_action(name)
            if action is not None and action.isEnabled():
                action.trigger()
                return

    def _flag(self) -> None:
        self.flag_requested.emit()
        action = self._panel_action("flag")
        if action is not None and action.isEnabled():
            action.trigger()

    def _focus_search(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    # --- import ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import e-mails"), in_documents(), self.tr("E-mails (*.eml *.msg *.mbox)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of e-mails"), in_documents()
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> Task:
        """Imports e-mails in the background; the queue refreshes when done."""
        task = self.tasks.run(self.tr("Importing e-mails"), import_task(self.desk, list(paths)))
        task.progress.connect(self._on_import_progress)
        task.succeeded.connect(self._on_imported)
        task.failed.connect(self.show_error)
        return task

    def _on_import_progress(self, done: int, _origin: str) -> None:
        self.progress_label.setText(self.tr("Importing: %n message(s)", "", done))

    def _on_imported(self, result: Any) -> None:
        text = self.tr("Imported %1, duplicates %2, quarantined %3")
        for i, value in enumerate((result.imported, result.duplicates, result.quarantined), 1):
            text = text.replace(f"%{i}", str(value))
        if result.quarantined:
            text += " " + self.tr("(why: File > Quarantine, Ctrl+Shift+Q)")
        self.statusBar().showMessage(text, 15_000)
        self.queue.refresh()
        # A correction for the request on screen joined it: show the new version at once.
        shown = self.review.property("requestId")
        if shown is not None and shown in result.requests:
            self._on_current_changed(shown)
        self.import_finished.emit(result)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and mail_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = mail_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # --- background work in the status bar -----------------------------------------------

    def _on_task_started(self, task: Task) -> None:
        # Shown only for work that takes a while: opening a request or its images must not
        # make the status bar flicker.
        task.progress.connect(self._on_task_progress)
        self._progress_delay.start()

    def _on_task_progress(self, _done: int, _text: str) -> None:
        self._show_progress()

    def _show_progress(self) -> None:
        running = self.tasks.tasks
        if not running:
            return
        if not self.progress.isVisible():
            self.progress_label.setText(running[0].name)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.show()

    def _on_tasks_idle(self) -> None:
        self._progress_delay.stop()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.hide()

    # --- messages ----------------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """Explains a failure in a sentence (the traceback is in the log, never on screen)."""
        message = error_message(exc)
        self.errors.append(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("SSW Desk"), message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block the event loop

    def show_verify(self) -> None:
        """Opens the report verification dialog (code, or a PDF; photos side by side)."""
        from ssw_desk.gui.verify_dialog import VerifyDialog

        VerifyDialog(self.desk, self).exec()

    def show_quarantine(self) -> QWidget:
        """Opens the quarantine: messages that could not be imported, why, retry, export."""
        from ssw_desk.gui.quarantine_dialog import QuarantineDialog

        dialog = QuarantineDialog(self.desk, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.retried.connect(lambda _result: self.queue.refresh())
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QWidget:
        """Lists every action of the window with its keys (F1, Ctrl+/)."""
        from ssw_desk.gui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SSW Desk"),
            self.tr(
                "SSW Desk %1\nReview of Score report requests for the SSW(ii) exam "
                "for industrial product manufacturing."
            ).replace("%1", ssw_desk.__version__),
        )

    def set_language(self, lang: str) -> None:
        """Switches the interface language now and for the next start."""
        save_language(lang)
        if self.translations is not None:
            self.translations.install(lang)
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
