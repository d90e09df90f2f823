"""The history is append-only and tampering is detected, also after recomputing the chain.

The attacker here has full control of the database (owner or file): triggers switched off,
rows edited, deleted, inserted, then every hash recomputed with the published algorithm. What
the attacker does not have is the workstation's head-signing key.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from ssw_desk.mail import MailSource
from ssw_desk.services.audit import verify_history
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import add_note, flag_deficiencies
from ssw_desk.services.intake import import_sources
from ssw_desk.services.requests import show_request
from ssw_desk.storage.audit import GENESIS, HEAD_LOG, hash_of
from ssw_desk.storage.models import Event
from tests.services.mails import request_mail


@pytest.fixture
def history(desk: Desk) -> Desk:
    for n in range(2):
        result = import_sources(
            desk, sources=[MailSource(f"{n}.eml", request_mail(sender=f"a{n}@example.com"), "eml")]
        )
        request_id = result.requests[0]
        show_request(desk, request_id=request_id)
        add_note(desk, request_id=request_id, text="applicant phoned")
        flag_deficiencies(desk, request_id=request_id, items=["photo.colour"])
    return desk


def _ids(desk: Desk) -> list[int]:
    with desk.db.read() as session:
        return list(session.execute(sa.select(Event.id).order_by(Event.id)).scalars())


def _codes(desk: Desk) -> set[tuple[str, int | None]]:
    return {(p["code"], p["event"]) for p in verify_history(desk).problems}


class FullAccess:
    """The attacker: the database's owner with the append-only triggers switched off."""

    def __init__(self, desk: Desk) -> None:
        self.engine = sa.create_engine(desk.db.url)
        self.sqlite = desk.db.is_sqlite

    def __enter__(self) -> sa.Connection:
        self.conn = self.engine.connect()
        if self.sqlite:
            self.conn.exec_driver_sql("DROP TRIGGER ssw_events_no_update")
            self.conn.exec_driver_sql("DROP TRIGGER ssw_events_no_delete")
        else:
            self.conn.exec_driver_sql("ALTER TABLE events DISABLE TRIGGER USER")
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.commit()
        self.conn.close()
        self.engine.dispose()


def _recompute(conn: sa.Connection) -> None:
    """What an attacker with full access does to hide the change: rebuild every hash."""
    prev = GENESIS
    table = Event.__table__
    for row in conn.execute(sa.select(table).order_by(table.c.id)).mappings().all():
        digest = hash_of(Event(**row), prev)
        conn.execute(
            sa.update(table).where(table.c.id == row["id"]).values(prev_hash=prev, hash=digest)
        )
        prev = digest


def test_an_untouched_history_verifies(history: Desk) -> None:
    check = verify_history(history)
    assert check.ok, check.problems
    # created, viewed, note, flagged for each of two requests; one signed head per action
    assert check.events == len(_ids(history)) == 8
    assert check.heads_checked == 8
    assert check.last_signed_id == _ids(history)[-1]


def test_events_cannot_be_changed_even_by_the_owner(history: Desk) -> None:
    engine = sa.create_engine(history.db.url)
    for sql in ("UPDATE events SET action = 'x'", "DELETE FROM events"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(sql)
    engine.dispose()
    assert verify_history(history).ok


def test_an_edited_event_is_found(history: Desk) -> None:
    target = _ids(history)[3]
    with FullAccess(history) as conn:
        conn.execute(
            sa.update(Event.__table__)
            .where(Event.__table__.c.id == target)
            .values(detail={"codes": ["other"]})
        )
    assert ("audit.hash_mismatch", target) in _codes(history)


def test_a_deleted_event_is_found(history: Desk) -> None:
    ids = _ids(history)
    with FullAccess(history) as conn:
        conn.execute(sa.delete(Event.__table__).where(Event.__table__.c.id == ids[4]))
    codes = _codes(history)
    assert ("audit.broken_link", ids[5]) in codes
    assert ids[4] in _signed(history)  # every action commits and signs its head
    assert ("audit.head_missing", ids[4]) in codes


def test_an_inserted_event_is_found(history: Desk) -> None:
    ids = _ids(history)
    with FullAccess(history) as conn:
        # Make room after ids[2] and slip an event in with a plausible hash of its own.
        for event_id in reversed(ids[3:]):
            conn.execute(
                sa.update(Event.__table__)
                .where(Event.__table__.c.id == event_id)
                .values(id=event_id + 1000)
            )
        forged = _forged(conn, ids[2] + 1, after=ids[2])
        conn.execute(sa.insert(Event.__table__).values(**forged))
    codes = _codes(history)
    assert ("audit.broken_link", ids[3] + 1000) in codes


def test_recomputing_the_whole_chain_does_not_hide_an_edit(history: Desk) -> None:
    target = _ids(history)[3]
    with FullAccess(history) as conn:
        conn.execute(
            sa.update(Event.__table__)
            .where(Event.__table__.c.id == target)
            .values(detail={"codes": ["other"]})
        )
        _recompute(conn)
    codes = _codes(history)
    assert not any(c in ("audit.hash_mismatch", "audit.broken_link") for c, _ in codes)
    assert any(c == "audit.head_mismatch" and e >= target for c, e in codes), codes


def test_recomputing_does_not_hide_a_deletion(history: Desk) -> None:
    ids = _ids(history)
    with FullAccess(history) as conn:
        conn.execute(sa.delete(Event.__table__).where(Event.__table__.c.id == ids[2]))
        _recompute(conn)
    codes = _codes(history)
    assert not any(c in ("audit.hash_mismatch", "audit.broken_link") for c, _ in codes)
    assert ("audit.head_missing", ids[2]) in codes
    assert ("audit.head_mismatch", ids[3]) in codes


def test_recomputing_does_not_hide_an_insertion(history: Desk) -> None:
    ids = _ids(history)
    with FullAccess(history) as conn:
        # A gap in the ids is normal (rolled-back transactions), so the attacker uses one:
        # renumber the later events to make room, insert, and rebuild every hash.
        for event_id in reversed(ids[3:]):
            conn.execute(
                sa.update(Event.__table__)
                .where(Event.__table__.c.id == event_id)
                .values(id=event_id + 1)
            )
        conn.execute(sa.insert(Event.__table__).values(**_forged(conn, ids[3], ids[2])))
        _recompute(conn)
    codes = _codes(history)
    assert not any(c in ("audit.hash_mismatch", "audit.broken_link") for c, _ in codes)
    assert ("audit.head_mismatch", ids[3]) in codes


def test_a_forged_event_in_this_desks_name_after_the_last_head_is_found(history: Desk) -> None:
    last = _ids(history)[-1]
    with FullAccess(history) as conn:
        conn.execute(sa.insert(Event.__table__).values(**_forged(conn, last + 1, last)))
    assert ("audit.unsigned_event", last + 1) in _codes(history)


def test_an_edited_head_log_is_found(history: Desk, data_folder: Path) -> None:
    log = data_folder / HEAD_LOG
    lines = log.read_text().splitlines()
    head = json.loads(lines[0])
    head["hash"] = "0" * 64
    log.write_text("\n".join([json.dumps(head), *lines[1:]]) + "\n")
    assert ("audit.bad_signature", head["id"]) in _codes(history)


def test_audit_verify_command(history: Desk, data_folder: Path) -> None:
    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ssw_desk", "--db", history.db.url, "audit", "verify", "--json"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    history.close()
    done = run()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    with FullAccess(history) as conn:
        conn.execute(sa.update(Event.__table__).values(action="request.view"))
    done = run()
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["ok"] is False


def _signed(desk: Desk) -> set[int]:
    return {event_id for event_id, _h, _ok in desk.db.witness.heads()}


def _forged(conn: sa.Connection, event_id: int, after: int) -> dict[str, object]:
    prev = conn.execute(sa.select(Event.hash).where(Event.id == after)).scalar_one()
    actor = conn.execute(sa.select(Event.actor).where(Event.id == after)).scalar_one()
    row = conn.execute(sa.select(Event.__table__).where(Event.id == after)).one()._mapping
    event = Event(
        id=event_id,
        request_id=row["request_id"],
        at=row["at"],
        actor=actor,
        action="request.approved",
        detail={},
    )
    return {
        "id": event_id,
        "request_id": event.request_id,
        "at": event.at,
        "actor": actor,
        "action": event.action,
        "detail": {},
        "prev_hash": prev,
        "hash": hash_of(event, prev),
    }


def test_viewing_and_exporting_are_recorded_per_request(history: Desk) -> None:
    from ssw_desk.services.requests import list_requests

    ids = sorted(v.id for v in list_requests(history))
    assert len(ids) == 2
    with history.db.read() as session:
        rows = session.execute(
            sa.select(Event.action, Event.request_id).where(Event.request_id.is_not(None))
        ).all()
    assert sorted(r for a, r in rows if a == "request.exported") == ids
    assert sorted(r for a, r in rows if a == "request.view") == ids
    assert verify_history(history).ok


def _append_many(url: str, data_dir: str, barrier: Any, count: int, queue: Any) -> None:
    import os

    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    from ssw_desk.services.context import Desk, record

    desk = Desk.open(url)
    barrier.wait(timeout=60)
    try:
        for n in range(count):
            with desk.db.begin() as session:
                record(session, desk, "request.view", None, n=n)
        queue.put("ok")
    except Exception as exc:  # reported to the test, which fails on it
        queue.put(repr(exc))
    finally:
        desk.close()


@pytest.mark.slow
def test_desks_appending_together_keep_one_chain(history: Desk, data_folder: Path) -> None:
    """Four processes released together append 30 events each: one unbroken chain, every head
    signed (a missing lock would fork the chain: two events with the same previous hash)."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(4)
    queue = ctx.Queue()
    workers = [
        ctx.Process(
            target=_append_many, args=(history.db.url, str(data_folder), barrier, 30, queue)
        )
        for _ in range(4)
    ]
    for w in workers:
        w.start()
    results = [queue.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert results == ["ok"] * 4
    check = verify_history(history)
    assert check.ok, check.problems
    assert check.events == 8 + 120
    assert check.heads_checked == 8 + 120
    with history.db.read() as session:
        links = session.execute(sa.select(Event.prev_hash)).scalars().all()
    assert len(set(links)) == len(links)  # no fork
