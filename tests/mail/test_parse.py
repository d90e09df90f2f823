"""parse_mail on messages laid out as real clients send them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from ssw_desk.mail import parse_mail

from .builders import (
    REQUEST_BODY_JA,
    b64_lines,
    encoded_word,
    gmail_message,
    html_only_message,
    iphone_message,
    japanese_mailer_message,
    jpeg_bytes,
    message,
    multipart,
    outlook_message,
    part,
    png_bytes,
    thunderbird_message,
)


def test_japanese_mailer_iso2022jp_with_numbered_items() -> None:
    mail = parse_mail(japanese_mailer_message())
    assert mail.subject == "スコアレポート申請①"
    assert (mail.sender, mail.sender_name) == ("yamada@example.ne.jp", "山田 太郎")
    assert mail.message_id == "20240512100000.1234@example.ne.jp"
    assert mail.date == datetime(2024, 5, 12, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    assert mail.body_text == REQUEST_BODY_JA.rstrip()
    for mark in "①②③④⑤⑥⑦":
        assert mark in mail.body_text
    assert mail.new_text == mail.body_text
    assert mail.attachments == ()
    assert mail.source_format == "eml"


def test_gmail_alternative_prefers_plain_and_keeps_attachments() -> None:
    face = png_bytes()
    raw = gmail_message(
        text="① 受験番号: 2311000123\n② 受験日: 2024/05/12",
        html="<div>HTML version</div>",
        attachments=[
            ("在留カード(表).jpg", "image/jpeg", jpeg_bytes()),
            ("face.png", "image/png", face),
        ],
    )
    mail = parse_mail(raw)
    assert mail.body_text == "① 受験番号: 2311000123\n② 受験日: 2024/05/12"
    assert [a.filename for a in mail.attachments] == ["在留カード(表).jpg", "face.png"]
    assert mail.attachments[1].data == face
    assert mail.attachments[0].content_type == "image/jpeg"
    assert not any(a.inline for a in mail.attachments)
    assert mail.sender == "nguyen.van.an@gmail.com"


def test_alternative_with_empty_plain_falls_back_to_html() -> None:
    raw = gmail_message(text="", html="<p>Exam number <b>2311000123</b></p>")
    assert parse_mail(raw).body_text == "Exam number 2311000123"


def test_outlook_shift_jis_quoted_printable_and_rfc2047_filenames() -> None:
    html = (
        "<html><body><p class=MsoNormal>③試験区分：電気電子機器組立て区分<o:p></o:p></p>"
        "</body></html>"
    )
    raw = outlook_message(html=html, attachments=[("顔写真①.png", "image/png", png_bytes())])
    mail = parse_mail(raw)
    assert "③試験区分：電気電子機器組立て区分" in mail.body_text
    assert mail.attachments[0].filename == "顔写真①.png"
    assert mail.subject == "スコアレポート申請"


def test_outlook_iso2022jp_html() -> None:
    raw = outlook_message(
        html="<p>④氏名：TRAN THI BINH ㈱</p>",
        charset="iso-2022-jp",
        attachments=[("在留カード裏.jpg", "image/jpeg", jpeg_bytes())],
    )
    mail = parse_mail(raw)
    assert "④氏名：TRAN THI BINH ㈱" in mail.body_text
    assert mail.attachments[0].filename == "在留カード裏.jpg"


def test_iphone_inline_images_are_attachments() -> None:
    raw = iphone_message(
        text="Please find my photos.\n\nSent from my iPhone",
        images=[
            ("IMG_0001.HEIC", "image/heic", b"\0\0\0\x18ftypheic" * 50),
            ("IMG_0002.jpeg", "image/jpeg", jpeg_bytes()),
        ],
    )
    mail = parse_mail(raw)
    assert mail.body_text.startswith("Please find my photos.")
    assert [(a.filename, a.content_type, a.inline) for a in mail.attachments] == [
        ("IMG_0001.HEIC", "image/heic", True),
        ("IMG_0002.jpeg", "image/jpeg", True),
    ]
    assert mail.attachments[0].content_id == "IMG0@apple"


def test_thunderbird_rfc2231_filenames() -> None:
    files = [
        ("在留カード表面.jpg", "image/jpeg", jpeg_bytes()),
        ("ảnh thẻ.png", "image/png", png_bytes()),
    ]
    for continuation in (False, True):
        mail = parse_mail(
            thunderbird_message(
                text="Request attached.", attachments=files, continuation=continuation
            )
        )
        assert [a.filename for a in mail.attachments] == ["在留カード表面.jpg", "ảnh thẻ.png"]


def test_raw_8bit_utf8_and_cp932_filenames() -> None:
    headers = [("From", "a@example.com"), ("Subject", "x"), ("MIME-Version", "1.0")]
    parts = [part([("Content-Type", "text/plain; charset=utf-8")], "body")]
    for name in ("在留カード.jpg".encode(), "顔写真.png".encode("cp932")):
        disposition = b'attachment; filename="' + name + b'"'
        parts.append(
            b"Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: " + disposition + b"\r\n\r\n" + b64_lines(jpeg_bytes())
        )
    ctype, body = multipart("mixed", parts, "b1")
    mail = parse_mail(message([*headers, ctype], body))
    assert [a.filename for a in mail.attachments] == ["在留カード.jpg", "顔写真.png"]


def test_html_only_converted_with_line_breaks() -> None:
    html = (
        "<html><head><style>.x{color:red}</style><script>var a=1;</script></head><body>"
        "<div>①受験番号：2311000123</div><div>②受験日：<br>2024年5月12日</div>"
        "<p>③試験区分</p><ul><li>機械金属加工区分</li></ul>"
        "<table><tr><td>④氏名</td><td>NGUYEN VAN AN</td></tr></table></body></html>"
    )
    mail = parse_mail(html_only_message(html))
    assert mail.body_text == (
        "①受験番号：2311000123\n②受験日：\n2024年5月12日\n\n③試験区分\n\n機械金属加工区分\n"
        "④氏名\tNGUYEN VAN AN"
    )
    assert "color" not in mail.body_text and "var a" not in mail.body_text


def test_html_without_charset_uses_meta_tag() -> None:
    html = '<html><head><meta charset="shift_jis"></head><body>国籍：ベトナム</body></html>'
    mail = parse_mail(html_only_message(html.encode("cp932"), charset=None))
    assert mail.body_text == "国籍：ベトナム"


def test_related_inline_image_referenced_by_cid() -> None:
    html = part(
        [("Content-Type", "text/html; charset=utf-8")],
        '<p>My face photo:</p><img src="cid:face@local">',
    )
    image = part(
        [
            ("Content-Type", "image/png"),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-ID", "<face@local>"),
        ],
        b64_lines(png_bytes()),
    )
    rel_header, rel_body = multipart("related", [html, image], "rel", extra='; type="text/html"')
    plain = part([("Content-Type", "text/plain; charset=utf-8")], "My face photo:")
    alt_header, alt_body = multipart("alternative", [plain, part([rel_header], rel_body)], "alt")
    mail = parse_mail(message([("From", "x@example.com"), ("Subject", "s"), alt_header], alt_body))
    assert mail.body_text == "My face photo:"
    (image_att,) = mail.attachments
    assert (image_att.inline, image_att.content_id, image_att.filename) == (
        True,
        "face@local",
        None,
    )
    assert image_att.data == png_bytes()


def test_forwarded_rfc822_text_and_attachments() -> None:
    inner = japanese_mailer_message()
    inner_with_photo_header, inner_body = multipart(
        "mixed",
        [
            part([("Content-Type", "text/plain; charset=utf-8")], "Original request text"),
            part(
                [
                    ("Content-Type", "image/jpeg"),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment; filename="card.jpg"'),
                ],
                b64_lines(jpeg_bytes()),
            ),
        ],
        "inner",
    )
    inner2 = message(
        [("From", "a@example.com"), ("Subject", "orig"), inner_with_photo_header], inner_body
    )
    outer_header, outer_body = multipart(
        "mixed",
        [
            part([("Content-Type", "text/plain; charset=utf-8")], "FYI, forwarding two requests."),
            part(
                [
                    ("Content-Type", "message/rfc822"),
                    ("Content-Disposition", 'attachment; filename="req1.eml"'),
                ],
                inner,
            ),
            part([("Content-Type", "message/rfc822")], inner2),
        ],
        "outer",
    )
    mail = parse_mail(
        message([("From", "colleague@example.jp"), ("Subject", "Fwd"), outer_header], outer_body)
    )
    assert mail.body_text == "FYI, forwarding two requests."
    assert mail.forwarded_texts[0] == REQUEST_BODY_JA.rstrip()
    assert mail.forwarded_texts[1] == "Original request text"
    assert [a.filename for a in mail.attachments] == ["card.jpg"]


def test_reply_headers_ids_and_references() -> None:
    raw = message(
        [
            ("From", '"Nguyen, An" <AN@Example.COM>'),
            ("Subject", "Re: =?UTF-8?B?55Sz6KuL?="),
            ("Message-ID", "<reply-1@example.com>"),
            ("In-Reply-To", "<desk-9@example.jp>"),
            ("References", "<req-1@example.com>\r\n <desk-9@example.jp>"),
            ("Date", "12 May 2024 10:00:00"),
            ("Content-Type", "text/plain"),
        ],
        "corrected",
    )
    mail = parse_mail(raw)
    assert (mail.message_id, mail.in_reply_to) == ("reply-1@example.com", "desk-9@example.jp")
    assert mail.references == ("req-1@example.com", "desk-9@example.jp")
    assert mail.subject == "Re: 申請"
    assert (mail.sender, mail.sender_name) == ("an@example.com", "Nguyen, An")
    assert mail.date == datetime(2024, 5, 12, 10, 0, tzinfo=UTC)


def test_missing_and_garbage_headers() -> None:
    raw = message([("To", "desk@example.jp"), ("Subject", "x"), ("Date", "yesterday")], "hello")
    mail = parse_mail(raw)
    assert (mail.sender, mail.sender_name, mail.date, mail.message_id) == ("", "", None, None)


def test_missing_final_boundary_with_complete_content_is_accepted() -> None:
    header, body = multipart(
        "mixed",
        [
            part([("Content-Type", "text/plain")], "Request"),
            part(
                [("Content-Type", "image/png"), ("Content-Transfer-Encoding", "base64")],
                b64_lines(png_bytes()),
            ),
        ],
        "b",
        close=False,
    )
    mail = parse_mail(message([("From", "a@example.com"), ("Subject", "s"), header], body))
    assert mail.attachments[0].data == png_bytes()


def test_mbox_envelope_line_on_single_message_is_ignored() -> None:
    raw = b"From a@example.com Sun May 12 10:00:00 2024\n" + japanese_mailer_message()
    assert parse_mail(raw).subject == "スコアレポート申請①"


def test_subject_in_misdeclared_encoded_word() -> None:
    subject = encoded_word("スコアレポート", "UTF-8").replace("UTF-8", "ISO-2022-JP")
    raw = message([("From", "a@example.com"), ("Subject", subject)], "body")
    assert parse_mail(raw).subject == "スコアレポート"
