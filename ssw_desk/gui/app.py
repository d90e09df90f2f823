"""Starting the desk: application, settings, crash handler, translations, main window.

``QT_QPA_PLATFORM`` is left alone: the desktop picks the platform, tests and CI set
``offscreen``. ``--smoke-test`` starts the window, loads the queue and quits with 0 when all of
that worked (CI runs it on the frozen bundle).
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ssw_desk.config import data_dir
from ssw_desk.gui.crash import CrashHandler
from ssw_desk.gui.i18n import Translations, chosen_language
from ssw_desk.services.context import Desk

log = logging.getLogger(__name__)

ORGANISATION = "ssw-desk"
APPLICATION = "SSW Desk"


def configure_settings() -> None:
    """QSettings as an INI file in the user data folder (moved with ``SSW_DESK_DATA_DIR``)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir() / "settings")
    )


def application() -> QApplication:
    """The running QApplication, created on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def _japanese_font(app: QApplication) -> None:
    # Without a Japanese default the platform may pick a Chinese face for kanji.
    font = QFont(app.font())
    font.setFamilies([font.family(), "Noto Sans CJK JP", "IPAexGothic", "Yu Gothic UI", "Meiryo"])
    app.setFont(font)


def run(desk: Desk, *, lang: str | None, smoke_test: bool) -> int:
    """Runs the desk until the window closes.

    Args:
        desk: The open desk.
        lang: ``ja`` or ``en`` from the command line; None uses the saved choice (Japanese).
        smoke_test: Start, load the queue, quit.

    Returns:
        The exit status (0: fine).
    """
    configure_settings()
    app = application()
    crash = CrashHandler(interactive=not smoke_test).install()
    translations = Translations(app)
    hub = None
    try:
        translations.install(chosen_language(lang))
        _japanese_font(app)
        from ssw_desk.gui.hub import ChangeHub
        from ssw_desk.gui.main_window import MainWindow

        hub = ChangeHub(desk.db.url)
        window = MainWindow(desk, translations, hub=hub)
        hub.start()
        window.restore_layout()
        window.show()
        window.queue.load()
        if os.environ.get("SSW_DESK_STARTUP_PROBE"):  # bench/startup.py: the painted window
            window.repaint()
            print(f"startup probe: painted {time.time():.3f}", flush=True)
        if smoke_test:
            return _smoke_test(app, window, crash)
        return app.exec()
    finally:
        if hub is not None:
            hub.stop()
        translations.remove()
        crash.uninstall()


def _smoke_test(app: QApplication, window: object, crash: CrashHandler) -> int:
    from ssw_desk.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    rows = window.queue.model.rowCount()
    if rows:
        # Open the first request as a clerk would, and wait until it is shown (or failed).
        loop = QEventLoop()
        window.request_loaded.connect(loop.quit)
        window.tasks.idle.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        window.queue.select_row(0)
        loop.exec()
    failures = len(window.errors) + len(crash.reports)
    print(f"smoke test: {rows} requests in the queue, {failures} failures")
    window.close()
    window.deleteLater()
    return 0 if failures == 0 else 1
