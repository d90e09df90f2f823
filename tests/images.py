"""Real images built in code for tests: a portrait from scikit-image, cards drawn with Pillow.

``skimage.data.astronaut()`` is a public-domain NASA portrait (Eileen Collins).
"""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw


@lru_cache(maxsize=1)
def astronaut() -> Image.Image:
    from skimage import data

    return Image.fromarray(data.astronaut())


def face_photo(
    *, fmt: str = "JPEG", grey: bool = False, size: tuple[int, int] = (200, 230)
) -> bytes:
    """A head-and-shoulders crop of the astronaut portrait, about the recommended size."""
    img = astronaut().crop((120, 10, 330, 252)).resize(size)
    if grey:
        img = img.convert("L").convert("RGB")
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


def card_photo(*, back: bool = False, fmt: str = "JPEG") -> bytes:
    """A residence-card-like landscape image (ID-1 ratio) marked SAMPLE, portrait on the front."""
    w, h = 856, 540
    img = Image.new("RGB", (w, h), (226, 236, 244))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w - 1, 60), fill=(40, 90, 160))
    for row in range(6):
        draw.rectangle((30, 90 + row * 60, 520, 110 + row * 60), fill=(120, 130, 140))
    if not back:
        portrait = astronaut().crop((150, 30, 320, 230)).resize((190, 230))
        img.paste(portrait, (620, 120))
    draw.text((320, 240), "SAMPLE", fill=(220, 0, 0))
    arr = np.asarray(img).copy()
    out = io.BytesIO()
    Image.fromarray(arr).save(out, fmt)
    return out.getvalue()
