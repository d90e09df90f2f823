"""Defensive decoding of attached images: sniffing, limits, EXIF orientation, reduced decode.

Everything an applicant e-mails is untrusted. The format is read from the content, never from
the file name; declared dimensions are checked before any pixel is decoded (decompression
bombs); truncated files are rejected instead of being half-decoded; HEIC is read so the clerk
can see it (the check still reports it as not accepted). Large JPEGs are decoded at 1/2, 1/4 or
1/8 scale straight from the DCT (Pillow ``draft``), which is what makes a 12-megapixel phone
photo cheaper to check than to open in full.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from PIL import Image

try:  # pragma: no cover - depends on the wheel being importable
    # pi-heif: libheif's decoder only (the desk reads HEIC, never writes it): 4 MB in the
    # bundle instead of pillow-heif's 26 MB (its x265 encoder). Same opener, same results.
    import pi_heif

    pi_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover
    HEIF_AVAILABLE = False

from ssw_desk.errors import DeskError

#: Files larger than this are not even opened (an e-mail attachment never needs more).
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: Declared pixel counts above this are treated as decompression bombs.
MAX_PIXELS = 60_000_000
#: Declared sides above this are absurd for a photo or a scanned card.
MAX_SIDE = 20_000
#: Sides below this cannot hold a face photo or a card.
MIN_SIDE = 16

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_DATETIME_DIGITIZED = 36868
_DATETIME = 306


class ImageError(DeskError):
    """An attachment that cannot be decoded safely.

    Codes: ``image.empty``, ``image.too_large`` (file or sides), ``image.too_small``,
    ``image.bomb`` (declared pixel count), ``image.truncated``, ``image.unreadable``.
    """


@dataclass(frozen=True)
class DecodedImage:
    """A decoded, upright image.

    Attributes:
        bgr: Pixels as an H x W x 3 uint8 BGR array (OpenCV order), possibly reduced.
        format: Sniffed format (see :func:`sniff_format`).
        width: Width of the full, upright image in pixels (not of ``bgr`` when reduced).
        height: Height of the full, upright image in pixels.
        scale: ``bgr`` size / full size (1.0 when not reduced).
        orientation: EXIF orientation tag that was applied (1 = none).
        exif_date: ISO date-time the photo was taken, from EXIF, or None.
        source_mode: Pillow mode of the file (``L`` means a greyscale file).
    """

    bgr: np.ndarray
    format: str
    width: int
    height: int
    scale: float
    orientation: int
    exif_date: str | None
    source_mode: str

    @property
    def rgb(self) -> np.ndarray:
        """The pixels in RGB order (a copy)."""
        return np.ascontiguousarray(self.bgr[:, :, ::-1])


def sniff_format(data: bytes) -> str:
    """Names the format of image bytes from their magic numbers.

    Args:
        data: The file content (only the first few dozen bytes are read).

    Returns:
        One of ``jpeg``, ``png``, ``gif``, ``heic``, ``webp``, ``bmp``, ``tiff``, ``pdf`` or
        ``unknown``.
    """
    head = bytes(data[:32])
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM":
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head[4:8] == b"ftyp" and head[8:12] in (
        b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif",
    ):  # fmt: skip
        return "heic"
    return "unknown"


def decode_image(
    data: bytes,
    *,
    max_side: int | None = None,
    side_for: Callable[[int, int], int | None] | None = None,
) -> DecodedImage:
    """Decodes image bytes defensively into an upright BGR array.

    Args:
        data: The file content.
        max_side: When given, the longest side of the returned pixels is at most this; JPEGs
            are then decoded at reduced scale (never a full decode followed by a resize).
        side_for: When given, called with the upright (width, height) read from the header;
            what it returns replaces ``max_side`` (so a caller can decode a landscape image
            straight to the size it will work at).

    Returns:
        The decoded image, EXIF orientation applied, alpha composited on white.

    Raises:
        ImageError: With one of the codes listed on :class:`ImageError`.
    """
    if not data:
        raise ImageError("image.empty")
    if len(data) > MAX_INPUT_BYTES:
        raise ImageError("image.too_large", f"{len(data)} bytes")
    fmt = sniff_format(data)
    if fmt == "pdf":
        raise ImageError("image.unreadable", "pdf")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise ImageError("image.bomb") from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImageError("image.unreadable", fmt) from exc
        with image:
            return _decode_opened(image, fmt, max_side, side_for)


def _decode_opened(
    image: Image.Image,
    fmt: str,
    max_side: int | None,
    side_for: Callable[[int, int], int | None] | None,
) -> DecodedImage:
    width, height = image.size
    _check_declared_size(width, height)
    exif = _read_exif(image)
    orientation = int(exif.get(0x0112, 1) or 1) if exif is not None else 1
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if side_for is not None:
        max_side = side_for(width, height)
    source_mode = image.mode
    if max_side is not None and image.format == "JPEG" and max(width, height) > max_side:
        ratio = max_side / max(width, height)
        image.draft("RGB", (int(image.size[0] * ratio) + 1, int(image.size[1] * ratio) + 1))
    try:
        image.load()
    except Image.DecompressionBombError as exc:
        raise ImageError("image.bomb") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        text = str(exc).lower()
        code = "image.truncated" if ("truncat" in text or "eof" in text) else "image.unreadable"
        raise ImageError(code, fmt) from exc
    if max_side is not None and max(image.size) >= 2 * max_side:
        image = _reduce_in_strips(image, max(image.size) // max_side)
    upright = _upright(image, orientation)
    rgb = _to_rgb_array(upright)
    if max_side is not None and max(rgb.shape[:2]) > max_side:
        rgb = _resize_to(rgb, max_side)
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    scale = bgr.shape[1] / width
    return DecodedImage(
        bgr=bgr,
        format=fmt,
        width=width,
        height=height,
        scale=scale,
        orientation=orientation,
        exif_date=_exif_date(exif),
        source_mode=source_mode,
    )


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(image: Image.Image, orientation: int) -> Image.Image:
    """Applies the EXIF ``orientation`` read from the header (a reduced image has no EXIF)."""
    method = _TRANSPOSE.get(orientation)
    return image if method is None else image.transpose(method)


#: Source rows reduced at a time by :func:`_reduce_in_strips` (times the factor).
STRIP_ROWS = 16


def _reduce_in_strips(image: Image.Image, factor: int) -> Image.Image:
    """Box-reduces a loaded image by an integer ``factor``, a band of rows at a time, and
    frees the full-size pixels.

    Formats without a reduced decode (PNG, GIF, ...) must be decoded in full, but each later
    step (mode conversion, alpha compositing, the array copy) then works on the small image:
    a 60-megapixel PNG costs its own pixels once, not four times.
    """
    width, height = image.size
    alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if image.mode.startswith("I"):
        mode = "I"  # 16-bit greyscale keeps its range (normalised later)
    else:
        mode = "RGBA" if alpha else ("L" if image.mode in ("L", "1") else "RGB")
    out = Image.new(mode, (-(-width // factor), -(-height // factor)))
    band = STRIP_ROWS * factor
    for top in range(0, height, band):
        strip = image.crop((0, top, width, min(height, top + band)))
        if strip.mode != mode:
            strip = strip.convert(mode)
        out.paste(strip.reduce(factor), (0, top // factor))
    info = dict(image.info)
    image.close()  # drops the full-size pixels now, not when the caller returns
    out.info.update({k: v for k, v in info.items() if k != "transparency"})
    return out


def _check_declared_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageError("image.empty")
    if width * height > MAX_PIXELS:
        raise ImageError("image.bomb", f"{width}x{height}")
    if max(width, height) > MAX_SIDE:
        raise ImageError("image.too_large", f"{width}x{height}")
    if min(width, height) < MIN_SIDE:
        raise ImageError("image.too_small", f"{width}x{height}")


def _read_exif(image: Image.Image) -> Image.Exif | None:
    try:
        return image.getexif()
    except Exception:
        return None


def _exif_date(exif: Image.Exif | None) -> str | None:
    if exif is None:
        return None
    candidates: list[object] = []
    try:
        sub = exif.get_ifd(_EXIF_IFD)
        candidates += [sub.get(_DATETIME_ORIGINAL), sub.get(_DATETIME_DIGITIZED)]
    except Exception:
        pass
    candidates.append(exif.get(_DATETIME))
    for raw in candidates:
        if not raw:
            continue
        text = raw.decode("ascii", "ignore") if isinstance(raw, bytes) else str(raw)
        try:
            return datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").isoformat()
        except ValueError:
            continue
    return None


def _to_rgb_array(image: Image.Image) -> np.ndarray:
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(image, dtype=np.float64)
        top = float(arr.max()) or 1.0
        grey = np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode != "RGB":
        image = image.convert("RGB")
    return np.asarray(image, dtype=np.uint8)


def _resize_to(rgb: np.ndarray, max_side: int) -> np.ndarray:
    import cv2  # local: keeps `sniff_format` importable without OpenCV loaded

    h, w = rgb.shape[:2]
    ratio = max_side / max(h, w)
    size = (max(1, round(w * ratio)), max(1, round(h * ratio)))
    return np.asarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA))


def display_image(data: bytes, *, max_side: int | None = None) -> np.ndarray:
    """Returns the image as the clerk should see it: upright, HEIC converted, RGB.

    Args:
        data: The file content (any format :func:`decode_image` reads, HEIC included).
        max_side: Optional bound on the longest side (a reduced decode for large JPEGs).

    Returns:
        An H x W x 3 uint8 RGB array, ready for ``QImage(..., Format_RGB888)``.

    Raises:
        ImageError: When the bytes cannot be decoded safely.
    """
    return decode_image(data, max_side=max_side).rgb


def display_png(data: bytes, *, max_side: int | None = None) -> bytes:
    """Like :func:`display_image` but returns PNG bytes (e.g. for a report or an export)."""
    out = io.BytesIO()
    Image.fromarray(display_image(data, max_side=max_side)).save(out, format="PNG")
    return out.getvalue()
