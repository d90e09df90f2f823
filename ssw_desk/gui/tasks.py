"""Background work: run a function on a thread pool, get its result back on the main thread.

The one way the GUI runs slow work (imports, checks). Modelled on Picard's ``util/thread.py``
and Anki's ``taskman.py``: the function runs in a :class:`QRunnable`; its result, its exception
and its progress reach the main thread as queued signals, so widgets are only ever touched
there. The function receives a :class:`TaskContext` to report progress and to poll for
cancellation. Services open their own database session, so one session per thread holds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskContext:
    """Handed to the background function: progress reports and the cancel flag.

    Thread-safe: called from the worker thread, read from the main thread.
    """

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, text: str = "") -> None:
        """Reports progress (``done`` items so far, a short note such as a file name)."""
        self._signals.progress.emit(done, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _TaskSignals(QObject):
    # Lives in the main thread; emitting from the worker queues the call to the main thread.
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()


class Task(QObject):
    """A function running in the background.

    Signals:
        progress(int, str): items done so far and a note.
        succeeded(object): the function's return value.
        failed(object): the exception it raised (a ``DeskError`` or anything else).
        finished(): after ``succeeded`` or ``failed``, whatever happened.
    """

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._signals = _TaskSignals(self)
        self.context = TaskContext(self._signals)
        self.running = True
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._signals.done.connect(self._on_done)

    def cancel(self) -> None:
        """Asks the function to stop; it stops at its next check of ``cancelled()``."""
        self.context.cancel()

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled()

    def _on_done(self) -> None:
        self.running = False
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: _TaskSignals, ctx: TaskContext):
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._ctx = ctx

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except Exception as exc:
            log.exception("background task failed")
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.done.emit()


class TaskManager(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish.

    Signals:
        started(Task): a task was started.
        idle(): no task runs any more.
    """

    started = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: list[Task] = []

    def run(self, name: str, fn: Callable[[TaskContext], Any]) -> Task:
        """Runs ``fn(context)`` in the background.

        Args:
            name: What the task does, already translated (shown in the status bar).
            fn: The work; it must not touch widgets.

        Returns:
            The task, whose signals arrive on the main thread. Connect them right away: a
            signal emitted before the connection is made still waits in the event queue.
        """
        task = Task(name, self)
        self._tasks.append(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(_Runnable(fn, task._signals, task.context))
        self.started.emit(task)
        return task

    @property
    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Blocks until every task's function returned (at shutdown); True when all did."""
        return self._pool.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        task.deleteLater()
        if not self._tasks:
            self.idle.emit()
