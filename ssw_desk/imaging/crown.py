"""Crown (top of the hair) and chin rows, and the background model both rely on.

The detector's box runs from the brows to the chin: the hair is not in it. The crown is found
against a background model: each row's background colour is the median of a thin strip at
the left and right image edges (so a vertical gradient backdrop, the common studio case, is
modelled exactly), interpolated across the row. Scanning down from the top inside a band over
the face midline, the crown is the first row from which the head differs from that model in
most of the band and keeps differing down to the face. When the backdrop is busy, or the row
found is implausible for the face size, the crown falls back to a face-proportion estimate and
says so (``estimated``).

Constants are fractions of the face-box height ``h`` and were calibrated on half of the
labelled Congress portraits (``bench/photo_accuracy.py`` reports both halves).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ssw_desk.imaging.faces import Face

#: Crown estimate when it cannot be measured: face top minus this many face heights.
CROWN_ABOVE_BOX = 0.24
#: Chin below the face-box bottom, in face heights (YuNet's box ends just above the chin).
CHIN_BELOW_BOX = 0.007
#: Chin below the eye line, in face heights (a second estimate, averaged with the first).
CHIN_BELOW_EYES = 0.625
#: A measured crown is plausible between these many face heights above the face top.
CROWN_PLAUSIBLE = (0.02, 0.80)
#: Half-width of the band over the midline that is scanned, in face widths.
BAND_HALF = 0.22
#: Width of the edge strips that sample the background, as a fraction of the image width.
STRIP = 0.05
#: Band fraction that must differ from the background for a row to be head.
ROW_FRACTION = 0.35
#: Rows (as a fraction of face height) that must stay head below a crown candidate.
PERSIST = 0.06
#: Lowest colour distance (CIE Lab units) that counts as different from the background.
MIN_DISTANCE = 7.0
#: Colour step (Lab units) that marks a hair edge inside a vignetted backdrop.
TOP_STEP = 10.0


@dataclass(frozen=True)
class BackgroundModel:
    """Per-row background colours sampled at the image edges (CIE Lab, float32).

    Attributes:
        left: H x 3 colours of the left strip.
        right: H x 3 colours of the right strip.
        noise: Typical colour spread inside the strips (Lab units).
    """

    left: np.ndarray
    right: np.ndarray
    noise: float

    def expected(self, width: int) -> np.ndarray:
        """Returns the H x W x 3 background the model predicts."""
        t = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :, None]
        return self.left[:, None, :] * (1.0 - t) + self.right[:, None, :] * t


@dataclass(frozen=True)
class HeadRows:
    """Where the head starts and ends.

    Attributes:
        crown_y: Top of the hair (row, in the analysed image).
        chin_y: Bottom of the chin.
        crown_estimated: True when the crown is a face-proportion estimate, not measured.
        head_width: Width of the head region just above the face box, in pixels, or None.
    """

    crown_y: float
    chin_y: float
    crown_estimated: bool
    head_width: float | None


def to_lab(bgr: np.ndarray) -> np.ndarray:
    """Converts BGR uint8 to float32 CIE Lab (L 0-100)."""
    return np.asarray(cv2.cvtColor(bgr.astype(np.float32) / 255.0, cv2.COLOR_BGR2Lab))


def background_model(lab: np.ndarray) -> BackgroundModel:
    """Samples the backdrop from the left and right edges, row by row.

    Args:
        lab: The image in CIE Lab.

    Returns:
        The per-row model, smoothed down the rows so a stray dark pixel does not matter.
    """
    h, w = lab.shape[:2]
    s = max(2, round(w * STRIP))
    left = np.median(lab[:, :s], axis=1)
    right = np.median(lab[:, w - s :], axis=1)
    k = max(3, (h // 40) | 1)
    left = cv2.blur(left[None, :, :].astype(np.float32), (k, 1))[0]
    right = cv2.blur(right[None, :, :].astype(np.float32), (k, 1))[0]
    spread = np.concatenate(
        [
            np.linalg.norm(lab[:, :s] - left[:, None, :], axis=2).ravel(),
            np.linalg.norm(lab[:, w - s :] - right[:, None, :], axis=2).ravel(),
        ]
    )
    return BackgroundModel(left=left, right=right, noise=float(np.median(spread)))


def face_midline(face: Face) -> float:
    """Returns the x of the face midline: the mean of eye midpoint, nose and mouth midpoint."""
    (lx, _), (rx, _) = face.eyes
    (m1x, _), (m2x, _) = face.mouth
    return ((lx + rx) / 2 + face.nose[0] + (m1x + m2x) / 2) / 3


def estimate_chin(face: Face) -> float:
    """Returns the chin row from the face box and the eye line (two estimates averaged)."""
    _x, y, _w, h = face.box
    eye_y = (face.eyes[0][1] + face.eyes[1][1]) / 2
    return ((y + h * (1 + CHIN_BELOW_BOX)) + (eye_y + CHIN_BELOW_EYES * h)) / 2


def find_head_rows(lab: np.ndarray, face: Face, model: BackgroundModel, *, busy: bool) -> HeadRows:
    """Finds the crown and chin rows of ``face``.

    Args:
        lab: The analysed image in CIE Lab.
        face: The face (coordinates in the same image).
        model: The background model of the image.
        busy: True when the backdrop is known to be busy (the crown is then estimated).

    Returns:
        The head rows, with ``crown_estimated`` set when the crown was not measured.
    """
    _x, y, w, h = face.box
    chin = estimate_chin(face)
    fallback = y - CROWN_ABOVE_BOX * h
    if busy:
        return HeadRows(max(0.0, fallback), chin, True, None)
    dist = _distance_map(lab, model, int(max(1, y + 0.1 * h)))
    threshold = max(MIN_DISTANCE, 3.0 * model.noise)
    cx = face_midline(face)
    crown = _scan_crown(dist > threshold, cx, w, h)
    if crown is not None and crown < 1.0:
        crown = _refine_top(lab, cx, w, y - CROWN_PLAUSIBLE[0] * h)
    lo, hi = CROWN_PLAUSIBLE
    if crown is None or not (y - hi * h <= crown <= y - lo * h):
        return HeadRows(max(0.0, fallback), chin, True, None)
    head_width = _head_width(dist > threshold, cx, int(y - 0.05 * h))
    return HeadRows(float(crown), chin, False, head_width)


def _distance_map(lab: np.ndarray, model: BackgroundModel, rows: int) -> np.ndarray:
    rows = min(rows, lab.shape[0])
    w = lab.shape[1]
    expected = model.expected(w)[:rows]
    return np.asarray(np.linalg.norm(lab[:rows] - expected, axis=2))


def _scan_crown(mask: np.ndarray, cx: float, face_w: float, face_h: float) -> float | None:
    w = mask.shape[1]
    x0 = int(max(0, cx - BAND_HALF * face_w))
    x1 = int(min(w, cx + BAND_HALF * face_w + 1))
    if x1 - x0 < 2:
        return None
    frac = mask[:, x0:x1].mean(axis=1)
    head = frac >= ROW_FRACTION
    persist = max(2, round(PERSIST * face_h))
    for r in range(0, len(head) - persist):
        if head[r] and head[r : r + persist].mean() >= 0.8:
            return _subrow(frac, r)
    return None


def _refine_top(lab: np.ndarray, cx: float, face_w: float, limit: float) -> float:
    """Looks for a hair edge below row 0 when the band already differs from the edges there.

    A vignetted backdrop (lighter behind the head than at the image edges) reads as "head"
    from the very first row; the real crown is then the strongest step in the band's colour.
    """
    w = lab.shape[1]
    x0 = int(max(0, cx - BAND_HALF * face_w))
    x1 = int(min(w, cx + BAND_HALF * face_w + 1))
    rows = int(min(limit, lab.shape[0]))
    if rows < 8 or x1 - x0 < 2:
        return 0.0
    profile = lab[:rows, x0:x1].mean(axis=1)
    k = 3
    best, best_row = 0.0, 0
    for r in range(k, rows - k):
        step = float(np.linalg.norm(profile[r : r + k].mean(0) - profile[r - k : r].mean(0)))
        if step > best:
            best, best_row = step, r
    return float(best_row) if best >= TOP_STEP else 0.0


def _subrow(frac: np.ndarray, r: int) -> float:
    """Refines the crown between rows r-1 and r where the fraction crosses the threshold."""
    if r == 0:
        return 0.0
    a, b = float(frac[r - 1]), float(frac[r])
    if b <= a:
        return float(r)
    return r - 1 + (ROW_FRACTION - a) / (b - a)


def _head_width(mask: np.ndarray, cx: float, row: int) -> float | None:
    if not 0 <= row < mask.shape[0]:
        return None
    band = mask[max(0, row - 2) : row + 1].mean(axis=0) >= 0.5
    c = int(np.clip(cx, 0, mask.shape[1] - 1))
    if not band[c]:
        return None
    left = c
    while left > 0 and band[left - 1]:
        left -= 1
    right = c
    while right < mask.shape[1] - 1 and band[right + 1]:
        right += 1
    return float(right - left + 1)
