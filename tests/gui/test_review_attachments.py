"""The display service behind the review's images (no Qt here)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from ssw_desk.errors import DeskError
from ssw_desk.services.attachments import attachment_image, attachment_images, to_display
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import show_request
from ssw_desk.storage.audit import HEAD_LOG, SIGNING_KEY
from ssw_desk.storage.blobs import put_blob
from ssw_desk.storage.models import Attachment
from tests.gui.test_review_data import card_back_heic, card_front_jpeg, face_photo, store_request


def test_small_upright_jpeg_is_passed_through() -> None:
    data = face_photo()
    image = to_display(data)
    assert image.data is data and image.mime == "image/jpeg"
    assert (image.width, image.height) == (200, 230) and not image.converted


def test_phone_photo_is_turned_upright_and_reduced() -> None:
    image = to_display(card_front_jpeg())
    assert image.rotated and image.reduced and not image.converted
    assert (image.source_width, image.source_height) == (3480, 2370)
    assert image.width == 1600 and image.width > image.height
    assert Image.open(io.BytesIO(image.data)).size == (image.width, image.height)


def test_heic_is_converted_for_display() -> None:
    image = to_display(card_back_heic())
    assert image.converted and image.format == "heic" and image.mime == "image/jpeg"
    raw = to_display(card_back_heic(), encode=False)
    assert raw.data == b"" and raw.pixels is not None
    assert len(raw.pixels) == raw.width * raw.height * 3


def test_viewing_is_recorded_and_nothing_decrypted_is_written(desk: Desk, tmp_path: Path) -> None:
    stored = store_request(desk)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    images = attachment_images(desk, attachment_ids=list(stored.attachment_ids.values()))
    assert [i.attachment_id for i in images] == list(stored.attachment_ids.values())
    after = {p for p in tmp_path.rglob("*") if p.is_file()}
    # Only the database's own files (WAL) and the history's signed heads may change; no image
    # file appears anywhere.
    audit_files = {HEAD_LOG, SIGNING_KEY}
    assert all(
        p.name.startswith("desk.sqlite3") or p.name in audit_files for p in after - before
    ), after - before
    events = show_request(desk, request_id=stored.id).history
    viewed = sorted(e.detail["attachment"] for e in events if e.action == "attachment.viewed")
    assert viewed == sorted(stored.attachment_ids.values())


def test_broken_image_reports_its_code(desk: Desk) -> None:
    stored = store_request(desk)
    truncated = card_front_jpeg()[:5000]
    with desk.db.begin() as session:
        row = session.get(Attachment, stored.attachment_ids["residence_card_back"])
        assert row is not None
        row.sha256 = put_blob(session, truncated)
    ids = list(stored.attachment_ids.values())
    images = attachment_images(desk, attachment_ids=ids, keep_going=True)
    broken = images[ids.index(stored.attachment_ids["residence_card_back"])]
    assert broken.error == "image.truncated" and broken.data == b""
    with pytest.raises(DeskError) as caught:
        attachment_image(desk, attachment_id=stored.attachment_ids["residence_card_back"])
    assert caught.value.code == "image.truncated"
    with pytest.raises(DeskError) as missing:
        attachment_image(desk, attachment_id=999_999)
    assert missing.value.code == "attachment.not_found"
