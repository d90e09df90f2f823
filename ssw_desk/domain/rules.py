"""Intake rules the secretariat may change: eligibility window, file limits, deadline.

Defaults are the published rules (see docs/domain.md); the store keeps admin overrides under
the settings key ``intake`` (declared in :mod:`ssw_desk.services.settings`). Exam-number
patterns are not published, so they live here too.

The file rule ("JPG, GIF or PNG, under 5 MB") has exactly one home: :class:`FileRule`, built
from the ``intake`` setting. The intake findings and the face-photo checks both judge a file
with :meth:`FileRule.judge`, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class FileRule:
    """Which attachment files the secretariat accepts.

    Attributes:
        max_mb: Published size limit in MB; a file must be strictly smaller.
        mb_bytes: Bytes per MB (1024 * 1024, or 1_000_000 to read MB as decimal).
        accepted_formats: Sniffed formats accepted (``jpeg``, ``gif``, ``png``).
    """

    max_mb: float = 5.0
    mb_bytes: int = 1024 * 1024
    accepted_formats: tuple[str, ...] = ("jpeg", "gif", "png")

    @property
    def max_bytes(self) -> int:
        """The size limit in bytes (a file must be strictly smaller)."""
        return int(self.max_mb * self.mb_bytes)

    def format_ok(self, fmt: str) -> bool:
        return fmt in self.accepted_formats

    def size_ok(self, size: int) -> bool:
        return size < self.max_bytes

    def limits(self) -> dict[str, Any]:
        """The limits as stored with a check (``max_bytes``, ``max_mb``, ``mb_bytes``)."""
        return {"max_bytes": self.max_bytes, "max_mb": self.max_mb, "mb_bytes": self.mb_bytes}

    def judge(self, fmt: str, size: int) -> list[dict[str, Any]]:
        """The ``file.format`` and ``file.size`` checks of one file, as a photo report holds
        them (``code``, ``status``, ``value``, ``limits``, ``message``)."""
        accepted = {"accepted": list(self.accepted_formats)}
        ok_fmt, ok_size = self.format_ok(fmt), self.size_ok(size)
        return [
            {
                "code": "file.format",
                "status": "pass" if ok_fmt else "fail",
                "value": fmt,
                "limits": accepted,
                "message": "accepted" if ok_fmt else f"{fmt} is not accepted",
            },
            {
                "code": "file.size",
                "status": "pass" if ok_size else "fail",
                "value": size,
                "limits": self.limits(),
                "message": "under the limit" if ok_size else "file too large",
            },
        ]


@dataclass(frozen=True)
class IntakeRules:
    """Declared once, typed, with defaults (the stored form is versioned by the registry).

    Attributes:
        window_start: First exam date that may get a report through this procedure.
        window_end: Last exam date of the e-mail procedure (7 July 2025).
        vendor_from: Exams on or after this date get their report from the test vendor.
        max_file_mb: Attachments must be smaller than this many MB ("under 5 MB").
        mb_bytes: Bytes per MB for ``max_file_mb``.
        accepted_formats: Sniffed formats the secretariat accepts.
        business_days: Days the secretariat has to answer.
        exam_number_patterns: Regular expressions a normalised exam number must match (any).
    """

    window_start: date = date(2023, 11, 1)
    window_end: date = date(2025, 7, 7)
    vendor_from: date = date(2025, 11, 4)
    max_file_mb: float = FileRule.max_mb  # the published rule is declared once, in FileRule
    mb_bytes: int = FileRule.mb_bytes
    accepted_formats: tuple[str, ...] = FileRule.accepted_formats
    business_days: int = 10
    exam_number_patterns: tuple[str, ...] = (r"^(?=(?:.*\d){4})[A-Z0-9]{6,16}$",)

    @property
    def file_rule(self) -> FileRule:
        """The one file rule, shared by intake findings and photo checks."""
        return FileRule(self.max_file_mb, self.mb_bytes, self.accepted_formats)

    @property
    def max_file_bytes(self) -> int:
        return self.file_rule.max_bytes


DEFAULT_RULES = IntakeRules()
