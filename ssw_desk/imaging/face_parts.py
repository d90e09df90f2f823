"""Measures of the inner face: lenses over the eyes, a covered lower face, looking up or down.

All run on the working image's CIE Lab pixels (see :mod:`ssw_desk.imaging.measures`) around
the detector's five landmarks, with sizes in eye distances so they do not depend on how large
the face is. Calibrated on ``../shared/photos/realworld/`` (see ``docs/photo-checks.md`` for
which half and the figures).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ssw_desk.imaging.faces import Face

#: Colour distance (CIE a*b*) within which a pixel counts as the cheeks' skin colour.
SKIN_AB_DISTANCE = 8.0
#: Below this mean chroma the photo is greyscale and skin cannot be told by colour.
MIN_CHEEK_CHROMA = 3.0


@dataclass(frozen=True)
class FaceParts:
    """Measures of the inner face (None when a patch falls outside the image).

    Attributes:
        eye_texture: Standard deviation of the lightness over both eye areas. An open eye
            (white, iris, lashes) is 6-28; a dark or mirrored lens is flat (under 4).
        lower_face_skin: Share of the mouth area whose colour is the cheeks' skin colour
            (lips and a beard included: 0.1-1.0); a mask or a bar over the mouth is near 0.
            None for a greyscale photo.
        nose_skin: Same share for the nose; a hand or object over the middle of the face
            brings it near 0.
        chin_skin: Same share just below the lower lip (skin on a bare chin, covered by a
            mask; a beard lowers it too).
        lip_redness: 90th percentile of a* in the mouth area minus the cheeks' median a*
            (lips are redder than skin; a mask is not).
        pitch: Nose tip position along the line from the eye midpoint to the mouth midpoint
            (0 = at the eyes, 1 = at the mouth). About 0.5-0.62 for a face looking straight
            ahead; it falls when the head tips back (looking up) and rises when looking down.
    """

    eye_texture: float | None
    lower_face_skin: float | None
    nose_skin: float | None
    chin_skin: float | None
    lip_redness: float | None
    pitch: float | None


def _box(lab: np.ndarray, cx: float, cy: float, rw: float, rh: float) -> np.ndarray | None:
    x0, x1 = round(cx - rw), round(cx + rw) + 1
    y0, y1 = round(cy - rh), round(cy + rh) + 1
    if x0 < 0 or y0 < 0 or x1 > lab.shape[1] or y1 > lab.shape[0] or x1 - x0 < 2:
        return None
    return np.asarray(lab[y0:y1, x0:x1].reshape(-1, 3))


def face_parts(lab: np.ndarray, face: Face) -> FaceParts:
    """Measures the inner face of ``face`` on the working image ``lab`` (CIE Lab, float32)."""
    (lx, ly), (rx, ry) = face.eyes
    (ax, ay), (bx, by) = face.mouth
    dist = math.hypot(rx - lx, ry - ly)
    if dist < 6:
        return FaceParts(None, None, None, None, None, None)
    ex, ey = (lx + rx) / 2, (ly + ry) / 2
    mx, my = (ax + bx) / 2, (ay + by) / 2
    em = math.hypot(mx - ex, my - ey)
    pitch = None
    if em >= 4:
        nx, ny = face.nose
        pitch = ((nx - ex) * (mx - ex) + (ny - ey) * (my - ey)) / (em * em)
    eyes = [_box(lab, x, y, 0.18 * dist, 0.18 * dist) for x, y in ((lx, ly), (rx, ry))]
    texture = None
    if eyes[0] is not None and eyes[1] is not None:
        texture = float(min(np.std(eyes[0][:, 0]), np.std(eyes[1][:, 0])))
    cheeks = [_box(lab, x, y + 0.55 * dist, 0.15 * dist, 0.15 * dist) for x, y in face.eyes]
    mouth = _box(lab, mx, my, 0.35 * dist, 0.12 * dist)
    nose = _box(lab, ex, ey + 0.5 * dist, 0.12 * dist, 0.12 * dist)
    chin = _box(lab, mx, my + 0.45 * em, 0.2 * dist, 0.08 * dist) if em >= 4 else None
    if cheeks[0] is None or cheeks[1] is None or mouth is None or nose is None:
        return FaceParts(texture, None, None, None, None, pitch)
    cheek = np.vstack([cheeks[0], cheeks[1]])
    centre = np.median(cheek, axis=0)
    redness = float(np.percentile(mouth[:, 1], 90) - centre[1])
    if float(np.median(np.hypot(cheek[:, 1], cheek[:, 2]))) < MIN_CHEEK_CHROMA:
        return FaceParts(texture, None, None, None, redness, pitch)

    def skin_share(pixels: np.ndarray) -> float:
        near = np.hypot(pixels[:, 1] - centre[1], pixels[:, 2] - centre[2]) < SKIN_AB_DISTANCE
        return float(np.mean(near))

    chin_share = None if chin is None else skin_share(chin)
    return FaceParts(texture, skin_share(mouth), skin_share(nose), chin_share, redness, pitch)
