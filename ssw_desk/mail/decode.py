"""Turn bytes in whatever charset a mail client chose into text.

Japanese mail is the hard case. ``ISO-2022-JP`` as sent by Japanese mailers (Outlook, Becky!,
Thunderbird on Windows, Gmail) is really the JIS form of Windows code page 932: it carries NEC
special characters (row 13: ①-⑳, Ⅰ-Ⅹ, ㈱, ㎝ ...) and NEC/IBM extended kanji (髙, 﨑) that no
``iso2022_jp*`` codec of the standard library accepts. We therefore transcode the JIS byte pairs
to Shift_JIS and decode them as ``cp932``, which maps every one of those characters. The same
trick serves EUC-JP text carrying those characters (``eucJP-ms``).

When a label is missing, wrong or unknown we try the usual Japanese candidates ourselves before
asking ``charset-normalizer``: on short Japanese texts it prefers Korean code pages.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ssw_desk.mail.kddi_emoji import KDDI_EMOJI

__all__ = [
    "UndecodableError",
    "data_cut",
    "decode_bytes",
    "decode_iso2022jp",
    "looks_binary",
    "sniff_html_charset",
]

_ESC = 0x1B

_ISO2022JP_LABELS = frozenset(
    {
        "iso-2022-jp",
        "iso2022jp",
        "iso2022_jp",
        "csiso2022jp",
        "iso-2022-jp-1",
        "iso-2022-jp-2",
        "iso-2022-jp-3",
        "iso-2022-jp-ext",
        "iso-2022-jp-ms",
        "iso-2022-jp-2004",
        "jis",
        "x-jis",
    }
)
_SJIS_LABELS = frozenset(
    {
        "shift_jis",
        "shift-jis",
        "sjis",
        "x-sjis",
        "s-jis",
        "ms_kanji",
        "csshiftjis",
        "windows-31j",
        "cp932",
        "ms932",
        "x-ms-cp932",
        "shift_jisx0213",
        "shift_jis_2004",
    }
)
_EUCJP_LABELS = frozenset({"euc-jp", "eucjp", "euc_jp", "x-euc-jp", "eucjp-ms", "cp51932", "ujis"})
# Labels that clients put on bytes they did not look at; real content is often UTF-8 or Japanese.
_WEAK_LABELS = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252"})
# Supersets that decode everything the declared charset does, and more.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949"}


class UndecodableError(ValueError):
    """Raised when bytes cannot be read as text in any charset we know of."""


def _jis_pair_to_sjis(j1: int, j2: int) -> bytes:
    """Map one JIS X 0208 byte pair (0x21-0x7E each) to its Shift_JIS bytes."""
    s1 = (j1 + 1) // 2 + (0x70 if j1 <= 0x5E else 0xB0)
    s2 = (j2 + (0x1F if j2 <= 0x5F else 0x20)) if j1 % 2 else j2 + 0x7E
    return bytes((s1, s2))


def _iso2022jp_to_sjis(data: bytes) -> bytes:
    """Transcode ISO-2022-JP bytes (with CP932 extensions) to Shift_JIS bytes.

    Raises:
        UnicodeDecodeError: On a byte that is impossible in ISO-2022-JP.
    """
    out = bytearray()
    mode = "ascii"
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == _ESC:
            seq3 = data[i : i + 3]
            if seq3 in (b"\x1b$B", b"\x1b$@"):
                mode, i = "kanji", i + 3
            elif data[i : i + 4] in (b"\x1b$(Q", b"\x1b$(O", b"\x1b$(D"):
                mode, i = "kanji", i + 4
            elif seq3 in (b"\x1b(B", b"\x1b(J", b"\x1b(H"):
                mode, i = "ascii", i + 3
            elif seq3 == b"\x1b(I":
                mode, i = "kana", i + 3
            else:
                raise UnicodeDecodeError("iso-2022-jp", data, i, i + 1, "unknown escape")
            continue
        if b == 0x0E:  # SO: JIS X 0201 katakana, used by a few old mailers
            mode, i = "kana", i + 1
            continue
        if b == 0x0F:  # SI
            mode, i = "ascii", i + 1
            continue
        if b >= 0x80:
            raise UnicodeDecodeError("iso-2022-jp", data, i, i + 1, "8-bit byte")
        if b in (0x0A, 0x0D):
            # a line break ends a kanji run even when the mailer forgot ESC ( B
            mode = "ascii" if mode == "kanji" else mode
            out.append(b)
            i += 1
        elif mode == "kanji" and 0x21 <= b <= 0x7E:
            if i + 1 >= n or not 0x21 <= data[i + 1] <= 0x7E:
                raise UnicodeDecodeError("iso-2022-jp", data, i, i + 1, "half a character")
            pair = _jis_pair_to_sjis(b, data[i + 1])
            if b in _AU_EMOJI_ROWS:  # au emoji: Shift_JIS F340-F4FC, F7xx on the phone
                pair = bytes((pair[0] + 8, pair[1]))
            out += pair
            i += 2
        elif mode == "kana" and 0x21 <= b <= 0x5F:
            out.append(b + 0x80)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)


def decode_iso2022jp(data: bytes) -> str:
    """Decode ISO-2022-JP including NEC special characters (①, ㈱, ㎝, Ⅰ) and IBM kanji.

    Raises:
        UnicodeDecodeError: When the bytes are not ISO-2022-JP.
    """
    sjis = _iso2022jp_to_sjis(data)
    try:
        return _carrier_emoji(sjis.decode("cp932"))
    except UnicodeDecodeError:
        # JIS X 0212 (ESC $ ( D) or ISO-2022-JP-2 escapes: let the standard codecs try.
        for codec in ("iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_ext"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    # One character no table knows must not spoil the rest: it alone becomes U+FFFD.
    return _carrier_emoji(sjis.decode("cp932", errors=_ONE_MARK))


def _one_mark_per_character(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: one U+FFFD for a whole bad double-byte character."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    lead = exc.object[exc.start]
    double = 0x81 <= lead <= 0x9F or 0xE0 <= lead <= 0xFC
    end = exc.start + 2 if double and exc.start + 1 < len(exc.object) else exc.start + 1
    return "\ufffd", end


_ONE_MARK = "ssw-desk-one-mark"
codecs.register_error(_ONE_MARK, _one_mark_per_character)


# JIS rows au uses for emoji. Rows 0x79-0x7C are left out: Windows writes the NEC-selected
# IBM kanji there (髙, 﨑), far more common in requests than the au emoji of those rows.
_AU_EMOJI_ROWS = frozenset({0x75, 0x76, 0x77, 0x78, 0x7D, 0x7E})
_USER_AREA = re.compile("[\ue000-\ue757]")


def _carrier_emoji(text: str) -> str:
    """au emoji (read into the cp932 user-defined area) as Unicode emoji, else U+FFFD."""
    if not _USER_AREA.search(text):
        return text
    return _USER_AREA.sub(lambda m: KDDI_EMOJI.get(ord(m.group()), "\ufffd"), text)


def _decode_eucjp(data: bytes) -> str:
    """Decode EUC-JP, falling back to a CP932 transcode for NEC/IBM characters."""
    try:
        return data.decode("euc_jp")
    except UnicodeDecodeError:
        pass
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(b)
            i += 1
        elif b == 0x8E and i + 1 < n:  # half-width katakana
            out.append(data[i + 1])
            i += 2
        elif 0xA1 <= b <= 0xFE and i + 1 < n and 0xA1 <= data[i + 1] <= 0xFE:
            out += _jis_pair_to_sjis(b - 0x80, data[i + 1] - 0x80)
            i += 2
        else:
            raise UnicodeDecodeError("euc-jp", data, i, i + 1, "not EUC-JP")
    return bytes(out).decode("cp932")


def _decode_as(data: bytes, label: str) -> str:
    """Decode with one charset label, using our Japanese decoders where they do better."""
    if label in _ISO2022JP_LABELS:
        return decode_iso2022jp(data)
    if label in _SJIS_LABELS:
        return data.decode("cp932")
    if label in _EUCJP_LABELS:
        return _decode_eucjp(data)
    if label in ("utf-8", "utf8"):
        return data.decode("utf-8-sig")
    return data.decode(_SUPERSETS.get(label, label))


def _japanese_score(text: str) -> int:
    """Rough plausibility of a Japanese reading: real kana/kanji count, junk counts against."""
    score = 0
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F:
            score += 2
        elif 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF:  # half-width kana, private use
            score -= 3
        elif unicodedata.category(ch) == "Cc" and ch not in "\r\n\t":
            score -= 5
    return score


def _japanese_readings(data: bytes) -> list[str]:
    readings: list[str] = []
    for decoder in (_decode_eucjp, lambda b: b.decode("cp932")):
        try:
            readings.append(decoder(data))
        except UnicodeDecodeError:
            continue
    return readings


def _guess(data: bytes, label: str = "") -> str:
    """Decode bytes whose charset is unknown, wrong or only a client default (``label``)."""
    if b"\x1b$" in data:
        try:
            return decode_iso2022jp(data)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    readings = _japanese_readings(data)
    if readings:
        best = max(readings, key=_japanese_score)
        if _japanese_score(best) > 0:
            return best
    if label:
        try:
            return _decode_as(data, label)
        except (LookupError, ValueError):
            pass
    match = from_bytes(data).best()
    if match is not None:
        return str(match)
    if readings:
        return readings[0]
    raise UndecodableError("no charset fits")


def _is_single_byte(label: str) -> bool:
    """True for labels of single-byte code pages (and for an unknown or missing label)."""
    try:
        name = codecs.lookup(label).name if label else ""
    except LookupError:
        return True
    return not name or name.startswith(_SINGLE_BYTE_PREFIXES)


_SINGLE_BYTE_PREFIXES = ("iso8859", "cp12", "latin", "koi8", "mac-", "ascii", "cp874", "tis")


def _looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters: it was not text at all."""
    if not text:
        return False
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f\x1b"
    )
    return controls > max(2, len(text) // 20)


looks_binary = _looks_binary


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode ``data`` as text, trusting ``charset`` only as far as the bytes agree.

    Args:
        data: Payload bytes after transfer decoding.
        charset: The declared charset label, or None.

    Returns:
        The text with ``\\r\\n`` normalised to ``\\n``.

    Raises:
        UndecodableError: When no charset yields text.
    """
    label = (charset or "").strip().strip('"').lower()
    if not label.isascii() or not label.isprintable():
        label = ""  # a damaged label names no codec
    if not label.startswith(("utf-16", "utf-32", "utf16", "utf32")) and b"\x00" in data:
        data = data.replace(b"\x00", b"")  # a stray NUL is damage, not content
    if not data:
        return ""
    text: str | None = None
    if max(data) >= 0x80 and _is_single_byte(label):
        # Valid UTF-8 outside ASCII is almost never an accident of a single-byte code page:
        # the label was a client default (``iso-8859-1``, ``windows-1258``) for UTF-8 bytes.
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
    trusted = (
        label
        and label not in _WEAK_LABELS
        and not (b"\x1b$" in data and label not in _ISO2022JP_LABELS)
    )
    if text is None and trusted:
        try:
            text = _decode_as(data, label)
        except (LookupError, ValueError):
            text = None
        if text is not None and (label in _SJIS_LABELS or label in _EUCJP_LABELS):
            # EUC-JP labelled Shift_JIS (and back) decodes without error into junk
            text = max([text, *_japanese_readings(data)], key=_japanese_score)
    if text is None:
        text = _guess(data, label if label in _WEAK_LABELS else "")
    if "\x00" in text or _looks_binary(text):
        raise UndecodableError("binary content")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


def sniff_html_charset(data: bytes) -> str | None:
    """The charset named by an HTML ``<meta>`` tag in the first 4 KB, if any."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def data_cut(data: bytes) -> bool:
    """True when image bytes lack their end: a JPEG without an end marker after its last
    scan, a PNG without IEND, a GIF without its trailer."""
    if data.startswith(b"\xff\xd8"):
        end = data.rfind(b"\xff\xd9")
        return end < 0 or end < data.rfind(b"\xff\xda")
    if data.startswith(b"\x89PNG"):
        return b"IEND" not in data[-64:]
    if data.startswith((b"GIF87a", b"GIF89a")):
        return b";" not in data[-16:]
    return False
