"""Every limit the photo checks use, in one typed settings structure.

The defaults are the published rule of the secretariat (JAIM) where one exists, and values
calibrated on the Congress portrait set (``bench/photo_accuracy.py``) where the rule is only a
word ("clear", "centred", "plain background"). The store keeps an administrator's overrides as a
plain mapping and rebuilds the limits with :meth:`PhotoLimits.from_overrides`.

Units: fractions are of the image width or height; sizes are pixels; ``mb_bytes`` is how many
bytes one "MB" of the published "under 5 MB" means (1024 * 1024 by default; set it to 1_000_000
to read MB as decimal megabytes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

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
        max_file_mb: Published file size limit, in MB (strictly under).
        mb_bytes: Bytes per MB for ``max_file_mb``.
        accepted_formats: Formats the secretariat accepts (published: JPG, GIF, PNG).
        covering_height_max: (face top - crown) / face height above which a head covering is
            suspected (``warn``).
        covering_width_max: Head width above the face / face width above which a brimmed or
            wide head covering is suspected (clerk decides).
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
    max_file_mb: float = 5.0
    mb_bytes: int = 1024 * 1024
    accepted_formats: tuple[str, ...] = ("jpeg", "gif", "png")
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

    @property
    def max_file_bytes(self) -> int:
        """The file size limit in bytes (a file must be strictly smaller)."""
        return int(self.max_file_mb * self.mb_bytes)

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any] | None) -> PhotoLimits:
        """Builds limits from the defaults and an administrator's stored overrides.

        Unknown keys (from an older or newer settings version) and ``version`` are ignored;
        values are converted to the field's type so a mapping read from JSON works.

        Args:
            overrides: Field name to value, e.g. ``{"head_ratio_max": 0.7}``.

        Returns:
            The limits with the overrides applied.

        Raises:
            ValueError: When a value cannot be converted or the result is inconsistent.
        """
        if not overrides:
            return DEFAULT_LIMITS
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, Any] = {}
        for key, raw in overrides.items():
            if key not in known:
                continue
            default = getattr(DEFAULT_LIMITS, key)
            try:
                if isinstance(default, tuple):
                    changes[key] = tuple(str(v).lower() for v in raw)
                elif isinstance(default, int):
                    changes[key] = int(raw)
                else:
                    changes[key] = float(raw)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"limits.{key}: bad value") from exc
        limits = dataclasses.replace(DEFAULT_LIMITS, **changes)
        limits.validate()
        return limits

    def as_dict(self) -> dict[str, Any]:
        """Returns a JSON-serialisable mapping (with ``version``) for storage."""
        data: dict[str, Any] = {"version": LIMITS_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data

    def validate(self) -> None:
        """Raises ValueError when the limits contradict each other."""
        if not 0 < self.head_ratio_min < self.head_ratio_max <= 1:
            raise ValueError("limits.head_ratio")
        if self.centre_offset_pass > self.centre_offset_fail:
            raise ValueError("limits.centre_offset")
        if self.background_busy_warn > self.background_busy_fail:
            raise ValueError("limits.background")
        if self.sharpness_min > self.sharpness_warn:
            raise ValueError("limits.sharpness")
        if self.shoulder_room_fail > self.shoulder_room_warn:
            raise ValueError("limits.shoulder_room")
        if self.max_file_mb <= 0 or self.mb_bytes <= 0:
            raise ValueError("limits.file_size")
        if self.eye_texture_min > self.eye_texture_unsure:
            raise ValueError("limits.eye_texture")
        if self.face_skin_min > self.face_skin_unsure:
            raise ValueError("limits.face_skin")
        if not 0 <= self.pitch_min < self.pitch_max:
            raise ValueError("limits.pitch")


DEFAULT_LIMITS = PhotoLimits()
