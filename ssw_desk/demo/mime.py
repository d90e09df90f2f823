"""MIME building blocks that imitate real mail clients byte for byte where it matters.

Built on the ``compat32`` API of :mod:`email` on purpose: it lets each client's quirks through
(boundary shapes, RFC 2047 words inside quoted parameters, ISO-2022-JP with NEC characters,
raw 8-bit Shift_JIS) that the modern policy would normalise away.
"""

from __future__ import annotations

import base64
import html
import random
import string
from email import encoders
from email.charset import QP, Charset
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.text import MIMEText

__all__ = [
    "attachment",
    "body_text",
    "decode_iso2022jp_ms",
    "encode_iso2022jp_ms",
    "encoded_words",
    "html_part",
    "text_part",
]


def _sjis_pair_to_jis(s1: int, s2: int) -> tuple[int, int]:
    """Map a Shift_JIS lead/trail byte pair to its JIS X 0208 row/cell bytes."""
    if s1 >= 0xE0:
        s1 -= 0x40
    j1 = (s1 - 0x81) * 2 + 0x21
    if s2 >= 0x9F:
        return j1 + 1, s2 - 0x7E
    return j1, s2 - 0x1F if s2 < 0x7F else s2 - 0x20


def encode_iso2022jp_ms(text: str) -> bytes:
    """Encode as Windows mailers do (CP50220-like): ISO-2022-JP carrying NEC ①..⑦ in row 13.

    The standard ``iso2022_jp*`` codecs refuse or misplace those characters; real Japanese
    mail has them. Each character goes through cp932 and is shifted back to JIS.

    Args:
        text: The text; no half-width katakana or IBM extension characters.

    Returns:
        7-bit bytes with ``ESC $ B`` / ``ESC ( B`` shifts.

    Raises:
        UnicodeEncodeError: On a character outside JIS X 0208 + NEC row 13.
    """
    out = bytearray()
    kanji = False
    for ch in text:
        if ord(ch) < 0x80:
            if kanji:
                out += b"\x1b(B"
                kanji = False
            out += ch.encode("ascii")
            continue
        raw = ch.encode("cp932")
        if len(raw) != 2 or raw[0] >= 0xED:
            raise UnicodeEncodeError("iso-2022-jp", ch, 0, 1, "not in JIS X 0208 / NEC row 13")
        if not kanji:
            out += b"\x1b$B"
            kanji = True
        out += bytes(_sjis_pair_to_jis(raw[0], raw[1]))
    if kanji:
        out += b"\x1b(B"
    return bytes(out)


def decode_iso2022jp_ms(data: bytes) -> str:
    """Decode what :func:`encode_iso2022jp_ms` writes (JIS X 0208 + NEC row 13)."""
    sjis = bytearray()
    kanji = False
    i = 0
    while i < len(data):
        if data[i] == 0x1B:
            kanji = data[i + 1 : i + 3] in (b"$B", b"$@")
            i += 3
            continue
        if not kanji:
            sjis.append(data[i])
            i += 1
            continue
        j1, j2 = data[i], data[i + 1]
        s1 = ((j1 + 1) >> 1) + (0x70 if j1 < 0x5F else 0xB0)
        s2 = j2 + (0x1F + (j2 >= 0x60) if j1 % 2 else 0x7E)
        sjis += bytes((s1, s2))
        i += 2
    return sjis.decode("cp932", "replace")


def body_text(part: Message) -> str:
    """Decode a text part, Japanese charsets through cp932 (the stdlib fails on ①)."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ""
    charset = (part.get_content_charset() or "utf-8").lower()
    if charset == "iso-2022-jp":
        return decode_iso2022jp_ms(raw)
    return raw.decode("cp932" if charset == "shift_jis" else charset, "replace")


def _charset_bytes(text: str, charset: str) -> bytes:
    if charset.lower() == "iso-2022-jp":
        return encode_iso2022jp_ms(text)
    if charset.lower() == "shift_jis":
        return text.encode("cp932")
    return text.encode(charset)


def encoded_words(text: str, charset: str = "UTF-8", *, chunk: int = 14) -> str:
    """RFC 2047 ``B`` words for ``text`` (ASCII text is returned as is).

    Args:
        text: Header text.
        charset: Charset label; ``ISO-2022-JP`` and ``Shift_JIS`` use the Microsoft tables.
        chunk: Characters per encoded word (keeps lines short).

    Returns:
        Space-separated encoded words.
    """
    if text.isascii():
        return text
    words = []
    for i in range(0, len(text), chunk):
        data = base64.b64encode(_charset_bytes(text[i : i + chunk], charset)).decode("ascii")
        words.append(f"=?{charset}?B?{data}?=")
    return " ".join(words)


def text_part(text: str, charset: str, cte: str, *, flowed: bool = False) -> Message:
    """A ``text/plain`` part.

    Args:
        text: The body.
        charset: ``UTF-8``, ``ISO-2022-JP`` or ``Shift_JIS``.
        cte: ``base64``, ``quoted-printable``, ``7bit`` or ``8bit``.
        flowed: Add ``format=flowed; delsp=yes`` (Thunderbird).

    Returns:
        The part.
    """
    if charset.upper() == "UTF-8" and cte in ("base64", "quoted-printable"):
        cs = Charset("utf-8")
        if cte == "quoted-printable":
            cs.body_encoding = QP
        part: Message = MIMEText(text, "plain", cs)  # type: ignore[arg-type]  # stub: str only
        part.set_param("charset", charset)
    else:
        part = Message()
        data = _charset_bytes(text, charset)
        part["Content-Type"] = "text/plain"
        part.set_param("charset", charset)
        if cte == "base64":
            part.set_payload(base64.encodebytes(data).decode("ascii"))
        else:
            part.set_payload(data.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
    if flowed:
        part.set_param("format", "flowed")
        part.set_param("delsp", "yes")
    return part


def html_part(text: str, *, outlook: bool) -> Message:
    """A UTF-8 ``text/html`` part (Gmail ``div dir=ltr`` or Outlook ``MsoNormal``)."""
    lines = [html.escape(line) for line in text.splitlines()]
    if outlook:
        paras = "\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>'
                          for line in lines)  # fmt: skip
        body = (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style><!-- p.MsoNormal {margin:0mm; font-size:11.0pt; "
            'font-family:"游ゴシック",sans-serif;} --></style>\n</head>\n'
            f'<body lang="JA" link="#0563C1"><div class="WordSection1">\n{paras}\n'
            "</div>\n</body>\n</html>\n"
        )
        cs = Charset("utf-8")
        cs.body_encoding = QP
        return MIMEText(body, "html", cs)  # type: ignore[arg-type]
    body = '<div dir="ltr">' + "<br>".join(lines) + "</div>\n"
    return MIMEText(body, "html", "utf-8")


def attachment(data: bytes, content_type: str, filename: str, *, naming: str,
               inline: bool = False, content_id: str | None = None) -> Message:  # fmt: skip
    """An attached file, base64.

    Args:
        data: File bytes.
        content_type: e.g. ``image/jpeg``.
        filename: File name, possibly Japanese.
        naming: ``rfc2231`` (``filename*=UTF-8''...``), ``rfc2047`` (encoded word in quotes,
            Gmail/Outlook) or ``sjis`` (encoded word in Shift_JIS, Japanese mailers).
        inline: Content-Disposition inline (iPhone) instead of attachment.
        content_id: Optional Content-ID without brackets.

    Returns:
        The part.
    """
    maintype, subtype = content_type.split("/")
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]  # clients write it on the message only
    part.set_payload(data)
    encoders.encode_base64(part)
    disposition = "inline" if inline else "attachment"
    if naming == "rfc2231" and not filename.isascii():
        part.set_param("name", ("UTF-8", "", filename))  # type: ignore[arg-type]
        part.add_header("Content-Disposition", disposition, filename=("UTF-8", "", filename))
    else:
        charset = "Shift_JIS" if naming == "sjis" else "UTF-8"
        word = encoded_words(filename, charset, chunk=40)
        part.set_param("name", word)
        part.add_header("Content-Disposition", disposition, filename=word)
    if content_id:
        part["Content-ID"] = f"<{content_id}>"
        part["X-Attachment-Id"] = content_id
    return part


def token(rng: random.Random, length: int, alphabet: str = string.hexdigits[:16]) -> str:
    """A random token (boundaries, ids) from ``rng``."""
    return "".join(rng.choice(alphabet) for _ in range(length))
