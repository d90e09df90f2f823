"""The one typed definition of a photo report and its geometry, as stored and as read back.

:func:`~ssw_desk.imaging.report.analyse_photo` builds a :class:`PhotoReport`; the attachment
stores ``to_dict()`` (plain JSON); every reader (findings, the report's photo crop, the review
overlay, ``ssw-desk photos reanalyse``) rebuilds it with :meth:`PhotoReport.from_dict`, which
also reads reports stored by earlier versions (``band_50`` / ``band_69``, no limits in the
geometry). Coordinates are pixels of the full, upright image. No OpenCV here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ssw_desk.imaging.checks import CheckResult
from ssw_desk.imaging.limits import DEFAULT_LIMITS

#: Version of the stored shape and of the checks that made it (absent in reports stored
#: before it existed). 3: the crown and backdrop read from the person mask; 4: the face mesh
#: (covered face, nod, roll, a photo on its side) and the head covering by colour. Stored
#: reports of an earlier version are offered for analysis again.
REPORT_VERSION = 4


def _num(value: Any) -> float | None:
    try:
        return None if value is None or isinstance(value, bool) else float(value)
    except (TypeError, ValueError):
        return None


def _pair(value: Any) -> tuple[float, float] | None:
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        a, b = _num(value[0]), _num(value[1])
        if a is not None and b is not None:
            return a, b
    return None


@dataclass(frozen=True)
class Geometry:
    """What was measured on the photo, for drawing and cropping (None: not measured).

    Attributes:
        width: Image width (0 when the image could not be decoded).
        height: Image height.
        face_box: (x, y, w, h) of the detected face.
        eyes: Eye centres, image-left first.
        crown_y: Row of the top of the head (hair or head covering).
        chin_y: Row of the bottom of the chin.
        crown_estimated: True when the crown was guessed from face proportions, not seen.
        chin_estimated: True when the chin was guessed from face proportions.
        head_ratio: (chin - crown) / height.
        head_ratio_min: The limit the upper edge of the chin band stands for (e.g. 0.50).
        head_ratio_max: The limit the lower edge stands for (e.g. 0.69).
        face_mid_x: Column of the face midline.
    """

    width: int
    height: int
    face_box: tuple[float, float, float, float] | None = None
    eyes: tuple[tuple[float, float], ...] = ()
    crown_y: float | None = None
    chin_y: float | None = None
    crown_estimated: bool = False
    chin_estimated: bool = False
    head_ratio: float | None = None
    head_ratio_min: float = DEFAULT_LIMITS.head_ratio_min
    head_ratio_max: float = DEFAULT_LIMITS.head_ratio_max
    face_mid_x: float | None = None

    @property
    def centre_x(self) -> float:
        """Column of the image centre line."""
        return self.width / 2

    @property
    def band(self) -> tuple[float, float] | None:
        """Rows between which the chin must lie for the head ratio to be within the limits."""
        if self.crown_y is None:
            return None
        return (
            round(self.crown_y + self.head_ratio_min * self.height, 1),
            round(self.crown_y + self.head_ratio_max * self.height, 1),
        )

    def to_dict(self) -> dict[str, Any]:
        band = self.band
        return {
            "width": self.width,
            "height": self.height,
            "face_box": None if self.face_box is None else list(self.face_box),
            "eyes": [list(e) for e in self.eyes],
            "crown_y": self.crown_y,
            "chin_y": self.chin_y,
            "crown_estimated": self.crown_estimated,
            "chin_estimated": self.chin_estimated,
            "head_ratio": self.head_ratio,
            "head_ratio_min": self.head_ratio_min,
            "head_ratio_max": self.head_ratio_max,
            "band_min": None if band is None else band[0],
            "band_max": None if band is None else band[1],
            "centre_x": self.centre_x,
            "face_mid_x": self.face_mid_x,
        }

    as_dict = to_dict

    @classmethod
    def from_dict(
        cls, geo: Mapping[str, Any], measures: Mapping[str, Any] | None = None
    ) -> Geometry:
        """Reads a stored geometry (current or earlier shape); bad values become None."""
        measures = measures or {}
        width, height = int(_num(geo.get("width")) or 0), int(_num(geo.get("height")) or 0)
        box = geo.get("face_box")
        face_box = None
        if isinstance(box, Sequence) and len(box) == 4 and all(_num(v) is not None for v in box):
            x, y, w, h = (float(v) for v in box)
            face_box = (x, y, w, h)
        eyes = tuple(p for p in (_pair(e) for e in (geo.get("eyes") or ())) if p is not None)
        crown, chin = _num(geo.get("crown_y")), _num(geo.get("chin_y"))
        lo, hi = _num(geo.get("head_ratio_min")), _num(geo.get("head_ratio_max"))
        if (lo is None or hi is None) and crown is not None and height:
            # reports stored before the limits were kept: derive them from the band rows
            old_lo, old_hi = _num(geo.get("band_50")), _num(geo.get("band_69"))
            if old_lo is not None and old_hi is not None:
                lo, hi = (old_lo - crown) / height, (old_hi - crown) / height
        ratio = _num(geo.get("head_ratio", measures.get("head_ratio")))
        if ratio is None and crown is not None and chin is not None and height:
            ratio = (chin - crown) / height
        return cls(
            width=width,
            height=height,
            face_box=face_box,
            eyes=eyes,
            crown_y=crown,
            chin_y=chin,
            crown_estimated=bool(geo.get("crown_estimated", measures.get("crown_estimated"))),
            chin_estimated=bool(geo.get("chin_estimated", measures.get("chin_estimated"))),
            head_ratio=None if ratio is None else round(ratio, 4),
            head_ratio_min=DEFAULT_LIMITS.head_ratio_min if lo is None else round(lo, 4),
            head_ratio_max=DEFAULT_LIMITS.head_ratio_max if hi is None else round(hi, 4),
            face_mid_x=_num(geo.get("face_mid_x", measures.get("face_mid_x"))),
        )


@dataclass(frozen=True)
class PhotoReport:
    """The result of :func:`~ssw_desk.imaging.report.analyse_photo`.

    Attributes:
        ok: True when no check failed (``unknown`` ones still need a clerk's decision).
        format: Sniffed file format.
        checks: Every check, in :data:`~ssw_desk.imaging.checks.CHECK_CODES` order (a photo
            that could not be analysed has its failing ``image.*`` / ``file.truncated`` check
            after the file checks).
        measures: JSON-serialisable measures (see ``analyse_photo``).
        geometry: What was measured, for the overlay and the report's crop.
        version: :data:`REPORT_VERSION` of the stored shape (1 for older stored reports).
    """

    ok: bool
    format: str
    checks: tuple[CheckResult, ...]
    measures: dict[str, Any]
    geometry: Geometry
    version: int = field(default=REPORT_VERSION)

    def check(self, code: str) -> CheckResult:
        """Returns the check with ``code`` (KeyError when there is none)."""
        for c in self.checks:
            if c.code == code:
                return c
        raise KeyError(code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "ok": self.ok,
            "format": self.format,
            "checks": [c.as_dict() for c in self.checks],
            "measures": self.measures,
            "geometry": self.geometry.to_dict(),
        }

    as_dict = to_dict

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhotoReport:
        """Reads a stored report (current or earlier shape)."""
        measures = dict(data.get("measures") or {})
        checks = tuple(
            CheckResult(
                code=str(c.get("code", "")),
                status=str(c.get("status", "unknown")),
                value=c.get("value"),
                limits=c.get("limits"),
                message=str(c.get("message", "")),
            )
            for c in (data.get("checks") or ())
            if isinstance(c, Mapping)
        )
        return cls(
            ok=bool(data.get("ok", False)),
            format=str(data.get("format", measures.get("format", "unknown"))),
            checks=checks,
            measures=measures,
            geometry=Geometry.from_dict(data.get("geometry") or {}, measures),
            version=int(_num(data.get("version")) or 1),
        )
