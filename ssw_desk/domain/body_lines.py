"""The lines of a request body as the extractor reads them.

An item usually sits on a line of its own, but applicants also write several on one line
(sentences: 「受験番号はM123です。受験日は…」; lists: ``受験番号：M123、受験日：…``,
``Test ID: E123; Date of exam: …``, ``番号：M123 / 区分：…``), and mail clients hard-wrap long
lines at 66 to 78 columns, breaking a label or a value in two. :func:`unwrapped` joins a
hard-wrapped line with its continuation; :func:`logical_lines` then cuts a line before each
label that follows a sentence end or a list delimiter.
"""

from __future__ import annotations

import re
import unicodedata

from ssw_desk.domain.labels import match_label
from ssw_desk.domain.text import nfkc, strip_ruby

__all__ = ["Numbered", "logical_lines", "unwrapped"]

# Where a new item may start on the same line: after 。 or a list delimiter.
_CUT_RE = re.compile(r"(?:。|[、，,;；]|\s/\s?|/|／|\u3000|\s\|\s)\s*")


#: A label starts a piece: only this many characters of it are read. Without the limit, a long
#: line with many delimiters (an HTML mail turned into one line) cost a quadratic time: 36 s of
#: the 53 s that bench/realmail.py's in-process import took. No label comes near this length.
LABEL_WINDOW = 256


def _label_field(text: str) -> str | None:
    label = match_label(strip_ruby(nfkc(text[:LABEL_WINDOW])))
    return label.field if label else None


def _pieces(line: str) -> list[str]:
    """Cut ``line`` before each label that follows a delimiter, when the pieces name at least
    two different items (a bilingual label, 「氏名 / Name」, is one item and is not cut)."""
    spans = [m.span() for m in _CUT_RE.finditer(line) if 0 < m.end() < len(line)]
    if not spans:
        return [line]
    first = _label_field(line.lstrip())
    fields = {first} if first else set()
    out, start, previous = [], 0, first
    for at, cut in spans:
        field = _label_field(line[cut:])
        if field is None or field == previous:
            continue
        out.append(line[start:at] if "。" not in line[at:cut] else line[start:cut])
        start, previous = cut, field
        fields.add(field)
    out.append(line[start:])
    return out if len(fields) > 1 else [line]


Numbered = list[tuple[int, str]]


def logical_lines(lines: Numbered) -> Numbered:
    """(body line number, piece) for every piece of every numbered line."""
    out = []
    for number, line in lines:
        out += [(number, p) for p in _pieces(line) if p.strip() or len(p) == len(line)]
    return out


def _joiner(before: str, after: str) -> str:
    """A space between two Latin words cut at a space; nothing inside Japanese text."""
    a, b = before[-1:], after[:1]
    return " " if a.isascii() and a.isalpha() and b.isascii() and b.isalpha() else ""


_SENTENCE_ENDS = ("。", ".", "!", "?", "！", "？")
#: A line at least this wide (in columns, a full-width character counting two) that the
#: next line continues was wrapped by the mail client (they wrap at 66 to 78 columns).
WRAPPED_WIDTH = 60


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_MARKER_RE = re.compile(
    r"\s*(?:[\u2460-\u2473【\[〔〈《「『|]|\(?\d{1,2}[.)．]|[・•*●■◆◇○◎□★☆▶►※-])"
)


def _starts_item(line: str) -> bool:
    if _MARKER_RE.match(line) or _MARKER_RE.match(nfkc(line)):
        return True
    return _label_field(line.lstrip()) is not None


def unwrapped(text: str) -> Numbered:
    """The lines of ``text``, numbered, with every hard-wrapped paragraph joined into one
    line (numbered by its first line): a line at least :data:`WRAPPED_WIDTH` columns wide is
    continued by the next non-blank line unless that one starts an item of its own (a label
    or a list marker: a long item is not a wrapped one)."""
    out: Numbered = []
    wide = False  # the last line kept is wide: the next non-blank line continues it
    for number, line in enumerate(text.splitlines()):
        stripped = line.rstrip()
        if wide and stripped.strip() and not _starts_item(stripped):
            before = out[-1][1].rstrip()
            out[-1] = (out[-1][0], before + _joiner(before, stripped.lstrip()) + stripped.lstrip())
        else:
            out.append((number, line))
        # a line ending a sentence is complete (template guidance copied above a value)
        wide = _columns(stripped) >= WRAPPED_WIDTH and not stripped.endswith(_SENTENCE_ENDS)
    return out
