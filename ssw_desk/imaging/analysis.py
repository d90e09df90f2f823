"""One decode and one face detection per attachment, shared by the photo check and role guess.

Intake calls :func:`~ssw_desk.imaging.roles.guess_role` and then
:func:`~ssw_desk.imaging.report.analyse_photo` on the same bytes; both go through
:func:`prepare`, which keeps the last few results in a small LRU keyed by the SHA-256 of the
content. Only derived pixels and numbers are cached, in memory, never written anywhere.
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass

import cv2
import numpy as np

from ssw_desk.imaging.decode import DecodedImage, ImageError, decode_image, sniff_format
from ssw_desk.imaging.faces import Face, detect_faces, detector_threads
from ssw_desk.imaging.measures import WORK_HEIGHT

# One small photo gains nothing from OpenCV's thread pool, and on a busy two-core desk its
# threads make each check several times slower (138 ms against 43 ms for a 200 x 230 photo):
# every analysis in this process runs OpenCV on one thread.
cv2.setNumThreads(1)

#: Longest side decoded for analysis of a portrait (JPEGs are decoded at 1/2, 1/4 or 1/8 scale
#: to reach it); landscape images are decoded to their working size (see :func:`decode_side`).
DECODE_SIDE = 500
#: Widest working image (landscape cards and photos of cards on a table).
WORK_MAX_WIDTH = 600
#: Longest side the face detector sees, for portrait and landscape images.
PORTRAIT_DETECT_SIDE = 224
LANDSCAPE_DETECT_SIDE = 320
#: How many prepared attachments are kept.
CACHE_SIZE = 16


@dataclass(frozen=True)
class Prepared:
    """An attachment decoded once and searched for faces once.

    Attributes:
        digest: SHA-256 of the content (hex).
        size: Length of the content in bytes.
        format: Sniffed format.
        decoded: The decoded image, or None when decoding failed.
        error: The :class:`ImageError` code when decoding failed, else None.
        work: The working image (BGR, :data:`WORK_HEIGHT` rows unless very wide), or None.
        to_full: Factor from working-image pixels to full-image pixels.
        faces: Every face found on the working image, largest first, in working pixels.
    """

    digest: str
    size: int
    format: str
    decoded: DecodedImage | None
    error: str | None
    work: np.ndarray | None
    to_full: float
    faces: tuple[Face, ...]


_cache: OrderedDict[str, Prepared] = OrderedDict()
_lock = threading.Lock()


def prepare(data: bytes) -> Prepared:
    """Decodes ``data`` and detects faces, or returns the cached result for the same bytes.

    Args:
        data: The attachment's content.

    Returns:
        The prepared attachment; decoding failures are reported in ``error``, not raised.
    """
    digest = hashlib.sha256(data).hexdigest()
    with _lock:
        hit = _cache.get(digest)
        if hit is not None:
            _cache.move_to_end(digest)
            return hit
    prepared = _prepare_uncached(data, digest)
    with _lock:
        _cache[digest] = prepared
        _cache.move_to_end(digest)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


def clear_cache() -> None:
    """Forgets every prepared attachment (tests and benchmarks use it)."""
    with _lock:
        _cache.clear()


def _prepare_uncached(data: bytes, digest: str) -> Prepared:
    fmt = sniff_format(data)
    try:
        decoded = decode_image(data, max_side=DECODE_SIDE, side_for=decode_side)
    except ImageError as exc:
        return Prepared(digest, len(data), fmt, None, exc.code, None, 1.0, ())
    work = working_image(decoded.bgr)
    to_full = decoded.height / work.shape[0]
    # a portrait's face is large: a 224 px detection is as accurate on the labelled set and
    # twice as fast; landscape images may be cards with a small portrait, so keep more pixels
    # (320 gives every demo card front, back and face photo the role 480 gave; 256 misses one)
    side = PORTRAIT_DETECT_SIDE if work.shape[0] >= work.shape[1] else LANDSCAPE_DETECT_SIDE
    with detector_threads(1):
        faces = tuple(detect_faces(work, max_side=side))
    return Prepared(digest, len(data), fmt, decoded, None, work, to_full, faces)


def decode_side(width: int, height: int) -> int:
    """The longest side to decode an upright ``width`` x ``height`` image at.

    Portraits (face photos) keep :data:`DECODE_SIDE`, the size the photo checks are
    calibrated with. A landscape image (a card, or a photo of one) is decoded straight to its
    working size: a phone photo of a card then takes a 1/4 DCT-scaled JPEG decode and one
    resize instead of a 1/2 decode and two resizes.
    """
    if width <= height:
        return DECODE_SIDE
    return max(1, math.ceil(min(WORK_MAX_WIDTH, WORK_HEIGHT * width / height)))


def working_image(bgr: np.ndarray) -> np.ndarray:
    """Resizes analysed pixels to the working size every measure is calibrated for."""
    h, w = bgr.shape[:2]
    ratio = WORK_HEIGHT / h
    if w * ratio > WORK_MAX_WIDTH:
        ratio = WORK_MAX_WIDTH / w
    if abs(ratio - 1.0) < 1e-6:
        return bgr
    size = (max(1, round(w * ratio)), max(1, round(h * ratio)))
    interpolation = cv2.INTER_AREA if ratio < 1 else cv2.INTER_LINEAR
    return np.ascontiguousarray(cv2.resize(bgr, size, interpolation=interpolation))
