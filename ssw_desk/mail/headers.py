"""Header values as clients really write them: RFC 2047, RFC 2231, raw 8-bit, raw JIS.

We read raw header strings (``Message.raw_items``) rather than the standard library's decoded
values: its decoder rejects ISO-2022-JP with NEC characters and mangles 8-bit names.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from datetime import UTC, datetime
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime
from urllib.parse import unquote_to_bytes

from ssw_desk.mail.decode import UndecodableError, decode_bytes

__all__ = [
    "decode_header_value",
    "get_raw",
    "header_params",
    "message_ids",
    "parse_date",
    "parse_sender",
]

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")
_MSGID = re.compile(r"<([^<>\s]+)>")


def get_raw(msg: Message, name: str) -> str | None:
    """The first raw value of header ``name`` (case-insensitive), unfolded, or None."""
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return re.sub(r"\r?\n(?=[ \t])", "", str(value)).strip()
    return None


def _raw_bytes(text: str) -> bytes:
    """Undo the parser's surrogate escaping: the header's bytes as they were on the wire."""
    return text.encode("utf-8", "surrogateescape")


def _decode_loose(text: str) -> str:
    """Decode a header fragment that may hold raw 8-bit bytes or raw JIS escapes."""
    if not any(ord(ch) > 0x7E or ch == "\x1b" for ch in text):
        return text
    data = _raw_bytes(text)
    if b"\x1b" not in data and max(data) >= 0x80:
        return _decode_raw_8bit(data)
    try:
        return decode_bytes(data, None)
    except UndecodableError:
        return data.decode("utf-8", errors="replace")


_JAPANESE_EVIDENCE = re.compile("[\u3001-\u30ff\u2460-\u24ff\u3200-\u33ff\uff01-\uff5e]")


def _decode_raw_8bit(data: bytes) -> str:
    """Raw 8-bit header bytes (no charset is declared in a header): UTF-8 when valid, else
    Shift_JIS or EUC-JP when the reading shows Japanese (kana, Japanese punctuation, circled
    numbers), else Windows-1252 when that reads as Latin text, else the best Japanese reading.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    readings = []
    for codec in ("cp932", "euc_jp"):
        try:
            readings.append(data.decode(codec))
        except UnicodeDecodeError:
            continue
    japanese = [r for r in readings if _JAPANESE_EVIDENCE.search(r)]
    if japanese:
        return max(japanese, key=lambda r: len(_JAPANESE_EVIDENCE.findall(r)))
    latin = data.decode("cp1252", errors="replace")
    if _latin_words(latin) or not readings:
        return latin
    return max(readings, key=lambda r: len(_KANJI.findall(r)))


_KANJI = re.compile("[\u4e00-\u9fff]")


def _latin_words(text: str) -> bool:
    """Whether text reads as a Latin-script language: each non-ASCII character is a letter
    next to an ASCII letter (Café, Müller), not a run of symbols (¿½ÀÁ)."""
    for i, ch in enumerate(text):
        if ord(ch) < 0x80:
            continue
        if not ch.isalpha():
            return False
        near = text[max(0, i - 1) : i] + text[i + 1 : i + 2]
        if not any(c.isascii() and c.isalpha() for c in near):
            return False
    return True


def _decode_word_payload(encoding: str, payload: str) -> bytes:
    """The bytes inside one encoded word (B or Q)."""
    if encoding.upper() == "B":
        padded = payload + "=" * (-len(payload) % 4)
        try:
            return base64.b64decode(padded)
        except (binascii.Error, ValueError):
            return payload.encode("ascii", "replace")
    return quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=True)


def decode_header_value(value: str | None) -> str:
    """Decode a header value: encoded words (even split mid-character), 8-bit, raw JIS.

    Adjacent encoded words in the same charset are joined as bytes before decoding, because
    several mailers split a multi-byte character across two words. A mis-declared charset
    falls back to detection.

    Args:
        value: The raw, unfolded header value.

    Returns:
        The readable text ('' for None).
    """
    if not value:
        return ""
    pieces: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    pos = 0

    def flush() -> None:
        if pending:
            label = pending_charset.split("*", 1)[0]  # RFC 2231 language suffix
            try:
                pieces.append(decode_bytes(b"".join(pending), label))
            except UndecodableError:
                pieces.append(b"".join(pending).decode("utf-8", errors="replace"))
            pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        charset = match.group(1).lower()
        if between and not (between.isspace() and pending):
            flush()
            pieces.append(_decode_loose(between))
        elif pending and charset != pending_charset:
            flush()
        pending.append(_decode_word_payload(match.group(2), match.group(3)))
        pending_charset = charset
        pos = match.end()
    flush()
    pieces.append(_decode_loose(value[pos:]))
    return "".join(pieces).replace("\r", "").replace("\n", "").strip()


def _split_params(value: str) -> list[str]:
    """Split a structured header on ``;`` outside quoted strings."""
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\" and quoted:
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _decode_rfc2231(segments: list[tuple[int, bool, str]]) -> str:
    """Join RFC 2231 continuations (``name*0*=``, ``name*1=`` ...) and decode them."""
    data = bytearray()
    charset = ""
    for index, (_, encoded, text) in enumerate(sorted(segments)):
        if encoded and index == 0 and text.count("'") >= 2:
            charset, _, text = text.split("'", 2)
        data += unquote_to_bytes(_raw_bytes(text)) if encoded else _raw_bytes(text)
    try:
        return decode_bytes(bytes(data), charset or None)
    except UndecodableError:
        return bytes(data).decode("utf-8", errors="replace")


def header_params(value: str | None) -> tuple[str, dict[str, str]]:
    """Parse ``type/subtype; a=b; c*=UTF-8''...`` into its lower-case main value and params.

    Parameter values are fully decoded (RFC 2231 with continuations, RFC 2047 words inside
    quotes as Outlook and Gmail write them, raw UTF-8 or Shift_JIS bytes).

    Args:
        value: Raw Content-Type or Content-Disposition value, or None.

    Returns:
        The main value (``''`` if absent) and a dict of parameters keyed by lower-case name.
    """
    if not value:
        return "", {}
    first, *rest = _split_params(value)
    simple: dict[str, str] = {}
    extended: dict[str, list[tuple[int, bool, str]]] = {}
    for item in rest:
        name, sep, raw = item.partition("=")
        if not sep:
            continue
        name = name.strip().lower()
        found = re.fullmatch(r"([^*]+)\*(?:(\d+)\*?)?", name)
        if found and "*" in name:
            index = int(found.group(2) or 0)
            extended.setdefault(found.group(1), []).append(
                (index, name.endswith("*"), _unquote(raw))
            )
        else:
            simple[name] = decode_header_value(_unquote(raw))
    params = dict(simple)
    for name, segments in extended.items():
        params[name] = _decode_rfc2231(segments)
    return first.strip().lower(), params


def message_ids(value: str | None) -> tuple[str, ...]:
    """All message ids in a Message-ID / In-Reply-To / References value, without ``<>``."""
    if not value:
        return ()
    found = _MSGID.findall(value) or [token for token in value.split() if "@" in token]
    return tuple(_id_text(i) for i in found)


def _id_text(ident: str) -> str:
    """A Message-ID as plain text: raw 8-bit bytes (escaped by the parser) are read as UTF-8,
    else byte for byte as Latin-1, so two different ids never become the same text."""
    if not any("\udc80" <= ch <= "\udcff" for ch in ident):
        return ident.replace("\x00", "")
    data = _raw_bytes(ident).replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_date(value: str | None) -> datetime | None:
    """Parse an RFC 5322 date; naive results are taken as UTC, garbage gives None."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_sender(value: str | None) -> tuple[str, str]:
    """Split a From value into (bare lower-case address, decoded display name)."""
    if not value:
        return "", ""
    name, address = parseaddr(value)
    if not address or "@" not in address:
        decoded = decode_header_value(value)
        name, address = parseaddr(decoded)
        if "@" not in address:
            found = re.search(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", decoded)
            return (found.group(0).lower() if found else ""), decoded.strip()
        return address.strip().lower(), name.strip()
    return _decode_loose(address).strip().lower(), decode_header_value(name).strip('" ')
