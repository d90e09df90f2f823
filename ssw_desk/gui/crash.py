"""Crash handler: an uncaught exception goes to a file, then a dialog gives its path.

Installed before the first window, so a failure while building it is caught too. The clerk
never sees a traceback; they see where it was written, to hand to the administrator.
Exceptions raised in worker threads are written at once and announced on the main thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

import ssw_desk
from ssw_desk.config import log_dir

log = logging.getLogger(__name__)


def crash_dir() -> Path:
    """``crashes/`` in the platform's log folder (the data folder when that is moved)."""
    path = log_dir() / "crashes"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path:
    """Writes the traceback (and versions) to a new file in :func:`crash_dir`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = crash_dir() / f"crash-{stamp}.txt"
    from PySide6 import __version__ as pyside_version

    lines = [
        f"SSW Desk {ssw_desk.__version__}, Python {sys.version.split()[0]}, "
        f"PySide6 {pyside_version}, {sys.platform}\n",
        f"thread: {threading.current_thread().name}\n\n",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def open_crash_folder(folder: Path) -> bool:
    """Shows the folder in the system's file manager; False when none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashHandler(QObject):
    """Replaces ``sys.excepthook`` and ``threading.excepthook`` until :meth:`uninstall`.

    Args:
        interactive: Show a dialog (False for ``--smoke-test`` and tests: only record).

    Signals:
        crashed(str): the path of a crash file just written (always on the main thread).
    """

    crashed = Signal(str)

    def __init__(self, *, interactive: bool = True) -> None:
        super().__init__()
        self.interactive = interactive
        self.reports: list[Path] = []
        self._old_hook = sys.excepthook
        self._old_thread_hook = threading.excepthook
        self._showing = False
        self.crashed.connect(self._announce)

    def install(self) -> CrashHandler:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._old_hook
        threading.excepthook = self._old_thread_hook

    def _hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._old_hook(exc_type, exc, tb)
            return
        try:
            path = write_report(exc_type, exc, tb)
        except OSError:
            self._old_hook(exc_type, exc, tb)
            return
        log.critical("uncaught exception, report in %s", path, exc_info=(exc_type, exc, tb))
        self.reports.append(path)
        print(f"ssw-desk: crash report written to {path}", file=sys.stderr)
        # Queued to the main thread when raised elsewhere.
        self.crashed.emit(str(path))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _announce(self, path: str) -> None:
        if not self.interactive or self._showing or QApplication.instance() is None:
            return
        self._showing = True  # one dialog at a time, even if more crashes follow
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("SSW Desk"), "")
            box.setText(self.tr("An unexpected error occurred. Your saved work is safe."))
            box.setInformativeText(
                self.tr(
                    "A report was written to:\n{path}\n\n"
                    "Please send this file to the administrator. You may continue working "
                    "or restart SSW Desk."
                ).format(path=path)
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_folder:
                open_crash_folder(Path(path).parent)
        finally:
            self._showing = False
