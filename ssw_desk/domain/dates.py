"""Read the dates applicants type (exam date, date of birth) into ISO ``YYYY-MM-DD``.

Accepted forms, after NFKC (full-width digits, ``㋿`` -> ``令和``) and dash mapping:

* Western with kanji: ``2024年5月12日`` (a weekday such as ``(日)`` may follow).
* Japanese eras: ``令和6年5月12日``, ``令和元年5月1日``, ``R6.5.12``, ``H30/1/5``, ``S63.12.1``.
  Only 昭和 (S), 平成 (H) and 令和 (R) are known; a date outside its era's span is invalid.
* Numeric, year first: ``2024/05/12``, ``2024-5-12``, ``2024.05.12``, ``20240512``.
* Numeric, year last: ``25/05/2024`` (day first, since 25 cannot be a month), ``05/25/2024``
  (month first). When both readings are possible (``12/05/2024``) the result is ambiguous and
  carries both ISO candidates, day-first reading first; a clerk must decide.
* English month names: ``May 12, 2024``, ``12 May 2024``, ``12th May 2024``, ``Sept. 3 2024``.

Two-digit years are not accepted (``12/05/24`` is invalid): too many readings.
"""

from __future__ import annotations

import re
from datetime import date

from ssw_desk.domain.text import INVALID, Normalized, ambiguous, clean, map_dashes

#: Japanese eras: (kanji name, letter, first day, last day or None).
ERAS: tuple[tuple[str, str, date, date | None], ...] = (
    ("昭和", "S", date(1926, 12, 25), date(1989, 1, 7)),
    ("平成", "H", date(1989, 1, 8), date(2019, 4, 30)),
    ("令和", "R", date(2019, 5, 1), None),
)

MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_S = r"\s*"
_ERA_NAMES = "|".join(name for name, *_ in ERAS)
_ERA_LETTERS = "".join(letter for _, letter, *_ in ERAS)
_ERA_KANJI_RE = re.compile(
    rf"({_ERA_NAMES}){_S}(元|\d{{1,2}}){_S}年{_S}(\d{{1,2}}){_S}月{_S}(\d{{1,2}}){_S}日?"
)
_ERA_LETTER_RE = re.compile(
    rf"(?<![A-Z])([{_ERA_LETTERS}]){_S}(元|\d{{1,2}}){_S}[./\-年]{_S}(\d{{1,2}}){_S}[./\-月]"
    rf"{_S}(\d{{1,2}})(?!\d)"
)
_UNKNOWN_ERA_RE = re.compile(r"(明治|大正|(?<![A-Z])[MT]\s*\d{1,2}\s*[./\-])")
_KANJI_RE = re.compile(rf"(?<!\d)(\d{{4}}){_S}年{_S}(\d{{1,2}}){_S}月{_S}(\d{{1,2}})(?!\d)")
_YMD_RE = re.compile(rf"(?<!\d)(\d{{4}}){_S}([./\-]){_S}(\d{{1,2}}){_S}\2{_S}(\d{{1,2}})(?!\d)")
_COMPACT_RE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_DMY_RE = re.compile(rf"(?<!\d)(\d{{1,2}}){_S}([./\-]){_S}(\d{{1,2}}){_S}\2{_S}(\d{{4}})(?!\d)")
_WORD_RE = re.compile(r"[a-z]+|\d+(?:st|nd|rd|th)?")


def _iso(year: int, month: int, day: int) -> str | None:
    """Return the ISO form of a calendar date, or None when it does not exist."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_era(era: str, year_text: str, month: int, day: int) -> Normalized:
    """Convert an era date; invalid when it falls outside the era's span."""
    first, last = next((e[2], e[3]) for e in ERAS if era in e[:2])
    era_year = 1 if year_text == "元" else int(year_text)
    if era_year < 1:
        return INVALID
    iso = _iso(first.year + era_year - 1, month, day)
    if iso is None:
        return INVALID
    when = date.fromisoformat(iso)
    if when < first or (last is not None and when > last):
        return INVALID
    return Normalized(iso)


def _year_last(first: int, second: int, year: int) -> Normalized:
    """Resolve ``first/second/year`` into day-first or month-first readings."""
    day_first = _iso(year, second, first)
    month_first = _iso(year, first, second)
    readings = tuple(r for r in (day_first, month_first) if r is not None)
    return ambiguous(readings)


def _english(text: str) -> Normalized | None:
    """Parse a date written with an English month name, or return None if there is none."""
    words = _WORD_RE.findall(text.lower())
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    if not months:
        return None
    numbers = [int(w.rstrip("stndrh")) for w in words if w[0].isdigit()]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        return INVALID
    iso = _iso(years[0], months[0], days[0])
    return Normalized(iso) if iso else INVALID


def normalize_date(raw: str) -> Normalized:
    """Read one date as applicants type it.

    Args:
        raw: The value as written, e.g. ``令和6年5月12日`` or ``12/05/2024``.

    Returns:
        ``Normalized`` with an ISO ``YYYY-MM-DD`` value; ``invalid`` for unreadable text,
        impossible calendar dates and era dates outside their era; ``ambiguous`` with both
        candidates when day and month cannot be told apart.
    """
    text = map_dashes(clean(raw)).upper()
    if not text:
        return INVALID
    if m := _ERA_KANJI_RE.search(text) or _ERA_LETTER_RE.search(text):
        return _from_era(m[1], m[2], int(m[3]), int(m[4]))
    if _UNKNOWN_ERA_RE.search(text):
        return INVALID
    if m := _KANJI_RE.search(text):
        iso = _iso(int(m[1]), int(m[2]), int(m[3]))
    elif m := _YMD_RE.search(text):
        iso = _iso(int(m[1]), int(m[3]), int(m[4]))
    elif m := _DMY_RE.search(text):
        return _year_last(int(m[1]), int(m[3]), int(m[4]))
    elif m := _COMPACT_RE.search(text):
        iso = _iso(int(m[1]), int(m[2]), int(m[3]))
    else:
        return _english(text) or INVALID
    return Normalized(iso) if iso else INVALID
