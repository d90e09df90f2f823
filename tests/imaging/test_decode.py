"""Defensive decoding: formats, orientation, bombs, truncation, size limits."""

from __future__ import annotations

import io
import struct
import zlib

import cv2
import numpy as np
import pytest
from PIL import Image

from ssw_desk.imaging import (
    ImageError,
    analyse_photo,
    decode_image,
    display_image,
    display_png,
    sniff_format,
)
from tests.imaging.portrait import encode, portrait


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header declares a huge image (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
            + _png_chunk(b"IEND", b""))  # fmt: skip


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("JPEG", "jpeg"), ("PNG", "png"), ("GIF", "gif"), ("WEBP", "webp"), ("BMP", "bmp"),
     ("TIFF", "tiff"), ("PDF", "pdf")],
)  # fmt: skip
def test_sniff_format(fmt: str, name: str) -> None:
    assert sniff_format(encode(portrait(size=(100, 115), head_ratio=0.6), fmt)) == name


def test_sniff_unknown_and_heic() -> None:
    assert sniff_format(b"hello world, not an image") == "unknown"
    assert sniff_format(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00") == "heic"


def test_gif_and_png_are_accepted_formats() -> None:
    for fmt in ("GIF", "PNG"):
        report = analyse_photo(encode(portrait(), fmt))
        assert report.check("file.format").status == "pass"
        assert report.check("photo.face_count").status == "pass"


@pytest.mark.parametrize(("fmt", "name"), [("WEBP", "webp"), ("BMP", "bmp"), ("TIFF", "tiff")])
def test_other_formats_are_read_but_not_accepted(fmt: str, name: str) -> None:
    report = analyse_photo(encode(portrait(), fmt))
    check = report.check("file.format")
    assert (check.status, check.value) == ("fail", name)
    assert name in check.message
    assert report.check("photo.face_count").status == "pass"  # still analysed for the clerk
    assert not report.ok


def test_heic_is_displayed_but_not_accepted() -> None:
    import pillow_heif  # a dependency of the desk: missing it is a failure, not a skip

    img = portrait()
    heif = pillow_heif.from_bytes(mode="RGB", size=(400, 460), data=img[:, :, ::-1].tobytes())
    out = io.BytesIO()
    heif.save(out, quality=90)
    data = out.getvalue()
    assert sniff_format(data) == "heic"
    shown = display_image(data)
    assert shown.shape == (460, 400, 3)
    report = analyse_photo(data, filename="IMG_0001.HEIC")
    assert report.check("file.format").status == "fail"
    assert report.check("file.format").value == "heic"
    assert report.check("photo.head_size").status == "pass"
    assert report.measures["extension_mismatch"] is False


def test_pdf_is_unreadable_and_not_accepted() -> None:
    data = encode(portrait(size=(100, 115)), "PDF")
    with pytest.raises(ImageError) as err:
        decode_image(data)
    assert err.value.code == "image.unreadable"
    report = analyse_photo(data)
    assert report.check("file.format").status == "fail"
    assert report.measures["error"] == "image.unreadable"
    assert report.check("image.unreadable").status == "fail"
    assert not report.ok
    assert all(c.status == "unknown" for c in report.checks if c.code.startswith("photo."))


def test_exif_orientation_is_applied() -> None:
    upright = portrait()
    stored = np.ascontiguousarray(np.rot90(upright, k=1))  # as a phone stores a portrait shot
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display
    data = encode(stored, exif=exif.tobytes())
    decoded = decode_image(data)
    assert (decoded.width, decoded.height, decoded.orientation) == (400, 460, 6)
    assert np.abs(decoded.bgr.astype(int) - upright.astype(int)).mean() < 4
    assert analyse_photo(data).check("photo.head_size").status == "pass"


def test_exif_date_is_read_and_judged() -> None:
    from datetime import date

    exif = Image.Exif()
    exif[306] = "2025:01:15 10:00:00"
    data = encode(portrait(), exif=exif.tobytes())
    report = analyse_photo(data, request_date=date(2025, 3, 1))
    assert report.measures["exif_date"] == "2025-01-15T10:00:00"
    # an EXIF date is information for the clerk, never a finding
    assert report.check("photo.age").status == "info"
    assert report.check("photo.age").value == "2025-01-15"
    old = analyse_photo(data, request_date=date(2026, 1, 1)).check("photo.age")
    assert (old.status, old.message) == ("info", "file dated 351 days before")


def test_truncated_jpeg_is_rejected() -> None:
    data = encode(portrait())
    with pytest.raises(ImageError) as err:
        decode_image(data[: len(data) // 2])
    assert err.value.code == "image.truncated"
    report = analyse_photo(data[: len(data) // 2])
    assert report.measures["error"] == "image.truncated"
    assert not report.ok


def test_png_bomb_is_rejected_before_decoding() -> None:
    with pytest.raises(ImageError) as err:
        decode_image(png_bomb())
    assert err.value.code == "image.bomb"


def test_absurd_side_and_empty_and_garbage() -> None:
    with pytest.raises(ImageError) as err:
        decode_image(png_bomb(30_000, 10))
    assert err.value.code == "image.too_large"
    with pytest.raises(ImageError) as err:
        decode_image(b"")
    assert err.value.code == "image.empty"
    with pytest.raises(ImageError) as err:
        decode_image(b"\xff\xd8\xff" + b"\x00" * 100)
    assert err.value.code in ("image.unreadable", "image.truncated")


def test_file_over_5_mb_fails_size() -> None:
    rng = np.random.default_rng(1)
    noise = rng.integers(0, 255, (1400, 1400, 3), dtype=np.uint8)
    data = encode(noise, "PNG")
    assert len(data) >= 5 * 1024 * 1024
    report = analyse_photo(data)
    assert report.check("file.size").status == "fail"
    assert report.check("file.size").value == len(data)


def test_reduced_decode_for_large_jpeg() -> None:
    big = cv2.resize(portrait(), (2000, 2300), interpolation=cv2.INTER_LINEAR)
    data = encode(big)
    decoded = decode_image(data, max_side=500)
    assert max(decoded.bgr.shape[:2]) <= 500
    assert (decoded.width, decoded.height) == (2000, 2300)
    report = analyse_photo(data)
    assert report.check("photo.head_size").status == "pass"
    assert report.geometry.height == 2300  # geometry is in full-image pixels
    assert 0.5 * 2300 < report.geometry.chin_y - report.geometry.crown_y < 0.69 * 2300


def test_display_png_round_trip() -> None:
    png = display_png(encode(portrait()), max_side=200)
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG" and max(im.size) == 200


def test_bomb_and_truncated_files_get_a_failing_check_naming_why() -> None:
    from ssw_desk.services.analysis import photo_findings

    bomb = analyse_photo(png_bomb(30_000, 30_000))  # 900 megapixels in a few hundred bytes
    assert bomb.check("image.bomb").status == "fail"
    assert not bomb.ok
    data = encode(portrait())
    cut = analyse_photo(data[: len(data) // 2])
    assert cut.check("file.truncated").status == "fail"
    for report in (bomb, cut):
        codes = {f.code: f.status for f in photo_findings(report.as_dict())}
        assert codes.get("image.bomb", codes.get("file.truncated")) == "fail"
        assert {c for c, st in codes.items() if st == "fail"} <= {"image.bomb", "file.truncated"}


def test_large_png_is_analysed_reduced_with_its_orientation() -> None:
    big = cv2.resize(portrait(), (4000, 4600), interpolation=cv2.INTER_LINEAR)
    exif = Image.Exif()
    exif[0x0112] = 6
    stored = np.ascontiguousarray(np.rot90(big, k=1))
    data = encode(stored, "PNG", exif=exif.tobytes())
    decoded = decode_image(data, max_side=500)
    assert (decoded.width, decoded.height) == (4000, 4600)
    assert max(decoded.bgr.shape[:2]) <= 500
    small = cv2.resize(big, decoded.bgr.shape[1::-1], interpolation=cv2.INTER_AREA)
    assert np.abs(decoded.bgr.astype(int) - small.astype(int)).mean() < 4
    assert analyse_photo(data).check("photo.head_size").status == "pass"


@pytest.mark.parametrize("mode", ["P", "RGBA", "L", "LA", "I;16", "1"])
def test_large_images_of_every_mode_are_reduced(mode: str) -> None:
    rgb = cv2.resize(portrait(), (2400, 2760), interpolation=cv2.INTER_LINEAR)[:, :, ::-1]
    image = Image.fromarray(np.ascontiguousarray(rgb))
    if mode == "P":
        image = image.quantize(64)
        image.info["transparency"] = 0
    elif mode in ("I;16", "1"):
        image = image.convert("L").convert(mode)
    else:
        image = image.convert(mode)
    out = io.BytesIO()
    image.save(out, format="PNG")
    decoded = decode_image(out.getvalue(), max_side=500)
    assert (decoded.width, decoded.height) == (2400, 2760)
    assert max(decoded.bgr.shape[:2]) <= 500 and decoded.bgr.dtype == np.uint8
    if mode in ("RGBA", "LA", "L"):  # same picture, alpha opaque
        grey = cv2.cvtColor(cv2.resize(portrait(), decoded.bgr.shape[1::-1]), cv2.COLOR_BGR2GRAY)
        got = cv2.cvtColor(decoded.bgr, cv2.COLOR_BGR2GRAY)
        assert np.abs(got.astype(int) - grey.astype(int)).mean() < 6


def test_large_16_bit_png_keeps_its_range() -> None:
    grey = cv2.cvtColor(cv2.resize(portrait(), (2000, 2300)), cv2.COLOR_BGR2GRAY)
    wide = (grey.astype(np.uint16) * 257).astype(np.uint16)  # 0-65535
    out = io.BytesIO()
    Image.fromarray(wide).save(out, format="PNG")
    decoded = decode_image(out.getvalue(), max_side=500)
    small = cv2.resize(grey, decoded.bgr.shape[1::-1], interpolation=cv2.INTER_AREA)
    got = decoded.bgr[:, :, 0].astype(int)
    assert np.abs(got - small.astype(int) * 255 / small.max()).mean() < 4
