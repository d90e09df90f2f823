"""Face landmarks (468 points in 3-D) with MediaPipe's face-landmark model, run by OpenCV.

The model (``resources/models/face_landmark.tflite``, 1.2 MB, Apache-2.0, copied from the
``mediapipe`` 0.10.21 wheel; see ``resources/models/SOURCE.md``) takes a 192 x 192 RGB crop of
one face scaled to 0-1 and returns 468 points (x, y in crop pixels, z depth in the same scale,
negative towards the camera) and a face-presence logit. Like the person mask it ships inside
the package and runs on OpenCV's DNN module: nothing is downloaded, no other runtime.

The crop is a square of :data:`CROP_SCALE` times the detector's face box, turned so the eyes
are level (as MediaPipe crops it); the points are mapped back to working-image pixels.

What the checks read from it:

- :attr:`FaceMesh.presence`: how much the crop looks like a whole, visible face. A mask, a hand
  or a large object over the face brings it down (3-7 on the real photos, against 14 and more
  for every uncovered face, profiles included).
- :meth:`FaceMesh.pitch`: the head's nod in degrees, from the 3-D face axes (positive: looking
  up). The detector's five landmarks cannot see it: a tipped-back head keeps its nose between
  the eyes and the mouth.
- :meth:`FaceMesh.forehead_top`: the top of the forehead, below which the face is skin and above
  which the hair (or a head covering) starts.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from ssw_desk.errors import DeskError
from ssw_desk.imaging.faces import Face
from ssw_desk.resources import resource_path

log = logging.getLogger(__name__)

#: The model's input side.
INPUT_SIDE = 192
#: Side of the square crop around the face, in face-box sizes (MediaPipe uses 1.5).
CROP_SCALE = 1.5
#: Mesh points: forehead top contour (image-left to image-right), brows, cheeks, chin.
FOREHEAD_TOP = (54, 103, 67, 109, 10, 338, 297, 332, 284)
CHEEKS = (50, 280, 205, 425)
TOP, CHIN, LEFT, RIGHT = 10, 152, 234, 454
#: The model's raw nod angle of a face looking into the lens: the median of the 440 Congress
#: studio portraits (their 1st-99th percentiles: -21 to +5; the forehead-to-chin line of the
#: model's face leans back, so a level face does not read 0).
PITCH_LEVEL = -9.0

_lock = threading.Lock()
_loaded: list[cv2.dnn.Net] = []


def _net() -> cv2.dnn.Net | None:
    """The network, loaded once; a failed load is not remembered (see ``segment._net``)."""
    with _lock:
        if _loaded:
            return _loaded[0]
        try:
            net = cv2.dnn.readNetFromTFLite(str(resource_path("models", "face_landmark.tflite")))
        except (cv2.error, OSError, DeskError) as exc:  # a damaged install
            log.warning("face landmark model not loaded: %s", type(exc).__name__)
            return None
        _loaded.append(net)
        return net


def forget_model() -> None:
    """Drops the loaded network (tests that point the resources elsewhere use it)."""
    with _lock:
        _loaded.clear()


@dataclass(frozen=True)
class FaceMesh:
    """The 468 face points of one face.

    Attributes:
        points: 468 x 3 float32: x, y in working-image pixels, z depth in the same scale
            (negative towards the camera).
        presence: The model's face-presence logit (larger: a whole, visible face).
    """

    points: np.ndarray
    presence: float

    def axes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The head's unit axes: across (image-left to image-right cheek), down (forehead to
        chin, made perpendicular to the first) and their cross product (out of the face)."""
        p = self.points.astype(np.float64)
        across = p[RIGHT] - p[LEFT]
        across /= np.linalg.norm(across) or 1.0
        down = p[CHIN] - p[TOP]
        down = down - across * float(down @ across)
        down /= np.linalg.norm(down) or 1.0
        return across, down, np.cross(across, down)

    def pitch(self) -> float:
        """The nod in degrees: positive when the face turns up (head tipped back), negative
        when it turns down, 0 for a face looking into the lens as a studio portrait does
        (:data:`PITCH_LEVEL`)."""
        _across, _down, out = self.axes()
        # ``out`` points into the image (+z away from the camera) for a face seen from the front
        return math.degrees(math.atan2(out[1], out[2])) - PITCH_LEVEL

    def roll(self) -> float:
        """The eye-line tilt in degrees from the cheek-to-cheek axis (sign as
        :func:`~ssw_desk.imaging.measures.roll_degrees`: positive when the image-right side is
        lower)."""
        across, _down, _out = self.axes()
        return math.degrees(math.atan2(across[1], across[0]))

    def face_height(self) -> float:
        """Forehead top to chin, in pixels."""
        return float(np.linalg.norm(self.points[CHIN, :2] - self.points[TOP, :2]))

    def forehead_top(self) -> np.ndarray:
        """The forehead's top contour, image-left to image-right (k x 2 pixels)."""
        return np.asarray(self.points[list(FOREHEAD_TOP), :2])

    def up(self) -> np.ndarray:
        """Unit vector (x, y) from the chin towards the forehead."""
        v = self.points[TOP, :2] - self.points[CHIN, :2]
        return np.asarray(v / (np.linalg.norm(v) or 1.0))


def face_mesh(bgr: np.ndarray, face: Face, *, turn: float = 0.0) -> FaceMesh | None:
    """Runs the landmark model on ``face`` of the working image ``bgr``.

    Args:
        bgr: The working image.
        face: The detected face.
        turn: Degrees added to the eye-line angle of the crop (90 or -90: look for a face
            on its side, which the detector can find with its eyes placed wrongly).

    Returns:
        The mesh, or None when the model is unavailable or the face too small.
    """
    net = _net()
    x, y, w, h = face.box
    if net is None or min(w, h) < 8:
        return None
    (lx, ly), (rx, ry) = face.eyes
    angle = math.atan2(ry - ly, rx - lx) + math.radians(turn)
    k = CROP_SCALE * max(w, h) / INPUT_SIDE
    c, s = math.cos(angle) * k, math.sin(angle) * k
    cx, cy = x + w / 2, y + h / 2
    half = INPUT_SIDE / 2
    # crop pixel (u, v) -> image pixel: rotate and scale about the crop centre
    to_image = np.array(
        [[c, -s, cx - c * half + s * half], [s, c, cy - s * half - c * half]], np.float32
    )
    crop = cv2.warpAffine(
        bgr,
        to_image,
        (INPUT_SIDE, INPUT_SIDE),
        flags=cv2.WARP_INVERSE_MAP | cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    blob = cv2.dnn.blobFromImage(crop, 1.0 / 255.0, swapRB=True)
    with _lock:  # one network object: forward passes must not interleave
        net.setInput(blob)
        flag, pts = net.forward(["conv2d_31", "conv2d_21"])
    raw = np.asarray(pts, dtype=np.float32).reshape(468, 3)
    xy = raw[:, :2] @ to_image[:, :2].T + to_image[:, 2]
    points = np.column_stack([xy, raw[:, 2] * k]).astype(np.float32)
    return FaceMesh(points, float(np.asarray(flag).ravel()[0]))


#: Band above the forehead's top contour where a head covering shows, in forehead-to-chin
#: heights (the hair, or what covers it, up to about the crown).
COVER_BAND = (0.08, 0.60)
#: A pixel of that band counts as "white" (a white cap, a white scarf) above this lightness
#: with chroma under :data:`WHITE_CHROMA` (white and grey hair is mostly darker: under 40 %
#: of the band on the 440 Congress portraits, against 90 % for a white cap).
WHITE_L = 88.0
WHITE_CHROMA = 8.0
#: A pixel counts as a dyed fabric colour with chroma above this and a hue outside the range
#: natural hair takes (black, brown, auburn, blond and grey lie within :data:`HAIR_HUES`).
FABRIC_CHROMA = 20.0
HAIR_HUES = (30.0, 100.0)
#: Chroma above which a colour is a fabric whatever its hue (a pure red lies within the hair
#: hues; auburn and dyed-red hair stay near 30, a red cap is over 60), unless it is within
#: :data:`VIVID_SKIN_AB` of the cheeks' colour (a high, flushed forehead or a bald head).
FABRIC_VIVID = 45.0
VIVID_SKIN_AB = 20.0
#: Colour distance (CIE a*b*) within which a pixel has the cheeks' skin colour (a bald head).
SKIN_AB = 8.0


@dataclass(frozen=True)
class CoveringColour:
    """Colours above the forehead that hair does not have.

    Attributes:
        white: Share of the band that is white or near-white and not skin.
        fabric: Share that is a saturated colour outside the hair hues (red, pink, purple,
            blue, green) and not skin.
    """

    white: float
    fabric: float


def covering_colour(lab: np.ndarray, mesh: FaceMesh, person: np.ndarray) -> CoveringColour | None:
    """Measures the band over the forehead (inside the person mask ``person``, boolean) for
    colours that hair does not have; None when the band is too small (the crown is cut)."""
    top = mesh.forehead_top()
    up, height = mesh.up(), mesh.face_height()
    lo, hi = COVER_BAND
    polygon = np.vstack([top + up * hi * height, (top + up * lo * height)[::-1]])
    band = np.zeros(lab.shape[:2], np.uint8)
    cv2.fillPoly(band, [np.round(polygon).astype(np.int32)], 1)
    region = (band > 0) & person
    if int(region.sum()) < 20:
        return None
    cheeks = []
    for i in CHEEKS:
        cx, cy = (round(float(v)) for v in mesh.points[i, :2])
        cheeks.append(lab[max(0, cy - 2) : cy + 3, max(0, cx - 2) : cx + 3].reshape(-1, 3))
    skin_ref = np.median(np.vstack(cheeks), axis=0) if any(c.size for c in cheeks) else None
    px = lab[region]
    light, a, b = px[:, 0], px[:, 1], px[:, 2]
    chroma = np.hypot(a, b)
    hue = np.degrees(np.arctan2(b, a))
    to_skin = (
        np.full(len(px), np.inf, np.float32)
        if skin_ref is None
        else np.hypot(a - skin_ref[1], b - skin_ref[2])
    )
    skin = to_skin < SKIN_AB
    white = (light > WHITE_L) & (chroma < WHITE_CHROMA) & ~skin
    odd_hue = (hue < HAIR_HUES[0]) | (hue > HAIR_HUES[1])
    vivid = (chroma > FABRIC_VIVID) & (to_skin >= VIVID_SKIN_AB)
    fabric = ((chroma > FABRIC_CHROMA) & odd_hue & ~skin) | vivid
    return CoveringColour(float(white.mean()), float(fabric.mean()))
