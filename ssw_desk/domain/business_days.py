"""Business days of the secretariat and the 10-business-day answer deadline.

A business day is a weekday that is not a Japanese national holiday (from the ``holidays``
package, which includes substitute holidays and 国民の休日) and not an office closure: the
year-end closure (29 Dec - 3 Jan by default) or any date the admin adds.

Deadline convention:
    The day a request is received is day 0, whatever the hour and even on a closed day; the
    first business day after it is day 1; the due date is the ``days``-th business day after
    receipt (10 by default). While the secretariat waits for the applicant's correction, the
    clock is paused: a pause from ``start`` (the day the points raised were e-mailed) to ``end``
    (the day the correction arrived) moves the due date by the business days in ``(start, end]``
    , so the day the correction arrives is treated like a day of receipt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache

import holidays

#: Yearly office closure as ((month, day) first, (month, day) last); it may wrap the new year.
DEFAULT_CLOSURE_RANGES: tuple[tuple[int, int], tuple[int, int]] = ((12, 29), (1, 3))

ClosureRange = tuple[tuple[int, int], tuple[int, int]] | None

#: The office's time zone (Japan has no daylight saving time).
JST = timezone(timedelta(hours=9), "JST")


def office_day(at: datetime | date) -> date:
    """The secretariat's calendar day of ``at``: an aware time is read in Japan time (no DST),
    a naive one is taken as it is, a date is itself."""
    if not isinstance(at, datetime):
        return at
    aware = at.tzinfo is not None and at.utcoffset() is not None
    return (at.astimezone(JST) if aware else at).date()


@cache
def _national_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("JP", years=year).keys())


def is_national_holiday(day: date) -> bool:
    """True when ``day`` is a Japanese national holiday (祝日, 振替休日, 国民の休日)."""
    return day in _national_holidays(day.year)


def _in_closure_range(day: date, closure_range: ClosureRange) -> bool:
    if closure_range is None:
        return False
    first, last = closure_range
    key = (day.month, day.day)
    if first <= last:
        return first <= key <= last
    return key >= first or key <= last


def is_business_day(
    day: date,
    *,
    closures: Collection[date] = (),
    closure_ranges: ClosureRange = DEFAULT_CLOSURE_RANGES,
) -> bool:
    """Tell whether the office works on ``day``.

    Args:
        day: The date.
        closures: Extra closed dates set by the admin.
        closure_ranges: The yearly closure ``((12, 29), (1, 3))``, or None for none.

    Returns:
        False on weekends, national holidays and office closures.
    """
    return not (
        day.weekday() >= 5
        or is_national_holiday(day)
        or day in closures
        or _in_closure_range(day, closure_ranges)
    )


def add_business_days(
    start: date,
    n: int,
    *,
    closures: Collection[date] = (),
    closure_ranges: ClosureRange = DEFAULT_CLOSURE_RANGES,
) -> date:
    """Return the ``n``-th business day after ``start`` (before it when ``n`` is negative).

    ``start`` itself is day 0 and need not be a business day; ``n == 0`` returns ``start``.

    Args:
        start: The starting date.
        n: How many business days to move.
        closures: Extra closed dates.
        closure_ranges: The yearly closure, or None.

    Returns:
        The date reached.
    """
    step = timedelta(days=1 if n >= 0 else -1)
    day, left = start, abs(n)
    while left:
        day += step
        if is_business_day(day, closures=closures, closure_ranges=closure_ranges):
            left -= 1
    return day


def business_days_between(
    a: date,
    b: date,
    *,
    closures: Collection[date] = (),
    closure_ranges: ClosureRange = DEFAULT_CLOSURE_RANGES,
) -> int:
    """Count business days in ``(a, b]``; negative when ``b`` is before ``a``.

    This is the inverse of :func:`add_business_days` when ``b`` is a business day:
    ``add_business_days(a, business_days_between(a, b)) == b``.

    Args:
        a: Start (not counted).
        b: End (counted).
        closures: Extra closed dates.
        closure_ranges: The yearly closure, or None.

    Returns:
        The signed count.
    """
    if b < a:
        return -business_days_between(b, a, closures=closures, closure_ranges=closure_ranges)
    return sum(
        is_business_day(a + timedelta(days=i), closures=closures, closure_ranges=closure_ranges)
        for i in range(1, (b - a).days + 1)
    )


def _merge(intervals: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    merged: list[tuple[date, date]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def due_date(
    received: datetime | date,
    *,
    paused: Sequence[tuple[date, date | None]] = (),
    closures: Collection[date] = (),
    closure_ranges: ClosureRange = DEFAULT_CLOSURE_RANGES,
    days: int = 10,
    as_of: date | None = None,
) -> date | None:
    """Return the date by which the secretariat should answer (see the module docstring).

    Args:
        received: When the request arrived; only the date counts, taken in Japan time for an
            aware datetime (a naive one is assumed to be Japan time already).
        paused: Waiting-for-applicant intervals ``(start, end)``; ``end`` is None while still
            waiting. Overlapping intervals are merged; time before receipt is ignored.
        closures: Extra closed dates.
        closure_ranges: The yearly closure, or None.
        days: The answer period in business days.
        as_of: Today, for an open pause: the due date is computed as if the correction came
            today. Without it, an open pause returns None (the clock is stopped).

    Returns:
        The due date, or None while the clock is stopped.
    """
    start = office_day(received)
    intervals: list[tuple[date, date]] = []
    for first, last in paused:
        if last is None:
            if as_of is None:
                return None
            last = as_of
        first = max(first, start)
        if last > first:
            intervals.append((first, last))
    extra = sum(
        business_days_between(a, b, closures=closures, closure_ranges=closure_ranges)
        for a, b in _merge(intervals)
    )
    return add_business_days(start, days + extra, closures=closures, closure_ranges=closure_ranges)
