"""Photo checks on synthetic portraits with exactly known geometry (no external files)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import cv2
import numpy as np
import pytest

from ssw_desk.domain.rules import FileRule
from ssw_desk.imaging import CHECK_CODES, DEFAULT_LIMITS, PhotoLimits, PhotoReport, analyse_photo
from ssw_desk.imaging.checks import photo_checks
from tests.imaging.portrait import SRC_EYES, encode, expected_rows, frame_points, portrait


def statuses(data: bytes, **kwargs: object) -> dict[str, str]:
    report = analyse_photo(data, **kwargs)  # type: ignore[arg-type]
    return {c.code: c.status for c in report.checks}


def failing(data: bytes) -> set[str]:
    return {code for code, status in statuses(data).items() if status == "fail"}


def test_compliant_portrait_passes_everything_measurable() -> None:
    report = analyse_photo(encode(portrait()))
    got = {c.code: c.status for c in report.checks}
    assert [c.code for c in report.checks] == list(CHECK_CODES)
    assert got["photo.age"] == "info"  # no EXIF date in a generated file: information only
    assert {k for k, v in got.items() if v != "pass"} == {"photo.age"}
    assert report.ok


def test_measured_head_rows_match_construction() -> None:
    report = analyse_photo(encode(portrait(head_ratio=0.60)))
    crown, chin = expected_rows(0.60, 460)
    m = report.measures
    assert m["crown_estimated"] is False
    assert abs(m["crown_y"] - crown) < 0.02 * 460
    assert abs(m["chin_y"] - chin) < 0.02 * 460
    assert abs(m["head_ratio"] - 0.60) < 0.03


@pytest.mark.parametrize(
    ("ratio", "status"), [(0.40, "fail"), (0.45, "fail"), (0.55, "pass"), (0.64, "pass"),
                          (0.75, "fail"), (0.80, "fail")],
)  # fmt: skip
def test_head_size_verdicts(ratio: float, status: str) -> None:
    assert statuses(encode(portrait(head_ratio=ratio)))["photo.head_size"] == status


@pytest.mark.parametrize(("shift", "status"), [(0.0, "pass"), (0.04, "pass"), (-0.2, "fail"),
                                               (0.2, "fail")])  # fmt: skip
def test_centring(shift: float, status: str) -> None:
    got = analyse_photo(encode(portrait(shift=shift)))
    assert got.check("photo.centred").status == status
    assert abs(got.measures["centre_offset"] - shift) < 0.02


def test_greyscale_fails_colour_only() -> None:
    grey = cv2.cvtColor(cv2.cvtColor(portrait(), cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    assert failing(encode(grey)) == {"photo.colour"}
    assert failing(encode(cv2.cvtColor(portrait(), cv2.COLOR_BGR2GRAY), "PNG")) == {"photo.colour"}


def test_blur_fails_sharpness_only() -> None:
    blurred = cv2.GaussianBlur(portrait(), (0, 0), 3.5)
    assert failing(encode(blurred)) == {"photo.sharpness"}


def test_dark_lenses_fail_eyes_visible_only() -> None:
    img = portrait()
    (lx, ly), (rx, ry) = frame_points(SRC_EYES)
    d = rx - lx
    for x, y in ((lx, ly), (rx, ry)):
        cv2.ellipse(img, (int(x), int(y)), (int(0.4 * d), int(0.28 * d)), 0, 0, 360,
                    (25, 25, 25), -1)  # fmt: skip
    assert failing(encode(img)) == {"photo.eyes_visible"}


def test_second_face_fails_face_count() -> None:
    pair = np.hstack([portrait(), portrait()])
    report = analyse_photo(encode(pair))
    assert report.measures["faces"] == 2
    assert report.check("photo.face_count").status == "fail"
    assert report.check("photo.head_size").status == "unknown"
    assert not report.ok


def test_no_face_fails_face_count() -> None:
    blank = np.full((460, 400, 3), 200, np.uint8)
    report = analyse_photo(encode(blank))
    assert report.check("photo.face_count").status == "fail"
    assert [c.code for c in report.checks] == list(CHECK_CODES)


def test_busy_background_fails_and_crown_is_still_measured() -> None:
    rng = np.random.default_rng(7)
    blocks = rng.integers(0, 255, (23, 20, 3), dtype=np.uint8)
    busy = cv2.resize(blocks, (400, 460), interpolation=cv2.INTER_NEAREST)
    report = analyse_photo(encode(portrait(background=busy)))
    assert report.check("photo.background").status == "fail"
    # the person mask outlines the head on any backdrop (tests/imaging/test_segment.py)
    assert report.measures["crown_estimated"] is False
    assert report.measures["crown_method"] == "segmentation"


def rolled(angle: float) -> bytes:
    m = cv2.getRotationMatrix2D((200, 200), angle, 1.0)
    img = cv2.warpAffine(portrait(), m, (400, 460), borderMode=cv2.BORDER_REPLICATE)
    return encode(img)


@pytest.mark.parametrize("angle", [25, -25])
def test_rolled_head_fails_pose(angle: float) -> None:
    # YuNet's eye line reads a 25 degree tilt as ~3-6 degrees; the symmetry axis measures it
    report = analyse_photo(rolled(angle))
    assert report.check("photo.pose").status == "fail"
    assert report.measures["roll_method"] == "symmetry"
    # cv2 turns the image anticlockwise for a positive angle: the image-right eye goes up
    assert abs(report.measures["roll_deg"] + angle) < 5


def test_upright_head_passes_pose() -> None:
    report = analyse_photo(rolled(0))
    assert report.check("photo.pose").status == "pass"
    assert abs(report.measures["roll_deg"]) < 5


def test_chin_is_measured_on_a_plain_portrait() -> None:
    m = analyse_photo(encode(portrait(head_ratio=0.66))).measures
    assert m["chin_estimated"] is False
    _crown, chin = expected_rows(0.66, 460)
    assert abs(m["chin_y"] - chin) < 0.015 * 460


def test_estimated_chin_warns_near_a_limit() -> None:
    m = {"faces": 1, "head_ratio": 0.675, "crown_estimated": False, "chin_estimated": True,
         "width": 400, "height": 460}  # fmt: skip
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.head_size")
    assert check.status == "unknown"  # shown as "clerk decides", with the reason
    assert check.message == "clerk decides: chin estimated, 1.5 pt from a limit"
    m["chin_estimated"] = False
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.head_size")
    assert check.status == "pass"


def test_small_file_warns_resolution() -> None:
    small = cv2.resize(portrait(), (150, 173), interpolation=cv2.INTER_AREA)
    assert statuses(encode(small))["photo.resolution"] == "warn"
    wide = portrait(size=(460, 460))
    assert statuses(encode(wide))["photo.resolution"] == "warn"


def test_limits_override_changes_verdict() -> None:
    data = encode(portrait(head_ratio=0.55))
    strict = PhotoLimits.from_overrides({"head_ratio_min": "0.58", "unknown_key": 1})
    assert strict.head_ratio_min == 0.58
    assert statuses(data, limits=strict)["photo.head_size"] == "fail"
    assert statuses(data)["photo.head_size"] == "pass"


def test_limits_validation_and_round_trip() -> None:
    assert PhotoLimits.from_overrides(DEFAULT_LIMITS.as_dict()) == DEFAULT_LIMITS
    with pytest.raises(ValueError):
        PhotoLimits.from_overrides({"head_ratio_min": 0.8})
    assert DEFAULT_LIMITS.max_file_bytes == 5 * 1024 * 1024
    decimal = dataclasses.replace(DEFAULT_LIMITS, files=FileRule(mb_bytes=1_000_000))
    assert decimal.max_file_bytes == 5_000_000


def test_report_is_json_serialisable_with_geometry() -> None:
    report = analyse_photo(encode(portrait()), request_date=date(2025, 1, 1))
    data = json.loads(json.dumps(report.as_dict()))
    g = data["geometry"]
    assert g["width"] == 400 and g["height"] == 460 and g["centre_x"] == 200
    assert g["band_min"] == pytest.approx(g["crown_y"] + 0.50 * 460, abs=0.2)
    assert g["band_max"] == pytest.approx(g["crown_y"] + 0.69 * 460, abs=0.2)
    assert g["band_min"] <= g["chin_y"] <= g["band_max"]
    assert len(g["eyes"]) == 2 and len(g["face_box"]) == 4
    # the one typed definition reads back what it wrote
    again = PhotoReport.from_dict(data)
    assert again.to_dict() == data
    assert again.geometry.band == (g["band_min"], g["band_max"])


def test_geometry_follows_the_limits_in_force() -> None:
    limits = PhotoLimits.from_overrides({"head_ratio_min": 0.45, "head_ratio_max": 0.72})
    report = analyse_photo(encode(portrait()), limits=limits)
    geo = PhotoReport.from_dict(json.loads(json.dumps(report.to_dict()))).geometry
    assert (geo.head_ratio_min, geo.head_ratio_max) == (0.45, 0.72)
    assert geo.crown_y is not None
    assert geo.band == pytest.approx((geo.crown_y + 0.45 * 460, geo.crown_y + 0.72 * 460), abs=0.1)


def test_old_stored_geometry_is_read() -> None:
    old = {"geometry": {"width": 200, "height": 230, "crown_y": 10.0, "chin_y": 130.0,
                        "band_50": 125.0, "band_69": 168.7, "face_box": [60, 40, 70, 80],
                        "centre_x": 100.0, "face_mid_x": 96.0}}  # fmt: skip
    geo = PhotoReport.from_dict(old).geometry
    assert (geo.head_ratio_min, geo.head_ratio_max) == pytest.approx((0.50, 0.69))
    assert geo.head_ratio == pytest.approx(120 / 230, abs=1e-4)
    assert geo.face_mid_x == 96.0 and not geo.crown_estimated
    assert PhotoReport.from_dict({}).geometry.width == 0
