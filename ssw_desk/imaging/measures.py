"""Pixel measures of a portrait: colour, background, sharpness, eyes, pose.

All measures run on the *working image*: the analysed pixels resized so the image is
:data:`WORK_HEIGHT` rows tall, the size of the calibration portraits, so thresholds do not
depend on how large the applicant's file was.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ssw_desk.imaging.crown import estimate_chin, face_midline
from ssw_desk.imaging.faces import Face

#: Height of the working image every measure runs on (the calibration portraits are 275 tall).
WORK_HEIGHT = 275
#: Sobel magnitude of CIE L above which a background pixel counts as an edge.
EDGE_GRADIENT = 6.0
#: Width the face is resized to before measuring sharpness.
SHARPNESS_FACE_WIDTH = 128
#: Side of the square the face is resampled to for the symmetry roll (pixels).
ROLL_SIDE = 32
#: Radius of that square around the face centre, in eye-to-mouth distances.
ROLL_RADIUS = 1.0
#: Roll angles searched (degrees): coarse step over +-ROLL_RANGE, then 1 degree around the best.
ROLL_RANGE = 42.0
ROLL_STEP = 3.0
#: Largest horizontal offset of the symmetry axis from the landmark centre (square pixels).
ROLL_SHIFT = 3
#: Best asymmetry divided by the best one more than 10 degrees away: above this the minimum is
#: not distinct and the landmark roll is used instead.
ROLL_CONTRAST = 0.9


def colourfulness(lab: np.ndarray) -> float:
    """Returns the mean chroma (CIE Lab sqrt(a² + b²)); about 0-1 for a greyscale image."""
    return float(np.mean(np.hypot(lab[:, :, 1], lab[:, :, 2])))


def background_region(
    shape: tuple[int, ...], face: Face, crown_y: float, *, sides: bool = True
) -> np.ndarray:
    """Returns a boolean mask of pixels that should be backdrop.

    Above the head (rows over the crown, less a small margin) and, beside the head, the
    columns further than 0.9 face widths from the midline, down to the chin (unless
    ``sides`` is False).
    """
    h, w = shape[:2]
    _x, y, fw, fh = face.box
    cx = face_midline(face)
    mask = np.zeros((h, w), dtype=bool)
    top = int(max(0.0, min(crown_y, y - 0.45 * fh) - 0.02 * h))
    mask[:top, :] = True
    if not sides:
        return mask
    chin = int(np.clip(estimate_chin(face), 0, h))
    left = int(np.clip(cx - 0.9 * fw, 0, w))
    right = int(np.clip(cx + 0.9 * fw, 0, w))
    mask[:chin, :left] = True
    mask[:chin, right:] = True
    return mask


#: Fallback backdrop for close crops: columns further than this many face widths from the
#: midline, above the eyes (chosen on the tuning half of the real-world photos).
CORNER_HALF_WIDTH = 0.75


def corner_region(shape: tuple[int, ...], face: Face) -> np.ndarray:
    """The backdrop of a close crop, whose :func:`background_region` is too small to judge:
    the two upper corners beside the head, above the eye line."""
    h, w = shape[:2]
    cx = face_midline(face)
    eye_row = int(np.clip(min(y for _x, y in face.eyes), 0, h))
    half = CORNER_HALF_WIDTH * face.box[2]
    left = int(np.clip(cx - half, 0, w))
    right = int(np.clip(cx + half, 0, w))
    mask = np.zeros((h, w), dtype=bool)
    mask[:eye_row, :left] = True
    mask[:eye_row, right:] = True
    return mask


def background_busyness(
    lab: np.ndarray, region: np.ndarray, *, min_share: float = 0.03
) -> float | None:
    """Returns the share of backdrop pixels on an edge (0 = perfectly plain), or None.

    A studio backdrop, even a strong gradient, has almost no edges; trees, flags, windows
    and blurred rooms have many. None when the backdrop region is too small to judge.
    """
    if int(region.sum()) < min_share * region.size:
        return None
    light = lab[:, :, 0]
    gx = cv2.Sobel(light, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(light, cv2.CV_32F, 0, 1)
    magnitude = cv2.magnitude(gx, gy)
    return float(np.mean(magnitude[region] > EDGE_GRADIENT))


#: Sampling step (pixels) of the backdrop for :func:`backdrop_unevenness`.
UNEVEN_STEP = 2


def backdrop_unevenness(
    lab: np.ndarray, region: np.ndarray, *, min_share: float = 0.03
) -> float | None:
    """RMS distance (CIE Lab units) of the backdrop from a smooth quadratic shading, or None.

    A plain wall, even lit unevenly, is close to a quadratic in x and y; a blurred room, a
    stage or scenery is not, although its blur leaves few edges for
    :func:`background_busyness`. ``region`` should exclude the person (hair included). None
    when the region is too small to judge.
    """
    if int(region.sum()) < min_share * region.size:
        return None
    h, w = region.shape
    sub = region[::UNEVEN_STEP, ::UNEVEN_STEP]
    ys, xs = np.nonzero(sub)
    u = xs.astype(np.float32) * UNEVEN_STEP / w
    v = ys.astype(np.float32) * UNEVEN_STEP / h
    design = np.stack([np.ones_like(u), u, v, u * u, v * v, u * v], axis=1)
    colours = lab[::UNEVEN_STEP, ::UNEVEN_STEP][ys, xs]
    coef = np.linalg.lstsq(design, colours, rcond=None)[0]
    residual = colours - design @ coef
    return float(np.sqrt(np.mean(np.sum(residual * residual, axis=1))))


def sharpness(grey: np.ndarray, face: Face) -> float | None:
    """Returns the variance of the Laplacian over the face, resized to a fixed width."""
    x, y, w, h = (round(v) for v in face.box)
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(grey.shape[1], x + w), min(grey.shape[0], y + h)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    crop = grey[y0:y1, x0:x1]
    ratio = SHARPNESS_FACE_WIDTH / crop.shape[1]
    size = (SHARPNESS_FACE_WIDTH, max(8, round(crop.shape[0] * ratio)))
    crop = cv2.resize(crop, size, interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(crop, cv2.CV_64F).var())


def eye_darkness(lab: np.ndarray, face: Face) -> float | None:
    """Returns brightness of the eye areas relative to the cheeks below them.

    About 0.6-1.0 for visible eyes; dark lenses bring it near zero. The 75th percentile is
    used in the eye area so that the white of the eye counts and a lash line does not.
    """
    (lx, ly), (rx, ry) = face.eyes
    dist = math.hypot(rx - lx, ry - ly)
    if dist < 6:
        return None
    r = max(2, round(0.15 * dist))
    light = lab[:, :, 0]
    ratios = []
    for ex, ey in ((lx, ly), (rx, ry)):
        eye = _patch(light, ex, ey, r)
        cheek = _patch(light, ex, ey + 0.55 * dist, r)
        if eye is None or cheek is None:
            return None
        ratios.append(float(np.percentile(eye, 75)) / max(1.0, float(np.median(cheek))))
    return min(ratios)


def _patch(img: np.ndarray, cx: float, cy: float, r: int) -> np.ndarray | None:
    x, y = round(cx), round(cy)
    if x - r < 0 or y - r < 0 or x + r >= img.shape[1] or y + r >= img.shape[0]:
        return None
    return img[y - r : y + r + 1, x - r : x + r + 1]


def roll_degrees(face: Face) -> float:
    """Returns the eye-line angle in degrees (positive: the image-right eye is lower)."""
    (lx, ly), (rx, ry) = face.eyes
    return math.degrees(math.atan2(ry - ly, rx - lx))


def measured_roll(light: np.ndarray, face: Face) -> tuple[float, str]:
    """Returns the head roll in degrees (sign as :func:`roll_degrees`) and how it was found.

    YuNet's landmarks are drawn towards an upright face: a 25 degree tilt reads as 3-17
    degrees. The roll is measured instead as the axis of best mirror symmetry of the face:
    the face (eyes to mouth, with a margin) is resampled to a small square at each candidate
    angle and compared with its mirror image, on the gradient magnitude (so side lighting
    matters less). When the best angle is not clearly better than every angle more than
    10 degrees away (a weak or ambiguous face), the eye-line angle is returned.

    Args:
        light: The working image's lightness (CIE L, float32).
        face: The face, in the same pixels.

    Returns:
        (roll in degrees, ``"symmetry"`` or ``"landmarks"``).
    """
    fallback = roll_degrees(face), "landmarks"
    (lx, ly), (rx, ry) = face.eyes
    (ax, ay), (bx, by) = face.mouth
    ex, ey = (lx + rx) / 2, (ly + ry) / 2
    mx, my = (ax + bx) / 2, (ay + by) / 2
    em = math.hypot(mx - ex, my - ey)
    if em < 8:
        return fallback
    n, k = ROLL_SIDE, ROLL_SHIFT
    scale = (n / 2) / (ROLL_RADIUS * em)
    side = 3 * n
    cx, cy = (ex + mx) / 2, (ey + my) / 2
    to_patch = np.array(
        [[scale, 0, side / 2 - scale * cx], [0, scale, side / 2 - scale * cy]], np.float32
    )
    patch = cv2.warpAffine(
        np.asarray(light, dtype=np.float32),
        to_patch,
        (side, side),
        flags=cv2.INTER_AREA,
        borderMode=cv2.BORDER_REPLICATE,
    )
    patch = cv2.magnitude(cv2.Sobel(patch, cv2.CV_32F, 1, 0), cv2.Sobel(patch, cv2.CV_32F, 0, 1))
    yy, xx = np.mgrid[0:n, 0:n]
    u, v = (xx - (n - 1) / 2) / (n / 2), (yy - (n - 1) / 2) / (n / 2)
    mask = ((u / 0.8) ** 2 + v**2 <= 1).astype(np.float32)
    mask /= mask.sum()
    width = n + 2 * k
    windows = np.arange(2 * k + 1)[:, None] + np.arange(n)[None, :]

    def asymmetry(theta: float) -> float:
        a = math.radians(theta)
        c, s = math.cos(a), math.sin(a)
        ox, oy = (width - 1) / 2, (n - 1) / 2
        rot = np.array(
            [[c, -s, side / 2 - (c * ox - s * oy)], [s, c, side / 2 - (s * ox + c * oy)]],
            np.float32,
        )
        crop = cv2.warpAffine(patch, rot, (width, n), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP)
        shifted = crop[:, windows].transpose(1, 0, 2)  # (shifts, rows, n)
        diff = np.abs(shifted - shifted[:, :, ::-1])
        return float((diff * mask).sum(axis=(1, 2)).min())

    coarse = np.arange(-ROLL_RANGE, ROLL_RANGE + 0.01, ROLL_STEP)
    scores = np.array([asymmetry(float(t)) for t in coarse])
    best = int(np.argmin(scores))
    theta0 = float(coarse[best])
    far = scores[np.abs(coarse - theta0) > 10]
    if far.size == 0 or scores[best] > ROLL_CONTRAST * float(far.min()):
        return fallback
    fine = np.arange(theta0 - ROLL_STEP + 1, theta0 + ROLL_STEP - 0.5, 1.0)
    theta = float(fine[int(np.argmin([asymmetry(float(t)) for t in fine]))])
    return theta, "symmetry"


def yaw_estimate(face: Face) -> float:
    """Returns the nose offset from the eye midpoint, in eye distances (0 = frontal).

    The offset is measured along the eye line, so a rolled head does not read as turned.
    """
    (lx, ly), (rx, ry) = face.eyes
    dx, dy = rx - lx, ry - ly
    dist = math.hypot(dx, dy) or 1.0
    mx, my = (lx + rx) / 2, (ly + ry) / 2
    nx, ny = face.nose
    return ((nx - mx) * dx + (ny - my) * dy) / (dist * dist)
