"""Turns photo measures into the checks the desk shows, one per rule, always all of them.

Each check has a stable code (``photo.head_size``), a status (``pass``, ``fail``, ``warn``,
``unknown``), the value it judged, the limits it used and a short English message for logs and
scripts (the GUI translates the code, not the message).
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
    return None if value is None else round(float(value), digits)


def file_checks(fmt: str, size: int, limits: PhotoLimits) -> list[CheckResult]:
    """Returns ``file.format`` and ``file.size``, judged by the intake's one file rule."""
    return [
        CheckResult(c["code"], c["status"], c["value"], c["limits"], c["message"])
        for c in limits.files.judge(fmt, size)
    ]


def unknown_checks(reason: str, *, skip: tuple[str, ...] = ()) -> list[CheckResult]:
    """Returns every photo check as ``unknown`` (the image could not be analysed)."""
    return [
        CheckResult(code, "unknown", None, None, reason)
        for code in CHECK_CODES
        if code.startswith("photo.") and code not in skip
    ]


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
        measured = {
            c.code: c
            for c in (
                _face_count(m),
                _colour(m, limits),
                _resolution(m, limits),
                _age(m, limits, request_date),
            )
        }
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
    estimated = [part for part in ("crown", "chin") if m.get(f"{part}_estimated")]
    if estimated:
        lim["estimate_margin"] = limits.head_ratio_estimate_margin
        margin = limits.head_ratio_estimate_margin
        near = min(abs(ratio - limits.head_ratio_min), abs(ratio - limits.head_ratio_max))
        if near < margin:
            what = " and ".join(estimated)
            return CheckResult(
                "photo.head_size", "warn", _r(ratio), lim, f"{what} estimated; near a limit"
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
    roll, yaw = m.get("roll_deg"), m.get("yaw")
    lim = {
        "roll_warn_deg": limits.roll_warn_deg,
        "roll_fail_deg": limits.roll_fail_deg,
        "yaw_warn": limits.yaw_warn,
        "yaw_fail": limits.yaw_fail,
    }
    if roll is None or yaw is None:
        return CheckResult("photo.pose", "unknown", None, lim, "pose not measured")
    value = f"roll {roll:.1f} deg, yaw {yaw:.2f}"
    if abs(roll) > limits.roll_fail_deg or abs(yaw) > limits.yaw_fail:
        return CheckResult("photo.pose", "fail", value, lim, "not facing forward")
    if abs(roll) > limits.roll_warn_deg or abs(yaw) > limits.yaw_warn:
        return CheckResult("photo.pose", "warn", value, lim, "head tilted or turned")
    return CheckResult("photo.pose", "pass", value, lim, "facing forward")


def _colour(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    value = m.get("colourfulness")
    lim = {"min": limits.colourfulness_min}
    if value is None:
        return CheckResult("photo.colour", "unknown", None, lim, "not measured")
    if value < limits.colourfulness_min:
        return CheckResult("photo.colour", "fail", _r(value, 2), lim, "greyscale photo")
    return CheckResult("photo.colour", "pass", _r(value, 2), lim, "colour photo")


def _background(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    lim = {"warn_from": limits.background_busy_warn, "fail_from": limits.background_busy_fail}
    value = m.get("background_busyness")
    if value is None:
        return CheckResult("photo.background", "unknown", None, lim, "too little backdrop")
    if value >= limits.background_busy_fail:
        return CheckResult("photo.background", "fail", _r(value), lim, "busy background")
    if value >= limits.background_busy_warn:
        return CheckResult("photo.background", "warn", _r(value), lim, "background not plain")
    return CheckResult("photo.background", "pass", _r(value), lim, "plain background")


def _eyes(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    value = m.get("eye_darkness")
    lim = {"min_ratio": limits.eye_darkness_max}
    if value is None:
        return CheckResult("photo.eyes_visible", "unknown", None, lim, "eyes not measured")
    if value < limits.eye_darkness_max:
        return CheckResult("photo.eyes_visible", "fail", _r(value), lim, "eyes hidden")
    return CheckResult("photo.eyes_visible", "pass", _r(value), lim, "eyes visible")


def _covering(m: dict[str, Any], limits: PhotoLimits) -> CheckResult:
    lim = {"height_max": limits.covering_height_max, "width_max": limits.covering_width_max}
    height, width = m.get("crown_height_ratio"), m.get("head_width_ratio")
    if m.get("crown_estimated") or height is None:
        return CheckResult("photo.head_covering", "unknown", None, lim, "head outline not measured")
    value = f"height {height:.2f}, width " + ("n/a" if width is None else f"{width:.2f}")
    if height > limits.covering_height_max or (
        width is not None and width > limits.covering_width_max
    ):
        return CheckResult("photo.head_covering", "warn", value, lim, "head covering suspected")
    return CheckResult("photo.head_covering", "pass", value, lim, "no head covering seen")


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
    lim = {"max_days": limits.max_age_days}
    taken = m.get("exif_date")
    if not taken:
        return CheckResult("photo.age", "unknown", None, lim, "no date in the file")
    day = datetime.fromisoformat(taken).date()
    ref = request_date or date.today()
    days = (ref - day).days
    if days < -1:
        return CheckResult("photo.age", "warn", taken[:10], lim, "date after the request")
    if days > limits.max_age_days:
        return CheckResult("photo.age", "fail", taken[:10], lim, f"taken {days} days before")
    return CheckResult("photo.age", "pass", taken[:10], lim, f"taken {max(days, 0)} days before")
