"""Extraction of the seven items from realistic e-mail bodies."""

from __future__ import annotations

import pytest

from ssw_desk.domain.extract import extract_fields
from ssw_desk.domain.model import FIELD_NAMES

COMPLETE = {
    "exam_number": "12345678",
    "exam_date": "2024-05-12",
    "category": "machining_metal",
    "name": "NGUYEN VAN AN",
    "nationality": "VN",
    "date_of_birth": "1995-03-04",
    "sex": "M",
}

JA_TEMPLATE_WITH_RUBY = """\
ご担当者様

お世話になっております。結果通知書の発行をお願いいたします。

①受験(じゅけん)番号：1234-5678
②受験(じゅけん)日：令和6年5月12日
③受験(じゅけん)した試験(しけん)区分：機械(きかい)金属(きんぞく)加工(かこう)区分
④氏名(しめい)：NGUYEN VAN AN
⑤国籍(こくせき)：ベトナム
⑥生年月日：1995年3月4日
⑦性別(せいべつ)：男性(だんせい)

よろしくお願いいたします。
グエン・ヴァン・アン
"""

# Copied from the web page: the ordered list loses its numbers, guidance lines come along,
# values are typed under each label.
JA_PAGE_COPY_VALUES_BELOW = """\
1. Information to fill in
受験(じゅけん)番号
12345678
受験(じゅけん)日
2024年5月12日(日)
受験(じゅけん)した試験(しけん)区分
「機械(きかい)金属(きんぞく)加工(かこう)区分」、「電気電子機器(きき)組立て区分」、「金属(きんぞく)表面処理(しょり)区分」のいずれかを御記入(ごきにゅう)下さい。
機械金属加工区分
氏名(しめい)
結果(けっか)通知書に記載(きさい)されます。在留(ざいりゅう)カードに記載(きさい)されているとおりに御記入(ごきにゅう)下さい。
Nguyễn Văn An
国籍(こくせき)
Việt Nam
生年月日
1995/03/04
性別(せいべつ)
男
"""

ENGLISH = """\
Dear Secretariat,

I would like to request my Score report. My name and nationality are below.

1. Exam number: 12345678
2. Exam date: May 12, 2024
3. Exam category: Machining and Metal Processing
4. Full name: Nguyen Van An
5. Nationality: Vietnam
6. Date of birth: 4th March 1995
7. Sex: Male

Best regards,
Name: Nguyen Van An (signature)
"""

BILINGUAL = """\
受験番号 Exam number: 12345678
受験日 / Exam date: 2024/05/12
試験区分（Category）：機械金属加工
氏名 Name (as on residence card): NGUYEN VAN AN
国籍 Nationality - Vietnam
生年月日 Date of birth = 1995.03.04
性別 Sex: M
"""

FULL_WIDTH = """\
１．受験番号：１２３４５６７８
２．受験日：２０２４年５月１２日
３．試験区分：機械金属加工区分
４．氏名：ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ
５．国籍：ベトナム
６．生年月日：１９９５年３月４日
７．性別：男
"""

TABS_AND_ABBREVIATIONS = """\
Examination No.\t12345678
Date of exam\t12/05/2024
Category\tmachine metal processing
Name\tNGUYEN VAN AN
Nationality\tVIET NAM
DOB\t1995-3-4
Gender\tmale
"""

NUMBERED_VALUES_ONLY = """\
お世話になっております。
①12345678
②2024/5/12
③機械金属加工
④NGUYEN VAN AN
⑤ベトナム
⑥1995/3/4
⑦男
以上です。
"""

PAREN_NUMBERS_SPACES = """\
(1) 受験番号 12345678
(2) 受験日 R6.5.12
(3) 区分 機械・金属加工
(4) 氏名 NGUYEN VAN AN
(5) 国籍 ベトナム
(6) 生年月日 H7.3.4
(7) 性別 男性
"""

SENTENCES = """\
受験番号は12345678です。
受験日は2024年5月12日です。
試験区分は機械金属加工区分です。
氏名はNGUYEN VAN ANです。
国籍はベトナムです。
生年月日は1995年3月4日です。
性別は男です。
"""

MISSING_ITEMS = """\
Exam number: 12345678
Name: NGUYEN VAN AN
Nationality:
Date of birth: 1995/03/04
"""

TWO_EXAMS = """\
Exam 1
Exam number: A1234567
Exam date: 2024/05/12
Category: Electric and Electronic Device Assembly

Exam 2
Exam number: B7654321
Exam date: 2024/11/20
Category: Metal Surface Treatment

Name: MARIA SANTOS
Nationality: Philippines
Date of birth: 1998/12/25
Sex: F
"""


@pytest.mark.parametrize(
    "body",
    [
        JA_TEMPLATE_WITH_RUBY,
        JA_PAGE_COPY_VALUES_BELOW,
        ENGLISH,
        BILINGUAL,
        FULL_WIDTH,
        NUMBERED_VALUES_ONLY,
        PAREN_NUMBERS_SPACES,
        SENTENCES,
    ],
    ids=["ja-ruby", "ja-page-copy", "english", "bilingual", "full-width", "numbered-only",
         "paren-numbers", "sentences"],
)  # fmt: skip
def test_complete_bodies(body: str) -> None:
    result = extract_fields(body)
    assert set(result.fields) == set(FIELD_NAMES)
    assert {name: fv.value for name, fv in result.fields.items()} == COMPLETE
    assert all(fv.problem is None for fv in result.fields.values())
    assert result.exam_numbers == ("12345678",)


def test_lines_and_raw_point_at_what_the_applicant_typed() -> None:
    result = extract_fields(JA_TEMPLATE_WITH_RUBY)
    lines = JA_TEMPLATE_WITH_RUBY.splitlines()
    for fv in result.fields.values():
        assert fv.line is not None
        assert fv.raw is not None
        assert fv.raw in lines[fv.line]
    assert result.fields["exam_number"].raw == "1234-5678"
    assert result.fields["category"].raw == "機械(きかい)金属(きんぞく)加工(かこう)区分"
    assert result.fields["sex"].raw == "男性(だんせい)"
    assert result.fields["exam_number"].line == 4


def test_value_on_next_line_skips_template_guidance() -> None:
    result = extract_fields(JA_PAGE_COPY_VALUES_BELOW)
    lines = JA_PAGE_COPY_VALUES_BELOW.splitlines()
    assert lines[result.fields["category"].line or 0] == "機械金属加工区分"
    assert result.fields["name"].raw == "Nguyễn Văn An"
    assert result.fields["exam_number"].raw == "12345678"


def test_full_width_raw_is_kept() -> None:
    result = extract_fields(FULL_WIDTH)
    assert result.fields["exam_number"].raw == "１２３４５６７８"
    assert result.fields["name"].raw == "ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ"


def test_english_signature_and_sentences_do_not_win() -> None:
    result = extract_fields(ENGLISH)
    assert result.fields["name"].line == 7
    assert result.fields["name"].raw == "Nguyen Van An"


def test_ambiguous_date_in_body() -> None:
    result = extract_fields(TABS_AND_ABBREVIATIONS)
    exam_date = result.fields["exam_date"]
    assert exam_date.problem == "ambiguous"
    assert exam_date.candidates == ("2024-05-12", "2024-12-05")
    others = {n: fv.value for n, fv in result.fields.items() if n != "exam_date"}
    assert others == {k: v for k, v in COMPLETE.items() if k != "exam_date"}


def test_missing_items() -> None:
    result = extract_fields(MISSING_ITEMS)
    problems = {name: fv.problem for name, fv in result.fields.items()}
    assert problems == {
        "exam_number": None,
        "exam_date": "missing",
        "category": "missing",
        "name": None,
        "nationality": "missing",
        "date_of_birth": None,
        "sex": "missing",
    }
    assert result.fields["exam_date"].raw is None
    assert result.fields["exam_date"].line is None


def test_empty_body() -> None:
    result = extract_fields("")
    assert all(fv.problem == "missing" for fv in result.fields.values())
    assert result.exam_numbers == ()


def test_two_exam_blocks() -> None:
    result = extract_fields(TWO_EXAMS)
    assert result.exam_numbers == ("A1234567", "B7654321")
    assert result.value("exam_number") == "A1234567"
    assert result.value("exam_date") == "2024-05-12"
    assert result.value("category") == "electrical_electronic"
    assert result.value("nationality") == "PH"


def test_two_numbers_in_one_value() -> None:
    result = extract_fields("受験番号 Exam number: A1234567, B7654321\n")
    fv = result.fields["exam_number"]
    assert fv.problem == "ambiguous"
    assert fv.candidates == ("A1234567", "B7654321")
    assert result.exam_numbers == ("A1234567", "B7654321")


def test_invalid_values_are_reported() -> None:
    body = "受験番号：12\n受験日：2023年2月30日\n試験区分：介護\n氏名：山田太郎\n国籍：Atlantis\n"
    body += "生年月日：昭和64年1月8日\n性別：?\n"
    result = extract_fields(body)
    assert all(fv.problem == "invalid" for fv in result.fields.values())
    assert result.fields["name"].raw == "山田太郎"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("受験番号：12345678", "exam_number", "12345678"),
        ("受験日：2024/5/12", "exam_date", "2024-05-12"),
        ("受験した試験区分：表面処理", "category", "metal_surface"),
        ("受験(じゅけん)した試験(しけん)区分：表面処理", "category", "metal_surface"),
        ("受験（じゅけん）日：2024/5/12", "exam_date", "2024-05-12"),
        ("受検番号: 12345678", "exam_number", "12345678"),
        ("試験日 2024/5/12", "exam_date", "2024-05-12"),
        ("Exam No. 12345678", "exam_number", "12345678"),
        ("Examination number: 12345678", "exam_number", "12345678"),
        ("Test date: 2024/5/12", "exam_date", "2024-05-12"),
        ("Date of the examination: 2024/5/12", "exam_date", "2024-05-12"),
        ("Category of exam: surface treatment", "category", "metal_surface"),
        ("Birthday: 1995/3/4", "date_of_birth", "1995-03-04"),
        ("Birth date: 1995/3/4", "date_of_birth", "1995-03-04"),
        ("D.O.B: 1995/3/4", "date_of_birth", "1995-03-04"),
        ("Gender: female", "sex", "F"),
        ("性別(せいべつ) 女性", "sex", "F"),
        ("氏名（ローマ字）：NGUYEN VAN AN", "name", "NGUYEN VAN AN"),
        ("お名前：NGUYEN VAN AN", "name", "NGUYEN VAN AN"),
        ("Country: Nepal", "nationality", "NP"),
        ("国籍(こくせき)：ネパール", "nationality", "NP"),
        ("・国籍：ネパール", "nationality", "NP"),
        ("1) Nationality: Nepal", "nationality", "NP"),
        ("3 区分 電気電子", "category", "electrical_electronic"),
        ("Exam number 12345678", "exam_number", "12345678"),
        ("  Sex: M", "sex", "M"),
        ("受験番号：【12345678】", "exam_number", "12345678"),
    ],
)
def test_single_labels(line: str, field: str, value: str) -> None:
    result = extract_fields(f"Hello\n{line}\nThanks\n")
    assert result.value(field) == value
    assert result.fields[field].line == 1


def test_label_alone_followed_by_another_label_is_missing() -> None:
    result = extract_fields("受験番号：\n受験日：2024/5/12\n")
    assert result.fields["exam_number"].problem == "missing"
    assert result.value("exam_date") == "2024-05-12"


def test_numbered_list_of_other_length_is_not_read_as_template() -> None:
    body = "1. 12345678\n2. 2024/5/12\n3. 機械金属加工\n4. NGUYEN VAN AN\n5. ベトナム\n"
    body += "6. 1995/3/4\n7. 男\n8. extra\n"
    result = extract_fields(body)
    # not read as the template; the values are still recognised by their shape, marked so
    assert result.fields["name"].problem == "missing"
    shaped = {n: fv.value for n, fv in result.fields.items() if fv.resolved_by == "shape"}
    assert shaped == {k: v for k, v in COMPLETE.items() if k != "name"}


def test_shape_needs_one_candidate_and_plausible_years() -> None:
    body = "A1234567\nB7654321\n2024/5/12\n1990/1/2\n"
    fields = extract_fields(body).fields
    assert fields["exam_number"].problem == "missing"  # two candidates: neither is trusted
    assert (fields["exam_date"].value, fields["exam_date"].resolved_by) == ("2024-05-12", "shape")
    assert fields["date_of_birth"].value == "1990-01-02"


def test_template_fallback_fills_only_unlabelled_items() -> None:
    body = "① 12345678\n② 受験日：2024/5/12\n③ 機械金属加工\n④ NGUYEN VAN AN\n"
    body += "⑤ ベトナム\n⑥ 1995/3/4\n⑦ 男\n"
    result = extract_fields(body)
    assert {n: fv.value for n, fv in result.fields.items()} == COMPLETE
    assert result.fields["exam_date"].line == 1


def test_custom_exam_number_patterns() -> None:
    body = "Exam number: SSW-123456\n"
    assert extract_fields(body).value("exam_number") == "SSW123456"
    strict = extract_fields(body, exam_number_patterns=(r"\d{8}",))
    assert strict.fields["exam_number"].problem == "invalid"
    assert strict.exam_numbers == ()


def test_english_sentence_starting_with_a_label_is_not_a_value() -> None:
    result = extract_fields("Name and nationality are below.\nSex is written later\n")
    assert result.fields["name"].problem == "missing"
    assert result.fields["sex"].problem == "missing"


def test_value_below_a_blank_line_and_label_on_last_line() -> None:
    result = extract_fields("受験番号\n\n12345678\n\nExam date:\n")
    assert result.value("exam_number") == "12345678"
    assert result.fields["exam_number"].line == 2
    assert result.fields["exam_date"].problem == "missing"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [("Sex/M", "sex", "M"), ("DOB-1995/3/4", "date_of_birth", "1995-03-04"),
     ("性別男", "sex", "M"), ("氏名NGUYEN VAN AN", "name", "NGUYEN VAN AN")],
)  # fmt: skip
def test_label_glued_to_value(line: str, field: str, value: str) -> None:
    assert extract_fields(line).value(field) == value


def test_furigana_pasted_without_parentheses() -> None:
    body = "受験じゅけん番号：12345678\n受験じゅけん日：2024/5/12\n"
    body += "受験じゅけんした試験しけん区分：表面処理\n氏名しめい：NGUYEN VAN AN\n"
    body += (
        "国籍こくせき：ベトナム\n生年月日：1995/3/4\n性別せいべつ\n女\n受験日は2024年5月13日です\n"
    )
    result = extract_fields(body)
    assert {n: fv.value for n, fv in result.fields.items()} == {
        **COMPLETE,
        "category": "metal_surface",
        "sex": "F",
    }
