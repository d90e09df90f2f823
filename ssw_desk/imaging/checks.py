"""Turns photo measures into the checks the desk shows, one per rule, always all of them.

Each check has a stable code (``photo.head_size``), a status, the value it judged, the limits it
used and a short English message for logs and scripts (the GUI translates the code, not the
message). Statuses: ``pass``, ``fail``, ``warn``, ``unknown`` (shown as "clerk decides": the
desk is unsure and the message says why) and ``info`` (shown to the clerk, never a finding).

A photo that cannot be analysed at all gets one *failing* check naming why
(:func:`unreadable_checks`: ``image.bomb``, ``file.truncated``, ...), so it can never be
approved for lack of a finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ssw_desk.imaging.limits import PhotoLimits

#: Every check, in the order the desk lists them.
CHECK_CODES: tuple[str, ...] = (
    "file.format",
    "file.size",
    "photo.face_count",
    "photo.head_size",
    "photo.centred",
    "photo.shoulders",
    "photo.pose",
    "photo.colour",
    "photo.background",
    "photo.eyes_visible",
    "photo.head_covering",
    "photo.face_covered",
    "photo.sharpness",
    "photo.resolution",
    "photo.age",
)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one rule.

    Attributes:
        code: Stable code, one of :data:`CHECK_CODES`.
        status: ``pass``, ``fail``, ``warn`` or ``unknown``.
        value: The measured value (rounded), or None when it could not be measured.
        limits: The limits applied (a mapping or a short text), or None.
        message: A short English explanation (logs, ``--json``); never personal data.
    """

    code: str
    status: str
    value: float | str | int | None
    limits: dict[str, Any] | str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status,
            "value": self.value,
            "limits": self.limits,
            "message": self.message,
        }


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(float(value), digits)  # JSON-friendly


def file_checks(fmt: str, size: int, limits: PhotoLimits) -> list[CheckResult]:
    """Returns ``file.format`` and ``file.size``, judged by the intake's one file rule."""
    return [
        CheckResult(c["code"], c["status"], c["value"], c["limits"], c["message"])
        for c in limits.files.judge(fmt, size)
    ]


#: Decoder error code -> failing check code (a truncated file shares intake's code).
UNREADABLE_CODES: dict[str, str] = {
    **{c: c for c in ("image.bomb", "image.too_large", "image.too_small", "image.empty")},
    "image.unreadable": "image.unreadable",
    "image.truncated": "file.truncated",
}


def unknown_checks(reason: str, *, skip: tuple[str, ...] = ()) -> list[CheckResult]:
    """Returns every photo check as ``unknown`` (the image could not be analysed)."""
    return [
        CheckResult(code, "unknown", None, None, reason)
        for code in CHECK_CODES
        if code.startswith("photo.") and code not in skip
    ]


def unreadable_checks(error: str) -> list[CheckResult]:
    """The checks of a photo that could not be decoded: one failing check naming why, then
    every photo check ``unknown`` with that reason.

    Args:
        error: The :class:`~ssw_desk.imaging.decode.ImageError` code.
    """
    code = UNREADABLE_CODES.get(error, "image.unreadable")
    reason = f"not analysed: {code}"
    failing = CheckResult(code, "fail", error, None, "the photo cannot be analysed safely")
    return [failing, *unknown_checks(reason)]


def photo_checks(
    m: dict[str, Any], limits: PhotoLimits, request_date: date | None
) -> list[CheckResult]:
    """Returns every ``photo.*`` check from the measures of a decoded image.

    Args:
        m: The measures (see :func:`ssw_desk.imaging.report.analyse_photo`).
        limits: The limits to apply.
        request_date: Date of the request, for ``photo.age`` (today when None).
    """
    if m["faces"] != 1:
        reason = "no face found" if m["faces"] == 0 else "more than one face"
        found = [
            _face_count(m),
            _colour(m, limits),
            _resolution(m, limits),
            _age(m, limits, request_date),
        ]
        if m["faces"] == 0:
            found.append(_sideways(m, reason))
        else:  # a head covering on the largest face is named even in a group photo
            found.append(_covering(m, limits))
        measured = {c.code: c for c in found}
        return [
            measured.get(code) or CheckResult(code, "unknown", None, None, reason)
            for code in CHECK_CODES
            if code.startswith("photo.")
        ]
    out = [_face_count(m)]
    out += [
        _head_size(m, limits),
        _centred(m, limits),
        _shoulders(m, limits),
        _pose(m, limits),
        _colour(m, limits),
        _background(m, limits),
        _eyes(m, limits),
        _covering(m, limits),
        _face_covered(m, limits),
        _sharpness(m, limits),
        _resolution(m, limits),
        _age(m, limits, request_date),
    ]
    return sorted(out, key=lambda c: CHECK_CODES.index(c.code))


def _face_count(m: dict[str, Any]) -> CheckResult:
    n = int(m["faces"])
    if n == 1:
        return CheckResult("photo.face_count", "pass", n, {"exactly": 1}, "one face")
    msg = "no face found" if n == 0 else f"{n} faces found"
    return CheckResult("photo.face_count", "fail", n, {"exactly": 1}, msg)


def _head_size(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    ratio = m.get("head_ratio")
    lim: dict[str, Any] = {"min": limits.head_ratio_min, "max": limits.head_ratio_max}
    if ratio is None:
        return CheckResult("photo.head_size", "unknown", None, lim, "head not measured")
    inside = limits.head_ratio_min <= ratio <= limits.head_ratio_max
    near = min(abs(ratio - limits.head_ratio_min), abs(ratio - limits.head_ratio_max))
    estimated = [part for part in ("crown", "chin") if m.get(f"{part}_estimated")]
    if estimated:
        lim["estimate_margin"] = limits.head_ratio_estimate_margin
        if near < limits.head_ratio_estimate_margin:
            what = " and ".join(estimated)
            return CheckResult(
                "photo.head_size",
                "unknown",
                _r(ratio),
                lim,
                f"clerk decides: {what} estimated, {near * 100:.1f} pt from a limit",
            )
    score = m.get("face_score")
    if score is not None and score < limits.face_score_unsure:
        lim["face_score_unsure"] = limits.face_score_unsure
        return CheckResult(
            "photo.head_size", "unknown", _r(ratio), lim, f"clerk decides: face score {score:.0f}"
        )
    if inside:
        return CheckResult("photo.head_size", "pass", _r(ratio), lim, "head size within limits")
    side = "small" if ratio < limits.head_ratio_min else "large"
    return CheckResult("photo.head_size", "fail", _r(ratio), lim, f"head too {side}")


def _graded(
    code: str, value: float | None, warn: float, fail: float, lim: dict[str, Any], what: str
) -> CheckResult:
    """A check where larger is worse: pass up to ``warn``, warn up to ``fail``, then fail."""
    if value is None:
        return CheckResult(code, "unknown", None, lim, f"{what} not measured")
    if value > fail:
        return CheckResult(code, "fail", _r(value), lim, f"{what} beyond limit")
    if value > warn:
        return CheckResult(code, "warn", _r(value), lim, f"{what} near limit")
    return CheckResult(code, "pass", _r(value), lim, f"{what} within limits")


def _centred(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    offset = m.get("centre_offset")
    lim = {"max_abs_pass": limits.centre_offset_pass, "max_abs_fail": limits.centre_offset_fail}
    check = _graded(
        "photo.centred",
        None if offset is None else abs(offset),
        limits.centre_offset_pass,
        limits.centre_offset_fail,
        lim,
        "offset",
    )
    return CheckResult(check.code, check.status, _r(offset), lim, check.message)


def _shoulders(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    room = m.get("shoulder_room")
    lim = {"warn_below": limits.shoulder_room_warn, "fail_below": limits.shoulder_room_fail}
    if room is None:
        return CheckResult("photo.shoulders", "unknown", None, lim, "chin not found")
    if room < limits.shoulder_room_fail:
        return CheckResult("photo.shoulders", "fail", _r(room), lim, "no room for shoulders")
    if room < limits.shoulder_room_warn:
        return CheckResult("photo.shoulders", "warn", _r(room), lim, "shoulders may be cut")
    return CheckResult("photo.shoulders", "pass", _r(room), lim, "room for shoulders")


def _pose(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    """Roll and yaw from the detector's landmarks (and the face's symmetry); the nod (looking
    up or down) from the face-landmark model's 3-D points, or, without the model, from the
    nose position between the eyes and the mouth."""
    roll, yaw = m.get("roll_deg"), m.get("yaw")
    nod, ratio = m.get("pitch_deg"), m.get("pitch")
    lim: dict[str, Any] = {
        "roll_warn_deg": limits.roll_warn_deg,
        "roll_fail_deg": limits.roll_fail_deg,
        "yaw_warn": limits.yaw_warn,
        "yaw_fail": limits.yaw_fail,
    }
    if nod is not None:
        lim.update(
            pitch_up_deg=limits.pitch_up_deg,
            pitch_down_deg=limits.pitch_down_deg,
            pitch_deg_unsure=limits.pitch_deg_unsure,
        )
    else:
        lim.update(
            pitch_min=limits.pitch_min,
            pitch_max=limits.pitch_max,
            pitch_unsure=limits.pitch_unsure,
        )
    if m.get("sideways"):
        return _sideways(m, "pose not measured")
    if roll is None or yaw is None:
        return CheckResult("photo.pose", "unknown", None, lim, "pose not measured")
    value = f"roll {roll:.1f} deg, yaw {yaw:.2f}"
    if nod is not None:
        value += f", nod {nod:+.0f} deg"
    elif ratio is not None:
        value += f", pitch {ratio:.2f}"
    if abs(roll) > limits.roll_fail_deg or abs(yaw) > limits.yaw_fail:
        return CheckResult("photo.pose", "fail", value, lim, "not facing forward")
    way, near = _nod(nod, ratio, limits)
    if way:
        return CheckResult("photo.pose", "fail", value, lim, f"looking {way}")
    if near:
        return CheckResult("photo.pose", "unknown", value, lim, "clerk decides: pitch near a limit")
    if abs(roll) > limits.roll_warn_deg or abs(yaw) > limits.yaw_warn:
        return CheckResult("photo.pose", "warn", value, lim, "head tilted or turned")
    return CheckResult("photo.pose", "pass", value, lim, "facing forward")


def _nod(nod: float | None, ratio: float | None, limits: PhotoLimits) -> tuple[str, bool]:
    """("up" / "down" / "", near a limit) from the nod in degrees, else the nose ratio."""
    if nod is not None:
        up, down, unsure = limits.pitch_up_deg, limits.pitch_down_deg, limits.pitch_deg_unsure
        way = "up" if nod > up else "down" if nod < -down else ""
        return way, not -down + unsure <= nod <= up - unsure
    if ratio is None:
        return "", False
    lo, hi, unsure = limits.pitch_min, limits.pitch_max, limits.pitch_unsure
    way = "up" if ratio < lo else "down" if ratio > hi else ""
    return way, not lo + unsure <= ratio <= hi - unsure


def _sideways(m: dict[str, Any], reason: str) -> CheckResult:
    """The pose of a photo with no upright face: on its side when a quarter turn shows one."""
    turn = m.get("sideways")
    if turn:
        return CheckResult(
            "photo.pose",
            "fail",
            f"on its side ({turn} deg)",
            None,
            f"photo on its side (upright when turned {turn} degrees clockwise)",
        )
    return CheckResult("photo.pose", "unknown", None, None, reason)


def _colour(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    value = m.get("colourfulness")
    lim = {"min": limits.colourfulness_min}
    if value is None:
        return CheckResult("photo.colour", "unknown", None, lim, "not measured")
    if value < limits.colourfulness_min:
        return CheckResult("photo.colour", "fail", _r(value, 2), lim, "greyscale photo")
    return CheckResult("photo.colour", "pass", _r(value, 2), lim, "colour photo")


def _background(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    """Edges in the backdrop (clutter) and its unevenness against a smooth shading (blurred
    rooms and scenery); the person's outline, hair included, is left out of both."""
    lim = {
        "warn_from": limits.background_busy_warn,
        "fail_from": limits.background_busy_fail,
        "uneven_unsure": limits.backdrop_unsure,
        "uneven_fail": limits.backdrop_uneven,
    }
    value, uneven = m.get("background_busyness"), m.get("backdrop_unevenness")
    where = " (corners beside the head)" if m.get("background_region") == "corners" else ""
    code = "photo.background"
    if uneven is not None:
        shown = _r(value) if value is not None else None
        if uneven >= limits.backdrop_uneven:
            return CheckResult(code, "fail", shown, lim, f"busy background (uneven {uneven:.1f})")
        if uneven >= limits.backdrop_unsure:
            if value is not None and value >= limits.background_busy_warn:
                return CheckResult(code, "fail", shown, lim, "busy background" + where)
            return CheckResult(
                code, "unknown", shown, lim, f"clerk decides: backdrop uneven ({uneven:.1f})"
            )
        if uneven < limits.backdrop_plain_max:
            return CheckResult(code, "pass", shown, lim, "plain background")
    if value is None:
        return CheckResult(code, "unknown", None, lim, "too little backdrop")
    if value >= limits.background_busy_fail:
        return CheckResult(code, "fail", _r(value), lim, "busy background" + where)
    if value >= limits.background_busy_warn:
        return CheckResult(code, "warn", _r(value), lim, "background not plain" + where)
    return CheckResult(code, "pass", _r(value), lim, "plain background" + where)


def _eyes(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    """Dark lenses make the eyes darker than the cheeks; tinted or mirrored ones make them
    flat (no white of the eye, no iris edge): either fails."""
    darkness, texture = m.get("eye_darkness"), m.get("eye_texture")
    lim = {
        "min_ratio": limits.eye_darkness_max,
        "texture_min": limits.eye_texture_min,
        "texture_unsure": limits.eye_texture_unsure,
    }
    if darkness is None and texture is None:
        return CheckResult("photo.eyes_visible", "unknown", None, lim, "eyes not measured")
    value = f"darkness {'n/a' if darkness is None else f'{darkness:.2f}'}, texture " + (
        "n/a" if texture is None else f"{texture:.1f}"
    )
    if darkness is not None and darkness < limits.eye_darkness_max:
        return CheckResult("photo.eyes_visible", "fail", value, lim, "eyes hidden (dark lenses)")
    if texture is not None and texture < limits.eye_texture_min:
        return CheckResult("photo.eyes_visible", "fail", value, lim, "eyes hidden (tinted lenses)")
    if texture is not None and texture < limits.eye_texture_unsure:
        return CheckResult("photo.eyes_visible", "unknown", value, lim, "clerk decides: eyes flat")
    return CheckResult("photo.eyes_visible", "pass", value, lim, "eyes visible")


def _covering(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    """A hat, cap, scarf or veil shows as a colour hair does not have over the forehead: a
    saturated red, pink, purple, blue or green, or white. The outline's height and width are
    shown, not judged: hair buns and big hair exceed them as often as hats do."""
    lim = {
        "colour_max": limits.covering_colour_max,
        "white_max": limits.covering_white_max,
        "height_max": limits.covering_height_max,
        "width_max": limits.covering_width_max,
    }
    code = "photo.head_covering"
    colour, white = m.get("covering_colour"), m.get("covering_white")
    height, width = m.get("crown_height_ratio"), m.get("head_width_ratio")
    parts = []
    if colour is not None and white is not None:
        parts.append(f"colour {colour:.2f}, white {white:.2f}")
    if height is not None and not m.get("crown_estimated"):
        parts.append(f"height {height:.2f}")
    if width is not None:
        parts.append(f"width {width:.2f}")
    value = ", ".join(parts) or None
    if m.get("sideways"):
        return CheckResult(code, "unknown", value, lim, "clerk decides: photo on its side")
    if colour is None or white is None:
        return CheckResult(code, "unknown", value, lim, "clerk decides: top of the head not seen")
    if colour >= limits.covering_colour_max:
        return CheckResult(code, "fail", value, lim, "head covered (a colour hair does not have)")
    if white >= limits.covering_white_max:
        return CheckResult(code, "fail", value, lim, "head covered (white, not hair)")
    return CheckResult(code, "pass", value, lim, "no head covering seen")


def _face_covered(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    """A mask, a hand or an object over the face: the face-landmark model no longer sees a
    whole face (its presence score falls), or neither the mouth area nor the chin below it
    has the cheeks' skin colour (an open smile or a moustache leaves the chin bare)."""
    mouth, chin, nose = m.get("lower_face_skin"), m.get("chin_skin"), m.get("nose_skin")
    visibility = m.get("face_visibility")
    lim: dict[str, Any] = {
        "skin_min": limits.face_skin_min,
        "skin_unsure": limits.face_skin_unsure,
        "nose_skin_min": limits.nose_skin_min,
        "visibility_min": limits.face_visibility_min,
    }
    code = "photo.face_covered"
    parts = [] if visibility is None else [f"face visibility {visibility:.1f}"]
    if mouth is not None and nose is not None:
        parts.append(
            f"mouth skin {mouth:.2f}, chin skin "
            + ("n/a" if chin is None else f"{chin:.2f}")
            + f", nose skin {nose:.2f}"
        )
    value = ", ".join(parts) or None
    if m.get("sideways"):
        return CheckResult(code, "unknown", value, lim, "clerk decides: photo on its side")
    if visibility is not None and visibility < limits.face_visibility_min:
        return CheckResult(
            code, "fail", value, lim, "face covered (the face model sees no whole face)"
        )
    if mouth is None or nose is None:
        if visibility is not None:  # greyscale: skin cannot be told by colour, the mesh can
            return CheckResult(code, "pass", value, lim, "face visible (skin colour not judged)")
        why = "greyscale photo" if m.get("eye_texture") is not None else "face not measured"
        return CheckResult(code, "unknown", value, lim, f"clerk decides: {why}")
    lower = mouth if chin is None else max(mouth, chin)
    if lower < limits.face_skin_min:
        return CheckResult(code, "fail", value, lim, "mouth and chin covered")
    if lower < limits.face_skin_unsure:
        return CheckResult(code, "unknown", value, lim, "clerk decides: little skin at the mouth")
    if nose < limits.nose_skin_min:
        return CheckResult(code, "unknown", value, lim, "clerk decides: little skin at the nose")
    return CheckResult(code, "pass", value, lim, "face not covered")


def _sharpness(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    value = m.get("sharpness")
    lim = {"fail_below": limits.sharpness_min, "warn_below": limits.sharpness_warn}
    if value is None:
        return CheckResult("photo.sharpness", "unknown", None, lim, "not measured")
    if value < limits.sharpness_min:
        return CheckResult("photo.sharpness", "fail", _r(value, 1), lim, "blurred")
    if value < limits.sharpness_warn:
        return CheckResult("photo.sharpness", "warn", _r(value, 1), lim, "slightly soft")
    return CheckResult("photo.sharpness", "pass", _r(value, 1), lim, "sharp")


def _resolution(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    w, h = int(m["width"]), int(m["height"])
    rw, rh = limits.recommended_width, limits.recommended_height
    lim = {"recommended": f"{rw}x{rh}", "aspect_tolerance": limits.aspect_tolerance}
    value = f"{w}x{h}"
    aspect_error = abs((w / h) / (rw / rh) - 1.0)
    if w < rw or h < rh:
        return CheckResult("photo.resolution", "warn", value, lim, "smaller than recommended")
    if aspect_error > limits.aspect_tolerance:
        return CheckResult("photo.resolution", "warn", value, lim, "aspect differs from 200:230")
    return CheckResult("photo.resolution", "pass", value, lim, "size fits")


def _age(m: dict[str, Any], limits: PhotoLimits, request_date: date | None) -> CheckResult:
    """Information only: an EXIF date is no proof of when a photo was taken, and photos sent
    through messaging apps normally have none; the clerk sees the date, no finding is made."""
    lim = {"max_days": limits.max_age_days}
    taken = m.get("exif_date")
    if not taken:
        return CheckResult("photo.age", "info", None, lim, "no date in the file")
    day = datetime.fromisoformat(taken).date()
    ref = request_date or date.today()
    days = (ref - day).days
    if days < -1:
        return CheckResult("photo.age", "info", taken[:10], lim, "file date after the request")
    if days > limits.max_age_days:
        return CheckResult("photo.age", "info", taken[:10], lim, f"file dated {days} days before")
    return CheckResult(
        "photo.age", "info", taken[:10], lim, f"file dated {max(days, 0)} days before"
    )
