"""The dashboard's figures on SQLite and PostgreSQL, and the CSV export made harmless."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ssw_desk.domain.business_days import JST, add_business_days
from ssw_desk.services import dashboard
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Claim, Report, Request

# A Wednesday with no holiday near it: business days are plain weekdays here.
TODAY = date(2025, 6, 11)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), JST).astimezone(UTC)


def _request(session: Any, n: int, status: str, received: date, due: date | None) -> Request:
    r = Request(
        reference=f"SR-2025-{n:05d}",
        status=status,
        received_at=_at(received),
        due_date=due,
        pauses=[],
        findings=[],
        overrides={},
        updated_at=_at(received),
    )
    session.add(r)
    session.flush()
    return r


def _report(session: Any, n: int, request: Request, issued: datetime, by: str) -> None:
    session.add(
        Report(
            serial=f"SSW-2025-{n:06d}", year=2025, number=n, request_id=request.id,
            issued_at=issued, issued_by=by, code="x", status="valid",
        )
    )  # fmt: skip


def test_figures_count_what_a_clerk_expects(desk: Desk) -> None:
    with desk.db.begin() as s:
        # Open, clock running: received today (age 0), 4 business days ago, 12 ago (overdue).
        _request(s, 1, "new", TODAY, add_business_days(TODAY, 10))
        _request(s, 2, "resubmitted", date(2025, 6, 5), TODAY + timedelta(days=1))  # due soon
        _request(s, 3, "approved", date(2025, 5, 26), date(2025, 6, 9))  # overdue
        _request(s, 4, "new", date(2025, 6, 10), TODAY)  # due today: soon
        # The clock stands: waiting; closed ones count nowhere but "issued this week".
        _request(s, 5, "waiting_applicant", date(2025, 5, 1), None)
        issued = _request(s, 6, "issued", date(2025, 6, 2), date(2025, 6, 16))
        old = _request(s, 7, "issued", date(2025, 5, 2), date(2025, 5, 16))
        _request(s, 8, "rejected", date(2025, 5, 2), date(2025, 5, 16))
        _report(s, 1, issued, _at(date(2025, 6, 9), 1), "Sato (sato)")  # Monday 01:00 JST
        _report(s, 2, old, _at(date(2025, 6, 8), 23), "Ito (ito)")  # Sunday: last week
        far = datetime.now(UTC) + timedelta(hours=1)
        s.add(Claim(request_id=1, clerk="ito", display_name="Ito (ito)", claimed_at=far,
                    heartbeat_at=far, expires_at=far))  # fmt: skip
    f = dashboard.figures(desk, today=TODAY)
    assert (f.open, f.due_soon, f.overdue, f.waiting, f.issued_this_week) == (4, 2, 1, 1, 1)
    assert f.week_start == date(2025, 6, 9)
    clerks = {c.clerk: (c.issued_this_week, c.reviewing) for c in f.clerks}
    assert clerks == {"Sato (sato)": (1, 0), "Ito (ito)": (0, 1)}
    # Ages in business days: 0 (today), 1 (10 Jun), 4 (5 Jun), 12 (26 May).
    assert [(low, n) for low, _high, n in f.ageing] == [(0, 2), (3, 1), (6, 0), (9, 0), (11, 1)]
    assert sum(n for *_b, n in f.ageing) == f.open


def test_an_empty_desk_shows_zeros(desk: Desk) -> None:
    f = dashboard.figures(desk, today=TODAY)
    assert (f.open, f.due_soon, f.overdue, f.waiting, f.issued_this_week) == (0, 0, 0, 0, 0)
    assert f.clerks == () and all(n == 0 for *_b, n in f.ageing)


def test_csv_cells_that_look_like_formulas_stay_text() -> None:
    evil = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "plain"]
    text = dashboard.to_csv([[e, 5] for e in evil] + [["Open", -1]])
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[0] for r in rows[:-1]] == ["'" + e for e in evil[:-1]] + ["plain"]
    assert [r[1] for r in rows] == ["5"] * len(evil) + ["-1"]  # numbers stay numbers
