"""Extract the seven items from the body of a Score report request.

Applicants copy the secretariat's template (①-⑦ with furigana inlined), translate it, number it
their own way or drop the labels. The extractor reads the body line by line:

1. Each line is prepared: NFKC per character (full-width to ASCII, ``①`` to ``1``) and inlined
   furigana removed, keeping a map back to the original characters so ``raw`` is exactly what
   the applicant typed.
2. A list marker (``①``, ``1.``, ``1)``, ``(1)``, ``１．``, bullets) is taken off, then a label
   (:mod:`ssw_desk.domain.labels`) is matched, then a separator (``:``, ``=``, `` - ``, tab,
   ``は``, spaces or nothing after a Japanese label). An empty rest means the value is on the
   next non-empty line that is neither a label nor an instruction copied from the template.
3. When an item has several candidates, a strong one (marker, ``:``-like separator, value on its
   own line) beats a weak one (spaces only), then the earlier wins.
4. Items still missing are taken from a numbered list of exactly seven entries in template
   order (① exam number ... ⑦ sex), for entries that carry no label.

Every exam number seen under any exam-number label is collected in ``exam_numbers``; a single
value naming two numbers (``A123456, B456789``) makes the field ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ssw_desk.domain.body_lines import Numbered, logical_lines, unwrapped
from ssw_desk.domain.labels import LabelMatch, match_label
from ssw_desk.domain.model import FIELD_NAMES, Extraction, FieldValue
from ssw_desk.domain.normalize import (
    DEFAULT_EXAM_NUMBER_PATTERNS,
    PatternLike,
    normalize_exam_number,
    normalize_field,
)
from ssw_desk.domain.shapes import shaped_values
from ssw_desk.domain.text import nfkc, ruby_spans


@dataclass(frozen=True)
class _Line:
    """A body line prepared for matching, with a map back to the original characters."""

    index: int
    original: str
    text: str
    src: tuple[int, ...]
    number: int = -1  # the line of the body it comes from (a sentence is part of a line)

    def raw(self, start: int, end: int) -> str:
        """The original text behind ``text[start:end]``."""
        if end <= start:
            return ""
        # A value running to the end of the line keeps what was stripped from its tail
        # (furigana after the last kanji: 男性(だんせい)).
        stop = len(self.original) if end >= len(self.text) else self.src[end - 1] + 1
        return self.original[self.src[start] : stop].rstrip()


def _prepare(index: int, line: str, number: int = -1) -> _Line:
    # Quote marks of a reply (``> ①受験番号：``, ``>>``) read as indentation: the items may
    # be answered under the quoted labels, or a whole request resent as a quote.
    line = _QUOTE_RE.sub(lambda m: " " * len(m.group()), line).translate(_BOX_BARS)
    chars: list[str] = []
    src: list[int] = []
    for i, ch in enumerate(line):
        for out in nfkc(ch):
            chars.append(out)
            src.append(i)
    text = "".join(chars)
    drop = {i for start, end in ruby_spans(text) for i in range(start, end)}
    kept = [i for i in range(len(text)) if i not in drop]
    kept_text = "".join(text[i] for i in kept)
    return _Line(index, line, kept_text, tuple(src[i] for i in kept), number)


# Tables drawn with box characters (w3m, some webmail) read like ``|`` tables.
_BOX_BARS = str.maketrans(dict.fromkeys("│┃║", "|"))
_QUOTE_RE = re.compile(r"^[ \t]*(?:>[ \t]*)+")
_CIRCLED = re.compile(r"\s*[\u2460-\u2473\u2776-\u277f\u2780-\u2789\u278a-\u2793]\s*")
_MARKER_RE = re.compile(
    r"\s*(?:\((\d{1,2})\)|(\d{1,2})\s*[.)、](?!\d)|[・•*●■◆◇▪◦○◎□★☆▶►※-](?!\d))\s*"
)
# Brackets and table bars around a label: 【受験番号】, [氏名], 〔国籍〕, | 性別 |.
_OPEN_RE = re.compile(r"[【\[〔〈《「『|]\s*")
_CLOSE_RE = re.compile(r"\s*[】\]〕〉》」』|]")
_BRACKET_QUALIFIER_RE = re.compile(r"\s*\([^()]*\)")
_BARE_NUMBER_RE = re.compile(r"\s*(\d{1,2})\s+")
_STRONG_SEP_RE = re.compile(r"\s*(?:[:=\t|]|\s-\s|は|→|⇒|->|=>|-(?=\S))\s*")
_WEAK_SEP_RE = re.compile(r"\s*")
_ENGLISH_STOP_RE = re.compile(r"(?:and|or|of|is|are|the|as|in|on|for|to|will|must)\b", re.I)
_INSTRUCTION_RE = re.compile(
    r"記入|記載|ください|下さい|のいずれか|please\s+(?:fill|write|enter)|e\.g\.|例:", re.I
)
_TRIM_RE = re.compile(
    r"^[\s「『【\[\"'|]+|[\s」』】\]\"'|]*(?:です|でございます|となります|になります)?[\s。|]*$"
)
# Where a note after a value may start: a space or bracket, ※, Latin/digits followed by other
# script, 生(まれ) after a date, a closing run of hiragana (さん, です, に受験しました).
_NOTE_START_RE = re.compile(
    r"[\s(（\[［【※*]|(?<=[0-9A-Za-z.])(?=[^\x00-\x7f])|(?<=日)(?=生)|(?<![ぁ-ゖ])(?=[ぁ-ゖ]+$)"
)
_SPLIT_NUMBERS_RE = re.compile(r"[,、;/]|\s+(?:and|&)\s+|と|及び|および", re.I)


@dataclass(frozen=True)
class _Marker:
    number: int | None
    end: int


def _marker(line: _Line) -> _Marker | None:
    """Find a list marker at the start of a line."""
    if circled := _CIRCLED.match(line.original):
        # NFKC turned the circled digit into ASCII digits: find them through the source map.
        at = len(circled.group().rstrip()) - 1
        digits = "".join(c for c, i in zip(line.text, line.src, strict=True) if i == at)
        end = next((k for k, i in enumerate(line.src) if i >= circled.end()), len(line.text))
        return _Marker(int(digits), end)
    if m := _MARKER_RE.match(line.text):
        number = m[1] or m[2]
        return _Marker(int(number) if number else None, m.end())
    return None


@dataclass(frozen=True)
class _Hit:
    """A labelled value candidate for one field."""

    field: str
    raw: str
    line: int
    strong: bool
    order: int


def _trim(value: str) -> str:
    return _TRIM_RE.sub("", value)


def _label_at(line: _Line) -> tuple[str, int, bool] | None:
    """Return (field, index after the separator, strong) for a labelled line."""
    marker = _marker(line)
    pos = marker.end if marker else len(line.text) - len(line.text.lstrip())
    opener = _OPEN_RE.match(line.text, pos)
    label = match_label(line.text, opener.end()) if opener else None
    if label is not None:
        qualifier = _BRACKET_QUALIFIER_RE.match(line.text, label.end)
        closer = _CLOSE_RE.match(line.text, qualifier.end() if qualifier else label.end)
        end = closer.end() if closer else label.end
        marker = marker or _Marker(None, pos)  # a bracketed label is as clear as a marker
        label = LabelMatch(label.field, end, True)
    else:
        label = match_label(line.text, pos)
    if label is None and marker is None and (bare := _BARE_NUMBER_RE.match(line.text)):
        label = match_label(line.text, bare.end())
        marker = _Marker(int(bare[1]), bare.end()) if label else None
    if label is None:
        return None
    if sep := _STRONG_SEP_RE.match(line.text, label.end):
        return label.field, sep.end(), True
    weak = _WEAK_SEP_RE.match(line.text, label.end)
    end = weak.end() if weak else label.end
    rest = line.text[end:]
    if not label.japanese and _ENGLISH_STOP_RE.match(rest):
        return None  # "Name and nationality are below"
    return label.field, end, marker is not None or end == len(line.text)


def _next_value(lines: list[_Line], start: int) -> _Line | None:
    """The line holding a value written under its label, if any."""
    for line in lines[start:]:
        text = line.text.strip()
        if not text:
            continue
        if _INSTRUCTION_RE.search(text):
            continue
        marker = _marker(line)
        if _label_at(line) is not None or (marker is not None and marker.number is not None):
            return None
        return line
    return None


def _hits(lines: list[_Line]) -> tuple[list[_Hit], set[int]]:
    """Collect labelled candidates, and the indexes of lines that hold a label."""
    hits: list[_Hit] = []
    labelled: set[int] = set()
    for line in lines:
        found = _label_at(line)
        if found is None:
            continue
        field, end, strong = found
        labelled.add(line.index)
        value_line, value_start = line, end
        if not line.text[end:].strip():
            nxt = _next_value(lines, line.index + 1)
            if nxt is None:
                continue
            bullet = _marker(nxt)
            value_line, value_start, strong = nxt, bullet.end if bullet else 0, True
        raw = _trim(value_line.raw(value_start, len(value_line.text)))
        if raw:
            hits.append(_Hit(field, raw, value_line.number, strong, len(hits)))
    return hits, labelled


def _template_hits(lines: list[_Line], labelled: set[int]) -> list[_Hit]:
    """Unlabelled entries of a numbered list of exactly seven, read in template order."""
    numbered = [(m.number, line) for line in lines if (m := _marker(line)) and m.number]
    for i in range(len(numbered) - 6):
        run = numbered[i : i + 7]
        following = numbered[i + 7][0] if i + 7 < len(numbered) else None
        if [n for n, _ in run] != list(range(1, 8)) or following == 8:
            continue
        hits = []
        for n, line in run:
            marker = _marker(line)
            if line.index in labelled or marker is None:
                continue
            raw = _trim(line.raw(marker.end, len(line.text)))
            if raw:
                hits.append(_Hit(FIELD_NAMES[n - 1], raw, line.number, True, 10_000 + n))
        return hits
    return []


def _exam_numbers(raw: str, patterns: Sequence[PatternLike]) -> list[str]:
    found = [normalize_exam_number(part, patterns) for part in _SPLIT_NUMBERS_RE.split(raw)]
    return list(dict.fromkeys(n.value for n in found if n.value))


def _without_notes(raw: str) -> list[str]:
    """The value with a note after it taken off, longest first: ``M123（受験票に記載）``,
    ``1995年3月4日生まれ``, ``2214871566 (admission ticket)``, ``機械金属加工区分 にて受験``."""
    cuts = {m.start() for m in _NOTE_START_RE.finditer(raw) if m.start() > 0}
    return [cut for c in sorted(cuts, reverse=True) if (cut := raw[:c].rstrip())]


def _field_value(hit: _Hit | None, name: str, patterns: Sequence[PatternLike]) -> FieldValue:
    if hit is None:
        return FieldValue(name, None, None, "missing")
    if name == "exam_number" and len(numbers := _exam_numbers(hit.raw, patterns)) > 1:
        return FieldValue(name, hit.raw, None, "ambiguous", hit.line, tuple(numbers))
    result = normalize_field(name, hit.raw, exam_number_patterns=patterns)
    if result.problem == "invalid":  # only then: a value that reads whole is never cut
        for shorter in _without_notes(hit.raw):
            again = normalize_field(name, shorter, exam_number_patterns=patterns)
            if again.problem is None:
                result = again
                break
    return FieldValue(name, hit.raw, result.value, result.problem, hit.line, result.candidates)


def _labelled(
    numbered: Numbered, patterns: Sequence[PatternLike]
) -> tuple[dict[str, FieldValue], list[_Hit], list[_Line], set[int]]:
    """The items found under a label (and in a numbered template list) on ``numbered`` lines."""
    lines = [_prepare(i, line, n) for i, (n, line) in enumerate(logical_lines(numbered))]
    hits, labelled = _hits(lines)
    taken = {h.field for h in hits}
    hits += [h for h in _template_hits(lines, labelled) if h.field not in taken]
    fields: dict[str, FieldValue] = {}
    for name in FIELD_NAMES:
        # A candidate that reads as a value of its field beats one that does not (an empty
        # label of a quoted template followed by a closing line), then strong beats weak.
        values = [(h, _field_value(h, name, patterns)) for h in hits if h.field == name]
        best = min(
            values,
            key=lambda hv: (hv[1].problem == "invalid", not hv[0].strong, hv[0].order),
            default=None,
        )
        fields[name] = best[1] if best else _field_value(None, name, patterns)
    return fields, hits, lines, labelled


def extract_fields(
    text: str, *, exam_number_patterns: Sequence[PatternLike] = DEFAULT_EXAM_NUMBER_PATTERNS
) -> Extraction:
    """Extract the seven items from an e-mail body (quoted lines already removed).

    Args:
        text: The body text.
        exam_number_patterns: Accepted exam-number formats (a setting).

    Returns:
        An :class:`Extraction` with all seven fields (``missing`` when absent) and every
        distinct exam number found.
    """
    fields, hits, lines, labelled = _labelled(unwrapped(text), exam_number_patterns)
    missing = [n for n, fv in fields.items() if fv.problem == "missing"]
    if missing:
        taken_lines = {h.line for h in hits}
        free = [
            (ln.number, ln.text)
            for ln in lines
            if ln.index not in labelled and ln.number not in taken_lines
        ]
        fields.update(shaped_values(free, missing, exam_number_patterns))
    numbers: list[str] = []
    for hit in hits:
        if hit.field == "exam_number":
            numbers += _exam_numbers(hit.raw, exam_number_patterns)
    return Extraction(fields=fields, exam_numbers=tuple(dict.fromkeys(numbers)))
