"""GUI test fixtures: offscreen Qt, data folder and settings in tmp_path, a desk with requests.

Requests are inserted with the ORM (fast, and independent of the mail parser); the import
tests go through the real intake.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ssw_desk.services.context import Desk
from ssw_desk.storage import repos
from ssw_desk.storage.models import Blob, Message, Request, Version

AddRequest = Callable[..., int]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (logs, crash reports, settings, i18n cache) inside tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SSW_DESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SSW_DESK_DB", raising=False)
    from ssw_desk.gui.app import configure_settings

    configure_settings()
    return folder


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    yield desk
    desk.close()


@pytest.fixture
def add_request(desk: Desk) -> AddRequest:
    """Inserts one request; keyword arguments override the defaults. Returns its id."""
    counter = iter(range(1, 1_000_000))

    def add(**values: Any) -> int:
        n = next(counter)
        received = values.pop(
            "received_at", datetime(2025, 5, 1, 9, 0, tzinfo=UTC) + timedelta(hours=n)
        )
        row = {
            "status": "new",
            "received_at": received,
            "due_date": date.today() + timedelta(days=14),
            "name": f"NGUYEN VAN {n:03d}",
            "exam_number": f"A{n:07d}",
            "category": "machining_metal",
            "fail_count": 0,
            "warn_count": 0,
            "version_count": 1,
            "sender": f"applicant{n}@example.com",
            "subject": "Score report",
            "pauses": [],
            "findings": [],
            "overrides": {},
            "updated_at": received,
        }
        with_version = values.pop("with_version", True)
        row.update(values)
        with desk.db.begin() as session:
            if "reference" not in row:  # from the counter, as intake does: no collisions
                number = repos.next_counter(session, "request", row["received_at"].year)
                row["reference"] = f"SR-{row['received_at'].year}-{number:05d}"
            request = Request(**row)
            session.add(request)
            session.flush()
            if with_version:
                _add_version(session, request, n)
            return request.id

    return add


def _add_version(session: Any, request: Request, n: int) -> None:
    """The message and version a real import would have stored (what the review shows)."""
    raw = f"Subject: Score report {n}\r\n\r\nbody {n}\r\n".encode()
    sha = hashlib.sha256(raw).hexdigest()
    when = request.received_at
    session.add(Blob(sha256=sha, size=len(raw), encryption="none", data=raw, created_at=when))
    message = Message(
        dedupe_key=f"sha256:{sha}",
        message_id=f"<m{n}@example.com>",
        raw_sha256=sha,
        status="parsed",
        received_at=when,
        sender=request.sender,
        subject=request.subject,
        request_id=request.id,
        imported_at=when,
    )
    session.add(message)
    session.flush()
    session.add(
        Version(
            request_id=request.id,
            number=1,
            message_pk=message.id,
            fields={},
            body_text=f"body {n}",
            findings=[],
            created_at=when,
        )
    )
