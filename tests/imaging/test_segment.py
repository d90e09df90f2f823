"""The person mask (bundled selfie-segmentation model run by OpenCV) and what it measures."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ssw_desk.imaging import analyse_photo, segment
from ssw_desk.imaging.analysis import clear_cache, prepare
from ssw_desk.imaging.faces import Face
from ssw_desk.resources import resource_path
from tests.imaging.portrait import PLAIN_BGR, encode, expected_rows, portrait


def busy_backdrop(seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    blocks = rng.integers(0, 255, (23, 20, 3), dtype=np.uint8)
    return cv2.resize(blocks, (400, 460), interpolation=cv2.INTER_NEAREST)


def test_model_ships_with_its_licence() -> None:
    folder = resource_path("models")
    assert (folder / "selfie_segmentation.tflite").stat().st_size > 200_000
    assert "Apache License" in (folder / "LICENSE-mediapipe-Apache-2.0.txt").read_text()


def test_mask_covers_the_person_and_not_the_backdrop() -> None:
    img = portrait(head_ratio=0.60)
    prob = segment.person_mask(img)
    assert prob is not None and prob.shape == img.shape[:2]
    crown, chin = expected_rows(0.60, 460)
    face_row = int((crown + chin) / 2)
    assert prob[face_row, 200] > 0.9  # the face
    assert prob[5 : int(crown) - 10, :].mean() < 0.1  # the plain backdrop above the head
    assert prob[: int(chin), :30].mean() < 0.1  # the backdrop left of the head


@pytest.mark.parametrize("background", ["plain", "busy"])
def test_crown_is_measured_on_plain_and_busy_backdrops(background: str) -> None:
    back = PLAIN_BGR if background == "plain" else busy_backdrop()
    report = analyse_photo(encode(portrait(head_ratio=0.60, background=back)))
    m = report.measures
    crown, _chin = expected_rows(0.60, 460)
    # on a plain backdrop the colour crown agrees with the mask and is kept (sub-pixel exact)
    assert m["crown_method"] == ("colour" if background == "plain" else "segmentation")
    assert m["crown_estimated"] is False
    assert abs(m["crown_y"] - crown) < 0.03 * 460
    assert abs(m["head_ratio"] - 0.60) < 0.04
    assert report.check("photo.head_size").status == "pass"


def test_background_ignores_the_person() -> None:
    img = portrait(head_ratio=0.60)
    prob = segment.person_mask(img)
    assert prob is not None
    everything = np.ones(prob.shape, dtype=bool)
    rest = segment.background_only(prob, everything)
    assert not rest[prob > segment.PERSON].any()
    assert rest[:200, :30].all()  # the backdrop beside the head stays


def test_implausible_outline_gives_no_crown() -> None:
    prob = np.ones((275, 225), np.float32)  # "person" everywhere: the crown is the top row
    face = Face(
        90.0, (70.0, 150.0, 80.0, 80.0), ((90, 175), (130, 175), (110, 195), (95, 210), (125, 210))
    )
    assert segment.segmented_head(prob, face) is None  # row 0 is more than 0.8 face heights up
    prob[:] = 0.0
    assert segment.segmented_head(prob, face) is None  # nothing above the brows


def test_without_the_model_the_colour_crown_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(tmp_path))  # a damaged install: no models/
    segment.forget_model()
    clear_cache()
    try:
        busy = analyse_photo(encode(portrait(background=busy_backdrop(11)))).measures
        plain = analyse_photo(encode(portrait(head_ratio=0.60))).measures
    finally:
        monkeypatch.undo()
        clear_cache()
    assert busy["crown_method"] == "estimate" and busy["crown_estimated"] is True
    assert plain["crown_method"] == "colour"
    # the model is back: the next photo uses it again (a failed load is not remembered)
    assert segment.person_mask(portrait(head_ratio=0.60)) is not None
    crown, _chin = expected_rows(0.60, 460)
    assert abs(plain["crown_y"] - crown) < 0.02 * 460


def test_a_missing_resources_folder_does_not_break_the_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(tmp_path / "gone"))
    segment.forget_model()
    clear_cache()
    try:
        report = analyse_photo(encode(portrait(head_ratio=0.60)))
    finally:
        monkeypatch.undo()
        clear_cache()
    assert report.measures["crown_method"] == "colour"
    assert report.check("photo.head_size").status == "pass"


def test_prepared_image_gives_same_mask_twice() -> None:
    data = encode(portrait(head_ratio=0.55))
    work = prepare(data).work
    assert work is not None
    a, b = segment.person_mask(work), segment.person_mask(work)
    assert a is not None and b is not None
    assert np.array_equal(a, b)
