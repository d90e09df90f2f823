"""Each input form real clients send, through the whole intake: the seven items come out."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from tests.mail.builders import (
    REQUEST_BODY_JA,
    MsgAttachment,
    build_msg,
    html_only_message,
    japanese_mailer_message,
    mbox_bytes,
    write_maildir,
)

EXPECTED = {
    "exam_number": "2311000123",
    "exam_date": "2024-05-12",
    "category": "machining_metal",
    "name": "NGUYEN VAN AN",
    "nationality": "VN",
    "date_of_birth": "1998-03-04",
    "sex": "M",
}


def _only_request(desk: Desk, paths: list[Path]) -> dict[str, str | None]:
    result = import_paths(desk, paths=paths)
    assert (result.imported, result.quarantined) == (1, 0)
    return show_request(desk, request_id=result.requests[0]).fields


@pytest.fixture
def sqlite_desk(sqlite_url: str) -> Desk:
    return Desk.open(sqlite_url)


def test_iso2022jp_with_nec_characters(sqlite_desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "jis.eml"
    path.write_bytes(japanese_mailer_message())
    assert _only_request(sqlite_desk, [path]) == EXPECTED


CIRCLED = dict(zip("①②③④⑤⑥⑦", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], strict=True))


@pytest.mark.parametrize("charset", ["shift_jis", "euc-jp", "cp932", "utf-8"])
def test_html_only_in_japanese_charsets(sqlite_desk: Desk, tmp_path: Path, charset: str) -> None:
    body = REQUEST_BODY_JA
    if charset in ("shift_jis", "euc-jp"):  # no NEC characters in the plain JIS sets
        body = "".join(CIRCLED.get(ch, ch) for ch in body)
    html = (
        "<html><body>"
        + "".join(f"<div>{line}</div>" for line in body.splitlines())
        + "</body></html>"
    )
    path = tmp_path / "h.eml"
    path.write_bytes(html_only_message(html.encode(charset), charset=charset))
    assert _only_request(sqlite_desk, [path]) == EXPECTED


def test_full_width_english_labels_next_line(sqlite_desk: Desk, tmp_path: Path) -> None:
    body = (
        "Dear secretariat,\n\n1. Exam number\nＭ２３０１－０００１２３\n2. Exam date\n"
        "R6.5.12\n3. Exam category\nMachining & metal processing\n4. Name\nNguyễn Văn An\n"
        "5. Nationality\nViệt Nam\n6. Date of birth\n4 March 1998\n7. Sex\nMale\n"
    )
    path = tmp_path / "en.eml"
    path.write_bytes(html_only_message("<pre>" + body + "</pre>"))
    fields = _only_request(sqlite_desk, [path])
    assert fields == {**EXPECTED, "exam_number": "M2301000123"}


def test_outlook_msg_file(sqlite_desk: Desk, tmp_path: Path) -> None:
    from tests.images import card_photo, face_photo

    path = tmp_path / "request.msg"
    path.write_bytes(
        build_msg(
            subject="Score report request",
            body=REQUEST_BODY_JA,
            attachments=[
                MsgAttachment(
                    filename="zairyu_front.jpg", data=card_photo(), mime_type="image/jpeg"
                ),
                MsgAttachment(filename="photo.jpg", data=face_photo(), mime_type="image/jpeg"),
            ],
        )
    )
    result = import_paths(sqlite_desk, paths=[path])
    view = show_request(sqlite_desk, request_id=result.requests[0])
    assert view.fields == EXPECTED
    assert sorted(a.role for a in view.attachments) == ["face_photo", "residence_card_front"]


def test_maildir_and_mbox(sqlite_desk: Desk, tmp_path: Path) -> None:
    one = japanese_mailer_message(message_id="m1@example.ne.jp")
    two = japanese_mailer_message(message_id="m2@example.ne.jp", address="b@example.ne.jp")
    three = japanese_mailer_message(message_id="m3@example.ne.jp", address="c@example.ne.jp")
    maildir = write_maildir(tmp_path / "Maildir", [one], [two])
    (tmp_path / "box.mbox").write_bytes(mbox_bytes([two, three]))
    result = import_paths(sqlite_desk, paths=[maildir, tmp_path / "box.mbox"])
    assert (result.imported, result.duplicates, result.quarantined) == (3, 1, 0)
