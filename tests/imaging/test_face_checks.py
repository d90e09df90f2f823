"""The inner-face checks on real pixels: dark and tinted lenses, a covered face, the pitch,
and "clerk decides" when a measure is near its limit."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from ssw_desk.imaging import DEFAULT_LIMITS, analyse_photo
from ssw_desk.imaging.checks import photo_checks
from tests.imaging.portrait import encode, portrait


def _landmarks(img: np.ndarray) -> dict[str, list[float]]:
    m = analyse_photo(encode(img)).measures
    return {**m["landmarks"], "eye_distance": [math.dist(*m["eyes"])]}


def _lenses(img: np.ndarray, colour: tuple[int, int, int], opacity: float) -> np.ndarray:
    """Paints flat lenses over both eyes (``opacity`` 1 = opaque)."""
    pts = _landmarks(img)
    d = pts["eye_distance"][0]
    layer = img.copy()
    for key in ("right_eye", "left_eye"):
        x, y = pts[key]
        axes = (round(0.36 * d), round(0.27 * d))
        cv2.ellipse(layer, (round(x), round(y)), axes, 0, 0, 360, colour, -1, cv2.LINE_AA)
    return cv2.addWeighted(layer, opacity, img, 1 - opacity, 0)


def _mask(img: np.ndarray, colour: tuple[int, int, int]) -> np.ndarray:
    """Paints a surgical-mask-like band from under the nose to below the chin."""
    pts = _landmarks(img)
    d = pts["eye_distance"][0]
    nose_x, nose_y = pts["nose"]
    out = img.copy()
    top, bottom = round(nose_y + 0.15 * d), round(nose_y + 1.5 * d)
    cv2.rectangle(
        out, (round(nose_x - 1.0 * d), top), (round(nose_x + 1.0 * d), bottom), colour, -1
    )
    return out


def test_clean_portrait_passes_the_inner_face_checks() -> None:
    report = analyse_photo(encode(portrait()))
    for code in ("photo.eyes_visible", "photo.face_covered", "photo.pose"):
        assert report.check(code).status == "pass", code
    m = report.measures
    assert m["eye_texture"] > DEFAULT_LIMITS.eye_texture_unsure
    assert m["lower_face_skin"] > DEFAULT_LIMITS.face_skin_unsure
    assert DEFAULT_LIMITS.pitch_min < m["pitch"] < DEFAULT_LIMITS.pitch_max


def test_dark_sunglasses_fail() -> None:
    report = analyse_photo(encode(_lenses(portrait(), (25, 25, 30), 1.0)))
    check = report.check("photo.eyes_visible")
    assert check.status == "fail"
    assert check.message.startswith("eyes hidden")


def test_tinted_lenses_fail_even_when_not_darker_than_the_cheeks() -> None:
    img = portrait()
    tinted = _lenses(img, (60, 110, 150), 0.9)  # a flat brown tint over the eyes
    report = analyse_photo(encode(tinted))
    assert report.measures["eye_texture"] < DEFAULT_LIMITS.eye_texture_min
    assert report.check("photo.eyes_visible").status == "fail"


@pytest.mark.parametrize("colour", [(235, 215, 190), (40, 40, 40), (250, 250, 250)])
def test_a_mask_over_the_mouth_fails_face_covered(colour: tuple[int, int, int]) -> None:
    report = analyse_photo(encode(_mask(portrait(), colour)))
    if report.measures.get("faces") != 1:
        pytest.fail(f"the masked face was not found ({report.measures.get('faces')} faces)")
    check = report.check("photo.face_covered")
    assert check.status == "fail", check
    assert "covered" in check.message


def test_greyscale_without_the_mesh_leaves_face_covered_to_the_clerk() -> None:
    m = {"faces": 1, "eye_texture": 12.0, "width": 400, "height": 460}  # no skin, no mesh
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.face_covered")
    assert (check.status, check.message) == ("unknown", "clerk decides: greyscale photo")


def _pose(pitch: float) -> tuple[str, str]:
    m = {"faces": 1, "roll_deg": 1.0, "yaw": 0.02, "pitch": pitch, "width": 400, "height": 460}
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.pose")
    return check.status, check.message


def test_pitch_limits() -> None:
    assert _pose(0.55) == ("pass", "facing forward")
    assert _pose(0.30) == ("fail", "looking up")
    assert _pose(0.80) == ("fail", "looking down")
    assert _pose(0.42) == ("unknown", "clerk decides: pitch near a limit")
    assert _pose(0.70) == ("unknown", "clerk decides: pitch near a limit")


def test_low_face_score_leaves_head_size_to_the_clerk() -> None:
    m = {"faces": 1, "head_ratio": 0.60, "face_score": 66.0, "width": 400, "height": 460}
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.head_size")
    assert (check.status, check.message) == ("unknown", "clerk decides: face score 66")


def _covered(**measures: float) -> tuple[str, str]:
    m = {"faces": 1, "eye_texture": 12.0, "width": 400, "height": 460, **measures}
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.face_covered")
    return check.status, check.message


def test_an_open_smile_is_not_a_covered_face() -> None:
    # teeth and lips fill the mouth area, the chin below is bare skin
    assert _covered(lower_face_skin=0.01, chin_skin=0.8, nose_skin=0.7)[0] == "pass"
    assert _covered(lower_face_skin=0.01, chin_skin=0.01, nose_skin=0.7) == (
        "fail",
        "mouth and chin covered",
    )
    assert _covered(lower_face_skin=0.10, chin_skin=0.02, nose_skin=0.7) == (
        "unknown",
        "clerk decides: little skin at the mouth",
    )
    assert _covered(lower_face_skin=0.6, chin_skin=0.6, nose_skin=0.01)[1] == (
        "clerk decides: little skin at the nose"
    )
