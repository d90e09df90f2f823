"""Face photos outside intake: checking files (``ssw-desk check-photo``) and analysing the
stored photos again after an update (``ssw-desk photos reanalyse``).

The desk's stored limits apply (the same the intake uses), not the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ssw_desk.imaging import analyse_photo
from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from ssw_desk.imaging.report_types import PhotoReport
from ssw_desk.services import settings
from ssw_desk.services.context import Desk, record


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


@dataclass(frozen=True)
class Reanalysed:
    """What ``ssw-desk photos reanalyse`` did.

    Attributes:
        requests: Requests whose face photos were analysed again.
        photos: Face photos analysed.
        changed: Photos whose list of check statuses changed.
        missing: Request ids asked for that do not exist.
    """

    requests: int
    photos: int
    changed: int
    missing: tuple[int, ...]


def reanalyse_photos(desk: Desk, request_ids: Sequence[int] | None = None) -> Reanalysed:
    """Analyses the stored face photos again with the desk's current checks and limits, and
    recomputes the findings of their requests (after an update of the photo checks).

    Each request is done in its own transaction, so a long run can be interrupted safely;
    nothing personal is logged. The history records one ``photos_reanalysed`` event per
    request with the codes whose status changed.

    Args:
        desk: The open desk.
        request_ids: Requests to do; None for every request.
    """
    from ssw_desk.services.findings import refresh
    from ssw_desk.services.intake import photo_limits
    from ssw_desk.storage.blobs import get_blob
    from ssw_desk.storage.models import Request

    limits = photo_limits(desk)
    with desk.db.begin() as session:
        query = select(Request.id).order_by(Request.id)
        if request_ids is not None:
            query = query.where(Request.id.in_(list(request_ids)))
        ids = list(session.scalars(query))
    missing = tuple(sorted(set(request_ids or ()) - set(ids)))
    photos = changed = 0
    for request_id in ids:
        with desk.db.begin() as session:
            request = session.get(Request, request_id)
            if request is None:  # removed meanwhile
                continue
            day = request.received_at.date() if request.received_at else None
            codes: set[str] = set()
            for version in request.versions:
                for att in version.attachments:
                    if att.role != "face_photo":
                        continue
                    before = _statuses(att.photo_report)
                    report = analyse_photo(
                        get_blob(session, att.sha256),
                        limits=limits,
                        request_date=day,
                        filename=att.filename,
                    ).to_dict()
                    att.photo_report = report
                    photos += 1
                    after = _statuses(report)
                    keys = before.keys() | after.keys()
                    diff = {c for c in keys if before.get(c) != after.get(c)}
                    changed += bool(diff)
                    codes |= diff
            refresh(session, request)
            record(session, desk, "photos_reanalysed", request.id, changed=sorted(codes))
    return Reanalysed(len(ids), photos, changed, missing)


def _statuses(report: dict[str, Any] | None) -> dict[str, str]:
    if not report:
        return {}
    return {c.code: c.status for c in PhotoReport.from_dict(report).checks}


def check_photos(
    desk: Desk, *, paths: Iterable[str | Path], today: date | None = None
) -> list[dict[str, Any]]:
    """:func:`check_photo_files` with the desk's stored limits and file rule (``check-photo``)."""
    with desk.db.begin() as session:
        limits = settings.photo_limits(session)
    return check_photo_files(paths, limits=limits, today=today)
