"""Normalisers for the seven items: exam number, category, name, sex, plus a dispatcher.

Dates live in :mod:`ssw_desk.domain.dates` and nationalities in
:mod:`ssw_desk.domain.nationality`; :func:`normalize_field` reaches all of them by field name.
Every normaliser takes the raw text and returns a :class:`~ssw_desk.domain.text.Normalized`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from ssw_desk.domain.category import normalize_category
from ssw_desk.domain.dates import normalize_date
from ssw_desk.domain.nationality import normalize_nationality
from ssw_desk.domain.text import INVALID, Normalized, ambiguous, clean, fold_accents, map_dashes

__all__ = [
    "DEFAULT_EXAM_NUMBER_PATTERNS",
    "names_match",
    "normalize_category",
    "normalize_date",
    "normalize_exam_number",
    "normalize_field",
    "normalize_name",
    "normalize_nationality",
    "normalize_sex",
]

#: Exam-number formats are not published (two back-ends in the request window), so accepted
#: patterns are a setting. The default takes 6-16 letters or digits of which at least 4 are
#: digits. Patterns are matched in full against the normalised number.
DEFAULT_EXAM_NUMBER_PATTERNS: tuple[str, ...] = (r"(?=(?:[A-Z]*\d){4})[A-Z0-9]{6,16}",)

PatternLike = str | re.Pattern[str]


def normalize_exam_number(
    raw: str, patterns: Sequence[PatternLike] = DEFAULT_EXAM_NUMBER_PATTERNS
) -> Normalized:
    """Normalise an exam number: NFKC, upper case, spaces and every dash removed.

    Args:
        raw: The number as typed, e.g. ``ｓｓｗ－１２３ ４５６``.
        patterns: Accepted formats (regex text or compiled); the number must match one in full.

    Returns:
        ``Normalized`` with e.g. ``SSW123456``, or ``invalid``.
    """
    text = re.sub(r"[\s\-]", "", map_dashes(clean(raw)).upper())
    text = text.strip("「」『』\"'.。,、")
    if text and any(re.fullmatch(p, text) for p in patterns):
        return Normalized(text)
    return INVALID


_MALE = {"男", "男性", "おとこ", "だんせい", "オトコ", "ダンセイ", "male", "m", "man", "men",
         "boy", "masculino", "masculin", "nam", "lakilaki", "pria", "lalaki", "эрэгтэй", "erkak",
         "ชาย", "পুরুষ", "पुरुष", "남", "남성", "男子"}  # fmt: skip
_FEMALE = {"女", "女性", "おんな", "じょせい", "オンナ", "ジョセイ", "female", "f", "woman",
           "women", "girl", "feminino", "feminin", "nu", "perempuan", "wanita", "babae",
           "эмэгтэй", "ayol", "หญิง", "মহিলা", "महिला", "여", "여성", "女子"}  # fmt: skip
_SEX_WORDS = {**dict.fromkeys(_MALE, "M"), **dict.fromkeys(_FEMALE, "F")}


def _sex_word(word: str) -> str | None:
    """Map one word; ``femal``/``mael`` style typos of the English words are accepted."""
    if word in _SEX_WORDS:
        return _SEX_WORDS[word]
    if len(word) >= 4 and word.isascii():
        best = difflib.get_close_matches(word, ["male", "female"], n=1, cutoff=0.75)
        if best:
            return _SEX_WORDS[best[0]]
    return None


def normalize_sex(raw: str) -> Normalized:
    """Normalise sex to ``M`` or ``F``.

    Args:
        raw: ``男``, ``男性(だんせい)``, ``Male``, ``F``, ``woman``, ``女性 / Female`` ...

    Returns:
        ``M`` or ``F``; ``ambiguous`` when both appear (an untouched ``Male / Female``);
        ``invalid`` otherwise.
    """
    text = fold_accents(clean(raw)).casefold()
    whole = re.sub(r"[\s\-.]", "", text)
    if whole in _SEX_WORDS:
        return Normalized(_SEX_WORDS[whole])
    words = [w for w in re.split(r"[^\w]+|_", text) if w]
    found = [s for s in (_sex_word(w) for w in words) if s is not None]
    if not found:
        return INVALID
    return ambiguous(tuple(found))


_PARENS_RE = re.compile(r"[(（]([^)）]*)[)）]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_NAME_TOKEN_RE = re.compile(r"[A-Z]+(?:['\-][A-Z]+)*")


def _latin_part(text: str) -> str:
    """Pick the Latin part of ``NGUYEN VAN AN（グエン）`` or ``山田太郎 (YAMADA TARO)``."""
    outside = _PARENS_RE.sub(" ", text)
    if _LATIN_RE.search(outside):
        return outside
    inside = [m[1] for m in _PARENS_RE.finditer(text) if _LATIN_RE.search(m[1])]
    return inside[0] if inside else outside


def _latin_name_tokens(raw: str) -> list[str] | None:
    """Split a name into upper-case Latin tokens, or None when it is not a Latin name."""
    text = _latin_part(fold_accents(clean(raw)))
    text = map_dashes(text).upper().replace("’", "'").replace("`", "'")
    tokens = [t for t in re.split(r"[\s,.;/・･]+", text) if t]
    # Words in another script next to the Latin name are a reading, not part of the name.
    latin = [t for t in tokens if _LATIN_RE.search(t) or any(c.isascii() for c in t)]
    if not latin or any(_NAME_TOKEN_RE.fullmatch(t) is None for t in latin):
        return None
    return latin


def normalize_name(raw: str) -> Normalized:
    """Normalise a name to the form printed on the residence card.

    The card prints the name in Latin capitals as in the passport (``NGUYEN VAN AN``), so the
    result is upper case, diacritics folded (``Nguyễn`` -> ``NGUYEN``), single spaces. Hyphens
    and apostrophes inside a name are kept (they are part of passport names); commas and
    periods only separate parts (``NGUYEN, Van An``, ``S. ALI``) and become spaces, because the
    card does not print them. A reading in parentheses is dropped. A name with no Latin letters
    (``山田太郎``, ``グエン・ヴァン・アン``) cannot be compared with the card and is invalid.

    Args:
        raw: The name as typed.

    Returns:
        ``Normalized`` with the card form, or ``invalid`` (non-Latin script, digits, symbols).
    """
    tokens = _latin_name_tokens(raw)
    if tokens is None:
        return INVALID
    return Normalized(" ".join(tokens))


def names_match(a: str, b: str) -> bool:
    """Tell whether two names are the same person's name as far as text can tell.

    Order of family and given names, punctuation, spacing, case and diacritics are ignored:
    ``Nguyen Van An``, ``AN NGUYEN VAN`` and ``NGUYỄN, Văn-An`` all match.

    Args:
        a: One name as typed or printed.
        b: The other.

    Returns:
        True when both are Latin names with the same parts.
    """
    ta, tb = _latin_name_tokens(a), _latin_name_tokens(b)
    if not ta or not tb:
        return False

    def parts(tokens: list[str]) -> list[str]:
        return sorted(p.replace("'", "") for t in tokens for p in t.split("-") if p)

    return parts(ta) == parts(tb)


_NORMALIZERS: dict[str, Callable[[str], Normalized]] = {
    "exam_number": normalize_exam_number,
    "exam_date": normalize_date,
    "category": normalize_category,
    "name": normalize_name,
    "nationality": normalize_nationality,
    "date_of_birth": normalize_date,
    "sex": normalize_sex,
}


def normalize_field(
    name: str,
    raw: str,
    *,
    exam_number_patterns: Sequence[PatternLike] = DEFAULT_EXAM_NUMBER_PATTERNS,
) -> Normalized:
    """Normalise the raw text of one of the seven items.

    Args:
        name: One of :data:`~ssw_desk.domain.model.FIELD_NAMES`.
        raw: The text as written.
        exam_number_patterns: Accepted exam-number formats.

    Returns:
        The normaliser's result.

    Raises:
        KeyError: ``name`` is not a field name.
    """
    if name == "exam_number":
        return normalize_exam_number(raw, exam_number_patterns)
    return _NORMALIZERS[name](raw)
