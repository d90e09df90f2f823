"""Queries the services share. Repositories take a session and never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ssw_desk.domain.findings import OtherRequest, RosterRow
from ssw_desk.storage.crypto import desk_key
from ssw_desk.storage.models import (
    Closure,
    Counter,
    Message,
    Request,
    RosterEntry,
    message_id_sha,
)
from ssw_desk.storage.sealing import sender_index


def next_counter(session: Session, name: str, year: int) -> int:
    """Takes the next number of a gap-free yearly sequence.

    The row is locked (``FOR UPDATE`` on PostgreSQL; SQLite transactions begin IMMEDIATE), so
    concurrent desks never get the same number; a rolled-back transaction gives its number back.
    """
    dialect = session.get_bind().dialect.name
    insert_fn = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert_fn(Counter).values(name=name, year=year, last=0).on_conflict_do_nothing()
    )
    row = session.execute(
        select(Counter)
        .where(Counter.name == name, Counter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    row.last += 1
    session.flush()
    return row.last


def message_exists(session: Session, dedupe_key: str) -> bool:
    return (
        session.execute(select(Message.id).where(Message.dedupe_key == dedupe_key)).first()
        is not None
    )


def thread_request(
    session: Session, *, ids: Sequence[str], sender: str, subject: str
) -> Request | None:
    """The request a message continues: by In-Reply-To/References, else by the reference
    quoted in the subject from the same sender."""
    if ids:
        row = session.execute(
            select(Message.request_id)
            .where(
                Message.message_id_sha.in_([message_id_sha(i) for i in ids]),
                Message.request_id.is_not(None),
            )
            .order_by(Message.id.desc())
        ).first()
        if row is not None:
            return session.get(Request, row[0])
    if sender and subject:
        candidates = session.execute(
            select(Request).where(Request.sender_index == sender_index(sender, desk_key()))
        ).scalars()
        upper = subject.upper()
        for req in candidates:
            if req.reference.upper() in upper:
                return req
    return None


def other_requests(
    session: Session, exam_number: str | None, exclude_id: int
) -> list[OtherRequest]:
    if not exam_number:
        return []
    rows = session.execute(
        select(Request.reference, Request.status).where(
            Request.exam_number == exam_number, Request.id != exclude_id
        )
    ).all()
    return [OtherRequest(reference=r.reference, status=r.status) for r in rows]


def roster_row(session: Session, exam_number: str | None) -> RosterRow | None:
    if not exam_number:
        return None
    e = session.get(RosterEntry, exam_number)
    if e is None:
        return None
    return RosterRow(
        exam_number=e.exam_number,
        exam_date=e.exam_date.isoformat() if e.exam_date else None,
        category=e.category,
        name=e.name,
        nationality=e.nationality,
        date_of_birth=e.date_of_birth.isoformat() if e.date_of_birth else None,
        sex=e.sex,
        score=e.score,
        passing_score=e.passing_score,
        max_score=e.max_score,
        result=e.result,
    )


def closures(session: Session) -> list[date]:
    return list(session.execute(select(Closure.day)).scalars())
