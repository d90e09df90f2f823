"""Labels applicants put before each of the seven items, in Japanese and English.

Japanese labels are matched after NFKC and furigana removal, so ``受験(じゅけん)番号`` and
``受験（じゅけん）番号`` both read ``受験番号``. All labels starting with ``受験`` (``受験番号``,
``受験日``, ``受験した試験区分``) are distinct patterns; the longest match at a position wins, so
one never swallows another. English labels must end at a word boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_EXAM = r"(?:exam(?:ination)?|test)"
_NO = r"(?:number|num\.?|no\.?|#|id)"
# Romaji, as written by applicants without a Japanese keyboard (Juken bangou, Seinengappi).
_JUKEN = r"ju(?:u|h)?ken"
_LATIN = r"(?:roman|latin|english|alphabet(?:ical)?|block)\s*(?:letters|characters|capitals)?"

#: Label patterns per field: (Japanese, English). Matched case-insensitively at a position.
LABELS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "exam_number": (
        ("受験番号", "受検番号", "受験者番号", "受験票番号", "試験番号", "受験ID", "受験者ID"),
        (
            rf"{_EXAM}\s*{_NO}",
            rf"(?:examinee|candidate|registration)\s*{_NO}",
            rf"{_JUKEN}(?:sha)?\s*-?\s*ban+g?o+u?",
        ),
    ),
    "exam_date": (
        ("受験日", "受検日", "受験年月日", "試験日", "受験した日", "試験実施日", "受験日時"),
        (
            rf"{_EXAM}\s*(?:date|day)",
            rf"date\s*of\s*(?:the\s*)?{_EXAM}",
            r"date\s*taken",
            rf"(?:{_JUKEN}|shiken)\s*-?\s*(?:bi|hi|nengappi)",
        ),
    ),
    "category": (
        (
            "受験した試験区分",
            "受験した区分",
            "試験区分",
            "受験区分",
            "試験の区分",
            "区分",
            "受験分野",
            "試験分野",
            "分野",
        ),
        (
            rf"{_EXAM}\s*(?:category|field|type|sector|classification)",
            rf"category(?:\s*of\s*(?:the\s*)?{_EXAM})?",
            rf"(?:{_JUKEN}\s*shita\s*)?(?:shiken\s*)?kubun",
        ),
    ),
    "name": (
        ("氏名", "お名前", "名前", "姓名", "ローマ字氏名", "氏名ローマ字"),
        (
            r"full\s*name",
            r"(?:applicant'?s?|your)\s*name",
            rf"name(?:\s*in\s*{_LATIN})?",
            r"shimei",
            r"o?\s*namae",
        ),
    ),
    "nationality": (
        ("国籍・地域", "国籍", "国・地域"),
        (
            r"nationality(?:\s*/\s*region)?",
            r"country(?:\s*of\s*(?:citizenship|origin)|\s*/\s*region)?",
            r"citizenship",
            r"kokuseki",
        ),
    ),
    "date_of_birth": (
        ("生年月日", "誕生日", "生まれた日"),
        (
            r"date\s*of\s*birth",
            r"birth\s*date",
            r"birthday",
            r"d\.?o\.?b\.?",
            r"born",
            r"seinen\s*-?\s*gappi",
            r"tanjou?bi",
        ),
    ),
    "sex": (("性別",), (r"sex", r"gender", r"seibetsu")),
}


@dataclass(frozen=True)
class LabelMatch:
    """A label found at a position.

    Attributes:
        field: The field name.
        end: Index just past the label (and any bilingual repetition or qualifier).
        japanese: True when the first label was Japanese (no separator needed after it).
    """

    field: str
    end: int
    japanese: bool


def _is_kanji(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _japanese(label: str) -> str:
    """Regex for a Japanese label that also allows furigana pasted without parentheses
    after a kanji inside it (``受験じゅけん番号``, what copying ``<ruby>`` without ``<rp>``
    gives). Ruby after the last kanji is handled by :data:`_TRAILING_RUBY_RE`."""
    out = re.escape(label[0])
    for prev, ch in pairwise(label):
        if _is_kanji(prev):
            out += _BARE_RUBY
        out += re.escape(ch)
    return out


#: Short Japanese labels typed on phones; being common words, they count as labels only
#: when a separator or a space follows (``国 ベトナム``, ``番号：M123``).
SHORT_LABELS: dict[str, tuple[str, ...]] = {
    "exam_number": ("番号", "受験No", "受験No."),
    "exam_date": ("受けた日",),
    "nationality": ("国", "出身国"),
    "date_of_birth": ("生まれ",),
}
#: The labels in hiragana, as learners of Japanese write them.
KANA_LABELS: dict[str, tuple[str, ...]] = {
    "exam_number": ("じゅけんばんごう",),
    "exam_date": ("じゅけんび", "しけんび"),
    "category": ("しけんくぶん", "くぶん"),
    "name": ("しめい", "なまえ", "おなまえ"),
    "nationality": ("こくせき",),
    "date_of_birth": ("せいねんがっぴ", "たんじょうび"),
    "sex": ("せいべつ",),
}


def _compile() -> list[tuple[str, bool, re.Pattern[str]]]:
    out = []
    for field, kana in KANA_LABELS.items():
        out += [(field, True, re.compile(re.escape(p))) for p in kana]
    for field, short in SHORT_LABELS.items():
        out += [(field, True, re.compile(re.escape(p) + r"(?=\s*[:=\t]|\s)", re.I)) for p in short]
    for field, (ja, en) in LABELS.items():
        out += [(field, True, re.compile(_japanese(p), re.IGNORECASE)) for p in ja]
        out += [(field, False, re.compile(p + r"(?![a-z])", re.IGNORECASE)) for p in en]
    return out


_BARE_RUBY = "[\u3041-\u3096]{0,8}"
# Furigana without parentheses after the last kanji of a label, right before a separator.
_TRAILING_RUBY_RE = re.compile(r"[\u3041-\u3096]{1,8}(?=\s*(?:[:=\t]|$))")
_PATTERNS = _compile()
_JOINER_RE = re.compile(r"[\s/|・]*[(\[]?\s*")
_CLOSER_RE = re.compile(r"\s*[)\]]")
# A qualifier such as "(as on the residence card)" or "（ローマ字）" right before the separator.
_QUALIFIER_RE = re.compile(r"\s*\([^()]*\)(?=\s*(?:[:=\t→⇒\-|]|は|$))")


def _longest(text: str, pos: int, field: str | None = None) -> LabelMatch | None:
    best: LabelMatch | None = None
    for name, japanese, pattern in _PATTERNS:
        if field is not None and name != field:
            continue
        m = pattern.match(text, pos)
        if m and (best is None or m.end() > best.end):
            best = LabelMatch(name, m.end(), japanese)
    return best


def match_label(text: str, pos: int = 0) -> LabelMatch | None:
    """Match a label (possibly bilingual, possibly qualified) at ``pos``.

    Args:
        text: A prepared line (NFKC, furigana removed).
        pos: Where the label should start.

    Returns:
        The match, or None.
    """
    first = _longest(text, pos)
    if first is None:
        return None
    end = first.end
    if first.japanese and (ruby := _TRAILING_RUBY_RE.match(text, end)):
        end = ruby.end()
    # Bilingual labels: "受験番号 Exam number", "Exam number (受験番号)", "氏名/Name".
    while True:
        joiner = _JOINER_RE.match(text, end)
        start = joiner.end() if joiner else end
        again = _longest(text, start, first.field)
        if again is None:
            break
        end = again.end
        if closer := _CLOSER_RE.match(text, end):
            end = closer.end()
    if qualifier := _QUALIFIER_RE.match(text, end):
        end = qualifier.end()
    return LabelMatch(first.field, end, first.japanese)
