"""Migration 0003: a database that already holds two valid reports for one request (the race
it closes) keeps the newest valid and supersedes the older, so the unique index can be made."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from ssw_desk.storage.db import Database, alembic_config, make_engine

NOW = "2026-01-05 10:00:00"


def test_duplicates_are_superseded_then_refused(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO blobs (sha256, size, encryption, data, created_at)"
                " VALUES ('ab', 1, 'none', :data, :now)"
            ),
            {"data": b"x", "now": NOW},
        )
        conn.execute(
            sa.text(
                "INSERT INTO requests (id, reference, status, received_at, pauses, sender,"
                " subject, findings, fail_count, warn_count, version_count, overrides, updated_at)"
                " VALUES (1, 'SR-2026-00001', 'issued', :now, '[]', '', '', '[]', 0, 0, 1, '{}',"
                " :now)"
            ),
            {"now": NOW},
        )
        for n in (1, 2):
            conn.execute(
                sa.text(
                    "INSERT INTO reports (id, serial, year, number, request_id, issued_at,"
                    " issued_by, code, pdf_sha256, status, reason)"
                    " VALUES (:n, :serial, 2026, :n, 1, :now, 'x', 'c', 'ab', 'valid', '')"
                ),
                {"n": n, "serial": f"JAIM-2026-00000{n}", "now": NOW},
            )
    engine.dispose()
    db = Database(db_url)  # migrates to head, as a desk does at start
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT serial, status, superseded_by FROM reports ORDER BY id")
        ).all()
        revision = conn.execute(sa.text("SELECT revision FROM requests")).scalar_one()
    assert [tuple(r) for r in rows] == [
        ("JAIM-2026-000001", "superseded", "JAIM-2026-000002"),
        ("JAIM-2026-000002", "valid", None),
    ]
    assert revision == 0
    db.dispose()
