"""The queue service (no Qt): filter, search, sort, display columns, counts, query plans."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from ssw_desk.domain.business_days import business_days_between
from ssw_desk.services.context import Desk
from ssw_desk.services.queue import (
    SORT_KEYS,
    _ids_statement,
    normalise_exam_number,
    queue_ids,
    queue_rows,
    status_counts,
)
from tests.gui.conftest import AddRequest


def test_filter_by_status(desk: Desk, add_request: AddRequest) -> None:
    a = add_request(status="new")
    b = add_request(status="approved")
    c = add_request(status="new")
    assert queue_ids(desk) == [a, b, c]
    assert queue_ids(desk, status="new") == [a, c]
    assert queue_ids(desk, status="issued") == []
    assert status_counts(desk) == {"new": 2, "approved": 1}


def test_search_name_words_in_any_order(desk: Desk, add_request: AddRequest) -> None:
    a = add_request(name="NGUYEN VAN AN")
    add_request(name="TRAN THI BINH")
    assert queue_ids(desk, search="an nguyen") == [a]
    assert queue_ids(desk, search="  ") == queue_ids(desk)


def test_search_exam_number_normalised(desk: Desk, add_request: AddRequest) -> None:
    a = add_request(exam_number="MM24A00123")
    add_request(exam_number="EE24B00999")
    assert queue_ids(desk, search="ｍｍ２４-a００ 123") == [a]
    assert normalise_exam_number("ｍｍ24－a 1") == "MM24A1"


def test_search_reference_and_like_wildcards(desk: Desk, add_request: AddRequest) -> None:
    a = add_request(reference="SR-2025-00042")
    add_request(reference="SR-2025-00043", name="A_B")
    assert queue_ids(desk, search="sr-2025-00042") == [a]
    assert queue_ids(desk, search="%") == []  # a literal percent sign, not "anything"


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
def test_every_sort_key_orders_and_reverses(desk: Desk, add_request: AddRequest, sort: str) -> None:
    ids = [add_request(name=f"N{i}", fail_count=i % 2, category="metal_surface") for i in range(5)]
    forward = queue_ids(desk, sort=sort)
    assert sorted(forward) == sorted(ids)
    assert queue_ids(desk, sort=sort, descending=True) == forward[::-1]


def test_sort_by_due_date(desk: Desk, add_request: AddRequest) -> None:
    today = date.today()
    late = add_request(due_date=today + timedelta(days=9))
    soon = add_request(due_date=today + timedelta(days=1))
    assert queue_ids(desk, sort="due_date") == [soon, late]


def test_unknown_sort_key(desk: Desk) -> None:
    with pytest.raises(ValueError):
        queue_ids(desk, sort="sender")


def test_rows_carry_display_columns_and_business_days(desk: Desk, add_request: AddRequest) -> None:
    today = date(2025, 6, 2)  # a Monday
    overdue = add_request(due_date=date(2025, 5, 28), fail_count=2, warn_count=1)
    paused = add_request(status="waiting_applicant", due_date=None)
    done = add_request(status="issued", due_date=date(2025, 5, 1))
    rows = queue_rows(desk, ids=[overdue, paused, done, 999_999], today=today)
    assert set(rows) == {overdue, paused, done}
    row = rows[overdue]
    assert row.days_left == -business_days_between(date(2025, 5, 28), today) == -3
    assert row.overdue and (row.fail_count, row.warn_count) == (2, 1)
    assert rows[paused].days_left is None and not rows[paused].overdue
    assert not rows[done].overdue  # issued: the deadline no longer matters
    assert queue_rows(desk, ids=[]) == {}


def test_due_friday_seen_on_saturday_is_overdue(desk: Desk, add_request: AddRequest) -> None:
    friday = add_request(due_date=date(2025, 5, 30))
    saturday = date(2025, 5, 31)
    row = queue_rows(desk, ids=[friday], today=saturday)[friday]
    assert (row.days_left, row.overdue) == (-1, True)
    assert queue_rows(desk, ids=[friday], today=date(2025, 5, 30))[friday].days_left == 0


def test_received_at_roundtrip(desk: Desk, add_request: AddRequest) -> None:
    when = datetime(2025, 5, 12, 3, 4, tzinfo=UTC)
    rid = add_request(received_at=when)
    assert queue_rows(desk, ids=[rid])[rid].received_at.replace(tzinfo=UTC) == when


def _plan(desk: Desk, **kwargs: object) -> str:
    stmt = _ids_statement(
        status=kwargs.get("status"),  # type: ignore[arg-type]
        search=None,
        sort=str(kwargs.get("sort", "received_at")),
        descending=bool(kwargs.get("descending", False)),
    )
    compiled = stmt.compile(desk.db.engine, compile_kwargs={"literal_binds": True})
    with desk.db.engine.connect() as conn:
        rows = conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return " | ".join(r[-1] for r in rows)


@pytest.mark.parametrize("sort", ["received_at", "due_date", "reference", "name", "exam_number"])
def test_indexed_sorts_need_no_temp_btree(desk: Desk, sort: str) -> None:
    plan = _plan(desk, sort=sort)
    assert "TEMP B-TREE" not in plan, plan
    assert "INDEX" in plan, plan


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
def test_packed_ids_keep_the_order(desk: Desk, add_request: AddRequest, sort: str) -> None:
    """The SQLite fast path gives exactly what the plain query gives, for every order."""
    import random

    rnd = random.Random(sort)
    for _ in range(60):
        add_request(
            name=rnd.choice(["A", "B", None]),
            status=rnd.choice(["new", "issued", "approved"]),
            category=rnd.choice(["machining_metal", "metal_surface", None]),
            due_date=rnd.choice([None, date(2025, 6, rnd.randint(1, 9))]),
            fail_count=rnd.randint(0, 2),
            version_count=rnd.randint(1, 3),
            with_version=False,
        )
    for status in (None, "new"):
        for descending in (False, True):
            stmt = _ids_statement(status=status, search=None, sort=sort, descending=descending)
            with desk.db.begin() as session:
                plain = list(session.execute(stmt).scalars())
            assert queue_ids(desk, status=status, sort=sort, descending=descending) == plain
        assert queue_ids(desk, sort=sort) == queue_ids(desk, sort=sort, descending=True)[::-1]
