"""Start-up migrations with many desks: one migrates, an older desk refuses a newer database,
and a clerk's login does not migrate."""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk
from ssw_desk.storage.db import Database, alembic_config, make_engine
from ssw_desk.storage.models import Event
from tests.storage.scram import ScramDatabase, scram_db

__all__ = ["scram_db"]

HEAD = ScriptDirectory.from_config(alembic_config(sa.create_engine("sqlite://"))).get_current_head()
#: The schema just before 0004_roles_audit (chains the history, moves notes out).
BEFORE = "0008_sealed_values"


def _start(url: str, data_dir: str, barrier: Any, queue: Any) -> None:
    import os

    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    from ssw_desk.storage.db import alembic_config, make_engine
    from ssw_desk.storage.migrate import upgrade_locked

    engine = make_engine(url)
    barrier.wait(timeout=60)
    try:
        queue.put(("ok", upgrade_locked(engine, alembic_config(engine))))
    except Exception as exc:  # reported to the test, which fails on it
        queue.put(("error", repr(exc)))
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("processes", [4])
def test_desks_starting_together_migrate_once(
    db_url: str, data_folder: Path, processes: int
) -> None:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(processes)
    queue = ctx.Queue()
    workers = [
        ctx.Process(target=_start, args=(db_url, str(data_folder), barrier, queue))
        for _ in range(processes)
    ]
    for w in workers:
        w.start()
    results = [queue.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert all(kind == "ok" for kind, _ in results), results
    assert sorted(migrated for _, migrated in results) == [False] * (processes - 1) + [True]
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    engine.dispose()


def _stamp_future(url: str) -> None:
    Database(url).dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()


def test_an_older_desk_refuses_a_newer_database(db_url: str) -> None:
    _stamp_future(db_url)
    with pytest.raises(DeskError) as err:
        Desk.open(db_url)
    assert err.value.code == "storage.db_newer"
    assert "9999_from_the_future" in err.value.detail and HEAD in err.value.detail


def test_the_command_line_says_so_without_a_traceback(sqlite_url: str) -> None:
    _stamp_future(sqlite_url)
    done = subprocess.run(
        [sys.executable, "-m", "ssw_desk", "--db", sqlite_url, "requests", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "storage.db_newer" in done.stderr and "9999_from_the_future" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_desk_window_says_so_in_a_dialog(qtbot: Any) -> None:
    from ssw_desk.gui.start_error import start_error_box

    box = start_error_box(DeskError("storage.db_newer", f"database 9999_x, desk {HEAD}"))
    qtbot.addWidget(box)
    assert "9999_x" in box.text() and HEAD in box.text()
    assert "新しい" in box.text() and "newer" in box.text()


def test_a_clerk_login_does_not_migrate(scram_db: ScramDatabase) -> None:
    from ssw_desk.services.clerks import add_clerk

    owner = Desk.open(scram_db.owner_url)
    login = scram_db.login_name("clerk")
    add_clerk(owner, login=login, role="clerk", password="pw-clerk")
    owner.close()
    engine = make_engine(scram_db.owner_url)
    # the schema before 0004_roles_audit, as if the desks were just updated
    command.downgrade(alembic_config(engine), BEFORE)
    engine.dispose()
    with pytest.raises(DeskError) as err:
        Desk.open(scram_db.url_for(login, "pw-clerk"))
    assert err.value.code == "storage.db_older"
    assert BEFORE in err.value.detail and HEAD in err.value.detail
    engine = make_engine(scram_db.owner_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == BEFORE
    engine.dispose()
    Desk.open(scram_db.owner_url).close()  # the owner may
    Desk.open(scram_db.url_for(login, "pw-clerk")).close()


def test_an_existing_history_is_chained_and_loses_its_free_text(db_url: str) -> None:
    """Upgrading a database of the previous schema: notes move out of the events, override
    reasons stay on the request only, every old event is chained and verifies."""
    from ssw_desk.mail import MailSource
    from ssw_desk.services.audit import verify_history
    from ssw_desk.services.intake import import_sources
    from ssw_desk.services.requests import show_request
    from tests.services.mails import request_mail

    desk = Desk.open(db_url)
    request_id = import_sources(
        desk, sources=[MailSource("a.eml", request_mail(), "eml")]
    ).requests[0]
    actor = str(desk.actor)
    desk.close()
    engine = make_engine(db_url)
    command.downgrade(alembic_config(engine), BEFORE)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO events (request_id, at, actor, action, detail) VALUES "
                "(:r, :at, :a, 'note.added', :d1), (:r, :at, :a, 'request.approved', :d2)"
            ),
            {
                "r": request_id,
                "at": "2026-11-20 10:00:00+00:00",
                "a": actor,
                "d1": '{"text": "applicant phoned from 090-1234-5678"}',
                "d2": '{"version": 1, "overrides": {"roster.found": "checked on paper"}}',
            },
        )
    engine.dispose()
    desk = Desk.open(db_url)  # the owner migrates
    try:
        with desk.db.read() as session:
            details = str(session.execute(sa.select(Event.detail)).scalars().all())
        assert "090-1234-5678" not in details and "checked on paper" not in details
        history = show_request(desk, request_id=request_id).history
        note = next(e for e in history if e.action == "note.added")
        assert note.detail == {"text": "applicant phoned from 090-1234-5678"}
        check = verify_history(desk)  # the view above signed a head over the old events
        assert check.ok, check.problems
        assert check.events == 4
    finally:
        desk.close()
