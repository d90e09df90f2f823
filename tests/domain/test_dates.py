"""Dates as applicants type them, eras at their boundaries, day/month ambiguity."""

from __future__ import annotations

import pytest

from ssw_desk.domain.dates import normalize_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024年5月12日", "2024-05-12"),
        ("２０２４年５月１２日", "2024-05-12"),
        ("2024年05月12日", "2024-05-12"),
        ("2024 年 5 月 12 日", "2024-05-12"),
        ("2024年5月12日(日)", "2024-05-12"),
        ("2024年5月12日（日曜日）", "2024-05-12"),
        ("令和6年5月12日", "2024-05-12"),
        ("令和６年５月１２日", "2024-05-12"),
        ("令和元年5月1日", "2019-05-01"),
        ("㋿6年5月12日", "2024-05-12"),
        ("㍻30年1月5日", "2018-01-05"),
        ("R6.5.12", "2024-05-12"),
        ("r6.5.12", "2024-05-12"),
        ("R06.05.12", "2024-05-12"),
        ("Ｒ６．５．１２", "2024-05-12"),
        ("H30/1/5", "2018-01-05"),
        ("H30-1-5", "2018-01-05"),
        ("S63.12.1", "1988-12-01"),
        ("2024/05/12", "2024-05-12"),
        ("2024/5/12", "2024-05-12"),
        ("2024-5-12", "2024-05-12"),
        ("2024ー05ー12", "2024-05-12"),
        ("2024−05−12", "2024-05-12"),
        ("2024–05–12", "2024-05-12"),
        ("2024.05.12", "2024-05-12"),
        ("2024 / 05 / 12", "2024-05-12"),
        ("20240512", "2024-05-12"),
        ("２０２４０５１２", "2024-05-12"),
        ("25/05/2024", "2024-05-25"),
        ("05/25/2024", "2024-05-25"),
        ("25.05.2024", "2024-05-25"),
        ("05/05/2024", "2024-05-05"),
        ("May 12, 2024", "2024-05-12"),
        ("may 12 2024", "2024-05-12"),
        ("12 May 2024", "2024-05-12"),
        ("12th May 2024", "2024-05-12"),
        ("1st March 1995", "1995-03-01"),
        ("Sept. 3, 1999", "1999-09-03"),
        ("December 22nd, 2000", "2000-12-22"),
        ("12-May-2024", "2024-05-12"),
        ("2024/05/12 10:00", "2024-05-12"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_accepted_forms(raw: str, expected: str) -> None:
    result = normalize_date(raw)
    assert result.ok
    assert result.value == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("昭和64年1月7日", "1989-01-07"),
        ("S64.1.7", "1989-01-07"),
        ("平成元年1月8日", "1989-01-08"),
        ("H1.1.8", "1989-01-08"),
        ("H元.1.8", "1989-01-08"),
        ("平成31年4月30日", "2019-04-30"),
        ("令和元年5月1日", "2019-05-01"),
        ("R1.5.1", "2019-05-01"),
        ("令和2年1月1日", "2020-01-01"),
        ("昭和元年12月25日", "1926-12-25"),
    ],
)
def test_era_boundaries_inside(raw: str, expected: str) -> None:
    assert normalize_date(raw).value == expected


@pytest.mark.parametrize(
    "raw",
    [
        "昭和64年1月8日",  # Heisei had begun
        "平成元年1月7日",  # still Showa
        "平成31年5月1日",  # Reiwa had begun
        "H31.5.1",
        "令和元年4月30日",  # still Heisei
        "R1.4.30",
        "昭和元年12月24日",  # still Taisho
        "令和0年5月1日",
        "大正10年1月1日",  # an era no applicant was born in
        "明治45年1月1日",
        "M45.1.1",
    ],
)
def test_era_dates_outside_their_era_are_invalid(raw: str) -> None:
    assert normalize_date(raw).problem == "invalid"


@pytest.mark.parametrize(
    ("raw", "candidates"),
    [
        ("12/05/2024", ("2024-05-12", "2024-12-05")),
        ("05/12/2024", ("2024-12-05", "2024-05-12")),
        ("1/2/1995", ("1995-02-01", "1995-01-02")),
        ("03.04.1995", ("1995-04-03", "1995-03-04")),
    ],
)
def test_day_month_ambiguity_keeps_both_readings(raw: str, candidates: tuple[str, ...]) -> None:
    result = normalize_date(raw)
    assert result.problem == "ambiguous"
    assert result.value is None
    assert result.candidates == candidates


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "2023/02/29",
        "2024/13/01",
        "2024/04/31",
        "20241301",
        "31/02/2024",
        "13/13/2024",
        "2024年5月",
        "12/05/24",
        "yesterday",
        "May 2024",
        "May 12",
        "1850/01/01",
        "R6.13.1",
    ],
)
def test_invalid(raw: str) -> None:
    result = normalize_date(raw)
    assert result.problem == "invalid"
    assert result.value is None
    assert not result.ok
