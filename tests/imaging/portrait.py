"""Synthetic passport-style portraits built from ``skimage.data.astronaut()`` (public domain).

The astronaut is cut out of her mottled studio backdrop (she is saturated or dark, the
backdrop is light grey), pasted on a plain canvas and framed so the head (crown to chin) is a
known share of the height. Known geometry of the source image (512 x 512): crown at row 15,
chin at row 177, face midline at column 223 (measured once by eye and by the detector).
"""

from __future__ import annotations

import io
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image
from skimage import data

SRC_CROWN = 15
SRC_CHIN = 177
SRC_MID_X = 223
PLAIN_BGR = (205, 195, 185)


@lru_cache(maxsize=1)
def cutout() -> tuple[np.ndarray, np.ndarray]:
    """Returns (BGR image, float mask 0-1 of the person) of the astronaut."""
    bgr = np.ascontiguousarray(data.astronaut()[:, :, ::-1])
    lab = cv2.cvtColor(bgr, cv2.COLOR_BGR2Lab).astype(np.float32)
    chroma = np.hypot(lab[:, :, 1] - 128, lab[:, :, 2] - 128)
    person = ((chroma > 14) | (lab[:, :, 0] < 110)).astype(np.uint8)
    person[:, :100] = 0  # the flag
    person[:, 350:] = 0  # the shuttle model and helmet
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
    person = cv2.morphologyEx(person, cv2.MORPH_CLOSE, kernel, iterations=2)
    person = cv2.morphologyEx(person, cv2.MORPH_OPEN, kernel)
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(person)
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    person = (labels == biggest).astype(np.uint8)
    # fill holes: flood the background from a corner, what is left unreached is the person
    flood = person.copy() * 255
    cv2.floodFill(flood, None, (0, 0), 128)
    filled = (flood != 128).astype(np.float32)
    filled = cv2.GaussianBlur(filled, (5, 5), 0)
    return bgr, filled


def portrait(
    *,
    head_ratio: float = 0.60,
    shift: float = 0.0,
    size: tuple[int, int] = (400, 460),
    background: np.ndarray | tuple[int, int, int] = PLAIN_BGR,
    top_share: float = 0.35,
) -> np.ndarray:
    """Returns a BGR portrait whose head is ``head_ratio`` of the height.

    Args:
        head_ratio: (chin - crown) / height of the result.
        shift: Face midline offset from the centre, as a fraction of the width.
        size: (width, height) of the result.
        background: Plain BGR colour, or a BGR image of ``size`` to paste onto.
        top_share: Share of the free height (height minus head) that lies above the crown.
    """
    bgr, mask = cutout()
    width, height = size
    head = SRC_CHIN - SRC_CROWN
    s = height * head_ratio / head
    crown_out = (height - height * head_ratio) * top_share
    tx = width / 2 + shift * width - SRC_MID_X * s
    ty = crown_out - SRC_CROWN * s
    m = np.float32([[s, 0, tx], [0, s, ty]])
    person = cv2.warpAffine(bgr, m, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    alpha = cv2.warpAffine(mask, m, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    if isinstance(background, np.ndarray):
        canvas = background.astype(np.float32)
    else:
        canvas = np.empty((height, width, 3), np.float32)
        canvas[:] = background
    a = alpha[:, :, None]
    return (person.astype(np.float32) * a + canvas * (1 - a)).clip(0, 255).astype(np.uint8)


def expected_rows(head_ratio: float, height: int, top_share: float = 0.35) -> tuple[float, float]:
    """Returns the true (crown, chin) rows of :func:`portrait`."""
    crown = (height - height * head_ratio) * top_share
    return crown, crown + height * head_ratio


def encode(bgr: np.ndarray, fmt: str = "JPEG", **params: object) -> bytes:
    """Encodes a BGR array with Pillow (``fmt`` as Pillow names it)."""
    out = io.BytesIO()
    pixels = bgr if bgr.ndim == 2 else bgr[:, :, ::-1]
    image = Image.fromarray(np.ascontiguousarray(pixels))
    if fmt == "JPEG":
        params.setdefault("quality", 92)
    image.save(out, format=fmt, **params)
    return out.getvalue()


SRC_EYES = ((200.0, 101.0), (247.0, 102.0))


def frame_points(
    points: tuple[tuple[float, float], ...],
    *,
    head_ratio: float = 0.60,
    shift: float = 0.0,
    size: tuple[int, int] = (400, 460),
    top_share: float = 0.35,
) -> list[tuple[float, float]]:
    """Maps source-image points into the frame :func:`portrait` builds with the same args."""
    width, height = size
    s = height * head_ratio / (SRC_CHIN - SRC_CROWN)
    crown_out = (height - height * head_ratio) * top_share
    tx = width / 2 + shift * width - SRC_MID_X * s
    ty = crown_out - SRC_CROWN * s
    return [(x * s + tx, y * s + ty) for x, y in points]
