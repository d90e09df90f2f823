"""Exam numbers, categories, sex and names."""

from __future__ import annotations

import re

import pytest

from ssw_desk.domain.model import CATEGORIES, FIELD_NAMES
from ssw_desk.domain.normalize import (
    names_match,
    normalize_category,
    normalize_exam_number,
    normalize_field,
    normalize_name,
    normalize_sex,
)

M, E, S = CATEGORIES


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12345678", "12345678"),
        ("１２３４５６７８", "12345678"),
        ("1234-5678", "12345678"),
        ("1234 5678", "12345678"),
        ("1234　5678", "12345678"),
        ("ssw-123-456", "SSW123456"),
        ("ｓｓｗ－１２３ ４５６", "SSW123456"),
        ("AB12ー34ー56", "AB123456"),
        ("AB12−34‐56–78—90", "AB1234567890"),
        ("AB-12‑34ｰ56", "AB123456"),
        ("「A1234567」", "A1234567"),
        ("ABCD123456789012", "ABCD123456789012"),
    ],
)
def test_exam_number_accepted(raw: str, expected: str) -> None:
    assert normalize_exam_number(raw).value == expected


@pytest.mark.parametrize(
    "raw", ["", "12345", "ABCDEFG1", "ABC123", "12345678901234567", "1234/5678", "番号1234567"]
)
def test_exam_number_invalid(raw: str) -> None:
    assert normalize_exam_number(raw).problem == "invalid"


def test_exam_number_patterns_are_configurable() -> None:
    patterns = (r"SSW\d{6}", re.compile(r"\d{10}"))
    assert normalize_exam_number("ssw-123456", patterns).value == "SSW123456"
    assert normalize_exam_number("0123456789", patterns).value == "0123456789"
    assert normalize_exam_number("12345678", patterns).problem == "invalid"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("機械金属加工区分", M),
        ("機械金属加工", M),
        ("機械・金属加工", M),
        ("機械(きかい)金属(きんぞく)加工(かこう)区分", M),
        ("機械（きかい）金属（きんぞく）加工（かこう）区分", M),
        ("「機械金属加工区分」", M),
        ("機械", M),
        ("Machining and Metal Processing", M),
        ("machining & metal processing", M),
        ("machine metal processing", M),
        ("MACHINING", M),
        ("Metal processing", M),
        ("Mach.", M),
        ("電気電子機器組立て区分", E),
        ("電気電子機器組立", E),
        ("電気・電子", E),
        ("電気電子機器(きき)組立て区分", E),
        ("電気", E),
        ("Electric and Electronic Device Assembly", E),
        ("electrical electronics assembly", E),
        ("Electronic device assembling", E),
        ("Elec. assy", E),
        ("EEDA", E),
        ("金属表面処理区分", S),
        ("金属(きんぞく)表面処理(しょり)区分", S),
        ("表面処理", S),
        ("めっき", S),
        ("Metal Surface Treatment", S),
        ("surface treatment", S),
        ("Surface processing", S),
        ("ｍｅｔａｌ　ｓｕｒｆａｃｅ", S),
    ],
)
def test_category_exact_and_keywords(raw: str, expected: str) -> None:
    result = normalize_category(raw)
    assert result.value == expected
    assert not result.guessed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Machning and Metal Procesing", M),
        ("Machinning", M),
        ("mashining metal", M),
        ("Electirc asembly", E),
        ("Electornic Devise Assembley", E),
        ("Eletrical", E),
        ("Metal Surfase Treatmant", S),
        ("Serface tretment", S),
    ],
)
def test_category_typos_are_guessed(raw: str, expected: str) -> None:
    result = normalize_category(raw)
    assert result.value == expected
    assert result.guessed


@pytest.mark.parametrize(
    ("raw", "candidates"),
    [
        ("metal", (M, S)),
        ("金属", (M, S)),
        ("機械金属加工区分 / 電気電子機器組立て区分", (M, E)),
        (
            "「機械金属加工区分」、「電気電子機器組立て区分」、「金属表面処理区分」のいずれか",
            (E, M, S),
        ),
    ],
)
def test_category_ambiguous(raw: str, candidates: tuple[str, ...]) -> None:
    result = normalize_category(raw)
    assert result.problem == "ambiguous"
    assert set(result.candidates) == set(candidates)


@pytest.mark.parametrize(
    "raw",
    ["", "Food service", "Caregiving", "Construction", "Industrial product manufacturing",
     "介護", "外食業", "123", "N/A", "Agriculture"],
)  # fmt: skip
def test_category_unrecognised_is_invalid(raw: str) -> None:
    assert normalize_category(raw).problem == "invalid"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("男", "M"), ("男性", "M"), ("男性(だんせい)", "M"), ("男性（だんせい）", "M"),
        ("male", "M"), ("Male", "M"), ("MALE", "M"), ("M", "M"), ("ｍ", "M"), ("man", "M"),
        ("Nam", "M"), ("男性 / Male", "M"), ("Male (男)", "M"), ("mael", "M"),
        ("女", "F"), ("女性", "F"), ("女性(じょせい)", "F"), ("female", "F"), ("Female", "F"),
        ("F", "F"), ("woman", "F"), ("Nữ", "F"), ("femal", "F"), ("女性。", "F"),
    ],
)  # fmt: skip
def test_sex(raw: str, expected: str) -> None:
    assert normalize_sex(raw).value == expected


def test_sex_both_is_ambiguous() -> None:
    result = normalize_sex("Male / Female")
    assert result.problem == "ambiguous"
    assert result.candidates == ("M", "F")


@pytest.mark.parametrize("raw", ["", "X", "other", "性別", "?"])
def test_sex_invalid(raw: str) -> None:
    assert normalize_sex(raw).problem == "invalid"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NGUYEN VAN AN", "NGUYEN VAN AN"),
        ("Nguyen Van An", "NGUYEN VAN AN"),
        ("  nguyen   van  an ", "NGUYEN VAN AN"),
        ("Nguyễn Văn An", "NGUYEN VAN AN"),
        ("ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ", "NGUYEN VAN AN"),
        ("Trần Đức Thắng", "TRAN DUC THANG"),
        ("NGUYEN, Van An", "NGUYEN VAN AN"),
        ("Muhammad S. Ali", "MUHAMMAD S ALI"),
        ("O’Brien-Smith Mary", "O'BRIEN-SMITH MARY"),
        ("NGUYEN VAN AN（グエン・ヴァン・アン）", "NGUYEN VAN AN"),
        ("NGUYEN VAN AN グエン", "NGUYEN VAN AN"),
        ("山田太郎 (YAMADA TARO)", "YAMADA TARO"),
        ("DELA CRUZ JUAN", "DELA CRUZ JUAN"),
    ],
)
def test_name(raw: str, expected: str) -> None:
    assert normalize_name(raw).value == expected


@pytest.mark.parametrize(
    "raw", ["", "山田太郎", "グエン・ヴァン・アン", "NGUYEN VAN AN 2", "A@B", "王 小明"]
)
def test_name_invalid(raw: str) -> None:
    assert normalize_name(raw).problem == "invalid"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Nguyen Van An", "NGUYEN VAN AN", True),
        ("AN NGUYEN VAN", "NGUYEN VAN AN", True),
        ("NGUYỄN, Văn-An", "nguyen van an", True),
        ("Santos, Maria", "MARIA SANTOS", True),
        ("O'BRIEN MARY", "OBRIEN MARY", True),
        ("NGUYEN VAN AN", "NGUYEN VAN ANH", False),
        ("NGUYEN VAN AN", "NGUYEN AN", False),
        ("NGUYEN VAN AN", "NGUYEN NGUYEN VAN AN", False),
        ("山田太郎", "山田太郎", False),
        ("", "", False),
    ],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


def test_normalize_field_dispatches_every_field() -> None:
    samples = {
        "exam_number": "1234-5678",
        "exam_date": "R6.5.12",
        "category": "表面処理",
        "name": "nguyen van an",
        "nationality": "ベトナム",
        "date_of_birth": "1995/3/4",
        "sex": "女",
    }
    assert set(samples) == set(FIELD_NAMES)
    values = {name: normalize_field(name, raw).value for name, raw in samples.items()}
    assert values == {
        "exam_number": "12345678",
        "exam_date": "2024-05-12",
        "category": S,
        "name": "NGUYEN VAN AN",
        "nationality": "VN",
        "date_of_birth": "1995-03-04",
        "sex": "F",
    }
    with pytest.raises(KeyError):
        normalize_field("phone", "x")
