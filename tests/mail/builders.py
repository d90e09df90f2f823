"""Builders of real-looking mail bytes, laid out the way real clients send them.

Reusable by other test packages (intake). Everything returns ``bytes`` with CRLF line ends, as
messages travel and as Thunderbird/Outlook save ``.eml`` files. The layouts copy what the
clients produce: Gmail (``multipart/alternative``, UTF-8, ``000000000000...`` boundaries),
Japanese mailers (ISO-2022-JP 7bit, encoded-word subjects, NEC ①-⑦ numbered lines), Outlook
(Shift_JIS/ISO-2022-JP quoted-printable HTML, RFC 2047 file names), iPhone Mail (Apple-Mail
boundaries, inline HEIC/JPEG with ``Content-Disposition: inline``), Thunderbird (RFC 2231
``filename*=UTF-8''...``).
"""

from __future__ import annotations

import base64
import quopri
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from .msgbuild import MsgAttachment, build_msg

__all__ = [
    "REQUEST_BODY_JA",
    "MsgAttachment",
    "b64_lines",
    "build_msg",
    "encoded_word",
    "gmail_message",
    "html_only_message",
    "iphone_message",
    "japanese_mailer_message",
    "jis",
    "jpeg_bytes",
    "mbox_bytes",
    "message",
    "multipart",
    "outlook_message",
    "part",
    "png_bytes",
    "thunderbird_message",
    "write_maildir",
]

CRLF = b"\r\n"

#: The secretariat's template as applicants fill it in: ①-⑦, ruby inlined in labels.
REQUEST_BODY_JA = (
    "スコアレポートの発行をお願いします。\n"
    "\n"
    "①受験(じゅけん)番号：2311000123\n"
    "②受験日(じゅけんび)：2024年5月12日\n"
    "③試験区分(しけんくぶん)：機械金属加工区分\n"
    "④氏名(しめい)：NGUYEN VAN AN\n"
    "⑤国籍(こくせき)：ベトナム\n"
    "⑥生年月日(せいねんがっぴ)：1998年3月4日\n"
    "⑦性別(せいべつ)：男\n"
)


def jis(text: str) -> bytes:
    """Encode ``text`` as ISO-2022-JP the way Japanese mailers do (CP932 through JIS).

    Unlike Python's ``iso2022_jp`` codec this keeps NEC special characters (①, ㈱, ㎝, Ⅰ) and
    IBM extended kanji, exactly what Outlook and Becky! put on the wire.
    """
    out = bytearray()
    mode = "ascii"
    data = text.encode("cp932")
    i = 0
    while i < len(data):
        byte = data[i]
        if byte < 0x80 or 0xA1 <= byte <= 0xDF:
            wanted = "ascii" if byte < 0x80 else "kana"
            if mode != wanted:
                out += b"\x1b(B" if wanted == "ascii" else b"\x1b(I"
                mode = wanted
            out.append(byte if byte < 0x80 else byte - 0x80)
            i += 1
            continue
        if mode != "kanji":
            out += b"\x1b$B"
            mode = "kanji"
        s1, s2 = byte, data[i + 1]
        i += 2
        s1 -= 0xC1 if s1 >= 0xE0 else 0x81
        j1 = s1 * 2 + 0x21
        if s2 >= 0x9F:
            j1, j2 = j1 + 1, s2 - 0x7E
        else:
            j2 = s2 - (0x1F if s2 < 0x80 else 0x20)
        out += bytes((j1, j2))
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def encoded_word(text: str, charset: str = "UTF-8", encoding: str = "B") -> str:
    """An RFC 2047 encoded word; ``charset='ISO-2022-JP'`` uses :func:`jis`."""
    data = jis(text) if charset.upper() == "ISO-2022-JP" else text.encode(charset)
    if encoding.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    quoted = quopri.encodestring(data, header=True).decode().replace("=\n", "")
    return f"=?{charset}?Q?{quoted}?="


def b64_lines(data: bytes) -> bytes:
    """Base64 in 76-character lines, as every client writes it."""
    encoded = base64.b64encode(data)
    return CRLF.join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def part(headers: list[tuple[str, str]], body: bytes | str) -> bytes:
    """One MIME entity: headers, blank line, body (str bodies are UTF-8)."""
    raw_body = body.encode("utf-8") if isinstance(body, str) else body
    head = CRLF.join(f"{name}: {value}".encode() for name, value in headers)
    return head + CRLF + CRLF + raw_body.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


def multipart(
    subtype: str, parts: list[bytes], boundary: str, *, extra: str = "", close: bool = True
) -> tuple[tuple[str, str], bytes]:
    """A multipart body and its Content-Type header (``close=False`` drops ``--b--``)."""
    chunks = [b"--" + boundary.encode() + CRLF + p + CRLF for p in parts]
    body = b"".join(chunks) + (b"--" + boundary.encode() + b"--" + CRLF if close else b"")
    return ("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}'), body


def message(headers: list[tuple[str, str]], body: bytes | str) -> bytes:
    """A whole message (same as :func:`part`, named for readability)."""
    return part(headers, body)


def _standard_headers(
    sender: str, subject: str, message_id: str, date: str, extra: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    return [
        ("Date", date),
        ("From", sender),
        ("To", "SSW Secretariat <desk@example.jp>"),
        ("Subject", subject),
        ("Message-ID", f"<{message_id}>"),
        *extra,
        ("MIME-Version", "1.0"),
    ]


def _attachment_part(
    filename_header: str,
    ctype: str,
    data: bytes,
    inline: bool = False,
    content_id: str | None = None,
) -> bytes:
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")]
    disposition = "inline" if inline else "attachment"
    headers.append(("Content-Disposition", f"{disposition}; {filename_header}"))
    if content_id:
        headers.append(("Content-ID", f"<{content_id}>"))
    return part(headers, b64_lines(data))


def gmail_message(
    *,
    text: str,
    html: str | None = None,
    subject: str = "Score report request",
    sender: str = "Nguyen Van An <nguyen.van.an@gmail.com>",
    message_id: str = "CAF=abc123+xyz@mail.gmail.com",
    date: str = "Sun, 12 May 2024 10:00:00 +0700",
    attachments: Sequence[tuple[str, str, bytes]] = (),
    in_reply_to: str | None = None,
) -> bytes:
    """Gmail web: alternative (UTF-8 plain + HTML), inside mixed when files are attached.

    Gmail writes RFC 2047 file names inside quotes (``filename="=?UTF-8?B?...?="``).
    """
    extra = []
    if in_reply_to:
        extra = [("In-Reply-To", f"<{in_reply_to}>"), ("References", f"<{in_reply_to}>")]
    html = html if html is not None else '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>"
    plain = part(
        [("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "base64")],
        b64_lines(text.encode()),
    )
    rich = part(
        [
            ("Content-Type", 'text/html; charset="UTF-8"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        quopri.encodestring(html.encode()),
    )
    alt_header, alt_body = multipart("alternative", [plain, rich], "000000000000a1b2c3d4e5f60001")
    headers = _standard_headers(sender, subject, message_id, date, extra)
    if not attachments:
        return message([*headers, alt_header], alt_body)
    parts = [part([alt_header], alt_body)]
    for filename, ctype, data in attachments:
        name = encoded_word(filename) if not filename.isascii() else filename
        parts.append(_attachment_part(f'filename="{name}"', f'{ctype}; name="{name}"', data))
    mixed_header, mixed_body = multipart("mixed", parts, "000000000000a1b2c3d4e5f60002")
    return message([*headers, mixed_header], mixed_body)


def japanese_mailer_message(
    *,
    text: str = REQUEST_BODY_JA,
    subject: str = "スコアレポート申請①",
    sender_name: str = "山田 太郎",
    address: str = "yamada@example.ne.jp",
    message_id: str = "20240512100000.1234@example.ne.jp",
    date: str = "Sun, 12 May 2024 10:00:00 +0900",
    extra: Sequence[tuple[str, str]] = (),
) -> bytes:
    """A 7bit ISO-2022-JP message as Becky!/Outlook/Thunderbird-JP send it (NEC ①-⑦ kept)."""
    sender = f"{encoded_word(sender_name, 'ISO-2022-JP')} <{address}>"
    headers = _standard_headers(
        sender,
        encoded_word(subject, "ISO-2022-JP"),
        message_id,
        date,
        [("X-Mailer", "Becky! ver. 2.81.04"), *extra],
    )
    headers += [
        ("Content-Type", 'text/plain; charset="ISO-2022-JP"'),
        ("Content-Transfer-Encoding", "7bit"),
    ]
    return message(headers, jis(text))


def outlook_message(
    *,
    html: str,
    charset: str = "shift_jis",
    subject: str = "スコアレポート申請",
    sender: str = "Tran Thi Binh <binh@example.com>",
    attachments: Sequence[tuple[str, str, bytes]] = (),
    date: str = "Mon, 13 May 2024 09:30:00 +0900",
) -> bytes:
    """Outlook desktop: mixed > alternative(plain, HTML) in a Japanese charset, QP encoded.

    File names are RFC 2047 words in the charset (``name="=?iso-2022-jp?B?...?="``).
    """
    from ssw_desk.mail.html import html_to_text

    # Outlook labels CP932 bytes "shift_jis"
    codec = "cp932" if charset.lower() == "shift_jis" else charset
    encode = jis if charset.lower() == "iso-2022-jp" else (lambda s: s.encode(codec))
    plain = part(
        [
            ("Content-Type", f'text/plain; charset="{charset}"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        quopri.encodestring(encode(html_to_text(html))),
    )
    rich = part(
        [
            ("Content-Type", f'text/html; charset="{charset}"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        quopri.encodestring(encode(html)),
    )
    alt_header, alt_body = multipart("alternative", [plain, rich], "_000_TYAPR01MB1234_")
    parts = [part([alt_header], alt_body)]
    for filename, ctype, data in attachments:
        name = encoded_word(filename, "iso-2022-jp" if charset == "iso-2022-jp" else "UTF-8")
        name = name.replace("=?iso-2022-jp?", "=?ISO-2022-JP?")
        parts.append(_attachment_part(f'filename="{name}"', f'{ctype}; name="{name}"', data))
    mixed_header, mixed_body = multipart("mixed", parts, "_004_TYAPR01MB1234_")
    headers = _standard_headers(
        sender,
        encoded_word(subject, "iso-2022-jp".upper()),
        "TYAPR01MB1234@outlook.com",
        date,
        [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")],
    )
    return message([*headers, mixed_header], mixed_body)


def iphone_message(
    *,
    text: str,
    images: list[tuple[str, str, bytes]],
    sender: str = "Le Van Cuong <cuong@icloud.com>",
    subject: str = "Score report",
) -> bytes:
    """iPhone Mail: mixed, QP UTF-8 text, then inline images with ``filename=`` and name."""
    parts = [
        part(
            [
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            quopri.encodestring(text.encode()),
        )
    ]
    for index, (filename, ctype, data) in enumerate(images):
        parts.append(
            _attachment_part(
                f"filename={filename}",
                f"{ctype}; name={filename}",
                data,
                inline=True,
                content_id=f"IMG{index}@apple",
            )
        )
    header, body = multipart("mixed", parts, "Apple-Mail-5A1B2C3D-0000-4000-8000-0123456789AB")
    headers = _standard_headers(
        sender,
        subject,
        "5A1B2C3D-1111-2222-3333-444455556666@icloud.com",
        "Tue, 14 May 2024 20:15:03 +0900",
        [("X-Mailer", "iPhone Mail (21E236)")],
    )
    return message([*headers, header], body)


def thunderbird_message(
    *,
    text: str,
    attachments: list[tuple[str, str, bytes]],
    continuation: bool = False,
) -> bytes:
    """Thunderbird: format=flowed text and RFC 2231 names (``filename*=UTF-8''%E5...``)."""
    from urllib.parse import quote

    parts = [
        part(
            [
                ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            text,
        )
    ]
    for filename, ctype, data in attachments:
        encoded = quote(filename.encode("utf-8"), safe="")
        if continuation:
            half = len(encoded) // 2
            half -= 1 if encoded[half - 1] == "%" else 2 if encoded[half - 2] == "%" else 0
            disposition = f"filename*0*=UTF-8''{encoded[:half]};\r\n filename*1*={encoded[half:]}"
        else:
            disposition = f"filename*=UTF-8''{encoded}"
        parts.append(_attachment_part(disposition, f"{ctype}; name*=UTF-8''{encoded}", data))
    header, body = multipart("mixed", parts, "------------0A1B2C3D4E5F6A7B8C9D0E1F")
    headers = _standard_headers(
        "Pham Minh Duc <duc@example.vn>",
        "Score report request",
        "a1b2c3@example.vn",
        "Wed, 15 May 2024 08:00:00 +0700",
        [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")],
    )
    return message([*headers, header], body)


def html_only_message(
    html: str | bytes, *, charset: str | None = "utf-8", subject: str = "Request"
) -> bytes:
    """A single-part text/html message (web mailers, some phones)."""
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    headers = _standard_headers(
        "Web Mail <web@example.org>",
        subject,
        "html-only@example.org",
        "Thu, 16 May 2024 12:00:00 +0000",
        [],
    )
    body = html.encode(charset or "utf-8") if isinstance(html, str) else html
    return message([*headers, ("Content-Type", ctype), ("Content-Transfer-Encoding", "8bit")], body)


def mbox_bytes(messages: list[bytes]) -> bytes:
    """An mboxrd file as Thunderbird/Google Takeout write it (LF line ends, ``>From`` quoted)."""
    out = bytearray()
    for index, raw in enumerate(messages):
        body = raw.replace(b"\r\n", b"\n")
        body = b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in body.split(b"\n")
        )
        out += f"From sender{index}@example.com Sun May 12 10:00:00 2024\n".encode()
        out += body.rstrip(b"\n") + b"\n\n"
    return bytes(out)


def write_maildir(root: Path, new: Sequence[bytes], cur: Sequence[bytes] = ()) -> Path:
    """Create a Maildir with messages in ``new`` and ``cur`` (and an in-flight one in tmp)."""
    for name in ("cur", "new", "tmp"):
        (root / name).mkdir(parents=True, exist_ok=True)
    for index, raw in enumerate(new):
        (root / "new" / f"1715500000.M{index}P100.host").write_bytes(raw)
    for index, raw in enumerate(cur):
        (root / "cur" / f"1715400000.M{index}P100.host:2,S").write_bytes(raw)
    (root / "tmp" / "1715600000.M0P100.host").write_bytes(b"From: x\r\n")
    (root / "dovecot-uidlist").write_bytes(b"3 V1715500000 N1\n")
    return root


def png_bytes(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A valid PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes(size: int = 3000) -> bytes:
    """JPEG-framed bytes (SOI ... EOI) of about ``size`` bytes; not a decodable picture."""
    filler = bytes((i * 7) % 251 for i in range(size))
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + filler
        + b"\xff\xd9"
    )
