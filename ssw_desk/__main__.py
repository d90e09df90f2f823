"""Allows ``python -m ssw_desk``; also the frozen (PyInstaller) bundle's entry point.

``multiprocessing.freeze_support()`` comes first: in the frozen desk a spawned import worker
starts this same executable, and freeze_support runs the worker there instead of the desk.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from ssw_desk.cli import main

    raise SystemExit(main())
