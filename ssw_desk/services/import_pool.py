"""The worker processes that parse and analyse messages ahead of the storing process.

Spawned, created and shut down inside one import. A worker never outlives the process that
imports: on Linux the kernel sends it SIGKILL when its parent dies (``PR_SET_PDEATHSIG``);
elsewhere a watch thread in the worker ends it when its parent process is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


def start_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes tied to the life of this process."""
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(os.getpid(),),
    )


def shut_pool(pool: ProcessPoolExecutor | None) -> None:
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def init_worker(parent_pid: int) -> None:
    """Set-up of an import worker: dies with its parent, detects and resizes on one thread
    (the workers are the parallelism)."""
    tie_to_parent(parent_pid)
    import cv2

    from ssw_desk.imaging.faces import set_detector_threads

    cv2.setNumThreads(1)
    set_detector_threads(1)


def tie_to_parent(parent_pid: int) -> None:
    """Ends this process when ``parent_pid`` is no longer its parent."""
    if sys.platform.startswith("linux") and _pdeathsig():
        if os.getppid() != parent_pid:  # the parent died before the signal was armed
            os._exit(1)
        return
    thread = threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True)
    thread.start()


def _pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        time.sleep(0.5)
