"""Crown (top of the hair) and chin rows, and the background model the crown relies on.

The detector's box runs from the brows to the chin: the hair is not in it. The crown is found
against a background model: each row's background colour is the median of a thin strip at
the left and right image edges (so a vertical gradient backdrop, the common studio case, is
modelled exactly), interpolated across the row. Scanning down from the top inside a band over
the face midline, the crown is the first row from which the head differs from that model in
most of the band and keeps differing down to the face. When the backdrop is busy, or the row
found is implausible for the face size, the crown falls back to a face-proportion estimate and
says so (``estimated``).

The chin is measured too: below the mouth, along the face axis (perpendicular to the eye
line) in a narrow band of columns over the midline, the bottom of the chin is where the lit
skin gives way to the shadow under the jaw, the strongest bright-to-dark step of CIE L going
down. The search is bounded by the landmarks (mouth-to-chin is 0.58-1.05 times the
eye-to-mouth distance on the labelled portraits) and mildly weighted towards the proportion
estimate, so a collar or a tie knot further down does not win. When no such step stands out
(a flat, evenly lit chin and neck), the chin falls back to the proportion estimate and says
so (``chin_estimated``).

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
#: Chin search range below the mouth, in eye-to-mouth distances (0.58-1.05 labelled).
CHIN_RANGE = (0.50, 1.10)
#: Half-width of the column band the chin is searched in, in eye-to-mouth distances.
CHIN_BAND_HALF = 0.20
#: Half the height over which the L step is taken, in eye-to-mouth distances.
CHIN_STEP = 0.03
#: Width (standard deviation, eye-to-mouth distances) of the weight towards the estimate.
CHIN_PRIOR = 0.25
#: Smallest bright-to-dark step (CIE L units) accepted as the chin edge.
CHIN_MIN_STEP = 3.0
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
        chin_estimated: True when the chin is a face-proportion estimate, not measured.
    """

    crown_y: float
    chin_y: float
    crown_estimated: bool
    head_width: float | None
    chin_estimated: bool = False


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


def measure_chin(lab: np.ndarray, face: Face) -> float | None:
    """Finds the bottom of the chin as an edge in the image, or None when none stands out.

    Args:
        lab: The analysed image in CIE Lab.
        face: The face (coordinates in the same image).

    Returns:
        The chin row (sub-pixel), or None when the edge is too weak, lies on the border of
        the search range, or the range is off the image.
    """
    (lx, ly), (rx, ry) = face.eyes
    (ax, ay), (bx, by) = face.mouth
    ex, ey = (lx + rx) / 2, (ly + ry) / 2
    mx, my = (ax + bx) / 2, (ay + by) / 2
    em = float(np.hypot(mx - ex, my - ey))
    dx, dy = rx - lx, ry - ly
    if em < 6 or dx <= 0:
        return None
    slope = -dy / dx  # columns per row along the face axis (perpendicular to the eye line)
    height = lab.shape[0]
    lo = my + CHIN_RANGE[0] * em
    hi = min(height - 2.0, my + CHIN_RANGE[1] * em)
    step = max(1, round(CHIN_STEP * em))
    r0 = max(0, int(lo) - step - 1)
    r1 = min(height, int(np.ceil(hi)) + step + 2)
    if hi - lo < 4 or r1 - r0 < 2 * step + 3:
        return None
    half = CHIN_BAND_HALF * em
    n = max(3, round(2 * half) + 1)
    rows = np.arange(r0, r1, dtype=np.float32)
    offsets = np.linspace(-half, half, n, dtype=np.float32)
    map_x = (mx + (rows[:, None] - my) * slope + offsets[None, :]).astype(np.float32)
    map_y = np.repeat(rows[:, None], n, axis=1)
    light = np.ascontiguousarray(lab[:, :, 0])
    strip = cv2.remap(light, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    profile = np.zeros(len(rows), dtype=np.float32)
    profile[step:-step] = (strip[2 * step :] - strip[: -2 * step]).mean(axis=1)
    a = int(np.ceil(lo)) - r0
    b = int(hi) - r0
    estimate = estimate_chin(face)
    weight = np.exp(-0.5 * ((rows[a : b + 1] - estimate) / (CHIN_PRIOR * em)) ** 2)
    j = a + int(np.argmin(profile[a : b + 1] * weight))
    if -profile[j] < CHIN_MIN_STEP or not a < j < b:
        return None
    y0, y1, y2 = float(profile[j - 1]), float(profile[j]), float(profile[j + 1])
    curvature = y0 - 2 * y1 + y2
    sub = 0.5 * (y0 - y2) / curvature if curvature > 1e-6 else 0.0
    return float(rows[j]) + float(np.clip(sub, -0.5, 0.5))


def find_head_rows(lab: np.ndarray, face: Face, model: BackgroundModel, *, busy: bool) -> HeadRows:
    """Finds the crown and chin rows of ``face``.

    Args:
        lab: The analysed image in CIE Lab.
        face: The face (coordinates in the same image).
        model: The background model of the image.
        busy: True when the backdrop is known to be busy (the crown is then estimated).

    Returns:
        The head rows, with ``crown_estimated`` (``chin_estimated``) set when the crown
        (chin) was not measured.
    """
    _x, y, w, h = face.box
    measured_chin = measure_chin(lab, face)
    chin_estimated = measured_chin is None
    chin = estimate_chin(face) if measured_chin is None else measured_chin
    fallback = y - CROWN_ABOVE_BOX * h
    if busy:
        return HeadRows(max(0.0, fallback), chin, True, None, chin_estimated)
    dist = _distance_map(lab, model, int(max(1, y + 0.1 * h)))
    threshold = max(MIN_DISTANCE, 3.0 * model.noise)
    cx = face_midline(face)
    crown = _scan_crown(dist > threshold, cx, w, h)
    if crown is not None and crown < 1.0:
        crown = _refine_top(lab, cx, w, y - CROWN_PLAUSIBLE[0] * h)
    lo, hi = CROWN_PLAUSIBLE
    if crown is None or not (y - hi * h <= crown <= y - lo * h):
        return HeadRows(max(0.0, fallback), chin, True, None, chin_estimated)
    head_width = _head_width(dist > threshold, cx, int(y - 0.05 * h))
    return HeadRows(float(crown), chin, False, head_width, chin_estimated)


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
