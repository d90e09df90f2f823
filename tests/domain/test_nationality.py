"""Nationalities in English, Japanese and native names, and display names."""

from __future__ import annotations

import time

import pytest

from ssw_desk.domain.nationality import country_name, normalize_nationality


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        # English, official and old forms
        ("Vietnam", "VN"), ("VIET NAM", "VN"), ("viet-nam", "VN"), ("Vietnamese", "VN"),
        ("Socialist Republic of Viet Nam", "VN"), ("China", "CN"), ("PRC", "CN"),
        ("People's Republic of China", "CN"), ("Taiwan", "TW"), ("Philippines", "PH"),
        ("the Philippines", "PH"), ("Filipino", "PH"), ("Indonesia", "ID"), ("Myanmar", "MM"),
        ("Burma", "MM"), ("Nepal", "NP"), ("Nepali", "NP"), ("Thailand", "TH"),
        ("Cambodia", "KH"), ("Sri Lanka", "LK"), ("SRI LANKA", "LK"), ("Bangladesh", "BD"),
        ("Mongolia", "MN"), ("Uzbekistan", "UZ"), ("India", "IN"), ("Korea", "KR"),
        ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Brazil", "BR"), ("Peru", "PE"),
        ("Laos", "LA"), ("Pakistan", "PK"), ("Kyrgyzstan", "KG"), ("Ｖｉｅｔｎａｍ", "VN"),
        # ISO codes
        ("VN", "VN"), ("vn", "VN"), ("PHL", "PH"),
        # Japanese
        ("ベトナム", "VN"), ("ﾍﾞﾄﾅﾑ", "VN"), ("ベトナム人", "VN"), ("ベトナム社会主義共和国", "VN"),
        ("中国", "CN"), ("中華人民共和国", "CN"), ("台湾", "TW"), ("フィリピン", "PH"),
        ("インドネシア", "ID"), ("ミャンマー", "MM"), ("ビルマ", "MM"), ("ネパール", "NP"),
        ("タイ", "TH"), ("カンボジア", "KH"), ("スリランカ", "LK"), ("バングラデシュ", "BD"),
        ("モンゴル", "MN"), ("ウズベキスタン", "UZ"), ("インド", "IN"), ("韓国", "KR"),
        ("大韓民国", "KR"), ("ブラジル", "BR"), ("ペルー", "PE"), ("中国国籍", "CN"),
        ("国籍(こくせき)ではなく中国", None),
        # Vietnamese
        ("Việt Nam", "VN"), ("Viêt Nam", "VN"), ("việt nam", "VN"), ("Trung Quốc", "CN"),
        # Chinese (simplified and traditional)
        ("越南", "VN"), ("菲律宾", "PH"), ("台灣", "TW"),
        # Indonesian / Filipino
        ("Filipina", "PH"), ("Pilipinas", "PH"),
        # Thai, Burmese, Nepali, Khmer, Sinhala, Bengali, Hindi
        ("เวียดนาม", "VN"), ("ไทย", "TH"), ("မြန်မာ", "MM"), ("नेपाल", "NP"),
        ("កម្ពុជា", "KH"), ("ශ්‍රී ලංකාව", "LK"), ("বাংলাদেশ", "BD"), ("भारत", "IN"),
        # Mongolian, Uzbek, Korean, Portuguese, Spanish
        ("Монгол", "MN"), ("Oʻzbekiston", "UZ"), ("O‘zbekiston", "UZ"), ("대한민국", "KR"),
        ("베트남", "VN"), ("Brasil", "BR"), ("Perú", "PE"), ("Filipinas", "PH"),
    ],
)  # fmt: skip
def test_known_names(raw: str, code: str | None) -> None:
    result = normalize_nationality(raw)
    if code is None:
        assert result.problem == "invalid"
    else:
        assert result.value == code
        assert not result.guessed


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Phillipines", "PH"), ("Philipines", "PH"), ("Vietnum", "VN"), ("Indonasia", "ID"),
     ("Bangaladesh", "BD"), ("Myanmer", "MM")],
)  # fmt: skip
def test_typos_are_guessed(raw: str, code: str) -> None:
    result = normalize_nationality(raw)
    assert result.value == code
    assert result.guessed


@pytest.mark.parametrize("raw", ["", "Atlantis", "Mars", "XX", "EU", "Europe", "Asia", "123"])
def test_unknown_is_invalid(raw: str) -> None:
    assert normalize_nationality(raw).problem == "invalid"


def test_fast_after_first_call() -> None:
    normalize_nationality("Vietnam")  # builds the table
    names = ["Vietnam", "ベトナム", "Việt Nam", "中国", "Phillipines", "Atlantis"] * 50
    started = time.perf_counter()
    for name in names:
        normalize_nationality(name)
    per_call = (time.perf_counter() - started) / len(names)
    assert per_call < 0.005


@pytest.mark.parametrize(
    ("code", "locale", "name"),
    [("VN", "ja", "ベトナム"), ("CN", "ja", "中国"), ("TW", "ja", "台湾"), ("VN", "en", "Vietnam"),
     ("PH", "en", "Philippines"), ("vn", "ja", "ベトナム"), ("QQ", "ja", "QQ")],
)  # fmt: skip
def test_country_name(code: str, locale: str, name: str) -> None:
    assert country_name(code, locale) == name


def test_country_name_defaults_to_japanese() -> None:
    assert country_name("MM") == "ミャンマー"
    assert country_name("MM", "en") == "Myanmar"
    assert country_name("HK") == "香港"
