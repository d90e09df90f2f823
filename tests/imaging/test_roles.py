"""Role guessing from names, shapes and faces, and the shared decode cache."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ssw_desk.imaging import analyse_photo, analysis, guess_role
from tests.imaging.portrait import encode, portrait


def card_front() -> np.ndarray:
    """A landscape ID-1 card with a small portrait on its right, like a residence card."""
    card = np.full((540, 856, 3), (225, 235, 240), np.uint8)
    cv2.putText(card, "ZAIRYU CARD", (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (60, 60, 60), 3)
    for i in range(6):
        cv2.line(card, (40, 150 + 50 * i), (520, 150 + 50 * i), (90, 90, 90), 2)
    face = cv2.resize(portrait(), (200, 230))
    card[200:430, 600:800] = face
    return card


def card_back() -> np.ndarray:
    card = np.full((540, 856, 3), (235, 235, 235), np.uint8)
    for i in range(8):
        cv2.line(card, (30, 60 + 55 * i), (820, 60 + 55 * i), (80, 80, 80), 2)
    return card


@pytest.mark.parametrize(
    ("name", "role"),
    [("在留カード表.jpg", "residence_card_front"), ("在留カード_裏.jpg", "residence_card_back"),
     ("zairyu_front.jpg", "residence_card_front"), ("residence card back.png",
     "residence_card_back"), ("顔写真.jpg", "face_photo"), ("証明写真.png", "face_photo"),
     ("my_photo.jpg", "face_photo")],
)  # fmt: skip
def test_names_decide_when_the_image_is_neutral(name: str, role: str) -> None:
    neutral = np.full((300, 300, 3), 200, np.uint8)
    assert guess_role(name, encode(neutral)).role == role


def test_images_decide_without_names() -> None:
    face = guess_role("IMG_0001.jpg", encode(portrait()))
    assert face.role == "face_photo" and "face.large" in face.reasons
    front = guess_role("IMG_0002.jpg", encode(card_front()))
    assert front.role == "residence_card_front" and "face.small" in front.reasons
    back = guess_role("IMG_0003.jpg", encode(card_back()))
    assert back.role == "residence_card_back" and "face.none" in back.reasons
    assert guess_role(None, b"not an image").role == "other"


def test_role_and_photo_check_share_one_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis.clear_cache()
    calls = []
    real = analysis._prepare_uncached

    def counting(data: bytes, digest: str) -> analysis.Prepared:
        calls.append(digest)
        return real(data, digest)

    monkeypatch.setattr(analysis, "_prepare_uncached", counting)
    data = encode(portrait())
    guess_role("photo.jpg", data)
    analyse_photo(data)
    assert len(calls) == 1
