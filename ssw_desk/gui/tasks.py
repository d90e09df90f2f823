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
    done = Signal()


class Task(QObject):
    """A function running in the background.

    The task keeps the function (and whatever it captures: widgets, the desk) and receives its
    outcome; the worker hands both back before it signals the end. So the last reference to
    anything the function touched is always dropped here, on the main thread, never on the
    worker (where releasing a widget's wrapper would delete a widget off its thread).

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

    def __init__(
        self, name: str, fn: Callable[[TaskContext], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._fn: Callable[[TaskContext], Any] | None = fn
        self._outcome: tuple[bool, Any] | None = None
        self._signals = _TaskSignals(self)
        self.context = TaskContext(self._signals)
        self.running = True
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._on_done)

    def cancel(self) -> None:
        """Asks the function to stop; it stops at its next check of ``cancelled()``."""
        self.context.cancel()

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled()

    def _run(self) -> None:
        # On the worker. Only plain Python objects change hands; the lock-free handover is
        # safe because ``done`` is queued after the assignment and read on the main thread.
        fn = self._fn
        assert fn is not None
        try:
            outcome: tuple[bool, Any] = (True, fn(self.context))
        except Exception as exc:
            log.exception("background task failed")
            outcome = (False, exc)
        del fn
        self._outcome = outcome
        del outcome
        self._signals.done.emit()

    def _on_done(self) -> None:
        ok, value = self._outcome or (False, RuntimeError("task ended without an outcome"))
        self._outcome = None
        self._fn = None
        self.running = False
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Runnable(QRunnable):
    # Holds only a plain callable (no Qt object wrapper): the pool deletes the runnable on the
    # worker thread, and nothing may be released there but the runnable itself.
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run: Callable[[], None] | None = run

    def run(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run()


class TaskManager(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish.

    The pool is this object's first child, so it is destroyed first and its destructor waits
    for every function still running: no worker ever emits on a deleted task. The window
    still calls :meth:`shutdown` when it closes, to cancel and wait while all is intact.

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
        task = Task(name, fn, self)
        self._tasks.append(task)
        # A bound method, not a lambda: a lambda holding the task and this manager would
        # keep the manager alive from its own child, and free it from inside the child's
        # destructor when the task's deferred delete runs (a double delete).
        task.finished.connect(self._forget)
        self._pool.start(_Runnable(task._run))
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

    def shutdown(self, msecs: int = -1) -> bool:
        """Cancels every task and waits for the functions to return (the window's close).

        Results still queued are not delivered: they are dropped with their tasks.

        Returns:
            True when every function returned within ``msecs``.
        """
        self.cancel_all()
        return self.wait(msecs)

    def _forget(self) -> None:
        task = self.sender()
        if isinstance(task, Task) and task in self._tasks:
            self._tasks.remove(task)
            task.deleteLater()
        if not self._tasks:
            self.idle.emit()
