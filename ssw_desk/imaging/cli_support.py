"""Support for ``ssw-desk check-photo FILE... --json``: one dict per file, ready for JSON.

The lead wires :func:`check_photo_json` into the command line; it reads the files itself so
the CLI stays a thin layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from ssw_desk.imaging.report import analyse_photo


def check_photo_json(
    paths: Iterable[str | Path],
    *,
    limits: PhotoLimits = DEFAULT_LIMITS,
    request_date: date | None = None,
) -> list[dict[str, Any]]:
    """Checks each file and returns JSON-serialisable results.

    Args:
        paths: Files to check.
        limits: The limits to apply.
        request_date: Reference date for ``photo.age`` (today when None).

    Returns:
        Per file: ``{"file", "ok", "format", "checks": [{"code", "status", "value",
        "limits", "message"}], "measures": {...}, "geometry": {...}}``. A file that cannot be
        read gives ``ok: false`` and ``error: "file.unreadable"`` with no checks.
    """
    out: list[dict[str, Any]] = []
    for raw in paths:
        path = Path(raw)
        try:
            data = path.read_bytes()
        except OSError:
            out.append({"file": str(path), "ok": False, "error": "file.unreadable", "checks": []})
            continue
        report = analyse_photo(data, limits=limits, request_date=request_date, filename=path.name)
        out.append({"file": str(path), **report.as_dict()})
    return out
