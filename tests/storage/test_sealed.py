"""Personal values at rest: after importing and issuing, no name, date of birth, exam number,
address or body text of the test data is in the SQLite file (and its WAL) or in a PostgreSQL
dump; the queue still finds requests by exam number and part of a name; a database written at
the previous schema is converted; a key rotation interrupted halfway re-seals everything."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.orm import Session

from ssw_desk.config import Actor
from ssw_desk.services import reports
from ssw_desk.services.context import Desk
from ssw_desk.services.queue import queue_ids, queue_rows
from ssw_desk.storage.crypto import desk_key
from ssw_desk.storage.db import Database, alembic_config, make_engine
from ssw_desk.storage.deskkey import rotate
from ssw_desk.storage.models import Message, Request, RosterEntry, Version
from tests.services.test_report_trust import _dump
from tests.services.test_reports import _approved, _request

SENDER = "sealed.9c2e@example.com"
#: What the test mails and roster say (tests/services/mails.py), in every stored spelling.
SECRETS = [
    "NGUYEN VAN AN",
    "NGUYEN",
    "TRAN THI BICH",
    "M2301000123",
    "M2301000999",
    "1995-03-14",
    "1995年3月14日",
    "1998-07-01",
    SENDER,
    "an.nguyen@example.com",
    "スコアレポートの発行をお願いします",
    "よろしくお願いいたします",
    "在留カード表",
]


def _database_bytes(desk: Desk) -> bytes:
    """The SQLite file and its WAL as bytes, or a pg_dump of the PostgreSQL database plus
    every value of every table read back."""
    if desk.db.is_sqlite:
        path = Path(desk.db.url.removeprefix("sqlite:///"))
        raw = path.read_bytes()
        wal = path.with_name(path.name + "-wal")
        return raw + (wal.read_bytes() if wal.exists() else b"")
    pg_dump = shutil.which("pg_dump") or next(
        iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))), None
    )
    assert pg_dump is not None, "pg_dump is needed for the PostgreSQL dump test"
    url = desk.db.url.replace("postgresql+psycopg://", "postgresql://")
    dump = subprocess.run([str(pg_dump), url], capture_output=True, check=True, timeout=120)
    assert b"CREATE TABLE public.requests" in dump.stdout
    return dump.stdout + _dump(desk)


def _leaks(data: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode() in data]


def test_nothing_personal_in_the_database_after_import_and_issue(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    first = _approved(desk, tmp_path, sender=SENDER)
    issued = reports.issue(desk, request_id=first)
    second = _request(desk, tmp_path, exam_number="M2301000999", name="TRAN THI BICH")
    # the desk itself still reads them
    with desk.db.read() as session:
        request = session.get(Request, first)
        assert request is not None and request.name == "NGUYEN VAN AN"
        assert request.date_of_birth == dt.date(1995, 3, 14) and request.sender == SENDER
        entry = session.get(RosterEntry, "M2301000999")
        assert entry is not None and entry.name == "TRAN THI BICH"
        body = session.scalars(sa.select(Version.body_text).where(Version.request_id == first))
        assert "スコアレポートの発行をお願いします" in next(iter(body))
    assert reports.verify(desk, code=issued.code).result == "valid"

    assert _leaks(_database_bytes(desk)) == []
    assert _leaks(_dump(desk)) == []
    # the check can fail: a value written in clear is found
    with desk.db.begin() as session:
        session.execute(sa.text("UPDATE requests SET category = 'NGUYEN VAN AN' WHERE id = 1"))
    assert "NGUYEN VAN AN" in _leaks(_dump(desk))

    # the queue finds them by exam number (any width, hyphens), part of a name, reference
    assert queue_ids(desk, search="M2301000123") == [first]
    assert queue_ids(desk, search="ｍ２３０１－０００９９９") == [second]
    assert queue_ids(desk, search="nguyen") == [first]
    assert queue_ids(desk, search="guy an") == [first]
    assert queue_ids(desk, search="nguyen v") == [first]  # one letter alone is left out
    assert queue_ids(desk, search="bich tran") == [second]
    assert queue_ids(desk, search="BICHX") == []
    assert queue_ids(desk, search="M230100012") == []  # exam numbers match whole
    with desk.db.read() as session:
        reference = session.get(Request, second).reference  # type: ignore[union-attr]
    assert queue_ids(desk, search=reference) == [second]
    rows = queue_rows(desk, ids=[first, second])
    assert (rows[first].name, rows[second].exam_number) == ("NGUYEN VAN AN", "M2301000999")
    # sorting by name groups equal names (keyed order, not alphabetical)
    assert sorted(queue_ids(desk, sort="name")) == [first, second]


def _plain_rows(engine: sa.Engine) -> None:
    now = "2026-01-05 10:00:00"
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO blobs (sha256, size, encryption, data, created_at)"
                " VALUES ('ab', 1, 'none', :data, :now)"
            ),
            {"data": b"x", "now": now},
        )
        conn.execute(
            sa.text(
                "INSERT INTO requests (id, reference, status, received_at, pauses, sender,"
                " subject, exam_number, exam_date, name, nationality, date_of_birth, sex,"
                " findings, fail_count, warn_count, version_count, overrides, updated_at)"
                " VALUES (1, 'SR-2026-00001', 'new', :now, '[]', :sender, 'スコアレポート発行申請',"
                " 'M2301000123', '2024-05-12', 'NGUYEN VAN AN', 'VN', '1995-03-14', 'M',"
                " '[]', 0, 0, 1, '{}', :now)"
            ),
            {"now": now, "sender": SENDER},
        )
        conn.execute(
            sa.text(
                "INSERT INTO messages (id, dedupe_key, raw_sha256, direction, source_format,"
                ' origin, status, sender, subject, "references", request_id, imported_at,'
                " imported_by) VALUES (1, 'k', 'ab', 'in', 'eml', 'inbox', 'parsed', :sender,"
                " 'スコアレポート発行申請', '[]', 1, :now, 'x')"
            ),
            {"now": now, "sender": SENDER},
        )
        conn.execute(
            sa.text(
                "INSERT INTO versions (id, request_id, number, message_pk, fields, body_text,"
                " findings, created_at) VALUES (1, 1, 1, 1, :fields, :body, '[]', :now)"
            ),
            {
                "now": now,
                "fields": '{"name": "NGUYEN VAN AN", "date_of_birth": "1995年3月14日"}',
                "body": "スコアレポートの発行をお願いします。よろしくお願いいたします。",
            },
        )
        conn.execute(
            sa.text(
                "INSERT INTO roster (exam_number, exam_date, category, name, nationality,"
                " date_of_birth, sex, score, passing_score, max_score, result, imported_at)"
                " VALUES ('M2301000999', '2024-05-12', 'c', 'TRAN THI BICH', 'VN', '1998-07-01',"
                " 'F', 75, 60, 100, 'pass', :now)"
            ),
            {"now": now},
        )


def test_migration_seals_rows_written_at_the_previous_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0007_mailbox")
    _plain_rows(engine)
    engine.dispose()
    db = Database(db_url)  # migrates, checks the key, seals what was plain
    desk = Desk(db=db, actor=Actor("clerk-test", "ws-1"))
    try:
        assert _leaks(_database_bytes(desk)) == []
        with db.read() as session:
            request = session.get(Request, 1)
            assert request is not None
            assert (request.name, request.exam_number, request.sender) == (
                "NGUYEN VAN AN",
                "M2301000123",
                SENDER,
            )
            assert request.date_of_birth == dt.date(1995, 3, 14)
            assert request.findings == [] and request.overrides == {}
            version = session.get(Version, 1)
            assert version is not None and version.fields["name"] == "NGUYEN VAN AN"
            message = session.get(Message, 1)
            assert message is not None and message.subject == "スコアレポート発行申請"
            entry = session.get(RosterEntry, "M2301000999")
            assert entry is not None and entry.date_of_birth == dt.date(1998, 7, 1)
        assert queue_ids(desk, search="M2301000123") == [1]
        assert queue_ids(desk, search="van ngu") == [1]
    finally:
        db.dispose()


def test_rotation_interrupted_halfway_reseals_values_and_indexes(
    desk: Desk, tmp_path: Path
) -> None:
    ids = [_request(desk, tmp_path, exam_number=f"M23010001{n:02d}") for n in range(4)]
    old = desk_key()
    with desk.db.read() as session:
        before = {r.id: (r.name, r.exam_number, r.body) for r in _rows(session, ids)}

    class Killed(Exception):
        pass

    def die(done: int) -> None:
        if done >= 3:
            raise Killed

    with pytest.raises(Killed):
        rotate(desk.db.begin, batch=1, after_batch=die)
    with desk.db.read() as session:
        labels = set(session.scalars(sa.select(Request.sealed_with)))
    assert len(labels) == 2 or labels == {old.label}  # stopped halfway through something
    rotate(desk.db.begin, batch=1)
    new = desk_key()
    assert new.label != old.label
    with desk.db.read() as session:
        after = {r.id: (r.name, r.exam_number, r.body) for r in _rows(session, ids)}
        for model in (Request, Message, Version, RosterEntry):
            assert set(session.scalars(sa.select(model.sealed_with))) <= {new.label}
        raw = session.execute(sa.select(sa.type_coerce(Request.name, sa.Text))).scalars().all()
        assert all(value.startswith(f"ssw1:{new.key_id}:") for value in raw)
    assert after == before
    assert queue_ids(desk, search="M2301000102") == [ids[2]]
    assert sorted(queue_ids(desk, search="nguyen")) == sorted(ids)


def _rows(session: Session, ids: list[int]) -> list[sa.Row[Any]]:
    rows = session.execute(
        sa.select(Request.id, Request.name, Request.exam_number, Version.body_text.label("body"))
        .join(Version, Version.request_id == Request.id)
        .where(Request.id.in_(ids))
    )
    return list(rows.all())
