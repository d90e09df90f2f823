"""Person segmentation with MediaPipe's selfie-segmentation model, run by OpenCV's DNN module.

The model (``resources/models/selfie_segmentation.tflite``, 250 KB, Apache-2.0, copied from
the ``mediapipe`` 0.10.21 wheel; see ``resources/models/SOURCE.md``) takes a 256 x 256 RGB
image scaled to 0-1 and returns, per pixel, the probability that it belongs to a person. It
ships inside the package: nothing is downloaded, and OpenCV (already a dependency) runs it,
so no other runtime is needed. The working image is stretched to the model's square input,
as MediaPipe does, and the mask is stretched back.

The mask draws the head outline (hair, hat or veil included) on busy and dark backdrops,
where the colour model of :mod:`~ssw_desk.imaging.crown` cannot tell hair from backdrop.
When the model cannot be loaded (a damaged install), :func:`person_mask` returns None and
the checks fall back to the colour model.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from ssw_desk.errors import DeskError
from ssw_desk.imaging.crown import face_midline
from ssw_desk.imaging.faces import Face
from ssw_desk.resources import resource_path

log = logging.getLogger(__name__)

#: The model's input side.
INPUT_SIDE = 256
_lock = threading.Lock()


_loaded: list[cv2.dnn.Net] = []


def _net() -> cv2.dnn.Net | None:
    """The network, loaded once; a failed load is not remembered (the next photo tries again,
    so a resources folder that was missing for a moment does not switch the mask off for good)."""
    with _lock:
        if _loaded:
            return _loaded[0]
        try:
            path = resource_path("models", "selfie_segmentation.tflite")
            net = cv2.dnn.readNetFromTFLite(str(path))
        except (
            cv2.error,
            OSError,
            DeskError,
        ) as exc:  # a damaged install: the colour model still works
            log.warning("person segmentation model not loaded: %s", type(exc).__name__)
            return None
        _loaded.append(net)
        return net


def forget_model() -> None:
    """Drops the loaded network (tests that point the resources elsewhere use it)."""
    with _lock:
        _loaded.clear()


def person_mask(bgr: np.ndarray) -> np.ndarray | None:
    """The probability (0-1, float32) that each pixel of ``bgr`` shows a person.

    Args:
        bgr: The working image (BGR uint8).

    Returns:
        An array of the image's height and width, or None when the model is unavailable.
    """
    net = _net()
    if net is None or bgr.size == 0:
        return None
    small = cv2.resize(bgr, (INPUT_SIDE, INPUT_SIDE), interpolation=cv2.INTER_AREA)
    blob = cv2.dnn.blobFromImage(small, 1.0 / 255.0, swapRB=True)
    with _lock:  # one network object: forward passes must not interleave
        net.setInput(blob)
        out = net.forward()
    prob = np.asarray(out, dtype=np.float32).reshape(INPUT_SIDE, INPUT_SIDE)
    h, w = bgr.shape[:2]
    return np.asarray(cv2.resize(prob, (w, h), interpolation=cv2.INTER_LINEAR))


#: Probability above which a pixel is person.
PERSON = 0.5
#: Half-width of the column band over the face midline whose tops give the crown, in face
#: widths (the same band as the colour model's).
CROWN_BAND_HALF = 0.22
#: Percentile of the band's column tops taken as the crown (low = high in the image: the
#: top of the hair, not a stray column through a parting).
CROWN_PERCENTILE = 20.0
#: A segmented crown is plausible between these many face heights above the face top.
CROWN_PLAUSIBLE = (0.02, 0.80)


@dataclass(frozen=True)
class SegmentedHead:
    """The head outline read from the person mask.

    Attributes:
        crown_y: Top of the hair (or of what covers the head), in working-image rows; 0 when
            the head touches the top edge.
        head_width: Width of the outline just above the face box, in pixels, or None.
    """

    crown_y: float
    head_width: float | None


def segmented_head(prob: np.ndarray, face: Face) -> SegmentedHead | None:
    """The crown and head width of ``face`` from the person mask, or None when implausible.

    Each column of a band over the face midline is followed up from the brows while it stays
    person; the crown is the :data:`CROWN_PERCENTILE` of those column tops.
    """
    _x, y, w, h = face.box
    rows, cols = prob.shape
    cx = face_midline(face)
    x0 = int(max(0, cx - CROWN_BAND_HALF * w))
    x1 = int(min(cols, cx + CROWN_BAND_HALF * w + 1))
    start = int(np.clip(y + 0.2 * h, 1, rows))
    if x1 - x0 < 2:
        return None
    person = prob[:start, x0:x1] > PERSON
    # the top of each column's run of person pixels that reaches down to the brows
    background_above = ~person[::-1].cumprod(axis=0).astype(bool)
    run = np.argmax(background_above, axis=0)
    run[~background_above.any(axis=0)] = start
    tops = start - run
    crown = float(np.percentile(tops, CROWN_PERCENTILE))
    lo, hi = CROWN_PLAUSIBLE
    if not (y - hi * h <= crown <= y - lo * h):
        return None
    return SegmentedHead(crown, _width(prob > PERSON, cx, int(y - 0.05 * h)))


def background_only(prob: np.ndarray, region: np.ndarray, margin: int = 3) -> np.ndarray:
    """``region`` less the person (hair and shoulders) and a ``margin``-pixel rim around it."""
    person = np.asarray((prob > PERSON).astype(np.uint8))
    if margin > 0:
        kernel = np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)
        person = np.asarray(cv2.dilate(person, kernel))
    return np.asarray(region & (person == 0))


def _width(mask: np.ndarray, cx: float, row: int) -> float | None:
    if not 0 <= row < mask.shape[0]:
        return None
    line = mask[row]
    c = int(np.clip(cx, 0, mask.shape[1] - 1))
    if not line[c]:
        return None
    left = c - int(np.argmin(line[c::-1])) if not line[: c + 1].all() else 0
    right = c + int(np.argmin(line[c:])) - 1 if not line[c:].all() else mask.shape[1] - 1
    return float(right - left + 1)
