"""A realistic request for the review tests, stored in a real SQLite desk.

Built in code: a face photo cropped from ``skimage.data.astronaut()`` (public domain, NASA), a
residence card front and back drawn with Pillow (the back as an iPhone HEIC, the front as a
large phone JPEG turned by EXIF), an e-mail body the real extractor reads, a roster row that
disagrees on the name, and a second version correcting the first. Findings come from the real
``refresh`` service, so the panel sees what intake would have stored.

The tests in this module check the data itself; the panel tests import the fixtures.
"""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import pillow_heif
import pytest
import skimage.data
from PIL import Image, ImageDraw, ImageFont

from ssw_desk.domain.extract import extract_fields
from ssw_desk.services.analysis import extraction_to_json
from ssw_desk.services.context import Desk
from ssw_desk.services.findings import refresh
from ssw_desk.services.requests import RequestView, show_request
from ssw_desk.storage.blobs import put_blob
from ssw_desk.storage.models import Attachment, Message, Request, RosterEntry, Version

pillow_heif.register_heif_opener()

BODY_V1 = """\
Dear secretariat,

I would like to request my Score report.

①受験(じゅけん)番号: A2024-1234567
②受験日: 2024年6月15日
③試験区分: 機械金属加工区分
④氏名(しめい): NGUYEN VAN ANH
⑤国籍(こくせき): Vietnam
⑥生年月日:
⑦性別: 男

Best regards,
Nguyen Van Anh
"""

BODY_V2 = """\
Dear secretariat,

Thank you for your e-mail. I send the corrected request.

①受験(じゅけん)番号: A2024-1234567
②受験日: 令和6年6月15日
③試験区分: Machining and Metal Processing
④氏名(しめい): NGUYEN VAN ANH
⑤国籍(こくせき): VIET NAM
⑥生年月日: 1996/04/02
⑦性別: 男

Best regards,
Nguyen Van Anh

> On 2024-07-01, secretariat wrote:
> Please correct the following points.
"""

#: Geometry measured on the face crop with ``ssw_desk.imaging.faces.detect_faces`` and
#: ``ssw_desk.imaging.crown.find_head_rows`` (YuNet), frozen here so the GUI tests do not
#: depend on the detector.
FACE_GEOMETRY: dict[str, Any] = {
    "width": 200,
    "height": 230,
    "face_box": [66.0, 46.0, 66.0, 82.0],
    "eyes": [[80.0, 77.0], [112.0, 76.0]],
    "crown_y": 11.65,
    "chin_y": 128.16,
    "crown_estimated": False,
    "centre_x": 100.0,
    "face_mid_x": 95.5,
    # the shape stored before the limits were kept with the geometry (still read)
    "band_50": 11.65 + 0.50 * 230,
    "band_69": 11.65 + 0.69 * 230,
}


@functools.cache  # encoding (HEIC above all) is slow; the bytes never change
def face_photo(*, variant: int = 0) -> bytes:
    """A 200 x 230 colour portrait (the recommended size) with the head at about 51 %.

    ``variant`` changes the bytes (JPEG quality), not the picture: another applicant's file.
    """
    crop = skimage.data.astronaut()[0:310, 92:362]
    image = Image.fromarray(crop).resize((200, 230), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92 - variant)
    return out.getvalue()


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def card_image(*, back: bool = False, scale: int = 1, variant: int = 0) -> Image.Image:
    """A residence card drawn with Pillow (85.6 x 54 mm proportions), on a table."""
    w, h = 1000 * scale, 630 * scale
    table = Image.new("RGB", (w + 160 * scale, h + 160 * scale), (120, 98 + variant, 80))
    card = Image.new("RGB", (w, h), (224, 236, 246))
    draw = ImageDraw.Draw(card)
    for y in range(0, h, 18 * scale):  # the card's fine guilloche lines
        draw.line([(0, y), (w, y + 40 * scale)], fill=(206, 222, 238), width=scale)
    big, small = _font(44 * scale), _font(26 * scale)
    if back:
        draw.text((40 * scale, 30 * scale), "RESIDENCE CARD - BACK", fill=(20, 40, 90), font=big)
        draw.rectangle(
            [40 * scale, 110 * scale, w - 40 * scale, 480 * scale],
            outline=(60, 60, 60),
            width=2 * scale,
        )
        for i, text in enumerate(
            ["2024.03.01  Extension of stay applied for", "Permission to engage in activity: none"]
        ):
            draw.text((60 * scale, (140 + 60 * i) * scale), text, fill=(30, 30, 30), font=small)
    else:
        draw.text((40 * scale, 30 * scale), "RESIDENCE CARD", fill=(20, 40, 90), font=big)
        draw.text((w - 420 * scale, 40 * scale), "No. AB12345678CD", fill=(160, 20, 20), font=small)
        lines = [
            "NAME  NGUYEN VAN AN",
            "DATE OF BIRTH  1996.04.02  SEX M",
            "NATIONALITY/REGION  VIETNAM",
            "STATUS  Specified Skilled Worker (i)",
            "PERIOD OF STAY  until 2026.03.01",
        ]
        for i, text in enumerate(lines):
            draw.text((40 * scale, (130 + 70 * i) * scale), text, fill=(30, 30, 30), font=small)
        portrait = Image.open(io.BytesIO(face_photo())).resize((250 * scale, 288 * scale))
        card.paste(portrait, (w - 300 * scale, 170 * scale))
    table.paste(card, (80 * scale, 80 * scale))
    return table


@functools.cache  # encoding (HEIC above all) is slow; the bytes never change
def card_front_jpeg(variant: int = 0) -> bytes:
    """A phone photo of the card front: 3480 x 2370 stored sideways with EXIF orientation 6."""
    image = card_image(scale=3, variant=variant).rotate(90, expand=True)  # sensor orientation
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


@functools.cache  # encoding (HEIC above all) is slow; the bytes never change
def card_back_heic(variant: int = 0) -> bytes:
    out = io.BytesIO()
    card_image(back=True, variant=variant).save(out, format="HEIF", quality=80)
    return out.getvalue()


def photo_report() -> dict[str, Any]:
    return {
        "ok": True,
        "format": "jpeg",
        "checks": [
            {
                "code": "photo.face_count",
                "status": "pass",
                "value": 1,
                "limits": {"exactly": 1},
                "message": "one face",
            },
            {
                "code": "photo.head_size",
                "status": "pass",
                "value": 0.507,
                "limits": {"min": 0.5, "max": 0.69},
                "message": "head size within limits",
            },
            {
                "code": "photo.centred",
                "status": "pass",
                "value": -0.023,
                "limits": {"max_abs_pass": 0.08, "max_abs_fail": 0.1},
                "message": "offset ok",
            },
            {
                "code": "photo.background",
                "status": "warn",
                "value": 1.12,
                "limits": {"warn": 1.0, "fail": 1.4},
                "message": "background not plain",
            },
            {
                "code": "photo.colour",
                "status": "pass",
                "value": 21.4,
                "limits": {"min": 4.0},
                "message": "colour photo",
            },
            {
                "code": "photo.age",
                "status": "unknown",
                "value": None,
                "limits": {"max_days": 183},
                "message": "no date in the file",
            },
        ],
        "measures": {"head_ratio": 0.507, "centre_offset": -0.023, "width": 200, "height": 230},
        "geometry": dict(FACE_GEOMETRY),
    }


@dataclass
class StoredRequest:
    id: int
    attachment_ids: dict[str, int]


def _version(
    session: Any,
    request: Request,
    number: int,
    body: str,
    when: datetime,
    attachments: list[tuple[str, str, str, bytes, dict[str, Any] | None]],
) -> Version:
    raw = f"Subject: Score report request\r\n\r\n{body}".encode()
    message = Message(
        dedupe_key=f"mid:v{number}-{request.reference}@example.com",
        message_id=f"v{number}-{request.reference}@example.com",
        raw_sha256=put_blob(session, raw),
        status="parsed",
        received_at=when,
        sender=request.sender,
        subject="Re: Score report request" if number > 1 else "Score report request",
        request_id=request.id,
        imported_at=when,
    )
    session.add(message)
    session.flush()
    version = Version(
        request_id=request.id,
        number=number,
        message_pk=message.id,
        fields=extraction_to_json(extract_fields(body)),
        body_text=body,
        findings=[],
        created_at=when,
    )
    session.add(version)
    request.versions.append(version)
    session.flush()
    for filename, role, fmt, data, report in attachments:
        version.attachments.append(
            Attachment(
                version_id=version.id,
                filename=filename,
                content_type=f"image/{fmt}",
                role=role,
                role_reasons=[],
                format=fmt,
                size=len(data),
                sha256=put_blob(session, data),
                photo_report=report,
            )
        )
    session.flush()
    refresh(session, request)
    request.version_count = number
    return version


def store_request(desk: Desk, variant: int = 0) -> StoredRequest:
    """Stores the two-version request with its roster row; returns ids.

    Args:
        desk: The desk.
        variant: > 0 stores another applicant's request (other image bytes, same roster row).
    """
    front, back = card_front_jpeg(variant), card_back_heic(variant)
    photo = face_photo(variant=variant)
    first = datetime(2025, 6, 2, 1, 15, tzinfo=UTC)
    second = datetime(2025, 6, 9, 3, 40, tzinfo=UTC)
    with desk.db.begin() as session:
        if variant:
            return _store(session, variant, front, back, photo, first, second)
        session.add(
            RosterEntry(
                exam_number="A20241234567",
                exam_date=date(2024, 6, 15),
                category="machining_metal",
                name="NGUYEN VAN AN",
                nationality="VN",
                date_of_birth=date(1996, 4, 2),
                sex="M",
                score=52.0,
                passing_score=60.0,
                max_score=100.0,
                result="fail",
                imported_at=first,
            )
        )
        return _store(session, variant, front, back, photo, first, second)


def _store(
    session: Any,
    variant: int,
    front: bytes,
    back: bytes,
    photo: bytes,
    first: datetime,
    second: datetime,
) -> StoredRequest:
    request = Request(
        reference=f"SR-2025-{42 + variant:05d}",
        status="new",
        received_at=first,
        sender="nguyen.van.anh@example.com",
        subject="Score report request",
        pauses=[],
        findings=[],
        overrides={},
        updated_at=first,
    )
    session.add(request)
    session.flush()
    _version(
        session,
        request,
        1,
        BODY_V1,
        first,
        [("card.jpg", "residence_card_front", "jpeg", front, None)],
    )
    v2 = _version(
        session,
        request,
        2,
        BODY_V2,
        second,
        [
            ("IMG_0412.jpg", "residence_card_front", "jpeg", front, None),
            ("IMG_0413.HEIC", "residence_card_back", "heic", back, None),
            ("photo.jpg", "face_photo", "jpeg", photo, photo_report()),
        ],
    )
    request.status = "resubmitted"
    ids = {a.role: a.id for a in v2.attachments}
    return StoredRequest(request.id, ids)


@pytest.fixture
def stored(desk: Desk) -> StoredRequest:
    return store_request(desk)


@pytest.fixture
def view(desk: Desk, stored: StoredRequest) -> RequestView:
    return show_request(desk, request_id=stored.id)


# -- the data is what the tests claim it is ---------------------------------------------


def test_extraction_reads_the_items_and_their_lines(view: RequestView) -> None:
    fields = view.versions[-1].fields["fields"]
    assert all(fields[n]["problem"] is None for n in fields), fields
    lines = view.versions[-1].body_text.splitlines()
    assert "A2024-1234567" in lines[fields["exam_number"]["line"]]
    assert "1996/04/02" in lines[fields["date_of_birth"]["line"]]
    assert view.versions[0].fields["fields"]["date_of_birth"]["problem"] == "missing"


def test_findings_come_from_the_real_rules(view: RequestView) -> None:
    codes = {f["code"]: f["status"] for f in view.findings}
    assert codes.get("roster.name") == "fail"  # ANH typed, AN in the roster
    assert codes.get("file.format") == "fail"  # the HEIC back
    assert codes.get("photo.background") == "warn"
    v1 = {f["code"] for f in view.versions[0].findings}
    assert "fields.date_of_birth" in v1 and "attachments.face_photo" in v1


def test_images_are_real() -> None:
    assert Image.open(io.BytesIO(card_back_heic())).format == "HEIF"
    front = Image.open(io.BytesIO(card_front_jpeg()))
    assert front.getexif()[0x0112] == 6 and front.size[1] > front.size[0]
    assert np.asarray(Image.open(io.BytesIO(face_photo()))).shape == (230, 200, 3)
    assert hashlib.sha256(face_photo()).hexdigest() == hashlib.sha256(face_photo()).hexdigest()
