"""Background tasks: results on the main thread, and object lifetimes that never crash.

The lifetime tests crashed the interpreter (SIGSEGV) before the fixes in ``tasks.py``; now
they pass.
"""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ssw_desk.gui.tasks import TaskContext, TaskManager


def test_result_and_error_arrive_on_the_main_thread(qtbot: QtBot) -> None:
    manager = TaskManager()
    worker_threads: list[int] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.get_ident())
        ctx.progress(1, "one")
        return 42

    task = manager.run("work", work)
    seen: list[tuple[str, object, bool]] = []
    main = QApplication.instance()
    assert main is not None

    def on_main() -> bool:
        return QThread.currentThread() is main.thread()

    task.progress.connect(lambda done, text: seen.append(("progress", (done, text), on_main())))
    task.succeeded.connect(lambda value: seen.append(("ok", value, on_main())))
    with qtbot.waitSignal(task.finished, timeout=3000):
        pass
    assert seen == [("progress", (1, "one"), True), ("ok", 42, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()

    def fail(_ctx: TaskContext) -> None:
        raise ValueError("boom")

    failing = manager.run("fail", fail)
    with qtbot.waitSignal(failing.failed, timeout=3000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    qtbot.waitUntil(lambda: not manager.tasks, timeout=3000)


def test_manager_released_while_finished_tasks_await_deletion(qtbot: QtBot) -> None:
    """The review panel's speed test crashed here (SIGSEGV): the tasks ended inside a nested
    event loop (``waitSignal``), so their deferred deletes waited for the outer one, and the
    manager's last reference went with them."""
    manager = TaskManager()
    for _ in range(3):
        manager.run("quick", lambda _ctx: 1)
    with qtbot.waitSignal(manager.idle, timeout=3000):
        pass
    del manager
    gc.collect()
    QApplication.processEvents()  # the deferred deletes, at the outer level
    gc.collect()


def test_manager_deleted_while_tasks_still_run(qtbot: QtBot) -> None:
    """Deleting the manager waits for the functions: no worker emits on a deleted task."""
    release = threading.Event()

    def slow(ctx: TaskContext) -> int:
        release.wait(2)
        ctx.progress(1)
        return 1

    manager = TaskManager()
    for _ in range(3):
        manager.run("slow", slow)
    threading.Timer(0.1, release.set).start()
    manager.deleteLater()
    del manager
    qtbot.wait(50)
    gc.collect()


def test_functions_capturing_widgets_are_released_on_the_main_thread(qtbot: QtBot) -> None:
    """A lambda holding the last reference to a widget must not free it on the worker."""
    released_on: list[bool] = []
    main = QThread.currentThread()
    manager = TaskManager()

    label = QLabel("temporary")
    label.destroyed.connect(lambda: released_on.append(QThread.currentThread() is main))

    def make(widget: QLabel) -> object:
        return lambda _ctx: widget.objectName() and None

    task = manager.run("captures a widget", make(label))  # type: ignore[arg-type]
    del label
    with qtbot.waitSignal(task.finished, timeout=3000):
        pass
    qtbot.waitUntil(lambda: bool(released_on), timeout=3000)
    assert released_on == [True]


def test_shutdown_cancels_and_waits(qtbot: QtBot) -> None:
    manager = TaskManager()
    ticks: list[int] = []

    def loop(ctx: TaskContext) -> None:
        while not ctx.cancelled():
            ticks.append(1)
            QThread.msleep(5)

    manager.run("loop", loop)
    qtbot.waitUntil(lambda: bool(ticks), timeout=3000)
    assert manager.shutdown(3000)
    qtbot.waitUntil(lambda: not manager.tasks, timeout=3000)


class _Emitter(QObject):
    ping = Signal(object)


def test_pyside_keeps_its_references() -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` per ``emit()`` and one to ``None`` per
    call returning nothing: "Fatal Python error: bool_dealloc" at exit (bench/gui.py) or in
    a long session. It is excluded in pyproject.toml; this fails on a release doing it again.
    """
    emitter = _Emitter()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.ping.emit(None)
        emitter.setObjectName("x")
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(None)
    lost = [b - a for a, b in zip(after, before, strict=True)]
    assert max(lost) < 100, f"references lost (True, None): {lost}"
