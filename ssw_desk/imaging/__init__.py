"""Imaging: decoding attachments, checking face photos, guessing attachment roles.

OpenCV and the YuNet face detector (``yuface``) live here; no Qt (import-linter forbids it).
The entry points are re-exported below; see each module for details.
"""

from ssw_desk.imaging.checks import CHECK_CODES, CheckResult
from ssw_desk.imaging.decode import (
    DecodedImage,
    ImageError,
    decode_image,
    display_image,
    display_png,
    sniff_format,
)
from ssw_desk.imaging.limits import DEFAULT_LIMITS, PhotoLimits
from ssw_desk.imaging.report import Geometry, PhotoReport, analyse_photo
from ssw_desk.imaging.roles import RoleGuess, guess_role

__all__ = [
    "CHECK_CODES",
    "DEFAULT_LIMITS",
    "CheckResult",
    "DecodedImage",
    "Geometry",
    "ImageError",
    "PhotoLimits",
    "PhotoReport",
    "RoleGuess",
    "analyse_photo",
    "decode_image",
    "display_image",
    "display_png",
    "guess_role",
    "sniff_format",
]
