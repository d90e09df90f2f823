"""Checking face photo files from the command line (``ssw-desk check-photo``).

The desk's stored limits apply (the same the intake uses), not the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ssw_desk.imaging import analyse_photo
from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from ssw_desk.services import settings
from ssw_desk.services.context import Desk


def check_photo_files(
    paths: Iterable[str | Path], *, limits: PhotoLimits = DEFAULT_LIMITS, today: date | None = None
) -> list[dict[str, Any]]:
    """Checks each file; an unreadable file is reported, never raised.

    Returns:
        Per file ``{"file", "ok", "checks", "measures"}`` (see ``analyse_photo``).
    """
    out: list[dict[str, Any]] = []
    for path in paths:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            out.append(
                {
                    "file": str(path),
                    "ok": False,
                    "checks": [
                        {
                            "code": "file.readable",
                            "status": "fail",
                            "value": None,
                            "limits": None,
                            "message": f"cannot read the file ({exc.strerror})",
                        }
                    ],
                    "measures": {},
                }
            )
            continue
        report = analyse_photo(
            data, limits=limits, request_date=today or date.today(), filename=path.name
        ).as_dict()
        out.append(
            {
                "file": str(path),
                "ok": report["ok"],
                "checks": report["checks"],
                "measures": report["measures"],
            }
        )
    return out


def check_photos(
    desk: Desk, *, paths: Iterable[str | Path], today: date | None = None
) -> list[dict[str, Any]]:
    """:func:`check_photo_files` with the desk's stored limits and file rule (``check-photo``)."""
    with desk.db.begin() as session:
        limits = settings.photo_limits(session)
    return check_photo_files(paths, limits=limits, today=today)
