"""Intake rules the secretariat may change: eligibility window, file limits, deadline.

Defaults are the published rules (see docs/domain.md); the store keeps admin overrides under
the settings key ``intake``. Exam-number patterns are not published, so they live here too.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class IntakeRules:
    """Declared once, typed, with defaults.

    Attributes:
        window_start: First exam date that may get a report through this procedure.
        window_end: Last exam date of the e-mail procedure (7 July 2025).
        vendor_from: Exams on or after this date get their report from the test vendor.
        max_file_bytes: Attachments must be smaller than this ("under 5 MB").
        accepted_formats: Sniffed formats the secretariat accepts.
        business_days: Days the secretariat has to answer.
        exam_number_patterns: Regular expressions a normalised exam number must match (any).
    """

    version: int = 1
    window_start: date = date(2023, 11, 1)
    window_end: date = date(2025, 7, 7)
    vendor_from: date = date(2025, 11, 4)
    max_file_bytes: int = 5 * 1024 * 1024
    accepted_formats: tuple[str, ...] = ("jpeg", "gif", "png")
    business_days: int = 10
    exam_number_patterns: tuple[str, ...] = (r"^(?=(?:.*\d){4})[A-Z0-9]{6,16}$",)

    @classmethod
    def from_overrides(cls, overrides: dict[str, Any] | None) -> IntakeRules:
        """Builds rules from stored overrides, ignoring unknown keys (older/newer desks)."""
        if not overrides:
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in overrides.items():
            if key not in known or key == "version":
                continue
            default = getattr(cls(), key)
            if isinstance(default, date):
                values[key] = date.fromisoformat(str(raw))
            elif isinstance(default, tuple):
                values[key] = tuple(raw)
            else:
                values[key] = type(default)(raw)
        return replace(cls(), **values)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out


DEFAULT_RULES = IntakeRules()
