"""Numbers and dates in notice texts come from the settings, through placeholders.

A catalogue text says ``{max_mb}MB未満`` rather than ``5MB未満``; :func:`fill_catalogue` puts
the values in force into every text (``{reference}`` stays for the notice to fill). Only the
names in :data:`PLACEHOLDERS` are substituted, so an admin's stray brace is kept as written.

:func:`placeholder_problems` is the editor's guard: a reworded text may not drop a placeholder
its standard text has (the notice would then quote a number the settings no longer decide), nor
use an unknown one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from ssw_desk.domain.deficiencies import DEFAULT_CATALOGUE, Catalogue
from ssw_desk.domain.rules import IntakeRules
from ssw_desk.messages import format_date, format_formats, format_number

#: Every placeholder a catalogue text may use, with what it shows.
PLACEHOLDERS: dict[str, str] = {
    "reference": "the request reference (SR-2026-00012)",
    "max_mb": "file size limit in MB (intake.max_file_mb)",
    "formats": "accepted formats (intake.accepted_formats)",
    "window_start": "first exam date of the procedure (intake.window_start)",
    "window_end": "last exam date of the e-mail procedure (intake.window_end)",
    "gap_start": "day after window_end",
    "gap_end": "day before vendor_from",
    "vendor_from": "first exam date reported by the test vendor (intake.vendor_from)",
    "head_min": "smallest head height in % (photo.head_ratio_min)",
    "head_max": "largest head height in % (photo.head_ratio_max)",
    "photo_width": "recommended width in px (photo.recommended_width)",
    "photo_height": "recommended height in px (photo.recommended_height)",
    "photo_months": "how recent the photo must be, in months (photo.max_age_days)",
}

_TOKEN = re.compile(r"\{([a-z_]+)\}")

#: The refusals of :func:`placeholder_problems`.
PLACEHOLDER_ERROR_CODES = ("catalogue.placeholder_missing", "catalogue.placeholder_unknown")


@dataclass(frozen=True)
class NoticeFacts:
    """The settings a notice text quotes, as plain values (built by the settings registry)."""

    rules: IntakeRules
    head_min: float
    head_max: float
    photo_width: int
    photo_height: int
    photo_max_age_days: int

    def values(self, lang: str) -> dict[str, str]:
        """Placeholder name -> text in ``lang`` (``ja`` or ``en``); not ``reference``."""
        r = self.rules
        return {
            "max_mb": format_number(r.max_file_mb),
            "formats": format_formats(r.accepted_formats, lang),
            "window_start": format_date(r.window_start, lang),
            "window_end": format_date(r.window_end, lang),
            "gap_start": format_date(r.window_end + timedelta(days=1), lang),
            "gap_end": format_date(r.vendor_from - timedelta(days=1), lang),
            "vendor_from": format_date(r.vendor_from, lang),
            "head_min": f"{self.head_min * 100:.0f}",
            "head_max": f"{self.head_max * 100:.0f}",
            "photo_width": str(self.photo_width),
            "photo_height": str(self.photo_height),
            "photo_months": str(max(1, round(self.photo_max_age_days / 30.5))),
        }


def fill_text(text: str, values: Mapping[str, str]) -> str:
    """Replaces the known ``{name}`` tokens of ``text``; anything else is left as written."""
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def fill_catalogue(catalogue: Catalogue, facts: NoticeFacts) -> Catalogue:
    """The catalogue with the values in force in every text (``{reference}`` kept)."""
    ja, en = facts.values("ja"), facts.values("en")
    return Catalogue(
        {
            code: replace(e, ja=fill_text(e.ja, ja), en=fill_text(e.en, en))
            for code, e in catalogue.entries.items()
        }
    )


def placeholders_of(text: str) -> set[str]:
    return {m.group(1) for m in _TOKEN.finditer(text)}


def placeholder_problems(code: str, lang: str, text: str) -> list[tuple[str, str]]:
    """What is wrong with the placeholders of an edited text.

    Returns:
        ``(error code, placeholder)`` pairs: ``catalogue.placeholder_missing`` for one the
        standard text of ``code`` has and ``text`` dropped, ``catalogue.placeholder_unknown``
        for a name that is not in :data:`PLACEHOLDERS`. Empty when the text is fine.
    """
    found = placeholders_of(text)
    standard = DEFAULT_CATALOGUE.entries.get(code)
    required = placeholders_of(getattr(standard, lang)) if standard is not None else set()
    missing, unknown = PLACEHOLDER_ERROR_CODES
    problems = [(missing, p) for p in sorted(required - found)]
    problems += [(unknown, p) for p in sorted(found - set(PLACEHOLDERS))]
    return problems


def upgrade_catalogue_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 edits wrote the published numbers into the text; version 2 has placeholders.

    An admin's edited text keeps its wording; the literal "5MB" / "JPG、GIF、PNG" it copied
    from the old standard text becomes ``{max_mb}MB`` / ``{formats}`` so the text follows the
    settings from now on.
    """
    literal = {
        "ja": (("JPG、GIF、PNG", "{formats}"), ("5MB", "{max_mb}MB")),
        "en": (("JPG, GIF or PNG", "{formats}"), ("5 MB", "{max_mb} MB")),
    }
    entries = data.get("entries")
    if not isinstance(entries, Mapping):
        return dict(data)
    upgraded: dict[str, Any] = {}
    for code, edit in entries.items():
        if isinstance(edit, Mapping):
            edit = dict(edit)
            for lang, pairs in literal.items():
                text = edit.get(lang)
                if isinstance(text, str):
                    for old, new in pairs:
                        text = text.replace(old, new)
                    edit[lang] = text
        upgraded[code] = edit
    return {**data, "entries": upgraded}
