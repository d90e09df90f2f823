"""Business days, office closures and the 10-business-day due date with pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import jpholiday
import pytest

from ssw_desk.domain.business_days import (
    add_business_days,
    business_days_between,
    due_date,
    is_business_day,
    is_national_holiday,
)


def test_holidays_package_agrees_with_jpholiday_2023_2027() -> None:
    ours = {
        date(2023, 1, 1) + timedelta(days=i)
        for i in range((date(2027, 12, 31) - date(2023, 1, 1)).days + 1)
        if is_national_holiday(date(2023, 1, 1) + timedelta(days=i))
    }
    theirs = {d for year in range(2023, 2028) for d, _ in jpholiday.year_holidays(year)}
    assert ours == theirs
    assert len(ours) > 80


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 5, 13), True),  # Monday
        (date(2024, 5, 11), False),  # Saturday
        (date(2024, 5, 12), False),  # Sunday
        (date(2024, 5, 3), False),  # 憲法記念日
        (date(2024, 5, 6), False),  # 振替休日
        (date(2026, 9, 22), False),  # 国民の休日 (between 敬老の日 and 秋分の日)
        (date(2024, 12, 27), True),  # last working day of the year
        (date(2024, 12, 30), False),  # office closure
        (date(2025, 1, 2), False),
        (date(2025, 1, 3), False),
        (date(2025, 1, 6), True),
    ],
)
def test_is_business_day(day: date, expected: bool) -> None:
    assert is_business_day(day) is expected


def test_closure_range_can_be_removed_or_changed() -> None:
    assert is_business_day(date(2024, 12, 30), closure_ranges=None)
    assert not is_business_day(date(2024, 8, 14), closure_ranges=((8, 13), (8, 16)))
    assert is_business_day(date(2024, 12, 30), closure_ranges=((8, 13), (8, 16)))


def test_admin_closures() -> None:
    assert not is_business_day(date(2024, 5, 13), closures={date(2024, 5, 13)})


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2024, 5, 13), 0, date(2024, 5, 13)),
        (date(2024, 5, 11), 0, date(2024, 5, 11)),  # day 0 need not be a business day
        (date(2024, 5, 13), 1, date(2024, 5, 14)),
        (date(2024, 5, 10), 1, date(2024, 5, 13)),  # Fri -> Mon
        (date(2024, 5, 11), 1, date(2024, 5, 13)),  # Sat -> Mon
        (date(2024, 5, 13), 10, date(2024, 5, 27)),
        (date(2024, 4, 26), 3, date(2024, 5, 2)),  # Golden Week: 4/29, 5/3-5/6 off
        (date(2024, 12, 26), 2, date(2025, 1, 6)),  # year-end closure
        (date(2024, 5, 14), -1, date(2024, 5, 13)),
        (date(2024, 5, 13), -1, date(2024, 5, 10)),
    ],
)
def test_add_business_days(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected


def test_add_business_days_with_admin_closure() -> None:
    assert add_business_days(date(2024, 5, 13), 1, closures=[date(2024, 5, 14)]) == date(
        2024, 5, 15
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (date(2024, 5, 13), date(2024, 5, 13), 0),
        (date(2024, 5, 13), date(2024, 5, 14), 1),
        (date(2024, 5, 10), date(2024, 5, 13), 1),
        (date(2024, 5, 13), date(2024, 5, 27), 10),
        (date(2024, 5, 27), date(2024, 5, 13), -10),
        (date(2024, 12, 27), date(2025, 1, 6), 1),
    ],
)
def test_business_days_between(a: date, b: date, expected: int) -> None:
    assert business_days_between(a, b) == expected


def test_between_inverts_add() -> None:
    start = date(2024, 4, 20)
    for n in range(0, 40):
        end = add_business_days(start, n)
        assert business_days_between(start, end) == n


def test_due_date_is_tenth_business_day_after_receipt() -> None:
    assert due_date(date(2024, 5, 13)) == date(2024, 5, 27)
    # hour and weekend receipt do not matter: day 0 is the date of receipt
    assert due_date(datetime(2024, 5, 13, 23, 59)) == date(2024, 5, 27)
    assert due_date(date(2024, 5, 11)) == date(2024, 5, 24)
    assert due_date(date(2024, 12, 25)) == date(2025, 1, 16)  # closure + 成人の日 1/13
    assert due_date(date(2024, 5, 13), days=5) == date(2024, 5, 20)


def test_due_date_moves_by_business_days_inside_a_pause() -> None:
    received = date(2024, 5, 13)
    # asked on Wed 15th, answered Mon 20th: Thu, Fri, Mon = 3 business days paused
    paused = [(date(2024, 5, 15), date(2024, 5, 20))]
    assert due_date(received, paused=paused) == add_business_days(date(2024, 5, 27), 3)
    assert due_date(received, paused=paused) == date(2024, 5, 30)


def test_due_date_pauses_merge_and_clip() -> None:
    received = date(2024, 5, 13)
    overlapping = [(date(2024, 5, 15), date(2024, 5, 17)), (date(2024, 5, 16), date(2024, 5, 20))]
    assert due_date(received, paused=overlapping) == date(2024, 5, 30)
    before_receipt = [(date(2024, 5, 1), date(2024, 5, 14))]
    assert due_date(received, paused=before_receipt) == date(2024, 5, 28)
    empty = [(date(2024, 5, 15), date(2024, 5, 15))]
    assert due_date(received, paused=empty) == date(2024, 5, 27)


def test_open_pause_stops_the_clock_unless_as_of_given() -> None:
    received = date(2024, 5, 13)
    paused: list[tuple[date, date | None]] = [(date(2024, 5, 15), None)]
    assert due_date(received, paused=paused) is None
    assert due_date(received, paused=paused, as_of=date(2024, 5, 20)) == date(2024, 5, 30)


def test_due_date_honours_admin_closures() -> None:
    assert due_date(date(2024, 5, 13), closures={date(2024, 5, 14)}) == date(2024, 5, 28)


def test_aware_receipt_time_counts_in_japan_time() -> None:
    # 16:00 UTC on Sunday 12 May is 01:00 JST on Monday 13 May
    assert due_date(datetime(2024, 5, 12, 16, 0, tzinfo=UTC)) == date(2024, 5, 27)
    assert due_date(datetime(2024, 5, 12, 14, 0, tzinfo=UTC)) == date(2024, 5, 24)
