"""Every limit the photo checks use, in one typed settings structure.

The defaults are the published rule of the secretariat (JAIM) where one exists, and values
calibrated on the Congress portrait set (``bench/photo_accuracy.py``) where the rule is only a
word ("clear", "centred", "plain background"). The store keeps an administrator's overrides as a
plain mapping, versioned and validated by the settings registry
(:mod:`ssw_desk.services.settings`, key ``photo``), which rebuilds the limits from it.

Units: fractions are of the image width or height; sizes are pixels. The file size and format
rule is not a photo limit: it is the intake's :class:`~ssw_desk.domain.rules.FileRule` (setting
``intake``), carried here in ``files`` so the checks tab and the intake findings judge a file by
the same rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from ssw_desk.domain.rules import FileRule

#: Bumped whenever a field is added, removed or changes meaning (stored overrides carry it).
LIMITS_VERSION = 2


@dataclass(frozen=True)
class PhotoLimits:
    """Limits of the face-photo checks; defaults follow the published rule.

    Attributes:
        head_ratio_min: Smallest (chin - crown) / height allowed (published: 50 %).
        head_ratio_max: Largest (chin - crown) / height allowed (published: 69 %).
        head_ratio_estimate_margin: When the crown is estimated, ratios this close to a limit
            are a ``warn`` rather than a verdict.
        centre_offset_pass: Largest |face midline - image centre| / width that passes.
        centre_offset_fail: Beyond this the photo is not centred (between the two: ``warn``).
        colourfulness_min: Mean chroma (CIE Lab, 0-~130) below which a photo is greyscale.
        background_busy_warn: Share of backdrop pixels on an edge from which the background
            is a ``warn`` (not plain).
        background_busy_fail: Share from which the background fails as busy.
        sharpness_min: Laplacian energy of the face (normalised to 128 px) below which a photo
            fails as blurred.
        sharpness_warn: Below this (but above the minimum): ``warn``.
        eye_darkness_max: Eye / cheek brightness ratio below which the eyes are hidden (dark
            lenses).
        recommended_width: Recommended width in pixels (published: 200).
        recommended_height: Recommended height in pixels (published: 230).
        aspect_tolerance: Relative difference from 200:230 still accepted without a ``warn``.
        shoulder_room_warn: Fraction of the height below the chin under which shoulders may be
            cut (``warn``).
        shoulder_room_fail: Under this the shoulders are certainly missing (``fail``).
        roll_warn_deg: Head roll (eye-line angle) beyond which the pose is a ``warn``.
        roll_fail_deg: Roll beyond which the pose fails.
        yaw_warn: Nose offset from the eye midpoint / eye distance beyond which: ``warn``.
        yaw_fail: Yaw beyond which the pose fails.
        max_age_days: A photo taken more than this many days before the request fails
            (published: six months).
        min_face_score: Detector confidence (0-100) below which a detection is ignored.
        min_face_fraction: A second face counts only when its height is at least this fraction
            of the largest face (tiny faces on posters in the background are ignored).
        files: The intake's file rule (size and formats), not stored with the photo limits.
        backdrop_plain_max: Unevenness of the backdrop (CIE Lab units: RMS distance of the
            backdrop outside the person from a smooth quadratic shading) below which the
            background passes whatever its edges (sensor noise and fine texture on a plain wall).
        backdrop_unsure: Unevenness from which the clerk decides (fails when edges are busy).
        backdrop_uneven: Unevenness from which the background fails (blurred rooms, stages and
            scenery have few edges but uneven colour).
        covering_height_max: (face top - crown) / face height; shown with the head-covering
            check, no longer a verdict (hair buns and big hair exceed it as often as hats).
        covering_width_max: Head width above the face / face width; shown likewise.
        covering_colour_max: Share of the band above the forehead (inside the person outline)
            in a colour hair does not have (a saturated red, pink, purple, blue or green) from
            which a head covering is seen (``fail``).
        covering_white_max: Share of that band that is white (not skin) from which a white
            cap or scarf is seen (``fail``; white hair stays under it).
        face_visibility_min: Face-presence logit of the face-landmark model below which the
            face is covered (mask, hand, object: ``fail``).
        pitch_up_deg: Nod (degrees, 0 = level as a studio portrait) above which the head is
            tipped back (looking up: ``fail``).
        pitch_down_deg: Nod below minus this: looking down (``fail``).
        pitch_deg_unsure: Degrees inside either nod limit where the clerk decides.
        eye_texture_min: Lightness spread over the eyes below which dark or tinted lenses
            hide them (``fail``).
        eye_texture_unsure: Below this (above the minimum) the clerk decides.
        face_skin_min: Share of skin-coloured pixels over the mouth, and below it on the chin
            (the larger of the two), below which the lower face is covered (mask, bar, hand:
            ``fail``).
        face_skin_unsure: Below this (above the minimum) the clerk decides.
        nose_skin_min: Same share over the nose below which the clerk decides.
        pitch_min: Nose position between eyes (0) and mouth (1) below which the head is tipped
            back (looking up: ``fail``).
        pitch_max: Above this the head is bowed (looking down: ``fail``).
        pitch_unsure: Distance inside ``pitch_min`` / ``pitch_max`` where the clerk decides.
        face_score_unsure: Detector confidence below which a head-size verdict is left to the
            clerk (the landmarks, and so the chin, are less certain).
    """

    head_ratio_min: float = 0.50
    head_ratio_max: float = 0.69
    head_ratio_estimate_margin: float = 0.04
    centre_offset_pass: float = 0.08
    centre_offset_fail: float = 0.10
    colourfulness_min: float = 4.0
    background_busy_warn: float = 0.14
    background_busy_fail: float = 0.20
    sharpness_min: float = 25.0
    sharpness_warn: float = 45.0
    eye_darkness_max: float = 0.35
    recommended_width: int = 200
    recommended_height: int = 230
    aspect_tolerance: float = 0.06
    shoulder_room_warn: float = 0.12
    shoulder_room_fail: float = 0.05
    roll_warn_deg: float = 10.0
    roll_fail_deg: float = 20.0
    yaw_warn: float = 0.25
    yaw_fail: float = 0.45
    max_age_days: int = 183
    min_face_score: int = 60
    min_face_fraction: float = 0.25
    backdrop_plain_max: float = 5.0
    backdrop_unsure: float = 8.0
    backdrop_uneven: float = 11.0
    covering_height_max: float = 0.55
    covering_width_max: float = 1.75
    eye_texture_min: float = 4.0
    eye_texture_unsure: float = 5.0
    face_skin_min: float = 0.05
    face_skin_unsure: float = 0.15
    nose_skin_min: float = 0.03
    pitch_min: float = 0.40
    pitch_max: float = 0.72
    pitch_unsure: float = 0.04
    face_score_unsure: int = 75
    covering_colour_max: float = 0.15
    covering_white_max: float = 0.5
    face_visibility_min: float = 10.0
    pitch_up_deg: float = 24.0
    pitch_down_deg: float = 30.0
    pitch_deg_unsure: float = 3.0
    files: FileRule = field(default_factory=FileRule, metadata={"stored": False})

    @property
    def max_file_bytes(self) -> int:
        """The file size limit in bytes (a file must be strictly smaller)."""
        return self.files.max_bytes

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any] | None) -> PhotoLimits:
        """Limits from the defaults and a mapping of overrides (tests and benchmarks).

        The desk itself reads them through the settings registry, which also upgrades and
        validates stored values.

        Unknown keys are ignored (a mapping from an older or newer desk).

        Raises:
            ValueError: On a value of the wrong type or inconsistent limits.
        """
        known = {f.name for f in fields(cls)} - {"files"}
        changes: dict[str, Any] = {}
        for key, raw in (overrides or {}).items():
            if key not in known:
                continue
            default = getattr(DEFAULT_LIMITS, key)
            try:
                changes[key] = int(raw) if isinstance(default, int) else float(raw)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"limits.{key}: bad value") from exc
        limits = dataclasses.replace(DEFAULT_LIMITS, **changes)
        limits.validate()
        return limits

    def as_dict(self) -> dict[str, Any]:
        """The stored limits as a JSON-serialisable mapping (without the file rule)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "files"}

    def validate(self) -> None:
        """Raises ValueError when the limits contradict each other."""
        if not 0 < self.head_ratio_min < self.head_ratio_max <= 1:
            raise ValueError("limits.head_ratio")
        if self.centre_offset_pass > self.centre_offset_fail:
            raise ValueError("limits.centre_offset")
        if self.background_busy_warn > self.background_busy_fail:
            raise ValueError("limits.background")
        if not 0 <= self.backdrop_plain_max <= self.backdrop_unsure <= self.backdrop_uneven:
            raise ValueError("limits.background")
        if self.sharpness_min > self.sharpness_warn:
            raise ValueError("limits.sharpness")
        if self.shoulder_room_fail > self.shoulder_room_warn:
            raise ValueError("limits.shoulder_room")
        if self.eye_texture_min > self.eye_texture_unsure:
            raise ValueError("limits.eye_texture")
        if self.face_skin_min > self.face_skin_unsure:
            raise ValueError("limits.face_skin")
        if not 0 <= self.pitch_min < self.pitch_max:
            raise ValueError("limits.pitch")
        if not 0 <= self.pitch_deg_unsure < min(self.pitch_up_deg, self.pitch_down_deg):
            raise ValueError("limits.pitch")


DEFAULT_LIMITS = PhotoLimits()
