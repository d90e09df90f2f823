"""Face detection with the bundled YuNet model (``yuface``), with its quirks handled.

``yuface.detect`` takes a BGR uint8 array and returns confidences (0-100), boxes (x, y, w, h)
and five landmarks per face: right eye, left eye (as seen in the image: the subject's right eye
is on the image left), nose tip, right and left mouth corner. It warns on images larger than
960 px and gets slow with size, so detection runs on a copy whose longest side is at most
:data:`DETECT_SIDE`; coordinates are mapped back to the image that was passed in.
"""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np
import yuface

#: Longest side the detector sees. A passport-style face stays well above its minimum size.
DETECT_SIDE = 640
#: Raw confidence (0-1) given to the detector; the limits filter further.
_RAW_CONF = 0.3


@dataclass(frozen=True)
class Face:
    """One detected face, in the pixel coordinates of the image passed to :func:`detect_faces`.

    Attributes:
        score: Detector confidence, 0-100.
        box: (x, y, w, h) of the face box (brows to chin, not the hair).
        landmarks: Five (x, y) points: right eye, left eye, nose, mouth right, mouth left.
    """

    score: float
    box: tuple[float, float, float, float]
    landmarks: tuple[tuple[float, float], ...]

    @property
    def eyes(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The two eye centres, image-left first."""
        a, b = self.landmarks[0], self.landmarks[1]
        return (a, b) if a[0] <= b[0] else (b, a)

    @property
    def nose(self) -> tuple[float, float]:
        return self.landmarks[2]

    @property
    def mouth(self) -> tuple[tuple[float, float], tuple[float, float]]:
        return self.landmarks[3], self.landmarks[4]

    @property
    def height(self) -> float:
        return self.box[3]

    def scaled(self, factor: float) -> Face:
        """Returns the face with every coordinate multiplied by ``factor``."""
        return Face(
            score=self.score,
            box=(
                self.box[0] * factor,
                self.box[1] * factor,
                self.box[2] * factor,
                self.box[3] * factor,
            ),
            landmarks=tuple((x * factor, y * factor) for x, y in self.landmarks),
        )


def detect_faces(
    bgr: np.ndarray, *, min_score: float = 0.0, max_side: int = DETECT_SIDE
) -> list[Face]:
    """Finds faces, largest first.

    Args:
        bgr: H x W x 3 uint8 BGR image.
        min_score: Faces with a confidence (0-100) below this are dropped.
        max_side: Longest side the detector sees (at most :data:`DETECT_SIDE`); smaller is
            faster, and a passport-style face is still found and landmarked well at 224.

    Returns:
        The faces, sorted by box area, largest first.
    """
    h, w = bgr.shape[:2]
    ratio = min(1.0, min(max_side, DETECT_SIDE) / max(h, w))
    small = bgr
    if ratio < 1.0:
        size = (max(1, round(w * ratio)), max(1, round(h * ratio)))
        small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    small = np.ascontiguousarray(small, dtype=np.uint8)
    scores, boxes, marks = yuface.detect(small, conf=_RAW_CONF)
    faces: list[Face] = []
    for score, box, mark in zip(scores, boxes, marks, strict=True):
        if float(score) < min_score:
            continue
        pts = np.asarray(mark, dtype=np.float64).reshape(5, 2)
        face = Face(
            score=float(score),
            box=tuple(float(v) for v in box),  # type: ignore[arg-type]
            landmarks=tuple((float(x), float(y)) for x, y in pts),
        )
        faces.append(face.scaled(1.0 / ratio) if ratio < 1.0 else face)
    faces.sort(key=lambda f: f.box[2] * f.box[3], reverse=True)
    return faces


@cache
def _openmp() -> ctypes.CDLL | None:
    """The OpenMP runtime yuface's wheel bundles (already loaded by ``import yuface``)."""
    here = os.path.dirname(yuface.__file__)
    for pattern in ("../yuface.libs/libgomp*.so*", "libgomp*.so*", "../libgomp*.so*"):
        for path in sorted(glob.glob(os.path.join(here, pattern))):
            try:
                lib = ctypes.CDLL(path)
                lib.omp_get_max_threads.restype = ctypes.c_int
                lib.omp_set_num_threads.argtypes = [ctypes.c_int]
            except (OSError, AttributeError):
                continue
            return lib
    return None


def set_detector_threads(count: int) -> int | None:
    """Sets how many OpenMP threads the calling thread's detections use; returns the previous
    count, or None when the runtime cannot be found (then nothing changes)."""
    lib = _openmp()
    if lib is None:
        return None
    before = int(lib.omp_get_max_threads())
    lib.omp_set_num_threads(max(1, count))
    return before


@contextmanager
def detector_threads(count: int) -> Iterator[None]:
    """Runs the detections of the calling thread on ``count`` OpenMP threads.

    YuNet's own threads barely speed up one small image, and on a busy machine (or next to
    other processes detecting in parallel) their spin-waiting makes each detection several
    times slower. The setting is per thread and restored on exit; a no-op when the runtime
    cannot be found.
    """
    before = set_detector_threads(count)
    try:
        yield
    finally:
        if before is not None:
            set_detector_threads(before)


def significant_faces(faces: list[Face], *, min_fraction: float) -> list[Face]:
    """Keeps the faces at least ``min_fraction`` as tall as the largest one.

    Args:
        faces: Faces sorted largest first.
        min_fraction: Relative height below which a face is background detail.

    Returns:
        The faces that count for ``photo.face_count``.
    """
    if not faces:
        return []
    tallest = faces[0].height
    return [f for f in faces if f.height >= min_fraction * tallest]
