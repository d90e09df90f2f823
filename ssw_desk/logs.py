"""Logging: a rotating file in the platform's log folder (``config.log_dir``).

Never log personal field values."""

from __future__ import annotations

import logging
import logging.handlers

from ssw_desk.config import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    """Logs to ``ssw_desk.log`` in the log folder; called again after the folder moved (tests,
    ``SSW_DESK_DATA_DIR``), it moves the log with it."""
    root = logging.getLogger()
    path = log_dir() / "ssw_desk.log"
    for old in [h for h in root.handlers if getattr(h, "_ssw_desk", False)]:
        if getattr(old, "baseFilename", None) == str(path):
            return
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._ssw_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
