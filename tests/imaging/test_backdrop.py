"""The backdrop checks on synthetic portraits: blurred rooms fail, plain walls pass whatever
their shading or fine grain; the person (hair included) is never counted as backdrop."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ssw_desk.imaging import analyse_photo, measures
from ssw_desk.imaging.checks import photo_checks
from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from tests.imaging.portrait import encode, portrait


def blurred_room(seed: int = 3) -> np.ndarray:
    """Large soft blobs of colour: few edges, but nothing like a plain wall."""
    rng = np.random.default_rng(seed)
    blocks = rng.integers(0, 255, (6, 5, 3), dtype=np.uint8)
    room = cv2.resize(blocks, (400, 460), interpolation=cv2.INTER_CUBIC)
    return np.asarray(cv2.GaussianBlur(room, (0, 0), 25))


def shaded_wall() -> np.ndarray:
    """A plain wall lit from one side, with fine sensor grain."""
    x = np.linspace(0, 1, 400, dtype=np.float32)[None, :, None]
    y = np.linspace(0, 1, 460, dtype=np.float32)[:, None, None]
    wall = 150 + 60 * x + 25 * y * y + np.zeros((460, 400, 3), np.float32)
    grain = np.random.default_rng(5).normal(0, 4, wall.shape)
    return np.asarray(np.clip(wall + grain, 0, 255).astype(np.uint8))


def test_blurred_room_fails_although_it_has_few_edges() -> None:
    report = analyse_photo(encode(portrait(background=blurred_room())))
    m = report.measures
    assert m["backdrop_unevenness"] >= DEFAULT_LIMITS.backdrop_uneven
    assert report.check("photo.background").status == "fail"


def test_shaded_grainy_wall_passes() -> None:
    report = analyse_photo(encode(portrait(background=shaded_wall())))
    assert report.measures["backdrop_unevenness"] < DEFAULT_LIMITS.backdrop_plain_max
    assert report.check("photo.background").status == "pass"


def test_unevenness_of_a_quadratic_shading_is_zero_and_of_blobs_is_large() -> None:
    yy, xx = np.mgrid[0:100, 0:80].astype(np.float32)
    lab = np.stack([20 + 0.01 * xx * xx + 0.2 * yy, 0.1 * xx, -0.05 * yy], axis=2)
    region = np.ones((100, 80), dtype=bool)
    assert measures.backdrop_unevenness(lab, region) == pytest.approx(0.0, abs=0.05)
    lab[30:60, 20:50] += 40.0
    assert measures.backdrop_unevenness(lab, region) > 10.0
    assert measures.backdrop_unevenness(lab, np.zeros_like(region)) is None


@pytest.mark.parametrize(
    ("uneven", "edges", "status"),
    [
        (12.0, 0.01, "fail"),  # blurred room
        (9.0, 0.30, "fail"),  # uneven and cluttered
        (9.0, 0.05, "unknown"),  # clerk decides
        (3.0, 0.30, "pass"),  # a plain wall with grain: the edges do not count
        (6.0, 0.30, "fail"),  # in between: the edges decide, as before
        (6.0, 0.05, "pass"),
        (None, 0.30, "fail"),  # no person mask: the edges alone
    ],
)
def test_background_verdicts(uneven: float | None, edges: float, status: str) -> None:
    m = {"faces": 1, "width": 400, "height": 460}
    m.update(background_busyness=edges, backdrop_unevenness=uneven)
    checks = {c.code: c for c in photo_checks(m, DEFAULT_LIMITS, None)}
    assert checks["photo.background"].status == status


def test_unevenness_limits_are_validated() -> None:
    with pytest.raises(ValueError, match=r"limits\.background"):
        PhotoLimits.from_overrides({"backdrop_unsure": 20.0})
