"""Preparing the approved face photo for the report: crop, orient, downscale, JPEG."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from ssw_desk.errors import DeskError

#: Aspect of the secretariat's recommended photo (200 x 230 px), width : height.
PHOTO_ASPECT = (200, 230)
#: Largest embedded size: 2x the recommended size prints sharp at 30 mm wide (~340 dpi).
MAX_PIXELS = (400, 460)


def centre_crop(width: int, height: int) -> tuple[int, int, int, int]:
    """Return the largest centred 200:230 box inside a ``width`` x ``height`` image."""
    aw, ah = PHOTO_ASPECT
    if width * ah > height * aw:  # too wide
        w = height * aw // ah
        return ((width - w) // 2, 0, w, height)
    h = width * ah // aw
    return (0, (height - h) // 2, width, h)


def _clamp(box: tuple[int, int, int, int], width: int, height: int) -> tuple[int, int, int, int]:
    x, y, w, h = box
    left, top = max(0, x), max(0, y)
    right, bottom = min(width, x + w), min(height, y + h)
    if right - left < 8 or bottom - top < 8:
        raise DeskError("report.photo_crop_outside")
    return (left, top, right - left, bottom - top)


def prepare_photo(
    photo: bytes, crop: tuple[int, int, int, int] | None = None
) -> tuple[bytes, tuple[int, int]]:
    """Crop the face photo to its head-and-shoulders frame and encode it as JPEG.

    Args:
        photo: Encoded JPEG, PNG or GIF bytes (EXIF orientation is honoured).
        crop: ``(x, y, w, h)`` in pixels of the upright image from the photo checks, or None
            for a centred 200:230 crop.

    Returns:
        JPEG bytes and their pixel size ``(w, h)``.

    Raises:
        DeskError: ``report.photo_unreadable`` or ``report.photo_crop_outside``.
    """
    try:
        with warnings.catch_warnings():
            # a photo past Pillow's bomb warning is refused, never decoded (the checks have
            # already failed it as ``image.bomb``)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(photo)) as opened:
                image = ImageOps.exif_transpose(opened).convert("RGB")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DeskError("report.photo_unreadable", "image.bomb") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise DeskError("report.photo_unreadable", type(exc).__name__) from exc
    box = _clamp(crop, *image.size) if crop else centre_crop(*image.size)
    x, y, w, h = box
    image = image.crop((x, y, x + w, y + h))
    image.thumbnail(MAX_PIXELS, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, optimize=True)
    return out.getvalue(), image.size
