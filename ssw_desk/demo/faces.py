"""Face-photo variants made from the demo portrait, and their encodings (JPEG, PNG, HEIC).

Every variant is cached: a demo or benchmark asks for the same few images thousands of times.
"""

from __future__ import annotations

import functools
import io

import numpy as np
from PIL import Image, ImageOps

from ssw_desk.resources import resource_path

__all__ = ["FACE_KINDS", "HEIC_KINDS", "encode_image", "face_bytes", "face_image"]

#: ok: as recommended; grey: greyscale; small: head ~35 % of the height; offcentre: shifted
#: right by a quarter; two_faces: two people; large: 600 x 690; oversize: > 5 MB JPEG.
FACE_KINDS = ("ok", "grey", "small", "offcentre", "two_faces", "large", "oversize")
#: The kinds a demo mail sends as an iPhone HEIC. The desk reads HEIC but carries no encoder
#: (pi-heif decodes only), so these ship ready-made as ``resources/demo/face-<kind>.heic``,
#: written by ``scripts/build_demo_face.py``.
HEIC_KINDS = ("ok", "large")


@functools.cache
def _base() -> Image.Image:
    with Image.open(resource_path("demo", "face.jpg")) as image:
        return image.convert("RGB")


def _backdrop(size: tuple[int, int]) -> Image.Image:
    """A plain backdrop in the colours of the portrait's own background (its top corners)."""
    base = np.asarray(_base(), dtype=np.float32)
    top = np.concatenate([base[:20, :20].reshape(-1, 3), base[:20, -20:].reshape(-1, 3)]).mean(0)
    low = base[120:140, :8].reshape(-1, 3).mean(0)
    t = np.linspace(0, 1, size[1], dtype=np.float32)[:, None, None]
    grad = (1 - t) * top + t * low
    return Image.fromarray(np.broadcast_to(grad, (size[1], size[0], 3)).astype(np.uint8))


def _soft_paste(canvas: Image.Image, image: Image.Image, xy: tuple[int, int]) -> None:
    """Paste ``image`` with its left, right and top edges faded into the canvas."""
    w, h = image.size
    ramp = max(4, min(w, h) // 8)
    x = np.minimum(np.arange(w), np.arange(w)[::-1]) / ramp
    y = np.arange(h) / ramp
    alpha = np.clip(np.minimum(x[None, :], y[:, None]), 0, 1) * 255
    canvas.paste(image, xy, Image.fromarray(alpha.astype(np.uint8)))


def _placed(scale: float, dx: float) -> Image.Image:
    """The portrait scaled by ``scale`` on a backdrop, shoulders on the bottom edge."""
    base = _base()
    w, h = base.size
    out = _backdrop((w, h))
    small = base.resize((round(w * scale), round(h * scale)), Image.Resampling.LANCZOS)
    _soft_paste(out, small, (round((w - small.width) / 2 + dx * w), h - small.height))
    return out


@functools.cache
def face_image(kind: str = "ok") -> Image.Image:
    """Return a face photo of one of :data:`FACE_KINDS` (treat it as read-only).

    Args:
        kind: The variant.

    Returns:
        An RGB image (200 x 230 unless ``large`` or ``oversize``).

    Raises:
        ValueError: On an unknown kind.
    """
    base = _base()
    if kind == "ok":
        return base
    if kind == "grey":
        return ImageOps.grayscale(base).convert("RGB")
    if kind == "small":
        return _placed(0.58, 0.0)
    if kind == "offcentre":
        return _placed(1.0, 0.27)
    if kind == "two_faces":
        out = _backdrop(base.size)
        pal = ImageOps.mirror(base).resize((118, 136), Image.Resampling.LANCZOS)
        _soft_paste(out, pal, (-14, base.height - pal.height))
        main = base.resize((128, 147), Image.Resampling.LANCZOS)
        _soft_paste(out, main, (84, base.height - main.height))
        return out
    if kind == "large":
        return base.resize((600, 690), Image.Resampling.LANCZOS)
    if kind == "oversize":
        # A full-resolution phone picture with sensor noise: JPEG of well over 5 MB.
        big = np.asarray(base.resize((3024, 3478), Image.Resampling.BICUBIC), dtype=np.int16)
        noise = np.random.default_rng(7).normal(0, 10, big.shape).astype(np.int16)
        return Image.fromarray(np.clip(big + noise, 0, 255).astype(np.uint8))
    raise ValueError(f"unknown face kind {kind!r}")


def encode_image(image: Image.Image, fmt: str, *, quality: int = 90) -> bytes:
    """Encode ``image`` as ``JPEG``, ``PNG`` or ``GIF`` bytes (HEIC: see :data:`HEIC_KINDS`).

    Args:
        image: The image.
        fmt: Pillow format name.
        quality: JPEG/HEIF quality.

    Returns:
        The file bytes.
    """
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, format="JPEG", quality=quality)
    else:
        image.save(buffer, format=fmt)
    return buffer.getvalue()


@functools.cache
def face_bytes(kind: str = "ok", fmt: str = "JPEG") -> bytes:
    """Return the encoded face photo of ``kind`` in ``fmt`` (cached)."""
    if fmt == "HEIF":
        if kind not in HEIC_KINDS:
            raise ValueError(f"no shipped HEIC face of kind {kind!r}")
        return resource_path("demo", f"face-{kind}.heic").read_bytes()
    quality = 97 if kind == "oversize" else 90
    return encode_image(face_image(kind), fmt, quality=quality)
