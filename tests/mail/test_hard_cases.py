"""Mail that real clients send and that used to be misread: each case with its bytes."""

from __future__ import annotations

import base64

from ssw_desk.mail import parse_mail
from ssw_desk.mail.decode import decode_bytes
from ssw_desk.mail.kddi_emoji import KDDI_EMOJI

from .ansi_msg import ansi_msg
from .mutants import realworld_folder

HEAD = b"From: a@example.com\r\nSubject: s\r\nMessage-ID: <x@example.com>\r\n"


def au_jis(emoji: str) -> bytes:
    """The JIS bytes an au phone sends for one of its emoji (Shift_JIS F340-F7FC)."""
    sjis = chr(next(k for k, v in KDDI_EMOJI.items() if v == emoji)).encode("cp932")
    s1, s2 = sjis[0] - 8, sjis[1]  # au's rows sit 8 lead bytes above the standard mapping
    row = (s1 - 0xB0) * 2 - (0 if s2 >= 0x9F else 1)
    cell = s2 - 0x7E if s2 >= 0x9F else s2 - (0x20 if s2 >= 0x80 else 0x1F)
    return bytes((row, cell))


def jis(text: str) -> bytes:
    return text.encode("iso2022_jp")[3:-3]  # without the escapes


def test_au_emoji_become_unicode_emoji_and_the_text_stays() -> None:
    emoji = next(v for k, v in sorted(KDDI_EMOJI.items()) if au_jis(v)[0] in (0x75, 0x76))
    body = b"\x1b$B" + jis("晴れです") + au_jis(emoji) + jis("受験番号") + b"\x1b(B M2301000123"
    assert decode_bytes(body, "iso-2022-jp") == f"晴れです{emoji}受験番号 M2301000123"


def test_an_unknown_jis_character_becomes_one_mark_alone() -> None:
    body = b"\x1b$B" + jis("受験") + b"\x29\x21" + jis("番号") + b"\x1b(B: M2301000123"
    assert decode_bytes(body, "iso-2022-jp") == "受験\ufffd番号: M2301000123"


def test_nul_bytes_do_not_make_mail_binary() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "受験番号".encode()
        + b"\x00\r\n\x00"
    )
    assert parse_mail(raw).body_text == "受験番号"


def test_cp932_ansi_msg_is_read() -> None:
    raw = ansi_msg(
        subject="申請①", body="①受験番号：M2301000123\n氏名：髙橋\n", sender="a@example.com"
    )
    mail = parse_mail(raw)
    assert (mail.subject, mail.body_text) == ("申請①", "①受験番号：M2301000123\n氏名：髙橋")


def test_folded_boundary_parameter() -> None:
    boundary = b"----=_NextPart_000_0004_01C01234.ABCD"
    raw = (
        HEAD + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n"
        b'\tboundary="----=_NextPart_000_0004_01C0\r\n 1234.ABCD"\r\n\r\n'
        b"--" + boundary + b"\r\nContent-Type: text/plain\r\n\r\nhello body\r\n"
        b"--" + boundary + b'\r\nContent-Type: image/gif; name="a.gif"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw7\r\n"
        b"--" + boundary + b"--\r\n"
    )
    mail = parse_mail(raw)
    assert mail.body_text == "hello body"
    assert [a.filename for a in mail.attachments] == ["a.gif"]


def test_raw_shift_jis_subject_of_circled_numbers() -> None:
    for subject in ("①②③", "①②③申請", "申請書"):
        raw = b"From: a@example.com\r\nSubject: " + subject.encode("cp932") + b"\r\n\r\nbody\r\n"
        assert parse_mail(raw).subject == subject
    euc = b"From: a@example.com\r\nSubject: " + "申請書".encode("euc_jp") + b"\r\n\r\nbody\r\n"
    assert parse_mail(euc).subject == "申請書"


def test_encoded_word_split_across_lines() -> None:
    text = "受験番号のお知らせ".encode()
    one, two = base64.b64encode(text[:7]).decode(), base64.b64encode(text[7:]).decode()
    raw = f"From: a@example.com\r\nSubject: =?UTF-8?B?{one}?=\r\n =?UTF-8?B?{two}?=\r\n\r\nb\r\n"
    assert parse_mail(raw.encode()).subject == "受験番号のお知らせ"


def test_raw_latin1_headers_are_not_read_as_japanese() -> None:
    raw = "From: José Müller <j@example.com>\r\nSubject: Café crème\r\n\r\nb\r\n".encode("latin-1")
    mail = parse_mail(raw)
    assert (mail.subject, mail.sender_name) == ("Café crème", "José Müller")


def test_smime_signed_eml_and_msg_read_the_signed_content() -> None:
    folder = realworld_folder()
    eml = parse_mail(
        (folder / "mimekit__UnitTests__TestData__smime__thunderbird-signed.txt").read_bytes()
    )
    assert eml.signed
    assert [a.filename for a in eml.attachments] == ["signed.jpg"]  # no smime.p7s
    name = (
        "msgreader-swift__Tests__MsgReaderTests__Resources__bbottema__"
        "outlook-message-parser__S_MIME_test_message_signed.msg"
    )
    msg = parse_mail((folder / name).read_bytes())
    assert msg.signed
    assert sorted(a.filename or "" for a in msg.attachments) == [
        "03-07-2005 errata SharnErrata.pdf",
        "module_architecture.png",
    ]
    assert msg.body_text.strip()
