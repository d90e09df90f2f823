"""A frozen, seeded corpus of the ways applicants lay out the seven items in an e-mail.

Written from how people write request mails, not from the extractor's rules: the
secretariat's own template (``shared/seeds``: ①-⑦ with furigana, copied from the web page),
Japanese business-mail conventions (【見出し】 on its own line, ■/●/・ bullets, ［］〔〕
brackets, 「：」 full-width colons, arrows), what phones and webmail do to text (full-width
spaces for alignment, tabs, tables pasted from Excel as ``|`` or tab columns, HTML tables
and definition lists rendered to text), English forms (Candidate ID, Gender, Citizenship),
and sentences. Every layout family is a function of (items, rng); a fixed part of the
families is HELD OUT: never looked at while the extractor was tuned, run only as the final
check (``HELD_OUT``).

Truth: each sample carries the raw value written for every item, or None for an item the
applicant left out (the extractor must then report it missing, never a wrong value).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

FIELDS = ("exam_number", "exam_date", "category", "name", "nationality", "date_of_birth", "sex")

JA = {
    "exam_number": ["受験番号", "受験(じゅけん)番号", "受験者番号", "受検番号"],
    "exam_date": ["受験日", "受験(じゅけん)日", "試験日", "受験年月日"],
    "category": ["受験した試験区分", "試験区分", "受験(じゅけん)した試験(しけん)区分", "区分"],
    "name": ["氏名", "氏名(しめい)", "お名前", "氏名（ローマ字）"],
    "nationality": ["国籍", "国籍(こくせき)", "国籍・地域"],
    "date_of_birth": ["生年月日", "生年月日(せいねんがっぴ)", "誕生日"],
    "sex": ["性別", "性別(せいべつ)"],
}
EN = {
    "exam_number": ["Exam number", "Examination No.", "Candidate ID", "Test ID", "Exam No"],
    "exam_date": ["Exam date", "Date of exam", "Test date", "Date of examination"],
    "category": ["Exam category", "Category", "Test category", "Examination category"],
    "name": ["Name", "Full name", "Full Name (as on residence card)", "Applicant name"],
    "nationality": ["Nationality", "Country", "Citizenship"],
    "date_of_birth": ["Date of birth", "Birthday", "DOB", "Birth date"],
    "sex": ["Sex", "Gender"],
}
NAMES = [
    "NGUYEN VAN AN",
    "TRAN THI BICH",
    "SITI RAHAYU",
    "JUAN DELA CRUZ",
    "NGUYEN THI LAN ANH",
    "PHAM MINH DUC",
    "BUDI SANTOSO",
    "MARIA SANTOS REYES",
    "LE HOANG NAM",
    "AUNG KYAW",
]
NATIONS = [
    "ベトナム",
    "Vietnam",
    "インドネシア",
    "Indonesia",
    "フィリピン",
    "Philippines",
    "ミャンマー",
    "Myanmar",
    "中国",
    "ネパール",
]
CATEGORIES = [
    "機械金属加工区分",
    "電気電子機器組立て区分",
    "金属表面処理区分",
    "機械金属加工",
    "電気電子機器組立て",
    "Machinery and metal processing",
]
SEXES = ["男", "女", "男性", "女性", "Male", "Female", "M", "F"]


def _date(rng: random.Random, year_from: int, year_to: int) -> str:
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(6)
    if style == 0:
        return f"{y}年{m}月{d}日"
    if style == 1:
        return f"{y}/{m:02d}/{d:02d}"
    if style == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 3:
        months = (
            "January February March April May June July August September October November December"
        )
        return f"{d} {months.split()[m - 1]} {y}"
    if style == 4:
        return f"{y}.{m}.{d}"
    return f"{y}年{m:02d}月{d:02d}日"


def items(rng: random.Random, missing: float = 0.12) -> dict[str, str | None]:
    """One applicant's raw values; each item left out with probability ``missing``."""
    letters = rng.choice(["M", "MT", "E", "S", ""])
    values: dict[str, str | None] = {
        "exam_number": letters + str(rng.randint(10**6, 10**10 - 1)),
        "exam_date": _date(rng, 2024, 2025),
        "category": rng.choice(CATEGORIES),
        "name": rng.choice(NAMES),
        "nationality": rng.choice(NATIONS),
        "date_of_birth": _date(rng, 1975, 2003),
        "sex": rng.choice(SEXES),
    }
    for f in FIELDS:
        if rng.random() < missing:
            values[f] = None
    return values


def _label(rng: random.Random, field: str, english: bool = False) -> str:
    return rng.choice(EN[field] if english else JA[field])


def _order(rng: random.Random, shuffle: bool) -> list[str]:
    order = list(FIELDS)
    if shuffle:
        rng.shuffle(order)
    return order


GREETINGS = [
    "事務局御中\n\nお世話になっております。\nスコアレポートの発行をお願いいたします。\n",
    "ご担当者様\n\n結果通知書（スコアレポート）の発行を申請します。\n",
    "Dear Secretariat,\n\nI would like to request my Score report.\n",
    "",
]
CLOSINGS = [
    "\nよろしくお願いいたします。\n",
    "\n以上、よろしくお願い申し上げます。\n",
    "\nBest regards,\nAn\n",
    "\n--\nNguyen Van An\nTel: 090-1234-5678\n",
    "",
]


def _wrap(rng: random.Random, body: str) -> str:
    return rng.choice(GREETINGS) + "\n" + body + "\n" + rng.choice(CLOSINGS)


Item = tuple[str, str]  # (field, value) present items, in the order written


def _present(values: dict[str, str | None], order: list[str]) -> list[Item]:
    return [(f, v) for f in order if (v := values[f]) is not None]


# ---- layout families -------------------------------------------------------------------


def template_copy(rng: random.Random, v: dict[str, str | None]) -> str:
    """The web page's list copied with its circled numbers and furigana, values after ：."""
    marks = "①②③④⑤⑥⑦"
    lines = []
    for i, f in enumerate(FIELDS):
        value = v[f]
        label = JA[f][1] if "(" in JA[f][1] else JA[f][0]
        lines.append(f"{marks[i]}{label}：{value}" if value else f"{marks[i]}{label}：")
    return "\n".join(lines)


def heading_next_line(rng: random.Random, v: dict[str, str | None]) -> str:
    """【受験番号】 on one line, the value on the next (business-mail headings)."""
    out = []
    for f, value in _present(v, _order(rng, rng.random() < 0.3)):
        out.append(f"【{_label(rng, f)}】\n{value}\n")
    return "\n".join(out)


def heading_same_line(rng: random.Random, v: dict[str, str | None]) -> str:
    """【受験番号】M123... / 【氏名】：NGUYEN."""
    sep = rng.choice(["", "：", " ", "　"])
    return "\n".join(
        f"【{_label(rng, f)}】{sep}{value}" for f, value in _present(v, _order(rng, False))
    )


def square_brackets(rng: random.Random, v: dict[str, str | None]) -> str:
    """［受験番号］：value and 〔氏名〕 value."""
    pair = rng.choice(["［］", "〔〕", "[]", "〈〉", "《》"])
    sep = rng.choice(["：", ":", "　", " "])
    return "\n".join(
        f"{pair[0]}{_label(rng, f)}{pair[1]}{sep}{value}"
        for f, value in _present(v, _order(rng, True))
    )


def bullets(rng: random.Random, v: dict[str, str | None]) -> str:
    """■受験番号：value, ●氏名 value, ・国籍：value, * Name: value."""
    bullet = rng.choice(["■", "●", "・", "* ", "◆", "○", "◎", "- ", "□"])
    sep = rng.choice(["：", ":", "　", " : ", "："])
    english = rng.random() < 0.3
    return "\n".join(
        f"{bullet}{_label(rng, f, english)}{sep}{value}"
        for f, value in _present(v, _order(rng, False))
    )


def arrows_and_equals(rng: random.Random, v: dict[str, str | None]) -> str:
    """受験番号→value, 氏名 = value, 国籍 - value, 性別⇒value."""
    sep = rng.choice(["→", " → ", "=", " = ", " - ", "⇒", "＝", "－", "->"])
    return "\n".join(f"{_label(rng, f)}{sep}{value}" for f, value in _present(v, _order(rng, True)))


def tab_columns(rng: random.Random, v: dict[str, str | None]) -> str:
    """Two columns pasted from a spreadsheet: label TAB value."""
    return "\n".join(f"{_label(rng, f)}\t{value}" for f, value in _present(v, _order(rng, False)))


def fullwidth_aligned(rng: random.Random, v: dict[str, str | None]) -> str:
    """Labels padded with full-width spaces to align the values (phone and webmail habit)."""
    present = _present(v, _order(rng, False))
    labels = {f: _label(rng, f) for f, _ in present}
    width = max((len(x) for x in labels.values()), default=0) + 1
    return "\n".join(f"{labels[f]}{'　' * (width - len(labels[f]))}{value}" for f, value in present)


def pipe_table(rng: random.Random, v: dict[str, str | None]) -> str:
    """| 受験番号 | value | rows, with or without a header row (Markdown or plain)."""
    rows = []
    if rng.random() < 0.5:
        rows += ["| 項目 | 内容 |", "|---|---|"]
    for f, value in _present(v, _order(rng, False)):
        rows.append(f"| {_label(rng, f)} | {value} |")
    return "\n".join(rows)


def html_table(rng: random.Random, v: dict[str, str | None]) -> str:
    """An HTML table (webmail, Outlook); rendered to text by the mail layer in real life,
    here given as the text a converter produces: one cell per line or tab-separated."""
    present = _present(v, _order(rng, False))
    if rng.random() < 0.5:
        return "\n".join(f"{_label(rng, f)}\t{value}" for f, value in present)
    return "\n".join(f"{_label(rng, f)}\n{value}" for f, value in present)


def definition_list(rng: random.Random, v: dict[str, str | None]) -> str:
    """<dl><dt>label<dd>value rendered as indented text."""
    return "\n".join(
        f"{_label(rng, f)}\n    {value}" for f, value in _present(v, _order(rng, True))
    )


def sentences(rng: random.Random, v: dict[str, str | None]) -> str:
    """Items written as sentences: 受験番号はMT1234567です。"""
    out = []
    for f, value in _present(v, _order(rng, True)):
        form = rng.choice(
            ["{l}は{v}です。", "{l}は{v}となります。", "{l}：{v}です。", "{l}は「{v}」です。"]
        )
        out.append(form.format(l=_label(rng, f), v=value))
    return "".join(out) if rng.random() < 0.4 else "\n".join(out)


def english_form(rng: random.Random, v: dict[str, str | None]) -> str:
    """An English form: 'Candidate ID: ...', numbered 1) 2) ..."""
    numbered = rng.random() < 0.5
    out = []
    for i, (f, value) in enumerate(_present(v, _order(rng, rng.random() < 0.3)), start=1):
        prefix = f"{i}) " if numbered else ""
        out.append(f"{prefix}{_label(rng, f, True)}: {value}")
    return "\n".join(out)


def bilingual(rng: random.Random, v: dict[str, str | None]) -> str:
    """受験番号 / Exam number: value."""
    return "\n".join(
        f"{_label(rng, f)} / {_label(rng, f, True)}: {value}"
        for f, value in _present(v, _order(rng, False))
    )


def numbered_no_labels(rng: random.Random, v: dict[str, str | None]) -> str:
    """The template's numbers kept, labels dropped: ①M123 ②2024年... (all seven present)."""
    marks = "①②③④⑤⑥⑦"
    return "\n".join(f"{marks[i]}{v[f] or ''}" for i, f in enumerate(FIELDS))


def label_colon_next_line(rng: random.Random, v: dict[str, str | None]) -> str:
    """受験番号：  (newline) value — the value typed under the copied label."""
    return "\n".join(f"{_label(rng, f)}：\n{value}" for f, value in _present(v, _order(rng, False)))


def spaced_japanese(rng: random.Random, v: dict[str, str | None]) -> str:
    """受験番号　M123 (one full-width space), no colon."""
    return "\n".join(f"{_label(rng, f)}　{value}" for f, value in _present(v, _order(rng, True)))


def dotted_numbers(rng: random.Random, v: dict[str, str | None]) -> str:
    """1．受験番号：value (full-width digit and period), (1) 氏名 value."""
    style = rng.choice(["{n}．", "({n}) ", "{n}. ", "（{n}）"])
    return "\n".join(
        style.format(n=i) + f"{_label(rng, f)}：{value}"
        for i, (f, value) in enumerate(_present(v, _order(rng, False)), start=1)
    )


FAMILIES: dict[str, Callable[[random.Random, dict[str, str | None]], str]] = {
    "template_copy": template_copy,
    "heading_next_line": heading_next_line,
    "heading_same_line": heading_same_line,
    "square_brackets": square_brackets,
    "bullets": bullets,
    "arrows_and_equals": arrows_and_equals,
    "tab_columns": tab_columns,
    "fullwidth_aligned": fullwidth_aligned,
    "pipe_table": pipe_table,
    "html_table": html_table,
    "definition_list": definition_list,
    "sentences": sentences,
    "english_form": english_form,
    "bilingual": bilingual,
    "numbered_no_labels": numbered_no_labels,
    "label_colon_next_line": label_colon_next_line,
    "spaced_japanese": spaced_japanese,
    "dotted_numbers": dotted_numbers,
}

#: Families never looked at while tuning the extractor: the final check.
HELD_OUT = ("definition_list", "spaced_japanese", "dotted_numbers", "bilingual")


@dataclass(frozen=True)
class Sample:
    family: str
    body: str
    truth: dict[str, str | None]


def corpus(per_family: int = 60, seed: int = 20261125, held_out: bool = False) -> list[Sample]:
    """The frozen corpus: ``per_family`` samples of each tuning family (or held-out family)."""
    out = []
    for family, render in FAMILIES.items():
        if (family in HELD_OUT) != held_out:
            continue
        rng = random.Random(f"{seed}:{family}")
        for _ in range(per_family):
            v = items(rng, missing=0.0 if family == "numbered_no_labels" else 0.12)
            out.append(Sample(family, _wrap(rng, render(rng, v)), v))
    return out
