"""The values a Score report shows, and the arithmetic of the 80 % statement.

Everything here is plain data handed in by the caller (the report service): the renderer and
the signer never look anything up. Marks come from the roster, never from constants.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Literal

from ssw_desk.domain.model import CATEGORY_LABELS

Result = Literal["fail", "pass"]
Number = Decimal | int

#: The immigration rule: a failed examinee must reach 80 % of the passing mark.
THRESHOLD_PERCENT = Decimal(80)

#: Sex as printed on the residence card (M/F) -> (Japanese, English).
SEX_LABELS: dict[str, tuple[str, str]] = {"M": ("男", "Male"), "F": ("女", "Female")}

#: Serials go into the QR code unescaped, so they stay in the QR alphanumeric set.
SERIAL_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9-]{0,31}")

_SEPARATOR = "\x1f"


def _decimal(value: Number) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"score must be int or Decimal, not {type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError("score must be finite")
    return result


def canonical_number(value: Number) -> str:
    """Return a number in one spelling only: ``48``, ``47.5`` (never ``48.0`` or ``4.8E+1``).

    Args:
        value: An int or a finite Decimal.

    Returns:
        The plain decimal text without exponent or trailing zeros.
    """
    text = format(_decimal(value).normalize(), "f")
    return "0" if text in ("-0", "0") else text


@dataclass(frozen=True)
class ScoreRatio:
    """The score as a percentage of the passing mark.

    Attributes:
        exact: ``score / passing * 100``, unrounded (Decimal precision).
        display: The percentage to print, one decimal.
        reaches: Whether the exact ratio is at least :data:`THRESHOLD_PERCENT`.
    """

    exact: Decimal
    display: Decimal
    reaches: bool


def score_ratio(score: Number, passing_score: Number) -> ScoreRatio:
    """Compute the score as a percentage of the passing mark.

    The decision uses exact arithmetic (``score * 100 >= passing * 80``). The printed figure is
    rounded half-up to one decimal, except that a ratio just below 80 % is rounded down so the
    page never reads "80.0 % (below 80 %)".

    Args:
        score: The examinee's score.
        passing_score: The passing mark from the roster; must be positive.

    Returns:
        The :class:`ScoreRatio`.
    """
    s, p = _decimal(score), _decimal(passing_score)
    if p <= 0:
        raise ValueError("passing score must be positive")
    reaches = s * 100 >= p * THRESHOLD_PERCENT
    exact = s * 100 / p
    display = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if not reaches and display >= THRESHOLD_PERCENT:
        display = exact.quantize(Decimal("0.1"), rounding=ROUND_DOWN)
    return ScoreRatio(exact=exact, display=display, reaches=reaches)


@dataclass(frozen=True)
class SignedFields:
    """The key fields a report's signature covers, in canonical order.

    Attributes are those of :class:`ReportData` with the same names.
    """

    serial: str
    issue_date: dt.date
    exam_number: str
    name: str
    date_of_birth: dt.date
    score: Decimal
    passing_score: Decimal
    max_score: Decimal
    result: Result
    category: str
    exam_date: dt.date

    def canonical(self) -> str:
        """Return the canonical text of the fields: fixed order, joined by U+001F.

        Returns:
            ``"SSWR1" US serial US issue_date ...`` with ISO dates and canonical numbers.
        """
        values = (
            "SSWR1",
            self.serial,
            self.issue_date.isoformat(),
            self.exam_number,
            self.name,
            self.date_of_birth.isoformat(),
            canonical_number(self.score),
            canonical_number(self.passing_score),
            canonical_number(self.max_score),
            self.result,
            self.category,
            self.exam_date.isoformat(),
        )
        return unicodedata.normalize("NFC", _SEPARATOR.join(values))

    def as_dict(self) -> dict[str, str]:
        """Return the fields as text (ISO dates, canonical numbers), e.g. for metadata."""
        parts = self.canonical().split(_SEPARATOR)[1:]
        return dict(zip(SIGNED_FIELD_NAMES, parts, strict=True))

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> SignedFields:
        """Build the fields back from :meth:`as_dict` output.

        Raises:
            KeyError, ValueError: When a value is missing or malformed.
        """
        result = values["result"]
        if result not in ("fail", "pass"):
            raise ValueError("result")
        return cls(
            serial=values["serial"],
            issue_date=dt.date.fromisoformat(values["issue_date"]),
            exam_number=values["exam_number"],
            name=values["name"],
            date_of_birth=dt.date.fromisoformat(values["date_of_birth"]),
            score=Decimal(values["score"]),
            passing_score=Decimal(values["passing_score"]),
            max_score=Decimal(values["max_score"]),
            result="fail" if result == "fail" else "pass",
            category=values["category"],
            exam_date=dt.date.fromisoformat(values["exam_date"]),
        )


SIGNED_FIELD_NAMES: tuple[str, ...] = tuple(SignedFields.__dataclass_fields__)


@dataclass(frozen=True)
class ReportData:
    """Everything one Score report shows, as plain values given by the caller.

    Attributes:
        serial: Report serial number, ``[A-Z0-9-]``, at most 32 characters.
        issue_date: Date of issue.
        exam_number: Normalised exam number (受験番号).
        exam_date: Exam date (受験日).
        category: Category code, a key of ``CATEGORY_LABELS``.
        name: Name exactly as on the residence card.
        nationality_code: ISO 3166 alpha-2 code.
        nationality_ja: Japanese short name as on the residence card (ベトナム, 台湾, ...).
        nationality_en: English name.
        date_of_birth: Date of birth.
        sex: ``M`` or ``F`` (see :data:`SEX_LABELS`).
        score: The examinee's score.
        passing_score: Passing mark from the roster.
        max_score: Maximum score from the roster.
        photo: The approved face photo, encoded (JPEG, PNG or GIF bytes).
        photo_crop: Head-and-shoulders frame ``(x, y, w, h)`` in photo pixels from the photo
            checks, or None to centre-crop to the 200:230 aspect.
        result: ``fail`` (a report is never issued for ``pass``).
    """

    serial: str
    issue_date: dt.date
    exam_number: str
    exam_date: dt.date
    category: str
    name: str
    nationality_code: str
    nationality_ja: str
    nationality_en: str
    date_of_birth: dt.date
    sex: str
    score: Number
    passing_score: Number
    max_score: Number
    photo: bytes
    photo_crop: tuple[int, int, int, int] | None = None
    result: Result = "fail"

    def __post_init__(self) -> None:
        if not SERIAL_PATTERN.fullmatch(self.serial):
            raise ValueError("serial must match [A-Z0-9][A-Z0-9-]{0,31}")
        if self.category not in CATEGORY_LABELS:
            raise ValueError(f"unknown category {self.category!r}")
        if self.sex not in SEX_LABELS:
            raise ValueError("sex must be 'M' or 'F'")
        text = (self.serial, self.exam_number, self.name, self.category)
        if any(_SEPARATOR in t or not t.strip() for t in text):
            raise ValueError("text fields must be non-empty and free of U+001F")
        score, passing, maximum = (
            _decimal(self.score),
            _decimal(self.passing_score),
            _decimal(self.max_score),
        )
        if not (Decimal(0) <= score <= maximum and Decimal(0) < passing <= maximum):
            raise ValueError("need 0 <= score <= max_score and 0 < passing_score <= max_score")
        if (self.result == "fail") != (score < passing):
            raise ValueError("result does not agree with score and passing score")

    def signed_fields(self) -> SignedFields:
        """Return the key fields the signature covers."""
        return SignedFields(
            serial=self.serial,
            issue_date=self.issue_date,
            exam_number=self.exam_number,
            name=self.name,
            date_of_birth=self.date_of_birth,
            score=_decimal(self.score),
            passing_score=_decimal(self.passing_score),
            max_score=_decimal(self.max_score),
            result=self.result,
            category=self.category,
            exam_date=self.exam_date,
        )

    def ratio(self) -> ScoreRatio:
        """Return the score as a percentage of the passing mark."""
        return score_ratio(self.score, self.passing_score)
