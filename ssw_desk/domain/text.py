"""Text helpers shared by the normalisers, and the result type they return.

Applicants type on Japanese phones and PCs, so text arrives with full-width letters and digits,
furigana (ruby) inlined after kanji as ``受験(じゅけん)番号``, a zoo of dash characters and Latin
letters with diacritics. Every normaliser first runs the same small clean-up defined here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

#: Dash-like characters applicants use between digits. ``ー`` (katakana prolonged sound mark)
#: is typed by Japanese IMEs instead of a hyphen; NFKC does not map any of these to ``-``.
DASHES = "ー−‐–—-‑‒―ｰ－﹣⁃"
_DASH_TABLE = str.maketrans(dict.fromkeys(DASHES, "-"))

# Inlined furigana: a parenthesised run of kana (plus spaces and middle dots) that follows a
# kanji or kana, e.g. ``受験(じゅけん)`` or ``男性（だんせい）``.
_RUBY_RE = re.compile(
    r"(?<=[\u3005\u3040-\u30ff\u3400-\u9fff])\s*[(（][\u3040-\u30ff・\s]+[)）]",
)

NormProblem = Literal["invalid", "ambiguous"]


@dataclass(frozen=True)
class Normalized:
    """What a normaliser made of one raw value.

    Attributes:
        value: The normalised value, or None when ``problem`` is set.
        problem: None when usable, ``invalid`` when unreadable, ``ambiguous`` when more than
            one reading remains (see ``candidates``).
        candidates: The remaining readings for an ambiguous value, best first.
        guessed: True when the value came from a fuzzy (typo-tolerant) match, so the GUI can
            ask the clerk to confirm it.
    """

    value: str | None
    problem: NormProblem | None = None
    candidates: tuple[str, ...] = ()
    guessed: bool = False

    @property
    def ok(self) -> bool:
        """True when a usable value was found."""
        return self.problem is None and self.value is not None


INVALID = Normalized(None, "invalid")


def ambiguous(candidates: tuple[str, ...]) -> Normalized:
    """Build an ambiguous result, or a plain value when only one candidate remains.

    Args:
        candidates: Readings that remain possible, best first; duplicates are dropped.

    Returns:
        The result.
    """
    unique = tuple(dict.fromkeys(candidates))
    if not unique:
        return INVALID
    if len(unique) == 1:
        return Normalized(unique[0])
    return Normalized(None, "ambiguous", unique)


def nfkc(text: str) -> str:
    """Return ``text`` in NFKC: full-width ASCII to ASCII, ``㋿`` to ``令和``, ``①`` to ``1``."""
    return unicodedata.normalize("NFKC", text)


def map_dashes(text: str) -> str:
    """Replace every dash variant in :data:`DASHES` by ``-``."""
    return text.translate(_DASH_TABLE)


def strip_ruby(text: str) -> str:
    """Remove furigana inlined in parentheses after kanji or kana.

    Args:
        text: Text such as ``機械(きかい)金属(きんぞく)加工(かこう)区分``.

    Returns:
        ``機械金属加工区分``. Parentheses holding anything but kana are kept.
    """
    return _RUBY_RE.sub("", text)


def ruby_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans :func:`strip_ruby` would remove."""
    return [m.span() for m in _RUBY_RE.finditer(text)]


# Letters that carry a stroke rather than a combining mark, so NFKD leaves them alone.
_STROKED = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H",
     "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH"}
)  # fmt: skip


# Apostrophe-like modifier letters (Uzbek ``Oʻzbekiston``) that count as punctuation here.
_APOSTROPHES = str.maketrans(dict.fromkeys("ʻʼʽʾʿˈ", ""))


def fold_accents(text: str) -> str:
    """Remove diacritics from Latin, Greek and Cyrillic letters, leave other scripts alone.

    Marks in Thai, Devanagari, Myanmar and similar scripts are part of the spelling, so they are
    kept; only marks sitting on a letter below U+0530 are dropped (``Việt`` -> ``Viet``,
    ``Đức`` -> ``Duc``).

    Args:
        text: Any text.

    Returns:
        The folded text in NFC.
    """
    out: list[str] = []
    base_is_latin = False
    for ch in unicodedata.normalize("NFD", text.translate(_STROKED)):
        if unicodedata.combining(ch):
            if base_is_latin:
                continue
        else:
            base_is_latin = ord(ch) < 0x0530
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def clean(text: str) -> str:
    """The common first step: NFKC, furigana removed, outer space stripped.

    Dashes are left alone (``ー`` is also a katakana letter); date and number normalisers call
    :func:`map_dashes` themselves.
    """
    return strip_ruby(nfkc(text)).strip()


def squash(text: str) -> str:
    """Fold for loose comparison: :func:`clean`, accents folded, case folded, only letters,
    digits and (non-Latin) vowel signs kept, so spaces and punctuation are ignored."""
    folded = fold_accents(clean(text)).casefold().translate(_APOSTROPHES)
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LNM")
