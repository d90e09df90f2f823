"""The face-landmark model (bundled MediaPipe face mesh run by OpenCV) and the checks it feeds:
a covered face, looking up or down, a rolled head, a photo on its side, a head covering."""

from __future__ import annotations

import hashlib
from typing import Any

import cv2
import numpy as np
import pytest

from ssw_desk.imaging import DEFAULT_LIMITS, analyse_photo, mesh
from ssw_desk.imaging.analysis import clear_cache, prepare
from ssw_desk.imaging.checks import photo_checks
from ssw_desk.resources import resource_path
from tests.imaging.portrait import encode, portrait


def _face_and_work(img: np.ndarray) -> tuple[Any, np.ndarray]:
    prep = prepare(encode(img))
    assert prep.work is not None and prep.faces, "no face found in the test portrait"
    return prep.faces[0], prep.work


def _over_hair(img: np.ndarray, colour: tuple[int, int, int]) -> np.ndarray:
    """Paints a cap (a half ellipse) from the crown down to the top of the face box."""
    m = analyse_photo(encode(img)).measures
    x, y, w, h = m["face_box"]
    top, bottom = int(m["crown_y"]), int(y + 0.05 * h)
    out = img.copy()
    centre = (int(x + w / 2), bottom)
    cv2.ellipse(out, centre, (int(0.75 * w), bottom - top), 0, 180, 360, colour, -1)
    return out


def test_the_model_ships_with_its_source_and_licence() -> None:
    folder = resource_path("models")
    data = (folder / "face_landmark.tflite").read_bytes()
    assert len(data) == 1_242_398
    assert hashlib.sha256(data).hexdigest() in (folder / "SOURCE.md").read_text()
    assert "Apache License" in (folder / "LICENSE-mediapipe-Apache-2.0.txt").read_text()


def test_the_mesh_lies_on_the_face_and_reads_a_level_head() -> None:
    face, work = _face_and_work(portrait())
    found = mesh.face_mesh(work, face)
    assert found is not None
    x, y, w, h = face.box
    nose_tip = found.points[1, :2]  # mesh point 1: the tip of the nose
    assert abs(nose_tip[0] - face.nose[0]) < 0.08 * w
    assert abs(nose_tip[1] - face.nose[1]) < 0.08 * h
    inside = (
        (found.points[:, 0] > x - 0.2 * w)
        & (found.points[:, 0] < x + 1.2 * w)
        & (found.points[:, 1] > y - 0.3 * h)
        & (found.points[:, 1] < y + 1.1 * h)
    )
    assert inside.mean() > 0.98
    assert found.presence > DEFAULT_LIMITS.face_visibility_min + 10
    assert abs(found.pitch()) < 8
    assert abs(found.roll()) < 4


@pytest.mark.parametrize("angle", [12.0, -25.0])
def test_the_mesh_roll_follows_a_turned_head(angle: float) -> None:
    img = portrait()
    turn = cv2.getRotationMatrix2D((200, 200), angle, 1.0)
    turned = cv2.warpAffine(img, turn, (400, 460), borderMode=cv2.BORDER_REPLICATE)
    face, work = _face_and_work(turned)
    found = mesh.face_mesh(work, face)
    assert found is not None
    # OpenCV turns counter-clockwise for a positive angle: the image-right side goes up. The
    # mesh, like the detector, reads a turned head a little more upright than it is (8 of
    # 12 degrees, 21 of 25 here), never more tilted
    assert abs(found.roll() + angle) < 5.0
    assert abs(found.roll()) <= abs(angle) + 1.0


def test_a_head_rolled_beyond_the_limit_fails_the_pose() -> None:
    turn = cv2.getRotationMatrix2D((200, 200), 25.0, 1.0)
    turned = cv2.warpAffine(portrait(), turn, (400, 460), borderMode=cv2.BORDER_REPLICATE)
    check = analyse_photo(encode(turned)).check("photo.pose")
    assert (check.status, check.message) == ("fail", "not facing forward")


@pytest.mark.parametrize(
    ("turn", "upright"), [(cv2.ROTATE_90_CLOCKWISE, 270), (cv2.ROTATE_90_COUNTERCLOCKWISE, 90)]
)
def test_a_photo_on_its_side_fails_the_pose_and_not_face_covered(turn: int, upright: int) -> None:
    report = analyse_photo(encode(cv2.rotate(portrait(), turn)))
    assert report.measures["sideways"] == upright
    pose = report.check("photo.pose")
    assert pose.status == "fail"
    assert pose.message == f"photo on its side (upright when turned {upright} degrees clockwise)"
    assert report.check("photo.face_covered").status == "unknown"
    assert report.check("photo.head_covering").status == "unknown"


def test_an_object_over_the_face_fails_face_covered() -> None:
    img = portrait()
    m = analyse_photo(encode(img)).measures
    x, y, w, h = m["face_box"]
    covered = img.copy()
    centre = (int(x + w / 2), int(y + 0.75 * h))
    cv2.ellipse(covered, centre, (int(0.55 * w), int(0.35 * h)), 0, 0, 360, (235, 235, 235), -1)
    report = analyse_photo(encode(covered))
    assert report.measures["face_visibility"] < DEFAULT_LIMITS.face_visibility_min
    check = report.check("photo.face_covered")
    assert check.status == "fail"
    assert check.value is not None and str(check.value).startswith("face visibility")


def test_a_greyscale_face_is_judged_by_the_mesh() -> None:
    grey = cv2.cvtColor(cv2.cvtColor(portrait(), cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    check = analyse_photo(encode(grey)).check("photo.face_covered")
    assert (check.status, check.message) == ("pass", "face visible (skin colour not judged)")


@pytest.mark.parametrize(
    ("colour", "message"),
    [
        ((40, 40, 200), "head covered (a colour hair does not have)"),  # a red cap
        ((90, 30, 20), "head covered (a colour hair does not have)"),  # a navy cap
        ((250, 250, 250), "head covered (white, not hair)"),  # a white cap
    ],
)
def test_a_coloured_or_white_cap_fails(colour: tuple[int, int, int], message: str) -> None:
    check = analyse_photo(encode(_over_hair(portrait(), colour))).check("photo.head_covering")
    assert (check.status, check.message) == ("fail", message)


@pytest.mark.parametrize(
    "colour",
    [(20, 20, 25), (170, 170, 175), (40, 70, 110), (60, 110, 170)],  # black, grey, brown, blond
)
def test_hair_colours_are_not_a_covering(colour: tuple[int, int, int]) -> None:
    report = analyse_photo(encode(_over_hair(portrait(), colour)))
    check = report.check("photo.head_covering")
    assert check.status == "pass", (check, report.measures["covering_colour"])


def _nod(**measures: Any) -> tuple[str, str]:
    m = {"faces": 1, "roll_deg": 1.0, "yaw": 0.02, "width": 400, "height": 460, **measures}
    check = next(c for c in photo_checks(m, DEFAULT_LIMITS, None) if c.code == "photo.pose")
    return check.status, check.message


def test_nod_limits_in_degrees() -> None:
    up, down = DEFAULT_LIMITS.pitch_up_deg, DEFAULT_LIMITS.pitch_down_deg
    assert _nod(pitch_deg=0.0, pitch=0.20) == ("pass", "facing forward")  # the mesh wins
    assert _nod(pitch_deg=up + 1) == ("fail", "looking up")
    assert _nod(pitch_deg=-down - 1) == ("fail", "looking down")
    assert _nod(pitch_deg=up - 1) == ("unknown", "clerk decides: pitch near a limit")
    assert _nod(pitch_deg=-down + 1) == ("unknown", "clerk decides: pitch near a limit")


def test_without_the_model_the_checks_fall_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(tmp_path))  # a damaged install: no models/
    mesh.forget_model()
    clear_cache()
    try:
        report = analyse_photo(encode(portrait()))
    finally:
        monkeypatch.undo()
        clear_cache()
    assert "face_visibility" not in report.measures
    assert report.check("photo.pose").status == "pass"  # nose ratio and roll as before
    assert report.check("photo.face_covered").status == "pass"  # skin colours as before
    covering = report.check("photo.head_covering")
    assert (covering.status, covering.message) == (
        "unknown",
        "clerk decides: top of the head not seen",
    )
    face, work = _face_and_work(portrait())
    assert mesh.face_mesh(work, face) is not None  # loaded again once the install is whole
