"""Logging: a rotating file in the user data folder. Never log personal field values."""

from __future__ import annotations

import logging
import logging.handlers

from ssw_desk.config import data_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_ssw_desk", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        data_dir() / "ssw_desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._ssw_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
