"""Items recognised by their shape when no label names them.

When an applicant drops the labels (or writes them in a way no label pattern knows), a line
that holds nothing but an exam number, a date, a sex word, a category name or a nationality
is still that item. Such values are marked ``resolved_by="shape"``: the findings show them as
a warning the clerk confirms, never as silently trusted values. A shape is used only when
exactly one unlabelled line has it (two candidate exam numbers prove nothing), and a date is
an exam date only when recent (2019 or later) and a date of birth only when 2012 or earlier.
Names are never guessed from shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ssw_desk.domain.model import FieldValue
from ssw_desk.domain.normalize import PatternLike, normalize_field

_BULLET = re.compile(r"^(?:[\s・•*●■◆◇○◎□★☆▶►※\-]|\(?\d{1,2}[.)](?!\d))*|[\s。]*$")
_SHAPED = ("exam_number", "exam_date", "category", "nationality", "date_of_birth", "sex")
_MAX_CHARS = {"exam_number": 20, "sex": 6, "nationality": 30, "category": 40}


def _reading(field: str, text: str, patterns: Sequence[PatternLike]) -> str | None:
    if len(text) > _MAX_CHARS.get(field, 24):
        return None
    if field == "exam_number" and (" " in text or not any(c.isdigit() for c in text)):
        return None
    field_name = "exam_date" if field == "date_of_birth" else field
    result = normalize_field(field_name, text, exam_number_patterns=patterns)
    if result.problem is not None or result.value is None or getattr(result, "guessed", False):
        return None
    if field in ("exam_date", "date_of_birth"):
        year = int(result.value[:4])
        if (field == "exam_date") != (year >= 2019) or (field == "date_of_birth" and year > 2012):
            return None
    return result.value


def shaped_values(
    lines: Iterable[tuple[int, str]], missing: Iterable[str], patterns: Sequence[PatternLike]
) -> dict[str, FieldValue]:
    """Values for the ``missing`` fields found by shape on unlabelled ``(line, text)`` pairs."""
    found: dict[str, list[tuple[int, str, str]]] = {f: [] for f in missing if f in _SHAPED}
    if not found:
        return {}
    for number, line in lines:
        text = _BULLET.sub("", line)
        if not text:
            continue
        for field, hits in found.items():
            value = _reading(field, text, patterns)
            if value is not None:
                hits.append((number, text, value))
    out = {}
    for field, hits in found.items():
        if len({v for _, _, v in hits}) == 1:
            number, text, value = hits[0]
            out[field] = FieldValue(field, text, value, None, number, (), "shape")
    return out
