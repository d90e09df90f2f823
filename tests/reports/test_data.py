"""Score ratio arithmetic, canonical fields, validation of report data and layout settings."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from ssw_desk.reports import DEFAULT_LAYOUT, ReportData, ReportLayout, score_ratio
from ssw_desk.reports.data import canonical_number


@pytest.mark.parametrize(
    ("score", "passing", "display", "reaches"),
    [
        (48, 60, "80.0", True),  # exactly 80 % reaches
        (47, 60, "78.3", False),
        (50, 60, "83.3", True),
        (Decimal("47.99"), 60, "79.9", False),  # 79.983 would round up to 80.0: shown 79.9
        (Decimal("47.97"), 60, "79.9", False),  # 79.95 exactly, below: rounded down
        (Decimal("47.94"), 60, "79.9", False),  # 79.90
        (Decimal("47.9"), 60, "79.8", False),  # 79.833
        (319, 400, "79.8", False),  # 79.75 -> half-up 79.8
        (1, 3, "33.3", False),
        (2, 3, "66.7", False),
        (52, 65, "80.0", True),
        (0, 60, "0.0", False),
    ],
)
def test_score_ratio(score: Decimal | int, passing: int, display: str, reaches: bool) -> None:
    ratio = score_ratio(score, passing)
    assert str(ratio.display) == display
    assert ratio.reaches is reaches


def test_ratio_half_up_not_bankers() -> None:
    # 0.0625 * 100 / 1 = 6.25 -> 6.3 half-up (banker's rounding would give 6.2)
    assert str(score_ratio(Decimal("0.0625"), 1).display) == "6.3"


def test_ratio_rejects_floats_and_zero_passing() -> None:
    with pytest.raises(TypeError):
        score_ratio(47.9, 60)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        score_ratio(1, 0)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (48, "48"),
        (Decimal("48.0"), "48"),
        (Decimal("4.8E+1"), "48"),
        (Decimal("47.50"), "47.5"),
        (100, "100"),
        (Decimal("0.00"), "0"),
    ],
)
def test_canonical_number(value: Decimal | int, text: str) -> None:
    assert canonical_number(value) == text


def test_canonical_fields_order_and_separator(data: ReportData) -> None:
    canonical = data.signed_fields().canonical()
    parts = canonical.split("\x1f")
    assert parts == [
        "SSWR1", "JAIM-2025-000123", "2025-07-01", "SSW2M240012345", "TRAN VAN AN",
        "1995-03-08", "50", "60", "100", "fail", "electrical_electronic", "2024-05-12",
    ]  # fmt: skip


def test_signed_fields_round_trip(data: ReportData) -> None:
    fields = data.signed_fields()
    assert type(fields).from_dict(fields.as_dict()) == fields


@pytest.mark.parametrize(
    "changes",
    [
        {"serial": "jaim-1"},  # lower case leaves the QR alphanumeric set
        {"serial": "A.B"},
        {"category": "welding"},
        {"sex": "X"},
        {"name": " "},
        {"name": "A\x1fB"},
        {"score": 61},  # a pass: reports are for failures only
        {"score": 101, "result": "pass"},
        {"passing_score": 0},
        {"score": 48.0},
        {"result": "pass"},
    ],
)
def test_report_data_rejects(make_data: Callable[..., ReportData], changes: dict) -> None:
    with pytest.raises((ValueError, TypeError)):
        make_data(**changes)


def test_layout_overrides() -> None:
    layout = ReportLayout.from_overrides(
        {
            "title_en": "Score Report",
            "secretariat_ja": "事務局",
            "labels": {"name": ("氏名（在留カード）", "Name (residence card)")},
            "labels.score": ["点数", "Points"],
        }
    )
    assert layout.title_en == "Score Report"
    assert layout.title_ja == DEFAULT_LAYOUT.title_ja
    assert layout.label("name") == ("氏名（在留カード）", "Name (residence card)")
    assert layout.label("score") == ("点数", "Points")
    assert DEFAULT_LAYOUT.label("score") == ("得点", "Score")  # defaults untouched


@pytest.mark.parametrize(
    "overrides",
    [
        {"colour": "red"},
        {"title_ja": 3},
        {"labels.nope": ["a", "b"]},
        {"labels.name": "氏名"},
        {"labels": ["name"]},
    ],
)
def test_layout_rejects_bad_overrides(overrides: dict) -> None:
    with pytest.raises(ValueError):
        ReportLayout.from_overrides(overrides)
