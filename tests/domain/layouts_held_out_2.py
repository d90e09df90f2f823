"""Second held-out set of layout families: the final check of issue 12's second round.

Written and committed before any tuning of the second round, and never looked at while
tuning (no sample printed, no failure read): only their per-family figures are reported,
once, at the end. Do not change these generators; add new families elsewhere.

Habits (from real mail, like ``layouts_real.py``): a table pasted from Excel with the labels
in one row and the values in the next; English labels first with the Japanese in brackets;
a reply under the secretariat's quoted list of missing items; parenthesised numbers with notes
after the values; romaji labels glossed in English; items written as one paragraph of
sentences joined by 「、」 and 「で」, wrapped the way a phone screen or a 70-byte client does.
"""

from __future__ import annotations

import random

from tests.domain.layouts import EN, FIELDS, _label, _order, _present
from tests.domain.layouts_real import NOTES, ROMAJI, _wide, hard_wrap


def horizontal_table(rng: random.Random, v: dict[str, str | None]) -> str:
    """Labels in one row and the values in the row below (pasted from a spreadsheet)."""
    present = _present(v, _order(rng, False))
    english = rng.random() < 0.3
    labels = [_label(rng, f, english) for f, _ in present]
    values = [value for _, value in present]
    if rng.random() < 0.5:
        return "\t".join(labels) + "\n" + "\t".join(values)
    return "| " + " | ".join(labels) + " |\n| " + " | ".join(values) + " |"


def english_then_japanese(rng: random.Random, v: dict[str, str | None]) -> str:
    """Exam No.（受験番号）: value, Name/氏名 value."""
    style = rng.choice(["（）", "()", "/", " / "])
    sep = rng.choice([": ", "：", " ", "\t"])
    out = []
    for f, value in _present(v, _order(rng, rng.random() < 0.3)):
        en, ja = _label(rng, f, True), _label(rng, f)
        label = f"{en}{style[0]}{ja}{style[1]}" if len(style) == 2 else f"{en}{style}{ja}"
        out.append(f"{label}{sep}{value}")
    return "\n".join(out)


def reply_to_missing_items(rng: random.Random, v: dict[str, str | None]) -> str:
    """A reply under the secretariat's quoted list of the items found missing."""
    out = ["ご連絡ありがとうございます。不足していた項目をお送りします。", ""]
    for f, value in _present(v, _order(rng, False)):
        out.append(f"> ・{_label(rng, f)}")
        out.append(value)
        out.append("")
    out += ["", "----- 元のメッセージ -----", "> 下記の項目が記載されていませんでした。",
            "> ご確認のうえ、ご返信ください。"]  # fmt: skip
    return "\n".join(out)


def parenthesised_numbers(rng: random.Random, v: dict[str, str | None]) -> str:
    """(1) 受験番号：value（note） with full- or half-width numbers."""
    wide = rng.random() < 0.5
    sep = rng.choice(["：", " ", "　", ": "])
    out = []
    for i, (f, value) in enumerate(_present(v, FIELDS), start=1):
        number = f"（{_wide(str(i))}）" if wide else f"({i}) "
        note = rng.choice(NOTES[f]) if rng.random() < 0.4 else ""
        if f == "nationality" and note in ("（Vietnamese）", "国籍"):
            note = ""
        if f == "sex" and note == "（male/female）":
            note = ""
        out.append(f"{number}{_label(rng, f)}{sep}{value}{note}")
    return "\n".join(out)


def romaji_with_english(rng: random.Random, v: dict[str, str | None]) -> str:
    """Juken Bangou (Exam No.) : value."""
    sep = rng.choice([" : ", ": ", " - "])
    return "\n".join(
        f"{rng.choice(ROMAJI[f])} ({rng.choice(EN[f])}){sep}{value}"
        for f, value in _present(v, _order(rng, False))
    )


def sentence_paragraph(rng: random.Random, v: dict[str, str | None]) -> str:
    """One paragraph: 受験番号はM123で、受験日は2024年5月12日です。… wrapped at 70 columns."""
    parts = []
    present = _present(v, _order(rng, rng.random() < 0.3))
    for i, (f, value) in enumerate(present):
        last = i == len(present) - 1
        end = "です。" if last or rng.random() < 0.4 else rng.choice(["で、", "、"])
        parts.append(f"{_label(rng, f)}は{value}{end}")
    return hard_wrap("私の" + "".join(parts), rng.choice([70, 72, 40]))


FAMILIES_HELD_OUT_2 = {
    "horizontal_table": horizontal_table,
    "english_then_japanese": english_then_japanese,
    "reply_to_missing_items": reply_to_missing_items,
    "parenthesised_numbers": parenthesised_numbers,
    "romaji_with_english": romaji_with_english,
    "sentence_paragraph": sentence_paragraph,
}
