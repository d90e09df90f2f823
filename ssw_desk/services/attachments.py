"""Showing an attachment to a clerk: upright, in a format the screen can draw, access logged.

``attachment_image`` is the user action "look at this card / photo". It decrypts the blob in
memory, turns it upright (EXIF orientation), converts what a screen cannot draw directly (HEIC
from iPhones, WebP, BMP, TIFF) and bounds its size, and records who looked at it. Nothing
decrypted is ever written to disk or to a temporary file: the bytes it returns live only in
the caller's memory.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image
from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.imaging.decode import ImageError, display_image, sniff_format
from ssw_desk.services.context import Desk, record
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Attachment, Version

#: Longest side of a display image unless the caller asks otherwise: enough to read a card's
#: small print when zoomed, small enough to decode quickly.
DISPLAY_SIDE = 1600

#: Formats a screen draws as they are (no conversion needed when already upright and small).
_DIRECT_FORMATS = {"jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}


@dataclass(frozen=True)
class DisplayImage:
    """An attachment ready to draw.

    Attributes:
        attachment_id: The attachment shown.
        sha256: SHA-256 of the original bytes (a cache key that never changes).
        data: PNG or JPEG bytes (or the original GIF/PNG/JPEG when nothing had to change).
        mime: ``image/jpeg``, ``image/png`` or ``image/gif``.
        width: Width of ``data`` in pixels.
        height: Height of ``data`` in pixels.
        source_width: Width of the original, upright image.
        source_height: Height of the original, upright image.
        format: The original's sniffed format (``heic`` for an iPhone photo).
        rotated: True when an EXIF orientation was applied.
        converted: True when the original format could not be shown as it is.
        reduced: True when the image was scaled down for display.
        error: With ``keep_going``: the ``image.*`` code of an image that could not be
            decoded (``data`` is then empty), else None.
        pixels: With ``encode=False``: the converted image as raw RGB bytes (``width * 3``
            per row) instead of ``data``; a screen draws them without a second decode.
    """

    attachment_id: int
    sha256: str
    data: bytes
    mime: str
    width: int
    height: int
    source_width: int
    source_height: int
    format: str
    rotated: bool
    converted: bool
    reduced: bool
    error: str | None = None
    pixels: bytes | None = None


def attachment_image(
    desk: Desk, *, attachment_id: int, max_side: int = DISPLAY_SIDE, encode: bool = True
) -> DisplayImage:
    """Returns one attachment as a display image and records that it was viewed.

    Args:
        desk: The desk.
        attachment_id: The attachment to show.
        max_side: Longest side of the returned image (larger images are reduced).

    Returns:
        The display image.

        encode: False returns a converted image as raw ``pixels`` instead of PNG/JPEG
            ``data`` (saves an encode and a decode: about 90 ms for a phone photo).

    Raises:
        DeskError: ``attachment.not_found``, ``storage.blob_missing`` or one of the
            ``image.*`` codes of :class:`~ssw_desk.imaging.decode.ImageError`.
    """
    return attachment_images(
        desk, attachment_ids=[attachment_id], max_side=max_side, encode=encode
    )[0]


def attachment_images(
    desk: Desk,
    *,
    attachment_ids: Sequence[int],
    max_side: int = DISPLAY_SIDE,
    keep_going: bool = False,
    encode: bool = True,
) -> list[DisplayImage]:
    """Like :func:`attachment_image` for several attachments, read in one transaction.

    The three images of a request are shown together, so they are fetched and logged together
    (one write to the access log instead of three).

    Args:
        desk: The desk.
        attachment_ids: The attachments, in the order of the result.
        max_side: Longest side of each returned image.
        keep_going: When an image cannot be decoded, return it with ``error`` set instead of
            raising (one broken file must not hide the other two).
        encode: See :func:`attachment_image`.
    """
    with desk.db.begin() as session:
        blobs = [_fetch(session, desk, attachment_id) for attachment_id in attachment_ids]
    # Decoding happens after the transaction so the database is never held during pixel work.
    out = []
    for attachment_id, sha256, data in blobs:
        try:
            out.append(
                to_display(
                    data,
                    attachment_id=attachment_id,
                    sha256=sha256,
                    max_side=max_side,
                    encode=encode,
                )
            )
        except ImageError as exc:
            if not keep_going:
                raise
            out.append(_unreadable(attachment_id, sha256, sniff_format(data), exc.code))
    return out


def _unreadable(attachment_id: int, sha256: str, fmt: str, code: str) -> DisplayImage:
    return DisplayImage(
        attachment_id,
        sha256,
        b"",
        "",
        0,
        0,
        0,
        0,
        fmt,
        rotated=False,
        converted=False,
        reduced=False,
        error=code,
    )


def record_views(desk: Desk, *, attachment_ids: Sequence[int]) -> None:
    """Records that attachments were shown again from the screen's memory cache.

    The GUI keeps recently shown images in memory; looking at one again is still a view of
    personal data and is logged like the first.
    """
    with desk.db.begin() as session:
        for attachment_id in attachment_ids:
            row = session.get(Attachment, attachment_id)
            if row is None:
                continue
            version = session.get(Version, row.version_id)
            request_id = version.request_id if version is not None else None
            record(session, desk, "attachment.viewed", request_id, attachment=row.id)


def _fetch(session: Session, desk: Desk, attachment_id: int) -> tuple[int, str, bytes]:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise DeskError("attachment.not_found", str(attachment_id))
    version = session.get(Version, row.version_id)
    record(
        session,
        desk,
        "attachment.viewed",
        version.request_id if version is not None else None,
        attachment=row.id,
    )
    return row.id, row.sha256, get_blob(session, row.sha256)


def to_display(
    data: bytes,
    *,
    attachment_id: int = 0,
    sha256: str = "",
    max_side: int = DISPLAY_SIDE,
    encode: bool = True,
) -> DisplayImage:
    """Turns image bytes into a :class:`DisplayImage` (pure; no database, no access log).

    Args:
        data: The original file content.
        attachment_id: Copied into the result.
        sha256: Copied into the result.
        max_side: Longest side of the result.
        encode: False: a converted image comes back as raw ``pixels``, ``data`` empty.

    Returns:
        The original bytes when they can be drawn as they are, else an upright, converted,
        reduced JPEG (photographs) or PNG (everything else).

    Raises:
        ImageError: When the bytes cannot be decoded safely.
    """
    fmt = sniff_format(data)
    direct = _direct(data, fmt, max_side)
    if direct is not None:
        width, height = direct
        return DisplayImage(
            attachment_id,
            sha256,
            data,
            _DIRECT_FORMATS[fmt],
            width,
            height,
            width,
            height,
            fmt,
            rotated=False,
            converted=False,
            reduced=False,
        )
    source_width, source_height, orientation = _header(data)
    rgb = display_image(data, max_side=max_side)
    height, width = rgb.shape[:2]
    pixels: bytes | None = None
    if not encode:
        pixels, encoded, mime = rgb.tobytes(), b"", "image/x-rgb888"
    else:
        encoded, mime = _encode(rgb, fmt)
    if orientation in (5, 6, 7, 8):
        source_width, source_height = source_height, source_width
    return DisplayImage(
        attachment_id=attachment_id,
        sha256=sha256,
        data=encoded,
        mime=mime,
        width=width,
        height=height,
        source_width=source_width,
        source_height=source_height,
        format=fmt,
        rotated=orientation != 1,
        converted=fmt not in _DIRECT_FORMATS,
        reduced=max(source_width, source_height) > max(width, height),
        pixels=pixels,
    )


def _encode(rgb: np.ndarray, fmt: str) -> tuple[bytes, str]:
    """JPEG for photographs (and what came as a lossy photo format), PNG for the rest."""
    out = io.BytesIO()
    image = Image.fromarray(rgb)
    if fmt in ("jpeg", "heic", "webp"):
        image.save(out, format="JPEG", quality=92)
        return out.getvalue(), "image/jpeg"
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue(), "image/png"


def _header(data: bytes) -> tuple[int, int, int]:
    """Returns (width, height, EXIF orientation) from the header, without decoding pixels."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                try:
                    orientation = int(image.getexif().get(0x0112, 1) or 1)
                except Exception:  # a broken EXIF block is no orientation
                    orientation = 1
                return image.size[0], image.size[1], orientation
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
            raise ImageError("image.unreadable") from exc


def _direct(data: bytes, fmt: str, max_side: int) -> tuple[int, int] | None:
    """(width, height) when the bytes can be drawn as they are: a small upright JPEG/PNG/GIF."""
    if fmt not in _DIRECT_FORMATS:
        return None
    try:
        width, height, orientation = _header(data)
    except ImageError:
        return None  # let the defensive decoder give the precise error code
    if orientation != 1 or max(width, height) > max_side or min(width, height) < 1:
        return None
    return width, height
