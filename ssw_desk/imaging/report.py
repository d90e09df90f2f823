"""The photo check: image bytes in, measures, checks and drawing geometry out.

Coordinates in :class:`PhotoReport` (measures and geometry) are pixels of the full, upright
image (EXIF orientation applied), i.e. of what :func:`~ssw_desk.imaging.decode.display_image`
returns, whatever size the analysis itself ran at.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import cv2
import numpy as np

from ssw_desk.imaging import measures as ms
from ssw_desk.imaging.analysis import (
    LANDSCAPE_DETECT_SIDE,
    PORTRAIT_DETECT_SIDE,
    Prepared,
    prepare,
    working_image,
)
from ssw_desk.imaging.checks import file_checks, photo_checks, unreadable_checks
from ssw_desk.imaging.crown import (
    HeadRows,
    background_model,
    face_midline,
    find_head_rows,
    to_lab,
)
from ssw_desk.imaging.face_parts import face_parts
from ssw_desk.imaging.faces import Face, detect_faces, detector_threads, significant_faces
from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from ssw_desk.imaging.mesh import covering_colour, face_mesh
from ssw_desk.imaging.report_types import Geometry, PhotoReport
from ssw_desk.imaging.segment import (
    PERSON,
    SegmentedHead,
    background_only,
    person_mask,
    segmented_head,
)

__all__ = ["Geometry", "PhotoReport", "analyse_photo"]

#: Colour and mask crowns closer than this many face heights agree: the colour crown is kept
#: (chosen on the tuning halves: the Congress calibration figures stay as they were).
CROWN_AGREE = 0.03

_LANDMARK_NAMES = ("right_eye", "left_eye", "nose", "mouth_right", "mouth_left")


def analyse_photo(
    data: bytes,
    *,
    limits: PhotoLimits = DEFAULT_LIMITS,
    request_date: date | None = None,
    filename: str | None = None,
) -> PhotoReport:
    """Checks a face photo against the published rules.

    Never raises for bad input: an undecodable file gives a report with one failing check
    naming why (``image.bomb``, ``file.truncated``, ...; see
    :func:`~ssw_desk.imaging.checks.unreadable_checks`), every photo check ``unknown``, and
    the :class:`ImageError` code in ``measures["error"]``.

    Args:
        data: The attachment's bytes.
        limits: The limits to apply (administrator overrides included).
        request_date: Date the request arrived, for ``photo.age`` (today when None).
        filename: The attachment's name; only used to note an extension that does not match
            the content (``measures["extension_mismatch"]``).

    Returns:
        The report. Measures: ``width``, ``height``, ``file_size``, ``faces``,
        ``faces_detected``, ``face_score``, ``face_box``, ``eyes``, ``landmarks``,
        ``crown_y``, ``chin_y``, ``crown_estimated``, ``chin_estimated``, ``head_ratio``,
        ``centre_offset``, ``roll_deg``, ``roll_method`` (``symmetry`` or ``landmarks``),
        ``yaw``, ``shoulder_room``, ``colourfulness``, ``background_busyness``,
        ``background_uniformity``, ``backdrop_unevenness``, ``crown_method``,
        ``background_region`` (``around`` the head, or only the
        upper ``corners`` of a close crop), ``sharpness``, ``eye_darkness``, ``crown_height_ratio``,
        ``head_width_ratio``, ``eye_texture``, ``lower_face_skin``, ``nose_skin``, ``chin_skin``,
        ``lip_redness``, ``pitch``, ``face_visibility``, ``pitch_deg``, ``covering_colour``,
        ``covering_white``, ``sideways``, ``exif_date``, ``orientation``, ``analysed_scale``,
        ``error``.
    """
    prep = prepare(data)
    checks = file_checks(prep.format, prep.size, limits)
    m: dict[str, Any] = {"file_size": prep.size, "format": prep.format, "error": prep.error}
    if filename and "." in filename:
        ext = filename.rsplit(".", 1)[1].lower()
        ext = {"jpg": "jpeg", "jpe": "jpeg", "tif": "tiff", "heif": "heic"}.get(ext, ext)
        m["extension_mismatch"] = ext != prep.format
    if prep.decoded is None or prep.work is None:
        checks += unreadable_checks(prep.error or "image.unreadable")
        geometry = Geometry(width=0, height=0)
        return PhotoReport(False, prep.format, tuple(checks), m, geometry)
    m.update(_measure(prep, limits))
    checks += photo_checks(m, limits, request_date)
    geometry = _geometry(m, limits)
    ok = all(c.status != "fail" for c in checks)
    return PhotoReport(ok, prep.format, tuple(checks), m, geometry)


def _measure(prep: Prepared, limits: PhotoLimits) -> dict[str, Any]:
    decoded, work = prep.decoded, prep.work
    assert decoded is not None and work is not None
    k = prep.to_full
    m: dict[str, Any] = {
        "width": decoded.width,
        "height": decoded.height,
        "exif_date": decoded.exif_date,
        "orientation": decoded.orientation,
        "analysed_scale": round(decoded.scale, 4),
        "source_mode": decoded.source_mode,
    }
    lab = to_lab(work)
    m["colourfulness"] = round(ms.colourfulness(lab), 3)
    found = [f for f in prep.faces if f.score >= limits.min_face_score]
    faces = significant_faces(found, min_fraction=limits.min_face_fraction)
    m["faces"] = len(faces)
    m["faces_detected"] = len(prep.faces)
    if not faces:
        m["sideways"] = _sideways(work, limits)
        return m
    face = faces[0]
    m.update(_face_measures(face, k))
    model = background_model(lab)
    rough = find_head_rows(lab, face, model, busy=False)
    prob = person_mask(work)
    seg = None if prob is None else segmented_head(prob, face)
    if seg is not None and not _agree(rough, seg.crown_y, face):
        # the person mask outlines the head on any backdrop; where the colour crown agrees
        # with it (plain studio backdrops) the colour crown is kept: it is sub-pixel exact
        rough = replace(
            rough, crown_y=seg.crown_y, crown_estimated=False, head_width=seg.head_width
        )

    def backdrop_of(region: np.ndarray) -> np.ndarray:
        return region if prob is None else background_only(prob, region)

    region = backdrop_of(ms.background_region(lab.shape, face, rough.crown_y))
    busyness = ms.background_busyness(lab, region)
    backdrop = "around"
    if busyness is None:  # a close crop: judge the corners beside the head instead
        corners = backdrop_of(ms.corner_region(lab.shape, face))
        busyness = ms.background_busyness(lab, corners, min_share=0.01)
        backdrop = "corners"
    unevenness = None
    if prob is not None:
        everything = np.ones(lab.shape[:2], dtype=bool)
        unevenness = ms.backdrop_unevenness(lab, background_only(prob, everything, margin=4))
    above = ms.background_region(lab.shape, face, rough.crown_y, sides=False)
    above_busyness = ms.background_busyness(lab, above, min_share=0.01)
    # the colour crown is read against the backdrop above the head: clutter there spoils it
    busy = (
        seg is None and above_busyness is not None and above_busyness >= limits.background_busy_warn
    )
    rows = find_head_rows(lab, face, model, busy=True) if busy else rough
    hw, hh = work.shape[1], work.shape[0]
    _x, y, w, h = face.box
    roll, roll_method = ms.measured_roll(lab[:, :, 0], face)
    mesh = face_mesh(work, face)
    if mesh is not None and abs(mesh.roll()) > max(abs(roll), limits.roll_fail_deg):
        # the detector's landmarks and the symmetry axis both can read a tilted head as more
        # upright than it is; when the face mesh reads a roll beyond the limit, it is kept
        # (below the limit the warning band stays with the symmetry roll: the mesh reads 11
        # to 18 degrees on several upright real photos)
        roll, roll_method = mesh.roll(), "mesh"
    m.update(
        crown_y=round(rows.crown_y * k, 1),
        chin_y=round(rows.chin_y * k, 1),
        crown_estimated=rows.crown_estimated,
        crown_method=_crown_method(rows, seg),
        chin_estimated=rows.chin_estimated,
        head_ratio=round((rows.chin_y - rows.crown_y) / hh, 4),
        centre_offset=round((face_midline(face) - hw / 2) / hw, 4),
        shoulder_room=round((hh - rows.chin_y) / hh, 4),
        background_busyness=None if busyness is None else round(busyness, 4),
        background_region=backdrop,
        backdrop_unevenness=_round(unevenness, 2),
        background_uniformity=None if busyness is None else round(1 - busyness, 4),
        sharpness=_round(ms.sharpness(cv2.cvtColor(work, cv2.COLOR_BGR2GRAY), face), 2),
        eye_darkness=_round(ms.eye_darkness(lab, face), 3),
        roll_deg=round(roll, 2),
        roll_method=roll_method,
        yaw=round(ms.yaw_estimate(face), 3),
        crown_height_ratio=None if rows.crown_estimated else round((y - rows.crown_y) / h, 3),
        head_width_ratio=None if rows.head_width is None else round(rows.head_width / w, 3),
    )
    parts = face_parts(lab, face)
    m.update(
        eye_texture=_round(parts.eye_texture, 2),
        lower_face_skin=_round(parts.lower_face_skin, 3),
        nose_skin=_round(parts.nose_skin, 3),
        chin_skin=_round(parts.chin_skin, 3),
        lip_redness=_round(parts.lip_redness, 2),
        pitch=_round(parts.pitch, 3),
    )
    if mesh is not None and mesh.presence < limits.face_visibility_min:
        # a face on its side: the detector may find it with its eyes placed wrongly, and the
        # mesh then sees no face; turned a quarter, it does
        for turn in (90, -90):
            turned = face_mesh(work, face, turn=turn)
            if turned is not None and turned.presence >= limits.face_visibility_min:
                m["sideways"] = 90 if turn == -90 else 270
                break
    if mesh is not None:
        person = np.ones(lab.shape[:2], bool) if prob is None else prob > PERSON
        cover = covering_colour(lab, mesh, person)
        m.update(
            face_visibility=round(mesh.presence, 2),
            pitch_deg=round(mesh.pitch(), 1),
            covering_colour=None if cover is None else round(cover.fabric, 3),
            covering_white=None if cover is None else round(cover.white, 3),
        )
    return m


def _sideways(work: np.ndarray, limits: PhotoLimits) -> int | None:
    """When no face is found upright: the quarter turn (90 or 270 degrees clockwise) that
    shows one, i.e. a photo stored on its side, or None."""
    for angle, turn in ((90, cv2.ROTATE_90_CLOCKWISE), (270, cv2.ROTATE_90_COUNTERCLOCKWISE)):
        turned = working_image(cv2.rotate(work, turn))
        portrait = turned.shape[0] >= turned.shape[1]
        side = PORTRAIT_DETECT_SIDE if portrait else LANDSCAPE_DETECT_SIDE
        with detector_threads(1):
            found = [
                f for f in detect_faces(turned, max_side=side) if f.score >= limits.min_face_score
            ]
        if significant_faces(found, min_fraction=limits.min_face_fraction):
            return angle
    return None


def _agree(rows: HeadRows, seg_crown: float, face: Face) -> bool:
    """True when the colour model measured a crown within :data:`CROWN_AGREE` of the mask's."""
    if rows.crown_estimated:
        return False
    return abs(rows.crown_y - seg_crown) < CROWN_AGREE * face.box[3]


def _crown_method(rows: HeadRows, seg: SegmentedHead | None) -> str:
    if rows.crown_estimated:
        return "estimate"
    if seg is not None and rows.crown_y == seg.crown_y:
        return "segmentation"
    return "colour"


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _face_measures(face: Face, k: float) -> dict[str, Any]:
    full = face.scaled(k)
    pts = [[round(x, 1), round(y, 1)] for x, y in full.landmarks]
    return {
        "face_score": full.score,
        "face_box": [round(v, 1) for v in full.box],
        "eyes": [[round(x, 1), round(y, 1)] for x, y in full.eyes],
        "landmarks": dict(zip(_LANDMARK_NAMES, pts, strict=True)),
        "face_mid_x": round(face_midline(full), 1),
    }


def _geometry(m: dict[str, Any], limits: PhotoLimits) -> Geometry:
    return Geometry.from_dict(
        {
            **m,
            "head_ratio_min": limits.head_ratio_min,
            "head_ratio_max": limits.head_ratio_max,
        },
        m,
    )
