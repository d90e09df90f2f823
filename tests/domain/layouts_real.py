"""More tuning families for the layout corpus, written from how people really lay out a mail.

Added in issue 12's second round, frozen before the extractor was tuned on them. Sources of
the habits (not of the extractor's rules): the secretariat's own page (``shared/seeds``: the
seven items with furigana, "copy this section into your email, fill in each item"),
Japanese business-mail guides (記 ... 以上 blocks, １．numbering with full-width digits,
honorifics and weekday notes after a date), bilingual forms of employers and support
organisations (「受験番号 / Exam No.」, 「氏名（Name）」), romaji labels from applicants
without a Japanese keyboard, phones and Japanese IMEs (full-width colons, spaces and digits,
short labels such as 名前 / 国), webmail and Outlook replies (``>`` quotes, ``-----Original
Message-----`` blocks with the empty template, answers typed under each quoted label), HTML
tables as text converters render them (html2text, lynx/w3m, Outlook's plain-text part), and
mail clients that hard-wrap long lines at 72 or 76 columns.

Every family is a function of (rng, items) returning the body and the raw values written;
a value may carry a note or an honorific in the body, the truth stays the bare value.
"""

from __future__ import annotations

import random
import unicodedata

from tests.domain.layouts import FIELDS, JA, _label, _order, _present

JA_EN = {
    "exam_number": [("受験番号", "Exam No."), ("受験番号", "Examination Number"),
                    ("受験者番号", "Candidate ID")],
    "exam_date": [("受験日", "Exam Date"), ("試験日", "Test Date"),
                  ("受験年月日", "Date of Examination")],
    "category": [("試験区分", "Category"), ("受験した試験区分", "Exam Category"),
                 ("区分", "Test Category")],
    "name": [("氏名", "Name"), ("お名前", "Full Name"), ("氏名", "Name in Roman letters")],
    "nationality": [("国籍", "Nationality"), ("国籍・地域", "Nationality/Region"),
                    ("国籍", "Country")],
    "date_of_birth": [("生年月日", "Date of Birth"), ("生年月日", "DOB"), ("誕生日", "Birthday")],
    "sex": [("性別", "Sex"), ("性別", "Gender")],
}  # fmt: skip
ROMAJI = {
    "exam_number": ["Juken bangou", "Jukenbango", "Juken Bango", "JUKEN BANGOU"],
    "exam_date": ["Juken bi", "Jukenbi", "Shiken bi", "Juken-bi"],
    "category": ["Shiken kubun", "Kubun", "Juken shita shiken kubun"],
    "name": ["Shimei", "Namae", "Shimei (romaji)"],
    "nationality": ["Kokuseki", "KOKUSEKI"],
    "date_of_birth": ["Seinengappi", "Seinen gappi", "SEINENGAPPI"],
    "sex": ["Seibetsu", "SEIBETSU"],
}
SHORT = {  # what people type on a phone
    "exam_number": ["番号", "受験No.", "受験No", "受験番号"],
    "exam_date": ["受験日", "試験日", "受けた日"],
    "category": ["区分", "試験の区分"],
    "name": ["名前", "なまえ", "氏名"],
    "nationality": ["国", "国籍", "出身国"],
    "date_of_birth": ["生年月日", "誕生日", "生まれ"],
    "sex": ["性別", "男女"],
}
NOTES = {  # notes and honorifics written after a value (the truth stays the bare value)
    "exam_number": ["（受験票に記載の番号）", " (admission ticket)", "です", "　※受験票より"],
    "exam_date": ["（日）", "(Sun)", " 午前", "（土曜日）", "に受験しました"],
    "category": ["です", "（CBT）", " にて受験"],
    "name": [" 様", " さん", "（在留カードの通り）", " (as on residence card)"],
    "nationality": ["です", "国籍", "（Vietnamese）"],
    "date_of_birth": ["生", "生まれ", "（29歳）", " (age 29)"],
    "sex": ["です", "（male/female）"],
}
TEMPLATE = ["受験(じゅけん)番号", "受験(じゅけん)日", "受験(じゅけん)した試験(しけん)区分",
            "氏名(しめい)", "国籍(こくせき)", "生年月日", "性別(せいべつ)"]  # fmt: skip


def _with_note(rng: random.Random, field: str, value: str, chance: float = 0.5) -> str:
    if rng.random() >= chance:
        return value
    note = rng.choice(NOTES[field])
    if field == "nationality" and note == "（Vietnamese）" and "ベトナム" not in value:
        return value
    if field == "nationality" and note == "国籍" and value.isascii():
        return value
    if field == "sex" and note == "（male/female）":
        return value
    return value + note


def _wide(text: str) -> str:
    """ASCII letters, digits and punctuation as a Japanese IME in full-width mode types them."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("　")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _cols(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def hard_wrap(text: str, width: int) -> str:
    """Wrap each line at ``width`` columns as a mail client does on sending.

    ASCII runs break at the last space; Japanese breaks between any two characters except
    before closing punctuation (kinsoku); a full-width character counts two columns.
    """
    out = []
    for line in text.split("\n"):
        while sum(map(_cols, line)) > width:
            cols, cut = 0, 0
            for i, ch in enumerate(line):
                cols += _cols(ch)
                if cols > width:
                    cut = i
                    break
            space = line.rfind(" ", 0, cut + 1)
            if line[cut - 1 : cut + 1].isascii() and space > 0:
                out.append(line[:space])
                line = line[space + 1 :]
                continue
            while cut > 1 and line[cut] in "、。）」』,.)：":
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


# ---- families ---------------------------------------------------------------------------


def bilingual_slash(rng: random.Random, v: dict[str, str | None]) -> str:
    """受験番号 / Exam No.：value (forms of employers and support organisations)."""
    slash = rng.choice([" / ", "/", "／", "　／　"])
    sep = rng.choice(["：", ": ", "\t", " ", "\n"])
    out = []
    for f, value in _present(v, _order(rng, False)):
        ja, en = rng.choice(JA_EN[f])
        out.append(f"{ja}{slash}{en}{sep}{value}")
    return "\n".join(out)


def label_paren_english(rng: random.Random, v: dict[str, str | None]) -> str:
    """氏名（Name）：value, 【国籍(Nationality)】value."""
    paren = rng.choice(["（）", "()"])
    frame = rng.choice(["", "【】", "■"])
    sep = rng.choice(["：", ":", " ", "　"])
    out = []
    for f, value in _present(v, _order(rng, rng.random() < 0.3)):
        ja, en = rng.choice(JA_EN[f])
        label = f"{ja}{paren[0]}{en}{paren[1]}"
        if frame == "【】":
            label = f"【{label}】"
        elif frame:
            label = frame + label
        out.append(f"{label}{sep}{value}")
    return "\n".join(out)


def romaji_labels(rng: random.Random, v: dict[str, str | None]) -> str:
    """Jukenbangou: value (no Japanese keyboard at hand)."""
    sep = rng.choice([": ", " : ", " - ", "=", " "])
    numbered = rng.random() < 0.4
    out = []
    for i, (f, value) in enumerate(_present(v, _order(rng, False)), start=1):
        prefix = f"{i}. " if numbered else ""
        out.append(f"{prefix}{rng.choice(ROMAJI[f])}{sep}{value}")
    return "\n".join(out)


def _answers(rng: random.Random, v: dict[str, str | None]) -> str:
    sep = rng.choice(["：", ":", " "])
    return "\n".join(f"{_label(rng, f)}{sep}{value}" for f, value in _present(v, FIELDS))


def _empty_template(rng: random.Random) -> list[str]:
    marks = "①②③④⑤⑥⑦"
    sep = rng.choice(["：", ""])
    return [f"{marks[i]}{label}{sep}" for i, label in enumerate(TEMPLATE)]


def quoted_reply(rng: random.Random, v: dict[str, str | None]) -> str:
    """A reply to the secretariat: answers on top (or typed under each quoted label), the
    secretariat's empty template quoted below with ``>`` (Gmail) or after an Outlook
    ``-----Original Message-----`` block; or the earlier request resent as a quote."""
    style = rng.randrange(4)
    intro = ["お世話になっております。", "ご記入の上、ご返信ください。", ""]
    if style == 0:  # Gmail: top-posted answers, quoted template
        quote = ["2024年6月3日(月) 10:15 事務局 <exam@example.jp>:"]
        quote += ["> " + x if x else ">" for x in intro + _empty_template(rng)]
        return _answers(rng, v) + "\n\n" + "\n".join(quote)
    if style == 1:  # Outlook: answers, then the original unquoted under a header block
        head = ["-----Original Message-----", "From: 事務局 <exam@example.jp>",
                "Sent: Monday, June 3, 2024 10:15 AM", "Subject: 記入のお願い", ""]  # fmt: skip
        return _answers(rng, v) + "\n\n" + "\n".join(head + intro + _empty_template(rng))
    if style == 2:  # answers typed under each quoted label
        out = ["> " + x for x in intro if x]
        for i, f in enumerate(FIELDS):
            out.append("> " + _empty_template(rng)[i])
            if v[f] is not None:
                out.append(str(v[f]))
        return "\n".join(out)
    prefix = rng.choice(["> ", ">", ">> "])  # the earlier request resent as a quote
    head = "下記の内容で再送いたします。\n\n" + prefix.rstrip() + "\n"
    return head + "\n".join(prefix + line for line in _answers(rng, v).split("\n"))


def wrapped_lines(rng: random.Random, v: dict[str, str | None]) -> str:
    """All items on one line, hard-wrapped by the mail client at 72 or 76 columns."""
    english = rng.random() < 0.4
    joiner = rng.choice([", ", "; "]) if english else rng.choice(["、", "　", " / "])
    sep = ": " if english else rng.choice(["：", "は", ":"])
    items = [f"{_label(rng, f, english)}{sep}{value}" for f, value in _present(v, FIELDS)]
    return hard_wrap(joiner.join(items), rng.choice([72, 76]))


def html_text_render(rng: random.Random, v: dict[str, str | None]) -> str:
    """An HTML table as converters render it: html2text, lynx -dump, w3m boxes, Outlook's
    plain part (cells on their own lines, blank lines between rows, trailing tabs)."""
    present = [(_label(rng, f), value) for f, value in _present(v, _order(rng, False))]
    style = rng.randrange(4)
    if style == 0:  # html2text: first row as a header
        rows = [f"{a} | {b}" for a, b in present]
        return "\n".join([*rows[:1], "---|---", *rows[1:]])
    if style == 1:  # lynx: indented, space-padded columns
        width = max((sum(map(_cols, a)) for a, _ in present), default=0) + 3
        return "\n".join("   " + a + " " * (width - sum(map(_cols, a))) + b for a, b in present)
    if style == 2:  # w3m: box drawing characters
        rows = [f"│{a}│{b}│" for a, b in present]
        return "┌──┬──┐\n" + "\n├──┼──┤\n".join(rows) + "\n└──┴──┘"
    return "\n\n".join(f"{a}\t\n{b}\t" for a, b in present)  # Outlook text part


def values_with_notes(rng: random.Random, v: dict[str, str | None]) -> str:
    """label：value with notes and honorifics after it: NGUYEN VAN AN 様, 2024年5月12日（日）."""
    sep = rng.choice(["：", ":", "　"])
    bullet = rng.choice(["", "・", "■", "- "])
    return "\n".join(
        f"{bullet}{_label(rng, f)}{sep}{_with_note(rng, f, value, 0.7)}"
        for f, value in _present(v, _order(rng, False))
    )


def fullwidth_ime(rng: random.Random, v: dict[str, str | None]) -> str:
    """A Japanese IME left in full-width mode: 受験番号　：　ＭＴ１２３４５６７."""
    sep = rng.choice(["　：　", "：", "　", "：　"])
    return "\n".join(
        f"{_label(rng, f)}{sep}{_wide(value) if rng.random() < 0.8 else value}"
        for f, value in _present(v, _order(rng, False))
    )


def kigaki_letter(rng: random.Random, v: dict[str, str | None]) -> str:
    """An employer's business letter: 下記の者について … 記 / １．受験番号　value / 以上."""
    numbering = rng.choice(["１．", "1.", "(1)", "（１）"])
    pad = rng.choice(["　　", "：", "　：　", "\t"])
    out = ["株式会社サンプル工業 人事部の山田です。", "弊社従業員の下記の者について、"
           "スコアレポートの発行をお願いいたします。", "", "記", ""]  # fmt: skip
    for i, (f, value) in enumerate(_present(v, FIELDS), start=1):
        mark = numbering.replace("1", str(i)).replace("１", _wide(str(i)))
        out.append(f"{mark}{_label(rng, f)}{pad}{_with_note(rng, f, value, 0.2)}")
    return "\n".join([*out, "", "以上"])


def phone_short(rng: random.Random, v: dict[str, str | None]) -> str:
    """Short labels typed on a phone: 名前 NGUYEN VAN AN / 国 ベトナム / 番号 M123."""
    sep = rng.choice([" ", "：", "　", ":"])
    return "\n".join(
        f"{rng.choice(SHORT[f])}{sep}{value}" for f, value in _present(v, _order(rng, True))
    )


FAMILIES_REAL = {
    "bilingual_slash": bilingual_slash,
    "label_paren_english": label_paren_english,
    "romaji_labels": romaji_labels,
    "quoted_reply": quoted_reply,
    "wrapped_lines": wrapped_lines,
    "html_text_render": html_text_render,
    "values_with_notes": values_with_notes,
    "fullwidth_ime": fullwidth_ime,
    "kigaki_letter": kigaki_letter,
    "phone_short": phone_short,
}

__all__ = ["FAMILIES_REAL", "JA", "hard_wrap"]
