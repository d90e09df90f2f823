"""Outlook .msg files, written by the test compound-file writer and read by python-oxmsg."""

from __future__ import annotations

from datetime import UTC, datetime

import olefile
import pytest

from ssw_desk.mail import MailError, parse_mail

from .builders import REQUEST_BODY_JA, MsgAttachment, build_msg, jis, jpeg_bytes, png_bytes

TRANSPORT = (
    "Received: from mail.example.com\r\n"
    "From: =?UTF-8?B?44Kw44Ko44Oz?= <Nguyen@Example.com>\r\n"
    "Subject: request\r\n"
    "Message-ID: <msg-1@example.com>\r\n"
    "In-Reply-To: <desk-7@example.jp>\r\n"
    "References: <req-0@example.com> <desk-7@example.jp>\r\n"
    "Date: Sun, 12 May 2024 10:00:00 +0700\r\n\r\n"
)


def test_writer_produces_a_valid_compound_file() -> None:
    raw = build_msg(subject="s", body="b", attachments=[MsgAttachment("big.bin", b"x" * 9000)])
    assert olefile.isOleFile(data=raw)
    with olefile.OleFileIO(raw) as ole:
        assert ole.exists("__substg1.0_0037001F")
        assert ole.openstream("__attach_version1.0_#00000000/__substg1.0_37010102").read() == (
            b"x" * 9000
        )


def test_plain_msg_with_attachments() -> None:
    card = jpeg_bytes(6000)  # above the 4096-byte mini-stream cutoff
    raw = build_msg(
        subject="スコアレポート申請①",
        sender_name="Nguyen Van An",
        sender_email="Nguyen@Example.com",
        body=REQUEST_BODY_JA.replace("\n", "\r\n"),
        sent=datetime(2024, 5, 12, 3, 0, tzinfo=UTC),
        attachments=[
            MsgAttachment("在留カード表.jpg", card, "image/jpeg"),
            MsgAttachment("face.png", png_bytes()),
        ],
    )
    mail = parse_mail(raw, source_format="msg")
    assert mail.source_format == "msg"
    assert mail.subject == "スコアレポート申請①"
    assert (mail.sender, mail.sender_name) == ("nguyen@example.com", "Nguyen Van An")
    assert mail.date == datetime(2024, 5, 12, 3, 0, tzinfo=UTC)
    assert mail.body_text == REQUEST_BODY_JA.rstrip()
    assert [(a.filename, a.content_type, a.data) for a in mail.attachments] == [
        ("在留カード表.jpg", "image/jpeg", card),
        ("face.png", "application/octet-stream", png_bytes()),
    ]
    assert mail.message_id is None


def test_transport_headers_give_ids_and_sender() -> None:
    raw = build_msg(
        subject="request",
        body="① corrected\r\n\r\n-----Original Message-----\r\nold",
        sender_email="/O=EXCHANGELABS/OU=EXCHANGE/CN=RECIPIENTS/CN=ABC",
        transport_headers=TRANSPORT,
    )
    mail = parse_mail(raw)  # detected by magic even without source_format
    assert (mail.message_id, mail.in_reply_to) == ("msg-1@example.com", "desk-7@example.jp")
    assert mail.references == ("req-0@example.com", "desk-7@example.jp")
    assert (mail.sender, mail.sender_name) == ("nguyen@example.com", "グエン")
    assert mail.new_text == "① corrected"


def test_message_id_property_without_transport_headers() -> None:
    raw = build_msg(subject="s", body="b", message_id="<prop-1@example.com>")
    assert parse_mail(raw).message_id == "prop-1@example.com"


def test_html_only_msg_in_iso2022jp_codepage_with_inline_image() -> None:
    html = '<html><body><p>④氏名：NGUYEN VAN AN ㈱</p><img src="cid:img001"></body></html>'
    raw = build_msg(
        subject="s",
        sender_email="a@example.com",
        html=jis(html),
        codepage=50220,
        attachments=[MsgAttachment("image001.png", png_bytes(), "image/png", "img001")],
    )
    mail = parse_mail(raw)
    assert mail.body_text == "④氏名：NGUYEN VAN AN ㈱"
    (image,) = mail.attachments
    assert (image.inline, image.content_id) == (True, "img001")


def test_embedded_message_is_forwarded_text_and_attachments() -> None:
    inner = {
        "subject": "original",
        "body": "Original request",
        "attachments": [MsgAttachment("card.jpg", jpeg_bytes(), "image/jpeg")],
    }
    raw = build_msg(
        subject="Fwd", body="FYI", attachments=[MsgAttachment("original", embedded=inner)]
    )
    mail = parse_mail(raw)
    assert mail.forwarded_texts == ("Original request",)
    assert [a.filename for a in mail.attachments] == ["card.jpg"]


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_msg_is_unreadable(keep: float) -> None:
    raw = build_msg(subject="s", body="b" * 5000, attachments=[MsgAttachment("a", b"x" * 20000)])
    with pytest.raises(MailError) as info:
        parse_mail(raw[: int(len(raw) * keep)], source_format="msg")
    assert info.value.code == "mail.msg_unreadable"


def test_corrupt_msg_is_unreadable() -> None:
    raw = bytearray(build_msg(subject="s", body="b"))
    raw[0x30:0x34] = b"\xff\xff\xff\x7f"  # first directory sector far out of the file
    with pytest.raises(MailError) as info:
        parse_mail(bytes(raw))
    assert info.value.code == "mail.msg_unreadable"


def test_msg_without_body_or_attachments_is_no_body() -> None:
    with pytest.raises(MailError) as info:
        parse_mail(build_msg(subject="empty"))
    assert info.value.code == "mail.no_body"
