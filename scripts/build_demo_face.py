"""Build ``ssw_desk/resources/demo/face.jpg`` from scikit-image's ``astronaut`` portrait.

The portrait (NASA, Eileen Collins, public domain) ships with the scikit-image wheel. The head
is cut to an ID-photo frame (200 x 230 px, head about 60 % of the height, centred) and the
mottled studio backdrop behind it is replaced by a smooth gradient of its own colours: a
GrabCut mask separates the person, and the mask edge is feathered so the hair blends in.

Run ``python scripts/build_demo_face.py`` (needs scikit-image, a test extra) to rebuild the file;
the desk only reads it. It also writes ``face-ok.heic`` and ``face-large.heic`` (the demo's
iPhone photos; the desk decodes HEIC but has no encoder).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from ssw_desk.resources import resource_path

#: Output size: the secretariat's recommended face-photo size.
SIZE = (200, 230)
#: Rows of the crown (top of the hair) and chin, and the face midline, in the 512 px source.
CROWN_Y, CHIN_Y, MID_X = 15, 180, 223
#: Head height as a fraction of the output height, and the margin above the crown.
HEAD_FRACTION, TOP_MARGIN = 0.60, 0.09


def _crop_box() -> tuple[int, int, int, int]:
    """Return the source box (left, top, right, bottom); top may be negative (padded)."""
    scale = HEAD_FRACTION * SIZE[1] / (CHIN_Y - CROWN_Y)
    width, height = round(SIZE[0] / scale), round(SIZE[1] / scale)
    top = CROWN_Y - round(TOP_MARGIN * SIZE[1] / scale)
    left = MID_X - width // 2
    return left, top, left + width, top + height


def _person_mask(rgb: np.ndarray, pad_top: int) -> np.ndarray:
    """Return a float mask (1 = person) of the padded crop, feathered at the edge."""
    h, w = rgb.shape[:2]
    mask = np.full((h, w), cv2.GC_PR_BGD, np.uint8)
    mask[: pad_top + 6, :] = cv2.GC_BGD
    mask[:, :4] = cv2.GC_BGD
    mask[: h // 2, -4:] = cv2.GC_BGD
    head = np.zeros_like(mask)
    cx = w // 2
    cv2.ellipse(head, (cx, pad_top + 95), (78, 92), 0, 0, 360, 1, -1)
    mask[head > 0] = cv2.GC_PR_FGD
    mask[pad_top + 70 : pad_top + 170, cx - 40 : cx + 40] = cv2.GC_FGD
    mask[int(h * 0.8) :, cx - 70 : cx + 60] = cv2.GC_FGD
    # The orange suit is unmistakable: mark it as person so the shoulders stay whole.
    r, b = rgb[..., 0].astype(int), rgb[..., 2].astype(int)
    suit = (r > 150) & (r - b > 70)
    suit[: int(h * 0.6)] = False
    mask[suit] = cv2.GC_FGD
    bgd, fgd = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    cv2.grabCut(bgr, mask, (0, 0, 0, 0), bgd, fgd, 6, cv2.GC_INIT_WITH_MASK)
    person = np.isin(mask, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8)
    # Keep the largest blob only: GrabCut leaves specks of backdrop marked as person.
    count, labels, stats, _ = cv2.connectedComponentsWithStats(person)
    if count > 1:
        largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
        person = (labels == largest).astype(np.uint8)
    closed: np.ndarray = cv2.morphologyEx(person, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    return cv2.GaussianBlur(closed.astype(np.float32), (0, 0), 1.6)


def _backdrop(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Return a smooth vertical gradient made from the backdrop's own colours."""
    h, w = mask.shape
    bg = mask < 0.05
    top = np.median(rgb[: h // 3][bg[: h // 3]], axis=0)
    low = np.median(rgb[h // 3 :][bg[h // 3 :]], axis=0) if bg[h // 3 :].any() else top
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    grad = (1 - t) * top + t * low
    yy, xx = np.mgrid[0:h, 0:w]
    vignette = 1.0 - 0.06 * (((xx - w / 2) / w) ** 2 + ((yy - h / 3) / h) ** 2) * 4
    return np.clip(grad * vignette[..., None], 0, 255)


def build_face(source: np.ndarray | None = None) -> Image.Image:
    """Cut and clean the demo face photo.

    Args:
        source: The RGB astronaut image; loaded from scikit-image when None.

    Returns:
        A 200 x 230 RGB image.
    """
    if source is None:
        from skimage import data

        source = data.astronaut()
    left, top, right, bottom = _crop_box()
    pad_top = max(0, -top)
    padded = cv2.copyMakeBorder(source, pad_top, 0, 0, 0, cv2.BORDER_REPLICATE)
    crop = np.ascontiguousarray(padded[top + pad_top : bottom + pad_top, left:right])
    mask = _person_mask(crop, pad_top)
    out = mask[..., None] * crop + (1 - mask[..., None]) * _backdrop(crop, mask)
    image = Image.fromarray(out.round().astype(np.uint8))
    return image.resize(SIZE, Image.Resampling.LANCZOS)


def write_heic_faces(folder: Path | None = None) -> list[Path]:
    """Write ``face-<kind>.heic`` of every :data:`HEIC_KINDS` (the demo's iPhone photos).

    Made from the shipped ``face.jpg`` with pillow-heif's encoder (a test extra: the desk
    itself only decodes HEIC).
    """
    import pillow_heif

    from ssw_desk.demo.faces import HEIC_KINDS, face_image

    pillow_heif.register_heif_opener()
    folder = folder or resource_path("demo", "face.jpg").parent
    written = []
    for kind in HEIC_KINDS:
        target = folder / f"face-{kind}.heic"
        face_image(kind).save(target, format="HEIF", quality=90)
        written.append(target)
    return written


def main(path: Path | None = None) -> Path:
    """Write the face photo as JPEG (and the HEIC faces made from it); return its path."""
    target = path or resource_path("demo", "face.jpg")
    target.parent.mkdir(parents=True, exist_ok=True)
    build_face().save(target, "JPEG", quality=90, optimize=True)
    write_heic_faces(target.parent)
    return target


if __name__ == "__main__":
    print(main())
