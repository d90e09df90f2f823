"""Map an exam category (試験区分) as typed to one of :data:`~ssw_desk.domain.model.CATEGORIES`.

Applicants write the official Japanese name (with or without furigana and ``区分``), a shortened
form (``機械金属``, ``表面処理``), the English name, a paraphrase (``machine metal processing``)
or a misspelling (``Electirc asembly``). The matcher:

1. looks the whole text up in a table of known names and abbreviations;
2. otherwise scores keywords: Japanese keywords by substring, English words by exact,
   prefix (``elec``) or typo-tolerant match (difflib ratio >= :data:`FUZZY_CUTOFF`);
   ``metal``/``金属`` counts half for both metal categories;
3. picks the best category when it clearly leads; two categories with strong evidence, or only
   ``metal``, give ``ambiguous``; no evidence gives ``invalid``.
"""

from __future__ import annotations

import difflib
import re

from ssw_desk.domain.text import INVALID, Normalized, ambiguous, clean, fold_accents, squash

MACHINING, ELECTRICAL, SURFACE = "machining_metal", "electrical_electronic", "metal_surface"

#: Whole-text forms (squashed before use) mapped directly.
ALIASES: dict[str, str] = {
    "機械金属加工区分": MACHINING, "機械金属加工": MACHINING, "機械・金属加工": MACHINING,
    "機械金属": MACHINING, "機械加工": MACHINING, "金属加工": MACHINING,
    "Machining and Metal Processing": MACHINING, "MMP": MACHINING, "M&M": MACHINING,
    "電気電子機器組立て区分": ELECTRICAL, "電気電子機器組立て": ELECTRICAL,
    "電気電子機器組立": ELECTRICAL, "電気・電子": ELECTRICAL, "電気電子": ELECTRICAL,
    "Electric and Electronic Device Assembly": ELECTRICAL, "EEDA": ELECTRICAL, "EEA": ELECTRICAL,
    "金属表面処理区分": SURFACE, "金属表面処理": SURFACE, "表面処理": SURFACE,
    "Metal Surface Treatment": SURFACE, "MST": SURFACE,
}  # fmt: skip

#: Japanese keywords found by substring, with their weight per category.
JA_KEYWORDS: dict[str, dict[str, float]] = {
    "機械": {MACHINING: 1.0}, "加工": {MACHINING: 1.0}, "切削": {MACHINING: 1.0},
    "金属": {MACHINING: 0.5, SURFACE: 0.5}, "電気": {ELECTRICAL: 1.0},
    "電子": {ELECTRICAL: 1.0}, "機器": {ELECTRICAL: 1.0}, "組立": {ELECTRICAL: 1.0},
    "組み立": {ELECTRICAL: 1.0}, "表面": {SURFACE: 1.0}, "処理": {SURFACE: 0.5},
    "めっき": {SURFACE: 1.0}, "メッキ": {SURFACE: 1.0}, "鍍金": {SURFACE: 1.0},
}  # fmt: skip

#: English keywords matched per word, with their weight per category.
EN_KEYWORDS: dict[str, dict[str, float]] = {
    "machining": {MACHINING: 1.0}, "machine": {MACHINING: 1.0}, "machinery": {MACHINING: 1.0},
    "mechanical": {MACHINING: 1.0}, "processing": {MACHINING: 0.5},
    "metal": {MACHINING: 0.5, SURFACE: 0.5}, "metals": {MACHINING: 0.5, SURFACE: 0.5},
    "electric": {ELECTRICAL: 1.0}, "electrical": {ELECTRICAL: 1.0},
    "electronic": {ELECTRICAL: 1.0}, "electronics": {ELECTRICAL: 1.0},
    "assembly": {ELECTRICAL: 1.0}, "assembling": {ELECTRICAL: 1.0}, "device": {ELECTRICAL: 1.0},
    "devices": {ELECTRICAL: 1.0}, "surface": {SURFACE: 1.0}, "treatment": {SURFACE: 1.0},
    "plating": {SURFACE: 1.0}, "finishing": {SURFACE: 0.5},
}  # fmt: skip

#: Minimum difflib ratio for a misspelt English keyword (``machning`` 0.94, ``service`` vs
#: ``device`` 0.77 must fail). Chosen with the typo table in the tests.
FUZZY_CUTOFF = 0.8
#: Shortest prefix accepted as an abbreviation (``elec``, ``mach``, ``surf``).
MIN_PREFIX = 4
_STOPWORDS = frozenset({"and", "of", "the", "category", "field", "exam", "test", "ssw", "ii"})


def _english_word(word: str) -> tuple[dict[str, float], bool] | None:
    """Score one English word; the flag tells whether it was a fuzzy match."""
    if word in EN_KEYWORDS:
        return EN_KEYWORDS[word], False
    if len(word) >= MIN_PREFIX:
        prefixed = {k for k in EN_KEYWORDS if k.startswith(word)}
        cats = {c for k in prefixed for c in EN_KEYWORDS[k]}
        if prefixed and len(cats) == 1:
            return EN_KEYWORDS[min(prefixed, key=len)], False
        close = difflib.get_close_matches(word, EN_KEYWORDS, n=1, cutoff=FUZZY_CUTOFF)
        if close:
            return EN_KEYWORDS[close[0]], True
    return None


def _scores(text: str) -> tuple[dict[str, float], bool]:
    """Add up keyword weights per category; the flag tells whether any match was fuzzy."""
    scores = dict.fromkeys((MACHINING, ELECTRICAL, SURFACE), 0.0)
    fuzzy = False
    for keyword, weights in JA_KEYWORDS.items():
        if keyword in text:
            for cat, weight in weights.items():
                scores[cat] += weight
    for word in re.findall(r"[a-z]+", fold_accents(text).lower()):
        if word in _STOPWORDS:
            continue
        hit = _english_word(word)
        if hit is not None:
            for cat, weight in hit[0].items():
                scores[cat] += weight
            fuzzy = fuzzy or hit[1]
    return scores, fuzzy


def normalize_category(raw: str) -> Normalized:
    """Map an exam category to ``machining_metal``, ``electrical_electronic`` or
    ``metal_surface``.

    Args:
        raw: The category as typed, e.g. ``機械(きかい)金属(きんぞく)加工(かこう)区分`` or
            ``Metal surfase treatmant``.

    Returns:
        ``Normalized`` with the category code (``guessed`` after a typo-tolerant match);
        ``ambiguous`` when two categories are named or only ``metal`` is given; ``invalid``
        when no keyword is recognised.
    """
    text = clean(raw).strip("「」『』\"'")
    key = squash(text)
    if not key:
        return INVALID
    for alias, cat in ALIASES.items():
        if squash(alias) == key:
            return Normalized(cat)
    scores, fuzzy = _scores(text)
    ranked = sorted(scores, key=lambda c: scores[c], reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    if best == 0:
        return INVALID
    if second >= 1.0 or best == second:
        return ambiguous(tuple(c for c in ranked if scores[c] >= min(second, 1.0)))
    return Normalized(ranked[0], guessed=fuzzy)
