"""Body text of request e-mails: the seven items in the many forms applicants type them."""

from __future__ import annotations

import random
from datetime import date

from ssw_desk.demo.people import CATEGORIES, NATIONALITIES, Exam, Person

__all__ = ["ITEMS", "category_text", "date_text", "items_block", "request_text"]

#: The seven items in order.
ITEMS = ("exam_number", "exam_date", "category", "name", "nationality", "date_of_birth", "sex")

_CIRCLED = "①②③④⑤⑥⑦"
_JA_LABELS = ("受験番号", "受験日", "受験した試験区分", "氏名", "国籍", "生年月日", "性別")
_RUBY_LABELS = (
    "受験(じゅけん)番号", "受験(じゅけん)日", "受験(じゅけん)した試験(しけん)区分",
    "氏名(しめい)", "国籍(こくせき)", "生年月日", "性別(せいべつ)",
)  # fmt: skip
_EN_LABELS = (
    ("Exam number", "Exam No.", "Examinee number", "Test ID"),
    ("Exam date", "Date of exam", "Test date"),
    ("Exam category", "Category", "Test category"),
    ("Name", "Full name", "Name (as on residence card)"),
    ("Nationality", "Country", "Nationality"),
    ("Date of birth", "Birthday", "DOB"),
    ("Sex", "Gender", "Sex"),
)
_TYPOS = {
    "machining_metal": ("Machning and Metal Processing", "machining metal processing",
                        "Machinery and metal processing", "Machining & Metal Proccessing"),
    "electrical_electronic": ("Electirc and Electronic Device Asembly",
                              "electric electronic device assembly", "Electrical Assembly"),
    "metal_surface": ("Metal Surface Treatmet", "metal surface treatment", "Surface Treatment"),
}  # fmt: skip
_RUBY_CATEGORY = {
    "machining_metal": "機械(きかい)金属(きんぞく)加工(かこう)区分",
    "electrical_electronic": "電気電子機器(きき)組立て区分",
    "metal_surface": "金属(きんぞく)表面処理(しょり)区分",
}
_SHORT_CATEGORY = {"machining_metal": "機械金属加工", "electrical_electronic": "電気電子機器組立て",
                   "metal_surface": "表面処理"}  # fmt: skip
_MONTHS = "January February March April May June July August September October November December"


def _wide(text: str) -> str:
    """Full-width digits and Latin letters, as typed with a Japanese IME."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _era(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def date_text(d: date, rng: random.Random, *, ambiguous: bool = False) -> str:
    """Write ``d`` the way an applicant might.

    Args:
        d: The date.
        rng: Random source.
        ambiguous: Force a form whose day/month order cannot be told apart.

    Returns:
        The text.
    """
    if ambiguous:
        if d.day <= 12 and d.day != d.month:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d:%y}/{d.month:02d}/{d.day:02d}"  # yy/mm/dd or dd/mm/yy?
    era, letter, year = _era(d)
    forms = [
        f"{d.year}年{d.month}月{d.day}日",
        _wide(f"{d.year}") + "年" + _wide(f"{d.month}") + "月" + _wide(f"{d.day}") + "日",
        f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日",
        f"{letter}{year}.{d.month}.{d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d:%Y%m%d}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{_MONTHS.split()[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {_MONTHS.split()[d.month - 1][:3]} {d.year}",
    ]
    if d.day > 12:  # unambiguous only when the day cannot be a month
        forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return rng.choice(forms)


def category_text(category: str, rng: random.Random, *, english: bool) -> str:
    """Write an exam category in Japanese (official, ruby, short) or English (with typos)."""
    ja, en = CATEGORIES[category]
    if english:
        return rng.choice((en, en, en.upper(), *_TYPOS[category]))
    return rng.choice((ja, ja, _RUBY_CATEGORY[category], _SHORT_CATEGORY[category]))


def _name(person: Person, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        return person.card_name
    if roll < 0.85:
        return f"{person.given} {person.family}"
    return person.card_name.title()


def _sex(person: Person, rng: random.Random, *, english: bool) -> str:
    if english:
        return rng.choice(("Male", "male", "M")) if person.sex == "M" else rng.choice(
            ("Female", "female", "F"))  # fmt: skip
    return rng.choice(("男", "男性")) if person.sex == "M" else rng.choice(("女", "女性"))


def _number(exam: Exam, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.75:
        return exam.number
    if roll < 0.85:
        return _wide(exam.number)
    if roll < 0.93:
        return exam.number.lower()
    return " ".join((exam.number[:5], exam.number[5:]))


def item_values(person: Person, rng: random.Random, *, english: bool,
                ambiguous: bool = False) -> list[str]:  # fmt: skip
    """Values of the seven items for ``person``'s last exam, in varied forms."""
    exam = person.exam
    spellings = NATIONALITIES[person.nationality][1]
    nationality = rng.choice(spellings[:2] if english else spellings)
    which = rng.randrange(2) if ambiguous else -1
    return [
        _number(exam, rng),
        date_text(exam.date, rng, ambiguous=which == 0),
        category_text(exam.category, rng, english=english),
        _name(person, rng),
        nationality,
        date_text(person.birth, rng, ambiguous=which == 1),
        _sex(person, rng, english=english),
    ]


def items_block(values: list[str | None], rng: random.Random, *, lang: str) -> str:
    """Lay the seven items out as copied from the web page (``ja``), or in ``en``/``mixed``.

    Args:
        values: One value per item; None leaves the item out.
        rng: Random source.
        lang: ``ja`` (labels with furigana inlined, ①-⑦), ``en`` or ``mixed``.

    Returns:
        The lines, joined with newlines.
    """
    colon = rng.choice(("：", ":", "： ", " : ")) if lang != "en" else rng.choice((": ", ":  "))
    ruby = rng.random() < 0.7
    lines = []
    for i, value in enumerate(values):
        if value is None:
            continue
        if lang == "ja":
            label = (_RUBY_LABELS if ruby else _JA_LABELS)[i]
            prefix = _CIRCLED[i] if rng.random() < 0.9 else f"{i + 1}."
            lines.append(f"{prefix}{label}{colon}{value}")
        elif lang == "en":
            lines.append(f"{i + 1}. {rng.choice(_EN_LABELS[i])}{colon}{value}")
        else:
            lines.append(f"{_CIRCLED[i]} {_JA_LABELS[i]} ({_EN_LABELS[i][0]}){colon}{value}")
    return "\n".join(lines)


_JA_OPEN = (
    "ご担当者様\n\nお世話になっております。\n特定技能2号評価試験（工業製品製造業）の結果通知書の発行をお願いいたします。",
    "一般社団法人工業製品製造技能人材機構 御中\n\n結果通知書の発行を申請します。",
    "お世話になります。\nスコアレポート（結果通知書）の発行をお願いします。",
)  # fmt: skip
_JA_CLOSE = (
    "在留カードの写真と顔写真を添付します。\nよろしくお願いいたします。",
    "添付ファイル：在留カード、顔写真\n\nどうぞよろしくお願いいたします。",
)
_EN_OPEN = (
    "Dear Secretariat,\n\nI would like to request the Score report of the SSW(ii) Exam for "
    "Industrial Product Manufacturing.",
    "Hello,\n\nPlease issue my Score report. My information is below.",
    "To whom it may concern,\n\nI am writing to apply for the issuance of the Score report.",
)
_EN_CLOSE = (
    "I attached my residence card and face photo.\n\nThank you very much.",
    "Attached: residence card, photo.\n\nBest regards,",
)


def request_text(person: Person, values: list[str | None], rng: random.Random, *,
                 lang: str, extra: str = "") -> str:  # fmt: skip
    """The whole plain-text body: greeting, the items, ``extra`` lines, closing, signature."""
    english = lang == "en"
    opening = rng.choice(_EN_OPEN if english else _JA_OPEN)
    closing = rng.choice(_EN_CLOSE if english else _JA_CLOSE)
    block = items_block(values, rng, lang=lang)
    parts = [opening, block]
    if extra:
        parts.append(extra)
    parts.append(f"{closing}\n\n{person.card_name.title()}\n{person.email}")
    return "\n\n".join(parts) + "\n"
