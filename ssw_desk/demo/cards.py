"""Residence cards (在留カード) drawn in code, marked SAMPLE / 見本 all over.

The layout follows the public specimen of the Immigration Services Agency loosely: enough for a
clerk to recognise a card and for the desk's checks to find a portrait and a number, never
enough to pass for a real card. Japanese labels need the IPAex Gothic font; without it the card
is drawn with Pillow's default font and Latin-only labels.
"""

from __future__ import annotations

import functools
import math
import random
from datetime import date
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ssw_desk.demo.people import NATIONALITIES, Person
from ssw_desk.resources import resource_path

__all__ = ["CARD_SIZE", "card_back", "card_front", "has_japanese_font", "phone_photo"]

#: Pixels of a drawn card: ID-1 (85.6 x 54 mm) at 12 px/mm.
CARD_SIZE = (1027, 648)
_FONT_CANDIDATES = (
    resource_path("fonts", "ipaexg.ttf"),
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
)
_INK = (40, 40, 48)
_LABEL = (70, 90, 100)
_RED = (220, 20, 30)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.cache
def _font_file() -> Path | None:
    return next((path for path in _FONT_CANDIDATES if path.is_file()), None)


def has_japanese_font() -> bool:
    """Whether cards get Japanese labels (an IPAex Gothic file was found)."""
    return _font_file() is not None


@functools.cache
def _font(size: int) -> Font:
    path = _font_file()
    if path is not None:
        return ImageFont.truetype(str(path), size)
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow without FreeType: a fixed bitmap font
        return ImageFont.load_default()


def _label(ja: str, en: str) -> str:
    return ja if has_japanese_font() else en


def _jdate(d: date) -> str:
    if has_japanese_font():
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year:04d}/{d.month:02d}/{d.day:02d}"


@functools.cache
def _background(size: tuple[int, int], tint: tuple[int, int, int]) -> Image.Image:
    """A pale security-print background: tinted gradient with guilloche waves."""
    w, h = size
    x = np.linspace(0, 1, w)[None, :, None]
    y = np.linspace(0, 1, h)[:, None, None]
    base = np.array([246, 248, 246], float) * (1 - 0.5 * x) + np.array(tint, float) * 0.5 * x
    base = base * (1 - 0.04 * y)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for k in range(0, h + 80, 14):
        points = [(px, k + 10 * math.sin(px / 37 + k / 23)) for px in range(0, w + 8, 8)]
        draw.line(points, fill=(205, 222, 222), width=1)
    return image


@functools.cache
def _watermark_layer(size: tuple[int, int]) -> Image.Image:
    """The rotated SAMPLE / 見本 layer (RGBA), drawn once per card size."""
    w, h = size
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    text = "SAMPLE  見本" if has_japanese_font() else "SAMPLE"
    font = _font(int(h * 0.22))
    draw = ImageDraw.Draw(layer)
    box = draw.textbbox((0, 0), text, font=font)
    tw, th = box[2] - box[0], box[3] - box[1]
    draw.text(((w - tw) / 2 - box[0], (h - th) / 2 - box[1]), text, font=font,
              fill=(*_RED, 150), stroke_width=3, stroke_fill=(*_RED, 190))  # fmt: skip
    return layer.rotate(math.degrees(math.atan2(h, w)), resample=Image.Resampling.BICUBIC)


def _watermark(card: Image.Image) -> Image.Image:
    """Stamp a big diagonal red SAMPLE / 見本 across the card."""
    out = card.convert("RGBA")
    out.alpha_composite(_watermark_layer(card.size))
    return out.convert("RGB")


def _rounded(card: Image.Image, radius: int = 36) -> Image.Image:
    """Card with rounded corners on transparent background (RGBA)."""
    mask = Image.new("L", card.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, *card.size), radius, fill=255)
    out = card.convert("RGBA")
    out.putalpha(mask)
    return out


def _field(draw: ImageDraw.ImageDraw, xy: tuple[int, int], label: str, value: str,
           *, size: int = 30, gap: int = 150) -> None:  # fmt: skip
    x, y = xy
    draw.text((x, y + 6), label, font=_font(20), fill=_LABEL)
    draw.text((x + gap, y), value, font=_font(size), fill=_INK)


def card_front(person: Person, face: Image.Image | None = None) -> Image.Image:
    """Draw the front of ``person``'s residence card.

    Args:
        person: Whose card.
        face: The portrait pasted in the portrait area; a grey silhouette when None.

    Returns:
        An RGB image of :data:`CARD_SIZE` with rounded white corners and the watermark.
    """
    w = CARD_SIZE[0]
    card = _background(CARD_SIZE, (200, 228, 236)).copy()
    draw = ImageDraw.Draw(card)
    ja_nat = NATIONALITIES[person.nationality][0]
    draw.text((40, 28), _label("日本国政府", "GOVERNMENT OF JAPAN"), font=_font(22), fill=_LABEL)
    draw.text((40, 56), _label("在留カード", "RESIDENCE CARD"), font=_font(46), fill=_INK)
    draw.text((w - 420, 40), _label("番号", "NUMBER"), font=_font(22), fill=_LABEL)
    draw.text((w - 340, 30), person.card_number, font=_font(38), fill=(190, 30, 40))
    _field(draw, (40, 140), _label("氏名", "NAME"), person.card_name, size=38, gap=110)
    sex = _label("男 M." if person.sex == "M" else "女 F.", person.sex)
    _field(draw, (40, 205), _label("生年月日", "DATE OF BIRTH"), _jdate(person.birth), gap=150)
    _field(draw, (440, 205), _label("性別", "SEX"), sex, gap=70)
    nat = ja_nat if has_japanese_font() else NATIONALITIES[person.nationality][1][0].upper()
    _field(draw, (40, 255), _label("国籍・地域", "NATIONALITY/REGION"), nat, gap=150)
    address = person.address if has_japanese_font() else "ADDRESS IN JAPAN (SAMPLE)"
    size = 24
    while size > 14 and draw.textlength(address, font=_font(size)) > w - 460:
        size -= 1
    _field(draw, (40, 305), _label("住居地", "ADDRESS"), address, size=size, gap=110)
    draw.line((40, 350, w - 300, 350), fill=(150, 170, 175), width=2)
    status = _label("特定技能(1号)", "SPECIFIED SKILLED WORKER (i)")
    _field(draw, (40, 370), _label("在留資格", "STATUS"), status, size=36, gap=150)
    expiry = person.card_expiry
    period = _label(f"5年  ({_jdate(expiry)})", f"5 YEARS ({_jdate(expiry)})")
    _field(draw, (40, 430), _label("在留期間(満了日)", "PERIOD OF STAY"), period, gap=190)
    permission = _label("在留資格変更許可 (東京出入国在留管理局長)", "CHANGE OF STATUS")
    _field(draw, (40, 480), _label("許可の種類", "TYPE OF PERMISSION"), permission, size=22)
    issued = date(expiry.year - 3, expiry.month, min(expiry.day, 28))
    _field(draw, (40, 520), _label("交付年月日", "DATE OF ISSUE"), _jdate(issued), size=24)
    draw.rectangle((30, 565, w - 30, 620), outline=(120, 140, 150), width=2)
    draw.text((45, 578), _label(f"このカードは {_jdate(expiry)} まで有効です。",
              f"THIS CARD IS VALID UNTIL {_jdate(expiry)}"), font=_font(26), fill=_INK)  # fmt: skip
    _portrait(card, face, (w - 275, 130, w - 40, 400))
    draw.text((w - 250, 480), _label("法務大臣", "MINISTER OF JUSTICE"), font=_font(26),
              fill=_INK)  # fmt: skip
    draw.rectangle((w - 110, 470, w - 50, 530), outline=_RED, width=3)
    return _watermark(card)


def _portrait(card: Image.Image, face: Image.Image | None, box: tuple[int, int, int, int]) -> None:
    left, top, right, bottom = box
    size = (right - left, bottom - top)
    if face is None:
        portrait = Image.new("RGB", size, (215, 220, 222))
        d = ImageDraw.Draw(portrait)
        d.ellipse(
            (size[0] * 0.3, size[1] * 0.15, size[0] * 0.7, size[1] * 0.6), fill=(160, 165, 170)
        )
        d.ellipse(
            (size[0] * 0.1, size[1] * 0.65, size[0] * 0.9, size[1] * 1.3), fill=(160, 165, 170)
        )
    else:
        portrait = _fit(face.convert("RGB"), size)
    card.paste(portrait, (left, top))
    ImageDraw.Draw(card).rectangle(box, outline=(120, 130, 140), width=2)


def _fit(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Crop ``image`` to the aspect of ``size`` (centred) and resize it."""
    w, h = image.size
    target = size[0] / size[1]
    if w / h > target:
        cw = round(h * target)
        image = image.crop(((w - cw) // 2, 0, (w - cw) // 2 + cw, h))
    else:
        ch = round(w / target)
        image = image.crop((0, 0, w, ch))
    return image.resize(size, Image.Resampling.LANCZOS)


def card_back(person: Person, *, applying: bool = True) -> Image.Image:
    """Draw the back of ``person``'s card.

    Args:
        person: Whose card.
        applying: Stamp 申請中 (extension of stay applied for) in the application field.

    Returns:
        An RGB image of :data:`CARD_SIZE` with the watermark.
    """
    w = CARD_SIZE[0]
    card = _background(CARD_SIZE, (226, 232, 214)).copy()
    draw = ImageDraw.Draw(card)
    draw.text((40, 28), _label("住居地記載欄", "ADDRESS CHANGES"), font=_font(28), fill=_INK)
    cols = (40, 260, w - 200, w - 40)
    draw.rectangle((cols[0], 70, cols[3], 330), outline=_LABEL, width=2)
    for x in cols[1:3]:
        draw.line((x, 70, x, 330), fill=_LABEL, width=2)
    for y in (115, 187, 259):
        draw.line((cols[0], y, cols[3], y), fill=_LABEL, width=2)
    heads = (_label("届出年月日", "DATE"), _label("住居地", "ADDRESS"), _label("記載者印", "SEAL"))
    for x, text in zip(cols, heads, strict=False):
        draw.text((x + 14, 82), text, font=_font(22), fill=_LABEL)
    moved = date(person.card_expiry.year - 2, 4, 1)
    address = person.address if has_japanese_font() else "NEW ADDRESS (SAMPLE)"
    draw.text((cols[0] + 14, 135), _jdate(moved), font=_font(24), fill=_INK)
    draw.text((cols[1] + 14, 135), address, font=_font(22), fill=_INK)
    draw.ellipse((cols[2] + 50, 124, cols[2] + 110, 180), outline=_RED, width=3)
    draw.rectangle((40, 360, w // 2 - 10, 620), outline=_LABEL, width=2)
    draw.text((55, 372), _label("資格外活動許可欄", "PERMISSION FOR OTHER ACTIVITY"),
              font=_font(22), fill=_LABEL)  # fmt: skip
    draw.rectangle((w // 2 + 10, 360, w - 40, 620), outline=_LABEL, width=2)
    draw.text((w // 2 + 25, 372), _label("在留期間更新等許可申請欄", "APPLICATION FOR EXTENSION"),
              font=_font(22), fill=_LABEL)  # fmt: skip
    if applying:
        draw.text((w // 2 + 25, 420), _label("在留期間更新許可申請", "EXTENSION APPLIED FOR"),
                  font=_font(26), fill=_INK)  # fmt: skip
        cx, cy = w - 170, 540
        draw.ellipse((cx - 70, cy - 55, cx + 70, cy + 55), outline=_RED, width=5)
        text = _label("申請中", "APPLIED")
        box = draw.textbbox((0, 0), text, font=_font(34))
        draw.text((cx - (box[2] - box[0]) / 2, cy - 22), text, font=_font(34), fill=_RED)
    return _watermark(card)


@functools.cache
def _table(size: tuple[int, int], kind: int) -> np.ndarray:
    """A table top texture (wood or grey laminate), BGR, cached per size and kind."""
    w, h = size
    rng = np.random.default_rng(kind)
    noise = rng.normal(0, 1, (h // 16 + 2, w // 4 + 2)).astype(np.float32)
    grain = cv2.resize(noise, (w, h), interpolation=cv2.INTER_CUBIC)
    base = [(70, 110, 160), (150, 150, 145), (60, 80, 110), (200, 200, 205)][kind % 4]
    img = np.empty((h, w, 3), np.float32)
    for c in range(3):
        img[..., c] = base[c] + grain * (14 if kind % 2 == 0 else 5)
    light = np.linspace(1.08, 0.85, w, dtype=np.float32)[None, :, None]
    return np.clip(img * light, 0, 255).astype(np.uint8)


def phone_photo(card: Image.Image, rng: random.Random,
                size: tuple[int, int] = (1600, 1200)) -> Image.Image:  # fmt: skip
    """Render ``card`` as a phone photo: on a table, slightly turned and in perspective.

    Args:
        card: A drawn card (:func:`card_front` or :func:`card_back`).
        rng: Source of the pose and table.
        size: Photo size (landscape).

    Returns:
        An RGB image of ``size``.
    """
    w, h = size
    rgba = np.asarray(_rounded(card))
    cw, ch = card.size
    scale = rng.uniform(0.68, 0.82) * w / cw
    angle = math.radians(rng.uniform(-6, 6))
    cx, cy = w / 2 + rng.uniform(-0.05, 0.05) * w, h / 2 + rng.uniform(-0.05, 0.05) * h
    corners = []
    for px, py in ((0, 0), (cw, 0), (cw, ch), (0, ch)):
        x, y = (px - cw / 2) * scale, (py - ch / 2) * scale
        # Perspective: the far (top) edge a little narrower than the near one.
        x *= 1 - rng.uniform(0.02, 0.06) * (0.5 - py / ch)
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle),
                        cy + x * math.sin(angle) + y * math.cos(angle)))  # fmt: skip
    src = np.array([(0, 0), (cw, 0), (cw, ch), (0, ch)], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, np.array(corners, dtype=np.float32))
    warped: np.ndarray = cv2.warpPerspective(rgba, matrix, (w, h), flags=cv2.INTER_LINEAR)
    table = cv2.cvtColor(_table(size, rng.randrange(4)), cv2.COLOR_BGR2RGB).astype(np.float32)
    alpha = warped[..., 3:4].astype(np.float32) / 255
    small = cv2.resize(alpha, (w // 4, h // 4), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(np.roll(small, (3, 2), axis=(0, 1)), (0, 0), 2.5)
    shadow = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    table *= 1 - 0.35 * shadow[..., None]
    out = alpha * warped[..., :3] + (1 - alpha) * table
    # A phone lens is never perfectly sharp.
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), 0.7)
    return Image.fromarray(out)
