"""S/MIME signed mail: the signed content is read, the signature is noted, never an attachment.

Clear-signed mail (``multipart/signed``) carries the content as its first part and the
signature as its second. Opaque-signed mail (``application/pkcs7-mime; smime-type=signed-data``,
``smime.p7m``) carries the content inside a CMS SignedData structure (BER, often with
indefinite lengths): :func:`opaque_content` digs it out. Encrypted mail (enveloped-data) cannot
be read without the recipient's key and stays an attachment. Signatures are not verified: the
desk records that the message was signed; trust is not its question.
"""

from __future__ import annotations

__all__ = ["SIGNATURE_TYPES", "is_opaque_signed", "opaque_content"]

SIGNATURE_TYPES = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
    }
)
_OPAQUE_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
# DER of the OIDs 1.2.840.113549.1.7.2 (signedData)
_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
_MAX_DEPTH = 12


def is_opaque_signed(ctype: str, params: dict[str, str], filename: str | None) -> bool:
    if ctype not in _OPAQUE_TYPES:
        return False
    kind = params.get("smime-type", "").lower()
    return kind in ("signed-data", "") and (
        kind == "signed-data" or (filename or "").endswith("p7m")
    )


class _BerError(ValueError):
    pass


def _header(data: bytes, pos: int) -> tuple[int, bool, int, int | None]:
    """(tag byte, constructed, content start, length or None for indefinite)."""
    if pos + 2 > len(data):
        raise _BerError("short")
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise _BerError("high tag")
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        return tag, bool(tag & 0x20), pos, first
    count = first & 0x7F
    if count == 0:
        return tag, bool(tag & 0x20), pos, None
    if count > 4 or pos + count > len(data):
        raise _BerError("length")
    return tag, bool(tag & 0x20), pos + count, int.from_bytes(data[pos : pos + count], "big")


def _children(data: bytes, start: int, length: int | None) -> list[tuple[int, bool, int, int]]:
    """The elements inside a constructed value: (tag, constructed, start, end) each."""
    out = []
    pos = start
    end = None if length is None else start + length
    while end is None or pos < end:
        if end is None and data[pos : pos + 2] == b"\x00\x00":
            break
        tag, constructed, content, size = _header(data, pos)
        stop = _skip(data, content, size) if size is None else content + size
        if stop > len(data):
            raise _BerError("overrun")
        out.append((tag, constructed, content, stop))
        pos = stop + (2 if size is None else 0)
    return out


def _skip(data: bytes, content: int, size: int | None) -> int:
    """End of an indefinite-length value's content (before its end-of-contents octets)."""
    pos = content
    while data[pos : pos + 2] != b"\x00\x00":
        _, _, inner, length = _header(data, pos)
        pos = (_skip(data, inner, None) + 2) if length is None else inner + length
        if pos > len(data):
            raise _BerError("overrun")
    return pos


def _octets(data: bytes, tag: int, constructed: bool, start: int, end: int, depth: int) -> bytes:
    if depth > _MAX_DEPTH:
        raise _BerError("deep")
    if not constructed:
        return data[start:end]
    parts = _children(data, start, end - start)
    return b"".join(_octets(data, t, c, s, e, depth + 1) for t, c, s, e in parts)


def opaque_content(data: bytes) -> bytes | None:
    """The content inside a CMS SignedData (``smime.p7m``), or None when it is not one."""
    try:
        tag, _, start, length = _header(data, 0)
        if tag != 0x30:
            return None
        info = _children(data, start, length)
        if len(info) < 2 or data[info[0][2] : info[0][3]] != _SIGNED_DATA:
            return None
        explicit = _children(data, info[1][2], info[1][3] - info[1][2])
        signed = _children(data, explicit[0][2], explicit[0][3] - explicit[0][2])
        encap = _children(data, signed[2][2], signed[2][3] - signed[2][2])
        if len(encap) < 2:
            return None  # detached signature: no content inside
        wrapper = _children(data, encap[1][2], encap[1][3] - encap[1][2])
        tag, constructed, s, e = wrapper[0]
        return _octets(data, tag, constructed, s, e, 0)
    except (_BerError, IndexError):
        return None
